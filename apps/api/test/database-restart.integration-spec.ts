import { ensureDatabase } from '@relais/server-database';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import type { ApiProcess } from './support/api-process';
import { buildApi, startApiProcess } from './support/api-process';
import { GraphQLClient } from './support/graphql-client';
import { signUpVolunteer } from './support/help-request-fixtures';
import type { SignedUp } from './support/people-fixtures';
import { signUp } from './support/people-fixtures';
import type { StopMode, ThrowawayPostgres } from './support/throwaway-postgres';
import { startThrowawayPostgres } from './support/throwaway-postgres';
import type { AcknowledgedWrite, LoadPair } from './support/write-load';
import { runWriteLoad } from './support/write-load';

const PAIRS = 4;
const LOAD_BEFORE_MS = 2_500;
const AWAY_MS = 3_000;
const LOAD_AFTER_MS = 4_000;
/** Bounds, not timings: each is many times what it takes. */
const WRITES_BACK_WITHIN_MS = 10_000;
const HEALTH_ANSWERS_WITHIN_MS = 5_000;
const JOB_UNDER_WAY_WITHIN_MS = 10_000;
const JOBS_RESUME_WITHIN_MS = 30_000;

/** An admin's change of the leader settings: every neighbourhood's leaders recomputed by a job, soon. */
const RESCORE = 'mutation Rescore($days: Int!) { updateLeaderSettings(input: { halfLifeDays: $days }) { halfLifeDays } }';
/** A recompute may start and end between two looks on a busy machine: the change is asked again, a few times. */
const RESCORE_TRIES = 3;

interface Figures {
  mode: StopMode;
  acknowledged: number;
  lost: number;
  failed: number;
  writesBackAfterMs: number;
}

function apiEnv(pg: ThrowawayPostgres, dataDir: string): Record<string, string> {
  return { DATABASE_URL: pg.url('relais'), DEMO_DATA: 'true', RELAIS_DATA_DIR: dataDir };
}

/** The status /healthz answers, or 0 when it does not answer in time (or the process is gone). */
function healthStatus(url: string): Promise<number> {
  return fetch(`${url}/healthz`, { signal: AbortSignal.timeout(HEALTH_ANSWERS_WITHIN_MS) }).then(
    (response) => response.status,
    () => 0,
  );
}

async function eventually(probe: () => Promise<boolean>, withinMs: number): Promise<boolean> {
  const deadline = Date.now() + withinMs;
  while (Date.now() < deadline) {
    if (await probe().catch(() => false)) return true;
    await sleep(200);
  }
  return false;
}

/** A connection of the test's own, opened for one use: one kept open would die with each stop. */
async function withClient<T>(url: string, work: (db: Client) => Promise<T>): Promise<T> {
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    return await work(db);
  } finally {
    await db.end();
  }
}

/**
 * Waits for a job to be under way (the leaders' recomputation asked for just before, or the
 * outbox's, nudged by each assignment), so that the stop catches one mid-flight: a job failing
 * for want of its database is what a restart used to end the API by.
 */
function jobUnderWay(url: string, withinMs: number): Promise<boolean> {
  return withClient(url, async (db) => {
    const deadline = Date.now() + withinMs;
    while (Date.now() < deadline) {
      const { rowCount } = await db.query(
        `SELECT 1 FROM pgboss.job WHERE state = 'active' AND NOT starts_with(name, '__pgboss') AND started_on > now() - interval '1 second'`,
      );
      if (rowCount) return true;
    }
    return false;
  });
}

/** The acknowledged writes the database does not show: none, if nothing acknowledged was lost. */
async function lostWrites(db: Client, writes: readonly AcknowledgedWrite[]): Promise<AcknowledgedWrite[]> {
  const { rows } = await db.query<{ id: string; requester_id: string; assignee_id: string | null; status: string }>(
    'SELECT id, requester_id, assignee_id, status FROM help_request WHERE id = ANY ($1::uuid[])',
    [writes.map((write) => write.requestId)],
  );
  const byId = new Map(rows.map((row) => [row.id, row]));
  return writes.filter((write) => {
    const row = byId.get(write.requestId);
    if (!row) return true;
    if (write.kind === 'post') return row.requester_id !== write.personId;
    if (write.kind === 'assign') return row.assignee_id !== write.personId || !['ASSIGNED', 'DONE'].includes(row.status);
    return row.status !== 'DONE';
  });
}

/**
 * The built API in its own process (an unhandled rejection ends it, as it would a real server),
 * on a PostgreSQL of the test's own holding the demo city, its jobs running, while organisers and
 * volunteers write without pause; the database is stopped (fast, or immediate: a crash, recovered
 * at start) with a job under way, kept away a few seconds, and started again.
 */
describe('a PostgreSQL restart under write load', () => {
  let pg: ThrowawayPostgres | undefined;
  let build: Awaited<ReturnType<typeof buildApi>> | undefined;
  let api: ApiProcess | undefined;
  let dataDir: string | undefined;
  let pairs: LoadPair[];
  let admin: SignedUp;
  const figures: Figures[] = [];

  beforeAll(async () => {
    // One at a time, so that whatever started is cleaned up when something after it fails.
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'relais-restart-'));
    build = await buildApi();
    pg = await startThrowawayPostgres();
    await ensureDatabase(pg.url('relais'));
    api = await startApiProcess(build.main, apiEnv(pg, dataDir));
    const graphql = new GraphQLClient(`${api.url}/graphql`);
    pairs = [];
    for (let i = 0; i < PAIRS; i++) pairs.push({ organiser: await signUp(graphql), volunteer: await signUpVolunteer(graphql) });
    admin = await signUp(graphql);
    // Roles are an admin's to grant: here straight in the database, before the accounts are first used.
    await withClient(pg.url('relais'), async (db) => {
      const organisers = pairs.map((pair) => pair.organiser.id);
      await db.query(`UPDATE person SET roles = '{ADMIN}' WHERE id = $1`, [admin.id]);
      await db.query(`UPDATE person SET roles = array_append(roles, 'ORGANISER') WHERE id = ANY ($1::uuid[])`, [organisers]);
      await db.query(`INSERT INTO organiser_scope (person_id, neighbourhood_id) SELECT unnest($1::uuid[]), id FROM neighbourhood WHERE name = 'Enfants-Rouges'`, [
        organisers,
      ]);
    });
  });

  afterAll(async () => {
    for (const f of figures) {
      console.log(`${f.mode}: ${f.acknowledged} writes acknowledged, ${f.lost} lost, ${f.failed} refused while away, writes back ${f.writesBackAfterMs} ms after the database`);
    }
    await api?.stop();
    await pg?.destroy();
    await build?.remove();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it.each<StopMode>(['fast', 'immediate'])('stays up through `pg_ctl stop -m %s` and start, and loses nothing it acknowledged', async (mode) => {
    if (!api || !pg) throw new Error('not started');
    const [server, database] = [api, pg];
    let stopLoad = false;
    const load = runWriteLoad(server.url, pairs, () => stopLoad);
    const health: number[] = [];
    let [caughtJob, healthy, stoppedAt, backAt, mailsBefore] = [false, false, 0, 0, '0'];
    try {
      await sleep(LOAD_BEFORE_MS);
      for (let tries = 0; tries < RESCORE_TRIES && !caughtJob; tries += 1) {
        await new GraphQLClient(`${server.url}/graphql`).ok(RESCORE, { days: 60 + tries }, admin.token);
        caughtJob = await jobUnderWay(database.url('relais'), JOB_UNDER_WAY_WITHIN_MS);
      }
      stoppedAt = Date.now();
      await database.stop(mode);
      health.push(await healthStatus(server.url));
      await sleep(AWAY_MS);
      health.push(await healthStatus(server.url));
      await database.start();
      backAt = Date.now();
      mailsBefore = await withClient(database.url('relais'), async (db) => (await db.query<{ id: string }>('SELECT coalesce(max(id), 0) AS id FROM outbox_email')).rows[0]?.id ?? '0');
      healthy = await eventually(async () => (await healthStatus(server.url)) === 200, WRITES_BACK_WITHIN_MS);
      await sleep(LOAD_AFTER_MS);
    } finally {
      stopLoad = true;
    }
    const report = await load;

    expect(caughtJob).toBe(true);
    // The tail of what it printed comes with a failure: the stack of what ended it.
    expect({ exit: server.exit(), alarms: server.alarms(), tail: server.exit() ? server.output().slice(-4000) : '' }).toEqual({ exit: null, alarms: [], tail: '' });
    expect(health).toEqual([503, 503]);
    expect(healthy).toBe(true);
    expect(report.unanswered).toBe(0);

    const before = report.acknowledged.filter((write) => write.sentAt < stoppedAt);
    const after = report.acknowledged.filter((write) => write.sentAt >= backAt);
    expect(before.length).toBeGreaterThan(0);
    expect(after.length).toBeGreaterThan(0);
    const writesBackAfterMs = Math.max(0, Math.min(...after.map((write) => write.answeredAt)) - backAt);
    expect(writesBackAfterMs).toBeLessThan(WRITES_BACK_WITHIN_MS);

    const lost = await withClient(database.url('relais'), (db) => lostWrites(db, report.acknowledged));
    expect(lost).toEqual([]);

    // The jobs run again: the mails of the assignments acknowledged since the start go out.
    const mailsSince = (db: Client) =>
      db.query<{ written: number; unsent: number }>(
        'SELECT count(*)::int AS written, (count(*) FILTER (WHERE sent_at IS NULL))::int AS unsent FROM outbox_email WHERE id > $1',
        [mailsBefore],
      );
    const sent = await eventually(
      () => withClient(database.url('relais'), async (db) => (await mailsSince(db)).rows.every((row) => row.written > 0 && row.unsent === 0)),
      JOBS_RESUME_WITHIN_MS,
    );
    expect(sent).toBe(true);
    expect(server.exit()).toBeNull();
    const failed = Object.values(report.failures).reduce((sum, n) => sum + n, 0);
    figures.push({ mode, acknowledged: report.acknowledged.length, lost: lost.length, failed, writesBackAfterMs });
  });

  it('starts while its database is away, and serves once it is back', async () => {
    if (!build || !pg || !dataDir) throw new Error('not started');
    const database = pg;
    await database.stop('fast');
    // Resolves once /healthz answers 200; fails if the process exits first.
    const starting = startApiProcess(build.main, apiEnv(database, dataDir));
    let second: ApiProcess | undefined;
    try {
      await sleep(AWAY_MS);
      await database.start();
      second = await starting;
      expect(await healthStatus(second.url)).toBe(200);
      expect(second.alarms()).toEqual([]);
    } finally {
      await (second ?? (await starting.catch(() => undefined)))?.stop();
    }
  });
});
