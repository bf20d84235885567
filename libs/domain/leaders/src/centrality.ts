import type { TrustNetwork } from './trust-graph';

export interface CentralityOptions {
  /** Stops when the L1 change of one iteration falls below this times the number of nodes. */
  tolerance?: number;
  maxIterations?: number;
}

/** PageRank's damping: the walk follows an edge 85 % of the time, as in graphology and the original paper. */
export const PAGERANK_DAMPING = 0.85;
/** Tight enough that one more vote always shows, loose enough to stay within a few hundred iterations. */
export const CENTRALITY_TOLERANCE = 1e-13;
export const CENTRALITY_MAX_ITERATIONS = 2000;

/**
 * graphology-metrics' weighted PageRank (damping, even spread of dangling nodes, stopping rule;
 * `pageRank` in graphology-reference.ts is the check) on a `TrustNetwork`, by node index. Scoring a
 * city builds ~1M edges into per-neighbourhood graphs; in graphology that alone takes longer than
 * the whole budget. Returns the last iterate rather than failing if it has not converged.
 *
 * One shortcut, exact up to rounding: nodes nobody points at (most residents of a neighbourhood's
 * network) all hold the same value at every step, the teleport's share, so what they pass on is
 * summed once per target before iterating, and each step costs the edges among the others.
 */
export function networkPageRank(network: TrustNetwork, options: CentralityOptions = {}): Float64Array {
  const n = network.size;
  const { starts, targets, weights } = network;
  const tolerance = (options.tolerance ?? CENTRALITY_TOLERANCE) * n;
  const maxIterations = options.maxIterations ?? CENTRALITY_MAX_ITERATIONS;

  const shares = new Float64Array(weights.length);
  const pointedAt = new Uint8Array(n);
  const isDangling = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    let total = 0;
    for (let k = starts[i] as number, end = starts[i + 1] as number; k < end; k++) total += weights[k] as number;
    if (total === 0) isDangling[i] = 1;
    for (let k = starts[i] as number, end = starts[i + 1] as number; k < end; k++) {
      shares[k] = (weights[k] as number) / total;
      pointedAt[targets[k] as number] = 1;
    }
  }
  // Unpointed nodes: how many, how many of them dangle, and what they pass to each target.
  let unpointed = 0;
  let unpointedDangling = 0;
  const fromUnpointed = new Float64Array(n);
  const pointed: number[] = [];
  const pointedDangling: number[] = [];
  for (let i = 0; i < n; i++) {
    if (pointedAt[i]) {
      pointed.push(i);
      if (isDangling[i]) pointedDangling.push(i);
      continue;
    }
    unpointed++;
    unpointedDangling += isDangling[i] as number;
    for (let k = starts[i] as number, end = starts[i + 1] as number; k < end; k++) {
      const target = targets[k] as number;
      fromUnpointed[target] = (fromUnpointed[target] as number) + (shares[k] as number);
    }
  }
  const reached = pointed.filter((i) => (fromUnpointed[i] as number) > 0);

  let x = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  let xUnpointed = 1 / n;
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    let dangleSum = unpointedDangling * xUnpointed;
    for (const i of pointedDangling) dangleSum += x[i] as number;
    const base = (PAGERANK_DAMPING * dangleSum + 1 - PAGERANK_DAMPING) / n;
    for (const i of pointed) next[i] = base;
    for (const i of pointed) {
      const passed = PAGERANK_DAMPING * (x[i] as number);
      for (let k = starts[i] as number, end = starts[i + 1] as number; k < end; k++) {
        const target = targets[k] as number;
        next[target] = (next[target] as number) + passed * (shares[k] as number);
      }
    }
    const passedUnpointed = PAGERANK_DAMPING * xUnpointed;
    for (const i of reached) next[i] = (next[i] as number) + passedUnpointed * (fromUnpointed[i] as number);
    let change = unpointed * Math.abs(base - xUnpointed);
    for (const i of pointed) change += Math.abs((next[i] as number) - (x[i] as number));
    [x, next] = [next, x];
    xUnpointed = base;
    if (change < tolerance) break;
  }
  for (let i = 0; i < n; i++) if (!pointedAt[i]) x[i] = xUnpointed;
  return x;
}

/**
 * LeaderRank (Lü, Zhang, Yeung & Zhou, PLoS ONE 2011) on a `TrustNetwork`, by node index: a "ground"
 * node is linked both ways to every node with weight 1 and the walk runs without damping; the ground
 * makes the walk irreducible, so no teleport parameter is needed. Weighted: a node leaves along its
 * edges in proportion to their weights, or to the ground in proportion to 1.
 *
 * Iterated lazily (x ← ½x + ½xP), which has the same stationary distribution but cannot oscillate
 * when the graph has no edges between real nodes (the walk would then have period 2).
 * The ground's own share is dropped and the rest rescaled to sum to 1, instead of being spread evenly
 * as in the paper: adding the same amount to everyone changes no ranking, it only compresses scores.
 */
export function networkLeaderRank(network: TrustNetwork, options: CentralityOptions = {}): Float64Array {
  const n = network.size;
  if (n === 0) return new Float64Array(0);
  const { starts, targets, weights } = network;
  const shares = new Float64Array(weights.length);
  const groundShare = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let total = 1;
    for (let k = starts[i] as number, end = starts[i + 1] as number; k < end; k++) total += weights[k] as number;
    for (let k = starts[i] as number, end = starts[i + 1] as number; k < end; k++) shares[k] = (weights[k] as number) / total;
    groundShare[i] = 1 / total;
  }
  const tolerance = (options.tolerance ?? CENTRALITY_TOLERANCE) * (n + 1);
  const maxIterations = options.maxIterations ?? CENTRALITY_MAX_ITERATIONS * 5;
  let x = new Float64Array(n).fill(1 / (n + 1));
  let ground = 1 / (n + 1);
  let next = new Float64Array(n);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    next.fill(ground / n);
    let nextGround = 0;
    for (let i = 0; i < n; i++) {
      const xi = x[i] as number;
      for (let k = starts[i] as number, end = starts[i + 1] as number; k < end; k++) {
        const target = targets[k] as number;
        next[target] = (next[target] as number) + xi * (shares[k] as number);
      }
      nextGround += xi * (groundShare[i] as number);
    }
    let change = 0;
    for (let i = 0; i < n; i++) {
      const lazy = 0.5 * ((x[i] as number) + (next[i] as number));
      change += Math.abs(lazy - (x[i] as number));
      next[i] = lazy;
    }
    nextGround = 0.5 * (ground + nextGround);
    change += Math.abs(nextGround - ground);
    [x, next] = [next, x];
    ground = nextGround;
    if (change < tolerance) break;
  }
  const total = x.reduce((sum, value) => sum + value, 0);
  return total > 0 ? x.map((value) => value / total) : x.fill(1 / n);
}
