import fc from 'fast-check';
import { normaliseByMax, scoreCity, scoreNeighbourhood } from './leader-score';
import { DEFAULT_LEADER_SETTINGS } from './leader-settings';
import type { LeaderHelp, LeaderScore } from './leader-types';
import { LEADER_COMPONENTS } from './leader-types';
import {
  HERE,
  THERE,
  arbitraryAge,
  arbitraryBackground,
  arbitraryRating,
  arbitrarySettings,
  componentOf,
  daysAgo,
  entryOf,
  makeInput,
  makeVolunteer,
  withExtra,
} from './leader-test-fixtures';

/** PageRank and LeaderRank are iterated to 1e-13; comparisons allow for that. */
const EPSILON = 1e-9;

function expectConsistent(scores: readonly LeaderScore[]) {
  expect(scores.map((score) => score.rank)).toEqual(scores.map((_, i) => i + 1));
  scores.forEach((entry, i) => {
    if (i > 0) expect(entry.score).toBeLessThanOrEqual((scores[i - 1] as LeaderScore).score);
    expect(entry.components.map((component) => component.name)).toEqual([...LEADER_COMPONENTS]);
    expect(entry.components.reduce((sum, component) => sum + component.weight, 0)).toBeCloseTo(1, 12);
    expect(entry.score).toBeCloseTo(entry.components.reduce((sum, { value, weight }) => sum + value * weight, 0), 12);
    expect(entry.score).toBeGreaterThanOrEqual(0);
    expect(entry.score).toBeLessThanOrEqual(1);
    for (const { value } of entry.components) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(1);
    }
  });
}

describe('normaliseByMax', () => {
  it('gives the best 1, keeps proportions, and maps all-zero to zero', () => {
    expect(normaliseByMax([2, 1, 0])).toEqual([1, 0.5, 0]);
    expect(normaliseByMax([0, 0])).toEqual([0, 0]);
    expect(normaliseByMax([])).toEqual([]);
  });
});

describe('leader score', () => {
  it('ranks 1..n with non-increasing scores, every component and score in [0, 1], weights summing to 1', () => {
    fc.assert(
      fc.property(arbitraryBackground, arbitrarySettings, (background, settings) => {
        expectConsistent(scoreNeighbourhood(withExtra(background, {}, settings)));
      }),
    );
  });

  it('ranks exactly the consenting volunteers of the neighbourhood, each once', () => {
    fc.assert(
      fc.property(arbitraryBackground, arbitrarySettings, (background, settings) => {
        const input = withExtra(background, {}, settings);
        for (const neighbourhoodId of [HERE, THERE]) {
          const ranked = scoreNeighbourhood({ ...input, neighbourhoodId }).map((score) => score.personId);
          const expected = background.volunteers
            .filter((volunteer) => volunteer.neighbourhoodId === neighbourhoodId && volunteer.rankingConsent)
            .map((volunteer) => volunteer.id);
          expect([...ranked].sort()).toEqual(expected.sort());
        }
      }),
    );
  });

  it('ranks each neighbourhood of a city as it would be ranked alone', () => {
    fc.assert(
      fc.property(arbitraryBackground, arbitrarySettings, (background, settings) => {
        const input = withExtra(background, {}, settings);
        const city = scoreCity(input);
        for (const neighbourhoodId of [HERE, THERE]) {
          expect(city.get(neighbourhoodId) ?? []).toEqual(scoreNeighbourhood({ ...input, neighbourhoodId }));
        }
      }),
    );
  });

  it('never lowers a helper’s score for a new five-star help from a new resident', () => {
    fc.assert(
      fc.property(arbitraryBackground, arbitrarySettings, arbitraryAge, (background, settings, age) => {
        const helper = { ...(background.volunteers[0] as (typeof background.volunteers)[number]), neighbourhoodId: HERE, rankingConsent: true };
        // The help also raises the helper's standing, so the endorsements and referral they give
        // weigh more and may lift someone else past them: those are left out here.
        const base = {
          ...background,
          volunteers: [helper, ...background.volunteers.slice(1)],
          endorsements: background.endorsements.filter((endorsement) => endorsement.endorserId !== helper.id),
          referrals: background.referrals.filter((referral) => referral.recruitId !== helper.id),
        };
        const before = entryOf(scoreNeighbourhood(withExtra(base, {}, settings)), helper.id);
        const help: LeaderHelp = { helperId: helper.id, residentId: 'new-resident', at: daysAgo(age), rating: 5 };
        const after = entryOf(scoreNeighbourhood(withExtra(base, { helps: [help] }, settings)), helper.id);
        expect(after.score).toBeGreaterThanOrEqual(before.score - EPSILON);
        after.components.forEach((component, i) => {
          expect(component.value).toBeGreaterThanOrEqual((before.components[i] as LeaderScore['components'][number]).value - EPSILON);
        });
      }),
    );
  });

  it('puts helping six different residents above helping one resident six times, all else equal', () => {
    const sixHelps = fc.array(fc.record({ age: arbitraryAge, rating: arbitraryRating }), { minLength: 6, maxLength: 6 });
    fc.assert(
      fc.property(arbitraryBackground, arbitrarySettings, sixHelps, (background, settings, helps) => {
        const scores = scoreNeighbourhood(
          withExtra(
            background,
            {
              volunteers: [makeVolunteer('a'), makeVolunteer('b')],
              helps: helps.flatMap(({ age, rating }, i) => [
                { helperId: 'a', residentId: `a-resident-${i}`, at: daysAgo(age), rating },
                { helperId: 'b', residentId: 'b-resident', at: daysAgo(age), rating },
              ]),
            },
            settings,
          ),
        );
        const [broad, narrow] = [entryOf(scores, 'a'), entryOf(scores, 'b')];
        expect(componentOf(broad, 'reach')).toBeGreaterThan(componentOf(narrow, 'reach'));
        broad.components.forEach((component, i) => {
          expect(component.value).toBeGreaterThanOrEqual((narrow.components[i] as LeaderScore['components'][number]).value - EPSILON);
        });
        if (settings.weights.reach > 0) expect(broad.rank).toBeLessThan(narrow.rank);
        else expect(broad.score).toBeGreaterThanOrEqual(narrow.score - EPSILON);
        expect(broad.facts.distinctResidents).toBeGreaterThanOrEqual(narrow.facts.distinctResidents);
      }),
    );
  });

  it('counts an endorsement from a highly trusted person more than one from a newcomer', () => {
    const praise = fc.array(fc.record({ age: arbitraryAge, rating: fc.constantFrom(4, 5) }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(
        arbitraryBackground,
        arbitrarySettings,
        praise,
        fc.constantFrom(HERE, THERE),
        arbitraryAge,
        (background, settings, ratings, trustedHome, endorsedAge) => {
          const scores = scoreNeighbourhood(
            withExtra(
              background,
              {
                volunteers: [
                  makeVolunteer('t', { neighbourhoodId: trustedHome }),
                  makeVolunteer('n'),
                  makeVolunteer('x'),
                  makeVolunteer('y'),
                ],
                helps: ratings.map(({ age, rating }, i) => ({ helperId: 't', residentId: `t-resident-${i}`, at: daysAgo(age), rating })),
                endorsements: [
                  { endorserId: 't', endorsedId: 'x', at: daysAgo(endorsedAge) },
                  { endorserId: 'n', endorsedId: 'y', at: daysAgo(endorsedAge) },
                ],
              },
              settings,
            ),
          );
          const [byTrusted, byNewcomer] = [entryOf(scores, 'x'), entryOf(scores, 'y')];
          expect(componentOf(byTrusted, 'centrality')).toBeGreaterThan(componentOf(byNewcomer, 'centrality'));
          if (settings.weights.centrality > 0) expect(byTrusted.rank).toBeLessThan(byNewcomer.rank);
          else expect(byTrusted.score).toBeGreaterThanOrEqual(byNewcomer.score - EPSILON);
        },
      ),
    );
  });

  it('counts older activity less than the same activity recent', () => {
    const work = fc.array(
      fc.record({ age: fc.double({ min: 0, max: 150, noNaN: true }), rating: fc.option(fc.constantFrom(4, 5)), resident: fc.nat(2) }),
      { minLength: 1, maxLength: 6 },
    );
    const delay = fc.double({ min: 1, max: 50, noNaN: true });
    fc.assert(
      fc.property(arbitraryBackground, arbitrarySettings, work, delay, (background, settings, helps, later) => {
        const scores = scoreNeighbourhood(
          withExtra(
            background,
            {
              volunteers: [makeVolunteer('a'), makeVolunteer('b')],
              helps: helps.flatMap(({ age, rating, resident }) => [
                { helperId: 'a', residentId: `a-resident-${resident}`, at: daysAgo(age), rating },
                { helperId: 'b', residentId: `b-resident-${resident}`, at: daysAgo(age + later), rating },
              ]),
            },
            settings,
          ),
        );
        const [recent, older] = [entryOf(scores, 'a'), entryOf(scores, 'b')];
        expect(componentOf(recent, 'activity')).toBeGreaterThan(componentOf(older, 'activity'));
        recent.components.forEach((component, i) => {
          expect(component.value).toBeGreaterThanOrEqual((older.components[i] as LeaderScore['components'][number]).value - EPSILON);
        });
        if (settings.weights.activity > 0) expect(recent.rank).toBeLessThan(older.rank);
        else expect(recent.score).toBeGreaterThanOrEqual(older.score - EPSILON);
      }),
    );
  });

  it('lets a small neighbourhood surface its own leaders', () => {
    const busy = Array.from({ length: 40 }, (_, i) => ({ helperId: 'big-leader', residentId: `big-${i}`, at: daysAgo(i), rating: 5 }));
    const input = makeInput({
      volunteers: [makeVolunteer('big-leader', { neighbourhoodId: THERE }), makeVolunteer('small-leader'), makeVolunteer('small-other')],
      helps: [
        ...busy,
        { helperId: 'small-leader', residentId: 'small-1', at: daysAgo(3), rating: 5 },
        { helperId: 'small-leader', residentId: 'small-2', at: daysAgo(5), rating: 5 },
        { helperId: 'small-other', residentId: 'small-1', at: daysAgo(90), rating: 3 },
      ],
    });
    const city = scoreCity(input);
    const [smallLeader, bigLeader] = [city.get(HERE)?.[0], city.get(THERE)?.[0]];
    expect(smallLeader?.personId).toBe('small-leader');
    expect(bigLeader?.personId).toBe('big-leader');
    expect(componentOf(smallLeader as LeaderScore, 'activity')).toBe(1);
    expect(componentOf(smallLeader as LeaderScore, 'reach')).toBe(1);
  });

  it('explains a score with facts over the last half-life', () => {
    const input = makeInput({
      volunteers: [makeVolunteer('v', { taken: 5, completed: 4, givenBack: 1 }), makeVolunteer('shy', { rankingConsent: false })],
      helps: [
        { helperId: 'v', residentId: 'r1', at: daysAgo(1), rating: 5 },
        { helperId: 'v', residentId: 'r1', at: daysAgo(10), rating: 4 },
        { helperId: 'v', residentId: 'r2', at: daysAgo(20), rating: null },
        { helperId: 'v', residentId: 'r3', at: daysAgo(61), rating: 1 },
      ],
      endorsements: [{ endorserId: 'shy', endorsedId: 'v', at: daysAgo(2) }],
      referrals: [{ recruitId: 'shy', recruiterId: 'v', at: daysAgo(100) }],
    });
    const [entry, ...others] = scoreNeighbourhood(input);
    expect(others).toEqual([]);
    expect(entry).toMatchObject({
      personId: 'v',
      rank: 1,
      facts: { windowDays: 60, helps: 3, distinctResidents: 2, meanRating: 4.5, ratings: 2, endorsements: 1, recruits: 0 },
    });
    expect(entry?.components.map(({ name, weight }) => [name, weight])).toEqual(
      Object.entries(DEFAULT_LEADER_SETTINGS.weights).map(([name, weight]) => [name, expect.closeTo(weight, 12)]),
    );
  });

  it('ranks nobody when no volunteer of the neighbourhood consented, and breaks ties by id', () => {
    expect(scoreNeighbourhood(makeInput({ volunteers: [makeVolunteer('a', { rankingConsent: false })] }))).toEqual([]);
    const tied = scoreNeighbourhood(makeInput({ volunteers: [makeVolunteer('c'), makeVolunteer('a'), makeVolunteer('b')] }));
    expect(tied.map((entry) => [entry.personId, entry.rank])).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ]);
  });
});
