import { errorCode } from './support/graphql-client';
import { ACCEPT, postRequest, requestRow, signUpVolunteer } from './support/help-request-fixtures';
import type { SignedUp } from './support/people-fixtures';
import { count, signUp } from './support/people-fixtures';
import { importParis } from './support/paris-fixtures';
import type { TestApp } from './support/test-app';
import { startTestApp } from './support/test-app';

/**
 * Truly concurrent accepts: separate HTTP requests in flight at once, each served on its own
 * pooled PostgreSQL connection, so the database itself must arbitrate.
 */
describe('taking a request under concurrency', () => {
  let test: TestApp;
  let resident: SignedUp;

  beforeAll(async () => {
    test = await startTestApp({ poolSize: 20 });
    await importParis(test, [3]);
    resident = await signUp(test.api);
  });
  afterAll(() => test.close());

  it('of N concurrent accepts of one request, exactly one wins and the rest get CONFLICT', async () => {
    const volunteers = await Promise.all(Array.from({ length: 20 }, () => signUpVolunteer(test.api)));
    for (let round = 0; round < 3; round++) {
      const posted = await postRequest(test.api, resident.token);
      const results = await Promise.all(volunteers.map((v) => test.api.request<{ acceptHelpRequest: { assignee: { id: string } } }>(ACCEPT, { id: posted.id }, v.token)));
      const winners = results.filter((r) => !r.errors);
      expect(winners).toHaveLength(1);
      expect(results.filter((r) => errorCode(r) === 'CONFLICT' && r.errors?.[0]?.extensions?.['reason'] === 'ALREADY_TAKEN')).toHaveLength(volunteers.length - 1);
      const row = await requestRow(test.db, posted.id);
      expect(row.assignee_id).toBe(winners[0]?.data?.acceptHelpRequest.assignee.id);
      expect(await count(test.db, `help_request_event WHERE help_request_id = '${posted.id}' AND kind = 'ACCEPTED'`)).toBe(1);
    }
  });

  it('of K concurrent accepts by one volunteer with capacity C, exactly C win', async () => {
    const volunteer = await signUpVolunteer(test.api);
    const capacity = 3;
    await test.db.query(`UPDATE volunteer_profile SET max_active_requests = $2 WHERE person_id = $1`, [volunteer.id, capacity]);
    const requests = [];
    for (let i = 0; i < 12; i++) requests.push(await postRequest(test.api, resident.token));
    const results = await Promise.all(requests.map((r) => test.api.request(ACCEPT, { id: r.id }, volunteer.token)));
    expect(results.filter((r) => !r.errors)).toHaveLength(capacity);
    expect(results.filter((r) => errorCode(r) === 'CONFLICT' && r.errors?.[0]?.extensions?.['reason'] === 'AT_CAPACITY')).toHaveLength(requests.length - capacity);
    expect(await count(test.db, `help_request WHERE assignee_id = '${volunteer.id}' AND status = 'ASSIGNED'`)).toBe(capacity);
  });

  it('keeps every volunteer’s count of held requests equal to what they hold, whatever moved', async () => {
    const drift = await test.db.query(
      `SELECT v.person_id FROM volunteer_profile v
       WHERE v.active_requests <> (SELECT count(*) FROM help_request h WHERE h.assignee_id = v.person_id AND h.status = 'ASSIGNED')`,
    );
    expect(await count(test.db, 'volunteer_profile WHERE active_requests > 0')).toBeGreaterThan(0);
    expect(drift).toEqual([]);
  });
});
