import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A person's mails found by their address (their export, and their erasure) without reading every mail. */
export class OutboxRecipientIndex1765900000000 implements MigrationInterface {
  name = 'OutboxRecipientIndex1765900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX outbox_email_recipient_idx ON outbox_email (lower(to_address))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX outbox_email_recipient_idx`);
  }
}
