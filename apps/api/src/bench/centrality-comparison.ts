import { centralityNetwork, indexLeaderColumns, neighbourhoodPeople, networkPageRank } from '@relais/domain-leaders';
import { pageRank, trustNetworkToGraph } from '@relais/domain-leaders/graphology-reference';
import { LeaderGraphReader } from '@relais/server-leaders';
import type { DataSource } from 'typeorm';
import { ms } from './latency';
import { leaderSettingsService } from './leader-scenario';

/**
 * Why centrality runs on typed arrays and not on graphology: both computed on every neighbourhood's
 * trust network of the city, as a full recompute builds them, and checked to agree.
 */
export async function compareCentrality(db: DataSource): Promise<void> {
  const ids = ((await db.query(`SELECT id FROM neighbourhood ORDER BY id`)) as { id: string }[]).map((row) => row.id);
  const settings = await leaderSettingsService(db).current();
  const columns = await new LeaderGraphReader(db).city(ids);
  // PageRank's network, whichever method the settings name: graphology has no LeaderRank.
  const index = indexLeaderColumns(columns, new Date(), { ...settings, centrality: 'pagerank' });
  const spent = { network: 0, typed: 0, graphBuild: 0, graphology: 0 };
  const time = <T>(part: keyof typeof spent, run: () => T): T => {
    const started = performance.now();
    const result = run();
    spent[part] += performance.now() - started;
    return result;
  };
  let edges = 0;
  let largestDifference = 0;
  for (let n = 0; n < ids.length; n++) {
    const people = neighbourhoodPeople(index, n);
    if (people.length === 0) continue;
    const network = time('network', () => centralityNetwork(index, people));
    edges += network.targets.length;
    const typed = time('typed', () => networkPageRank(network));
    const graph = time('graphBuild', () => trustNetworkToGraph(network));
    const reference = time('graphology', () => pageRank(graph));
    typed.forEach((score, node) => (largestDifference = Math.max(largestDifference, Math.abs(score - (reference[String(node)] as number)))));
  }
  console.log(
    `  PageRank of every neighbourhood's trust network (${ids.length} networks, ${edges} edges, built in ${ms(spent.network)}): ` +
      `typed arrays ${ms(spent.typed)}; graphology ${ms(spent.graphBuild + spent.graphology)} ` +
      `(building its graphs ${ms(spent.graphBuild)}, graphology-metrics' pagerank ${ms(spent.graphology)}); ` +
      `largest difference ${largestDifference.toExponential(1)}`,
  );
}
