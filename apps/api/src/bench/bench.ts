import 'reflect-metadata';
import { createDataSource, embeddedUrl } from '@relais/server-database';
import { FEED_SQL, PLAN_VOLUNTEERS_SQL } from '@relais/server-matching';
import autocannon from 'autocannon';
import { ENTITIES } from '../entities';
import { findRepoRoot } from '../repo-root';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../demo/demo-city';
import { BENCH_ADMIN } from '../seed/synthetic-city';
import { SYNTHETIC_DOMAIN, SYNTHETIC_PASSWORD } from '../seed/synthetic-people';
import { startApiProcess } from './api-process';
import { runAssignmentScenario } from './assignment-scenario';
import { compareCentrality } from './centrality-comparison';
import { measureDigestRun, runDigestScenario } from './digest-scenario';
import { runCampaignScenario } from './campaign-scenario';
import { runCityFiguresScenario } from './city-figures-scenario';
import { runErasureScenario } from './erasure-scenario';
import { measureFullRecompute, runLeaderScenario } from './leader-scenario';
import { measureLimitsCost } from './limits-cost';
import { runSybilScenario } from './sybil-scenario';
import { BenchClient } from './bench-client';
import { Latencies, ms } from './latency';
import type { DataSource } from 'typeorm';

const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 400);
const ME = `{ me { id displayName } }`;
const MATCH = `query ($id: ID!) { matchCandidates(requestId: $id, first: 10) { score distanceMeters volunteer { id displayName } components { name value weight } } }`;
const FEED = `{ nearbyHelpRequests(first: 20) { id category description neighbourhood { name } approximateLocation { lat lng } } }`;

/**
 * Figures for the matching and leader-scoring targets, over GraphQL on a running API and the synthetic city
 * (`npm run seed:synthetic` first). BENCH_URL names an API already running; otherwise the
 * built one is started in its own process on the same database.
 */
async function main(): Promise<void> {
  const repoRoot = findRepoRoot();
  const databaseUrl = process.env['DATABASE_URL'] || embeddedUrl(Number(process.env['EMBEDDED_PG_PORT'] ?? 54329), 'relais');
  if (process.argv[2] === 'recompute-leaders') return measureFullRecompute(databaseUrl, process.argv[3]);
  if (process.argv[2] === 'digest-run') return measureDigestRun(databaseUrl, process.argv[3] === 'main' ? 'main' : 'worker');
  // `npm run bench -- digest`: that figure alone. The digest runs with no API up, whose outbox would start sending what it queues.
  if (process.argv[2] === 'digest') return runDigestScenario(repoRoot, databaseUrl);
  if (!process.argv[2] && !process.env['BENCH_ONLY']) await runDigestScenario(repoRoot, databaseUrl);
  const started = process.env['BENCH_URL'] ? null : await startApiProcess(repoRoot);
  const api = new BenchClient(process.env['BENCH_URL'] ?? (started?.url as string));
  const db = createDataSource(databaseUrl, ENTITIES, 4);
  await db.initialize();
  try {
    // `npm run bench -- erasure`: that figure alone, on any city (the demo's too).
    if (process.argv[2] === 'erasure') {
      const [synthetic] = await db.query(`SELECT count(*)::int AS n FROM person WHERE email = $1`, [BENCH_ADMIN]);
      const admin = synthetic.n ? await api.logIn(BENCH_ADMIN, SYNTHETIC_PASSWORD) : await api.logIn(DEMO_ACCOUNTS.admin, DEMO_PASSWORD);
      return await runErasureScenario(api, db, admin);
    }
    const [counts] = await db.query(`
      SELECT (SELECT count(*) FROM person WHERE email LIKE '%@${SYNTHETIC_DOMAIN}')::int AS people,
             (SELECT count(*) FROM volunteer_profile)::int AS volunteers,
             (SELECT count(*) FROM help_request WHERE status = 'OPEN')::int AS open,
             (SELECT count(*) FROM help_request)::int AS requests`);
    if (!counts.people) throw new Error('no synthetic city here: run `npm run seed:synthetic` first');
    console.log(`City: ${counts.people} synthetic people, ${counts.volunteers} volunteers, ${counts.requests} requests (${counts.open} OPEN)\n`);

    measureLimitsCost(repoRoot, { me: { source: ME }, matchCandidates: { source: MATCH, variables: { id: '00000000-0000-4000-8000-000000000000' } }, nearbyHelpRequests: { source: FEED } });
    const admin = await api.logIn(BENCH_ADMIN, SYNTHETIC_PASSWORD);
    // BENCH_ONLY=leaders, matching, campaigns or maps runs one part.
    const only = process.env['BENCH_ONLY'];
    const runs = (part: string) => !only || only === part;
    // Leaders first: autoAssign marks neighbourhoods for a recomputation a minute later, which
    // would run in the background of the leader figures.
    if (runs('leaders')) {
      await runLeaderScenario(api, db, admin, repoRoot, databaseUrl, ROUNDS);
      await runSybilScenario(api, db, admin);
      await compareCentrality(db);
    }
    if (runs('matching')) await runMatchingFigures(api, db, admin);
    if (runs('campaigns')) await runCampaignScenario(api, db, admin);
    if (runs('maps')) await runCityFiguresScenario(api, db, admin);
    if (!only) await runErasureScenario(api, db, admin);
  } finally {
    await db.destroy();
    await started?.stop();
  }
}

/** The matching targets: latency of matching and the feed against the `me` floor, the feed under load, auto-assignment. */
async function runMatchingFigures(api: BenchClient, db: DataSource, admin: string): Promise<void> {
  // The same samples on every run: ordered by a hash of their ids.
  const openIds: { id: string }[] = await db.query(`SELECT id FROM help_request WHERE status = 'OPEN' AND neighbourhood_id IS NOT NULL ORDER BY md5(id::text) LIMIT 200`);
  const volunteerEmails: { email: string }[] = await db.query(
    `SELECT p.email FROM person p JOIN volunteer_profile v ON v.person_id = p.id
     WHERE p.email LIKE 'volunteer.%' AND v.active ORDER BY md5(p.id::text) LIMIT 20`,
  );
  const volunteers = await Promise.all(volunteerEmails.map((v) => api.logIn(v.email, SYNTHETIC_PASSWORD)));

  const me = new Latencies();
  const match = new Latencies();
  const feed = new Latencies();
  let candidates = 0;
  let feedItems = 0;
  for (let round = -50; round < ROUNDS; round++) {
    const warm = round < 0; // warm-up rounds are not counted
    const id = openIds[(round + 50) % openIds.length]?.id;
    const volunteer = volunteers[(round + 50) % volunteers.length] as string;
    const meRun = () => api.query(ME, {}, admin);
    const matchRun = () => api.query<{ matchCandidates: unknown[] }>(MATCH, { id }, admin);
    const feedRun = () => api.query<{ nearbyHelpRequests: unknown[] }>(FEED, {}, volunteer);
    if (warm) {
      await meRun();
      await matchRun();
      await feedRun();
      continue;
    }
    await me.time(meRun);
    candidates += (await match.time(matchRun)).matchCandidates.length;
    feedItems += (await feed.time(feedRun)).nearbyHelpRequests.length;
  }
  console.log(`Latency over ${ROUNDS} sequential rounds (client-side, HTTP + GraphQL + database):`);
  console.log(`  me (the floor)        p50 ${ms(me.percentile(50))}  p95 ${ms(me.percentile(95))}`);
  console.log(`  matchCandidates       p50 ${ms(match.percentile(50))}  p95 ${ms(match.percentile(95))}   (${(candidates / ROUNDS).toFixed(1)} candidates each; target p95 ≤ 20 ms)`);
  console.log(`  nearbyHelpRequests    p50 ${ms(feed.percentile(50))}  p95 ${ms(feed.percentile(95))}   (${(feedItems / ROUNDS).toFixed(1)} requests each; target p95 ≤ 20 ms)`);
  console.log(`  match p50 / me p50    ${(match.percentile(50) / me.percentile(50)).toFixed(2)}×   (target ≤ 5×)\n`);

  const sample = (await db.query(`SELECT lng, lat, category FROM help_request WHERE id = $1`, [openIds[0]?.id]))[0];
  const [volunteerRow] = await db.query(`SELECT person_id FROM volunteer_profile v JOIN person p ON p.id = v.person_id WHERE p.email = $1`, [volunteerEmails[0]?.email]);
  for (const [name, sql, params] of [
    // matchCandidates reads volunteers from memory (see VolunteerMirror); autoAssign from the index.
    ['autoAssign volunteers', PLAN_VOLUNTEERS_SQL, [sample.lng - 0.01, sample.lat - 0.01, sample.lng + 0.01, sample.lat + 0.01, [sample.category]]],
    ['feed', FEED_SQL, [volunteerRow.person_id]],
  ] as const) {
    const plan: { 'QUERY PLAN': string }[] = await db.query(`EXPLAIN (ANALYZE, BUFFERS OFF) ${sql}`, [...params]);
    const lines = plan.map((row) => row['QUERY PLAN']);
    console.log(`EXPLAIN ANALYZE, ${name} query: ${lines.filter((l) => /Index|Execution Time/.test(l)).map((l) => l.trim()).join(' | ')}`);
  }

  const result = await autocannon({
    url: `${api.url}/graphql`,
    method: 'POST',
    connections: 10,
    duration: Number(process.env['BENCH_SECONDS'] ?? 10),
    headers: { 'content-type': 'application/json', authorization: `Bearer ${volunteers[0]}` },
    body: JSON.stringify({ query: FEED }),
  });
  console.log(
    `\nFeed under load (autocannon, 10 connections, ${result.duration} s): ${result.requests.average.toFixed(0)} requests/s, ` +
      `latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ${result.non2xx} non-2xx, ${result.errors} errors`,
  );

  const size = Number(process.env['BENCH_ASSIGN_SIZE'] ?? 500);
  const assignment = await runAssignmentScenario(api, db, admin, size);
  console.log(
    `\nautoAssign ${assignment.requests} requests × ${assignment.volunteers} volunteers: plan (autoAssignPreview) p50 ${ms(assignment.previewMs.percentile(50))}, ` +
      `autoAssign ${ms(assignment.assignMs)} (${assignment.assigned} assigned; target ≤ 2 s)` +
      `\n  total score ${assignment.totalScore.toFixed(3)} (exact) vs ${assignment.greedyTotalScore.toFixed(3)} (greedy)`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
