import { makeOrganiser } from './support/help-request-fixtures';
import { errorCode } from './support/graphql-client';
import type { SignedUp } from './support/people-fixtures';
import { makeAdmin, signUp } from './support/people-fixtures';
import { importParis } from './support/paris-fixtures';
import type { TestApp } from './support/test-app';
import { startTestApp } from './support/test-app';

const FIELDS = 'addressRetentionDays auditRetentionDays inactiveAccountDays';
const GET = `{ privacySettings { ${FIELDS} } }`;
const UPDATE = `mutation ($input: PrivacySettingsInput!) { updatePrivacySettings(input: $input) { ${FIELDS} } }`;

type Settings = { addressRetentionDays: number; auditRetentionDays: number; inactiveAccountDays: number };

/** privacySettings and updatePrivacySettings: ADMIN only, validated, audited. */
describe('privacy settings', () => {
  let test: TestApp;
  let admin: SignedUp;

  beforeAll(async () => {
    test = await startTestApp();
    await importParis(test, [3]);
    admin = await makeAdmin(test.api, test.db);
  });
  afterAll(() => test.close());

  const current = async () => (await test.api.ok<{ privacySettings: Settings }>(GET, {}, admin.token)).privacySettings;

  it('starts at 30 days for addresses, a year for the audit log and three years for unused accounts', async () => {
    expect(await current()).toEqual({ addressRetentionDays: 30, auditRetentionDays: 365, inactiveAccountDays: 1095 });
  });

  it('changes the fields given, keeps the others, and audits the change with its values before and after', async () => {
    const data = await test.api.ok<{ updatePrivacySettings: Settings }>(UPDATE, { input: { addressRetentionDays: 14 } }, admin.token);
    expect(data.updatePrivacySettings).toEqual({ addressRetentionDays: 14, auditRetentionDays: 365, inactiveAccountDays: 1095 });
    await test.api.ok(UPDATE, { input: { auditRetentionDays: 730, inactiveAccountDays: 730 } }, admin.token);
    expect(await current()).toEqual({ addressRetentionDays: 14, auditRetentionDays: 730, inactiveAccountDays: 730 });

    const audit: { actor_id: string; detail: { before: Settings | null; after: Settings } }[] = await test.db.query(
      `SELECT actor_id, detail FROM audit_log WHERE action = 'UPDATE_SETTING' AND subject_id = 'privacy.retention' ORDER BY id`,
    );
    expect(audit).toEqual([
      { actor_id: admin.id, detail: { before: null, after: { addressRetentionDays: 14, auditRetentionDays: 365, inactiveAccountDays: 1095 } } },
      {
        actor_id: admin.id,
        detail: {
          before: { addressRetentionDays: 14, auditRetentionDays: 365, inactiveAccountDays: 1095 },
          after: { addressRetentionDays: 14, auditRetentionDays: 730, inactiveAccountDays: 730 },
        },
      },
    ]);
  });

  it('refuses values out of range with BAD_USER_INPUT naming each field, and changes nothing', async () => {
    const before = await current();
    const result = await test.api.request(UPDATE, { input: { addressRetentionDays: 0, auditRetentionDays: 20, inactiveAccountDays: 4000 } }, admin.token);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.fields).toEqual([
      { field: 'addressRetentionDays', message: 'must be a whole number of days from 1 to 365' },
      { field: 'auditRetentionDays', message: 'must be a whole number of days from 30 to 3650' },
      { field: 'inactiveAccountDays', message: 'must be a whole number of days from 365 to 3650' },
    ]);
    // One valid field beside a bad one: nothing is saved.
    expect(errorCode(await test.api.request(UPDATE, { input: { addressRetentionDays: 7, auditRetentionDays: 3651 } }, admin.token))).toBe('BAD_USER_INPUT');
    expect(await current()).toEqual(before);
  });

  it('is FORBIDDEN to everyone but ADMIN, and UNAUTHENTICATED without a token', async () => {
    const ids = await test.db.query(`SELECT id FROM neighbourhood LIMIT 1`);
    const organiser = await makeOrganiser(test.api, test.db, [ids[0].id]);
    const resident = await signUp(test.api);
    const before = await current();
    for (const token of [organiser.token, resident.token]) {
      expect(errorCode(await test.api.request(GET, {}, token))).toBe('FORBIDDEN');
      expect(errorCode(await test.api.request(UPDATE, { input: { addressRetentionDays: 2 } }, token))).toBe('FORBIDDEN');
    }
    expect(errorCode(await test.api.request(GET))).toBe('UNAUTHENTICATED');
    expect(errorCode(await test.api.request(UPDATE, { input: { addressRetentionDays: 2 } }))).toBe('UNAUTHENTICATED');
    expect(await current()).toEqual(before);
  });
});
