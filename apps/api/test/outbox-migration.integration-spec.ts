import { MIGRATIONS, createDataSource, createTestDatabase } from '@relais/server-database';
import type { TestDatabase } from '@relais/server-database';
import type { DataSource, MigrationInterface } from 'typeorm';

/** The migration that gave each mail its own delivery state, run down and up over rows written before it. */
describe('outbox retries migration', () => {
  let database: TestDatabase;
  let db: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    db = createDataSource(database.url, [], 2);
    await db.initialize();
  });
  afterAll(async () => {
    await db.destroy();
    await database.drop();
  });

  it('marks sent mail SENT, keeps the rest PENDING, and takes addresses out of the reasons stored before', async () => {
    const Retries = MIGRATIONS.find((m) => m.name === 'OutboxRetries1765100000000');
    const migration = new Retries!() as MigrationInterface;
    const runner = db.createQueryRunner();
    try {
      await migration.down(runner);
      await db.query(
        `INSERT INTO outbox_email (message_id, kind, to_address, subject, body, attempts, last_error, sent_at) VALUES
           ('<a@relais.local>', 'taken', 'sent@example.org', 's', 'b', 1, NULL, now()),
           ('<b@relais.local>', 'taken', 'Jeanne.D@example.org', 's', 'b', 3,
            'Can''t send mail - all recipients were rejected: 550 5.1.1 <Jeanne.D@example.org>: User unknown', NULL)`,
      );
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    const rows = await db.query(`SELECT message_id, status, attempts, last_error, next_attempt_at <= now() AS due FROM outbox_email ORDER BY id`);
    expect(rows).toEqual([
      { message_id: '<a@relais.local>', status: 'SENT', attempts: 1, last_error: null, due: true },
      {
        message_id: '<b@relais.local>',
        status: 'PENDING',
        attempts: 3,
        last_error: "Can't send mail - all recipients were rejected: 550 5.1.1 <address>: User unknown",
        due: true,
      },
    ]);
  });
});
