import type { FieldError } from '@relais/domain-people';
import { fieldError } from '@relais/domain-people';
import type { MatchComponentName, MatchWeights } from './match-types';
import { MATCH_COMPONENTS } from './match-types';

/** Closeness and track record lead; the rest nudge the ranking. Sums to 1 as shipped. */
export const DEFAULT_MATCH_WEIGHTS: MatchWeights = Object.freeze({
  proximity: 0.25,
  availability: 0.1,
  reliability: 0.15,
  rating: 0.15,
  load: 0.1,
  sameNeighbourhood: 0.05,
  language: 0.05,
  continuity: 0.05,
  fairness: 0.1,
});

/** Weights are relative, so admins may write them as percentages; any larger is a typo. */
export const MATCH_WEIGHT_MAX = 100;

export function isMatchComponentName(name: string): name is MatchComponentName {
  return (MATCH_COMPONENTS as readonly string[]).includes(name);
}

function isValidWeight(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= MATCH_WEIGHT_MAX;
}

/**
 * Checks a change to the weights; each field is named by its component.
 * `current` is what the change applies to, so that a change cannot zero the last non-zero weight.
 */
export function checkMatchWeights(
  change: Readonly<Record<string, unknown>>,
  current: MatchWeights = DEFAULT_MATCH_WEIGHTS,
): FieldError[] {
  const errors: FieldError[] = [];
  for (const [name, value] of Object.entries(change)) {
    if (!isMatchComponentName(name)) {
      errors.push(fieldError(name, `is not a match weight; the weights are ${MATCH_COMPONENTS.join(', ')}`));
    } else if (!isValidWeight(value)) {
      errors.push(fieldError(name, `must be a number from 0 to ${MATCH_WEIGHT_MAX}`));
    }
  }
  if (errors.length > 0) return errors;
  const merged = mergeMatchWeights(current, change);
  return MATCH_COMPONENTS.every((name) => merged[name] === 0)
    ? [fieldError('weights', 'must not all be zero: at least one component has to count')]
    : [];
}

/**
 * The current weights with the change applied. Keys that are not components and values that are not
 * valid weights are ignored: stored settings may predate a renamed component.
 */
export function mergeMatchWeights(current: MatchWeights, change: Readonly<Record<string, unknown>>): MatchWeights {
  const merged: Record<MatchComponentName, number> = { ...current };
  for (const name of MATCH_COMPONENTS) {
    const value = change[name];
    if (isValidWeight(value)) merged[name] = value;
  }
  return merged;
}

/** The same weights scaled to sum to 1; equal weights if none is positive, so a score stays defined. */
export function normaliseWeights(weights: MatchWeights): MatchWeights {
  const positive = (value: number) => (Number.isFinite(value) && value > 0 ? value : 0);
  const sum = MATCH_COMPONENTS.reduce((total, name) => total + positive(weights[name]), 0);
  const entries = MATCH_COMPONENTS.map(
    (name): [MatchComponentName, number] => [name, sum > 0 ? positive(weights[name]) / sum : 1 / MATCH_COMPONENTS.length],
  );
  return Object.fromEntries(entries) as Record<MatchComponentName, number>;
}
