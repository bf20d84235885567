import { bayesianMean } from './bayesian-mean';
import type { LeaderPriors, LeaderVolunteer } from './leader-types';

/** An endorsement vouches for the person, a thanks for one task: it counts as two thanks. */
export const ENDORSEMENT_EVIDENCE = 2;

const nonNegative = (value: number) => (value > 0 ? value : 0);

/** A rating on 1..5, or null when there is none or it is not a number. */
export function validRating(rating: number | null): number | null {
  if (rating === null || !Number.isFinite(rating)) return null;
  return Math.min(5, Math.max(1, rating));
}

/**
 * quality × log2(1 + evidence), where
 * - quality is the Bayesian mean of the ratings, each weighted by its decay (`ratingSum` = Σ decay ×
 *   rating, `thanks` = Σ decay), with the prior (4 over 3 pseudo-ratings), mapped from 1..5 to 0..1:
 *   few ratings stay near the prior, many speak for themselves;
 * - evidence is the decayed count of thanks (rated helps) plus two per endorsement, decayed and
 *   weighed by the endorser's standing (`endorsed`, see `weighSignals`).
 * Quality says how good, evidence how sure and how widely; the log makes the tenth thanks count less
 * than the first without ever counting nothing. No evidence is no trust: trust is earned.
 * Non-decreasing in each new rating of 5 and in each endorsement.
 */
export function trustValue(ratingSum: number, thanks: number, endorsed: number, prior: LeaderPriors['rating']): number {
  const quality = (bayesianMean(ratingSum, thanks, prior) - 1) / 4;
  return nonNegative(quality) * Math.log2(1 + thanks + ENDORSEMENT_EVIDENCE * endorsed);
}

/**
 * (completed + rate·tasks) / (taken + tasks) with the prior; work given back counts as taken and not
 * completed, so no-shows pull it down. Already a rate in [0, 1].
 */
export function reliability(
  record: Pick<LeaderVolunteer, 'taken' | 'completed' | 'givenBack'>,
  prior: LeaderPriors['reliability'],
): number {
  const completed = nonNegative(record.completed);
  const taken = Math.max(nonNegative(record.taken), completed + nonNegative(record.givenBack));
  const denominator = taken + prior.tasks;
  if (!(denominator > 0)) return prior.rate;
  return Math.min(1, Math.max(0, (completed + prior.rate * prior.tasks) / denominator));
}
