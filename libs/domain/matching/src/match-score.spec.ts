import fc from 'fast-check';
import { HelpCategory } from '@relais/domain-people';
import { exclusionReason } from './hard-filters';
import { candidateScore, rankCandidates, rankRequestsForVolunteer, scoreMatch } from './match-score';
import { normaliseWeights } from './match-weights';
import { CONTEXT, HOTEL_DE_VILLE, arbitraryVolunteer, makeRequest, makeVolunteer } from './match-test-fixtures';
import type { MatchContext, MatchScore, MatchWeights, PastHelpForRequester, VolunteerToMatch } from './match-types';
import { MATCH_COMPONENTS } from './match-types';

const request = makeRequest();
const arbitraryWeights = fc.record(
  Object.fromEntries(MATCH_COMPONENTS.map((name) => [name, fc.double({ min: 0, max: 100, noNaN: true })])) as Record<
    (typeof MATCH_COMPONENTS)[number],
    fc.Arbitrary<number>
  >,
);
const arbitraryPastHelp: fc.Arbitrary<PastHelpForRequester | null> = fc.option(
  fc.record({ completed: fc.nat(10), meanRating: fc.option(fc.double({ min: 1, max: 5, noNaN: true })) }),
);
const ALL_ZERO = Object.fromEntries(MATCH_COMPONENTS.map((name) => [name, 0])) as MatchWeights;
const arbitraryContext: fc.Arbitrary<MatchContext> = arbitraryWeights.map((weights) => ({ ...CONTEXT, weights }));

function expectConsistent(match: MatchScore) {
  expect(match.components.map((component) => component.name)).toEqual([...MATCH_COMPONENTS]);
  expect(match.components.reduce((sum, component) => sum + component.weight, 0)).toBeCloseTo(1, 12);
  expect(match.score).toBeCloseTo(match.components.reduce((sum, { value, weight }) => sum + value * weight, 0), 12);
  expect(match.score).toBeGreaterThanOrEqual(0);
  expect(match.score).toBeLessThanOrEqual(1);
  for (const { value } of match.components) {
    expect(value).toBeGreaterThanOrEqual(0);
    expect(value).toBeLessThanOrEqual(1);
  }
}

describe('match score', () => {
  it('is the weighted sum of its nine components, with weights summing to 1, in [0, 1]', () => {
    fc.assert(
      fc.property(arbitraryVolunteer, arbitraryPastHelp, arbitraryContext, (volunteer, pastHelp, context) => {
        expectConsistent(scoreMatch(request, volunteer, pastHelp, context));
      }),
    );
  });

  it('weighs components equally when every weight is zero', () => {
    const match = scoreMatch(request, makeVolunteer(), null, { ...CONTEXT, weights: ALL_ZERO });
    expect(match.components.every((component) => component.weight === 1 / MATCH_COMPONENTS.length)).toBe(true);
  });

  it('never drops when the volunteer lives closer, all else equal', () => {
    const nearby = fc.record({ lat: fc.double({ min: -0.05, max: 0.05, noNaN: true }), lng: fc.double({ min: -0.05, max: 0.05, noNaN: true }) });
    fc.assert(
      fc.property(arbitraryVolunteer, nearby, nearby, arbitraryContext, (volunteer, a, b, context) => {
        const [one, other] = [a, b].map((d) =>
          scoreMatch(request, { ...volunteer, home: { lat: HOTEL_DE_VILLE.lat + d.lat, lng: HOTEL_DE_VILLE.lng + d.lng } }, null, context),
        ) as [MatchScore, MatchScore];
        const [near, far] = one.distanceMeters <= other.distanceMeters ? [one, other] : [other, one];
        expect(near.components[0]!.value).toBeGreaterThanOrEqual(far.components[0]!.value);
        expect(near.score).toBeGreaterThanOrEqual(far.score);
      }),
    );
  });

  it('rewards having helped this requester before, well rated', () => {
    const volunteer = makeVolunteer();
    const before = scoreMatch(request, volunteer, null, CONTEXT).score;
    expect(scoreMatch(request, volunteer, { completed: 2, meanRating: 5 }, CONTEXT).score).toBeGreaterThan(before);
  });
});

describe('ranking', () => {
  it('lists exactly the candidates, best first', () => {
    fc.assert(
      fc.property(fc.array(arbitraryVolunteer, { maxLength: 12 }), arbitraryContext, (volunteers, context) => {
        const ranked = rankCandidates(request, volunteers, context);
        const expected = volunteers.filter((volunteer) => exclusionReason(request, volunteer, context) === null);
        expect(ranked.map((c) => c.volunteerId).sort()).toEqual(expected.map((v) => v.id).sort());
        ranked.forEach(expectConsistent);
        for (let k = 1; k < ranked.length; k++) expect(ranked[k - 1]!.score).toBeGreaterThanOrEqual(ranked[k]!.score);
      }),
    );
  });

  it('puts the nearer of two equally scored volunteers first, then goes by id', () => {
    const near = makeVolunteer({ id: 'v-b' });
    const far = makeVolunteer({ id: 'v-a', home: { lat: HOTEL_DE_VILLE.lat + 0.01, lng: HOTEL_DE_VILLE.lng } });
    const rank = (volunteers: VolunteerToMatch[], context: MatchContext) =>
      rankCandidates(request, volunteers, context);
    // Same home, same everything: only the id tells them apart.
    expect(rank([far, { ...near, home: far.home }], CONTEXT).map((c) => c.volunteerId)).toEqual(['v-a', 'v-b']);
    // Only fairness counts, and both are newcomers: equal scores, the nearer first.
    const onlyFairness = { ...CONTEXT, weights: { ...ALL_ZERO, fairness: 1 } };
    const ranked = rank([far, near], onlyFairness);
    expect(ranked.map((c) => c.volunteerId)).toEqual(['v-b', 'v-a']);
    expect(ranked[0]!.score).toBe(ranked[1]!.score);
  });

  it('scores each candidate with what they did for this requester before, and no other', () => {
    const [known, stranger] = [makeVolunteer({ id: 'v-known' }), makeVolunteer({ id: 'v-stranger' })];
    const past = (id: string) => (id === known.id ? { completed: 3, meanRating: 5 } : null);
    const ranked = rankCandidates(request, [stranger, known], CONTEXT, 10, past);
    expect(ranked.map((c) => c.volunteerId)).toEqual(['v-known', 'v-stranger']);
    const continuity = (c: (typeof ranked)[number]) => c.components.find((part) => part.name === 'continuity')?.value;
    expect(ranked.map(continuity)).toEqual([1, 0]);
    expect(ranked[0]).toEqual({ ...scoreMatch(request, known, past(known.id), CONTEXT), volunteerId: known.id });
  });

  it("ranks a volunteer's feed of requests, best first, without the ones they cannot take", () => {
    const volunteer = makeVolunteer({ skills: [HelpCategory.ERRANDS] });
    const requests = [
      makeRequest({ id: 'far', location: { lat: HOTEL_DE_VILLE.lat + 0.02, lng: HOTEL_DE_VILLE.lng } }),
      makeRequest({ id: 'near', location: { lat: HOTEL_DE_VILLE.lat + 0.005, lng: HOTEL_DE_VILLE.lng } }),
      makeRequest({ id: 'too-far', location: { lat: HOTEL_DE_VILLE.lat + 0.2, lng: HOTEL_DE_VILLE.lng } }),
      makeRequest({ id: 'transport', category: HelpCategory.TRANSPORT }),
    ];
    const feed = rankRequestsForVolunteer(volunteer, requests.map((r) => ({ request: r, pastHelp: null })), CONTEXT);
    expect(feed.map((entry) => entry.requestId)).toEqual(['near', 'far']);
    feed.forEach(expectConsistent);
  });

  it('keeps the best `limit` exactly as the full ranking orders them, and scores pairs alike without explaining them', () => {
    fc.assert(
      fc.property(fc.array(arbitraryVolunteer, { maxLength: 12 }), arbitraryContext, fc.nat(6), (volunteers, context, limit) => {
        expect(rankCandidates(request, volunteers, context, limit)).toEqual(rankCandidates(request, volunteers, context).slice(0, limit));
        const weights = normaliseWeights(context.weights);
        for (const volunteer of volunteers) {
          const lean = candidateScore(request, volunteer, null, context, weights);
          if (exclusionReason(request, volunteer, context) !== null) expect(lean).toBeNull();
          else expect(lean).toBeCloseTo(scoreMatch(request, volunteer, null, context).score, 12);
        }
      }),
    );
  });
});
