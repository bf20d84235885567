import { ENDORSEMENT, HELP, REFERRAL } from './interaction-kinds';
import type { InteractionColumns } from './leader-columns';

/**
 * What a person has done with other people, counted over all time: the evidence the endorsements
 * and referrals they give are weighed by. Not decayed: it says whether an account belongs to a real
 * neighbour, and a neighbour who helped last year is still one. Account age is not part of it: an
 * account left to age costs whoever makes it nothing, so age would only reward patience.
 */
export interface GiverRecord {
  /** Helps they gave, done, to someone else. */
  helped: number;
  /** Helps they received, done, that they thanked with a rating. */
  thanked: number;
  /**
   * Endorsements from people who took part, each endorser's single vouch shared among everyone they
   * endorse: one real account vouching for twenty-five fresh ones lends each a twenty-fifth.
   */
  vouched: number;
}

/**
 * Standing of an account that has done nothing, that of an established one being 1: its signals
 * count for a tenth, so that a real newcomer's endorsement still says something while a burst of
 * sign-ups says little (and `UNEARNED_SIGNAL_BUDGET` bounds what any number of them say).
 */
export const FRESH_STANDING = 0.1;
/** Pieces of evidence (helps given, thanked helps received, whole vouches) that make an account established. */
export const ESTABLISHED_EVIDENCE = 3;
/**
 * The most that the unearned parts of the signals into one person can add up to, in endorsements
 * (each then decays with its age): half an established one's, so one thanks' worth of trust evidence.
 * Weighing each fresh account at a tenth alone would not do: a hundred of them would still be worth
 * ten real endorsements.
 */
export const UNEARNED_SIGNAL_BUDGET = 0.5;

/**
 * Took part: helped someone, or thanked a help received. A request merely marked done is not the
 * requester's evidence, the helper marks it; the thanks is the requester's own act.
 */
export function tookPart(record: Pick<GiverRecord, 'helped' | 'thanked'>): boolean {
  return record.helped > 0 || record.thanked > 0;
}

/**
 * The earned share of standing, in [0, 1]: evidence over `ESTABLISHED_EVIDENCE`, so one help is a
 * third of the way and three make an established neighbour. Linear then flat rather than a curve:
 * easy to say to an organiser, and past three pieces more activity already counts in the score itself.
 */
export function earnedStanding(record: GiverRecord): number {
  const evidence = nonNegative(record.helped) + nonNegative(record.thanked) + nonNegative(record.vouched);
  return Math.min(1, evidence / ESTABLISHED_EVIDENCE);
}

/** FRESH_STANDING for an account that has done nothing, rising linearly to 1 with what it earned. */
export function giverStanding(record: GiverRecord): number {
  const earned = earnedStanding(record);
  return earned + FRESH_STANDING * (1 - earned);
}

const nonNegative = (value: number) => (Number.isFinite(value) && value > 0 ? value : 0);

/** Records of some people, one row each; anyone without a row has done nothing. */
export interface GiverColumns {
  count: number;
  person: Int32Array;
  helped: Float64Array;
  thanked: Float64Array;
  vouched: Float64Array;
}

export function giverColumns(count: number): GiverColumns {
  return { count, person: new Int32Array(count), helped: new Float64Array(count), thanked: new Float64Array(count), vouched: new Float64Array(count) };
}

/**
 * Everyone's record from a whole city's interactions, one row per person who has done something.
 * A graph's part (one neighbourhood's) is not enough: a giver's record is made of edges elsewhere.
 */
export function giverColumnsOf(interactions: InteractionColumns, people: number): GiverColumns {
  const { count, kind, source, target, rating } = interactions;
  const helped = new Float64Array(people);
  const thanked = new Float64Array(people);
  const endorsing = new Int32Array(people);
  for (let e = 0; e < count; e++) {
    const [s, t] = [source[e] as number, target[e] as number];
    if (s === t) continue;
    if (kind[e] === HELP) {
      helped[t] = (helped[t] as number) + 1;
      if ((rating[e] as number) > 0) thanked[s] = (thanked[s] as number) + 1;
    } else if (kind[e] === ENDORSEMENT) endorsing[s] = (endorsing[s] as number) + 1;
  }
  const vouched = new Float64Array(people);
  for (let e = 0; e < count; e++) {
    const [s, t] = [source[e] as number, target[e] as number];
    if (kind[e] === ENDORSEMENT && s !== t && ((helped[s] as number) > 0 || (thanked[s] as number) > 0)) {
      vouched[t] = (vouched[t] as number) + 1 / (endorsing[s] as number);
    }
  }
  let rows = 0;
  for (let p = 0; p < people; p++) if ((helped[p] as number) + (thanked[p] as number) + (vouched[p] as number) > 0) rows++;
  const givers = giverColumns(rows);
  for (let p = 0, row = 0; p < people; p++) {
    if ((helped[p] as number) + (thanked[p] as number) + (vouched[p] as number) === 0) continue;
    givers.person[row] = p;
    givers.helped[row] = helped[p] as number;
    givers.thanked[row] = thanked[p] as number;
    givers.vouched[row++] = vouched[p] as number;
  }
  return givers;
}

/**
 * The trust each endorsement and referral passes, in place of its decay in `weights` (edges of other
 * kinds are left as they are): decay × (earned + FRESH_STANDING × (1 − earned)) of its giver, where a
 * referral counts only once the recruit took part; and the unearned parts of the signals into one
 * person are scaled down together to at most `UNEARNED_SIGNAL_BUDGET` (before decay, so the scale does
 * not depend on the day it is computed). So an established neighbour's
 * endorsement counts whole whoever else endorses, a fresh account's for a tenth, and any number of
 * fresh accounts together for half an endorsement. `inStarts`/`inEdges`: the edges grouped by target.
 */
export function weighSignals(
  interactions: InteractionColumns,
  givers: GiverColumns,
  people: number,
  decay: Float64Array,
  inStarts: Int32Array,
  inEdges: Int32Array,
  weights: Float64Array,
): void {
  const earned = new Float64Array(people);
  const participant = new Uint8Array(people);
  for (let row = 0; row < givers.count; row++) {
    const record = { helped: givers.helped[row] as number, thanked: givers.thanked[row] as number, vouched: givers.vouched[row] as number };
    const p = givers.person[row] as number;
    earned[p] = earnedStanding(record);
    participant[p] = tookPart(record) ? 1 : 0;
  }
  const { kind, source } = interactions;
  const counts = (e: number) => kind[e] === ENDORSEMENT || (kind[e] === REFERRAL && participant[source[e] as number] === 1);
  const unearned = (e: number) => FRESH_STANDING * (1 - (earned[source[e] as number] as number));
  for (let p = 0; p < people; p++) {
    const [start, end] = [inStarts[p] as number, inStarts[p + 1] as number];
    let total = 0;
    for (let k = start; k < end; k++) {
      const e = inEdges[k] as number;
      if (kind[e] !== HELP && counts(e)) total += unearned(e);
    }
    const scale = total > UNEARNED_SIGNAL_BUDGET ? UNEARNED_SIGNAL_BUDGET / total : 1;
    for (let k = start; k < end; k++) {
      const e = inEdges[k] as number;
      if (kind[e] === HELP) continue;
      weights[e] = counts(e) ? (decay[e] as number) * ((earned[source[e] as number] as number) + unearned(e) * scale) : 0;
    }
  }
}

/** The people who give the endorsements and referrals of some interactions, each once: whose records a part of the graph needs. */
export function signalGivers(interactions: InteractionColumns): number[] {
  const givers = new Set<number>();
  for (let e = 0; e < interactions.count; e++) if (interactions.kind[e] !== HELP) givers.add(interactions.source[e] as number);
  return [...givers];
}
