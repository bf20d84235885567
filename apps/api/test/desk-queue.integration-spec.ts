import { setTimeout as sleep } from 'node:timers/promises';
import { errorCode } from './support/graphql-client';
import { ACCEPT, CANCEL, POST, makeOrganiser, signUpVolunteer } from './support/help-request-fixtures';
import { subscribe } from './support/live-client';
import type { SignedUp } from './support/people-fixtures';
import { MARAIS, makeAdmin, signUp } from './support/people-fixtures';
import { importParis } from './support/paris-fixtures';
import type { TestApp } from './support/test-app';
import { startTestApp } from './support/test-app';

// The organiser's desk: one queue for all their quartiers, scoped in SQL, and live.

const DESK = `
  query Desk($neighbourhoodId: ID, $statuses: [HelpRequestStatus!], $first: Int, $offset: Int) {
    deskQueue(neighbourhoodId: $neighbourhoodId, statuses: $statuses, first: $first, offset: $offset) {
      totalCount items { id status createdAt address neighbourhood { id } }
    }
  }`;
const QUEUE_CHANGED = `subscription Q($neighbourhoodId: ID) { queueChanged(neighbourhoodId: $neighbourhoodId) { id status address neighbourhood { id } } }`;
const CLOSED = `subscription { nearbyHelpRequestClosed }`;
const REVOKE = `mutation Revoke($personId: ID!, $ids: [ID!]!) { revokeOrganiser(personId: $personId, neighbourhoodIds: $ids) { id } }`;

interface Row {
  id: string;
  status: string;
  createdAt: string;
  address: string | null;
  neighbourhood: { id: string } | null;
}
type DeskData = { deskQueue: { totalCount: number; items: Row[] } };
type QueueEvent = { queueChanged: Row | null };
type ClosedEvent = { nearbyHelpRequestClosed: string };

/** Three places near the Marais, each in a quartier of its own (3e and 4e arrondissements). */
const PLACES = {
  a: MARAIS,
  b: { lat: 48.8665, lng: 2.3555 },
  c: { lat: 48.851, lng: 2.364 },
};

describe("the organiser's desk: every quartier they organise, and only those", () => {
  let test: TestApp;
  let resident: SignedUp;
  let volunteer: SignedUp;
  let quartier: Record<keyof typeof PLACES, string>;
  let twoQuartiers: SignedUp;
  let otherOrganiser: SignedUp;
  let admin: SignedUp;

  const post = async (where: keyof typeof PLACES, description = `Courses (${where})`): Promise<Row> => {
    const data = await test.api.ok<{ postHelpRequest: Row }>(
      POST,
      { input: { category: 'ERRANDS', description, location: PLACES[where], address: '3 rue Charlot' } },
      resident.token,
    );
    return data.postHelpRequest;
  };
  const desk = (token: string, variables: Record<string, unknown> = {}) => test.api.ok<DeskData>(DESK, { first: 100, ...variables }, token);

  beforeAll(async () => {
    test = await startTestApp();
    await importParis(test, [3, 4]);
    resident = await signUp(test.api);
    volunteer = await signUpVolunteer(test.api);
    const first = { a: await post('a'), b: await post('b'), c: await post('c') };
    quartier = { a: first.a.neighbourhood?.id ?? '', b: first.b.neighbourhood?.id ?? '', c: first.c.neighbourhood?.id ?? '' };
    expect(new Set(Object.values(quartier)).size).toBe(3);
    twoQuartiers = await makeOrganiser(test.api, test.db, [quartier.a, quartier.b]);
    otherOrganiser = await makeOrganiser(test.api, test.db, [quartier.c]);
    admin = await makeAdmin(test.api, test.db);
    for (const where of ['a', 'a', 'b', 'c', 'c'] as const) await post(where);
  });
  afterAll(() => test.close());

  it('gives an organiser of two quartiers the rows of both, never a row of another quartier, on any page', async () => {
    const all = await desk(twoQuartiers.token);
    const theirs: { n: string }[] = await test.db.query(`SELECT count(*) AS n FROM help_request WHERE neighbourhood_id = ANY($1)`, [[quartier.a, quartier.b]]);
    expect(all.deskQueue.totalCount).toBe(Number(theirs[0]?.n));
    expect(new Set(all.deskQueue.items.map((row) => row.neighbourhood?.id))).toEqual(new Set([quartier.a, quartier.b]));
    // Page by page, the same: the scope is in the query, not applied to a page afterwards.
    const seen: string[] = [];
    for (let offset = 0; offset < all.deskQueue.totalCount + 2; offset += 2) {
      const page = await desk(twoQuartiers.token, { first: 2, offset });
      expect(page.deskQueue.items.every((row) => row.neighbourhood?.id !== quartier.c)).toBe(true);
      seen.push(...page.deskQueue.items.map((row) => row.id));
    }
    expect(seen).toEqual(all.deskQueue.items.map((row) => row.id));
    // The organiser reads the addresses of their own quartiers' requests.
    expect(all.deskQueue.items.every((row) => row.address === '3 rue Charlot')).toBe(true);

    const other = await desk(otherOrganiser.token);
    expect(new Set(other.deskQueue.items.map((row) => row.neighbourhood?.id))).toEqual(new Set([quartier.c]));
  });

  it('narrows to one of their quartiers, and refuses one they do not organise', async () => {
    const one = await desk(twoQuartiers.token, { neighbourhoodId: quartier.b });
    expect(one.deskQueue.items.length).toBeGreaterThan(0);
    expect(one.deskQueue.items.every((row) => row.neighbourhood?.id === quartier.b)).toBe(true);
    const refused = await test.api.request(DESK, { neighbourhoodId: quartier.c }, twoQuartiers.token);
    expect(errorCode(refused)).toBe('FORBIDDEN');
  });

  it('gives ADMIN the whole city, and refuses residents and volunteers', async () => {
    const city = await desk(admin.token);
    expect(new Set(city.deskQueue.items.map((row) => row.neighbourhood?.id))).toEqual(new Set(Object.values(quartier)));
    for (const caller of [resident, volunteer]) {
      expect(errorCode(await test.api.request(DESK, {}, caller.token))).toBe('FORBIDDEN');
    }
    expect(errorCode(await test.api.request(DESK, {}, null))).toBe('UNAUTHENTICATED');
  });

  it('shows what needs action when asked: unmatched first, then taken, oldest first in each, no closed ones', async () => {
    const taken = await post('a', 'Prise par le bénévole');
    await test.api.ok(ACCEPT, { id: taken.id }, volunteer.token);
    const cancelled = await post('b', 'Annulée');
    await test.api.ok(CANCEL, { id: cancelled.id }, resident.token);
    const action = await desk(twoQuartiers.token, { statuses: ['OPEN', 'ASSIGNED'] });
    const rows = action.deskQueue.items;
    expect(rows.map((row) => row.id)).toContain(taken.id);
    expect(rows.map((row) => row.id)).not.toContain(cancelled.id);
    const firstAssigned = rows.findIndex((row) => row.status === 'ASSIGNED');
    expect(rows.slice(0, firstAssigned).every((row) => row.status === 'OPEN')).toBe(true);
    expect(rows.slice(firstAssigned).every((row) => row.status === 'ASSIGNED')).toBe(true);
    const open = rows.slice(0, firstAssigned).map((row) => row.createdAt);
    expect(open).toEqual([...open].sort());
    // The other statuses are one filter away.
    const closed = await desk(twoQuartiers.token, { statuses: ['CANCELLED'] });
    expect(closed.deskQueue.items.map((row) => row.id)).toEqual([cancelled.id]);
  });

  it("tells an organiser live of their quartiers' new and changed requests, and of no other quartier's", async () => {
    const mine = await subscribe<QueueEvent>(test.baseUrl, twoQuartiers.token, QUEUE_CHANGED);
    const theirs = await subscribe<QueueEvent>(test.baseUrl, otherOrganiser.token, QUEUE_CHANGED);
    try {
      const elsewhere = await post('c', 'Ailleurs');
      const here = await post('b', 'Ici');
      const event = await mine.next();
      expect(event.queueChanged).toEqual({ id: here.id, status: 'OPEN', address: '3 rue Charlot', neighbourhood: { id: quartier.b } });
      expect((await theirs.next()).queueChanged?.id).toBe(elsewhere.id);
      await test.api.ok(ACCEPT, { id: here.id }, volunteer.token);
      expect((await mine.next()).queueChanged).toMatchObject({ id: here.id, status: 'ASSIGNED' });
      await sleep(300);
      expect(mine.pending()).toEqual([]);
      expect(theirs.pending()).toEqual([]);
    } finally {
      await mine.close();
      await theirs.close();
    }
  });

  it('refuses to follow a quartier the caller does not organise, and stops once a quartier is taken from them', async () => {
    const refused = await subscribe<QueueEvent>(test.baseUrl, twoQuartiers.token, QUEUE_CHANGED, { neighbourhoodId: quartier.c });
    await expect(refused.next()).rejects.toThrow(/FORBIDDEN/);
    await refused.close();

    const organiser = await makeOrganiser(test.api, test.db, [quartier.a, quartier.b]);
    const watch = await subscribe<QueueEvent>(test.baseUrl, organiser.token, QUEUE_CHANGED);
    try {
      await test.api.ok(REVOKE, { personId: organiser.id, ids: [quartier.a] }, admin.token);
      await post('a', 'Plus la sienne');
      const still = await post('b', 'Toujours la sienne');
      expect((await watch.next()).queueChanged?.id).toBe(still.id);
      await sleep(300);
      expect(watch.pending()).toEqual([]);
    } finally {
      await watch.close();
    }
  });
});

describe("a volunteer's feed loses a request the moment it stops being open", () => {
  let test: TestApp;
  let resident: SignedUp;
  let watcher: SignedUp;
  let taker: SignedUp;

  beforeAll(async () => {
    test = await startTestApp();
    await importParis(test, [3, 11]);
    resident = await signUp(test.api);
    watcher = await signUpVolunteer(test.api, { location: { lat: MARAIS.lat, lng: MARAIS.lng + 0.002 } });
    taker = await signUpVolunteer(test.api);
  });
  afterAll(() => test.close());

  it('tells the other volunteers near it when it is taken or cancelled, by id only, and not of one beyond their reach', async () => {
    const closed = await subscribe<ClosedEvent>(test.baseUrl, watcher.token, CLOSED);
    try {
      const post = (location: { lat: number; lng: number }) =>
        test.api.ok<{ postHelpRequest: { id: string } }>(POST, { input: { category: 'ERRANDS', description: 'Courses', location } }, resident.token);
      const taken = (await post(MARAIS)).postHelpRequest;
      await test.api.ok(ACCEPT, { id: taken.id }, taker.token);
      expect(await closed.next()).toEqual({ nearbyHelpRequestClosed: taken.id });

      const away = (await post({ lat: 48.8535, lng: 2.3895 })).postHelpRequest;
      await test.api.ok(CANCEL, { id: away.id }, resident.token);
      const cancelled = (await post(MARAIS)).postHelpRequest;
      await test.api.ok(CANCEL, { id: cancelled.id }, resident.token);
      expect(await closed.next()).toEqual({ nearbyHelpRequestClosed: cancelled.id });
      await sleep(300);
      expect(closed.pending()).toEqual([]);
    } finally {
      await closed.close();
    }
  });

  it('is for volunteers only', async () => {
    const refused = await subscribe<ClosedEvent>(test.baseUrl, resident.token, CLOSED);
    await expect(refused.next()).rejects.toThrow(/FORBIDDEN/);
    await refused.close();
  });
});
