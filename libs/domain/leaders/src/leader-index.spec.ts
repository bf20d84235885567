import { leaderColumnsOf } from './leader-columns';
import type { PeopleTrustNetwork } from './leader-index';
import { indexLeaderColumns, neighbourhoodTrustNetwork } from './leader-index';
import { NOW, THERE, makeInput, makeVolunteer } from './leader-test-fixtures';
import type { NamedTrustNetwork } from './trust-graph';
import { UNSPENT_TRUST_NODE, buildTrustNetwork } from './trust-graph';

function edgesOf(network: NamedTrustNetwork): Array<[string, string, number]> {
  const edges: Array<[string, string, number]> = [];
  network.ids.forEach((source, s) => {
    for (let k = network.starts[s] as number; k < (network.starts[s + 1] as number); k++) {
      edges.push([source, network.ids[network.targets[k] as number] as string, network.weights[k] as number]);
    }
  });
  // Sorted by source then target; the unspent node's key starts with NUL, so it comes first.
  return edges.sort(([a, b], [c, d]) => (a + b < c + d ? -1 : 1));
}

describe('neighbourhood trust network', () => {
  const input = makeInput({
    volunteers: [makeVolunteer('v'), makeVolunteer('o', { neighbourhoodId: THERE }), makeVolunteer('e', { neighbourhoodId: THERE })],
    helps: [
      { helperId: 'v', residentId: 'r', at: NOW, rating: 5 },
      { helperId: 'o', residentId: 'r', at: NOW, rating: 5 },
      { helperId: 'e', residentId: 'q', at: NOW, rating: null },
      { helperId: 'o', residentId: 'q', at: NOW, rating: 5 },
      { helperId: 'o', residentId: 'z', at: NOW, rating: 5 },
      { helperId: 'v', residentId: 'v', at: NOW, rating: 5 },
    ],
    endorsements: [{ endorserId: 'e', endorsedId: 'v', at: NOW }],
  });
  const columns = leaderColumnsOf(input);
  const index = indexLeaderColumns(columns, NOW, input.settings);
  /** v's network, its nodes named by person id. */
  const networkOfV = (unspentTrust: boolean): NamedTrustNetwork => {
    const network: PeopleTrustNetwork = neighbourhoodTrustNetwork(index, [0], { unspentTrust });
    const ids = Array.from({ length: network.size }, (_, node) =>
      node === network.unspent ? UNSPENT_TRUST_NODE : columns.personId(network.people[node] as number),
    );
    return { ...network, ids, indexOf: new Map(ids.map((id, node) => [id, node])) };
  };

  it('holds the edges into its volunteers and into those who vouch for them, nothing cast elsewhere', () => {
    // r also trusts o (another neighbourhood's): that vote is not followed, nor taken off r's vote here.
    // e helped once, a third of the way to established: their endorsement weighs 1/3 + 0.1 × 2/3.
    expect(edgesOf(networkOfV(false))).toEqual([
      ['e', 'v', expect.closeTo(0.4, 12)],
      ['q', 'e', 0.6],
      ['r', 'v', 1],
    ]);
  });

  it('for PageRank, sends what a weak vote does not pass on to the unspent node', () => {
    expect(edgesOf(networkOfV(true))).toEqual([
      ['e', UNSPENT_TRUST_NODE, expect.closeTo(0.6, 12)],
      ['e', 'v', expect.closeTo(0.4, 12)],
      ['q', UNSPENT_TRUST_NODE, expect.closeTo(0.4, 12)],
      ['q', 'e', 0.6],
      ['r', 'v', 1],
    ]);
  });

  it('leaves out people further away and self-help', () => {
    const ids = networkOfV(true).ids;
    expect(ids).not.toContain('z');
    expect(edgesOf(networkOfV(true)).filter(([s, t]) => s === t)).toEqual([]);
  });
});

describe('trust network', () => {
  it('merges an explicit unspent edge with the top-up PageRank adds', () => {
    const network = buildTrustNetwork(
      [
        { source: 'q', target: 'v', weight: 0.25 },
        { source: 'q', target: UNSPENT_TRUST_NODE, weight: 0.25 },
      ],
      { unspentTrust: true },
    );
    expect(edgesOf(network)).toEqual([
      ['q', UNSPENT_TRUST_NODE, 0.75],
      ['q', 'v', 0.25],
    ]);
  });
});
