import fc from 'fast-check';
import { bayesianMean } from './bayesian-mean';

const PRIOR = { mean: 4, count: 3 };

describe('bayesian mean', () => {
  it('is the prior with no data', () => {
    expect(bayesianMean(0, 0, PRIOR)).toBe(4);
    expect(bayesianMean(0, 0, { mean: 4, count: 0 })).toBe(4);
  });

  it('weighs the prior as its pseudo-count of ratings', () => {
    // One 1-star rating against 3 pseudo-ratings of 4: (1 + 12) / 4.
    expect(bayesianMean(1, 1, PRIOR)).toBe(3.25);
    // Half-weight (decayed) ratings count half.
    expect(bayesianMean(0.5 * 5, 0.5, PRIOR)).toBeCloseTo((2.5 + 12) / 3.5, 12);
  });

  it('lies between the prior and the data, moving toward the data as its weight grows', () => {
    const rating = fc.double({ min: 1, max: 5, noNaN: true });
    const weight = fc.double({ min: 0.01, max: 1000, noNaN: true });
    fc.assert(
      fc.property(rating, weight, weight, (data, a, b) => {
        const [less, more] = a <= b ? [a, b] : [b, a];
        const [low, high] = [Math.min(data, PRIOR.mean), Math.max(data, PRIOR.mean)];
        const some = bayesianMean(data * less, less, PRIOR);
        const lots = bayesianMean(data * more, more, PRIOR);
        expect(some).toBeGreaterThanOrEqual(low - 1e-12);
        expect(some).toBeLessThanOrEqual(high + 1e-12);
        expect(Math.abs(lots - data)).toBeLessThanOrEqual(Math.abs(some - data) + 1e-12);
      }),
    );
    expect(bayesianMean(5 * 1e6, 1e6, PRIOR)).toBeCloseTo(5, 4);
  });
});
