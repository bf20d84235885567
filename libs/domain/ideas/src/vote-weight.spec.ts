import fc from 'fast-check';
import { MAX_VOTE_WEIGHT, voteWeight } from './vote-weight';
import type { Participation } from './vote-weight';

const FRESH: Participation = { helpGiven: 0, helpReceived: 0, endorsementsReceived: 0, daysAsMember: 0 };
const participationArb = fc.record({
  helpGiven: fc.nat(200),
  helpReceived: fc.nat(200),
  endorsementsReceived: fc.nat(200),
  daysAsMember: fc.double({ min: 0, max: 5000, noNaN: true }),
});
const inputs = ['helpGiven', 'helpReceived', 'endorsementsReceived', 'daysAsMember'] as const;

describe('voteWeight', () => {
  it('is monotone in each participation input', () => {
    fc.assert(
      fc.property(participationArb, fc.constantFrom(...inputs), fc.nat(500), (p, input, more) => {
        expect(voteWeight({ ...p, [input]: p[input] + more })).toBeGreaterThanOrEqual(voteWeight(p));
      }),
    );
  });

  it("never makes a fresh account's vote worth more than an established one's", () => {
    fc.assert(fc.property(participationArb, (p) => expect(voteWeight(FRESH)).toBeLessThanOrEqual(voteWeight(p))));
  });

  it('gives a fresh account at most a fifth of the vote of anyone who has given or received help', () => {
    const helper = participationArb.filter((p) => p.helpGiven + p.helpReceived > 0);
    fc.assert(fc.property(helper, (p) => expect(5 * voteWeight(FRESH)).toBeLessThanOrEqual(voteWeight(p))));
  });

  it('stays finite and positive, under its cap, whatever rows it is given', () => {
    const anything = fc.record({ helpGiven: fc.double(), helpReceived: fc.double(), endorsementsReceived: fc.double(), daysAsMember: fc.double() });
    fc.assert(
      fc.property(anything, (p) => {
        const weight = voteWeight(p);
        expect(weight).toBeGreaterThanOrEqual(1);
        expect(weight).toBeLessThanOrEqual(MAX_VOTE_WEIGHT);
      }),
    );
  });

  it('weighs the examples as the comment says', () => {
    expect(voteWeight(FRESH)).toBe(1);
    expect(voteWeight({ ...FRESH, helpGiven: 1 })).toBe(6);
    expect(voteWeight({ ...FRESH, helpReceived: 1 })).toBe(6);
    // A year of membership without taking part: twice a fresh vote, a third of a helper's.
    expect(voteWeight({ ...FRESH, daysAsMember: 365 })).toBe(2);
    expect(voteWeight({ ...FRESH, daysAsMember: 3650 })).toBe(2);
    // Ten tasks thanked: more than one, less than ten times one.
    expect(voteWeight({ ...FRESH, helpGiven: 10 })).toBeCloseTo(6 + 2 * Math.log(10));
    // Twenty new accounts weigh less than four people who were thanked once.
    expect(20 * voteWeight(FRESH)).toBeLessThan(4 * voteWeight({ ...FRESH, helpGiven: 1 }));
  });
});
