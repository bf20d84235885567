import type { LatLng } from '@relais/domain-geo';
import type { HelpCategory } from '@relais/domain-people';

/** Names of the score's components, in the order they are shown. */
export const MATCH_COMPONENTS = [
  'proximity',
  'availability',
  'reliability',
  'rating',
  'load',
  'sameNeighbourhood',
  'language',
  'continuity',
  'fairness',
] as const;
export type MatchComponentName = (typeof MATCH_COMPONENTS)[number];

/** Relative weight of each component; settings an admin may change. */
export type MatchWeights = Readonly<Record<MatchComponentName, number>>;

/** One weekly slot in local time: day 0 is Monday; minutes from local midnight, end exclusive. */
export interface WeeklySlot {
  day: number;
  startMinute: number;
  endMinute: number;
}

/** null: available at any time (the default for a new volunteer). */
export type WeeklyAvailability = readonly WeeklySlot[] | null;

/** When a need can be met: from `start` to `end` (null: open-ended, the next seven days count). */
export interface TimeWindow {
  start: Date;
  end: Date | null;
}

export interface RequestToMatch {
  id: string;
  requesterId: string;
  category: HelpCategory;
  /** Homework only: the subject (e.g. "maths") and school level (e.g. "college"); null: any. */
  subject: string | null;
  level: string | null;
  location: LatLng;
  neighbourhoodId: string | null;
  /** Neighbourhoods that touch the request's one. */
  adjacentNeighbourhoodIds: readonly string[];
  requesterLanguages: readonly string[];
  window: TimeWindow;
}

/** What the volunteer has done so far, as counters kept with their profile. */
export interface VolunteerRecord {
  /** Requests taken (accepted or assigned), ever. */
  taken: number;
  completed: number;
  /** Tasks given back or dropped after taking them. */
  givenBack: number;
  ratingSum: number;
  ratingCount: number;
  /** Completed work with exponential decay, as of `recentWorkAt` (see `decayedWork`). */
  recentWork: number;
  recentWorkAt: Date | null;
}

/** What the volunteer did for this request's requester before. */
export interface PastHelpForRequester {
  completed: number;
  /** Mean rating they gave the volunteer; null if never rated. */
  meanRating: number | null;
}

export interface VolunteerToMatch {
  id: string;
  active: boolean;
  skills: readonly HelpCategory[];
  /** Homework subjects and levels offered; empty means any. */
  subjects: readonly string[];
  levels: readonly string[];
  home: LatLng;
  travelRadiusMeters: number;
  maxActiveRequests: number;
  /** ASSIGNED requests the volunteer holds now. */
  activeRequests: number;
  availability: WeeklyAvailability;
  neighbourhoodId: string | null;
  languages: readonly string[];
  record: VolunteerRecord;
}

/** Why a volunteer is not a candidate at all. */
export type ExclusionReason =
  | 'requester'
  | 'inactive'
  | 'category'
  | 'subject'
  | 'level'
  | 'distance'
  | 'capacity'
  | 'availability';

export interface ScoreComponent {
  name: MatchComponentName;
  /** In [0, 1]. */
  value: number;
  /** Normalised so that the weights of one score sum to 1. */
  weight: number;
}

export interface MatchScore {
  /** Weighted sum of the components, in [0, 1]. */
  score: number;
  distanceMeters: number;
  components: ScoreComponent[];
}

export interface RankedCandidate extends MatchScore {
  volunteerId: string;
}

export interface MatchContext {
  weights: MatchWeights;
  now: Date;
  /** IANA zone in which weekly availability is written (e.g. "Europe/Paris"). */
  timeZone: string;
}
