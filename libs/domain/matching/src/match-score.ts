import { haversineMeters } from '@relais/domain-geo';
import type { MatchFacts } from './hard-filters';
import { screenInto, screenMatch } from './hard-filters';
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

type ComponentValues = Record<MatchComponentName, number>;

/** The components' values, written into `into`: ranking reuses one record for hundreds of candidates. */
function componentValues(
  request: RequestToMatch,
  volunteer: VolunteerToMatch,
  pastHelp: PastHelpForRequester | null,
  facts: MatchFacts,
  now: Date,
  into = {} as ComponentValues,
): ComponentValues {
  into.proximity = proximity(facts.distanceMeters);
  into.availability = availabilityFit(facts.availableMinutes);
  into.reliability = reliability(volunteer.record);
  into.rating = rating(volunteer.record);
  into.load = load(volunteer.activeRequests, volunteer.maxActiveRequests);
  into.sameNeighbourhood = sameNeighbourhood(request, volunteer);
  into.language = languageMatch(request.requesterLanguages, volunteer.languages);
  into.continuity = continuity(pastHelp);
  into.fairness = fairness(volunteer.record, now);
  return into;
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
function before(a: Scored, b: Scored): boolean {
  return a.score !== b.score ? a.score > b.score : a.distanceMeters !== b.distanceMeters ? a.distanceMeters < b.distanceMeters : a.key < b.key;
}

interface Scored {
  key: string;
  score: number;
  distanceMeters: number;
  pair: number;
}

/** What ranking asks of each pair. */
interface PairParts<T> {
  request(pair: T): RequestToMatch;
  volunteer(pair: T): VolunteerToMatch;
  pastHelp(pair: T): PastHelpForRequester | null;
  key(pair: T): string;
}

/**
 * Screens and scores every pair, keeps the best `limit` in order as they come, then explains
 * those: ranking hundreds of candidates to show ten sorts and explains ten, and allocates nothing
 * for a pair that never makes the list.
 */
function rankPairs<T>(pairs: readonly T[], parts: PairParts<T>, context: MatchContext, limit: number): Array<MatchScore & { key: string }> {
  if (!(limit > 0)) return [];
  const weights = normaliseWeights(context.weights);
  const facts: MatchFacts = { distanceMeters: 0, availableMinutes: 0 };
  const values = {} as ComponentValues;
  const best: Scored[] = [];
  const probe: Scored = { key: '', score: 0, distanceMeters: 0, pair: 0 };
  for (let i = 0; i < pairs.length; i++) {
    const pair = pairs[i] as T;
    const request = parts.request(pair);
    const volunteer = parts.volunteer(pair);
    if (screenInto(request, volunteer, context, facts) !== null) continue;
    probe.score = weightedSum(componentValues(request, volunteer, parts.pastHelp(pair), facts, context.now, values), weights);
    probe.distanceMeters = facts.distanceMeters;
    probe.key = parts.key(pair);
    probe.pair = i;
    if (best.length >= limit && !before(probe, best[best.length - 1] as Scored)) continue;
    let at = best.length;
    while (at > 0 && before(probe, best[at - 1] as Scored)) at--;
    best.splice(at, 0, { ...probe });
    if (best.length > limit) best.pop();
  }
  return best.map(({ pair: i, key }) => {
    const pair = pairs[i] as T;
    const [request, volunteer] = [parts.request(pair), parts.volunteer(pair)];
    screenInto(request, volunteer, context, facts);
    return { ...scoreFromFacts(request, volunteer, parts.pastHelp(pair), facts, weights, context.now), key };
  });
}

/**
 * The candidates for a request, best first (the best `limit`); volunteers excluded by a hard
 * filter are left out. `pastHelp` gives what each volunteer did for this requester before.
 */
export function rankCandidates(
  request: RequestToMatch,
  volunteers: readonly VolunteerToMatch[],
  context: MatchContext,
  limit = Number.POSITIVE_INFINITY,
  pastHelp: (volunteerId: string) => PastHelpForRequester | null = () => null,
): RankedCandidate[] {
  const parts: PairParts<VolunteerToMatch> = {
    request: () => request,
    volunteer: (volunteer) => volunteer,
    pastHelp: (volunteer) => pastHelp(volunteer.id),
    key: (volunteer) => volunteer.id,
  };
  return rankPairs(volunteers, parts, context, limit).map(
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
  const parts: PairParts<(typeof requests)[number]> = {
    request: (pair) => pair.request,
    volunteer: () => volunteer,
    pastHelp: (pair) => pair.pastHelp,
    key: (pair) => pair.request.id,
  };
  return rankPairs(requests, parts, context, limit).map(
    ({ key, ...score }) => ({ ...score, requestId: key }),
  );
}
