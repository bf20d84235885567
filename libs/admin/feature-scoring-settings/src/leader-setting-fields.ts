import type { CentralityMethod, LeaderSettingsFieldsFragment, LeaderSettingsInput } from '@relais/admin-data-access';
import type { NumberDraft, NumberRange } from './number-range';
import { isInRange, sharesOf } from './number-range';

export const LEADER_WEIGHT_FIELDS = ['activity', 'reach', 'trust', 'reliability', 'centrality'] as const;
export type LeaderWeightName = (typeof LEADER_WEIGHT_FIELDS)[number];

/** The numbers of the page, by the API's field names (updateLeaderSettings' `fields`), in the page's order. */
export const LEADER_NUMBER_FIELDS = [
  ...LEADER_WEIGHT_FIELDS.map((name) => `weights.${name}` as const),
  'halfLifeDays',
  'priors.rating.mean',
  'priors.rating.count',
  'priors.reliability.rate',
  'priors.reliability.tasks',
] as const;
export type LeaderNumberField = (typeof LEADER_NUMBER_FIELDS)[number];
/** A number field, or `weights` when the weights are all zero. */
export type LeaderSettingsError = LeaderNumberField | 'weights';

/** updateLeaderSettings' ranges (libs/domain/leaders, leader-settings.ts). */
export const LEADER_RANGES: Readonly<Record<LeaderNumberField, NumberRange>> = {
  'weights.activity': { min: 0, max: 100 },
  'weights.reach': { min: 0, max: 100 },
  'weights.trust': { min: 0, max: 100 },
  'weights.reliability': { min: 0, max: 100 },
  'weights.centrality': { min: 0, max: 100 },
  halfLifeDays: { min: 1, max: 3650, whole: true },
  'priors.rating.mean': { min: 1, max: 5 },
  'priors.rating.count': { min: 0, max: 100 },
  'priors.reliability.rate': { min: 0, max: 1 },
  'priors.reliability.tasks': { min: 0, max: 100 },
};

export interface LeaderSettingsDraft {
  numbers: Record<LeaderNumberField, NumberDraft>;
  centrality: CentralityMethod;
}

export function leaderSettingsDraft(settings: LeaderSettingsFieldsFragment): LeaderSettingsDraft {
  const { weights, priors } = settings;
  return {
    numbers: {
      'weights.activity': weights.activity,
      'weights.reach': weights.reach,
      'weights.trust': weights.trust,
      'weights.reliability': weights.reliability,
      'weights.centrality': weights.centrality,
      halfLifeDays: settings.halfLifeDays,
      'priors.rating.mean': priors.rating.mean,
      'priors.rating.count': priors.rating.count,
      'priors.reliability.rate': priors.reliability.rate,
      'priors.reliability.tasks': priors.reliability.tasks,
    },
    centrality: settings.centrality,
  };
}

/** What the draft cannot be saved with, as the API would refuse it: a number out of range, or every weight zero. */
export function invalidLeaderSettings(draft: LeaderSettingsDraft): LeaderSettingsError[] {
  const wrong: LeaderSettingsError[] = LEADER_NUMBER_FIELDS.filter((field) => !isInRange(draft.numbers[field], LEADER_RANGES[field]));
  const weightsWrong = wrong.some((field) => field.startsWith('weights.'));
  if (!weightsWrong && LEADER_WEIGHT_FIELDS.every((name) => draft.numbers[`weights.${name}`] === 0)) wrong.push('weights');
  return wrong;
}

/** Each leader weight's share of the score, as scoring normalises them; null while one is out of range or all are zero. */
export function leaderWeightShares(draft: LeaderSettingsDraft): Record<LeaderWeightName, number> | null {
  const weights = Object.fromEntries(LEADER_WEIGHT_FIELDS.map((name) => [name, draft.numbers[`weights.${name}`]])) as Record<LeaderWeightName, NumberDraft>;
  return sharesOf(weights, LEADER_RANGES['weights.activity']);
}

/** The draft as the API takes it; only for a draft with nothing invalid. */
export function leaderSettingsInput(draft: LeaderSettingsDraft): LeaderSettingsInput {
  const value = (field: LeaderNumberField) => Number(draft.numbers[field]);
  return {
    weights: Object.fromEntries(LEADER_WEIGHT_FIELDS.map((name) => [name, value(`weights.${name}`)])),
    halfLifeDays: value('halfLifeDays'),
    centrality: draft.centrality,
    priors: {
      rating: { mean: value('priors.rating.mean'), count: value('priors.rating.count') },
      reliability: { rate: value('priors.reliability.rate'), tasks: value('priors.reliability.tasks') },
    },
  };
}

/** The fields a BAD_USER_INPUT names, in the page's order, each to be marked in place. */
export function refusedLeaderSettings(named: readonly string[]): LeaderSettingsError[] {
  return [...LEADER_NUMBER_FIELDS, 'weights' as const].filter((field) => named.includes(field));
}
