import type { PastHelpForRequester, RequestToMatch, VolunteerToMatch, WeeklySlot } from '@relais/domain-matching';
import type { HelpCategory } from '@relais/domain-people';

/** A volunteer as one row of `volunteer_profile v` alone: the profile, the home, the counters, what they hold now. */
export const VOLUNTEER_COLUMNS = `
  v.person_id AS id, v.home_lat AS "homeLat", v.home_lng AS "homeLng", v.neighbourhood_id AS "neighbourhoodId", v.languages,
  v.active, v.skills, v.subjects, v.levels, v.availability,
  v.travel_radius_meters AS "travelRadiusMeters", v.max_active_requests AS "maxActiveRequests",
  v.taken_count AS "taken", v.completed_count AS "completed", v.given_back_count AS "givenBack",
  v.rating_sum AS "ratingSum", v.rating_count AS "ratingCount", v.recent_work AS "recentWork",
  (extract(epoch FROM v.recent_work_at) * 1000)::float8 AS "recentWorkAtMs",
  v.active_requests AS "activeRequests"`;

export interface VolunteerRow {
  id: string;
  homeLat: number;
  homeLng: number;
  neighbourhoodId: string | null;
  languages: string[];
  active: boolean;
  skills: HelpCategory[];
  subjects: string[];
  levels: string[];
  availability: WeeklySlot[] | null;
  travelRadiusMeters: number;
  maxActiveRequests: number;
  taken: number;
  completed: number;
  givenBack: number;
  ratingSum: number;
  ratingCount: number;
  recentWork: number;
  /** Epoch milliseconds: a number parses far faster than a timestamp, hundreds of times per match. */
  recentWorkAtMs: number | null;
  activeRequests: number;
}

export function toVolunteer(row: VolunteerRow): VolunteerToMatch {
  return {
    id: row.id,
    active: row.active,
    skills: row.skills,
    subjects: row.subjects,
    levels: row.levels,
    home: { lat: row.homeLat, lng: row.homeLng },
    travelRadiusMeters: row.travelRadiusMeters,
    maxActiveRequests: row.maxActiveRequests,
    activeRequests: row.activeRequests,
    availability: row.availability,
    neighbourhoodId: row.neighbourhoodId,
    languages: row.languages,
    record: {
      taken: row.taken,
      completed: row.completed,
      givenBack: row.givenBack,
      ratingSum: row.ratingSum,
      ratingCount: row.ratingCount,
      recentWork: row.recentWork,
      recentWorkAt: row.recentWorkAtMs === null ? null : new Date(row.recentWorkAtMs),
    },
  };
}

/** An OPEN request with what matching needs of its requester. */
export const REQUEST_COLUMNS = `
  h.id, h.requester_id AS "requesterId", h.category, h.subject, h.level, h.lat, h.lng, h.coarse_lat AS "coarseLat", h.coarse_lng AS "coarseLng",
  h.neighbourhood_id AS "neighbourhoodId", h.needed_by AS "neededBy", r.languages AS "requesterLanguages"`;

export interface RequestRow {
  id: string;
  requesterId: string;
  category: HelpCategory;
  subject: string | null;
  level: string | null;
  lat: number;
  lng: number;
  coarseLat: number;
  coarseLng: number;
  neighbourhoodId: string | null;
  neededBy: Date | null;
  requesterLanguages: string[];
}

/**
 * Where matching places a request: exactly for who may see the place (organisers ranking
 * volunteers), at the centre of its coarse cell for a volunteer looking for work, so that every
 * figure of their feed (reach, distance, proximity, score, order) is one they could compute from
 * what they are shown.
 */
export type PlaceSeen = 'exact' | 'coarse';

export function toRequest(row: RequestRow, adjacent: readonly string[], now: Date, seen: PlaceSeen): RequestToMatch {
  return {
    id: row.id,
    requesterId: row.requesterId,
    category: row.category,
    subject: row.subject,
    level: row.level,
    location: seen === 'exact' ? { lat: row.lat, lng: row.lng } : { lat: row.coarseLat, lng: row.coarseLng },
    neighbourhoodId: row.neighbourhoodId,
    adjacentNeighbourhoodIds: adjacent,
    requesterLanguages: row.requesterLanguages,
    window: { start: now, end: row.neededBy },
  };
}

/** Done requests per (requester, volunteer), with the mean rating given. */
export interface PastHelpRow extends PastHelpForRequester {
  requesterId: string;
  volunteerId: string;
}

/** A help's rating is copied onto it from its thanks (see the leaders' migration): no join needed. */
export const PAST_HELP_SELECT = `
  SELECT h.requester_id AS "requesterId", h.assignee_id AS "volunteerId", count(*)::int AS completed, avg(h.rating)::float AS "meanRating"
  FROM help_request h
  WHERE h.status = 'DONE'`;

/**
 * The past help the requester of request `h` received, per volunteer, as one column of the
 * request's row: `[volunteer id, completed, mean rating]` triples, read with the request instead of
 * in a statement of their own.
 */
export const REQUESTER_PAST_HELP = `
  (SELECT coalesce(json_agg(json_build_array(p.assignee_id, p.completed, p.mean_rating)), '[]')
     FROM (SELECT d.assignee_id, count(*)::int AS completed, avg(d.rating)::float8 AS mean_rating
             FROM help_request d WHERE d.requester_id = h.requester_id AND d.status = 'DONE' GROUP BY 1) p) AS "pastHelp"`;

export type PastHelpTriple = [volunteerId: string, completed: number, meanRating: number | null];

/** A request read with its requester's past help (REQUEST_COLUMNS and REQUESTER_PAST_HELP): what ranking its volunteers needs. */
export type CandidateRow = RequestRow & { pastHelp: PastHelpTriple[] };

/** One requester's past help by volunteer. */
export function requesterPastHelp(triples: readonly PastHelpTriple[]): Map<string, PastHelpForRequester> {
  return new Map(triples.map(([volunteerId, completed, meanRating]) => [volunteerId, { completed, meanRating }]));
}

export function pastHelpIndex(rows: readonly PastHelpRow[]): (requesterId: string, volunteerId: string) => PastHelpForRequester | null {
  const byPair = new Map(rows.map((row) => [`${row.requesterId}:${row.volunteerId}`, row]));
  return (requesterId, volunteerId) => byPair.get(`${requesterId}:${volunteerId}`) ?? null;
}
