// Starts one PostgreSQL for the whole run (embedded, or the server TEST_DATABASE_URL names) and
// migrates a template database once; each test file then clones it (see test-database.ts).
// Jest loads this file outside its module map, so imports are relative paths.
import { mkdtemp, chmod } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {
  createDataSource,
  dropDatabase,
  ensureDatabase,
  migrate,
  startEmbeddedPostgres,
  withDatabase,
} from '../../libs/server/database/src/index';
import { TEST_DB_PREFIX_ENV, TEST_SERVER_URL_ENV, TEST_TEMPLATE_ENV } from '../../libs/server/database/src/test-database-env';

interface GlobalState {
  stop?: () => Promise<void>;
  dataDir?: string;
  serverUrl: string;
  prefix: string;
}

declare global {
  var __relaisTestDatabase: GlobalState | undefined;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export default async function setup(): Promise<void> {
  if (globalThis.__relaisTestDatabase) return;
  const prefix = `relais_t${process.pid}_`;
  let serverUrl = process.env['TEST_DATABASE_URL'];
  let state: GlobalState;
  if (serverUrl) {
    state = { serverUrl, prefix };
  } else {
    // PostgreSQL runs as the unprivileged `postgres` user, which must be able to enter the folder.
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'relais-test-pg-'));
    await chmod(dataDir, 0o755);
    const port = await freePort();
    const server = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'db'), port, ephemeral: true });
    serverUrl = server.adminUrl;
    state = { serverUrl, prefix, dataDir, stop: server.stop };
  }
  const template = `${prefix}template`;
  const templateUrl = withDatabase(serverUrl, template);
  await dropDatabase(serverUrl, template);
  await ensureDatabase(templateUrl);
  const dataSource = createDataSource(templateUrl, [], 2);
  await dataSource.initialize();
  await migrate(dataSource);
  await dataSource.destroy();
  process.env[TEST_SERVER_URL_ENV] = serverUrl;
  process.env[TEST_TEMPLATE_ENV] = template;
  process.env[TEST_DB_PREFIX_ENV] = prefix;
  globalThis.__relaisTestDatabase = state;
}
