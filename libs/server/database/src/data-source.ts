import { Logger } from '@nestjs/common';
import type { MixedList } from 'typeorm';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from './migrations';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own type for entity classes
export type EntityList = MixedList<Function | string>;

const poolLogger = new Logger('Database');

/**
 * A pool that rides through a database restart: a connection dropped while idle is reported here
 * (the pool replaces it on next use) instead of by TypeORM's silent default; one that cannot be
 * had within `connectionTimeoutMillis` fails its request with an error instead of holding it; and
 * TCP keep-alives find connections to a server that vanished without closing them.
 */
const POOL_OPTIONS = {
  connectionTimeoutMillis: 15_000,
  keepAlive: true,
};

/** What node-postgres's pool and clients offer that the guard below uses. */
interface PooledClient {
  on(event: 'error', listener: (error: unknown) => void): unknown;
}
interface EventfulPool {
  on(event: 'acquire', listener: (client: PooledClient) => void): unknown;
}

/**
 * node-postgres emits 'error' on a client whose connection drops, and an 'error' nobody listens
 * to ends Node. The pool listens while a client is idle and TypeORM while a query runner holds
 * it, but not in between (a client handed back while the server was still answering it, one
 * taken by code that is not TypeORM's): every client gets a listener of its own for its life.
 */
class GuardedDataSource extends DataSource {
  override async initialize(): Promise<this> {
    await super.initialize();
    const pool = (this.driver as unknown as { master?: EventfulPool }).master;
    // On its first checkout, which the client made while TypeORM connected comes to as well.
    const guarded = new WeakSet<PooledClient>();
    pool?.on('acquire', (client) => {
      if (guarded.has(client)) return;
      guarded.add(client);
      client.on('error', (error) => poolLogger.warn({ msg: 'a pooled connection dropped', err: error }));
    });
    return this;
  }
}

export function createDataSource(url: string, entities: EntityList, poolSize = 20): DataSource {
  return new GuardedDataSource({
    type: 'postgres',
    url,
    entities,
    migrations: MIGRATIONS,
    migrationsTableName: 'migration',
    // The schema changes only through reviewed migrations, never from entity classes.
    synchronize: false,
    migrationsRun: false,
    extra: { max: poolSize, ...POOL_OPTIONS },
    poolErrorHandler: (error: unknown) => poolLogger.warn({ msg: 'a pooled connection failed', err: error }),
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
