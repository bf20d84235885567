import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Headers a mail carries besides the usual ones: List-Unsubscribe (RFC 2369, 8058) on digests and campaigns. */
export class MailHeaders1766500000000 implements MigrationInterface {
  name = 'MailHeaders1766500000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE outbox_email ADD COLUMN headers jsonb CHECK (jsonb_typeof(headers) = 'object')`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE outbox_email DROP COLUMN headers`);
  }
}
