/**
 * How much one vote on the idea board weighs, from what its voter has done in Relais.
 *
 * The inputs are the traces of taking part that someone else confirmed, so that an account
 * cannot give them to itself:
 * - `helpGiven`: requests they did that their requester thanked (a thanks row names them as
 *   volunteer). A completed task without thanks does not count: the volunteer can mark it done alone.
 * - `helpReceived`: requests of theirs that were done and that they thanked: they were helped,
 *   and a neighbour knows them for it.
 * - `endorsementsReceived`: people who vouched for them, counting only endorsers who have
 *   themselves given or received help (the server counts them so), since a batch of new
 *   accounts could otherwise vouch for one another.
 * - `daysAsMember`: since sign-up. It weighs little and stops growing after a year: waiting is
 *   not taking part, and sleeper accounts must not catch up with helpers.
 *
 * A fresh account's vote weighs 1; anyone who has given or received help weighs at least 6, so
 * a burst of new accounts needs more than six of them to match one helper (the contract asks for
 * a fifth at most). Every part grows with its input and then flattens (logarithms, caps), so
 * that a few very active people cannot decide alone.
 */
export interface Participation {
  helpGiven: number;
  helpReceived: number;
  endorsementsReceived: number;
  daysAsMember: number;
}

export const FRESH_VOTE_WEIGHT = 1;
/** What having been helped or having helped once adds: six times a fresh vote in all. */
export const FIRST_HELP_BONUS = 5;
const HELP_CAP = 20;
const ENDORSEMENT_CAP = 20;
const MEMBERSHIP_CAP_DAYS = 365;

/** Negative, NaN or fractional counts (bad rows, clock skew) count as what they must be at least: 0. */
const count = (n: number): number => (Number.isFinite(n) && n > 0 ? Math.floor(n) : 0);

export function voteWeight(p: Participation): number {
  const helped = Math.min(count(p.helpGiven) + count(p.helpReceived), HELP_CAP);
  const help = helped === 0 ? 0 : FIRST_HELP_BONUS + 2 * Math.log(helped);
  const endorsements = 1.5 * Math.log1p(Math.min(count(p.endorsementsReceived), ENDORSEMENT_CAP));
  const days = Number.isFinite(p.daysAsMember) && p.daysAsMember > 0 ? Math.min(p.daysAsMember, MEMBERSHIP_CAP_DAYS) : 0;
  return FRESH_VOTE_WEIGHT + help + endorsements + days / MEMBERSHIP_CAP_DAYS;
}

/** The heaviest a vote can weigh: what the caps allow. */
export const MAX_VOTE_WEIGHT = voteWeight({
  helpGiven: HELP_CAP,
  helpReceived: 0,
  endorsementsReceived: ENDORSEMENT_CAP,
  daysAsMember: MEMBERSHIP_CAP_DAYS,
});
