import { rm } from 'node:fs/promises';
import { Client } from 'pg';
import { dropDatabase } from '../../libs/server/database/src/index';

export default async function teardown(): Promise<void> {
  const state = globalThis.__relaisTestDatabase;
  if (!state) return;
  globalThis.__relaisTestDatabase = undefined;
  if (state.stop) {
    await state.stop();
    if (state.dataDir) await rm(state.dataDir, { recursive: true, force: true });
    return;
  }
  // A shared server (TEST_DATABASE_URL): drop what this run made, leave the rest alone.
  const client = new Client({ connectionString: state.serverUrl });
  await client.connect();
  const { rows } = await client.query<{ datname: string }>('SELECT datname FROM pg_database WHERE starts_with(datname, $1)', [
    state.prefix,
  ]);
  await client.end();
  for (const { datname } of rows) await dropDatabase(state.serverUrl, datname);
}
