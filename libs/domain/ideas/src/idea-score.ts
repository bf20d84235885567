/**
 * An idea's score, what TOP sorts by: the sum of its votes' weights, plus a bonus for new ideas
 * that halves every NEWNESS_HALF_LIFE_DAYS. The bonus starts at half a fresh vote, so it only
 * orders ideas whose votes weigh about the same (a newer idea ahead of an older one with the same
 * backing, for a week or two) and never outweighs a single vote.
 */
export const NEWNESS_BONUS = 0.5;
export const NEWNESS_HALF_LIFE_DAYS = 3;
const DAY_MS = 86_400_000;

/** 2^(−age / half-life) of NEWNESS_BONUS; an idea from the future (clock skew) counts as new. */
export function newnessBonus(ageDays: number): number {
  if (!(ageDays > 0)) return NEWNESS_BONUS;
  return NEWNESS_BONUS * 2 ** (-ageDays / NEWNESS_HALF_LIFE_DAYS);
}

/** `voteWeights` are the weights of its votes (voteWeight of each voter). */
export function ideaScore(voteWeights: readonly number[], createdAt: Date, now: Date): number {
  return scoreFromWeightSum(voteWeights.reduce((sum, w) => sum + (w > 0 ? w : 0), 0), createdAt, now);
}

/** The same from the sum of the weights, as the server keeps it. */
export function scoreFromWeightSum(weightSum: number, createdAt: Date, now: Date): number {
  return Math.max(0, weightSum) + newnessBonus((now.getTime() - createdAt.getTime()) / DAY_MS);
}

/**
 * The weighting in one sentence, for the idea board's page. French first; the admin app's own
 * translations may quote these.
 */
export const WEIGHTING_EXPLAINED = {
  fr:
    'Une voix compte davantage quand la personne qui vote a aidé ou été aidée (et remerciée), a été recommandée par des voisins ' +
    'ou est inscrite depuis longtemps : la voix d’un compte tout neuf pèse au plus un sixième de celle de quelqu’un qui a aidé, ' +
    'et à soutien égal, une idée récente passe devant pendant quelques jours.',
  en:
    'A vote counts for more when its voter has helped or been helped (and thanked), been vouched for by neighbours or been a ' +
    'member for long: a brand-new account’s vote weighs at most a sixth of a helper’s, and with equal backing a recent idea ' +
    'comes first for a few days.',
} as const;
