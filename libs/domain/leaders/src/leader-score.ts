import { networkLeaderRank, networkPageRank } from './centrality';
import { activity, leaderFacts, reach, reliability, trust } from './leader-components';
import type { LeaderIndex } from './leader-index';
import { indexLeaderInput, neighbourhoodTrustNetwork } from './leader-index';
import { normaliseLeaderWeights } from './leader-settings';
import type { CityLeaderInput, LeaderComponentName, LeaderInput, LeaderScore } from './leader-types';
import { LEADER_COMPONENTS } from './leader-types';

// The model, per volunteer of a neighbourhood (formulas beside each component in leader-components.ts):
// activity = Σ decay of helps; reach = Σ over distinct residents of the latest help's decay + Σ decay of
// recruits; trust = bayesian quality × log2(1 + thanks + 2·endorsements); reliability = completion rate
// with a prior; centrality = PageRank or LeaderRank on the neighbourhood's trust network (leader-index.ts).
// score = Σ weight × normalised value, weights scaled to sum to 1.

/**
 * Each value divided by the largest, so the neighbourhood's best gets 1 and the rest keep their
 * proportions (a volunteer with half the best's reach gets ½). Chosen over ranks or percentiles, which
 * would turn a tiny lead into a large gap and flatten a large one; and it keeps the model's promises:
 * raising one volunteer's raw value never lowers their own normalised value, whoever the maximum is.
 */
export function normaliseByMax(values: readonly number[]): number[] {
  const max = values.reduce((best, value) => (value > best ? value : best), 0);
  return values.map((value) => (max > 0 && value > 0 ? Math.min(1, value / max) : 0));
}

/** Components whose raw value is a volume, which grows with the size of the neighbourhood. */
const VOLUME_COMPONENTS: readonly LeaderComponentName[] = ['activity', 'reach', 'trust', 'centrality'];

/**
 * Scores and ranks the consenting volunteers of one neighbourhood of an indexed city, best first.
 *
 * Activity, reach, trust and centrality are volumes: they grow with the neighbourhood, and PageRank
 * shrinks as it grows (scores sum to 1). Each is divided by its maximum over all the neighbourhood's
 * volunteers, so every neighbourhood's leaders reach 1 however small it is. Volunteers who did not
 * consent still count in that maximum and in the graph, so one of them opting out changes nobody
 * else's score. Reliability is a rate, already comparable between neighbourhoods and not favouring
 * big ones; dividing it by the maximum would make a 50 % neighbourhood's best look perfectly reliable,
 * so it is kept as it is.
 */
export function scoreIndexedNeighbourhood(index: LeaderIndex, neighbourhoodId: string): LeaderScore[] {
  const volunteers = index.volunteersByNeighbourhood.get(neighbourhoodId) ?? [];
  if (!volunteers.some((volunteer) => volunteer.rankingConsent)) return [];
  const { now, settings } = index.input;
  const halfLife = settings.halfLifeDays;
  const ids = volunteers.map((volunteer) => volunteer.id);

  const network = neighbourhoodTrustNetwork(index, ids, { unspentTrust: settings.centrality === 'pagerank' });
  const centrality = settings.centrality === 'leaderrank' ? networkLeaderRank(network) : networkPageRank(network);

  const raw: Record<LeaderComponentName, number[]> = {
    activity: [],
    reach: [],
    trust: [],
    reliability: [],
    centrality: [],
  };
  for (const volunteer of volunteers) {
    const helps = index.helpsByHelper.get(volunteer.id) ?? [];
    raw.activity.push(activity(helps, now, halfLife));
    raw.reach.push(reach(helps, index.referralsByRecruiter.get(volunteer.id) ?? [], now, halfLife));
    raw.trust.push(trust(helps, index.endorsementsByEndorsed.get(volunteer.id) ?? [], now, halfLife, settings.priors.rating));
    raw.reliability.push(reliability(volunteer, settings.priors.reliability));
    const node = network.indexOf.get(volunteer.id);
    raw.centrality.push(node === undefined ? 0 : (centrality[node] as number));
  }
  const values = { ...raw };
  for (const name of VOLUME_COMPONENTS) values[name] = normaliseByMax(raw[name]);

  const weights = normaliseLeaderWeights(settings.weights);
  const scores: LeaderScore[] = [];
  volunteers.forEach((volunteer, i) => {
    if (!volunteer.rankingConsent) return;
    const components = LEADER_COMPONENTS.map((name) => ({ name, value: values[name][i] as number, weight: weights[name] }));
    const score = components.reduce((sum, { value, weight }) => sum + value * weight, 0);
    scores.push({
      personId: volunteer.id,
      rank: 0,
      score: Math.min(1, Math.max(0, score)),
      components,
      facts: leaderFacts(
        index.helpsByHelper.get(volunteer.id) ?? [],
        index.endorsementsByEndorsed.get(volunteer.id) ?? [],
        index.referralsByRecruiter.get(volunteer.id) ?? [],
        now,
        halfLife,
      ),
    });
  });
  scores.sort((a, b) => b.score - a.score || (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0));
  scores.forEach((score, i) => (score.rank = i + 1));
  return scores;
}

/**
 * Ranks one neighbourhood. The arrays may hold people of other neighbourhoods (endorsers, residents):
 * they shape the graph but are never ranked. To rank many neighbourhoods, use `scoreCity`, which
 * indexes the arrays once.
 */
export function scoreNeighbourhood(input: LeaderInput): LeaderScore[] {
  return scoreIndexedNeighbourhood(indexLeaderInput(input), input.neighbourhoodId);
}

/** Ranks every neighbourhood that has a volunteer, indexing the city's interactions once. */
export function scoreCity(input: CityLeaderInput): Map<string, LeaderScore[]> {
  const index = indexLeaderInput(input);
  const rankings = new Map<string, LeaderScore[]>();
  for (const neighbourhoodId of index.volunteersByNeighbourhood.keys()) {
    rankings.set(neighbourhoodId, scoreIndexedNeighbourhood(index, neighbourhoodId));
  }
  return rankings;
}
