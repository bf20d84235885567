import { errorCode } from './support/graphql-client';
import { ACCEPT, makeOrganiser, postRequest, signUpVolunteer } from './support/help-request-fixtures';
import type { SignedUp } from './support/people-fixtures';
import { MARAIS, count, makeAdmin, signUp } from './support/people-fixtures';
import { importParis, neighbourhoodIdsByName } from './support/paris-fixtures';
import type { TestApp } from './support/test-app';
import { startTestApp } from './support/test-app';

const CANDIDATES = `
  query Candidates($requestId: ID!, $first: Int) {
    matchCandidates(requestId: $requestId, first: $first) {
      score distanceMeters volunteer { id displayName } components { name value weight }
    }
  }`;
const NEARBY = `query Nearby($first: Int) { nearbyHelpRequests(first: $first) { id status address location { lat } } }`;
const NEARBY_MATCHES = `query NearbyMatches { nearbyHelpRequestMatches { score distanceMeters helpRequest { id } } }`;
const PREVIEW = `
  query Preview($id: ID!) { autoAssignPreview(neighbourhoodId: $id) { totalScore greedyTotalScore unmatched pairs { score helpRequest { id } volunteer { id } } } }`;
const AUTO_ASSIGN = `mutation Auto($id: ID!) { autoAssign(neighbourhoodId: $id) { id status assignee { id } } }`;
const WEIGHTS = `mutation Weights($input: MatchWeightsInput!) { updateMatchWeights(input: $input) { proximity rating fairness } }`;
const QUEUE = `
  query Queue($id: ID!, $status: HelpRequestStatus, $category: HelpCategory, $unmatchedForHours: Int, $first: Int) {
    helpRequestQueue(neighbourhoodId: $id, status: $status, category: $category, unmatchedForHours: $unmatchedForHours, first: $first) {
      totalCount items { id status category }
    }
  }`;
const MINE = `query Mine { myHelpRequests { totalCount items { id } } myTasks { totalCount items { id } } }`;

interface Candidate {
  score: number;
  distanceMeters: number;
  volunteer: { id: string };
  components: { name: string; value: number; weight: number }[];
}

/** Moves a point east by about `meters`. */
const east = (meters: number) => ({ lat: MARAIS.lat, lng: MARAIS.lng + meters / 73_000 });

describe('matching: ranked candidates, the volunteer feed, optimal auto-assignment, weights', () => {
  let test: TestApp;
  let ids: Record<string, string>;
  let resident: SignedUp;
  let organiser: SignedUp;
  let elsewhereOrganiser: SignedUp;
  let admin: SignedUp;
  let near: SignedUp;
  let middle: SignedUp;
  let far: SignedUp;
  let paused: SignedUp;
  let full: SignedUp;
  let tutor: SignedUp;

  beforeAll(async () => {
    test = await startTestApp();
    await importParis(test, [3, 4, 11]);
    ids = await neighbourhoodIdsByName(test);
    resident = await signUp(test.api);
    organiser = await makeOrganiser(test.api, test.db, [ids['Enfants-Rouges'] as string]);
    elsewhereOrganiser = await makeOrganiser(test.api, test.db, [ids['Sainte-Marguerite'] as string]);
    admin = await makeAdmin(test.api, test.db);
    near = await signUpVolunteer(test.api, { location: east(100) });
    middle = await signUpVolunteer(test.api, { location: east(600) });
    far = await signUpVolunteer(test.api, { location: east(2500) }); // beyond the default 2 km radius
    paused = await signUpVolunteer(test.api, { location: east(50) });
    full = await signUpVolunteer(test.api, { location: east(50) });
    tutor = await signUpVolunteer(test.api, { location: east(50), skills: ['HOMEWORK'] });
    await test.db.query(`UPDATE volunteer_profile SET active = false WHERE person_id = $1`, [paused.id]);
    await test.db.query(`UPDATE volunteer_profile SET max_active_requests = 1 WHERE person_id = $1`, [full.id]);
    const taken = await postRequest(test.api, resident.token);
    await test.api.ok(ACCEPT, { id: taken.id }, full.token);
  });
  afterAll(() => test.close());

  describe('matchCandidates', () => {
    it('ranks only volunteers who pass the hard filters, best first, each score explained', async () => {
      const posted = await postRequest(test.api, resident.token);
      const data = await test.api.ok<{ matchCandidates: Candidate[] }>(CANDIDATES, { requestId: posted.id, first: 20 }, organiser.token);
      const candidates = data.matchCandidates;
      expect(candidates.map((c) => c.volunteer.id)).toEqual([near.id, middle.id]);
      // Beyond reach, paused, full, or not offering errands: never candidates.
      for (const excluded of [far, paused, full, tutor]) expect(candidates.map((c) => c.volunteer.id)).not.toContain(excluded.id);
      for (const candidate of candidates) {
        expect(candidate.components.map((c) => c.name)).toEqual([
          'proximity', 'availability', 'reliability', 'rating', 'load', 'sameNeighbourhood', 'language', 'continuity', 'fairness',
        ]);
        for (const component of candidate.components) {
          expect(component.value).toBeGreaterThanOrEqual(0);
          expect(component.value).toBeLessThanOrEqual(1);
        }
        expect(candidate.components.reduce((sum, c) => sum + c.weight, 0)).toBeCloseTo(1, 9);
        expect(candidate.score).toBeCloseTo(candidate.components.reduce((sum, c) => sum + c.value * c.weight, 0), 9);
      }
      expect(candidates[0]?.score).toBeGreaterThanOrEqual(candidates[1]?.score ?? 1);
      expect(candidates[0]?.distanceMeters).toBeLessThan(candidates[1]?.distanceMeters ?? 0);
    });

    it('matches homework to tutors only', async () => {
      const posted = await postRequest(test.api, resident.token, { category: 'HOMEWORK', subject: 'maths' });
      const data = await test.api.ok<{ matchCandidates: Candidate[] }>(CANDIDATES, { requestId: posted.id }, organiser.token);
      expect(data.matchCandidates.map((c) => c.volunteer.id)).toEqual(expect.arrayContaining([tutor.id, near.id, middle.id]));
      const errands = await postRequest(test.api, resident.token);
      const errandCandidates = await test.api.ok<{ matchCandidates: Candidate[] }>(CANDIDATES, { requestId: errands.id }, organiser.token);
      expect(errandCandidates.matchCandidates.map((c) => c.volunteer.id)).not.toContain(tutor.id);
    });

    it('is for organisers of the neighbourhood and admins only', async () => {
      const posted = await postRequest(test.api, resident.token);
      expect((await test.api.ok<{ matchCandidates: Candidate[] }>(CANDIDATES, { requestId: posted.id }, admin.token)).matchCandidates).toHaveLength(2);
      expect(errorCode(await test.api.request(CANDIDATES, { requestId: posted.id }, near.token))).toBe('FORBIDDEN');
      expect(errorCode(await test.api.request(CANDIDATES, { requestId: posted.id }, elsewhereOrganiser.token))).toBe('NOT_FOUND');
      expect(errorCode(await test.api.request(CANDIDATES, { requestId: posted.id }))).toBe('UNAUTHENTICATED');
      expect(errorCode(await test.api.request(CANDIDATES, { requestId: posted.id, first: 0 }, organiser.token))).toBe('BAD_USER_INPUT');
    });

    it('follows the weights an admin sets, and audits the change', async () => {
      const posted = await postRequest(test.api, resident.token);
      const before = await count(test.db, `audit_log WHERE action = 'UPDATE_SETTING'`);
      expect(errorCode(await test.api.request(WEIGHTS, { input: { proximity: 1 } }, organiser.token))).toBe('FORBIDDEN');
      const refused = await test.api.request(WEIGHTS, { input: { proximity: -1, rating: Number.MAX_VALUE } }, admin.token);
      expect(errorCode(refused)).toBe('BAD_USER_INPUT');
      expect(await count(test.db, `audit_log WHERE action = 'UPDATE_SETTING'`)).toBe(before);

      const zero = { availability: 0, reliability: 0, rating: 0, load: 0, sameNeighbourhood: 0, language: 0, continuity: 0, fairness: 0 };
      await test.api.ok(WEIGHTS, { input: { ...zero, proximity: 1 } }, admin.token);
      expect(await count(test.db, `audit_log WHERE action = 'UPDATE_SETTING'`)).toBe(before + 1);
      const data = await test.api.ok<{ matchCandidates: Candidate[] }>(CANDIDATES, { requestId: posted.id }, organiser.token);
      for (const candidate of data.matchCandidates) {
        expect(candidate.score).toBeCloseTo(1 / (1 + candidate.distanceMeters / 500), 6);
      }
      const restored = { proximity: 0.25, availability: 0.1, reliability: 0.15, rating: 0.15, load: 0.1, sameNeighbourhood: 0.05, language: 0.05, continuity: 0.05, fairness: 0.1 };
      await test.api.ok(WEIGHTS, { input: restored }, admin.token);
    });
  });

  describe('nearbyHelpRequests', () => {
    it('gives a volunteer the OPEN requests within reach, best first, without the exact place', async () => {
      const mine = await postRequest(test.api, resident.token);
      const away = await postRequest(test.api, resident.token, { location: { lat: 48.8535, lng: 2.3895 } });
      const data = await test.api.ok<{ nearbyHelpRequests: { id: string; status: string; address: string | null; location: unknown }[] }>(
        NEARBY,
        { first: 100 },
        near.token,
      );
      const seen = data.nearbyHelpRequests.map((r) => r.id);
      expect(seen).toContain(mine.id);
      expect(seen).not.toContain(away.id);
      for (const request of data.nearbyHelpRequests) expect(request).toMatchObject({ status: 'OPEN', address: null, location: null });

      const matches = await test.api.ok<{ nearbyHelpRequestMatches: { score: number; distanceMeters: number }[] }>(NEARBY_MATCHES, {}, near.token);
      const scores = matches.nearbyHelpRequestMatches.map((m) => m.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      for (const match of matches.nearbyHelpRequestMatches) expect(match.distanceMeters % 100).toBe(0);
    });

    it('is empty for a paused volunteer and refused to a resident', async () => {
      await postRequest(test.api, resident.token);
      expect((await test.api.ok<{ nearbyHelpRequests: unknown[] }>(NEARBY, {}, paused.token)).nearbyHelpRequests).toEqual([]);
      expect(errorCode(await test.api.request(NEARBY, {}, resident.token))).toBe('FORBIDDEN');
    });
  });

  describe('autoAssign', () => {
    it('previews optimal pairs, then makes them within every capacity', async () => {
      for (let i = 0; i < 4; i++) await postRequest(test.api, resident.token, { location: east(20 * i) });
      const preview = await test.api.ok<{
        autoAssignPreview: { totalScore: number; greedyTotalScore: number; unmatched: number; pairs: { score: number; helpRequest: { id: string }; volunteer: { id: string } }[] };
      }>(PREVIEW, { id: ids['Enfants-Rouges'] }, organiser.token);
      const plan = preview.autoAssignPreview;
      expect(plan.pairs.length).toBeGreaterThan(0);
      expect(plan.totalScore).toBeGreaterThanOrEqual(plan.greedyTotalScore - 1e-9);
      expect(plan.totalScore).toBeCloseTo(plan.pairs.reduce((sum, p) => sum + p.score, 0), 9);
      expect(errorCode(await test.api.request(AUTO_ASSIGN, { id: ids['Enfants-Rouges'] }, elsewhereOrganiser.token))).toBe('FORBIDDEN');

      const data = await test.api.ok<{ autoAssign: { id: string; status: string; assignee: { id: string } }[] }>(AUTO_ASSIGN, { id: ids['Enfants-Rouges'] }, organiser.token);
      expect(data.autoAssign.map((r) => `${r.id}>${r.assignee.id}`).sort()).toEqual(plan.pairs.map((p) => `${p.helpRequest.id}>${p.volunteer.id}`).sort());
      const over = await test.db.query(
        `SELECT v.person_id FROM volunteer_profile v
         WHERE (SELECT count(*) FROM help_request h WHERE h.assignee_id = v.person_id AND h.status = 'ASSIGNED') > v.max_active_requests`,
      );
      expect(over).toEqual([]);
      expect(await count(test.db, `help_request_event WHERE kind = 'AUTO_ASSIGNED' AND actor_id = '${organiser.id}'`)).toBe(data.autoAssign.length);
    });
  });

  describe('lists', () => {
    it("gives an organiser their neighbourhood's queue, unmatched first, with filters", async () => {
      const data = await test.api.ok<{ helpRequestQueue: { totalCount: number; items: { status: string; category: string }[] } }>(
        QUEUE,
        { id: ids['Enfants-Rouges'], first: 100 },
        organiser.token,
      );
      const statuses = data.helpRequestQueue.items.map((i) => i.status);
      expect(statuses.indexOf('ASSIGNED')).toBeGreaterThan(statuses.lastIndexOf('OPEN'));
      const homework = await test.api.ok<{ helpRequestQueue: { items: { category: string }[] } }>(
        QUEUE,
        { id: ids['Enfants-Rouges'], category: 'HOMEWORK' },
        organiser.token,
      );
      expect(homework.helpRequestQueue.items.map((i) => i.category)).toEqual(['HOMEWORK']);
      const stale = await test.api.ok<{ helpRequestQueue: { totalCount: number } }>(QUEUE, { id: ids['Enfants-Rouges'], unmatchedForHours: 2 }, organiser.token);
      expect(stale.helpRequestQueue.totalCount).toBe(0);
      expect(errorCode(await test.api.request(QUEUE, { id: ids['Enfants-Rouges'] }, elsewhereOrganiser.token))).toBe('FORBIDDEN');
      expect(errorCode(await test.api.request(QUEUE, { id: ids['Enfants-Rouges'], first: 1000 }, organiser.token))).toBe('BAD_USER_INPUT');
    });

    it("gives each person their own requests and tasks", async () => {
      const data = await test.api.ok<{ myHelpRequests: { totalCount: number }; myTasks: { totalCount: number; items: { id: string }[] } }>(MINE, {}, full.token);
      expect(data.myHelpRequests.totalCount).toBe(0);
      expect(data.myTasks.totalCount).toBeGreaterThanOrEqual(1);
      const residentLists = await test.api.ok<{ myHelpRequests: { totalCount: number }; myTasks: { totalCount: number } }>(MINE, {}, resident.token);
      expect(residentLists.myHelpRequests.totalCount).toBe(await count(test.db, `help_request WHERE requester_id = '${resident.id}'`));
      expect(residentLists.myTasks.totalCount).toBe(0);
    });
  });
});
