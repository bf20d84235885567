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

/** `weights` must already be normalised: ranking normalises once, not per candidate. */
function scoreFromFacts(
  request: RequestToMatch,
  volunteer: VolunteerToMatch,
  pastHelp: PastHelpForRequester | null,
  facts: MatchFacts,
  weights: MatchWeights,
  now: Date,
): MatchScore {
  const values = componentValues(request, volunteer, pastHelp, facts, now);
  const components = MATCH_COMPONENTS.map((name) => ({ name, value: values[name], weight: weights[name] }));
  const score = unitInterval(components.reduce((sum, { value, weight }) => sum + value * weight, 0));
  return { score, distanceMeters: facts.distanceMeters, components };
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
function bestFirst<T extends MatchScore>(idOf: (entry: T) => string): (a: T, b: T) => number {
  return (a, b) => {
    const [idA, idB] = [idOf(a), idOf(b)];
    return b.score - a.score || a.distanceMeters - b.distanceMeters || (idA < idB ? -1 : idA > idB ? 1 : 0);
  };
}

/** The candidates for a request, best first; volunteers excluded by a hard filter are left out. */
export function rankCandidates(
  request: RequestToMatch,
  volunteers: readonly { volunteer: VolunteerToMatch; pastHelp: PastHelpForRequester | null }[],
  context: MatchContext,
): RankedCandidate[] {
  const weights = normaliseWeights(context.weights);
  const ranked: RankedCandidate[] = [];
  for (const { volunteer, pastHelp } of volunteers) {
    const screening = screenMatch(request, volunteer, context);
    if (screening.excludedBy !== null) continue;
    const score = scoreFromFacts(request, volunteer, pastHelp, screening.facts, weights, context.now);
    ranked.push({ ...score, volunteerId: volunteer.id });
  }
  return ranked.sort(bestFirst((candidate) => candidate.volunteerId));
}

/** A volunteer's feed: the requests they are a candidate for, best first. */
export function rankRequestsForVolunteer(
  volunteer: VolunteerToMatch,
  requests: readonly { request: RequestToMatch; pastHelp: PastHelpForRequester | null }[],
  context: MatchContext,
): Array<MatchScore & { requestId: string }> {
  const weights = normaliseWeights(context.weights);
  const ranked: Array<MatchScore & { requestId: string }> = [];
  for (const { request, pastHelp } of requests) {
    const screening = screenMatch(request, volunteer, context);
    if (screening.excludedBy !== null) continue;
    const score = scoreFromFacts(request, volunteer, pastHelp, screening.facts, weights, context.now);
    ranked.push({ ...score, requestId: request.id });
  }
  return ranked.sort(bestFirst((entry) => entry.requestId));
}
