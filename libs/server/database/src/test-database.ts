import { randomBytes } from 'node:crypto';
import { cloneDatabase, dropDatabase } from './database-admin';
import { TEST_DB_PREFIX_ENV, TEST_SERVER_URL_ENV, TEST_TEMPLATE_ENV } from './test-database-env';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A fresh, migrated database of this test file's own, cloned from the run's template. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env[TEST_SERVER_URL_ENV];
  const template = process.env[TEST_TEMPLATE_ENV];
  const prefix = process.env[TEST_DB_PREFIX_ENV];
  if (!serverUrl || !template || !prefix) throw new Error('the database global setup did not run');
  const name = `${prefix}${randomBytes(5).toString('hex')}`;
  const url = await cloneDatabase(serverUrl, template, name);
  return { url, drop: () => dropDatabase(serverUrl, name) };
}
