import type { AppConfig } from '@relais/server-shared';
import { createDataSource, embeddedUrl, ensureDatabase, migrate, startEmbeddedPostgres } from '@relais/server-database';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { ENTITIES } from './entities';

export interface OpenDatabase {
  dataSource: DataSource;
  url: string;
  embedded: boolean;
  close(): Promise<void>;
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
  const dataSource = createDataSource(url, ENTITIES);
  await dataSource.initialize();
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
