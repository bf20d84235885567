
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
  ids: readonly string[];
  indexOf: ReadonlyMap<string, number>;
  starts: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
}

/** Edges grouped by `keys[e]` (counting sort): group p is `edges[starts[p]]` .. `edges[starts[p + 1] − 1]`. */
export function groupEdgesBy(keys: Int32Array, groups: number): { starts: Int32Array; edges: Int32Array } {
  const starts = new Int32Array(groups + 1);
  for (let e = 0; e < keys.length; e++) {
    const next = (keys[e] as number) + 1;
    starts[next] = (starts[next] as number) + 1;
  }
  for (let p = 0; p < groups; p++) starts[p + 1] = (starts[p + 1] as number) + (starts[p] as number);
  const fill = starts.slice(0, groups);
  const edges = new Int32Array(keys.length);
  for (let e = 0; e < keys.length; e++) {
    const key = keys[e] as number;
    edges[fill[key] as number] = e;
    fill[key] = (fill[key] as number) + 1;
  }
  return { starts, edges };
}

/** Parallel edges summed; self-loops and edges of no weight dropped (nobody vouches for themselves). */
export function buildTrustNetwork(edges: readonly TrustEdge[], options: TrustGraphOptions): TrustNetwork {
  const ids: string[] = [];
  const indexOf = new Map<string, number>();
  const idOf = (key: string) => {
    let i = indexOf.get(key);
    if (i === undefined) {
      i = ids.length;
      indexOf.set(key, i);
      ids.push(key);
    }
    return i;
  };
  const sources = new Int32Array(edges.length);
  const targets = new Int32Array(edges.length);
  const weights = new Float64Array(edges.length);
  let m = 0;
  for (const { source, target, weight } of edges) {
    sources[m] = idOf(source);
    targets[m] = idOf(target);
    weights[m++] = weight;
  }
  return compactTrustNetwork(ids, indexOf, sources, targets, weights, options);
}

/**
 * The network of edges already numbered: `sources[e]` → `targets[e]` with `weights[e]`, nodes
 * numbered as in `ids`. Sums parallel edges and drops self-loops and edges of no weight.
 */
export function compactTrustNetwork(
  ids: string[],
  indexOf: Map<string, number>,
  sources: Int32Array,
  targetsOf: Int32Array,
  weightsOf: Float64Array,
  options: TrustGraphOptions,
): TrustNetwork {
  const m = sources.length;
  const totals = new Float64Array(ids.length);
  let needsUnspent = false;
  for (let e = 0; e < m; e++) {
    const weight = weightsOf[e] as number;
    if (sources[e] !== targetsOf[e] && weight > 0) totals[sources[e] as number] = (totals[sources[e] as number] as number) + weight;
  }
  if (options.unspentTrust) needsUnspent = totals.some((total) => total > 0 && total < 1);
  let unspent = indexOf.get(UNSPENT_TRUST_NODE) ?? -1;
  if (needsUnspent && unspent < 0) {
    unspent = ids.length;
    indexOf.set(UNSPENT_TRUST_NODE, unspent);
    ids.push(UNSPENT_TRUST_NODE);
  }
  const n = ids.length;

  const { starts, edges: order } = groupEdgesBy(sources, n);

  // Merge parallel edges: slot[t] is where t's edge from the current source went, if ≥ that source's start.
  const slot = new Int32Array(n).fill(-1);
  const targets = new Int32Array(m + n);
  const weights = new Float64Array(m + n);
  const merged = new Int32Array(n + 1);
  let size = 0;
  const add = (start: number, target: number, weight: number) => {
    const at = slot[target] as number;
    if (at >= start) weights[at] = (weights[at] as number) + weight;
    else {
      slot[target] = size;
      targets[size] = target;
      weights[size++] = weight;
    }
  };
  for (let s = 0; s < n; s++) {
    const start = size;
    merged[s] = start;
    for (let k = starts[s] as number, end = starts[s + 1] as number; k < end; k++) {
      const e = order[k] as number;
      const weight = weightsOf[e] as number;
      if (targetsOf[e] !== s && weight > 0) add(start, targetsOf[e] as number, weight);
    }
    const total = s < totals.length ? (totals[s] as number) : 0;
    if (needsUnspent && total > 0 && total < 1) add(start, unspent, 1 - total);
  }
  merged[n] = size;
  return { ids, indexOf, starts: merged, targets: targets.slice(0, size), weights: weights.slice(0, size) };
}
