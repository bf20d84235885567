import { DAY_MS } from './decay';
import { ENDORSEMENT, HELP } from './leader-columns';
import { trustValue } from './leader-components';
import type { LeaderIndex } from './leader-index';
import type { LeaderFacts } from './leader-types';

/** A volunteer's raw components from their interactions (reliability comes from their task counts). */
export interface VolunteerTally {
  /** Σ decay of the helps they completed: recent help counts more. */
  activity: number;
  /**
   * Σ over distinct residents helped of the decay of their latest help (six helps to one resident
   * count as one), plus Σ decay × standing of the people they recruited who took part (`weighSignals`).
   */
  reach: number;
  /** `trustValue` of their rated helps and endorsements, each endorsement weighed by its giver's standing. */
  trust: number;
  /**
   * Plain counts over the last half-life, up to now (later dates, clock skew, count as now): every
   * endorsement and recruit, whatever they weigh, so that an organiser sees a burst of them.
   */
  facts: LeaderFacts;
}

/**
 * Working memory for tallies: the latest decay of each resident helped, and marks of who was seen,
 * one slot per person; a mark is the tally's own number, so nothing needs clearing between tallies.
 */
export class TallyScratch {
  private readonly latest: Float64Array;
  private readonly seen: Int32Array;
  private readonly seenInWindow: Int32Array;
  private readonly residents: number[] = [];
  private mark = 0;

  constructor(people: number) {
    this.latest = new Float64Array(people);
    this.seen = new Int32Array(people);
    this.seenInWindow = new Int32Array(people);
  }

  /** Reads everything that credits `person`, in one pass over their interactions. */
  tally(index: LeaderIndex, person: number): VolunteerTally {
    const { latest, seen, seenInWindow, residents } = this;
    const mark = ++this.mark;
    residents.length = 0;
    const { kind, source, at, rating } = index.columns.interactions;
    const { decay, trust, inStarts, inEdges, settings } = index;
    const windowDays = settings.halfLifeDays;
    const since = index.now - windowDays * DAY_MS;
    let activity = 0;
    let reach = 0;
    let ratingSum = 0;
    let thanks = 0;
    let endorsed = 0;
    const facts: LeaderFacts = { windowDays, helps: 0, distinctResidents: 0, meanRating: null, ratings: 0, endorsements: 0, recruits: 0 };
    let windowRatingSum = 0;
    for (let k = inStarts[person] as number, end = inStarts[person + 1] as number; k < end; k++) {
      const e = inEdges[k] as number;
      const weight = decay[e] as number;
      const inWindow = (at[e] as number) >= since;
      const what = kind[e];
      if (what === HELP) {
        activity += weight;
        const resident = source[e] as number;
        if (seen[resident] !== mark) {
          seen[resident] = mark;
          latest[resident] = weight;
          residents.push(resident);
        } else if (weight > (latest[resident] as number)) latest[resident] = weight;
        const stars = rating[e] as number;
        if (stars > 0) {
          ratingSum += weight * stars;
          thanks += weight;
        }
        if (inWindow) {
          facts.helps++;
          if (seenInWindow[resident] !== mark) {
            seenInWindow[resident] = mark;
            facts.distinctResidents++;
          }
          if (stars > 0) {
            facts.ratings++;
            windowRatingSum += stars;
          }
        }
      } else if (what === ENDORSEMENT) {
        endorsed += trust[e] as number;
        if (inWindow) facts.endorsements++;
      } else {
        reach += trust[e] as number;
        if (inWindow) facts.recruits++;
      }
    }
    for (const resident of residents) reach += latest[resident] as number;
    if (facts.ratings > 0) facts.meanRating = windowRatingSum / facts.ratings;
    return { activity, reach, trust: trustValue(ratingSum, thanks, endorsed, settings.priors.rating), facts };
  }
}
