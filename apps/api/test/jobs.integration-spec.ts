import { JobsService } from '@relais/server-jobs';
import { REFRESH_DUE_JOB } from '@relais/server-leaders';
import { readdir } from 'node:fs/promises';
import PgBoss from 'pg-boss';
import { setTimeout as sleep } from 'node:timers/promises';
import { ACCEPT, postRequest, requestRow, signUpVolunteer } from './support/help-request-fixtures';
import { signUp } from './support/people-fixtures';
import { importParis } from './support/paris-fixtures';
import type { TestApp } from './support/test-app';
import { startTestApp } from './support/test-app';

async function eventually<T>(probe: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value) || Date.now() > deadline) return value;
    await sleep(250);
  }
}

/** The queue as the server runs it: pg-boss in the application's database, workers polling. */
describe('background jobs (pg-boss)', () => {
  let test: TestApp;

  beforeAll(async () => {
    test = await startTestApp({ jobs: true });
    await importParis(test, [3]);
  });
  afterAll(() => test.close());

  it('keeps its queue in the application database', async () => {
    expect(test.app.get(JobsService).running).toBe(true);
    const queues: { name: string }[] = await test.db.query(`SELECT name FROM pgboss.queue ORDER BY name`);
    expect(queues.map((q) => q.name)).toEqual(expect.arrayContaining(['help-requests.expire', 'outbox.drain']));
  });

  it('runs the jobs on a timetable: what pg-boss sends when a schedule is due reaches its queue', async () => {
    // pg-boss's timekeeper, of this instance or another, checks the timetable every 30 s and sends
    // each due schedule to its cron queue, as this second instance (with no timekeeper of its own
    // and no workers) does here; the server's worker of that queue hands it on.
    const timekeeper = new PgBoss({ connectionString: test.databaseUrl, schema: 'pgboss', schedule: false, supervise: false, migrate: false });
    await timekeeper.start();
    try {
      await timekeeper.send('__pgboss__send-it', { name: REFRESH_DUE_JOB, data: {} });
    } finally {
      await timekeeper.stop({ graceful: false });
    }
    const completed = await eventually(
      async () => Number((await test.db.query(`SELECT count(*) AS n FROM pgboss.job WHERE name = $1 AND state = 'completed'`, [REFRESH_DUE_JOB]))[0].n),
      (n) => n > 0,
    );
    expect(completed).toBeGreaterThan(0);
  });

  it('sends the mail of a change soon after it commits', async () => {
    const resident = await signUp(test.api);
    const volunteer = await signUpVolunteer(test.api);
    const posted = await postRequest(test.api, resident.token);
    await test.api.ok(ACCEPT, { id: posted.id }, volunteer.token);
    const files = await eventually(() => readdir(test.outboxDir), (names) => names.some((n) => n.endsWith('.eml')));
    expect(files.filter((n) => n.endsWith('.eml'))).toHaveLength(1);
    const [row] = await test.db.query(`SELECT sent_at FROM outbox_email`);
    expect(row.sent_at).not.toBeNull();
  });

  it('expires OPEN requests past their date from the expiry job', async () => {
    const resident = await signUp(test.api);
    const posted = await postRequest(test.api, resident.token, { neededBy: new Date(Date.now() + 3_600_000).toISOString() });
    await test.db.query(`UPDATE help_request SET needed_by = now() - interval '1 second' WHERE id = $1`, [posted.id]);
    await test.app.get(JobsService).nudge('help-requests.expire');
    const row = await eventually(() => requestRow(test.db, posted.id), (r) => r.status === 'EXPIRED');
    expect(row.status).toBe('EXPIRED');
  });
});
