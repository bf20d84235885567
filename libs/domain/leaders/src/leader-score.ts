import { networkLeaderRank, networkPageRank } from './centrality';
import type { LeaderColumns } from './leader-columns';
import { leaderColumnsOf } from './leader-columns';
import { reliability } from './leader-components';
import type { LeaderIndex } from './leader-index';
import { centralityNetwork, indexLeaderColumns, neighbourhoodPeople, neighbourhoodVolunteerRows } from './leader-index';
import { normaliseLeaderWeights } from './leader-settings';
import type { CityLeaderInput, LeaderComponentName, LeaderInput, LeaderScore, LeaderSettings } from './leader-types';
import { LEADER_COMPONENTS } from './leader-types';
import { TallyScratch } from './volunteer-tally';

// The model, per volunteer of a neighbourhood (formulas in volunteer-tally.ts and leader-components.ts):
// activity = Σ decay of helps; reach = Σ over distinct residents of the latest help's decay + Σ decay of
// recruits who took part; trust = bayesian quality × log2(1 + thanks + 2·endorsements); endorsements and
// recruits weighed by their giver's standing (giver-standing.ts); reliability = completion rate
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
 * Scores and ranks the consenting volunteers of neighbourhood n (its index in the columns'
 * `neighbourhoodIds`) of an indexed city, best first.
 *
 * Activity, reach, trust and centrality are volumes: they grow with the neighbourhood, and PageRank
 * shrinks as it grows (scores sum to 1). Each is divided by its maximum over all the neighbourhood's
 * volunteers, so every neighbourhood's leaders reach 1 however small it is. Volunteers who did not
 * consent still count in that maximum and in the graph, so one of them opting out changes nobody
 * else's score. Reliability is a rate, already comparable between neighbourhoods and not favouring
 * big ones; dividing it by the maximum would make a 50 % neighbourhood's best look perfectly reliable,
 * so it is kept as it is.
 */
export function scoreIndexedNeighbourhood(index: LeaderIndex, neighbourhood: number, scratch = new TallyScratch(index.columns.people)): LeaderScore[] {
  const { columns, settings } = index;
  const volunteers = columns.volunteers;
  const rows = neighbourhoodVolunteerRows(index, neighbourhood);
  if (!rows.some((row) => volunteers.consent[row] === 1)) return [];
  const people = neighbourhoodPeople(index, neighbourhood);

  const network = centralityNetwork(index, people);
  const centrality = settings.centrality === 'leaderrank' ? networkLeaderRank(network) : networkPageRank(network);
  // The scratch slots hold each person's node for the pass below.
  network.people.forEach((person, node) => (index.scratch[person] = node));
  const centralityOf = (person: number) => {
    const node = index.scratch[person] as number;
    return node < 0 ? 0 : (centrality[node] as number);
  };

  const raw: Record<LeaderComponentName, number[]> = { activity: [], reach: [], trust: [], reliability: [], centrality: [] };
  const tallies = Array.from(rows, (row, i) => {
    const person = people[i] as number;
    const tally = scratch.tally(index, person);
    raw.activity.push(tally.activity);
    raw.reach.push(tally.reach);
    raw.trust.push(tally.trust);
    raw.reliability.push(
      reliability(
        { taken: volunteers.taken[row] as number, completed: volunteers.completed[row] as number, givenBack: volunteers.givenBack[row] as number },
        settings.priors.reliability,
      ),
    );
    raw.centrality.push(centralityOf(person));
    return tally;
  });
  for (const person of network.people) index.scratch[person] = -1;
  const values = { ...raw };
  for (const name of VOLUME_COMPONENTS) values[name] = normaliseByMax(raw[name]);

  const weights = normaliseLeaderWeights(settings.weights);
  const scores: LeaderScore[] = [];
  rows.forEach((row, i) => {
    if (volunteers.consent[row] !== 1) return;
    const components = LEADER_COMPONENTS.map((name) => ({ name, value: values[name][i] as number, weight: weights[name] }));
    const score = components.reduce((sum, { value, weight }) => sum + value * weight, 0);
    scores.push({
      personId: columns.personId(people[i] as number),
      rank: 0,
      score: Math.min(1, Math.max(0, score)),
      components,
      facts: (tallies[i] as (typeof tallies)[number]).facts,
    });
  });
  scores.sort((a, b) => b.score - a.score || (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0));
  scores.forEach((score, i) => (score.rank = i + 1));
  return scores;
}

/** Ranks every neighbourhood of the columns, by id (one with no consenting volunteer ranks nobody). */
export function scoreLeaderColumns(columns: LeaderColumns, now: Date, settings: LeaderSettings): Map<string, LeaderScore[]> {
  const index = indexLeaderColumns(columns, now, settings);
  const scratch = new TallyScratch(columns.people);
  return new Map(columns.neighbourhoodIds.map((id, neighbourhood) => [id, scoreIndexedNeighbourhood(index, neighbourhood, scratch)]));
}

/**
 * Ranks one neighbourhood. The arrays may hold people of other neighbourhoods (endorsers, residents):
 * they shape the graph but are never ranked.
 */
export function scoreNeighbourhood(input: LeaderInput): LeaderScore[] {
  return scoreCity(input).get(input.neighbourhoodId) ?? [];
}

/** Ranks every neighbourhood that has a volunteer. */
export function scoreCity(input: CityLeaderInput): Map<string, LeaderScore[]> {
  return scoreLeaderColumns(leaderColumnsOf(input), input.now, input.settings);
}
