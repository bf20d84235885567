import type { MixedList } from 'typeorm';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from './migrations';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own type for entity classes
export type EntityList = MixedList<Function | string>;

export function createDataSource(url: string, entities: EntityList, poolSize = 20): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities,
    migrations: MIGRATIONS,
    migrationsTableName: 'migration',
    // The schema changes only through reviewed migrations, never from entity classes.
    synchronize: false,
    migrationsRun: false,
    extra: { max: poolSize },
  });
}

const MIGRATION_LOCK = 7_201_642;

/** Applies pending migrations; an advisory lock keeps instances booting together in line. */
export async function migrate(dataSource: DataSource): Promise<string[]> {
  const lock = dataSource.createQueryRunner();
  await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    await lock.release();
  }
}
