import { buildTrustGraph } from './graphology-reference';
import { UNSPENT_TRUST_NODE, helpTrust } from './trust-graph';

describe('trust graph', () => {
  it('passes a help’s rating out of 5, or 0.6 unrated, times its decay', () => {
    expect(helpTrust(5, 1)).toBe(1);
    expect(helpTrust(4, 0.5)).toBeCloseTo(0.4, 12);
    expect(helpTrust(null, 1)).toBe(0.6);
  });

  it('sums parallel edges and drops self-loops and worthless edges', () => {
    const graph = buildTrustGraph(
      [
        { source: 'r', target: 'v', weight: 0.75 },
        { source: 'r', target: 'v', weight: 0.5 },
        { source: 'v', target: 'v', weight: 1 },
        { source: 'w', target: 'v', weight: 0 },
      ],
      { unspentTrust: true },
    );
    expect(graph.edges().map((edge) => [graph.source(edge), graph.target(edge), graph.getEdgeAttribute(edge, 'weight')])).toEqual([
      ['r', 'v', 1.25],
    ]);
  });

  it('sends what a person’s fading votes do not carry to the unspent node, for PageRank only', () => {
    const edges = [{ source: 'r', target: 'v', weight: 0.25 }];
    const withUnspent = buildTrustGraph(edges, { unspentTrust: true });
    expect(withUnspent.getEdgeAttribute(withUnspent.edge('r', UNSPENT_TRUST_NODE) as string, 'weight')).toBe(0.75);
    expect(buildTrustGraph(edges, { unspentTrust: false }).hasNode(UNSPENT_TRUST_NODE)).toBe(false);
  });
});
