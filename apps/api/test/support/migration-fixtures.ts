import { MIGRATIONS } from '@relais/server-database';
import type { MigrationInterface } from 'typeorm';
import type { TestApp } from './test-app';

/** Runs one migration down and up again on the test's database, as on data written before it. */
export async function rerunMigration(test: TestApp, name: string): Promise<void> {
  const Migration = MIGRATIONS.find((m) => m.name === name);
  if (!Migration) throw new Error(`no migration ${name}`);
  const migration = new Migration() as MigrationInterface;
  const runner = test.db.createQueryRunner();
  try {
    await migration.down(runner);
    await migration.up(runner);
  } finally {
    await runner.release();
  }
}
