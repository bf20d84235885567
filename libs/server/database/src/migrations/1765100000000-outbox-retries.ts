import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each mail of the outbox keeps its own delivery state, so that one refused address no longer
 * holds back the mail behind it: PENDING until it is sent (SENT) or given up (FAILED: refused
 * for good, or too many attempts); `next_attempt_at` is when it may be tried again (backoff), and
 * `last_reply_code` with `last_error` say why the last attempt failed, without the address.
 */
export class OutboxRetries1765100000000 implements MigrationInterface {
  name = 'OutboxRetries1765100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE outbox_email
        ADD COLUMN status text NOT NULL DEFAULT 'PENDING',
        ADD COLUMN next_attempt_at timestamptz NOT NULL DEFAULT now(),
        ADD COLUMN last_reply_code smallint,
        ADD COLUMN failed_at timestamptz`);
    await db.query(`UPDATE outbox_email SET status = 'SENT' WHERE sent_at IS NOT NULL`);
    // Reasons stored before held the SMTP server's full reply, recipient's address included.
    await db.query(
      `UPDATE outbox_email SET last_error = regexp_replace(last_error, $1, '<address>', 'g') WHERE last_error LIKE '%@%'`,
      [`<?[^\\s<>"'(),;:]+@[^\\s<>"'(),;:]+>?`],
    );
    await db.query(`
      ALTER TABLE outbox_email
        ADD CONSTRAINT outbox_email_status_check CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
        ADD CONSTRAINT outbox_email_sent_check CHECK ((status = 'SENT') = (sent_at IS NOT NULL)),
        ADD CONSTRAINT outbox_email_failed_check CHECK ((status = 'FAILED') = (failed_at IS NOT NULL))`);
    await db.query(`DROP INDEX outbox_email_unsent_idx`);
    // What the sender picks next, and what an admin lists: each a small partial index.
    await db.query(`CREATE INDEX outbox_email_due_idx ON outbox_email (next_attempt_at, id) WHERE status = 'PENDING'`);
    await db.query(`CREATE INDEX outbox_email_failed_idx ON outbox_email (failed_at DESC, id DESC) WHERE status = 'FAILED'`);
  }

  /** FAILED mails become unsent again, as the schema before knew no other state. */
  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX outbox_email_failed_idx`);
    await db.query(`DROP INDEX outbox_email_due_idx`);
    await db.query(`
      ALTER TABLE outbox_email
        DROP CONSTRAINT outbox_email_failed_check, DROP CONSTRAINT outbox_email_sent_check, DROP CONSTRAINT outbox_email_status_check,
        DROP COLUMN failed_at, DROP COLUMN last_reply_code, DROP COLUMN next_attempt_at, DROP COLUMN status`);
    await db.query(`CREATE INDEX outbox_email_unsent_idx ON outbox_email (id) WHERE sent_at IS NULL`);
  }
}
