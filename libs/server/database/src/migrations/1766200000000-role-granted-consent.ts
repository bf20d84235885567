import type { MigrationInterface, QueryRunner } from 'typeorm';

const CHANNELS = (extra: string[]) => ['SIGN_UP', 'PROFILE', 'UNSUBSCRIBE_LINK', 'ORGANISER', 'BEFORE_LEDGER', ...extra].map((c) => `'${c}'`).join(', ');

/**
 * A ledger row may come from a role granted: becoming an organiser turns the weekly digest on
 * (a service mail for those who help), unless the person had turned it off themselves.
 */
export class RoleGrantedConsent1766200000000 implements MigrationInterface {
  name = 'RoleGrantedConsent1766200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE consent_event DROP CONSTRAINT consent_event_channel_check`);
    await db.query(`ALTER TABLE consent_event ADD CONSTRAINT consent_event_channel_check CHECK (channel IN (${CHANNELS(['ROLE_GRANTED'])}))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM consent_event WHERE channel = 'ROLE_GRANTED'`);
    await db.query(`ALTER TABLE consent_event DROP CONSTRAINT consent_event_channel_check`);
    await db.query(`ALTER TABLE consent_event ADD CONSTRAINT consent_event_channel_check CHECK (channel IN (${CHANNELS([])}))`);
  }
}
