import { ACCEPT, CANCEL, COMPLETE, THANK, makeOrganiser, postRequest, signUpVolunteer } from './support/help-request-fixtures';
import type { SignedUp } from './support/people-fixtures';
import { signUp } from './support/people-fixtures';
import { importParis, neighbourhoodIdsByName } from './support/paris-fixtures';
import type { TestApp } from './support/test-app';
import { startTestApp } from './support/test-app';

const READ = `query ($id: ID!) { helpRequest(id: $id) { id status address location { lat lng } events { kind } thanksGiven { rating } } }`;
const TASKS = `{ myTasks(first: 50) { items { id address location { lat } } } }`;

interface Read {
  helpRequest: { id: string; status: string; address: string | null; location: { lat: number; lng: number } | null; events: { kind: string }[]; thanksGiven: { rating: number } | null } | null;
}

/** The volunteer who held a request sees its exact place while they hold it and for 7 days after it closed; the others as before. */
describe('exact place of a closed request', () => {
  let test: TestApp;
  let resident: SignedUp;
  let volunteer: SignedUp;
  let organiser: SignedUp;

  beforeAll(async () => {
    test = await startTestApp();
    await importParis(test, [3]);
    const ids = await neighbourhoodIdsByName(test);
    resident = await signUp(test.api);
    volunteer = await signUpVolunteer(test.api);
    organiser = await makeOrganiser(test.api, test.db, [ids['Enfants-Rouges'] as string]);
  });
  afterAll(() => test.close());

  const read = async (id: string, token: string) => (await test.api.ok<Read>(READ, { id }, token)).helpRequest;
  const closedDaysAgo = (id: string, days: number) => test.db.query(`UPDATE help_request SET closed_at = now() - $2 * interval '1 day' WHERE id = $1`, [id, days]);

  it('hides the place of a DONE request from its volunteer 8 days after, and keeps the request, its history and the thanks theirs', async () => {
    const posted = await postRequest(test.api, resident.token);
    await test.api.ok(ACCEPT, { id: posted.id }, volunteer.token);
    const held = await read(posted.id, volunteer.token);
    expect(held?.address).toBe('12 rue de Bretagne, 75003 Paris');
    await test.api.ok(COMPLETE, { id: posted.id }, volunteer.token);
    await test.api.ok(THANK, { requestId: posted.id, rating: 5 }, resident.token);
    expect((await read(posted.id, volunteer.token))?.address).toBe('12 rue de Bretagne, 75003 Paris');

    await closedDaysAgo(posted.id, 6);
    expect((await read(posted.id, volunteer.token))?.location).not.toBeNull();

    await closedDaysAgo(posted.id, 8);
    const late = await read(posted.id, volunteer.token);
    expect(late).toMatchObject({ id: posted.id, status: 'DONE', address: null, location: null, thanksGiven: { rating: 5 } });
    expect(late?.events.map((e) => e.kind)).toEqual(['POSTED', 'ACCEPTED', 'COMPLETED']);
    const tasks = await test.api.ok<{ myTasks: { items: { id: string; address: string | null; location: unknown }[] } }>(TASKS, {}, volunteer.token);
    expect(tasks.myTasks.items.find((t) => t.id === posted.id)).toEqual({ id: posted.id, address: null, location: null });

    // The requester and the quartier's organiser still see it (until the address itself goes).
    expect((await read(posted.id, resident.token))?.address).toBe('12 rue de Bretagne, 75003 Paris');
    expect((await read(posted.id, organiser.token))?.location).toEqual(held?.location);
  });

  it('does the same for a request cancelled while the volunteer held it', async () => {
    const posted = await postRequest(test.api, resident.token);
    await test.api.ok(ACCEPT, { id: posted.id }, volunteer.token);
    await test.api.ok(CANCEL, { id: posted.id }, resident.token);
    expect((await read(posted.id, volunteer.token))?.address).toBe('12 rue de Bretagne, 75003 Paris');
    await closedDaysAgo(posted.id, 8);
    expect(await read(posted.id, volunteer.token)).toMatchObject({ status: 'CANCELLED', address: null, location: null });
  });

  it('records no read of the address once the volunteer no longer sees it', async () => {
    const posted = await postRequest(test.api, resident.token);
    await test.api.ok(ACCEPT, { id: posted.id }, volunteer.token);
    await test.api.ok(COMPLETE, { id: posted.id }, volunteer.token);
    const reads = () => test.db.query(`SELECT actor_id FROM audit_log WHERE action = 'READ_ADDRESS' AND subject_id = $1`, [posted.id]);
    await read(posted.id, volunteer.token);
    expect(await reads()).toEqual([{ actor_id: volunteer.id }]);
    await test.db.query(`DELETE FROM audit_log WHERE action = 'READ_ADDRESS' AND subject_id = $1`, [posted.id]);
    await closedDaysAgo(posted.id, 8);
    await read(posted.id, volunteer.token);
    expect(await reads()).toEqual([]);
  });
});
