import { MailRefused, OutboxService, smtpTransport } from '@relais/server-messaging';
import { ACCEPT, postRequest, signUpVolunteer } from './support/help-request-fixtures';
import { signUp } from './support/people-fixtures';
import { importParis } from './support/paris-fixtures';
import { SmtpListener } from './support/smtp-listener';
import type { TestApp } from './support/test-app';
import { startTestApp } from './support/test-app';

interface Row {
  id: string;
  status: string;
  attempts: number;
  last_error: string | null;
  due_later: boolean;
}

/** The outbox against a real SMTP server that refuses some recipients, as a mail provider does. */
describe('e-mail outbox over SMTP', () => {
  let smtp: SmtpListener;
  let test: TestApp;
  let outbox: OutboxService;
  let serial = 0;

  beforeAll(async () => {
    smtp = await SmtpListener.start();
    test = await startTestApp({ smtpUrl: smtp.url });
    outbox = test.app.get(OutboxService);
    await importParis(test, [3]);
  });
  afterAll(async () => {
    await test.close();
    await smtp.close();
  });

  const address = (name: string) => `${name}.${++serial}.${Date.now()}@example.org`;

  /** A change through the API that mails `to` (a volunteer takes their request). */
  async function mailTo(to: string): Promise<void> {
    const resident = await signUp(test.api, { email: to });
    const volunteer = await signUpVolunteer(test.api);
    const posted = await postRequest(test.api, resident.token);
    await test.api.ok(ACCEPT, { id: posted.id }, volunteer.token);
  }

  /** Mails written straight into the outbox, as a change's transaction writes them. */
  async function enqueue(recipients: readonly string[]): Promise<void> {
    const mails = recipients.map((to) => ({ kind: 'test', to, subject: 'Votre demande', body: 'Bonjour' }));
    await test.db.transaction((tx) => outbox.enqueue(tx, mails));
  }

  async function rowOf(to: string): Promise<Row> {
    const [row] = await test.db.query(
      `SELECT id::text, status, attempts, last_error, next_attempt_at > now() AS due_later FROM outbox_email WHERE to_address = $1`,
      [to],
    );
    return row;
  }

  it('sends every other mail when one recipient is refused for good and one is deferred, and retries the deferred one later', async () => {
    const refused = address('refused');
    const deferred = address('deferred');
    const others = [address('a'), address('b'), address('c'), address('d')];
    smtp.refuse(refused, 550, `5.1.1 <${refused}>: Recipient address rejected: User unknown`);
    smtp.refuse(deferred, 451, `4.7.1 <${deferred}>: Greylisted, try again later`, 1);
    for (const to of [refused, deferred, ...others]) await mailTo(to);

    expect(await outbox.drainOnce()).toBe(others.length);
    expect(smtp.recipients().sort()).toEqual([...others].sort());

    const failed = await rowOf(refused);
    expect(failed).toMatchObject({ status: 'FAILED', attempts: 1 });
    expect(failed.last_error).toMatch(/^550 .*User unknown/);
    expect(failed.last_error).not.toContain(refused);

    const later = await rowOf(deferred);
    expect(later).toMatchObject({ status: 'PENDING', attempts: 1, due_later: true });
    expect(later.last_error).toMatch(/^451 .*Greylisted/);
    expect(later.last_error).not.toContain(deferred);

    // Not due yet: a drain now leaves it alone.
    expect(await outbox.drainOnce()).toBe(0);
    expect(smtp.received).toHaveLength(others.length);

    // Its time comes: it goes out, and the refused one is not tried again.
    await test.db.query(`UPDATE outbox_email SET next_attempt_at = now() WHERE id = $1`, [later.id]);
    expect(await outbox.drainOnce()).toBe(1);
    expect(await rowOf(deferred)).toMatchObject({ status: 'SENT', attempts: 2, last_error: null });
    expect(await rowOf(refused)).toMatchObject({ status: 'FAILED', attempts: 1 });
    expect(smtp.recipients().sort()).toEqual([...others, deferred].sort());

    const ids = smtp.received.map((mail) => mail.messageId);
    expect(ids.every((id) => /^<.+@relais\.local>$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('pauses the batch, not each mail, while the server is out of service, and sends it all once it is back', async () => {
    const recipients = [address('x'), address('y'), address('z')];
    await enqueue(recipients);
    smtp.outOfService = { code: 421, text: '4.3.2 Service not available, closing channel' };
    const turnedAway = smtp.turnedAway;
    expect(await outbox.drainOnce()).toBe(0);
    const asked = smtp.turnedAway - turnedAway; // one mail: on the open connection, then on a fresh one
    expect(asked).toBeGreaterThan(0);
    const rows = await Promise.all(recipients.map(rowOf));
    expect(rows.map((r) => r.attempts).sort()).toEqual([0, 0, 1]);
    expect(rows.every((r) => r.status === 'PENDING' && r.due_later)).toBe(true);
    const [tried] = await test.db.query(`SELECT last_reply_code, last_error FROM outbox_email WHERE attempts = 1 AND to_address = ANY($1)`, [recipients]);
    expect(tried).toEqual({ last_reply_code: 421, last_error: expect.stringMatching(/^421 .*Service not available/) });

    expect(await outbox.drainOnce()).toBe(0); // paused: the server is not even asked
    expect(smtp.turnedAway - turnedAway).toBe(asked);

    smtp.outOfService = null;
    await test.db.query(`UPDATE outbox_email SET next_attempt_at = now() WHERE status = 'PENDING'`);
    expect(await outbox.drainOnce()).toBe(3);
    expect(smtp.recipients()).toEqual(expect.arrayContaining(recipients));
  });

  it("sorts nodemailer's real failures: a refused recipient is the mail's, a closed port is the transport's", async () => {
    const refused = address('gone');
    smtp.refuse(refused, 550, `5.1.1 <${refused}>: User unknown`);
    const mail = { messageId: '<sorting@relais.local>', to: refused, subject: 'Test', body: 'Test' };
    // Port 1 of the loopback: nothing listens there.
    const [up, closed] = [smtpTransport(smtp.url), smtpTransport('smtp://127.0.0.1:1')];
    const refusal = await up.deliver(mail).catch((error: unknown) => error);
    const down = await closed.deliver({ ...mail, to: address('any') }).catch((error: unknown) => error);
    up.close?.();
    closed.close?.();
    expect(refusal).toBeInstanceOf(MailRefused);
    expect(refusal).toMatchObject({ permanent: true, replyCode: 550, message: '550 5.1.1 <address>: User unknown' });
    expect(down).toBeInstanceOf(Error);
    expect(down).not.toBeInstanceOf(MailRefused);
  });

  it('drains 200 mails past one refused recipient, each once (and reports the rate)', async () => {
    await test.db.query(`DELETE FROM outbox_email`);
    const refused = address('bulk-refused');
    smtp.refuse(refused, 550, `5.1.1 <${refused}>: User unknown`);
    const others = Array.from({ length: 199 }, (_, i) => address(`bulk${i}`));
    await enqueue([refused, ...others]);
    const before = smtp.received.length;
    const started = process.hrtime.bigint();
    expect(await outbox.drainOnce(500)).toBe(199);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const arrived = smtp.received.slice(before).map((m) => m.to[0]);
    expect(arrived.sort()).toEqual([...others].sort());
    expect(await rowOf(refused)).toMatchObject({ status: 'FAILED', attempts: 1 });
    console.log(`outbox over SMTP: 200 mails, 1 refused, in ${seconds.toFixed(2)} s: ${(200 / seconds).toFixed(0)} mails/s`);
  });
});
