import { decayAt } from './decay';
import { validRating } from './leader-components';
import type { CityLeaderInput, LeaderEndorsement, LeaderHelp, LeaderReferral, LeaderVolunteer } from './leader-types';
import type { TrustGraphOptions, TrustNetwork } from './trust-graph';
import { UNSPENT_TRUST_NODE, compactTrustNetwork, groupEdgesBy, helpTrust } from './trust-graph';

/**
 * The city's interactions grouped by person, built in one pass so that scoring a neighbourhood only
 * touches its own people, never the whole arrays. Interactions of a person with themselves are dropped.
 * Trust edges are numbered and kept in typed arrays, by source and by target: a city holds a million.
 */
export interface LeaderIndex {
  input: CityLeaderInput;
  /** The first record of each volunteer, grouped by neighbourhood. */
  volunteersByNeighbourhood: Map<string, LeaderVolunteer[]>;
  helpsByHelper: Map<string, LeaderHelp[]>;
  endorsementsByEndorsed: Map<string, LeaderEndorsement[]>;
  referralsByRecruiter: Map<string, LeaderReferral[]>;
  /** Everyone in an interaction or a volunteer, numbered. */
  personIds: string[];
  personIndex: Map<string, number>;
  /** Trust edge e goes from person `edgeSources[e]` to `edgeTargets[e]`, decayed weight `edgeWeights[e]`. */
  edgeSources: Int32Array;
  edgeTargets: Int32Array;
  edgeWeights: Float64Array;
  /** The edges out of person p are `outEdges[outStarts[p]]` .. `outEdges[outStarts[p + 1] − 1]`; likewise in. */
  outStarts: Int32Array;
  outEdges: Int32Array;
  inStarts: Int32Array;
  inEdges: Int32Array;
  /** Total weight of each person's trust edges. */
  outWeights: Float64Array;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

export function indexLeaderInput(input: CityLeaderInput): LeaderIndex {
  const { now, settings } = input;
  const halfLife = settings.halfLifeDays;
  const personIds: string[] = [];
  const personIndex = new Map<string, number>();
  const idOf = (key: string) => {
    let i = personIndex.get(key);
    if (i === undefined) {
      i = personIds.length;
      personIndex.set(key, i);
      personIds.push(key);
    }
    return i;
  };

  const volunteersByNeighbourhood = new Map<string, LeaderVolunteer[]>();
  for (const volunteer of input.volunteers) {
    if (personIndex.has(volunteer.id)) continue;
    idOf(volunteer.id);
    push(volunteersByNeighbourhood, volunteer.neighbourhoodId, volunteer);
  }

  const helpsByHelper = new Map<string, LeaderHelp[]>();
  const endorsementsByEndorsed = new Map<string, LeaderEndorsement[]>();
  const referralsByRecruiter = new Map<string, LeaderReferral[]>();
  const capacity = input.helps.length + input.endorsements.length + input.referrals.length;
  const edgeSources = new Int32Array(capacity);
  const edgeTargets = new Int32Array(capacity);
  const edgeWeights = new Float64Array(capacity);
  let m = 0;
  const addEdge = (source: string, target: string, weight: number) => {
    edgeSources[m] = idOf(source);
    edgeTargets[m] = idOf(target);
    edgeWeights[m++] = weight;
  };
  for (const help of input.helps) {
    if (help.helperId === help.residentId) continue;
    push(helpsByHelper, help.helperId, help);
    addEdge(help.residentId, help.helperId, helpTrust(validRating(help.rating), decayAt(help.at, now, halfLife)));
  }
  for (const endorsement of input.endorsements) {
    if (endorsement.endorserId === endorsement.endorsedId) continue;
    push(endorsementsByEndorsed, endorsement.endorsedId, endorsement);
    addEdge(endorsement.endorserId, endorsement.endorsedId, decayAt(endorsement.at, now, halfLife));
  }
  for (const referral of input.referrals) {
    if (referral.recruitId === referral.recruiterId) continue;
    push(referralsByRecruiter, referral.recruiterId, referral);
    addEdge(referral.recruitId, referral.recruiterId, decayAt(referral.at, now, halfLife));
  }

  const people = personIds.length;
  const sources = edgeSources.slice(0, m);
  const targets = edgeTargets.slice(0, m);
  const weights = edgeWeights.slice(0, m);
  const outWeights = new Float64Array(people);
  for (let e = 0; e < m; e++) outWeights[sources[e] as number] = (outWeights[sources[e] as number] as number) + (weights[e] as number);
  const bySource = groupEdgesBy(sources, people);
  const byTarget = groupEdgesBy(targets, people);
  return {
    input,
    volunteersByNeighbourhood,
    helpsByHelper,
    endorsementsByEndorsed,
    referralsByRecruiter,
    personIds,
    personIndex,
    edgeSources: sources,
    edgeTargets: targets,
    edgeWeights: weights,
    outStarts: bySource.starts,
    outEdges: bySource.edges,
    inStarts: byTarget.starts,
    inEdges: byTarget.edges,
    outWeights,
  };
}

const NOT_IN = 0;
const VOTER = 1;
const OUTER = 2;

/**
 * The neighbourhood's trust network, built from the index alone:
 * - every edge out of its volunteers and out of everyone who passes trust to them (the voters): each
 *   of their votes is split the way it really is;
 * - the edges into those voters, so that a voter's own standing (an endorser from another
 *   neighbourhood, say) comes from who vouches for them. The rest of these outer people's votes goes
 *   to the unspent-trust node instead of being followed: following it would pull in whole other
 *   neighbourhoods, and where it goes changes this neighbourhood's ranking very little.
 */
export function neighbourhoodTrustNetwork(
  index: LeaderIndex,
  volunteerIds: readonly string[],
  options: TrustGraphOptions,
): TrustNetwork {
  const { personIds, edgeSources, edgeTargets, edgeWeights, outStarts, outEdges, inStarts, inEdges } = index;
  const role = new Uint8Array(personIds.length);
  const voters: number[] = [];
  for (const id of volunteerIds) {
    const person = index.personIndex.get(id);
    if (person === undefined || role[person] === VOTER) continue;
    role[person] = VOTER;
    voters.push(person);
  }
  for (let v = 0, local = voters.length; v < local; v++) {
    const person = voters[v] as number;
    for (let k = inStarts[person] as number, end = inStarts[person + 1] as number; k < end; k++) {
      const source = edgeSources[inEdges[k] as number] as number;
      if (role[source] === NOT_IN) {
        role[source] = VOTER;
        voters.push(source);
      }
    }
  }

  const chosen: number[] = [];
  const outerSpent = new Map<number, number>();
  for (const voter of voters) {
    for (let k = outStarts[voter] as number, end = outStarts[voter + 1] as number; k < end; k++) chosen.push(outEdges[k] as number);
    for (let k = inStarts[voter] as number, end = inStarts[voter + 1] as number; k < end; k++) {
      const edge = inEdges[k] as number;
      const source = edgeSources[edge] as number;
      if (role[source] === VOTER) continue;
      role[source] = OUTER;
      chosen.push(edge);
      outerSpent.set(source, (outerSpent.get(source) ?? 0) + (edgeWeights[edge] as number));
    }
  }

  // Number the nodes of this network from 0, in order of first appearance.
  const ids: string[] = [];
  const indexOf = new Map<string, number>();
  const localOf = new Int32Array(personIds.length).fill(-1);
  const localId = (person: number) => {
    let local = localOf[person] as number;
    if (local < 0) {
      local = ids.length;
      localOf[person] = local;
      const id = personIds[person] as string;
      indexOf.set(id, local);
      ids.push(id);
    }
    return local;
  };
  const size = chosen.length + outerSpent.size;
  const sources = new Int32Array(size);
  const targets = new Int32Array(size);
  const weights = new Float64Array(size);
  chosen.forEach((edge, e) => {
    sources[e] = localId(edgeSources[edge] as number);
    targets[e] = localId(edgeTargets[edge] as number);
    weights[e] = edgeWeights[edge] as number;
  });
  let e = chosen.length;
  let unspent = -1;
  for (const [person, spent] of outerSpent) {
    const rest = (index.outWeights[person] as number) - spent;
    if (!(rest > 1e-12)) continue;
    if (unspent < 0) {
      unspent = ids.length;
      indexOf.set(UNSPENT_TRUST_NODE, unspent);
      ids.push(UNSPENT_TRUST_NODE);
    }
    sources[e] = localId(person);
    targets[e] = unspent;
    weights[e++] = rest;
  }
  return compactTrustNetwork(ids, indexOf, sources.subarray(0, e), targets.subarray(0, e), weights.subarray(0, e), options);
}
