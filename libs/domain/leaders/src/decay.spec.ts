import fc from 'fast-check';
import { DAY_MS, decayAt, decayWeight } from './decay';

const halfLife = fc.integer({ min: 1, max: 3650 });
const age = fc.double({ min: 0, max: 10_000, noNaN: true });

describe('decay', () => {
  it('is 1 now and halves at each half-life', () => {
    expect(decayWeight(0, 60)).toBe(1);
    expect(decayWeight(60, 60)).toBe(0.5);
    expect(decayWeight(120, 60)).toBe(0.25);
    expect(decayAt(new Date(Date.UTC(2026, 0, 31)), new Date(Date.UTC(2026, 2, 2)), 30)).toBe(0.5);
  });

  it('counts the future (clock skew) as now', () => {
    expect(decayWeight(-5, 60)).toBe(1);
    const now = new Date();
    expect(decayAt(new Date(now.getTime() + DAY_MS), now, 60)).toBe(1);
  });

  it('never grows with age and stays in (0, 1]', () => {
    fc.assert(
      fc.property(age, age, halfLife, (a, b, days) => {
        const [younger, older] = a <= b ? [a, b] : [b, a];
        expect(decayWeight(older, days)).toBeLessThanOrEqual(decayWeight(younger, days));
        expect(decayWeight(younger, days)).toBeLessThanOrEqual(1);
        expect(decayWeight(younger, days)).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('halves for every half-life added, at any age', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1000, noNaN: true }), halfLife, (days, life) => {
        expect(decayWeight(days + life, life)).toBeCloseTo(decayWeight(days, life) / 2, 12);
      }),
    );
  });
});
