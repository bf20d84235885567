import type { LeaderSettingsFieldsFragment } from '@relais/admin-data-access';
import { invalidLeaderSettings, leaderSettingsDraft, leaderSettingsInput, leaderWeightShares, refusedLeaderSettings } from './leader-setting-fields';

const saved: LeaderSettingsFieldsFragment = {
  weights: { activity: 0.2, reach: 0.25, trust: 0.25, reliability: 0.1, centrality: 0.2 },
  halfLifeDays: 60,
  centrality: 'PAGERANK',
  priors: { rating: { mean: 4, count: 3 }, reliability: { rate: 0.8, tasks: 3 } },
};

describe('leader setting fields', () => {
  it('accepts the settings as saved, and sends them back whole', () => {
    const draft = leaderSettingsDraft(saved);
    expect(invalidLeaderSettings(draft)).toEqual([]);
    const { weights, halfLifeDays, centrality, priors } = saved;
    expect(leaderSettingsInput(draft)).toEqual({ weights, halfLifeDays, centrality, priors });
  });

  it('refuses each number out of the API’s range by its field name', () => {
    const draft = leaderSettingsDraft(saved);
    const numbers = {
      ...draft.numbers,
      'weights.trust': 101,
      halfLifeDays: 7.5,
      'priors.rating.mean': 0.5,
      'priors.rating.count': '',
      'priors.reliability.rate': 1.2,
    };
    expect(invalidLeaderSettings({ ...draft, numbers })).toEqual(['weights.trust', 'halfLifeDays', 'priors.rating.mean', 'priors.rating.count', 'priors.reliability.rate']);
    expect(invalidLeaderSettings({ ...draft, numbers: { ...draft.numbers, halfLifeDays: 3650, 'priors.rating.mean': 5, 'priors.reliability.rate': 0 } })).toEqual([]);
  });

  it('refuses every weight at zero as a whole', () => {
    const draft = leaderSettingsDraft({ ...saved, weights: { activity: 0, reach: 0, trust: 0, reliability: 0, centrality: 0 } });
    expect(invalidLeaderSettings(draft)).toEqual(['weights']);
  });

  it('gives each weight its share of the score', () => {
    const draft = leaderSettingsDraft({ ...saved, weights: { activity: 1, reach: 1, trust: 2, reliability: 0, centrality: 0 } });
    expect(leaderWeightShares(draft)).toEqual({ activity: 0.25, reach: 0.25, trust: 0.5, reliability: 0, centrality: 0 });
    expect(leaderWeightShares({ ...draft, numbers: { ...draft.numbers, 'weights.trust': 101 } })).toBeNull();
  });

  it('reads the refused fields in the page’s order', () => {
    expect(refusedLeaderSettings(['priors.rating.mean', 'weights', 'halfLifeDays', 'weights.reach'])).toEqual(['weights.reach', 'halfLifeDays', 'priors.rating.mean', 'weights']);
  });
});
