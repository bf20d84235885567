import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Log-in throttling counted before the password is checked, by (e-mail, address), by e-mail and
 * by address, instead of failures per e-mail counted after: one row per counter, reserved by an
 * upsert that holds its row lock until the try is counted, so concurrent tries (on any instance)
 * queue on it. Keys are keyed hashes: the table says neither who tried nor from where.
 * A poster's recent requests are counted by (posted_by_id, created_at).
 */
export class AttemptLimits1765200000000 implements MigrationInterface {
  name = 'AttemptLimits1765200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE login_failure`);
    await db.query(`
      CREATE TABLE login_throttle (
        scope text NOT NULL CHECK (scope IN ('PAIR', 'EMAIL', 'ADDRESS')),
        key bytea NOT NULL,
        failures integer NOT NULL DEFAULT 0,
        window_ends_at timestamptz NOT NULL,
        next_try_at timestamptz NOT NULL DEFAULT '-infinity',
        known_until timestamptz CHECK (known_until IS NULL OR scope = 'PAIR'),
        PRIMARY KEY (scope, key)
      )`);
    await db.query(`CREATE INDEX login_throttle_forget_idx ON login_throttle ((greatest(window_ends_at, known_until)))`);
    await db.query(`DROP INDEX help_request_posted_by_idx`);
    await db.query(`CREATE INDEX help_request_posted_by_idx ON help_request (posted_by_id, created_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX help_request_posted_by_idx`);
    await db.query(`CREATE INDEX help_request_posted_by_idx ON help_request (posted_by_id)`);
    await db.query(`DROP TABLE login_throttle`);
    await db.query(`
      CREATE TABLE login_failure (
        id bigserial PRIMARY KEY,
        email text NOT NULL,
        failed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX login_failure_email_idx ON login_failure (email, failed_at)`);
  }
}
