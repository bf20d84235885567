import type { AppConfig } from '@relais/server-shared';
import { isConnectionLoss } from '@relais/server-shared';
import { createDataSource, embeddedUrl, ensureDatabase, migrate, startEmbeddedPostgres } from '@relais/server-database';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { DataSource } from 'typeorm';
import { ENTITIES } from './entities';

export interface OpenDatabase {
  dataSource: DataSource;
  url: string;
  embedded: boolean;
  close(): Promise<void>;
}

/**
 * How long a boot waits for a database that refuses connections (restarting, or not up yet when
 * the API is): past it the process exits, and a supervisor starts it again, rather than a
 * supervisor restarting it every second for as long as the database is away.
 */
const WAIT_FOR_DATABASE_MS = 60_000;

async function reachableDataSource(url: string, log: (line: string) => void): Promise<DataSource> {
  const deadline = Date.now() + WAIT_FOR_DATABASE_MS;
  for (let attempt = 1; ; attempt++) {
    // A data source whose first connection failed keeps its pool: each attempt has its own.
    const dataSource = createDataSource(url, ENTITIES);
    try {
      return await dataSource.initialize();
    } catch (error) {
      if (!isConnectionLoss(error) || Date.now() > deadline) throw error;
      if (attempt === 1) log(`The database does not answer yet: waiting for it (up to ${WAIT_FOR_DATABASE_MS / 1000} s)…`);
      await sleep(Math.min(500 * attempt, 5_000));
    }
  }
}

/** DATABASE_URL when set; otherwise a real PostgreSQL started from npm in `.data/postgres`. */
export async function openDatabase(config: AppConfig, log: (line: string) => void = () => undefined): Promise<OpenDatabase> {
  let url = config.databaseUrl;
  let stopServer = async (): Promise<void> => undefined;
  if (!url) {
    log(`Starting the embedded PostgreSQL (data in ${path.join(config.dataDir, 'postgres')}, port ${config.embeddedPostgresPort})…`);
    const server = await startEmbeddedPostgres({
      dataDir: path.join(config.dataDir, 'postgres'),
      port: config.embeddedPostgresPort,
    });
    if (!server.owned) log('An embedded PostgreSQL is already running on that port: reusing it.');
    stopServer = server.stop;
    url = embeddedUrl(config.embeddedPostgresPort, 'relais');
    await ensureDatabase(url);
  }
  const dataSource = await reachableDataSource(url, log);
  const applied = await migrate(dataSource);
  if (applied.length) log(`Applied migrations: ${applied.join(', ')}`);
  return {
    dataSource,
    url,
    embedded: !config.databaseUrl,
    close: async () => {
      await dataSource.destroy();
      await stopServer();
    },
  };
}
