import fc from 'fast-check';
import {
  DEFAULT_LEADER_SETTINGS,
  checkLeaderSettings,
  mergeLeaderSettings,
  normaliseLeaderWeights,
} from './leader-settings';
import type { LeaderWeights } from './leader-types';
import { LEADER_COMPONENTS } from './leader-types';

const ALL_ZERO = Object.fromEntries(LEADER_COMPONENTS.map((name) => [name, 0])) as LeaderWeights;
const sum = (weights: LeaderWeights) => LEADER_COMPONENTS.reduce((total, name) => total + weights[name], 0);
const fields = (change: Record<string, unknown>) => checkLeaderSettings(change).map((error) => error.field);

describe('leader settings', () => {
  it('ship defaults for every component, weights summing to 1, a 60-day half-life and PageRank', () => {
    expect(Object.keys(DEFAULT_LEADER_SETTINGS.weights)).toEqual([...LEADER_COMPONENTS]);
    expect(sum(DEFAULT_LEADER_SETTINGS.weights)).toBeCloseTo(1, 12);
    expect(DEFAULT_LEADER_SETTINGS).toMatchObject({ halfLifeDays: 60, centrality: 'pagerank' });
    expect(DEFAULT_LEADER_SETTINGS.priors).toEqual({ rating: { mean: 4, count: 3 }, reliability: { rate: 0.8, tasks: 3 } });
    expect(checkLeaderSettings(DEFAULT_LEADER_SETTINGS as unknown as Record<string, unknown>)).toEqual([]);
  });

  it('refuse weights that are not finite numbers from 0 to 100, or unknown, naming each', () => {
    expect(fields({ weights: { charisma: 1 } })).toEqual(['weights.charisma']);
    expect(fields({ weights: { trust: -0.1 } })).toEqual(['weights.trust']);
    expect(fields({ weights: { trust: Number.NaN } })).toEqual(['weights.trust']);
    expect(fields({ weights: { trust: Infinity } })).toEqual(['weights.trust']);
    expect(fields({ weights: { trust: 100.5 } })).toEqual(['weights.trust']);
    expect(fields({ weights: { trust: '1' } })).toEqual(['weights.trust']);
    expect(fields({ weights: 3 })).toEqual(['weights']);
    expect(fields({ weights: { trust: 100, reach: 0, charisma: 2, activity: -1 } })).toEqual(['weights.charisma', 'weights.activity']);
  });

  it('refuse a change that leaves every weight at zero', () => {
    expect(fields({ weights: ALL_ZERO })).toEqual(['weights']);
    const onlyTrust = { ...DEFAULT_LEADER_SETTINGS, weights: { ...ALL_ZERO, trust: 1 } };
    expect(checkLeaderSettings({ weights: { trust: 0 } }, onlyTrust).map((error) => error.field)).toEqual(['weights']);
    expect(checkLeaderSettings({ weights: { reach: 0 } }, onlyTrust)).toEqual([]);
  });

  it('want a half-life of a whole number of days from 1 to 3650', () => {
    for (const ok of [1, 60, 3650]) expect(fields({ halfLifeDays: ok })).toEqual([]);
    for (const bad of [0, -1, 1.5, 3651, Number.NaN, '60', null]) expect(fields({ halfLifeDays: bad })).toEqual(['halfLifeDays']);
  });

  it('want a known centrality method, priors in range and no unknown setting', () => {
    expect(fields({ centrality: 'leaderrank' })).toEqual([]);
    expect(fields({ centrality: 'hits' })).toEqual(['centrality']);
    expect(fields({ priors: { rating: { mean: 3.5, count: 0 }, reliability: { rate: 1 } } })).toEqual([]);
    expect(fields({ priors: { rating: { mean: 6 } } })).toEqual(['priors.rating.mean']);
    expect(fields({ priors: { reliability: { rate: 1.2, tasks: -1 } } })).toEqual(['priors.reliability.rate', 'priors.reliability.tasks']);
    expect(fields({ priors: { rating: 4 } })).toEqual(['priors.rating']);
    expect(fields({ priors: { luck: {} } })).toEqual(['priors.luck']);
    expect(fields({ priors: { rating: { median: 4 } } })).toEqual(['priors.rating.median']);
    expect(fields({ charisma: 1 })).toEqual(['charisma']);
  });

  it('merge a valid partial change over the current settings, ignoring what is invalid', () => {
    const change = { weights: { trust: 50, reach: 0 }, halfLifeDays: 30, centrality: 'leaderrank', priors: { rating: { count: 5 } } };
    expect(checkLeaderSettings(change)).toEqual([]);
    expect(mergeLeaderSettings(DEFAULT_LEADER_SETTINGS, change)).toEqual({
      weights: { ...DEFAULT_LEADER_SETTINGS.weights, trust: 50, reach: 0 },
      halfLifeDays: 30,
      centrality: 'leaderrank',
      priors: { rating: { mean: 4, count: 5 }, reliability: { rate: 0.8, tasks: 3 } },
    });
    // Stored settings with a stale key or a bad value keep the current value.
    const stale = { weights: { charisma: 3, activity: -2 }, halfLifeDays: 0, centrality: 'hits', priors: { rating: { mean: 9 } } };
    expect(mergeLeaderSettings(DEFAULT_LEADER_SETTINGS, stale)).toEqual(DEFAULT_LEADER_SETTINGS);
  });

  it('normalise any valid weights to sum to 1, keeping their proportions; equal weights if all are zero', () => {
    expect(normaliseLeaderWeights(ALL_ZERO)).toEqual(Object.fromEntries(LEADER_COMPONENTS.map((name) => [name, 0.2])));
    const weight = fc.oneof(fc.constant(0), fc.double({ min: 0.001, max: 100, noNaN: true }));
    const weights = fc.record({ activity: weight, reach: weight, trust: weight, reliability: weight, centrality: weight });
    fc.assert(
      fc.property(weights, (raw) => {
        const normalised = normaliseLeaderWeights(raw);
        expect(sum(normalised)).toBeCloseTo(1, 12);
        if (raw.trust > 0 && raw.reach > 0) expect(normalised.trust / normalised.reach).toBeCloseTo(raw.trust / raw.reach, 6);
      }),
    );
  });
});
