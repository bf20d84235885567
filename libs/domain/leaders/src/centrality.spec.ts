import fc from 'fast-check';
import { DirectedGraph } from 'graphology';
import type { Attributes } from 'graphology-types';
import type { NodeScores, WeightedEdge, WeightedGraph } from './graphology-reference';
import { leaderRank, networkPageRankOfGraph, pageRank } from './graphology-reference';

function graphOf(nodes: readonly string[], edges: ReadonlyArray<readonly [string, string, number?]>): WeightedGraph {
  const graph = new DirectedGraph<Attributes, WeightedEdge>();
  for (const node of nodes) graph.addNode(node);
  for (const [source, target, weight = 1] of edges) graph.addEdge(source, target, { weight });
  return graph;
}

const total = (scores: NodeScores) => Object.values(scores).reduce((sum, value) => sum + value, 0);
const best = (scores: NodeScores) => Object.entries(scores).sort(([, a], [, b]) => b - a)[0]?.[0];

/** Five followers point at a hub, which points back at one of them. */
const STAR = graphOf(
  ['hub', 'f1', 'f2', 'f3', 'f4', 'f5'],
  [['f1', 'hub'], ['f2', 'hub'], ['f3', 'hub'], ['f4', 'hub'], ['f5', 'hub'], ['hub', 'f1'], ['f2', 'f3']],
);

/** Small random weighted graphs, self-loops excluded. */
const arbitraryGraph = fc
  .array(fc.tuple(fc.nat(6), fc.nat(6), fc.double({ min: 0.01, max: 5, noNaN: true })), { maxLength: 20 })
  .map((edges) => {
    const graph = new DirectedGraph<Attributes, WeightedEdge>();
    for (let i = 0; i < 7; i++) graph.addNode(`n${i}`);
    for (const [source, target, weight] of edges) {
      if (source !== target) graph.mergeEdge(`n${source}`, `n${target}`, { weight });
    }
    return graph as WeightedGraph;
  });

/**
 * The paper's own iteration, unweighted: every node starts at 1 and the ground at 0, no laziness,
 * and at the end the ground's score is spread evenly. Only valid when the walk is aperiodic.
 */
function referenceLeaderRank(graph: WeightedGraph, steps = 2000): NodeScores {
  const nodes = graph.nodes();
  let score = new Map(nodes.map((node) => [node, 1]));
  let ground = 0;
  for (let step = 0; step < steps; step++) {
    const next = new Map(nodes.map((node) => [node, ground / nodes.length]));
    let nextGround = 0;
    for (const node of nodes) {
      const out = graph.outNeighbors(node);
      const share = (score.get(node) as number) / (out.length + 1);
      for (const target of out) next.set(target, (next.get(target) as number) + share);
      nextGround += share;
    }
    [score, ground] = [next, nextGround];
  }
  return Object.fromEntries(nodes.map((node) => [node, (score.get(node) as number) + ground / nodes.length]));
}

describe('pageRank', () => {
  it('sums to 1 on a small graph and ranks the obvious hub first', () => {
    const scores = pageRank(STAR);
    expect(total(scores)).toBeCloseTo(1, 10);
    expect(best(scores)).toBe('hub');
  });

  it('gives every node of a cycle the same score', () => {
    const scores = pageRank(graphOf(['a', 'b', 'c'], [['a', 'b'], ['b', 'c'], ['c', 'a']]));
    for (const value of Object.values(scores)) expect(value).toBeCloseTo(1 / 3, 10);
  });

  it('follows the edge weights', () => {
    const scores = pageRank(graphOf(['a', 'b', 'c'], [['a', 'b', 3], ['a', 'c', 1]]));
    expect(scores['b']).toBeGreaterThan(scores['c'] as number);
  });

  it('is empty on an empty graph', () => {
    expect(pageRank(graphOf([], []))).toEqual({});
  });
});

describe('networkPageRank', () => {
  it('gives the same scores as graphology-metrics’ PageRank on any small graph', () => {
    fc.assert(
      fc.property(arbitraryGraph, (graph) => {
        const reference = pageRank(graph);
        const ours = networkPageRankOfGraph(graph);
        expect(Object.keys(ours).sort()).toEqual(Object.keys(reference).sort());
        for (const [node, value] of Object.entries(reference)) expect(ours[node]).toBeCloseTo(value, 10);
      }),
    );
  });
});

describe('leaderRank', () => {
  it('sums to 1 on a small graph and ranks the same obvious hub first as PageRank', () => {
    const scores = leaderRank(STAR);
    expect(total(scores)).toBeCloseTo(1, 10);
    expect(best(scores)).toBe('hub');
    expect(best(pageRank(STAR))).toBe(best(scores));
  });

  it('orders nodes as the paper’s unweighted LeaderRank does', () => {
    const graph = graphOf(
      ['a', 'b', 'c', 'd', 'e'],
      [['a', 'b'], ['c', 'b'], ['d', 'b'], ['b', 'e'], ['e', 'a'], ['d', 'e'], ['a', 'c']],
    );
    const scores = leaderRank(graph);
    const reference = referenceLeaderRank(graph);
    const order = (values: NodeScores) => Object.keys(values).sort((x, y) => (values[y] as number) - (values[x] as number));
    expect(order(scores)).toEqual(order(reference));
    // Dropping the ground's share only rescales: the gaps between nodes keep their proportions.
    const gap = (values: NodeScores, x: string, y: string) => (values[x] as number) - (values[y] as number);
    expect(gap(scores, 'b', 'a') / gap(scores, 'e', 'a')).toBeCloseTo(gap(reference, 'b', 'a') / gap(reference, 'e', 'a'), 6);
  });

  it('converges on a graph without edges, where a plain walk through the ground would oscillate', () => {
    const scores = leaderRank(graphOf(['a', 'b', 'c'], []));
    for (const value of Object.values(scores)) expect(value).toBeCloseTo(1 / 3, 10);
  });

  it('sums to 1 with every score positive, like PageRank, on any small graph', () => {
    fc.assert(
      fc.property(arbitraryGraph, (graph) => {
        for (const scores of [leaderRank(graph), pageRank(graph)]) {
          expect(total(scores)).toBeCloseTo(1, 9);
          for (const value of Object.values(scores)) expect(value).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('never lowers a node for a new follower pointing at it', () => {
    fc.assert(
      fc.property(arbitraryGraph, fc.nat(6), (graph, target) => {
        const node = `n${target}`;
        const before = leaderRank(graph);
        const larger = graph.copy() as WeightedGraph;
        larger.addNode('follower');
        larger.addEdge('follower', node, { weight: 1 });
        const after = leaderRank(larger);
        const max = (scores: NodeScores) => Math.max(...Object.entries(scores).filter(([key]) => key !== 'follower').map(([, value]) => value));
        expect((after[node] as number) / max(after)).toBeGreaterThanOrEqual((before[node] as number) / max(before) - 1e-9);
      }),
    );
  });
});
