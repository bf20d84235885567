import { AuditService } from '@relais/server-audit';
import { UnsubscribeLinks } from '@relais/server-auth';
import { createDataSource } from '@relais/server-database';
import { JobsService } from '@relais/server-jobs';
import { OutboxService } from '@relais/server-messaging';
import { DigestService, DigestSettingsService, isoWeek, runDigestWorker } from '@relais/server-outreach';
import { SettingsService } from '@relais/server-settings';
import { createSecretKey, randomBytes } from 'node:crypto';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { ENTITIES } from '../entities';
import { SYNTHETIC_DOMAIN } from '../seed/synthetic-people';
import { jsonFromChild } from './child-run';
import { ms } from './latency';

/** How the run is measured: in the worker thread, as the API runs it, or on the process's own thread (for comparison). */
type DigestThread = 'worker' | 'main';

interface DigestRun {
  ms: number;
  queued: number;
  consenting: number;
  baselineRssMb: number;
  peakRssMb: number;
}

/**
 * `bench.js digest-run worker|main`: this week's digests for the whole city (batches of 500
 * through the outbox), in this process that has loaded the whole API as a running one has, with
 * the process's peak memory: `worker` in the digest's worker thread as the API's job runs it,
 * `main` on this thread. What it queued is deleted afterwards, mails and week records alike, so
 * that nothing is sent and the next run measures the same work.
 */
export async function measureDigestRun(databaseUrl: string, thread: DigestThread): Promise<void> {
  const db = createDataSource(databaseUrl, ENTITIES, 4);
  await db.initialize();
  const noMail = { deliver: async () => undefined };
  const outbox = new OutboxService(db, noMail, new JobsService(null));
  const key = randomBytes(32);
  const links = new UnsubscribeLinks(createSecretKey(key), 'https://bench.relais.test');
  const digest = new DigestService(db, outbox, links, new DigestSettingsService(new SettingsService(db, new AuditService(db))), 'https://bench.relais.test');
  const now = new Date();
  const week = isoWeek(now);
  const [row]: { consenting: number; startedAt: Date }[] = await db.query(
    `SELECT (SELECT count(*) FROM person WHERE digest_consent)::int AS consenting, clock_timestamp() AS "startedAt"`,
  );
  const { consenting, startedAt } = row as { consenting: number; startedAt: Date };
  const baselineRssMb = process.memoryUsage().rss / 2 ** 20;
  const started = performance.now();
  try {
    const batchSize = process.env['BENCH_DIGEST_BATCH'] ? Number(process.env['BENCH_DIGEST_BATCH']) : undefined;
    const queued =
      thread === 'worker'
        ? await runDigestWorker(path.join(__dirname, 'digest-worker.js'), { databaseUrl, unsubscribeKey: key, publicUrl: 'https://bench.relais.test', now: now.toISOString(), batchSize })
        : await digest.run(now, { batchSize });
    const result: DigestRun = { ms: performance.now() - started, queued, consenting, baselineRssMb, peakRssMb: process.resourceUsage().maxRSS / 1024 };
    console.log(JSON.stringify(result));
  } finally {
    await db.query(`DELETE FROM outbox_email WHERE kind = 'weeklyDigest' AND created_at >= $1`, [startedAt]);
    await db.query(`DELETE FROM digest_sent WHERE iso_week = $1 AND queued_at >= $2`, [week, startedAt]);
    await db.destroy();
  }
}

/**
 * The synthetic city is seeded without consents nor outreach. For the digest's worst case, once:
 * every synthetic person consents to the digest and the news (ledger rows, as at sign-up), each
 * quartier gets an organiser, a way to help and an idea, and the city three of each. Kept for the
 * next runs; `seed:synthetic -- --replace` starts again from none.
 */
async function prepareSyntheticOutreach(db: DataSource): Promise<void> {
  const [ready]: { n: number }[] = await db.query(`SELECT count(*)::int AS n FROM person WHERE digest_consent`);
  if (ready?.n) return;
  const started = performance.now();
  const synthetic = `%@${SYNTHETIC_DOMAIN}`;
  await db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO consent_event (person_id, purpose, granted, wording_version, channel, actor_id)
       SELECT p.id, c.purpose, true, 'bench-synthetic', 'SIGN_UP', p.id FROM person p CROSS JOIN (VALUES ('DIGEST'), ('NEWS')) AS c(purpose)
       WHERE p.email LIKE $1 ORDER BY p.id`,
      [synthetic],
    );
    const organisers: { id: string; neighbourhood: string }[] = await tx.query(
      `SELECT DISTINCT ON (p.neighbourhood_id) p.id, p.neighbourhood_id AS neighbourhood FROM person p
       WHERE p.email LIKE $1 AND p.neighbourhood_id IS NOT NULL AND NOT 'VOLUNTEER' = ANY(p.roles) ORDER BY p.neighbourhood_id, p.id`,
      [synthetic],
    );
    await tx.query(`UPDATE person SET roles = array_append(roles, 'ORGANISER') WHERE id = ANY($1::uuid[])`, [organisers.map((o) => o.id)]);
    await tx.query(`INSERT INTO organiser_scope (person_id, neighbourhood_id) SELECT unnest($1::uuid[]), unnest($2::uuid[])`, [
      organisers.map((o) => o.id),
      organisers.map((o) => o.neighbourhood),
    ]);
    await tx.query(
      `WITH made AS (
         INSERT INTO way_to_help (kind, title, body, link)
         SELECT 'GIVE_GOODS', 'Collecte de vêtements, ' || n.name, 'Déposez manteaux et pulls propres au centre social, du lundi au samedi.', 'https://example.org/collecte'
         FROM neighbourhood n RETURNING id, title)
       INSERT INTO way_to_help_neighbourhood (way_to_help_id, neighbourhood_id)
       SELECT m.id, n.id FROM made m JOIN neighbourhood n ON m.title = 'Collecte de vêtements, ' || n.name`,
    );
    await tx.query(
      `INSERT INTO way_to_help (kind, title, body, link) VALUES
         ('GIVE_BLOOD', 'Donner son sang', 'Les collectes de la semaine, sur rendez-vous.', 'https://example.org/sang'),
         ('DONATE', 'Soutenir la banque alimentaire', 'Un don finance des colis pour les familles.', 'https://example.org/don'),
         ('CALL_NEIGHBOUR', 'Appeler un voisin isolé', 'Un coup de fil par semaine change une semaine.', NULL)`,
    );
    await tx.query(
      `INSERT INTO idea (author_id, neighbourhood_id, title, body)
       SELECT o.id, o.neighbourhood, 'Une boîte à livres dans le quartier', 'Au square, à l’abri de la pluie.'
       FROM unnest($1::uuid[], $2::uuid[]) AS o(id, neighbourhood)
       UNION ALL SELECT o.id, NULL, t.title, 'Pour toute la ville.' FROM (SELECT unnest($1::uuid[]) AS id LIMIT 1) o
         CROSS JOIN (VALUES ('Des jardins partagés'), ('Un repair café par arrondissement'), ('Des bancs dans chaque rue')) AS t(title)`,
      [organisers.map((o) => o.id), organisers.map((o) => o.neighbourhood)],
    );
  });
  console.log(`Prepared the synthetic city for the digest (consents, organisers, ways to help, ideas) in ${ms(performance.now() - started)}`);
}

/** The weekly digest's targets: the whole city's queued in under a minute, in a process that stays under 300 MB. */
export async function runDigestScenario(repoRoot: string, databaseUrl: string): Promise<void> {
  const db = createDataSource(databaseUrl, ENTITIES, 2);
  await db.initialize();
  try {
    await prepareSyntheticOutreach(db);
  } finally {
    await db.destroy();
  }
  // On the process's own thread V8 lets the heap swell with digests already written when memory is
  // plentiful (about 450 MB here); the worker's capped heap is what the API runs.
  for (const thread of ['worker', 'main'] as const) {
    const run = await jsonFromChild<DigestRun>(repoRoot, databaseUrl, ['digest-run', thread], 'digest');
    console.log(
      `Weekly digest (${thread === 'worker' ? 'worker thread, as the API runs it' : 'on the main thread, for comparison'}): ${run.queued} digests queued for ${run.consenting} people with digest consent ` +
        `in ${ms(run.ms)} (${Math.round(run.queued / (run.ms / 1000))}/s), peak RSS ${run.peakRssMb.toFixed(0)} MB (process at rest ${run.baselineRssMb.toFixed(0)} MB)   ` +
        `(targets < 60 s, < 300 MB)`,
    );
  }
  console.log('');
}
