import { AuditService } from '@relais/server-audit';
import { createDataSource } from '@relais/server-database';
import { ALL_EDGES_SQL, LeaderGraphMirror, LeaderGraphReader, LeaderScoresService, LeaderSettingsService, neighbourhoodEdgesSql } from '@relais/server-leaders';
import { SettingsService } from '@relais/server-settings';
import type { DataSource } from 'typeorm';
import { ENTITIES } from '../entities';
import type { BenchClient } from './bench-client';
import { jsonFromChild } from './child-run';
import { Latencies, ms } from './latency';

const RANKING = `query ($id: ID!) { leaderRanking(neighbourhoodId: $id, first: 20) {
  rank score person { id displayName isAmbassador } components { name value weight } } }`;
const REFRESH = `mutation ($id: ID!) { refreshLeaderScores(neighbourhoodId: $id) }`;
const ME = `{ me { id displayName } }`;

/** Rounds of one-neighbourhood refreshes timed apart: the first calls since the server started. */
const WARM_UP_ROUNDS = 2;

/** What the child process reports of a full recomputation. */
interface FullRecompute {
  ms: number;
  /** The same again in the same process, the graph in memory: as a running server's nightly job does it. */
  warmMs: number;
  warmReadMs: number;
  readMs: number;
  scoreMs: number;
  writeMs: number;
  ranked: number;
  neighbourhoods: number;
  baselineRssMb: number;
  peakRssMb: number;
}

/** The leader settings as the API reads them, outside its dependency injection. */
export const leaderSettingsService = (db: DataSource): LeaderSettingsService =>
  new LeaderSettingsService(new SettingsService(db, new AuditService(db)));

/**
 * Child-process mode: one full recomputation, as the nightly job does it, in a fresh process so
 * that its peak resident memory is the recomputation's own (plus the process's baseline).
 */
export async function measureFullRecompute(databaseUrl: string, neighbourhoodId?: string): Promise<void> {
  const db = createDataSource(databaseUrl, ENTITIES, 2);
  await db.initialize();
  const reader = new LeaderGraphReader(db);
  const graph = new LeaderGraphMirror(db, reader);
  const scores = new LeaderScoresService(db, reader, leaderSettingsService(db), graph);
  const baselineRssMb = process.memoryUsage().rss / 2 ** 20;
  // One neighbourhood (a diagnosis: `bench.js recompute-leaders <id>`): the graph in memory and
  // after two warm-up runs, as a running API would do it.
  if (neighbourhoodId) await graph.warm();
  if (neighbourhoodId) for (let run = 0; run < 2; run++) await scores.refresh(neighbourhoodId);
  const started = performance.now();
  const report = neighbourhoodId ? await scores.refresh(neighbourhoodId) : await scores.refreshAll();
  const ms = performance.now() - started;
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  const warmStarted = performance.now();
  const warm = neighbourhoodId ? await scores.refresh(neighbourhoodId) : await scores.refreshAll();
  const result: FullRecompute = { ms, warmMs: performance.now() - warmStarted, warmReadMs: warm.readMs, ...report, baselineRssMb, peakRssMb };
  await db.destroy();
  console.log(JSON.stringify(result));
}

function fullRecomputeInChild(repoRoot: string, databaseUrl: string): Promise<FullRecompute> {
  return jsonFromChild<FullRecompute>(repoRoot, databaseUrl, ['recompute-leaders'], 'recomputation');
}

/** Figures for the leader-scoring targets on the synthetic city. */
export async function runLeaderScenario(api: BenchClient, db: DataSource, admin: string, repoRoot: string, databaseUrl: string, rounds: number): Promise<void> {
  const edges: { kind: number; n: number }[] = await db.query(`SELECT kind, count(*)::int AS n FROM (${ALL_EDGES_SQL}) e GROUP BY kind ORDER BY kind`);
  const byKind = Object.fromEntries(edges.map((e) => [e.kind, e.n]));
  const total = edges.reduce((sum, e) => sum + e.n, 0);
  console.log(
    `\nLeader scoring: trust graph of ${total} interactions (${byKind[1] ?? 0} helps done, ${byKind[2] ?? 0} endorsements, ${byKind[3] ?? 0} referrals)`,
  );

  // The nightly job runs in the API, whose graph is in memory since it started (read then in the
  // background) and caught up from the change log: that is the run the target is for. A process that
  // has just started reads the graph whole first, once.
  for (let run = 1; run <= 3; run++) {
    const full = await fullRecomputeInChild(repoRoot, databaseUrl);
    console.log(
      `  full recompute, run ${run}, as the nightly job runs in the API (graph in memory): ${ms(full.warmMs)} (read ${ms(full.warmReadMs)}; ` +
        `${full.ranked} ranked in ${full.neighbourhoods} neighbourhoods), peak RSS ${full.peakRssMb.toFixed(0)} MB with the graph ` +
        `(process at rest ${full.baselineRssMb.toFixed(0)} MB)   (targets ≤ 3 s, ≤ 1 GB)\n` +
        `    the first run of a process just started, reading the graph whole: ${ms(full.ms)} ` +
        `(read ${ms(full.readMs)}, score ${ms(full.scoreMs)}, write ${ms(full.writeMs)})`,
    );
  }

  // The five busiest neighbourhoods, and five around the median: the worst case and the usual one.
  const sizes: { id: string; volunteers: number }[] = await db.query(
    `SELECT neighbourhood_id AS id, count(*)::int AS volunteers FROM volunteer_profile WHERE neighbourhood_id IS NOT NULL
      GROUP BY 1 ORDER BY 2 DESC, 1`,
  );
  const middle = Math.max(0, Math.floor(sizes.length / 2) - 2);
  for (const [label, sample] of [
    ['busiest', sizes.slice(0, 5)],
    ['median-sized', sizes.slice(middle, middle + 5)],
  ] as const) {
    // The first rounds are timed apart: the server has just started (it rehearsed the scoring code
    // on the busiest neighbourhoods at start, but the database's caches and connections are new).
    const first = new Latencies();
    const one = new Latencies();
    for (let round = 0; round < WARM_UP_ROUNDS + 5; round++) {
      for (const { id } of sample) await (round < WARM_UP_ROUNDS ? first : one).time(() => api.query(REFRESH, { id }, admin));
    }
    console.log(
      `  one neighbourhood, the 5 ${label} (${sample[0]?.volunteers}–${sample.at(-1)?.volunteers} volunteers; refreshLeaderScores over GraphQL, ` +
        `5 rounds): p50 ${ms(one.percentile(50))}, max ${ms(one.percentile(100))}   (target ≤ 200 ms)\n` +
        `    the ${WARM_UP_ROUNDS} rounds before, the first since the server started: max ${ms(first.percentile(100))}`,
    );
  }

  const plan: { 'QUERY PLAN': string }[] = await db.query(`EXPLAIN (ANALYZE, BUFFERS OFF) ${neighbourhoodEdgesSql(sizes[0]?.id ?? '')}`);
  console.log(
    `  EXPLAIN ANALYZE, the busiest neighbourhood's graph: ` +
      plan.map((row) => row['QUERY PLAN'].trim()).filter((line) => /Index|Execution Time/.test(line)).join(' | '),
  );

  const ids: { id: string }[] = await db.query(`SELECT neighbourhood_id AS id FROM leader_score GROUP BY 1 ORDER BY md5(neighbourhood_id::text)`);
  const ranking = new Latencies();
  const me = new Latencies();
  for (let round = -50; round < rounds; round++) {
    const id = ids[(round + 50) % ids.length]?.id;
    const rankingRun = () => api.query(RANKING, { id }, admin);
    const meRun = () => api.query(ME, {}, admin);
    if (round < 0) {
      await rankingRun();
      await meRun();
      continue;
    }
    await me.time(meRun);
    await ranking.time(rankingRun);
  }
  console.log(
    `  leaderRanking (first: 20, over ${ids.length} neighbourhoods, ${rounds} rounds): p50 ${ms(ranking.percentile(50))}, p95 ${ms(ranking.percentile(95))}` +
      `   (me in the same rounds: p50 ${ms(me.percentile(50))}, p95 ${ms(me.percentile(95))}; target p95 ≤ 20 ms)`,
  );
}
