import { DirectedGraph } from 'graphology';
import pagerank from 'graphology-metrics/centrality/pagerank';
import type { AbstractGraph, Attributes } from 'graphology-types';
import type { CentralityOptions } from './centrality';
import { CENTRALITY_MAX_ITERATIONS, CENTRALITY_TOLERANCE, PAGERANK_DAMPING, networkLeaderRank, networkPageRank } from './centrality';
import type { NamedTrustNetwork, TrustEdge, TrustGraphOptions, TrustNetwork } from './trust-graph';
import { buildTrustNetwork } from './trust-graph';

// graphology, the maintained graph library, as the reference the typed-array centralities are checked
// against (see centrality.spec.ts) and timed against (`npm run bench`). Its own entry point,
// `@relais/domain-leaders/graphology-reference`, not the lib's: scoring never needs it, and the admin
// app, which reads the lib's constants, should not carry it.

/** A score per node key. */
export type NodeScores = Record<string, number>;

/** Every edge of a trust graph carries how much trust it passes on. */
export interface WeightedEdge extends Attributes {
  weight: number;
}
export type WeightedGraph = AbstractGraph<Attributes, WeightedEdge>;

/**
 * Weighted PageRank by graphology-metrics: each node passes its score to its out-neighbours in
 * proportion to the edge weights; dangling nodes spread theirs evenly. Sums to 1.
 */
export function pageRank(graph: WeightedGraph, options: CentralityOptions = {}): NodeScores {
  if (graph.order === 0) return {};
  return pagerank(graph, {
    getEdgeWeight: 'weight',
    alpha: PAGERANK_DAMPING,
    tolerance: options.tolerance ?? CENTRALITY_TOLERANCE,
    maxIterations: options.maxIterations ?? CENTRALITY_MAX_ITERATIONS,
  });
}

/** The same network as a graphology graph, for graphology's own algorithms; node i is named `name(i)`. */
export function trustNetworkToGraph(network: TrustNetwork, name: (node: number) => string = String): DirectedGraph<Attributes, WeightedEdge> {
  const graph = new DirectedGraph<Attributes, WeightedEdge>();
  for (let node = 0; node < network.size; node++) graph.addNode(name(node));
  for (let s = 0; s < network.size; s++) {
    for (let k = network.starts[s] as number, end = network.starts[s + 1] as number; k < end; k++) {
      graph.addEdge(name(s), name(network.targets[k] as number), { weight: network.weights[k] as number });
    }
  }
  return graph;
}

/** The network of a graphology graph; edges without a positive weight are dropped. */
export function graphToTrustNetwork(graph: WeightedGraph): NamedTrustNetwork {
  const edges: TrustEdge[] = [];
  graph.forEachEdge((_edge, attributes, source, target) => edges.push({ source, target, weight: attributes.weight }));
  const network = buildTrustNetwork(edges, { unspentTrust: false });
  // Isolated nodes have no edge but still take part.
  const ids = [...network.ids];
  const indexOf = new Map(network.indexOf);
  graph.forEachNode((node) => {
    if (!indexOf.has(node)) {
      indexOf.set(node, ids.length);
      ids.push(node);
    }
  });
  const starts = new Int32Array(ids.length + 1);
  starts.set(network.starts);
  starts.fill(network.starts[network.ids.length] as number, network.ids.length + 1);
  return { size: ids.length, ids, indexOf, starts, targets: network.targets, weights: network.weights, unspent: -1 };
}

/** One graphology graph of the trust edges (see `buildTrustNetwork`). */
export function buildTrustGraph(edges: readonly TrustEdge[], options: TrustGraphOptions): DirectedGraph<Attributes, WeightedEdge> {
  const network = buildTrustNetwork(edges, options);
  return trustNetworkToGraph(network, (node) => network.ids[node] as string);
}

function byKey(network: NamedTrustNetwork, scores: Float64Array): NodeScores {
  return Object.fromEntries(network.ids.map((id, i) => [id, scores[i] as number]));
}

/** LeaderRank (see `networkLeaderRank`) of a graphology graph, over its nodes: sums to 1. */
export function leaderRank(graph: WeightedGraph, options: CentralityOptions = {}): NodeScores {
  const network = graphToTrustNetwork(graph);
  return byKey(network, networkLeaderRank(network, options));
}

/** `networkPageRank` of a graphology graph, by node key: equal to `pageRank` to within its tolerance. */
export function networkPageRankOfGraph(graph: WeightedGraph, options: CentralityOptions = {}): NodeScores {
  const network = graphToTrustNetwork(graph);
  return byKey(network, networkPageRank(network, options));
}
