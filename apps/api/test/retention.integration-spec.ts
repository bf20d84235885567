import { cellOf } from '@relais/domain-geo';
import { HelpRequestTransitionsService } from '@relais/server-help-requests';
import { RetentionService } from '@relais/server-privacy';
import { ACCEPT, CANCEL, COMPLETE, postRequest, signUpVolunteer } from './support/help-request-fixtures';
import type { SignedUp } from './support/people-fixtures';
import { LOG_IN, PASSWORD, makeAdmin, signUp } from './support/people-fixtures';
import { importParis } from './support/paris-fixtures';
import type { TestApp } from './support/test-app';
import { startTestApp } from './support/test-app';

const DAY = 86_400_000;
const UPDATE = `mutation ($input: PrivacySettingsInput!) { updatePrivacySettings(input: $input) { addressRetentionDays } }`;
const READ = `query ($id: ID!) { helpRequest(id: $id) { address location { lat lng } approximateLocation { lat lng } } }`;

interface PlaceRow {
  id: string;
  address: string | null;
  lat: number;
  lng: number;
  position: string;
  cell: string;
  coarse_cell: string;
  coarse_lat: number;
  coarse_lng: number;
  coarse_position: string;
  neighbourhood_id: string | null;
  status: string;
  updated_at: Date;
}

/**
 * The retention rules against a real PostgreSQL, with the clock in the test's hands: each is run
 * at a time the test picks (NOW), over rows dated relative to it.
 */
describe('retention', () => {
  let test: TestApp;
  let retention: RetentionService;
  let admin: SignedUp;
  const NOW = new Date();
  const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY);
  const later = (days: number) => new Date(NOW.getTime() + days * DAY);

  beforeAll(async () => {
    test = await startTestApp();
    await importParis(test, [3]);
    retention = test.app.get(RetentionService);
    admin = await makeAdmin(test.api, test.db);
  });
  afterAll(() => test.close());

  const setting = (input: Record<string, number>) => test.api.ok(UPDATE, { input }, admin.token);
  const places = async (ids: string[]): Promise<Map<string, PlaceRow>> => {
    const rows: PlaceRow[] = await test.db.query(
      `SELECT id, address, lat, lng, position::text, cell::text, coarse_cell::text, coarse_lat, coarse_lng, coarse_position::text, neighbourhood_id, status, updated_at
       FROM help_request WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r]));
  };

  describe('exact places of closed requests', () => {
    let resident: SignedUp;
    let volunteer: SignedUp;
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      resident = await signUp(test.api);
      volunteer = await signUpVolunteer(test.api);
      const post = (lat: number, lng: number) => postRequest(test.api, resident.token, { location: { lat, lng } });
      for (const [name, lat, lng] of [
        ['doneLongAgo', 48.8627, 2.3611],
        ['cancelledLongAgo', 48.8631, 2.3622],
        ['expiredLongAgo', 48.8619, 2.3608],
        ['doneRecently', 48.8624, 2.3617],
        ['assignedLongAgo', 48.8628, 2.3613],
        ['open', 48.8622, 2.3619],
      ] as const) {
        ids[name] = (await post(lat, lng)).id;
      }
      for (const name of ['doneLongAgo', 'doneRecently', 'assignedLongAgo']) await test.api.ok(ACCEPT, { id: ids[name] }, volunteer.token);
      for (const name of ['doneLongAgo', 'doneRecently']) await test.api.ok(COMPLETE, { id: ids[name] }, volunteer.token);
      await test.api.ok(CANCEL, { id: ids['cancelledLongAgo'] }, resident.token);
      await test.db.query(`UPDATE help_request SET needed_by = now() - interval '1 minute' WHERE id = $1`, [ids['expiredLongAgo']]);
      await test.app.get(HelpRequestTransitionsService).expireDue();
      const closed = (name: string, days: number) => test.db.query(`UPDATE help_request SET closed_at = $2 WHERE id = $1`, [ids[name], daysAgo(days)]);
      await closed('doneLongAgo', 31);
      await closed('cancelledLongAgo', 45);
      await closed('expiredLongAgo', 200);
      await closed('doneRecently', 10);
      await test.db.query(`UPDATE help_request SET created_at = $2, updated_at = $2 WHERE id = $1`, [ids['assignedLongAgo'], daysAgo(300)]);
    });

    it('replaces the address and exact place of requests closed more than 30 days ago by their public cell, and nothing else', async () => {
      const all = Object.values(ids);
      const before = await places(all);
      expect(await retention.removeExactPlaces(NOW)).toBe(3);
      const after = await places(all);
      for (const name of ['doneLongAgo', 'cancelledLongAgo', 'expiredLongAgo']) {
        const was = before.get(ids[name] as string) as PlaceRow;
        const now = after.get(ids[name] as string) as PlaceRow;
        expect(was.address).toBe('12 rue de Bretagne, 75003 Paris');
        expect(was.lat).not.toBe(was.coarse_lat);
        expect(now).toEqual({
          ...was,
          address: null,
          lat: was.coarse_lat,
          lng: was.coarse_lng,
          position: was.coarse_position,
          cell: cellOf({ lat: was.coarse_lat, lng: was.coarse_lng }),
        });
      }
      for (const name of ['doneRecently', 'assignedLongAgo', 'open']) {
        expect(after.get(ids[name] as string)).toEqual(before.get(ids[name] as string));
      }
      // What the requester reads now: no address, and the exact location is the public one.
      const read = await test.api.ok<{ helpRequest: { address: string | null; location: unknown; approximateLocation: unknown } }>(
        READ,
        { id: ids['doneLongAgo'] },
        resident.token,
      );
      expect(read.helpRequest.address).toBeNull();
      expect(read.helpRequest.location).toEqual(read.helpRequest.approximateLocation);
    });

    it('changes nothing more when run again', async () => {
      const before = await places(Object.values(ids));
      expect(await retention.removeExactPlaces(NOW)).toBe(0);
      expect(await places(Object.values(ids))).toEqual(before);
    });

    it('follows addressRetentionDays', async () => {
      await setting({ addressRetentionDays: 11 });
      expect(await retention.removeExactPlaces(NOW)).toBe(0);
      await setting({ addressRetentionDays: 9 });
      expect(await retention.removeExactPlaces(NOW)).toBe(1);
      expect((await places([ids['doneRecently'] as string])).get(ids['doneRecently'] as string)?.address).toBeNull();
      await setting({ addressRetentionDays: 30 });
    });

    it('finds its rows through the partial index', async () => {
      // The table is small here: seq scans are turned off on this one connection to see the index can serve the query.
      const runner = test.db.createQueryRunner();
      try {
        await runner.query(`SET enable_seqscan = off`);
        const plan: { 'QUERY PLAN': string }[] = await runner.query(
          `EXPLAIN SELECT id FROM help_request
           WHERE closed_at < $1 AND status = ANY($2::text[]) AND (address IS NOT NULL OR lat <> coarse_lat OR lng <> coarse_lng)
           ORDER BY closed_at LIMIT 1000`,
          [NOW, ['DONE', 'CANCELLED', 'EXPIRED']],
        );
        expect(plan.map((r) => r['QUERY PLAN']).join('\n')).toContain('help_request_exact_closed_idx');
      } finally {
        await runner.query(`RESET enable_seqscan`);
        await runner.release();
      }
    });
  });

  describe('audit log', () => {
    it('deletes entries older than auditRetentionDays, address reads included, and keeps the rest', async () => {
      const insert = async (action: string, days: number): Promise<string> => {
        const [row] = await test.db.query(
          `INSERT INTO audit_log (actor_id, action, subject_type, subject_id, at) VALUES ($1, $2, 'help_request', gen_random_uuid()::text, $3) RETURNING id::text`,
          [admin.id, action, daysAgo(days)],
        );
        return row.id;
      };
      const oldRead = await insert('READ_ADDRESS', 400);
      const oldSetting = await insert('UPDATE_SETTING', 366);
      const recentRead = await insert('READ_ADDRESS', 100);
      const fresh = await insert('READ_ADDRESS', 1);
      const left = async () =>
        (await test.db.query(`SELECT id::text FROM audit_log WHERE id = ANY($1::bigint[]) ORDER BY id`, [[oldRead, oldSetting, recentRead, fresh]])).map(
          (r: { id: string }) => r.id,
        );

      expect(await retention.purgeAuditLog(NOW)).toBe(2);
      expect(await left()).toEqual([recentRead, fresh]);
      expect(await retention.purgeAuditLog(NOW)).toBe(0);
      expect(await left()).toEqual([recentRead, fresh]);

      await setting({ auditRetentionDays: 90 });
      expect(await retention.purgeAuditLog(NOW)).toBe(1);
      expect(await left()).toEqual([fresh]);
      await setting({ auditRetentionDays: 365 });
    });
  });

  describe('outbox', () => {
    it('deletes mails sent or given up more than 90 days ago, never a pending one', async () => {
      const insert = async (status: string, days: number): Promise<string> => {
        const at = daysAgo(days);
        const [row] = await test.db.query(
          `INSERT INTO outbox_email (message_id, kind, to_address, subject, body, created_at, status, sent_at, failed_at)
           VALUES (gen_random_uuid()::text, 'taken', 'someone@example.org', 'Subject', 'Body', $2, $1,
                   CASE WHEN $1 = 'SENT' THEN $2::timestamptz END, CASE WHEN $1 = 'FAILED' THEN $2::timestamptz END)
           RETURNING id::text`,
          [status, at],
        );
        return row.id;
      };
      const oldSent = await insert('SENT', 91);
      const oldFailed = await insert('FAILED', 120);
      const recentSent = await insert('SENT', 89);
      const recentFailed = await insert('FAILED', 10);
      const oldPending = await insert('PENDING', 400);
      const all = [oldSent, oldFailed, recentSent, recentFailed, oldPending];
      const left = async () =>
        (await test.db.query(`SELECT id::text FROM outbox_email WHERE id = ANY($1::bigint[]) ORDER BY id`, [all])).map((r: { id: string }) => r.id);

      expect(await retention.purgeOutbox(NOW)).toBe(2);
      expect(await left()).toEqual([recentSent, recentFailed, oldPending]);
      expect(await retention.purgeOutbox(NOW)).toBe(0);
      expect(await left()).toEqual([recentSent, recentFailed, oldPending]);
      // The limit is a constant, not a setting: changing the others leaves it.
      await setting({ auditRetentionDays: 30, addressRetentionDays: 1 });
      expect(await retention.purgeOutbox(NOW)).toBe(0);
      await setting({ auditRetentionDays: 365, addressRetentionDays: 30 });
    });
  });

  describe('unused accounts', () => {
    let sleeper: SignedUp;
    let english: SignedUp;
    let dozing: SignedUp;
    let oldAdmin: SignedUp;
    let active: SignedUp;

    const state = async (id: string): Promise<{ notice: Date | null } | undefined> => {
      const [row] = await test.db.query(`SELECT inactivity_notice_at FROM person WHERE id = $1`, [id]);
      return row ? { notice: row.inactivity_notice_at } : undefined;
    };
    const mailsTo = async (email: string): Promise<{ kind: string; subject: string; body: string }[]> =>
      test.db.query(`SELECT kind, subject, body FROM outbox_email WHERE to_address = $1 ORDER BY id`, [email]);

    beforeAll(async () => {
      sleeper = await signUp(test.api);
      english = await signUp(test.api);
      dozing = await signUp(test.api);
      oldAdmin = await makeAdmin(test.api, test.db);
      active = await signUp(test.api);
      await test.db.query(`UPDATE person SET languages = '{en}' WHERE id = $1`, [english.id]);
      const lastActive = (person: SignedUp, days: number) => test.db.query(`UPDATE person SET last_active_at = $2 WHERE id = $1`, [person.id, daysAgo(days)]);
      await lastActive(sleeper, 1100);
      await lastActive(english, 1500);
      await lastActive(dozing, 800);
      await lastActive(oldAdmin, 4000);
      await lastActive(active, 3);
    });

    it('tells people unused for three years, once, in their language, with the day of erasure; never an ADMIN', async () => {
      expect(await retention.sendInactivityNotices(NOW)).toBe(2);
      expect(await state(sleeper.id)).toEqual({ notice: NOW });
      expect(await state(english.id)).toEqual({ notice: NOW });
      for (const person of [dozing, oldAdmin, active]) expect(await state(person.id)).toEqual({ notice: null });

      const erasedOn = later(30);
      const [french] = await mailsTo(sleeper.email);
      expect(french?.kind).toBe('inactivityNotice');
      expect(french?.subject).toBe('Votre compte Relais sera supprimé faute d’utilisation');
      expect(french?.body).toContain(`à partir du ${new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Paris' }).format(erasedOn)}`);
      const [inEnglish] = await mailsTo(english.email);
      expect(inEnglish?.subject).toBe('Your Relais account will be erased as it is not used');
      expect(inEnglish?.body).toContain(`from ${new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Paris' }).format(erasedOn)} unless you log in`);
      expect(await mailsTo(oldAdmin.email)).toEqual([]);

      // Run again, the next night too: nobody is told twice.
      expect(await retention.sendInactivityNotices(NOW)).toBe(0);
      expect(await retention.sendInactivityNotices(later(1))).toBe(0);
      expect(await mailsTo(sleeper.email)).toHaveLength(1);
      expect(await mailsTo(english.email)).toHaveLength(1);
    });

    it('follows inactiveAccountDays', async () => {
      await setting({ inactiveAccountDays: 730 });
      expect(await retention.sendInactivityNotices(NOW)).toBe(1);
      expect(await state(dozing.id)).toEqual({ notice: NOW });
      expect(await mailsTo(dozing.email)).toHaveLength(1);
      await setting({ inactiveAccountDays: 1095 });
    });

    it('erases those told more than 30 days ago and not seen since; logging in cancels it', async () => {
      expect(await retention.eraseInactive(later(29))).toBe(0);
      // The one told in English logs in before the day: their notice is withdrawn.
      await test.api.ok(LOG_IN, { email: english.email, password: PASSWORD });
      expect(await state(english.id)).toEqual({ notice: null });

      expect(await retention.eraseInactive(later(31))).toBe(2);
      expect(await state(sleeper.id)).toBeUndefined();
      expect(await state(dozing.id)).toBeUndefined();
      expect(await state(english.id)).toEqual({ notice: null });
      for (const person of [oldAdmin, active, admin]) expect(await state(person.id)).toBeDefined();
      const audit: { detail: { reason: string } }[] = await test.db.query(`SELECT detail FROM audit_log WHERE action = 'ERASE_PERSON' AND actor_id IS NULL`);
      expect(audit.map((a) => a.detail.reason)).toEqual(['INACTIVE', 'INACTIVE']);

      expect(await retention.eraseInactive(later(31))).toBe(0);
      // The one who logged in is not told again until they are unused for three more years.
      expect(await retention.sendInactivityNotices(later(31))).toBe(0);
    });
  });
});
