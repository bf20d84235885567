import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The times retention counts from. `help_request.closed_at` is when a request became DONE,
 * CANCELLED or EXPIRED (its exact place goes some days later, and its volunteer stops seeing it
 * sooner); requests closed before it are dated by the latest event that led to their status.
 * `person.last_active_at` is a person's last sign-up, log-in or day of use, and
 * `inactivity_notice_at` when they were told that their unused account will be erased.
 *
 * Indexes serve the nightly jobs, and leave the daily write of `last_active_at` a HOT update
 * (no index holds it): the closed requests still holding an exact place, by closing time; the
 * people told, by notice; sent mails, by sending time.
 */
export class RetentionTimes1766000000000 implements MigrationInterface {
  name = 'RetentionTimes1766000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE help_request ADD COLUMN closed_at timestamptz`);
    await db.query(`
      UPDATE help_request h SET closed_at = e.at
      FROM (SELECT e.help_request_id, max(e.at) AS at
            FROM help_request_event e JOIN help_request r ON r.id = e.help_request_id AND e.to_status = r.status
            WHERE r.status IN ('DONE', 'CANCELLED', 'EXPIRED') GROUP BY e.help_request_id) e
      WHERE h.id = e.help_request_id`);
    // A closed request without the event (written by hand) closed at its last change at the latest.
    await db.query(`UPDATE help_request SET closed_at = updated_at WHERE status IN ('DONE', 'CANCELLED', 'EXPIRED') AND closed_at IS NULL`);
    await db.query(`
      CREATE INDEX help_request_exact_closed_idx ON help_request (closed_at)
      WHERE closed_at IS NOT NULL AND (address IS NOT NULL OR lat <> coarse_lat OR lng <> coarse_lng)`);

    await db.query(`ALTER TABLE person ADD COLUMN last_active_at timestamptz, ADD COLUMN inactivity_notice_at timestamptz`);
    await db.query(`UPDATE person SET last_active_at = created_at`);
    await db.query(`ALTER TABLE person ALTER COLUMN last_active_at SET DEFAULT now(), ALTER COLUMN last_active_at SET NOT NULL`);
    await db.query(`CREATE INDEX person_inactivity_notice_idx ON person (inactivity_notice_at) WHERE inactivity_notice_at IS NOT NULL`);

    await db.query(`CREATE INDEX outbox_email_sent_idx ON outbox_email (sent_at) WHERE status = 'SENT'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX outbox_email_sent_idx`);
    await db.query(`DROP INDEX person_inactivity_notice_idx`);
    await db.query(`ALTER TABLE person DROP COLUMN inactivity_notice_at, DROP COLUMN last_active_at`);
    await db.query(`DROP INDEX help_request_exact_closed_idx`);
    await db.query(`ALTER TABLE help_request DROP COLUMN closed_at`);
  }
}
