import { DAY_MS, decayWeight } from './decay';
import { weighSignals } from './giver-standing';
import type { LeaderColumns } from './leader-columns';
import { HELP } from './leader-columns';
import type { LeaderSettings } from './leader-types';
import type { TrustGraphOptions, TrustNetwork } from './trust-graph';
import { compactTrustNetwork, groupEdgesBy, helpTrust } from './trust-graph';

/**
 * A city's columns prepared for scoring its neighbourhoods one by one, each touching only its own
 * people: every interaction's decay and the trust it passes, computed once; interactions grouped by
 * whom they credit, volunteers by neighbourhood. Interactions of a person with themselves are left out.
 */
export interface LeaderIndex {
  columns: LeaderColumns;
  /** Epoch milliseconds. */
  now: number;
  settings: LeaderSettings;
  /** 2^(−age / half-life) of each interaction. */
  decay: Float64Array;
  /**
   * What each interaction passes on the trust graph, decayed: a help's rating out of 5 (see
   * `helpTrust`); an endorsement's or referral's giver's standing (see `weighSignals`).
   */
  trust: Float64Array;
  /** The interactions crediting person p are `inEdges[inStarts[p]]` .. `inEdges[inStarts[p + 1] − 1]`. */
  inStarts: Int32Array;
  inEdges: Int32Array;
  /** The volunteer rows of neighbourhood n are `volunteerRows[volunteerStarts[n]]` .. `[volunteerStarts[n + 1] − 1]`. */
  volunteerStarts: Int32Array;
  volunteerRows: Int32Array;
  /** One slot per person, for the passes over one neighbourhood; left as −1 after each. */
  scratch: Int32Array;
}

export function indexLeaderColumns(columns: LeaderColumns, now: Date, settings: LeaderSettings): LeaderIndex {
  const { count, kind, source, target, at, rating } = columns.interactions;
  const nowMs = now.getTime();
  const halfLife = settings.halfLifeDays;
  const decay = new Float64Array(count);
  const trust = new Float64Array(count);
  const credited = new Int32Array(count);
  for (let e = 0; e < count; e++) {
    const weight = decayWeight((nowMs - (at[e] as number)) / DAY_MS, halfLife);
    decay[e] = weight;
    const stars = rating[e] as number;
    trust[e] = kind[e] === HELP ? helpTrust(stars > 0 ? stars : null, weight) : weight;
    credited[e] = source[e] === target[e] ? -1 : (target[e] as number);
  }
  const byTarget = groupEdgesBy(credited, columns.people);
  weighSignals(columns.interactions, columns.givers, columns.people, decay, byTarget.starts, byTarget.edges, trust);
  const byNeighbourhood = groupEdgesBy(columns.volunteers.neighbourhood, columns.neighbourhoodIds.length);
  return {
    columns,
    now: nowMs,
    settings,
    decay,
    trust,
    inStarts: byTarget.starts,
    inEdges: byTarget.edges,
    volunteerStarts: byNeighbourhood.starts,
    volunteerRows: byNeighbourhood.edges,
    scratch: new Int32Array(columns.people).fill(-1),
  };
}

/** The volunteer rows of neighbourhood n. */
export function neighbourhoodVolunteerRows(index: LeaderIndex, neighbourhood: number): Int32Array {
  return index.volunteerRows.subarray(index.volunteerStarts[neighbourhood], index.volunteerStarts[neighbourhood + 1]);
}

/** The people of neighbourhood n's volunteers, in the order of its volunteer rows. */
export function neighbourhoodPeople(index: LeaderIndex, neighbourhood: number): Int32Array {
  const person = index.columns.volunteers.person;
  return neighbourhoodVolunteerRows(index, neighbourhood).map((row) => person[row] as number);
}

/** The trust network of these volunteers that the settings' centrality runs on (see `TrustGraphOptions`). */
export function centralityNetwork(index: LeaderIndex, people: ArrayLike<number>): PeopleTrustNetwork {
  return neighbourhoodTrustNetwork(index, people, { unspentTrust: index.settings.centrality === 'pagerank' });
}

/** A trust network over people of the city: node i is person `people[i]` (the unspent node excepted). */
export interface PeopleTrustNetwork extends TrustNetwork {
  people: Int32Array;
}

/**
 * The neighbourhood's trust network, built from the index alone: the edges into its volunteers, and
 * the edges into everyone who passes trust to them (the voters), so that a voter's own standing (an
 * endorser from another neighbourhood, say) comes from who vouches for them. A person's vote counts
 * here by what it passes into this network: votes cast in other neighbourhoods are not followed
 * (that would pull in the whole city) nor subtracted, so the network, and the ranking, depend only
 * on what touches the neighbourhood, and one neighbourhood is computed from its own interactions.
 * Nodes are numbered in order of first appearance as an edge's end.
 */
export function neighbourhoodTrustNetwork(index: LeaderIndex, volunteers: ArrayLike<number>, options: TrustGraphOptions): PeopleTrustNetwork {
  const { inStarts, inEdges, trust, scratch } = index;
  const { source } = index.columns.interactions;
  const voters: number[] = [];
  const addVoter = (person: number) => {
    if (scratch[person] === -2) return;
    scratch[person] = -2;
    voters.push(person);
  };
  for (let v = 0; v < volunteers.length; v++) addVoter(volunteers[v] as number);
  for (let v = 0, local = voters.length; v < local; v++) {
    const person = voters[v] as number;
    for (let k = inStarts[person] as number, end = inStarts[person + 1] as number; k < end; k++) addVoter(source[inEdges[k] as number] as number);
  }

  let size = 0;
  for (const voter of voters) size += (inStarts[voter + 1] as number) - (inStarts[voter] as number);
  const sources = new Int32Array(size);
  const targets = new Int32Array(size);
  const weights = new Float64Array(size);
  const people: number[] = [];
  // scratch: −2 marks a voter not yet numbered, −1 anyone else not yet numbered, ≥ 0 a node's number.
  const localId = (person: number) => {
    let local = scratch[person] as number;
    if (local < 0) {
      local = people.length;
      scratch[person] = local;
      people.push(person);
    }
    return local;
  };
  let e = 0;
  for (const voter of voters) {
    for (let k = inStarts[voter] as number, end = inStarts[voter + 1] as number; k < end; k++) {
      const edge = inEdges[k] as number;
      sources[e] = localId(source[edge] as number);
      targets[e] = localId(voter);
      weights[e++] = trust[edge] as number;
    }
  }
  for (const voter of voters) scratch[voter] = -1;
  for (const person of people) scratch[person] = -1;
  return { ...compactTrustNetwork(people.length, sources, targets, weights, options), people: Int32Array.from(people) };
}
