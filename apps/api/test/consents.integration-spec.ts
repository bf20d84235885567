import { CONSENT_WORDINGS } from '@relais/domain-people';
import { errorCode } from './support/graphql-client';
import { ACCEPT, ASSIGN, COMPLETE, THANK, makeOrganiser, postRequest, signUpVolunteer } from './support/help-request-fixtures';
import type { SignedUp } from './support/people-fixtures';
import { MARAIS, PASSWORD, SIGN_UP, makeAdmin, signUp } from './support/people-fixtures';
import { importParis, neighbourhoodIdsByName } from './support/paris-fixtures';
import type { TestApp } from './support/test-app';
import { startTestApp } from './support/test-app';

const CONSENT_FIELDS = 'rankingConsent newsConsent digestConsent contactConsent';
const ME = `{ me { id ${CONSENT_FIELDS} } }`;
const UPDATE = `mutation Update($input: ConsentInput!) { updateConsents(input: $input) { id ${CONSENT_FIELDS} } }`;
const RANKING_CONSENT = `mutation Consent($consent: Boolean!) { updateRankingConsent(consent: $consent) { id rankingConsent } }`;
const HISTORY = `query History($first: Int, $offset: Int) {
  myConsentHistory(first: $first, offset: $offset) { totalCount items { id purpose granted wordingVersion channel recordedByOther at } } }`;
const RECORD = `mutation Record($personId: ID!, $input: ConsentInput!) { recordConsent(personId: $personId, input: $input) { id ${CONSENT_FIELDS} } }`;
const RANKING = `query Ranking($id: ID!) { leaderRanking(neighbourhoodId: $id) { person { id } } }`;
const REFRESH = `mutation Refresh($id: ID!) { refreshLeaderScores(neighbourhoodId: $id) }`;

interface Consents {
  rankingConsent: boolean;
  newsConsent: boolean;
  digestConsent: boolean;
  contactConsent: boolean;
}
interface HistoryEvent {
  id: string;
  purpose: string;
  granted: boolean;
  wordingVersion: string | null;
  channel: string;
  recordedByOther: boolean;
  at: string;
}
interface History {
  totalCount: number;
  items: HistoryEvent[];
}

describe('consents: the ledger, sign-up defaults, updateConsents and who sees them', () => {
  let test: TestApp;
  let here: string;
  let there: string;

  const me = async (person: SignedUp) => (await test.api.ok<{ me: Consents }>(ME, {}, person.token)).me;
  const history = async (person: SignedUp, variables: Record<string, unknown> = {}) =>
    (await test.api.ok<{ myConsentHistory: History }>(HISTORY, variables, person.token)).myConsentHistory;
  const ledger = async (person: SignedUp) =>
    (await test.db.query(`SELECT purpose, granted, channel, wording_version, actor_id FROM consent_event WHERE person_id = $1 ORDER BY id`, [person.id])) as {
      purpose: string;
      granted: boolean;
      channel: string;
      wording_version: string | null;
      actor_id: string | null;
    }[];

  beforeAll(async () => {
    test = await startTestApp();
    await importParis(test, [3, 11]);
    const ids = await neighbourhoodIdsByName(test);
    here = ids['Enfants-Rouges'] as string;
    there = ids['Sainte-Marguerite'] as string;
  });
  afterAll(() => test.close());

  describe('at sign-up', () => {
    it('ticks nothing for a resident, and only the digest for a volunteer', async () => {
      const resident = await signUp(test.api);
      expect(await me(resident)).toMatchObject({ rankingConsent: false, newsConsent: false, digestConsent: false, contactConsent: false });
      const volunteer = await signUpVolunteer(test.api);
      expect(await me(volunteer)).toMatchObject({ rankingConsent: false, newsConsent: false, digestConsent: true, contactConsent: false });
    });

    it('records what was ticked, one ledger row per purpose with the wording shown', async () => {
      const email = `ticks.${Date.now()}@example.org`;
      const input = { email, password: PASSWORD, displayName: 'Ticks', role: 'RESIDENT', location: MARAIS, rankingConsent: true, newsConsent: true };
      const data = await test.api.ok<{ signUp: { token: string; person: { id: string } } }>(SIGN_UP, { input });
      const person = { id: data.signUp.person.id, token: data.signUp.token, email, referralCode: '' };
      expect(await me(person)).toMatchObject({ rankingConsent: true, newsConsent: true, digestConsent: false, contactConsent: false });
      const rows = await ledger(person);
      expect(rows.map((r) => [r.purpose, r.granted, r.channel, r.wording_version, r.actor_id]).sort()).toEqual(
        [
          ['CONTACT', false, 'SIGN_UP', CONSENT_WORDINGS.CONTACT, person.id],
          ['DIGEST', false, 'SIGN_UP', CONSENT_WORDINGS.DIGEST, person.id],
          ['NEWS', true, 'SIGN_UP', CONSENT_WORDINGS.NEWS, person.id],
          ['RANKING', true, 'SIGN_UP', CONSENT_WORDINGS.RANKING, person.id],
        ].sort(),
      );
    });
  });

  describe('updateConsents', () => {
    it('changes only the purposes given, with one history row for each that changes', async () => {
      const person = await signUpVolunteer(test.api);
      const before = (await history(person)).totalCount;
      const updated = await test.api.ok<{ updateConsents: Consents }>(UPDATE, { input: { news: true, digest: false } }, person.token);
      expect(updated.updateConsents).toMatchObject({ rankingConsent: false, newsConsent: true, digestConsent: false, contactConsent: false });
      expect(await me(person)).toMatchObject({ rankingConsent: false, newsConsent: true, digestConsent: false, contactConsent: false });
      const after = await history(person);
      expect(after.totalCount).toBe(before + 2);
      expect(after.items.slice(0, 2).map((e) => [e.purpose, e.granted, e.channel, e.wordingVersion, e.recordedByOther]).sort()).toEqual([
        ['DIGEST', false, 'PROFILE', CONSENT_WORDINGS.DIGEST, false],
        ['NEWS', true, 'PROFILE', CONSENT_WORDINGS.NEWS, false],
      ]);
      // The same again changes nothing and writes nothing.
      await test.api.ok(UPDATE, { input: { news: true, digest: false } }, person.token);
      expect((await history(person)).totalCount).toBe(before + 2);
    });

    it('leaves a purpose given as null, and writes nothing for an empty input', async () => {
      const person = await signUpVolunteer(test.api);
      await test.api.ok(UPDATE, { input: { ranking: true } }, person.token);
      const rows = (await ledger(person)).length;
      const updated = await test.api.ok<{ updateConsents: Consents }>(UPDATE, { input: { ranking: null, news: null, digest: null } }, person.token);
      expect(updated.updateConsents).toMatchObject({ rankingConsent: true, newsConsent: false, digestConsent: true });
      await test.api.ok(UPDATE, { input: {} }, person.token);
      expect((await ledger(person)).length).toBe(rows);
    });

    it('refuses bad input and callers who are not signed in, changing nothing', async () => {
      const person = await signUp(test.api);
      const rows = (await ledger(person)).length;
      expect(errorCode(await test.api.request(UPDATE, { input: { news: 'yes' } }, person.token))).toBe('BAD_USER_INPUT');
      expect(errorCode(await test.api.request(UPDATE, { input: { news: true, spam: true } }, person.token))).toBe('BAD_USER_INPUT');
      expect(errorCode(await test.api.request(UPDATE, { input: { news: true } }))).toBe('UNAUTHENTICATED');
      expect(errorCode(await test.api.request(HISTORY, {}))).toBe('UNAUTHENTICATED');
      expect(errorCode(await test.api.request(HISTORY, { first: 0 }, person.token))).toBe('BAD_USER_INPUT');
      expect(errorCode(await test.api.request(HISTORY, { offset: -1 }, person.token))).toBe('BAD_USER_INPUT');
      expect(await me(person)).toMatchObject({ newsConsent: false });
      expect((await ledger(person)).length).toBe(rows);
    });

    it('updateRankingConsent writes the ledger too', async () => {
      const person = await signUpVolunteer(test.api);
      await test.api.ok(RANKING_CONSENT, { consent: true }, person.token);
      const newest = (await history(person, { first: 1 })).items[0];
      expect(newest).toMatchObject({ purpose: 'RANKING', granted: true, channel: 'PROFILE', wordingVersion: CONSENT_WORDINGS.RANKING });
    });
    it('concurrent changes of one person: the column is the newest row, and every row is a change', async () => {
      const person = await signUp(test.api);
      await Promise.all(Array.from({ length: 24 }, (_, i) => test.api.ok(UPDATE, { input: { news: i % 2 === 0, digest: i % 3 === 0 } }, person.token)));
      const rows = (await ledger(person)).filter((r) => r.channel === 'PROFILE');
      const current = await me(person);
      for (const [purpose, field] of [
        ['NEWS', 'newsConsent'],
        ['DIGEST', 'digestConsent'],
      ] as const) {
        const granted = rows.filter((r) => r.purpose === purpose).map((r) => r.granted);
        granted.forEach((value, i) => expect(value).not.toBe(i === 0 ? false : granted[i - 1]));
        expect(current[field]).toBe(granted.length ? granted[granted.length - 1] : false);
      }
    });
  });

  describe('myConsentHistory', () => {
    it('lists the caller’s own rows only, newest first, by pages', async () => {
      const person = await signUp(test.api);
      await signUp(test.api);
      await test.api.ok(UPDATE, { input: { news: true } }, person.token);
      await test.api.ok(UPDATE, { input: { news: false } }, person.token);
      const all = await history(person);
      expect(all.totalCount).toBe(6);
      expect(all.items).toHaveLength(6);
      expect(all.items.slice(0, 2).map((e) => e.granted)).toEqual([false, true]);
      const times = all.items.map((e) => Date.parse(e.at));
      expect([...times].sort((a, b) => b - a)).toEqual(times);
      const second = await history(person, { first: 2, offset: 2 });
      expect(second.totalCount).toBe(6);
      expect(second.items.map((e) => e.id)).toEqual(all.items.slice(2, 4).map((e) => e.id));
      expect((await history(person, { offset: 10 })).totalCount).toBe(6);
    });
  });

  describe('the ledger is the only way to change a consent', () => {
    it('a row of the ledger sets the person’s column; a direct change is refused', async () => {
      const person = await signUp(test.api);
      await expect(test.db.query(`UPDATE person SET news_consent = true WHERE id = $1`, [person.id])).rejects.toThrow(/consent_event/);
      await expect(test.db.query(`UPDATE person SET ranking_consent = true WHERE id = $1`, [person.id])).rejects.toThrow(/consent_event/);
      expect(await me(person)).toMatchObject({ newsConsent: false, rankingConsent: false });
      await test.db.query(
        `INSERT INTO consent_event (person_id, purpose, granted, wording_version, channel, actor_id) VALUES ($1, 'NEWS', true, $2, 'UNSUBSCRIBE_LINK', $1)`,
        [person.id, CONSENT_WORDINGS.NEWS],
      );
      expect(await me(person)).toMatchObject({ newsConsent: true, rankingConsent: false });
      // Other columns of the person still change freely.
      await test.db.query(`UPDATE person SET display_name = 'Renamed' WHERE id = $1`, [person.id]);
    });

    it('refuses a row with an unknown purpose or channel, or without a wording outside the backfill', async () => {
      const person = await signUp(test.api);
      const insert = (purpose: string, channel: string, wording: string | null) =>
        test.db.query(`INSERT INTO consent_event (person_id, purpose, granted, wording_version, channel) VALUES ($1, $2, true, $3, $4)`, [person.id, purpose, wording, channel]);
      await expect(insert('SPAM', 'PROFILE', 'spam@1')).rejects.toThrow();
      await expect(insert('NEWS', 'CARRIER_PIGEON', 'news@1')).rejects.toThrow();
      await expect(insert('NEWS', 'PROFILE', null)).rejects.toThrow();
      expect(await me(person)).toMatchObject({ newsConsent: false });
    });
  });

  it('withdrawing ranking takes the volunteer out of the leader ranking at the next refresh', async () => {
    const organiser = await makeOrganiser(test.api, test.db, [here]);
    const volunteer = await signUpVolunteer(test.api, { rankingConsent: true });
    const resident = await signUp(test.api);
    const request = await postRequest(test.api, resident.token);
    await test.api.ok(ASSIGN, { id: request.id, volunteerId: volunteer.id }, organiser.token);
    await test.api.ok(COMPLETE, { id: request.id }, volunteer.token);
    await test.api.ok(THANK, { requestId: request.id, rating: 5 }, resident.token);
    const ranked = async () => {
      await test.api.ok(REFRESH, { id: here }, organiser.token);
      return (await test.api.ok<{ leaderRanking: { person: { id: string } }[] }>(RANKING, { id: here }, organiser.token)).leaderRanking.map((r) => r.person.id);
    };
    expect(await ranked()).toContain(volunteer.id);
    await test.api.ok(UPDATE, { input: { ranking: false } }, volunteer.token);
    const due: unknown[] = await test.db.query(`SELECT 1 FROM leader_refresh_due WHERE neighbourhood_id = $1`, [here]);
    expect(due).toHaveLength(1);
    expect(await ranked()).not.toContain(volunteer.id);
  });

  it('shows news and digest consents to the person, their organisers and ADMIN; false to others', async () => {
    const resident = await signUp(test.api);
    await test.api.ok(UPDATE, { input: { news: true, digest: true } }, resident.token);
    const posted = await postRequest(test.api, resident.token);
    const volunteer = await signUpVolunteer(test.api);
    const organiser = await makeOrganiser(test.api, test.db, [here]);
    const admin = await makeAdmin(test.api, test.db);
    const query = `query Get($id: ID!) { helpRequest(id: $id) { requester { newsConsent digestConsent } } }`;
    const seenBy = async (viewer: SignedUp) =>
      (await test.api.ok<{ helpRequest: { requester: { newsConsent: boolean; digestConsent: boolean } } }>(query, { id: posted.id }, viewer.token)).helpRequest
        .requester;
    expect(await seenBy(resident)).toEqual({ newsConsent: true, digestConsent: true });
    expect(await seenBy(organiser)).toEqual({ newsConsent: true, digestConsent: true });
    expect(await seenBy(admin)).toEqual({ newsConsent: true, digestConsent: true });
    expect(await seenBy(volunteer)).toEqual({ newsConsent: false, digestConsent: false });
    await test.api.ok(ACCEPT, { id: posted.id }, volunteer.token);
    expect(await seenBy(volunteer)).toEqual({ newsConsent: false, digestConsent: false });
  });

  describe('recordConsent: an organiser on the phone', () => {
    it('records for a person of their neighbourhood, with the ORGANISER channel, and audits it', async () => {
      const organiser = await makeOrganiser(test.api, test.db, [here]);
      const person = await signUp(test.api);
      const recorded = await test.api.ok<{ recordConsent: Consents }>(RECORD, { personId: person.id, input: { news: true, contact: true } }, organiser.token);
      expect(recorded.recordConsent).toMatchObject({ newsConsent: true, contactConsent: true, digestConsent: false });
      const newest = (await history(person, { first: 2 })).items;
      expect(newest.map((e) => [e.purpose, e.granted, e.channel, e.recordedByOther]).sort()).toEqual([
        ['CONTACT', true, 'ORGANISER', true],
        ['NEWS', true, 'ORGANISER', true],
      ]);
      const rows = (await ledger(person)).filter((r) => r.channel === 'ORGANISER');
      expect(rows.every((r) => r.actor_id === organiser.id)).toBe(true);
      const audit: { action: string; actor_id: string; detail: unknown }[] = await test.db.query(
        `SELECT action, actor_id, detail FROM audit_log WHERE subject_type = 'person' AND subject_id = $1`,
        [person.id],
      );
      expect(audit).toEqual([
        { action: 'RECORD_CONSENT', actor_id: organiser.id, detail: { decisions: [{ purpose: 'NEWS', granted: true }, { purpose: 'CONTACT', granted: true }] } },
      ]);
      // Nothing to change: no row, no audit.
      await test.api.ok(RECORD, { personId: person.id, input: { news: true } }, organiser.token);
      expect((await ledger(person)).filter((r) => r.channel === 'ORGANISER')).toHaveLength(2);
      expect(await test.db.query(`SELECT 1 FROM audit_log WHERE subject_id = $1`, [person.id])).toHaveLength(1);
    });

    it('refuses others, and tells an organiser nothing of people elsewhere', async () => {
      const elsewhereOrganiser = await makeOrganiser(test.api, test.db, [there]);
      const admin = await makeAdmin(test.api, test.db);
      const volunteer = await signUpVolunteer(test.api);
      const person = await signUp(test.api);
      const rows = (await ledger(person)).length;
      const unknown = '00000000-0000-4000-8000-000000000000';
      expect(errorCode(await test.api.request(RECORD, { personId: person.id, input: { news: true } }))).toBe('UNAUTHENTICATED');
      expect(errorCode(await test.api.request(RECORD, { personId: person.id, input: { news: true } }, volunteer.token))).toBe('FORBIDDEN');
      expect(errorCode(await test.api.request(RECORD, { personId: person.id, input: { news: true } }, elsewhereOrganiser.token))).toBe('FORBIDDEN');
      expect(errorCode(await test.api.request(RECORD, { personId: unknown, input: { news: true } }, elsewhereOrganiser.token))).toBe('FORBIDDEN');
      expect(errorCode(await test.api.request(RECORD, { personId: unknown, input: { news: true } }, admin.token))).toBe('NOT_FOUND');
      expect(errorCode(await test.api.request(RECORD, { personId: 'not-an-id', input: { news: true } }, admin.token))).toBe('BAD_USER_INPUT');
      expect(await me(person)).toMatchObject({ newsConsent: false });
      expect((await ledger(person)).length).toBe(rows);
      // ADMIN records anywhere.
      await test.api.ok(RECORD, { personId: person.id, input: { digest: true } }, admin.token);
      expect(await me(person)).toMatchObject({ digestConsent: true });
    });
  });

  describe('becoming an organiser', () => {
    const GRANT = `mutation Grant($personId: ID!, $ids: [ID!]!) { grantOrganiser(personId: $personId, neighbourhoodIds: $ids) { id } }`;

    it('turns the digest on for someone who never chose, as a ledger row naming who granted the role', async () => {
      const admin = await makeAdmin(test.api, test.db);
      const resident = await signUp(test.api);
      expect(await me(resident)).toMatchObject({ digestConsent: false });
      await test.api.ok(GRANT, { personId: resident.id, ids: [here] }, admin.token);
      expect(await me(resident)).toMatchObject({ digestConsent: true });
      expect((await ledger(resident)).at(-1)).toEqual({ purpose: 'DIGEST', granted: true, channel: 'ROLE_GRANTED', wording_version: expect.any(String), actor_id: admin.id });
      // A second neighbourhood is no new role: nothing more is written.
      const rows = (await ledger(resident)).length;
      await test.api.ok(GRANT, { personId: resident.id, ids: [there] }, admin.token);
      expect((await ledger(resident)).length).toBe(rows);
    });

    it('leaves it off for someone who turned it off themselves', async () => {
      const admin = await makeAdmin(test.api, test.db);
      const volunteer = await signUpVolunteer(test.api);
      await test.api.ok(UPDATE, { input: { digest: false } }, volunteer.token);
      const rows = (await ledger(volunteer)).length;
      await test.api.ok(GRANT, { personId: volunteer.id, ids: [here] }, admin.token);
      expect(await me(volunteer)).toMatchObject({ digestConsent: false });
      expect((await ledger(volunteer)).length).toBe(rows);
    });
  });
});
