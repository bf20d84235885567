import type { PastHelpForRequester, RequestToMatch, VolunteerRecord, VolunteerToMatch } from './match-types';

const DAY_MS = 86_400_000;

/** Distance at which proximity is one half: a walk of a few minutes. */
const PROXIMITY_HALF_METERS = 500;
/** Two hours free in the window is enough for most tasks: a full fit. */
const FULL_FIT_MINUTES = 120;
/** A newcomer is presumed to complete 80 % of tasks, as if they had 3 behind them. */
const RELIABILITY_PRIOR = { rate: 0.8, tasks: 3 } as const;
/** A newcomer is presumed rated 4 of 5, as if by 5 people: one bad rating cannot sink them. */
const RATING_PRIOR = { mean: 4, count: 5 } as const;
/** Continuity for help that was not rated: as good as the rating prior. */
const UNRATED_CONTINUITY = 0.75;
/** Recent work halves every 30 days. */
const WORK_HALF_LIFE_DAYS = 30;
/** Fairness is one half for a volunteer with 3 recent tasks. */
const FAIRNESS_HALF_WORK = 3;

/** Clamps to [0, 1]; NaN, from absurd inputs, counts as 0 so a score is always defined. */
export function unitInterval(value: number): number {
  if (Number.isNaN(value)) return 0;
  return Math.min(1, Math.max(0, value));
}

const nonNegative = (value: number) => (value > 0 ? value : 0);

/** Maps a 1..5 rating to 0..1. */
function ratingToUnit(stars: number): number {
  return unitInterval((stars - 1) / 4);
}

export function proximity(distanceMeters: number): number {
  return unitInterval(1 / (1 + nonNegative(distanceMeters) / PROXIMITY_HALF_METERS));
}

export function availabilityFit(availableMinutes: number): number {
  return unitInterval(availableMinutes / FULL_FIT_MINUTES);
}

/** Completion rate with a prior; work given back counts as taken and not completed. */
export function reliability(record: Pick<VolunteerRecord, 'taken' | 'completed' | 'givenBack'>): number {
  const completed = nonNegative(record.completed);
  const taken = Math.max(nonNegative(record.taken), completed + nonNegative(record.givenBack));
  return unitInterval((completed + RELIABILITY_PRIOR.tasks * RELIABILITY_PRIOR.rate) / (taken + RELIABILITY_PRIOR.tasks));
}

/** Bayesian mean of the ratings received. */
export function rating(record: Pick<VolunteerRecord, 'ratingSum' | 'ratingCount'>): number {
  const count = nonNegative(record.ratingCount);
  const sum = count > 0 ? record.ratingSum : 0;
  return ratingToUnit((sum + RATING_PRIOR.mean * RATING_PRIOR.count) / (count + RATING_PRIOR.count));
}

/** Room left for more tasks. */
export function load(activeRequests: number, maxActiveRequests: number): number {
  if (!(maxActiveRequests > 0)) return 0;
  return unitInterval(1 - nonNegative(activeRequests) / maxActiveRequests);
}

export function sameNeighbourhood(
  request: Pick<RequestToMatch, 'neighbourhoodId' | 'adjacentNeighbourhoodIds'>,
  volunteer: Pick<VolunteerToMatch, 'neighbourhoodId'>,
): number {
  const home = volunteer.neighbourhoodId;
  if (home === null || request.neighbourhoodId === null) return 0;
  if (home === request.neighbourhoodId) return 1;
  return request.adjacentNeighbourhoodIds.includes(home) ? 0.5 : 0;
}

// One requester is compared with hundreds of volunteers, each kept for many rankings: a list of
// languages is normalised once while that list lives, not once per pair.
const languageKeys = new WeakMap<readonly string[], ReadonlySet<string>>();

function keysOf(languages: readonly string[]): ReadonlySet<string> {
  let keys = languageKeys.get(languages);
  if (!keys) {
    keys = new Set(languages.map((language) => language.trim().toLowerCase()).filter(Boolean));
    languageKeys.set(languages, keys);
  }
  return keys;
}

/** Whether they can talk; a requester who listed no language is taken to manage with anyone. */
export function languageMatch(requesterLanguages: readonly string[], volunteerLanguages: readonly string[]): number {
  const wanted = keysOf(requesterLanguages);
  if (wanted.size === 0) return 1;
  const spoken = keysOf(volunteerLanguages);
  for (const language of wanted) if (spoken.has(language)) return 1;
  return 0;
}

/** Helped this requester before, weighted by how they rated it. */
export function continuity(pastHelp: PastHelpForRequester | null): number {
  if (pastHelp === null || !(pastHelp.completed > 0)) return 0;
  return pastHelp.meanRating === null ? UNRATED_CONTINUITY : ratingToUnit(pastHelp.meanRating);
}

/** Completed work decayed to `now`; a timestamp in the future (clock skew) is taken as now. */
export function decayedWork(record: Pick<VolunteerRecord, 'recentWork' | 'recentWorkAt'>, now: Date): number {
  const work = nonNegative(record.recentWork);
  if (record.recentWorkAt === null) return work;
  const days = nonNegative((now.getTime() - record.recentWorkAt.getTime()) / DAY_MS);
  return work * 2 ** (-days / WORK_HALF_LIFE_DAYS);
}

/** The decayed-work counter after one more completion: stored so no history has to be replayed. */
export function addCompletedWork(
  record: Pick<VolunteerRecord, 'recentWork' | 'recentWorkAt'>,
  now: Date,
): { recentWork: number; recentWorkAt: Date } {
  return { recentWork: decayedWork(record, now) + 1, recentWorkAt: now };
}

/** Spreads work: volunteers who did less lately come first. */
export function fairness(record: Pick<VolunteerRecord, 'recentWork' | 'recentWorkAt'>, now: Date): number {
  return unitInterval(1 / (1 + decayedWork(record, now) / FAIRNESS_HALF_WORK));
}
