import { Role } from '@relais/domain-people';
import { ENDORSING_LIMITS, GIVING_BACK_LIMITS, POSTING_LIMITS, TAKING_LIMITS } from '@relais/server-help-requests';
import type { GraphQLResult } from './support/graphql-client';
import { ACCEPT, ASSIGN, COMPLETE, ENDORSE, GIVE_BACK, POST, makeOrganiser, postRequest, signUpVolunteer } from './support/help-request-fixtures';
import { importParis } from './support/paris-fixtures';
import { MARAIS, signUp } from './support/people-fixtures';
import type { SignedUp } from './support/people-fixtures';
import type { TestApp } from './support/test-app';
import { startTestApp } from './support/test-app';

const [HOURLY, DAILY] = [0, 1];
const post = (test: TestApp, token: string) =>
  test.api.request(POST, { input: { category: 'ERRANDS', description: 'Courses pour la semaine', location: MARAIS, address: '12 rue de Bretagne' } }, token);

function expectRefused(result: GraphQLResult<unknown>): void {
  expect(result.data ?? null).toBeNull();
  expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: expect.any(Number) });
}

describe('flood limits per account', () => {
  let test: TestApp;

  beforeAll(async () => {
    test = await startTestApp();
    await importParis(test, [3]);
  });
  afterAll(() => test.close());

  const rowsBy = async (table: string, column: string, id: string) =>
    Number((await test.db.query(`SELECT count(*) AS n FROM ${table} WHERE ${column} = $1`, [id]))[0].n);

  /** As if an hour and a minute had passed for everything the account did so far. */
  const anHourLater = (table: string, column: string, id: string) =>
    test.db.query(`UPDATE ${table} SET created_at = created_at - interval '61 minutes' WHERE ${column} = $1`, [id]);

  it('refuses a resident the post past the hourly limit, with a retry-after, whatever the parallelism', async () => {
    const resident = await signUp(test.api);
    const { max } = POSTING_LIMITS.own[HOURLY]!;
    const results = await Promise.all(Array.from({ length: max + 5 }, () => post(test, resident.token)));
    expect(results.filter((r) => !r.errors).length).toBe(max);
    for (const refused of results.filter((r) => r.errors)) expectRefused(refused);
    expect(await rowsBy('help_request', 'posted_by_id', resident.id)).toBe(max);
    const retryAfter = Number(results.find((r) => r.errors)?.errors?.[0]?.extensions?.['retryAfterSeconds']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(POSTING_LIMITS.own[HOURLY]!.windowSeconds);
    await anHourLater('help_request', 'posted_by_id', resident.id);
    await postRequest(test.api, resident.token);
  });

  it('refuses a resident the post past the daily limit, spread over hours', async () => {
    const resident = await signUp(test.api);
    const { max } = POSTING_LIMITS.own[DAILY]!;
    const hourly = POSTING_LIMITS.own[HOURLY]!.max;
    for (let posted = 0; posted < max; posted++) {
      if (posted > 0 && posted % hourly === 0) await anHourLater('help_request', 'posted_by_id', resident.id);
      await postRequest(test.api, resident.token);
    }
    await anHourLater('help_request', 'posted_by_id', resident.id);
    expectRefused(await post(test, resident.token));
  });

  it('gives an organiser posting for residents a larger allowance', async () => {
    const ids: { id: string }[] = await test.db.query(`SELECT id FROM neighbourhood`);
    const organiser = await makeOrganiser(test.api, test.db, ids.map((row) => row.id));
    for (let i = 0; i <= POSTING_LIMITS.own[HOURLY]!.max; i++) await postRequest(test.api, organiser.token);
  });

  it('refuses an endorsement past the hourly and the daily limits', async () => {
    const endorser = await signUp(test.api, { role: Role.RESIDENT });
    const { max: hourly } = ENDORSING_LIMITS[HOURLY]!;
    const { max: daily } = ENDORSING_LIMITS[DAILY]!;
    const volunteers: SignedUp[] = [];
    for (let i = 0; i <= daily; i++) volunteers.push(await signUpVolunteer(test.api));
    const endorse = (volunteer: SignedUp) => test.api.request(ENDORSE, { personId: volunteer.id }, endorser.token);
    const burst = await Promise.all(volunteers.slice(0, hourly + 3).map(endorse));
    expect(burst.filter((r) => !r.errors).length).toBe(hourly);
    for (const refused of burst.filter((r) => r.errors)) expectRefused(refused);
    const pending = volunteers.filter((_, i) => i >= burst.length || burst[i]?.errors);
    for (let done = hourly; done < daily; done++) {
      if (done % hourly === 0) await anHourLater('endorsement', 'endorser_id', endorser.id);
      expect((await endorse(pending.shift()!)).errors).toBeUndefined();
    }
    await anHourLater('endorsement', 'endorser_id', endorser.id);
    expectRefused(await endorse(pending.shift()!));
    expect(await rowsBy('endorsement', 'endorser_id', endorser.id)).toBe(daily);
  });

  describe('taking, which shows an address', () => {
    /** As if a day and a minute, or a week and a minute, had passed for the volunteer's history. */
    const later = (volunteerId: string, interval: string) =>
      test.db.query(`UPDATE help_request_event SET at = at - $2::interval WHERE volunteer_id = $1`, [volunteerId, interval]);
    let organiser: SignedUp;
    let ids: Record<string, string>;

    beforeAll(async () => {
      ids = Object.fromEntries(((await test.db.query(`SELECT id, name FROM neighbourhood`)) as { id: string; name: string }[]).map((n) => [n.name, n.id]));
      organiser = await makeOrganiser(test.api, test.db, [ids['Enfants-Rouges'] as string]);
    });

    it('refuses a volunteer who gave back three tasks in a week another one, until a week has passed; an organiser can still assign them', async () => {
      const volunteer = await signUpVolunteer(test.api);
      const resident = await signUp(test.api);
      for (let i = 0; i < GIVING_BACK_LIMITS[0]!.max; i++) {
        const posted = await postRequest(test.api, resident.token);
        await test.api.ok(ACCEPT, { id: posted.id }, volunteer.token);
        await test.api.ok(GIVE_BACK, { id: posted.id }, volunteer.token);
      }
      const next = await postRequest(test.api, resident.token);
      expectRefused(await test.api.request(ACCEPT, { id: next.id }, volunteer.token));
      expect((await test.db.query(`SELECT status FROM help_request WHERE id = $1`, [next.id]))[0].status).toBe('OPEN');
      await test.api.ok(ASSIGN, { id: next.id, volunteerId: volunteer.id }, organiser.token);
      await later(volunteer.id, '7 days 1 minute');
      const after = await postRequest(test.api, resident.token);
      await test.api.ok(ACCEPT, { id: after.id }, volunteer.token);
    });

    it(`refuses a volunteer a ${TAKING_LIMITS[0]!.max + 1}th task taken in a day`, async () => {
      const volunteer = await signUpVolunteer(test.api);
      const organiserPosts = async () => (await test.api.ok<{ postHelpRequest: { id: string } }>(POST, { input: { category: 'ERRANDS', description: 'Courses', location: MARAIS, address: '12 rue de Bretagne' } }, organiser.token)).postHelpRequest.id;
      for (let i = 0; i < TAKING_LIMITS[0]!.max; i++) {
        const id = await organiserPosts();
        await test.api.ok(ACCEPT, { id }, volunteer.token);
        await test.api.ok(COMPLETE, { id }, volunteer.token);
      }
      const refused = await organiserPosts();
      expectRefused(await test.api.request(ACCEPT, { id: refused }, volunteer.token));
      await later(volunteer.id, '1 day 1 minute');
      await test.api.ok(ACCEPT, { id: refused }, volunteer.token);
    });
  });
});
