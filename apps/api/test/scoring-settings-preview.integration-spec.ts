import { errorCode } from './support/graphql-client';
import type { GraphQLResult } from './support/graphql-client';
import { ASSIGN, COMPLETE, THANK, makeOrganiser, postRequest, signUpVolunteer } from './support/help-request-fixtures';
import type { SignedUp } from './support/people-fixtures';
import { MARAIS, count, makeAdmin, signUp } from './support/people-fixtures';
import { importParis, neighbourhoodIdsByName } from './support/paris-fixtures';
import type { TestApp } from './support/test-app';
import { startTestApp } from './support/test-app';

const CANDIDATE_FIELDS = `score distanceMeters volunteer { id } components { name value weight }`;
const MATCH_PREVIEW = `
  query MatchPreview($weights: MatchWeightsInput!, $id: ID!, $first: Int) {
    matchWeightsPreview(weights: $weights, neighbourhoodId: $id, first: $first) {
      current { proximity rating } edited { proximity rating } openRequests
      requests { helpRequest { id status } current { ${CANDIDATE_FIELDS} } edited { ${CANDIDATE_FIELDS} } }
    }
  }`;
const CANDIDATES = `query Candidates($requestId: ID!, $first: Int) { matchCandidates(requestId: $requestId, first: $first) { ${CANDIDATE_FIELDS} } }`;
const MATCH_WEIGHTS = `{ matchWeights { proximity availability reliability rating load sameNeighbourhood language continuity fairness } }`;
const LEADER_PREVIEW = `
  query LeaderPreview($settings: LeaderSettingsInput!, $id: ID!, $first: Int) {
    leaderSettingsPreview(settings: $settings, neighbourhoodId: $id, first: $first) {
      current { halfLifeDays weights { trust } } edited { halfLifeDays centrality weights { trust } } ranked
      rows { person { id } current { rank score } edited { rank score } }
    }
  }`;
const LEADER_SETTINGS = `{ leaderSettings { weights { activity reach trust reliability centrality } halfLifeDays centrality priors { rating { mean count } reliability { rate tasks } } } }`;
const UPDATE_LEADER_SETTINGS = `mutation Update($input: LeaderSettingsInput!) { updateLeaderSettings(input: $input) { halfLifeDays } }`;
const RANKING = `query Ranking($id: ID!, $first: Int) { leaderRanking(neighbourhoodId: $id, first: $first) { rank score person { id } } }`;
const REFRESH = `mutation Refresh($id: ID!) { refreshLeaderScores(neighbourhoodId: $id) }`;

interface Candidate {
  score: number;
  distanceMeters: number;
  volunteer: { id: string };
  components: { name: string; value: number; weight: number }[];
}
interface MatchPreview {
  current: Record<string, number>;
  edited: Record<string, number>;
  openRequests: number;
  requests: { helpRequest: { id: string; status: string }; current: Candidate[]; edited: Candidate[] }[];
}
interface Place {
  rank: number;
  score: number;
}
interface LeaderPreview {
  current: { halfLifeDays: number; weights: { trust: number } };
  edited: { halfLifeDays: number; centrality: string; weights: { trust: number } };
  ranked: number;
  rows: { person: { id: string }; current: Place; edited: Place }[];
}

/** Moves a point east by about `meters`. */
const east = (meters: number) => ({ lat: MARAIS.lat, lng: MARAIS.lng + meters / 73_000 });
/** Every match weight at zero but rating: the best rated first, wherever they live. */
const RATING_ONLY = { proximity: 0, availability: 0, reliability: 0, rating: 1, load: 0, sameNeighbourhood: 0, language: 0, continuity: 0, fairness: 0 };
const withoutFigures = (candidate: Candidate) => ({
  volunteer: candidate.volunteer.id,
  distanceMeters: candidate.distanceMeters,
  components: candidate.components.map((part) => [part.name, part.weight, part.value.toFixed(6)]),
});
const fieldsOf = (result: GraphQLResult<unknown>) => ((result.errors?.[0]?.extensions?.['fields'] ?? []) as { field: string }[]).map((f) => f.field).sort();

describe('previews of match weights and leader settings', () => {
  let test: TestApp;
  let here: string;
  let admin: SignedUp;
  let organiser: SignedUp;
  let near: SignedUp;
  let rated: SignedUp;
  let open: string[];

  async function matchPreview(weights: Record<string, unknown>, first = 3): Promise<MatchPreview> {
    return (await test.api.ok<{ matchWeightsPreview: MatchPreview }>(MATCH_PREVIEW, { weights, id: here, first }, admin.token)).matchWeightsPreview;
  }

  async function leaderPreview(settings: Record<string, unknown>, first = 10): Promise<LeaderPreview> {
    return (await test.api.ok<{ leaderSettingsPreview: LeaderPreview }>(LEADER_PREVIEW, { settings, id: here, first }, admin.token)).leaderSettingsPreview;
  }

  beforeAll(async () => {
    test = await startTestApp();
    await importParis(test, [3]);
    here = (await neighbourhoodIdsByName(test))['Enfants-Rouges'] as string;
    admin = await makeAdmin(test.api, test.db);
    organiser = await makeOrganiser(test.api, test.db, [here]);
    near = await signUpVolunteer(test.api, { location: east(100), rankingConsent: true });
    rated = await signUpVolunteer(test.api, { location: MARAIS, rankingConsent: true });
    // The farther volunteer has helped twice, thanked with five stars, the nearer once, with three.
    for (const [volunteer, rating] of [[rated, 5], [rated, 5], [near, 3]] as const) {
      const thanking = await signUp(test.api);
      const done = await postRequest(test.api, thanking.token);
      await test.api.ok(ASSIGN, { id: done.id, volunteerId: volunteer.id }, organiser.token);
      await test.api.ok(COMPLETE, { id: done.id }, volunteer.token);
      await test.api.ok(THANK, { requestId: done.id, rating }, thanking.token);
    }
    const resident = await signUp(test.api);
    // Where the nearer volunteer lives; the better rated one is 100 m away, in the same quartier.
    open = [(await postRequest(test.api, resident.token, { location: east(100) })).id, (await postRequest(test.api, resident.token, { location: east(100) })).id];
    await test.api.ok(REFRESH, { id: here }, organiser.token);
  });
  afterAll(() => test.close());

  it('are for ADMIN only', async () => {
    for (const [query, variables] of [
      [MATCH_PREVIEW, { weights: { rating: 1 }, id: here }],
      [LEADER_PREVIEW, { settings: { halfLifeDays: 30 }, id: here }],
    ] as const) {
      expect(errorCode(await test.api.request(query, variables, organiser.token))).toBe('FORBIDDEN');
      expect(errorCode(await test.api.request(query, variables, near.token))).toBe('FORBIDDEN');
      expect(errorCode(await test.api.request(query, variables))).toBe('UNAUTHENTICATED');
    }
  });

  it('refuse what the updates refuse, naming the fields, and an unknown quartier', async () => {
    const badWeights = await test.api.request(MATCH_PREVIEW, { weights: { proximity: -1, rating: 101 }, id: here }, admin.token);
    expect(errorCode(badWeights)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(badWeights)).toEqual(['proximity', 'rating']);
    const allZero = await test.api.request(MATCH_PREVIEW, { weights: { ...RATING_ONLY, rating: 0 }, id: here }, admin.token);
    expect(fieldsOf(allZero)).toEqual(['weights']);
    const badSettings = await test.api.request(LEADER_PREVIEW, { settings: { halfLifeDays: 0, weights: { reach: -1 }, priors: { rating: { mean: 6 } } }, id: here }, admin.token);
    expect(errorCode(badSettings)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(badSettings)).toEqual(['halfLifeDays', 'priors.rating.mean', 'weights.reach']);

    for (const query of [MATCH_PREVIEW, LEADER_PREVIEW]) {
      const variables = { weights: { rating: 1 }, settings: { halfLifeDays: 30 } };
      const notAnId = await test.api.request(query, { ...variables, id: 'quartier' }, admin.token);
      expect(fieldsOf(notAnId)).toEqual(['neighbourhoodId']);
      expect(errorCode(await test.api.request(query, { ...variables, id: '00000000-0000-4000-8000-000000000000' }, admin.token))).toBe('NOT_FOUND');
      expect(fieldsOf(await test.api.request(query, { ...variables, id: here, first: 0 }, admin.token))).toEqual(['first']);
    }
    expect(fieldsOf(await test.api.request(MATCH_PREVIEW, { weights: {}, id: here, first: 11 }, admin.token))).toEqual(['first']);
  });

  it('save nothing', async () => {
    const before = {
      weights: await test.api.ok(MATCH_WEIGHTS, {}, admin.token),
      settings: await test.api.ok(LEADER_SETTINGS, {}, admin.token),
      stored: await test.db.query(`SELECT key, value FROM app_setting ORDER BY key`),
      audited: await count(test.db, 'audit_log'),
      scores: await test.db.query(`SELECT person_id, rank, score, computed_at FROM leader_score ORDER BY person_id`),
    };
    await matchPreview(RATING_ONLY);
    await leaderPreview({ halfLifeDays: 7, centrality: 'LEADERRANK', weights: { trust: 90 } });
    expect(await test.api.ok(MATCH_WEIGHTS, {}, admin.token)).toEqual(before.weights);
    expect(await test.api.ok(LEADER_SETTINGS, {}, admin.token)).toEqual(before.settings);
    expect(await test.db.query(`SELECT key, value FROM app_setting ORDER BY key`)).toEqual(before.stored);
    expect(await count(test.db, 'audit_log')).toBe(before.audited);
    expect(await test.db.query(`SELECT person_id, rank, score, computed_at FROM leader_score ORDER BY person_id`)).toEqual(before.scores);
  });

  it('rank each OPEN request of the quartier as matchCandidates does, and as the edited weights would', async () => {
    const preview = await matchPreview(RATING_ONLY, 5);
    expect(preview.openRequests).toBe(2);
    expect(preview.requests.map((request) => request.helpRequest.id)).toEqual(open);
    expect(preview.edited).toMatchObject({ proximity: 0, rating: 1 });
    expect(preview.current.proximity).toBeGreaterThan(0);
    for (const request of preview.requests) {
      const live = await test.api.ok<{ matchCandidates: Candidate[] }>(CANDIDATES, { requestId: request.helpRequest.id, first: 5 }, organiser.token);
      // The same volunteers, parts and scores; fairness fades with time, so by a hair's breadth between two calls.
      expect(request.current.map(withoutFigures)).toEqual(live.matchCandidates.map(withoutFigures));
      request.current.forEach((candidate, i) => expect(candidate.score).toBeCloseTo(live.matchCandidates[i]?.score ?? NaN, 6));
      expect(request.edited.map((candidate) => candidate.volunteer.id)).toEqual([rated.id, near.id]);
      const ratingPart = request.edited[0]?.components.find((part) => part.name === 'rating');
      expect(ratingPart?.weight).toBe(1);
      expect(request.edited[0]?.score).toBeCloseTo(ratingPart?.value ?? NaN, 9);
    }
    const closest = await matchPreview({ ...RATING_ONLY, rating: 0, proximity: 1 });
    for (const request of closest.requests) expect(request.edited.map((candidate) => candidate.volunteer.id)).toEqual([near.id, rated.id]);
    // An empty edit is the weights in use: both sides alike.
    const unchanged = await matchPreview({});
    for (const request of unchanged.requests) expect(request.edited).toEqual(request.current);
  });

  it('rank the quartier as leaderRanking does, and as the edited settings would once saved', async () => {
    const preview = await leaderPreview({ weights: { activity: 0, reach: 0, trust: 0, reliability: 0, centrality: 1 }, halfLifeDays: 30 });
    expect(preview.ranked).toBe(2);
    expect(preview.edited).toMatchObject({ halfLifeDays: 30, weights: { trust: 0 } });
    const live = (await test.api.ok<{ leaderRanking: { rank: number; score: number; person: { id: string } }[] }>(RANKING, { id: here }, organiser.token)).leaderRanking;
    const current = [...preview.rows].sort((a, b) => a.current.rank - b.current.rank);
    expect(current.map((row) => [row.person.id, row.current.rank])).toEqual(live.map((row) => [row.person.id, row.rank]));
    // Computed a moment later than the stored scores, which fade with time: equal to a hair's breadth.
    current.forEach((row, i) => expect(row.current.score).toBeCloseTo(live[i]?.score ?? NaN, 6));

    const audited = await count(test.db, `audit_log WHERE action = 'UPDATE_SETTING' AND subject_id = 'leaders.settings'`);
    await test.api.ok(UPDATE_LEADER_SETTINGS, { input: { weights: { activity: 0, reach: 0, trust: 0, reliability: 0, centrality: 1 }, halfLifeDays: 30 } }, admin.token);
    expect(await count(test.db, `audit_log WHERE action = 'UPDATE_SETTING' AND subject_id = 'leaders.settings'`)).toBe(audited + 1);
    await test.api.ok(REFRESH, { id: here }, organiser.token);
    const saved = (await test.api.ok<{ leaderRanking: { rank: number; score: number; person: { id: string } }[] }>(RANKING, { id: here }, organiser.token)).leaderRanking;
    expect(preview.rows.map((row) => [row.person.id, row.edited.rank])).toEqual(saved.map((row) => [row.person.id, row.rank]));
    preview.rows.forEach((row, i) => expect(row.edited.score).toBeCloseTo(saved[i]?.score ?? NaN, 6));
    // With the edit saved, the preview's two sides agree.
    const after = await leaderPreview({});
    expect(after.rows.map((row) => row.edited)).toEqual(after.rows.map((row) => row.current));
  });

  it('allow 30 a minute to each admin', async () => {
    const busy = await makeAdmin(test.api, test.db);
    for (let i = 0; i < 30; i++) await test.api.ok(LEADER_PREVIEW, { settings: {}, id: here, first: 1 }, busy.token);
    const refused = await test.api.request(LEADER_PREVIEW, { settings: {}, id: here, first: 1 }, busy.token);
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect(refused.errors?.[0]?.extensions?.['reason']).toBe('TOO_MANY_ATTEMPTS');
    // Another admin, and the other preview, keep their own allowance.
    expect(errorCode(await test.api.request(MATCH_PREVIEW, { weights: {}, id: here }, busy.token))).toBeUndefined();
    expect(errorCode(await test.api.request(LEADER_PREVIEW, { settings: {}, id: here, first: 1 }, admin.token))).toBeUndefined();
  });
});
