import type { FieldError } from '@relais/domain-people';
import { fieldError } from '@relais/domain-people';
import type { CentralityMethod, LeaderComponentName, LeaderPriors, LeaderSettings, LeaderWeights } from './leader-types';
import { CENTRALITY_METHODS, LEADER_COMPONENTS } from './leader-types';

/** Trust and reach lead: a leader is someone many neighbours rely on, not just the busiest. */
export const DEFAULT_LEADER_WEIGHTS: LeaderWeights = Object.freeze({
  activity: 0.2,
  reach: 0.25,
  trust: 0.25,
  reliability: 0.1,
  centrality: 0.2,
});

export const DEFAULT_LEADER_PRIORS: LeaderPriors = Object.freeze({
  // A newcomer is presumed rated 4 of 5, as if by 3 people: one bad rating cannot sink them.
  rating: Object.freeze({ mean: 4, count: 3 }),
  // A newcomer is presumed to complete 80 % of tasks, as if they had 3 behind them.
  reliability: Object.freeze({ rate: 0.8, tasks: 3 }),
});

export const DEFAULT_LEADER_SETTINGS: LeaderSettings = Object.freeze({
  weights: DEFAULT_LEADER_WEIGHTS,
  halfLifeDays: 60,
  centrality: 'pagerank',
  priors: DEFAULT_LEADER_PRIORS,
});

/** Weights are relative, so admins may write them as percentages; any larger is a typo. */
export const LEADER_WEIGHT_MAX = 100;
/** Ten years: past that, nothing would ever fade. */
export const HALF_LIFE_DAYS_MAX = 3650;
/** A prior worth more than this many observations would drown the data. */
export const PRIOR_COUNT_MAX = 100;

type Change = Readonly<Record<string, unknown>>;

const isRecord = (value: unknown): value is Change => typeof value === 'object' && value !== null && !Array.isArray(value);
const isNumberIn = (value: unknown, min: number, max: number): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;
const isWeight = (value: unknown): value is number => isNumberIn(value, 0, LEADER_WEIGHT_MAX);
const isHalfLife = (value: unknown): value is number => Number.isInteger(value) && isNumberIn(value, 1, HALF_LIFE_DAYS_MAX);
const isCentralityMethod = (value: unknown): value is CentralityMethod =>
  (CENTRALITY_METHODS as readonly unknown[]).includes(value);

export function isLeaderComponentName(name: string): name is LeaderComponentName {
  return (LEADER_COMPONENTS as readonly string[]).includes(name);
}

/** Each prior field: its path, its range, and how to read and write it. */
const PRIOR_FIELDS = [
  { group: 'rating', key: 'mean', min: 1, max: 5 },
  { group: 'rating', key: 'count', min: 0, max: PRIOR_COUNT_MAX },
  { group: 'reliability', key: 'rate', min: 0, max: 1 },
  { group: 'reliability', key: 'tasks', min: 0, max: PRIOR_COUNT_MAX },
] as const;

function checkGroup(
  path: string,
  value: unknown,
  check: (key: string, value: unknown) => FieldError[],
): FieldError[] {
  if (!isRecord(value)) return [fieldError(path, 'must be an object')];
  return Object.entries(value).flatMap(([key, item]) => check(key, item));
}

function checkWeights(value: unknown): FieldError[] {
  return checkGroup('weights', value, (name, weight) => {
    if (!isLeaderComponentName(name)) {
      return [fieldError(`weights.${name}`, `is not a leader weight; the weights are ${LEADER_COMPONENTS.join(', ')}`)];
    }
    return isWeight(weight) ? [] : [fieldError(`weights.${name}`, `must be a number from 0 to ${LEADER_WEIGHT_MAX}`)];
  });
}

function checkPriors(value: unknown): FieldError[] {
  return checkGroup('priors', value, (group, fields) => {
    const known = PRIOR_FIELDS.filter((field) => field.group === group);
    if (known.length === 0) return [fieldError(`priors.${group}`, 'is not a prior; the priors are rating, reliability')];
    return checkGroup(`priors.${group}`, fields, (key, item) => {
      const field = known.find((candidate) => candidate.key === key);
      if (field === undefined) return [fieldError(`priors.${group}.${key}`, `is not a field of the ${group} prior`)];
      return isNumberIn(item, field.min, field.max)
        ? []
        : [fieldError(`priors.${group}.${key}`, `must be a number from ${field.min} to ${field.max}`)];
    });
  });
}

/**
 * Checks a change to the settings; each error names its field (`weights.trust`, `halfLifeDays`, ...).
 * `current` is what the change applies to, so that a change cannot zero the last non-zero weight.
 */
export function checkLeaderSettings(change: Change, current: LeaderSettings = DEFAULT_LEADER_SETTINGS): FieldError[] {
  const errors: FieldError[] = [];
  for (const [key, value] of Object.entries(change)) {
    if (key === 'weights') errors.push(...checkWeights(value));
    else if (key === 'priors') errors.push(...checkPriors(value));
    else if (key === 'halfLifeDays') {
      if (!isHalfLife(value)) errors.push(fieldError(key, `must be a whole number of days from 1 to ${HALF_LIFE_DAYS_MAX}`));
    } else if (key === 'centrality') {
      if (!isCentralityMethod(value)) errors.push(fieldError(key, `must be one of ${CENTRALITY_METHODS.join(', ')}`));
    } else {
      errors.push(fieldError(key, 'is not a leader setting; the settings are weights, halfLifeDays, centrality, priors'));
    }
  }
  if (errors.length > 0) return errors;
  const { weights } = mergeLeaderSettings(current, change);
  return LEADER_COMPONENTS.every((name) => weights[name] === 0)
    ? [fieldError('weights', 'must not all be zero: at least one component has to count')]
    : [];
}

function mergePriors(current: LeaderPriors, change: unknown): LeaderPriors {
  if (!isRecord(change)) return current;
  const merged = { rating: { ...current.rating }, reliability: { ...current.reliability } };
  for (const field of PRIOR_FIELDS) {
    const group = change[field.group];
    const value = isRecord(group) ? group[field.key] : undefined;
    if (isNumberIn(value, field.min, field.max)) (merged[field.group] as Record<string, number>)[field.key] = value;
  }
  return merged;
}

/**
 * The current settings with the change applied. Unknown keys and invalid values are ignored: stored
 * settings may predate a renamed component.
 */
export function mergeLeaderSettings(current: LeaderSettings, change: Change): LeaderSettings {
  const weights: Record<LeaderComponentName, number> = { ...current.weights };
  const weightChange = isRecord(change['weights']) ? change['weights'] : {};
  for (const name of LEADER_COMPONENTS) {
    const value = weightChange[name];
    if (isWeight(value)) weights[name] = value;
  }
  const { halfLifeDays, centrality } = change;
  return {
    weights,
    halfLifeDays: isHalfLife(halfLifeDays) ? halfLifeDays : current.halfLifeDays,
    centrality: isCentralityMethod(centrality) ? centrality : current.centrality,
    priors: mergePriors(current.priors, change['priors']),
  };
}

/** The same weights scaled to sum to 1; equal weights if none is positive, so a score stays defined. */
export function normaliseLeaderWeights(weights: LeaderWeights): LeaderWeights {
  const positive = (value: number) => (Number.isFinite(value) && value > 0 ? value : 0);
  const sum = LEADER_COMPONENTS.reduce((total, name) => total + positive(weights[name]), 0);
  const entries = LEADER_COMPONENTS.map((name): [LeaderComponentName, number] => [
    name,
    sum > 0 ? positive(weights[name]) / sum : 1 / LEADER_COMPONENTS.length,
  ]);
  return Object.fromEntries(entries) as Record<LeaderComponentName, number>;
}
