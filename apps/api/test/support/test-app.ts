import type { NestExpressApplication } from '@nestjs/platform-express';
import { createDataSource, createTestDatabase } from '@relais/server-database';
import type { AddressInfo } from 'node:net';
import type { DataSource } from 'typeorm';
import { createApp } from '../../src/create-app';
import { ENTITIES } from '../../src/entities';
import { GraphQLClient } from './graphql-client';

export interface TestApp {
  app: NestExpressApplication;
  db: DataSource;
  baseUrl: string;
  api: GraphQLClient;
  close(): Promise<void>;
}

export const TEST_JWT_SECRET = 'integration-tests-secret-of-enough-length';

/** The real API over HTTP on a random port, with a database of its own. */
export async function startTestApp(): Promise<TestApp> {
  const database = await createTestDatabase();
  const db = createDataSource(database.url, ENTITIES, 10);
  await db.initialize();
  const app = await createApp({ dataSource: db, jwtSecret: TEST_JWT_SECRET, quiet: true });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    app,
    db,
    baseUrl,
    api: new GraphQLClient(`${baseUrl}/graphql`),
    close: async () => {
      await app.close();
      await db.destroy();
      await database.drop();
    },
  };
}
