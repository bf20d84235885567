import { MIGRATIONS } from '@relais/server-database';
import type { MigrationInterface } from 'typeorm';
import { signUpVolunteer } from './support/help-request-fixtures';
import { signUp } from './support/people-fixtures';
import { importParis } from './support/paris-fixtures';
import type { TestApp } from './support/test-app';
import { startTestApp } from './support/test-app';

/** The migration that began the consent ledger, run down and up over people who signed up before it. */
describe('consent ledger migration', () => {
  let test: TestApp;

  beforeAll(async () => {
    test = await startTestApp();
    await importParis(test, [3]);
  });
  afterAll(() => test.close());

  it('gives every person one BEFORE_LEDGER row per purpose with their values, the digest on for those who help', async () => {
    const resident = await signUp(test.api, { rankingConsent: true });
    const volunteer = await signUpVolunteer(test.api);
    const organiser = await signUp(test.api);
    const Ledger = MIGRATIONS.find((m) => m.name === 'ConsentLedger1765700000000');
    const migration = new Ledger!() as MigrationInterface;
    const runner = test.db.createQueryRunner();
    try {
      await migration.down(runner);
      await runner.query(`UPDATE person SET roles = ARRAY['RESIDENT', 'ORGANISER'], contact_consent = true WHERE id = $1`, [organiser.id]);
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    const rows: { person_id: string; purpose: string; granted: boolean; wording_version: string | null; channel: string }[] = await test.db.query(
      `SELECT person_id, purpose, granted, wording_version, channel FROM consent_event ORDER BY person_id, purpose`,
    );
    expect(rows.every((r) => r.channel === 'BEFORE_LEDGER' && r.wording_version === null)).toBe(true);
    const of = (id: string) => Object.fromEntries(rows.filter((r) => r.person_id === id).map((r) => [r.purpose, r.granted]));
    expect(of(resident.id)).toEqual({ RANKING: true, NEWS: false, DIGEST: false, CONTACT: false });
    expect(of(volunteer.id)).toEqual({ RANKING: false, NEWS: false, DIGEST: true, CONTACT: false });
    expect(of(organiser.id)).toEqual({ RANKING: false, NEWS: false, DIGEST: true, CONTACT: true });
    const columns: { digest_consent: boolean }[] = await test.db.query(`SELECT digest_consent FROM person WHERE id = ANY($1::uuid[]) ORDER BY digest_consent`, [
      [resident.id, volunteer.id, organiser.id],
    ]);
    expect(columns.map((c) => c.digest_consent)).toEqual([false, true, true]);
    // The guard is back: a consent column changes through the ledger only.
    await expect(test.db.query(`UPDATE person SET digest_consent = false WHERE id = $1`, [volunteer.id])).rejects.toThrow(/consent_event/);
  });
});
