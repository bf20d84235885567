import fc from 'fast-check';
import { MATCH_COMPONENTS } from './match-types';
import type { MatchWeights } from './match-types';
import { DEFAULT_MATCH_WEIGHTS, checkMatchWeights, mergeMatchWeights, normaliseWeights } from './match-weights';

const ALL_ZERO = Object.fromEntries(MATCH_COMPONENTS.map((name) => [name, 0])) as MatchWeights;
const sum = (weights: MatchWeights) => MATCH_COMPONENTS.reduce((total, name) => total + weights[name], 0);

describe('match weights', () => {
  it('ship defaults for every component, summing to 1', () => {
    expect(Object.keys(DEFAULT_MATCH_WEIGHTS).sort()).toEqual([...MATCH_COMPONENTS].sort());
    expect(sum(DEFAULT_MATCH_WEIGHTS)).toBeCloseTo(1, 12);
    expect(checkMatchWeights(DEFAULT_MATCH_WEIGHTS)).toEqual([]);
  });

  it('refuse unknown components and values that are not numbers from 0 to 100, naming each', () => {
    const fields = (change: Record<string, unknown>) => checkMatchWeights(change).map((error) => error.field);
    expect(fields({ charisma: 1 })).toEqual(['charisma']);
    expect(fields({ proximity: -0.1 })).toEqual(['proximity']);
    expect(fields({ proximity: Number.NaN })).toEqual(['proximity']);
    expect(fields({ proximity: Infinity })).toEqual(['proximity']);
    expect(fields({ proximity: 100.5 })).toEqual(['proximity']);
    expect(fields({ proximity: '1' })).toEqual(['proximity']);
    expect(fields({ proximity: 100, rating: 0, charisma: 2, load: -1 })).toEqual(['charisma', 'load']);
  });

  it('refuse a change that leaves every weight at zero', () => {
    expect(checkMatchWeights(ALL_ZERO).map((error) => error.field)).toEqual(['weights']);
    const onlyProximity = { ...ALL_ZERO, proximity: 1 };
    expect(checkMatchWeights({ proximity: 0 }, onlyProximity).map((error) => error.field)).toEqual(['weights']);
    expect(checkMatchWeights({ rating: 0 }, onlyProximity)).toEqual([]);
  });

  it('merge a valid partial change over the current weights', () => {
    const change = { proximity: 50, fairness: 0 };
    expect(checkMatchWeights(change)).toEqual([]);
    expect(mergeMatchWeights(DEFAULT_MATCH_WEIGHTS, change)).toEqual({ ...DEFAULT_MATCH_WEIGHTS, proximity: 50, fairness: 0 });
    // Stored settings with a stale key or a bad value keep the current weight.
    expect(mergeMatchWeights(DEFAULT_MATCH_WEIGHTS, { charisma: 3, load: -2 })).toEqual(DEFAULT_MATCH_WEIGHTS);
  });

  it('normalise any valid weights to sum to 1, keeping their proportions', () => {
    const weights = fc.record(
      Object.fromEntries(MATCH_COMPONENTS.map((name) => [name, fc.oneof(fc.constant(0), fc.double({ min: 0.001, max: 100, noNaN: true }))])) as Record<
        (typeof MATCH_COMPONENTS)[number],
        fc.Arbitrary<number>
      >,
    );
    fc.assert(
      fc.property(weights, (raw) => {
        const normalised = normaliseWeights(raw);
        expect(sum(normalised)).toBeCloseTo(1, 12);
        if (sum(raw) > 0 && raw.proximity > 0 && raw.rating > 0) {
          expect(normalised.proximity / normalised.rating).toBeCloseTo(raw.proximity / raw.rating, 6);
        }
      }),
    );
  });
});
