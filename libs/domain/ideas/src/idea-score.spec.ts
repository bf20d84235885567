import fc from 'fast-check';
import { NEWNESS_BONUS, ideaScore, newnessBonus } from './idea-score';
import { voteWeight } from './vote-weight';

const DAY = 86_400_000;
const NOW = new Date('2026-12-04T17:00:00Z');
const weightArb = fc.record({
  helpGiven: fc.nat(50),
  helpReceived: fc.nat(50),
  endorsementsReceived: fc.nat(50),
  daysAsMember: fc.nat(2000),
}).map(voteWeight);
const ageArb = fc.double({ min: 0, max: 400, noNaN: true });

describe('ideaScore', () => {
  it('never lowers a score when voters are added', () => {
    fc.assert(
      fc.property(fc.array(weightArb, { maxLength: 50 }), fc.array(weightArb, { minLength: 1, maxLength: 20 }), ageArb, (votes, more, age) => {
        const createdAt = new Date(NOW.getTime() - age * DAY);
        expect(ideaScore([...votes, ...more], createdAt, NOW)).toBeGreaterThan(ideaScore(votes, createdAt, NOW));
      }),
    );
  });

  it('breaks ties toward the newer idea, without the bonus ever outweighing one vote', () => {
    fc.assert(
      fc.property(fc.array(weightArb, { maxLength: 30 }), ageArb, fc.double({ min: 0.01, max: 30, noNaN: true }), (votes, age, older) => {
        const newer = ideaScore(votes, new Date(NOW.getTime() - age * DAY), NOW);
        const old = ideaScore(votes, new Date(NOW.getTime() - (age + older) * DAY), NOW);
        expect(newer).toBeGreaterThanOrEqual(old);
        // The oldest idea with one more fresh vote still comes first.
        expect(ideaScore([...votes, 1], new Date(NOW.getTime() - (age + older) * DAY), NOW)).toBeGreaterThan(newer);
      }),
    );
  });

  it('gives a new idea half a fresh vote, halved every three days', () => {
    expect(ideaScore([], NOW, NOW)).toBe(NEWNESS_BONUS);
    expect(ideaScore([6, 1], new Date(NOW.getTime() - 3 * DAY), NOW)).toBeCloseTo(7 + NEWNESS_BONUS / 2);
    expect(newnessBonus(30)).toBeLessThan(0.001);
    // From the future (a clock ahead): as new, never more.
    expect(newnessBonus(-2)).toBe(NEWNESS_BONUS);
  });
});
