import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The weekly digest: mails gain an HTML part beside their text, and `digest_sent` records who had
 * which week's digest. Its row is written in the same transaction as the mail's outbox row, so a
 * run that crashes loses nothing and a rerun sends nobody a second one.
 */
export class WeeklyDigest1766700000000 implements MigrationInterface {
  name = 'WeeklyDigest1766700000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE outbox_email ADD COLUMN html text`);
    await db.query(`
      CREATE TABLE digest_sent (
        person_id uuid NOT NULL REFERENCES person (id) ON DELETE CASCADE,
        iso_week text NOT NULL CHECK (iso_week ~ '^[0-9]{4}-W[0-9]{2}$'),
        queued_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (person_id, iso_week)
      )`);
    // A run skips those who had this week's: one index scan per batch.
    await db.query(`CREATE INDEX digest_sent_week_idx ON digest_sent (iso_week, person_id)`);
    // The run walks people with digest consent by id.
    await db.query(`CREATE INDEX person_digest_idx ON person (id) WHERE digest_consent`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX person_digest_idx`);
    await db.query(`DROP TABLE digest_sent`);
    await db.query(`ALTER TABLE outbox_email DROP COLUMN html`);
  }
}
