import { createDataSource, createTestDatabase } from '@relais/server-database';
import type { TestDatabase } from '@relais/server-database';
import { setTimeout as sleep } from 'node:timers/promises';
import type { DataSource } from 'typeorm';

// A connection the server drops while a transaction holds it between two statements (a restart,
// an administrator's terminate) must fail that transaction, not the process: node-postgres emits
// 'error' on the client, and an 'error' nobody listens to ends Node.
describe('a checked-out connection dropped between statements', () => {
  let database: TestDatabase;
  let db: DataSource;
  const uncaught: unknown[] = [];
  const onUncaught = (error: unknown) => void uncaught.push(error);

  beforeAll(async () => {
    database = await createTestDatabase();
    db = createDataSource(database.url, [], 3);
    await db.initialize();
    process.prependListener('uncaughtException', onUncaught);
  });
  afterAll(async () => {
    process.removeListener('uncaughtException', onUncaught);
    await db.destroy();
    await database.drop();
  });

  it('fails the transaction that held it, and the pool goes on', async () => {
    for (let round = 0; round < 3; round++) {
      const runner = db.createQueryRunner();
      await runner.connect();
      await runner.startTransaction();
      const [backend] = (await runner.query(`SELECT pg_backend_pid() AS pid`)) as { pid: number }[];
      await db.query(`SELECT pg_terminate_backend($1)`, [backend?.pid]);
      await sleep(200);
      await expect(runner.query(`SELECT 1`)).rejects.toThrow();
      await runner.release().catch(() => undefined);
    }
    expect(uncaught).toEqual([]);
    expect(await db.query(`SELECT 1 AS ok`)).toEqual([{ ok: 1 }]);
  });
});
