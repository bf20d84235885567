import { DigestService, isoWeek, runDigestWorker } from '@relais/server-outreach';
import path from 'node:path';
import { buildApi } from './support/api-process';
import { postRequest, signUpVolunteer } from './support/help-request-fixtures';
import type { SignedUp } from './support/people-fixtures';
import { makeAdmin, signUp } from './support/people-fixtures';
import { importParis } from './support/paris-fixtures';
import type { TestApp } from './support/test-app';
import { startTestApp } from './support/test-app';

const PUBLIC_URL = 'https://relais.example.org';

/** The built API runs the weekly digest in a worker thread: the same run, its links signed with the API's key. */
describe('weekly digest in its worker thread', () => {
  let built: Awaited<ReturnType<typeof buildApi>>;
  let workerFile: string;
  let test: TestApp;
  let admin: SignedUp;
  let volunteer: SignedUp;
  let queued: number;

  beforeAll(async () => {
    built = await buildApi();
    workerFile = path.join(path.dirname(built.main), 'digest-worker.js');
    test = await startTestApp({ publicUrl: PUBLIC_URL, digestWorkerFile: workerFile });
    await importParis(test, [3]);
    admin = await makeAdmin(test.api, test.db);
    volunteer = await signUpVolunteer(test.api, { displayName: 'Vincent Bénévole' });
    const requester = await signUp(test.api, { displayName: 'Mme Lambert' });
    await postRequest(test.api, requester.token, { category: 'ERRANDS', description: 'Courses', address: '12 rue de Bretagne, 75003 Paris' });
    queued = (await test.api.ok<{ runWeeklyDigest: number }>(`mutation { runWeeklyDigest }`, {}, admin.token)).runWeeklyDigest;
  }, 180_000);
  afterAll(async () => {
    await test.close();
    await built.remove();
  });

  it('queues the volunteer’s digest from the worker, with an unsubscribe link the API itself honours', async () => {
    expect(queued).toBe(1);
    const [mail] = await test.db.query(`SELECT to_address AS "to", headers FROM outbox_email WHERE kind = 'weeklyDigest'`);
    expect(mail.to).toBe(volunteer.email);
    const link = /^<(.+)>$/.exec(mail.headers['List-Unsubscribe'])?.[1] as string;
    const oneClick = await fetch(link.replace(PUBLIC_URL, test.baseUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(oneClick.status).toBe(200);
    const [person] = await test.db.query(`SELECT digest_consent FROM person WHERE id = $1`, [volunteer.id]);
    expect(person.digest_consent).toBe(false);
  });

  it('queues nobody twice for the week, whether run again in the worker or on the API’s thread', async () => {
    expect(await test.app.get(DigestService).queueNow(new Date())).toBe(0);
    expect(await test.app.get(DigestService).run(new Date())).toBe(0);
    const rows = await test.db.query(`SELECT count(*)::int AS n FROM digest_sent WHERE iso_week = $1`, [isoWeek(new Date())]);
    expect(rows[0].n).toBe(1);
  });

  it('rejects with the worker’s failure, so the job reports it and the next run takes up the rest', async () => {
    const unreachable = { databaseUrl: 'postgres://postgres@127.0.0.1:1/none', unsubscribeKey: new Uint8Array(32), publicUrl: PUBLIC_URL, now: new Date().toISOString() };
    await expect(runDigestWorker(workerFile, unreachable)).rejects.toThrow(/ECONNREFUSED|connect/);
  });
});
