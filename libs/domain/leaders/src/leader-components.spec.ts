import fc from 'fast-check';
import { leaderColumnsOf } from './leader-columns';
import { reliability, validRating } from './leader-components';
import { indexLeaderColumns } from './leader-index';
import { DEFAULT_LEADER_PRIORS, DEFAULT_LEADER_SETTINGS } from './leader-settings';
import type { LeaderEndorsement, LeaderHelp, LeaderReferral } from './leader-types';
import { NOW, daysAgo, makeVolunteer } from './leader-test-fixtures';
import { TallyScratch } from './volunteer-tally';

const HALF_LIFE = 60;
const help = (residentId: string, days: number, rating: number | null = null): LeaderHelp => ({
  helperId: 'v',
  residentId,
  at: daysAgo(days),
  rating,
});
const endorsement = (days: number): LeaderEndorsement => ({ endorserId: 'e', endorsedId: 'v', at: daysAgo(days) });
const recruit = (days: number): LeaderReferral => ({ recruitId: `n${days}`, recruiterId: 'v', at: daysAgo(days) });

/** Three helps each endorser and recruit gave someone else: established, their signals count whole (see giver-standing.spec.ts). */
const standingOf = (endorsements: LeaderEndorsement[], referrals: LeaderReferral[]): LeaderHelp[] =>
  [...new Set([...endorsements.map((e) => e.endorserId), ...referrals.map((r) => r.recruitId)])].flatMap((giver) =>
    [0, 1, 2].map((i) => ({ helperId: giver, residentId: `${giver}-helped-${i}`, at: daysAgo(300), rating: null })),
  );

/** The raw components of volunteer v (person 0) from these interactions, by established givers. */
function tallyOf(helps: LeaderHelp[], endorsements: LeaderEndorsement[] = [], referrals: LeaderReferral[] = []) {
  const columns = leaderColumnsOf({ volunteers: [makeVolunteer('v')], helps: [...helps, ...standingOf(endorsements, referrals)], endorsements, referrals });
  const index = indexLeaderColumns(columns, NOW, { ...DEFAULT_LEADER_SETTINGS, halfLifeDays: HALF_LIFE });
  return new TallyScratch(columns.people).tally(index, 0);
}
const trustOf = (helps: LeaderHelp[], endorsements: LeaderEndorsement[] = []) => tallyOf(helps, endorsements).trust;

describe('leader components', () => {
  it('activity sums the decay of each help', () => {
    expect(tallyOf([help('a', 0), help('a', 60), help('b', 120)]).activity).toBeCloseTo(1.75, 12);
    expect(tallyOf([]).activity).toBe(0);
  });

  it('reach counts a resident once, at their latest help, plus recruits', () => {
    const sixTimes = [0, 10, 20, 30, 40, 60].map((days) => help('a', days));
    expect(tallyOf(sixTimes).reach).toBe(1);
    expect(tallyOf([help('a', 60), help('b', 60)], [], [recruit(0)]).reach).toBeCloseTo(2, 12);
  });

  it('trust is zero without evidence and grows with five-star thanks and endorsements', () => {
    expect(trustOf([])).toBe(0);
    expect(trustOf([help('a', 0)])).toBe(0);
    // One 5-star thanks: quality (5 + 12) / 4 = 4.25 → 0.8125; evidence 1 → log2(2) = 1.
    expect(trustOf([help('a', 0, 5)])).toBeCloseTo(0.8125, 12);
    // An endorsement counts as two thanks: log2(1 + 2), at the prior's quality 0.75.
    expect(trustOf([], [endorsement(0)])).toBeCloseTo(0.75 * Math.log2(3), 12);
    fc.assert(
      fc.property(
        fc.array(fc.record({ days: fc.double({ min: 0, max: 400, noNaN: true }), rating: fc.option(fc.integer({ min: 1, max: 5 })) })),
        fc.double({ min: 0, max: 400, noNaN: true }),
        (ratings, days) => {
          const helps = ratings.map(({ days: age, rating }, i) => help(`r${i}`, age, rating));
          const before = trustOf(helps);
          expect(trustOf([...helps, help('new', days, 5)])).toBeGreaterThanOrEqual(before);
          expect(trustOf(helps, [endorsement(days)])).toBeGreaterThanOrEqual(before);
        },
      ),
    );
  });

  it('trust counts poor ratings against the volunteer', () => {
    const praised = Array.from({ length: 5 }, (_, i) => help(`r${i}`, 5, 5));
    const panned = Array.from({ length: 5 }, (_, i) => help(`r${i}`, 5, 1));
    expect(trustOf(praised)).toBeGreaterThan(trustOf(panned));
  });

  it('reliability starts at the prior and counts work given back as not completed', () => {
    const prior = DEFAULT_LEADER_PRIORS.reliability;
    expect(reliability({ taken: 0, completed: 0, givenBack: 0 }, prior)).toBeCloseTo(0.8, 12);
    expect(reliability({ taken: 10, completed: 10, givenBack: 0 }, prior)).toBeCloseTo(12.4 / 13, 12);
    // Given back work counts as taken even when `taken` forgot it.
    expect(reliability({ taken: 10, completed: 10, givenBack: 3 }, prior)).toBeCloseTo(12.4 / 16, 12);
    expect(reliability({ taken: 4, completed: 0, givenBack: 4 }, prior)).toBeLessThan(0.8);
    fc.assert(
      fc.property(fc.nat(100), fc.nat(100), fc.nat(100), (taken, completed, givenBack) => {
        const value = reliability({ taken, completed, givenBack }, prior);
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(1);
        expect(reliability({ taken, completed, givenBack: givenBack + 1 }, prior)).toBeLessThanOrEqual(value);
      }),
    );
  });

  it('facts count the window only, with a plain mean rating', () => {
    const { facts } = tallyOf(
      [help('a', 1, 5), help('a', 2, 4), help('b', 3), help('c', 90, 1), help('d', -1, 3)],
      [endorsement(10), endorsement(100)],
      [recruit(59)],
    );
    expect(facts).toEqual({ windowDays: 60, helps: 4, distinctResidents: 3, meanRating: 4, ratings: 3, endorsements: 1, recruits: 1 });
    expect(tallyOf([help('a', 1)]).facts.meanRating).toBeNull();
  });

  it('reads ratings outside 1..5 as the nearest bound and non-numbers as none', () => {
    expect(validRating(7)).toBe(5);
    expect(validRating(0)).toBe(1);
    expect(validRating(Number.NaN)).toBeNull();
    expect(validRating(null)).toBeNull();
  });
});
