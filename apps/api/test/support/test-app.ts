import type { NestExpressApplication } from '@nestjs/platform-express';
import { createDataSource, createTestDatabase } from '@relais/server-database';
import { JobsService } from '@relais/server-jobs';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import type { CreateAppOptions } from '../../src/create-app';
import { createApp } from '../../src/create-app';
import { ENTITIES } from '../../src/entities';
import { GraphQLClient } from './graphql-client';

export interface TestApp {
  app: NestExpressApplication;
  db: DataSource;
  baseUrl: string;
  api: GraphQLClient;
  /** Where mails land as `.eml` files. */
  outboxDir: string;
  databaseUrl: string;
  close(): Promise<void>;
}

export const TEST_JWT_SECRET = 'integration-tests-secret-of-enough-length';

export interface TestAppOptions extends Partial<CreateAppOptions> {
  poolSize?: number;
  /** Another instance of the API on the same database (which that one owns and drops). */
  sameDatabaseAs?: TestApp;
  /** Run the pg-boss jobs (expiry, outbox) as the real server does; off unless a test is about them. */
  jobs?: boolean;
}

/** The real API over HTTP on a random port, with a database of its own. */
export async function startTestApp({ poolSize = 10, sameDatabaseAs, jobs = false, ...options }: TestAppOptions = {}): Promise<TestApp> {
  const database = sameDatabaseAs ? { url: sameDatabaseAs.databaseUrl, drop: async () => undefined } : await createTestDatabase();
  const db = createDataSource(database.url, ENTITIES, poolSize);
  await db.initialize();
  const outboxDir = await mkdtemp(path.join(tmpdir(), 'relais-outbox-'));
  const app = await createApp({
    dataSource: db,
    jwtSecret: TEST_JWT_SECRET,
    quiet: true,
    outboxDir,
    jobsDatabaseUrl: jobs ? database.url : null,
    ...options,
  });
  if (jobs) await app.get(JobsService).start();
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    app,
    db,
    baseUrl,
    api: new GraphQLClient(`${baseUrl}/graphql`),
    outboxDir,
    databaseUrl: database.url,
    close: async () => {
      await app.close();
      await db.destroy();
      await database.drop();
      await rm(outboxDir, { recursive: true, force: true });
    },
  };
}
