import { setTimeout as sleep } from 'node:timers/promises';
import { errorCode } from './support/graphql-client';
import { ACCEPT, COMPLETE, GET, makeOrganiser, postRequest, signUpVolunteer } from './support/help-request-fixtures';
import { subscribe } from './support/live-client';
import { rerunMigration } from './support/migration-fixtures';
import type { SignedUp } from './support/people-fixtures';
import { MARAIS, makeAdmin, signUp } from './support/people-fixtures';
import { importParis, neighbourhoodIdsByName } from './support/paris-fixtures';
import type { TestApp } from './support/test-app';
import { startTestApp } from './support/test-app';

const READS = `query { myAddressReads { reader { id displayName email roles } readerRole request { id address } at } }`;
const TASKS = `query { myTasks { items { id address location { lat } } } }`;
const NEARBY = `query { nearbyHelpRequests { id address location { lat } } }`;
const WATCH = `subscription Watch($id: ID) { helpRequestChanged(id: $id) { id status address } }`;

interface Read {
  reader: { id: string; displayName: string; email: string | null; roles: string[] };
  readerRole: string;
  request: { id: string; address: string | null };
  at: string;
}

/** A requester sees who read the exact address of their requests: organisers, admins, their volunteer. */
describe('who read my address', () => {
  let test: TestApp;
  let resident: SignedUp;
  let organiser: SignedUp;
  let admin: SignedUp;
  let volunteer: SignedUp;

  beforeAll(async () => {
    test = await startTestApp();
    await importParis(test, [3]);
    const ids = await neighbourhoodIdsByName(test);
    resident = await signUp(test.api, { displayName: 'Jeanne Résidente' });
    organiser = await makeOrganiser(test.api, test.db, [ids['Enfants-Rouges'] as string]);
    await test.db.query(`UPDATE person SET display_name = 'Olivier Orga' WHERE id = $1`, [organiser.id]);
    admin = await makeAdmin(test.api, test.db);
    volunteer = await signUpVolunteer(test.api, { displayName: 'Valérie Bénévole', location: { lat: MARAIS.lat, lng: MARAIS.lng + 0.002 } });
  });
  afterAll(() => test.close());

  const readsOf = async (person: SignedUp): Promise<Read[]> => (await test.api.ok<{ myAddressReads: Read[] }>(READS, {}, person.token)).myAddressReads;
  const auditRows = async (requestId: string): Promise<{ actor_id: string; as: string }[]> =>
    test.db.query(`SELECT actor_id, detail->>'as' AS as FROM audit_log WHERE action = 'READ_ADDRESS' AND subject_id = $1 ORDER BY id`, [requestId]);

  it("lists an organiser's, an admin's and the assignee's reads, with name, role and time, and not the requester's own", async () => {
    const posted = await postRequest(test.api, resident.token);
    const before = Date.now();
    await test.api.ok(GET, { id: posted.id }, resident.token);
    await test.api.ok(GET, { id: posted.id }, organiser.token);
    await test.api.ok(GET, { id: posted.id }, admin.token);
    await test.api.ok(ACCEPT, { id: posted.id }, volunteer.token);
    const tasks = await test.api.ok<{ myTasks: { items: { id: string; address: string }[] } }>(TASKS, {}, volunteer.token);
    expect(tasks.myTasks.items.find((t) => t.id === posted.id)?.address).toBe('12 rue de Bretagne, 75003 Paris');

    const reads = await readsOf(resident);
    expect(reads.map((r) => [r.reader.displayName, r.readerRole, r.request.id])).toEqual([
      ['Valérie Bénévole', 'VOLUNTEER', posted.id],
      [expect.any(String), 'ADMIN', posted.id],
      ['Olivier Orga', 'ORGANISER', posted.id],
    ]);
    expect(reads.map((r) => r.reader.id)).not.toContain(resident.id);
    for (const read of reads) {
      // Nothing private of the reader: no e-mail, no organiser or admin role among their roles.
      expect(read.reader.email).toBeNull();
      expect(read.reader.roles.every((role) => role === 'RESIDENT' || role === 'VOLUNTEER')).toBe(true);
      expect(new Date(read.at).getTime()).toBeGreaterThanOrEqual(before - 1000);
    }
    expect(await auditRows(posted.id)).toEqual([
      { actor_id: organiser.id, as: 'ORGANISER' },
      { actor_id: admin.id, as: 'ADMIN' },
      // ACCEPT returns no address; myTasks does.
      { actor_id: volunteer.id, as: 'VOLUNTEER' },
    ]);
  });

  it('records the assignee once a day however often they open their tasks, and shows an organiser once a day', async () => {
    const posted = await postRequest(test.api, resident.token);
    await test.api.ok(ACCEPT, { id: posted.id }, volunteer.token);
    for (let i = 0; i < 3; i++) await test.api.ok(TASKS, {}, volunteer.token);
    await test.api.ok(GET, { id: posted.id }, volunteer.token);
    await test.api.ok(GET, { id: posted.id }, organiser.token);
    await test.api.ok(GET, { id: posted.id }, organiser.token);
    expect((await auditRows(posted.id)).map((r) => r.as)).toEqual(['VOLUNTEER', 'ORGANISER', 'ORGANISER']);
    const mine = (await readsOf(resident)).filter((r) => r.request.id === posted.id);
    expect(mine.map((r) => r.readerRole)).toEqual(['ORGANISER', 'VOLUNTEER']);
    // A read on an earlier day is a line of its own.
    await test.db.query(`UPDATE audit_log SET at = at - interval '2 days' WHERE subject_id = $1 AND actor_id = $2`, [posted.id, volunteer.id]);
    await test.api.ok(TASKS, {}, volunteer.token);
    expect((await auditRows(posted.id)).map((r) => r.as)).toEqual(['VOLUNTEER', 'ORGANISER', 'ORGANISER', 'VOLUNTEER']);
    expect((await readsOf(resident)).filter((r) => r.request.id === posted.id).map((r) => r.readerRole)).toEqual(['VOLUNTEER', 'ORGANISER', 'VOLUNTEER']);
  });

  it('shows each caller the reads of their own requests only', async () => {
    const neighbour = await signUp(test.api);
    const theirs = await postRequest(test.api, neighbour.token);
    await test.api.ok(GET, { id: theirs.id }, organiser.token);
    expect((await readsOf(neighbour)).map((r) => r.request.id)).toEqual([theirs.id]);
    expect((await readsOf(resident)).map((r) => r.request.id)).not.toContain(theirs.id);
    expect(await readsOf(organiser)).toEqual([]);
    expect(await readsOf(volunteer)).toEqual([]);
    expect(errorCode(await test.api.request(READS, {}))).toBe('UNAUTHENTICATED');
  });

  it('records nothing when a volunteer reads the feed, which shows no address', async () => {
    const posted = await postRequest(test.api, resident.token);
    const feed = await test.api.ok<{ nearbyHelpRequests: { id: string; address: string | null }[] }>(NEARBY, {}, volunteer.token);
    expect(feed.nearbyHelpRequests.find((r) => r.id === posted.id)).toMatchObject({ address: null });
    expect(await auditRows(posted.id)).toEqual([]);
  });

  it('records each event a subscribed organiser receives with the address, not only the first', async () => {
    const posted = await postRequest(test.api, resident.token);
    type Event = { helpRequestChanged: { id: string; status: string; address: string | null } };
    const watch = await subscribe<Event>(test.baseUrl, organiser.token, WATCH, { id: posted.id });
    try {
      await test.api.ok(ACCEPT, { id: posted.id }, volunteer.token);
      expect((await watch.next()).helpRequestChanged).toMatchObject({ status: 'ASSIGNED', address: '12 rue de Bretagne, 75003 Paris' });
      await test.api.ok(COMPLETE, { id: posted.id }, volunteer.token);
      expect((await watch.next()).helpRequestChanged).toMatchObject({ status: 'DONE', address: '12 rue de Bretagne, 75003 Paris' });
    } finally {
      await watch.close();
    }
    await sleep(50);
    expect((await auditRows(posted.id)).map((r) => r.actor_id)).toEqual([organiser.id, organiser.id]);
  });

  it('gives address reads written before roles were recorded the role they were made under', async () => {
    const posted = await postRequest(test.api, resident.token);
    await test.api.ok(GET, { id: posted.id }, organiser.token);
    await test.api.ok(GET, { id: posted.id }, admin.token);
    await test.db.query(`UPDATE audit_log SET detail = NULL WHERE subject_id = $1`, [posted.id]);
    await rerunMigration(test, 'AuditLogReading1765800000000');
    expect((await auditRows(posted.id)).map((r) => r.as)).toEqual(['ORGANISER', 'ADMIN']);
  });
});
