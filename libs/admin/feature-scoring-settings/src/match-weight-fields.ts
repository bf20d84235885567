import type { MatchWeightsFieldsFragment, MatchWeightsInput } from '@relais/admin-data-access';
import type { NumberDraft, NumberRange } from './number-range';
import { isInRange } from './number-range';

/** The match weights, in the order the page shows them: where and when first, then track record, then the nudges. */
export const MATCH_WEIGHT_FIELDS = ['proximity', 'availability', 'reliability', 'rating', 'load', 'sameNeighbourhood', 'language', 'continuity', 'fairness'] as const;
export type MatchWeightField = (typeof MATCH_WEIGHT_FIELDS)[number];
/** A weight, or `weights` when they are all zero: the API's field names. */
export type MatchWeightsError = MatchWeightField | 'weights';

/** updateMatchWeights' range: weights are relative, percentages at most. */
export const MATCH_WEIGHT_RANGE: NumberRange = { min: 0, max: 100 };

export type MatchWeightsDraft = Record<MatchWeightField, NumberDraft>;

export function matchWeightsDraft(weights: MatchWeightsFieldsFragment): MatchWeightsDraft {
  return Object.fromEntries(MATCH_WEIGHT_FIELDS.map((field) => [field, weights[field]])) as MatchWeightsDraft;
}

/** What the draft cannot be saved with, as the API would refuse it: a weight out of range, or all of them zero. */
export function invalidMatchWeights(draft: MatchWeightsDraft): MatchWeightsError[] {
  const wrong: MatchWeightsError[] = MATCH_WEIGHT_FIELDS.filter((field) => !isInRange(draft[field], MATCH_WEIGHT_RANGE));
  if (wrong.length === 0 && MATCH_WEIGHT_FIELDS.every((field) => draft[field] === 0)) wrong.push('weights');
  return wrong;
}

/** The draft as the API takes it; only for a draft with nothing invalid. */
export function matchWeightsInput(draft: MatchWeightsDraft): MatchWeightsInput {
  return Object.fromEntries(MATCH_WEIGHT_FIELDS.map((field) => [field, Number(draft[field])])) as MatchWeightsInput;
}

/** The fields a BAD_USER_INPUT names, in the page's order, each to be marked in place. */
export function refusedMatchWeights(named: readonly string[]): MatchWeightsError[] {
  return [...MATCH_WEIGHT_FIELDS, 'weights' as const].filter((field) => named.includes(field));
}
