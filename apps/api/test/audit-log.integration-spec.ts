import { errorCode } from './support/graphql-client';
import { GET, makeOrganiser, postRequest } from './support/help-request-fixtures';
import type { SignedUp } from './support/people-fixtures';
import { makeAdmin, signUp } from './support/people-fixtures';
import { importParis, neighbourhoodIdsByName } from './support/paris-fixtures';
import type { TestApp } from './support/test-app';
import { startTestApp } from './support/test-app';

const LOG = `
  query Log($personId: ID, $readerId: ID, $action: String, $from: DateTime, $to: DateTime, $first: Int, $offset: Int) {
    auditLog(personId: $personId, readerId: $readerId, action: $action, from: $from, to: $to, first: $first, offset: $offset) {
      totalCount items { id action subjectType subjectId detail at actorRef actor { id displayName } }
    }
  }`;

interface Entry {
  id: string;
  action: string;
  subjectType: string;
  subjectId: string;
  detail: string | null;
  at: string;
  actorRef: string | null;
  actor: { id: string } | null;
}
type Page = { auditLog: { totalCount: number; items: Entry[] } };

/** ADMIN reads the audit log: filtered by the person it is about, its actor, its kind and dates, a page at a time. */
describe('auditLog', () => {
  let test: TestApp;
  let admin: SignedUp;
  let organiser: SignedUp;
  let colleague: SignedUp;
  let alice: SignedUp;
  let bob: SignedUp;
  let aliceRequests: string[];
  let bobRequest: string;

  beforeAll(async () => {
    test = await startTestApp();
    await importParis(test, [3]);
    const ids = await neighbourhoodIdsByName(test);
    admin = await makeAdmin(test.api, test.db);
    organiser = await makeOrganiser(test.api, test.db, [ids['Enfants-Rouges'] as string]);
    colleague = await makeOrganiser(test.api, test.db, [ids['Enfants-Rouges'] as string]);
    alice = await signUp(test.api);
    bob = await signUp(test.api);
    aliceRequests = [(await postRequest(test.api, alice.token)).id, (await postRequest(test.api, alice.token)).id];
    bobRequest = (await postRequest(test.api, bob.token)).id;
    // Five reads, oldest first: organiser × 2 of Alice's, colleague of Alice's, organiser of Bob's, admin of Bob's.
    for (const [reader, id] of [[organiser, aliceRequests[0]], [organiser, aliceRequests[1]], [colleague, aliceRequests[0]], [organiser, bobRequest], [admin, bobRequest]] as const) {
      await test.api.ok(GET, { id }, reader.token);
    }
    await test.db.query(
      `INSERT INTO audit_log (actor_id, action, subject_type, subject_id, detail, at) VALUES ($1, 'PROMOTE_AMBASSADOR', 'person', $2, '{"neighbourhoodId":"n"}', now() - interval '10 days')`,
      [admin.id, alice.id],
    );
  });
  afterAll(() => test.close());

  const log = async (variables: Record<string, unknown> = {}) => (await test.api.ok<Page>(LOG, variables, admin.token)).auditLog;

  it('is for ADMIN only', async () => {
    expect(errorCode(await test.api.request(LOG, {}))).toBe('UNAUTHENTICATED');
    expect(errorCode(await test.api.request(LOG, {}, organiser.token))).toBe('FORBIDDEN');
    expect(errorCode(await test.api.request(LOG, {}, alice.token))).toBe('FORBIDDEN');
  });

  it('lists every entry newest first, with its actor and details', async () => {
    const all = await log();
    expect(all.totalCount).toBe(6);
    expect(all.items.map((e) => [e.actor?.id, e.subjectId])).toEqual([
      [admin.id, bobRequest],
      [organiser.id, bobRequest],
      [colleague.id, aliceRequests[0]],
      [organiser.id, aliceRequests[1]],
      [organiser.id, aliceRequests[0]],
      [admin.id, alice.id],
    ]);
    expect(JSON.parse(all.items[0]?.detail as string)).toEqual({ as: 'ADMIN' });
    expect(all.items[0]?.actorRef).toEqual(expect.any(String));
    const times = all.items.map((e) => new Date(e.at).getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it('filters by the person an entry is about (them or their requests), by reader, by kind and by dates', async () => {
    const aboutAlice = await log({ personId: alice.id });
    expect(aboutAlice.totalCount).toBe(4);
    expect(new Set(aboutAlice.items.map((e) => e.subjectId))).toEqual(new Set([...aliceRequests, alice.id]));

    const byOrganiser = await log({ readerId: organiser.id });
    expect(byOrganiser.items.map((e) => e.subjectId)).toEqual([bobRequest, aliceRequests[1], aliceRequests[0]]);

    expect((await log({ personId: alice.id, readerId: organiser.id })).totalCount).toBe(2);
    expect((await log({ action: 'PROMOTE_AMBASSADOR' })).items.map((e) => e.subjectId)).toEqual([alice.id]);
    expect((await log({ action: 'READ_ADDRESS' })).totalCount).toBe(5);

    const fiveDaysAgo = new Date(Date.now() - 5 * 86_400_000).toISOString();
    expect((await log({ to: fiveDaysAgo })).items.map((e) => e.action)).toEqual(['PROMOTE_AMBASSADOR']);
    expect((await log({ from: fiveDaysAgo })).totalCount).toBe(5);
    expect((await log({ readerId: bob.id })).totalCount).toBe(0);
  });

  it('pages with first and offset, counting all that match', async () => {
    const all = (await log()).items.map((e) => e.id);
    const first = await log({ first: 2 });
    const second = await log({ first: 2, offset: 2 });
    const past = await log({ first: 2, offset: 10 });
    expect([first.totalCount, second.totalCount, past.totalCount]).toEqual([6, 6, 6]);
    expect([...first.items, ...second.items].map((e) => e.id)).toEqual(all.slice(0, 4));
    expect(past.items).toEqual([]);
  });

  it('refuses bad paging, dates the wrong way round and ids that are not ids, changing nothing', async () => {
    const before = (await log()).totalCount;
    for (const variables of [{ first: 0 }, { first: 1000 }, { offset: -1 }, { from: new Date().toISOString(), to: new Date(Date.now() - 1000).toISOString() }, { personId: 'nope' }]) {
      expect(errorCode(await test.api.request(LOG, variables, admin.token))).toBe('BAD_USER_INPUT');
    }
    expect((await log()).totalCount).toBe(before);
  });
});
