import { haversineMeters } from '@relais/domain-geo';
import type { MatchFacts } from './hard-filters';
import { screenMatch } from './hard-filters';
import {
  availabilityFit,
  continuity,
  fairness,
  languageMatch,
  load,
  proximity,
  rating,
  reliability,
  sameNeighbourhood,
  unitInterval,
} from './match-components';
import type {
  MatchComponentName,
  MatchContext,
  MatchScore,
  MatchWeights,
  PastHelpForRequester,
  RankedCandidate,
  RequestToMatch,
  VolunteerToMatch,
} from './match-types';
import { MATCH_COMPONENTS } from './match-types';
import { normaliseWeights } from './match-weights';
import { availableMinutes } from './weekly-availability';

function componentValues(
  request: RequestToMatch,
  volunteer: VolunteerToMatch,
  pastHelp: PastHelpForRequester | null,
  facts: MatchFacts,
  now: Date,
): Record<MatchComponentName, number> {
  return {
    proximity: proximity(facts.distanceMeters),
    availability: availabilityFit(facts.availableMinutes),
    reliability: reliability(volunteer.record),
    rating: rating(volunteer.record),
    load: load(volunteer.activeRequests, volunteer.maxActiveRequests),
    sameNeighbourhood: sameNeighbourhood(request, volunteer),
    language: languageMatch(request.requesterLanguages, volunteer.languages),
    continuity: continuity(pastHelp),
    fairness: fairness(volunteer.record, now),
  };
}

function weightedSum(values: Record<MatchComponentName, number>, weights: MatchWeights): number {
  let sum = 0;
  for (const name of MATCH_COMPONENTS) sum += values[name] * weights[name];
  return unitInterval(sum);
}

function explain(values: Record<MatchComponentName, number>, weights: MatchWeights, distanceMeters: number): MatchScore {
  const components = MATCH_COMPONENTS.map((name) => ({ name, value: values[name], weight: weights[name] }));
  return { score: weightedSum(values, weights), distanceMeters, components };
}

/** `weights` must already be normalised: ranking normalises once, not per candidate. */
function scoreFromFacts(
  request: RequestToMatch,
  volunteer: VolunteerToMatch,
  pastHelp: PastHelpForRequester | null,
  facts: MatchFacts,
  weights: MatchWeights,
  now: Date,
): MatchScore {
  return explain(componentValues(request, volunteer, pastHelp, facts, now), weights, facts.distanceMeters);
}

/**
 * The score of a pair if the volunteer is a candidate, else null; no explanation built. For
 * scoring many pairs (auto-assignment): `weights` must already be normalised.
 */
export function candidateScore(
  request: RequestToMatch,
  volunteer: VolunteerToMatch,
  pastHelp: PastHelpForRequester | null,
  context: MatchContext,
  weights: MatchWeights,
): number | null {
  const screening = screenMatch(request, volunteer, context);
  if (screening.excludedBy !== null) return null;
  return weightedSum(componentValues(request, volunteer, pastHelp, screening.facts, context.now), weights);
}

/** Scores any pair, candidate or not: an organiser assigning by hand still sees why it fits or not. */
export function scoreMatch(
  request: RequestToMatch,
  volunteer: VolunteerToMatch,
  pastHelp: PastHelpForRequester | null,
  context: MatchContext,
): MatchScore {
  const facts: MatchFacts = {
    distanceMeters: haversineMeters(volunteer.home, request.location),
    availableMinutes: availableMinutes(request.window, volunteer.availability, context.timeZone, context.now).available,
  };
  return scoreFromFacts(request, volunteer, pastHelp, facts, normaliseWeights(context.weights), context.now);
}

/** Best first; equal scores go to the nearer one, then by id so that the order is stable. */
function bestFirst<T extends { score: number; distanceMeters: number }>(idOf: (entry: T) => string): (a: T, b: T) => number {
  return (a, b) => {
    const [idA, idB] = [idOf(a), idOf(b)];
    return b.score - a.score || a.distanceMeters - b.distanceMeters || (idA < idB ? -1 : idA > idB ? 1 : 0);
  };
}

interface Scored {
  key: string;
  score: number;
  distanceMeters: number;
  values: Record<MatchComponentName, number>;
}

/**
 * Screens and scores every pair, then explains only the best `limit`: ranking hundreds of
 * candidates to show ten builds ten explanations, not hundreds.
 */
function rankPairs<T>(
  pairs: readonly T[],
  unpack: (pair: T) => { request: RequestToMatch; volunteer: VolunteerToMatch; pastHelp: PastHelpForRequester | null; key: string },
  context: MatchContext,
  limit: number,
): Array<MatchScore & { key: string }> {
  const weights = normaliseWeights(context.weights);
  const scored: Scored[] = [];
  for (const pair of pairs) {
    const { request, volunteer, pastHelp, key } = unpack(pair);
    const screening = screenMatch(request, volunteer, context);
    if (screening.excludedBy !== null) continue;
    const values = componentValues(request, volunteer, pastHelp, screening.facts, context.now);
    scored.push({ key, score: weightedSum(values, weights), distanceMeters: screening.facts.distanceMeters, values });
  }
  scored.sort(bestFirst((entry) => entry.key));
  return scored.slice(0, limit).map((entry) => ({ ...explain(entry.values, weights, entry.distanceMeters), key: entry.key }));
}

/** The candidates for a request, best first (the best `limit`); volunteers excluded by a hard filter are left out. */
export function rankCandidates(
  request: RequestToMatch,
  volunteers: readonly { volunteer: VolunteerToMatch; pastHelp: PastHelpForRequester | null }[],
  context: MatchContext,
  limit = Number.POSITIVE_INFINITY,
): RankedCandidate[] {
  return rankPairs(volunteers, ({ volunteer, pastHelp }) => ({ request, volunteer, pastHelp, key: volunteer.id }), context, limit).map(
    ({ key, ...score }) => ({ ...score, volunteerId: key }),
  );
}

/** A volunteer's feed: the requests they are a candidate for, best first (the best `limit`). */
export function rankRequestsForVolunteer(
  volunteer: VolunteerToMatch,
  requests: readonly { request: RequestToMatch; pastHelp: PastHelpForRequester | null }[],
  context: MatchContext,
  limit = Number.POSITIVE_INFINITY,
): Array<MatchScore & { requestId: string }> {
  return rankPairs(requests, ({ request, pastHelp }) => ({ request, volunteer, pastHelp, key: request.id }), context, limit).map(
    ({ key, ...score }) => ({ ...score, requestId: key }),
  );
}
