import { bayesianMean } from './bayesian-mean';
import { DAY_MS, decayAt } from './decay';
import type { LeaderEndorsement, LeaderFacts, LeaderHelp, LeaderPriors, LeaderReferral, LeaderVolunteer } from './leader-types';

/** An endorsement vouches for the person, a thanks for one task: it counts as two thanks. */
export const ENDORSEMENT_EVIDENCE = 2;

const nonNegative = (value: number) => (value > 0 ? value : 0);

/** A rating on 1..5, or null when there is none or it is not a number. */
export function validRating(rating: number | null): number | null {
  if (rating === null || !Number.isFinite(rating)) return null;
  return Math.min(5, Math.max(1, rating));
}

/** Help completed, each decayed: recent help counts more. */
export function activity(helps: readonly LeaderHelp[], now: Date, halfLifeDays: number): number {
  let total = 0;
  for (const help of helps) total += decayAt(help.at, now, halfLifeDays);
  return total;
}

/**
 * Distinct residents helped, each counted once at the decay weight of their latest help (six helps to
 * one resident count as one), plus people recruited, decayed.
 */
export function reach(
  helps: readonly LeaderHelp[],
  referrals: readonly LeaderReferral[],
  now: Date,
  halfLifeDays: number,
): number {
  const latestByResident = new Map<string, number>();
  for (const help of helps) {
    const weight = decayAt(help.at, now, halfLifeDays);
    if (weight > (latestByResident.get(help.residentId) ?? -1)) latestByResident.set(help.residentId, weight);
  }
  let total = 0;
  for (const weight of latestByResident.values()) total += weight;
  for (const referral of referrals) total += decayAt(referral.at, now, halfLifeDays);
  return total;
}

/**
 * quality × log2(1 + evidence), where
 * - quality is the Bayesian mean of the ratings, each weighted by its decay, with the prior (4 over 3
 *   pseudo-ratings), mapped from 1..5 to 0..1: few ratings stay near the prior, many speak for themselves;
 * - evidence is the decayed count of thanks (rated helps) plus two per endorsement, decayed.
 * Quality says how good, evidence how sure and how widely; the log makes the tenth thanks count less
 * than the first without ever counting nothing. No evidence is no trust: trust is earned.
 * Non-decreasing in each new rating of 5 and in each endorsement.
 */
export function trust(
  helps: readonly LeaderHelp[],
  endorsements: readonly LeaderEndorsement[],
  now: Date,
  halfLifeDays: number,
  prior: LeaderPriors['rating'],
): number {
  let weightedSum = 0;
  let thanks = 0;
  for (const help of helps) {
    const rating = validRating(help.rating);
    if (rating === null) continue;
    const weight = decayAt(help.at, now, halfLifeDays);
    weightedSum += weight * rating;
    thanks += weight;
  }
  let endorsed = 0;
  for (const endorsement of endorsements) endorsed += decayAt(endorsement.at, now, halfLifeDays);
  const quality = (bayesianMean(weightedSum, thanks, prior) - 1) / 4;
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

/** Plain counts over the last `windowDays` up to `now` (later dates, clock skew, count as now). */
export function leaderFacts(
  helps: readonly LeaderHelp[],
  endorsements: readonly LeaderEndorsement[],
  referrals: readonly LeaderReferral[],
  now: Date,
  windowDays: number,
): LeaderFacts {
  const since = now.getTime() - windowDays * DAY_MS;
  const inWindow = (at: Date) => at.getTime() >= since;
  const residents = new Set<string>();
  let count = 0;
  let ratings = 0;
  let ratingSum = 0;
  for (const help of helps) {
    if (!inWindow(help.at)) continue;
    count++;
    residents.add(help.residentId);
    const rating = validRating(help.rating);
    if (rating !== null) {
      ratings++;
      ratingSum += rating;
    }
  }
  return {
    windowDays,
    helps: count,
    distinctResidents: residents.size,
    meanRating: ratings > 0 ? ratingSum / ratings : null,
    ratings,
    endorsements: endorsements.filter((endorsement) => inWindow(endorsement.at)).length,
    recruits: referrals.filter((referral) => inWindow(referral.at)).length,
  };
}
