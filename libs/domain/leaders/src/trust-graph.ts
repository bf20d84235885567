import { IdNumbering } from './id-numbering';

/** Trust passed from `source` to `target`: helped → helper, endorser → endorsed, recruit → recruiter. */
export interface TrustEdge {
  source: string;
  target: string;
  weight: number;
}

/** Unrated help still says the resident came back to Relais: worth a three-star thanks. */
export const UNRATED_HELP_TRUST = 0.6;

/**
 * Holds the part of a person's vote their interactions do not carry (see `TrustGraphOptions`). Not a
 * person id: ids never start with a NUL character.
 */
export const UNSPENT_TRUST_NODE = '\u0000unspent';

/** What one help passes to the helper: its rating out of 5 (unrated: 0.6), already decayed. */
export function helpTrust(rating: number | null, decay: number): number {
  return (rating === null ? UNRATED_HELP_TRUST : rating / 5) * decay;
}

export interface TrustGraphOptions {
  /**
   * For PageRank: a person whose decayed edges weigh less than 1 in total sends the rest to a
   * dangling node, which PageRank spreads evenly like its teleport. Without it a resident helped once
   * two years ago would pass their whole standing on, exactly like one helped yesterday, since PageRank
   * only looks at each node's edges relative to each other. LeaderRank needs none: its ground link,
   * weight 1, already plays that part.
   */
  unspentTrust: boolean;
}

/**
 * A weighted directed graph in compressed rows, the form the power iterations run on: the edges out of
 * node i are `starts[i]` to `starts[i + 1] − 1` in `targets` and `weights`. Built in a few linear
 * passes over typed arrays; building a graphology graph of the same size costs about ten times as much.
 */
export interface TrustNetwork {
  /** Nodes are 0..size − 1. */
  size: number;
  starts: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
  /** The unspent node's number (see `TrustGraphOptions`), or −1 when there is none. */
  unspent: number;
}

/** A network whose nodes are named: node i is `ids[i]`. */
export interface NamedTrustNetwork extends TrustNetwork {
  ids: readonly string[];
  indexOf: ReadonlyMap<string, number>;
}

/**
 * Edges grouped by `keys[e]` (counting sort): group p is `edges[starts[p]]` .. `edges[starts[p + 1] − 1]`.
 * An edge whose key is negative is left out.
 */
export function groupEdgesBy(keys: Int32Array, groups: number): { starts: Int32Array; edges: Int32Array } {
  const starts = new Int32Array(groups + 1);
  for (let e = 0; e < keys.length; e++) {
    const next = (keys[e] as number) + 1;
    if (next > 0) starts[next] = (starts[next] as number) + 1;
  }
  for (let p = 0; p < groups; p++) starts[p + 1] = (starts[p + 1] as number) + (starts[p] as number);
  const fill = starts.slice(0, groups);
  const edges = new Int32Array(starts[groups] as number);
  for (let e = 0; e < keys.length; e++) {
    const key = keys[e] as number;
    if (key < 0) continue;
    edges[fill[key] as number] = e;
    fill[key] = (fill[key] as number) + 1;
  }
  return { starts, edges };
}

/** Parallel edges summed; self-loops and edges of no weight dropped (nobody vouches for themselves). */
export function buildTrustNetwork(edges: readonly TrustEdge[], options: TrustGraphOptions): NamedTrustNetwork {
  const numbering = new IdNumbering();
  const { ids, numbers: indexOf } = numbering;
  const idOf = (id: string) => numbering.numberOf(id);
  const sources = new Int32Array(edges.length);
  const targets = new Int32Array(edges.length);
  const weights = new Float64Array(edges.length);
  let m = 0;
  for (const { source, target, weight } of edges) {
    sources[m] = idOf(source);
    targets[m] = idOf(target);
    weights[m++] = weight;
  }
  const network = compactTrustNetwork(ids.length, sources, targets, weights, options, indexOf.get(UNSPENT_TRUST_NODE) ?? -1);
  if (network.size > ids.length) {
    indexOf.set(UNSPENT_TRUST_NODE, ids.length);
    ids.push(UNSPENT_TRUST_NODE);
  }
  return { ...network, ids, indexOf };
}

/**
 * The network of edges already numbered: `sources[e]` → `targets[e]` with `weights[e]`, nodes
 * 0..size − 1, `unspent` the unspent node if one is among them (−1 otherwise; it is added as node
 * `size` when needed). Sums parallel edges and drops self-loops and edges of no weight.
 */
export function compactTrustNetwork(
  size: number,
  sources: Int32Array,
  targetsOf: Int32Array,
  weightsOf: Float64Array,
  options: TrustGraphOptions,
  unspent = -1,
): TrustNetwork {
  const m = sources.length;
  const totals = new Float64Array(size);
  for (let e = 0; e < m; e++) {
    const weight = weightsOf[e] as number;
    if (sources[e] !== targetsOf[e] && weight > 0) totals[sources[e] as number] = (totals[sources[e] as number] as number) + weight;
  }
  const needsUnspent = options.unspentTrust && totals.some((total) => total > 0 && total < 1);
  if (needsUnspent && unspent < 0) unspent = size;
  const n = Math.max(size, unspent + 1);

  const { starts, edges: order } = groupEdgesBy(sources, n);

  // Merge parallel edges: slot[t] is where t's edge from the current source went, if ≥ that source's start.
  const slot = new Int32Array(n).fill(-1);
  const targets = new Int32Array(m + n);
  const weights = new Float64Array(m + n);
  const merged = new Int32Array(n + 1);
  let count = 0;
  const add = (start: number, target: number, weight: number) => {
    const at = slot[target] as number;
    if (at >= start) weights[at] = (weights[at] as number) + weight;
    else {
      slot[target] = count;
      targets[count] = target;
      weights[count++] = weight;
    }
  };
  for (let s = 0; s < n; s++) {
    const start = count;
    merged[s] = start;
    for (let k = starts[s] as number, end = starts[s + 1] as number; k < end; k++) {
      const e = order[k] as number;
      const weight = weightsOf[e] as number;
      if (targetsOf[e] !== s && weight > 0) add(start, targetsOf[e] as number, weight);
    }
    const total = s < size ? (totals[s] as number) : 0;
    if (needsUnspent && total > 0 && total < 1) add(start, unspent, 1 - total);
  }
  merged[n] = count;
  return { size: n, starts: merged, targets: targets.slice(0, count), weights: weights.slice(0, count), unspent };
}
