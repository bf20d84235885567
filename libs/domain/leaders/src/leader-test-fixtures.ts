// Builders shared by the specs of this library; not exported from its index.
import fc from 'fast-check';
import { DAY_MS } from './decay';
import { DEFAULT_LEADER_SETTINGS } from './leader-settings';
import type {
  LeaderEndorsement,
  LeaderHelp,
  LeaderInput,
  LeaderReferral,
  LeaderScore,
  LeaderSettings,
  LeaderVolunteer,
} from './leader-types';
import type { LeaderComponentName } from './leader-types';
import { CENTRALITY_METHODS } from './leader-types';

export const NOW = new Date('2026-10-20T08:00:00Z');
export const HERE = 'marais';
export const THERE = 'bastille';

export const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY_MS);

export function makeVolunteer(id: string, overrides: Partial<LeaderVolunteer> = {}): LeaderVolunteer {
  return { id, neighbourhoodId: HERE, rankingConsent: true, taken: 0, completed: 0, givenBack: 0, ...overrides };
}

export function makeInput(overrides: Partial<LeaderInput> = {}): LeaderInput {
  return {
    neighbourhoodId: HERE,
    now: NOW,
    settings: DEFAULT_LEADER_SETTINGS,
    volunteers: [],
    helps: [],
    endorsements: [],
    referrals: [],
    ...overrides,
  };
}

/** The ranked entry of a person; fails the test if they are not ranked. */
export function entryOf(scores: readonly LeaderScore[], personId: string): LeaderScore {
  const entry = scores.find((score) => score.personId === personId);
  if (entry === undefined) throw new Error(`${personId} is not ranked`);
  return entry;
}

export function componentOf(entry: LeaderScore, name: LeaderComponentName): number {
  return entry.components.find((component) => component.name === name)?.value ?? Number.NaN;
}

/** Weights of 0 or from 1 to 100: no weight so small that its effect drowns in rounding. */
const arbitraryWeight = fc.oneof(fc.constant(0), fc.double({ min: 1, max: 100, noNaN: true }));

/**
 * Half-lives of two weeks or more with dates at most 200 days old: the oldest item still weighs
 * 2^−14, far above rounding, so strict comparisons stay meaningful.
 */
export const arbitrarySettings: fc.Arbitrary<LeaderSettings> = fc.record({
  weights: fc.record({
    activity: arbitraryWeight,
    reach: arbitraryWeight,
    trust: arbitraryWeight,
    reliability: arbitraryWeight,
    centrality: arbitraryWeight,
  }),
  halfLifeDays: fc.integer({ min: 14, max: 365 }),
  centrality: fc.constantFrom(...CENTRALITY_METHODS),
  priors: fc.constant(DEFAULT_LEADER_SETTINGS.priors),
});

/** From two days in the future (clock skew) to 200 days ago. */
export const arbitraryAge = fc.double({ min: -2, max: 200, noNaN: true });
export const arbitraryRating = fc.option(fc.integer({ min: 1, max: 5 }));

const VOLUNTEER_IDS = ['v0', 'v1', 'v2', 'v3', 'v4', 'v5'] as const;
const RESIDENT_IDS = ['r0', 'r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7'] as const;
const PEOPLE = [...VOLUNTEER_IDS, ...RESIDENT_IDS];

export interface Background {
  volunteers: LeaderVolunteer[];
  helps: LeaderHelp[];
  endorsements: LeaderEndorsement[];
  referrals: LeaderReferral[];
}

/** Volunteers of two neighbourhoods and whatever they did; ids never start with a, b, n, t, x or y. */
export const arbitraryBackground: fc.Arbitrary<Background> = fc.record({
  volunteers: fc.tuple(
    ...VOLUNTEER_IDS.map((id) =>
      fc
        .record({
          neighbourhoodId: fc.constantFrom(HERE, THERE),
          rankingConsent: fc.boolean(),
          taken: fc.nat(20),
          completed: fc.nat(20),
          givenBack: fc.nat(5),
        })
        .map((record) => ({ id, ...record })),
    ),
  ),
  helps: fc.array(
    fc.record({
      helperId: fc.constantFrom(...VOLUNTEER_IDS),
      residentId: fc.constantFrom(...PEOPLE),
      at: arbitraryAge.map(daysAgo),
      rating: arbitraryRating,
    }),
    { maxLength: 30 },
  ),
  endorsements: fc.array(
    fc.record({ endorserId: fc.constantFrom(...PEOPLE), endorsedId: fc.constantFrom(...VOLUNTEER_IDS), at: arbitraryAge.map(daysAgo) }),
    { maxLength: 10 },
  ),
  referrals: fc.array(
    fc.record({ recruitId: fc.constantFrom(...PEOPLE), recruiterId: fc.constantFrom(...VOLUNTEER_IDS), at: arbitraryAge.map(daysAgo) }),
    { maxLength: 5 },
  ),
});

/** The background with more people and interactions added. */
export function withExtra(background: Background, extra: Partial<Background>, settings: LeaderSettings): LeaderInput {
  return makeInput({
    settings,
    volunteers: [...background.volunteers, ...(extra.volunteers ?? [])],
    helps: [...background.helps, ...(extra.helps ?? [])],
    endorsements: [...background.endorsements, ...(extra.endorsements ?? [])],
    referrals: [...background.referrals, ...(extra.referrals ?? [])],
  });
}
