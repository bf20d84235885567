import { decayAt } from './decay';
import { validRating } from './leader-components';
import type { CityLeaderInput, LeaderEndorsement, LeaderHelp, LeaderReferral, LeaderVolunteer } from './leader-types';
import type { TrustGraphOptions, TrustNetwork } from './trust-graph';
import { compactTrustNetwork, groupEdgesBy, helpTrust } from './trust-graph';

/**
 * The city's interactions grouped by person, built in one pass so that scoring a neighbourhood only
 * touches its own people, never the whole arrays. Interactions of a person with themselves are dropped.
 * Trust edges are numbered and kept in typed arrays, grouped by target: a city holds a million.
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
  /** The edges into person p are `inEdges[inStarts[p]]` .. `inEdges[inStarts[p + 1] − 1]`. */
  inStarts: Int32Array;
  inEdges: Int32Array;
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
    inStarts: byTarget.starts,
    inEdges: byTarget.edges,
  };
}

/**
 * The neighbourhood's trust network, built from the index alone: the edges into its volunteers, and
 * the edges into everyone who passes trust to them (the voters), so that a voter's own standing (an
 * endorser from another neighbourhood, say) comes from who vouches for them. A person's vote counts
 * here by what it passes into this network: votes cast in other neighbourhoods are not followed
 * (that would pull in the whole city) nor subtracted, so the network, and the ranking, depend only
 * on what touches the neighbourhood, and one neighbourhood is computed from its own interactions.
 */
export function neighbourhoodTrustNetwork(
  index: LeaderIndex,
  volunteerIds: readonly string[],
  options: TrustGraphOptions,
): TrustNetwork {
  const { personIds, edgeSources, edgeWeights, inStarts, inEdges } = index;
  const isVoter = new Uint8Array(personIds.length);
  const voters: number[] = [];
  const addVoter = (person: number) => {
    if (isVoter[person]) return;
    isVoter[person] = 1;
    voters.push(person);
  };
  for (const id of volunteerIds) {
    const person = index.personIndex.get(id);
    if (person !== undefined) addVoter(person);
  }
  for (let v = 0, local = voters.length; v < local; v++) {
    const person = voters[v] as number;
    for (let k = inStarts[person] as number, end = inStarts[person + 1] as number; k < end; k++) addVoter(edgeSources[inEdges[k] as number] as number);
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
  let size = 0;
  for (const voter of voters) size += (inStarts[voter + 1] as number) - (inStarts[voter] as number);
  const sources = new Int32Array(size);
  const targets = new Int32Array(size);
  const weights = new Float64Array(size);
  let e = 0;
  for (const voter of voters) {
    for (let k = inStarts[voter] as number, end = inStarts[voter + 1] as number; k < end; k++) {
      const edge = inEdges[k] as number;
      sources[e] = localId(edgeSources[edge] as number);
      targets[e] = localId(voter);
      weights[e++] = edgeWeights[edge] as number;
    }
  }
  return compactTrustNetwork(ids, indexOf, sources, targets, weights, options);
}
