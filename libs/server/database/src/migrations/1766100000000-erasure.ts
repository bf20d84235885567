import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The one row every erased person's traces point to; see ERASED_PERSON_ID. */
const PLACEHOLDER = '00000000-0000-4000-8000-000000000000';

/**
 * Erasure deletes the person's row. What others did with them stays (a request they posted in
 * its volunteer's history, their rating of a help), attached to one shared placeholder instead
 * of them: a per-person tombstone would keep their rows linked to one another, and a cell, a
 * time and a category are enough to single out a neighbour. The placeholder can never log in:
 * no e-mail anyone can type, no password hash, no role, no home in any neighbourhood.
 *
 * A mail lists the people whose words or names it carries (`concerns`), so the copies that
 * mention someone go with them; mails queued before this change name nobody there, and leave
 * with the outbox's own retention.
 */
export class Erasure1766100000000 implements MigrationInterface {
  name = 'Erasure1766100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `INSERT INTO person (id, email, password_hash, display_name, roles, home_lat, home_lng, home_cell, neighbourhood_id, languages, referral_code, created_at)
       VALUES ($1, '', '', '—', '{}', 0, 0, 0, NULL, '{}', '', '1970-01-01T00:00:00Z')`,
      [PLACEHOLDER],
    );
    await db.query(`ALTER TABLE outbox_email ADD COLUMN concerns uuid[] NOT NULL DEFAULT '{}'`);
    await db.query(`CREATE INDEX outbox_email_concerns_idx ON outbox_email USING gin (concerns) WHERE concerns <> '{}'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX outbox_email_concerns_idx`);
    await db.query(`ALTER TABLE outbox_email DROP COLUMN concerns`);
    await db.query(`DELETE FROM person WHERE id = $1`, [PLACEHOLDER]);
  }
}
