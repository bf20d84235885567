import type { MailTransport, OutgoingMail } from '@relais/server-messaging';
import { OutboxService, folderTransport } from '@relais/server-messaging';
import { readFile, readdir } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { ACCEPT, postRequest, signUpVolunteer } from './support/help-request-fixtures';
import { signUp } from './support/people-fixtures';
import { importParis } from './support/paris-fixtures';
import type { TestApp } from './support/test-app';
import { startTestApp } from './support/test-app';

/**
 * A transport that really writes `.eml` files, and can be told to fail before delivering or to
 * "crash" after delivering but before the outbox row is marked sent.
 */
class ScriptedTransport implements MailTransport {
  mode: 'ok' | 'fail-before' | 'crash-after' = 'ok';
  delay = 0;
  calls = 0;
  /** Runs after a delivery, before the transport returns. */
  afterDelivery: (() => Promise<unknown>) | null = null;
  readonly deliveries: string[] = [];
  folder = '';

  async deliver(mail: OutgoingMail): Promise<void> {
    this.calls++;
    if (this.mode === 'fail-before') throw new Error('SMTP server unreachable');
    if (this.delay) await sleep(this.delay);
    await folderTransport(this.folder).deliver(mail);
    this.deliveries.push(mail.messageId);
    await this.afterDelivery?.();
    if (this.mode === 'crash-after') throw new Error('worker died after handing the mail over');
  }
}

describe('e-mail outbox', () => {
  let test: TestApp;
  let outbox: OutboxService;
  const transport = new ScriptedTransport();

  beforeAll(async () => {
    test = await startTestApp({ mailTransport: transport });
    transport.folder = test.outboxDir;
    outbox = test.app.get(OutboxService);
    await importParis(test, [3]);
  });
  afterAll(() => test.close());

  const unsent = async () => Number((await test.db.query(`SELECT count(*) AS n FROM outbox_email WHERE sent_at IS NULL`))[0].n);
  /** Time passes: every mail waiting for a retry is due now. */
  const dueNow = () => test.db.query(`UPDATE outbox_email SET next_attempt_at = now() WHERE status = 'PENDING'`);
  const files = async () => (await readdir(test.outboxDir)).filter((f) => f.endsWith('.eml'));

  async function makeMail(): Promise<string> {
    const resident = await signUp(test.api);
    const volunteer = await signUpVolunteer(test.api);
    const posted = await postRequest(test.api, resident.token);
    await test.api.ok(ACCEPT, { id: posted.id }, volunteer.token);
    return resident.email;
  }

  it('writes the mail in the transaction of the change, and the drain sends it as an .eml file once', async () => {
    transport.mode = 'ok';
    const to = await makeMail();
    expect(await unsent()).toBe(1);
    expect(await outbox.drainOnce()).toBe(1);
    expect(await outbox.drainOnce()).toBe(0);
    const written = await files();
    expect(written).toHaveLength(1);
    const eml = await readFile(`${test.outboxDir}/${written[0]}`, 'utf8');
    expect(eml).toContain(`To: ${to}`);
    expect(eml).toMatch(/Subject: .*(b=C3=A9n=C3=A9vole|bénévole|=\?UTF-8)/);
  });

  it('keeps a mail the transport could not send, and sends it once it is due again', async () => {
    await makeMail();
    transport.mode = 'fail-before';
    expect(await outbox.drainOnce()).toBe(0);
    const [row] = await test.db.query(
      `SELECT status, attempts, last_error, sent_at, next_attempt_at > now() AS later FROM outbox_email WHERE sent_at IS NULL`,
    );
    expect(row).toMatchObject({ status: 'PENDING', attempts: 1, last_error: 'SMTP server unreachable', sent_at: null, later: true });
    transport.mode = 'ok';
    expect(await outbox.drainOnce()).toBe(0); // not due yet
    await dueNow();
    expect(await outbox.drainOnce()).toBe(1);
    expect(await unsent()).toBe(0);
  });

  it('pauses the whole batch when the transport fails, spending one attempt of one mail, not one of each', async () => {
    transport.mode = 'ok';
    for (let i = 0; i < 3; i++) await makeMail();
    transport.mode = 'fail-before';
    const callsBefore = transport.calls;
    expect(await outbox.drainOnce()).toBe(0);
    expect(transport.calls - callsBefore).toBe(1);
    const rows: { attempts: number; later: boolean }[] = await test.db.query(
      `SELECT attempts, next_attempt_at > now() AS later FROM outbox_email WHERE status = 'PENDING' ORDER BY attempts`,
    );
    expect(rows).toEqual([
      { attempts: 0, later: true },
      { attempts: 0, later: true },
      { attempts: 1, later: true },
    ]);
    expect(await outbox.drainOnce()).toBe(0); // paused: the transport is not even tried
    expect(transport.calls - callsBefore).toBe(1);
    transport.mode = 'ok';
    await dueNow();
    expect(await outbox.drainOnce()).toBe(3);
    expect(await unsent()).toBe(0);
  });

  it('never loses nor doubles a mail when the worker crashes between sending and marking it sent', async () => {
    await makeMail();
    const before = new Set(await files());
    transport.mode = 'crash-after';
    expect(await outbox.drainOnce()).toBe(0);
    expect(await unsent()).toBe(1); // not lost: still to send
    transport.mode = 'ok';
    await dueNow();
    expect(await outbox.drainOnce()).toBe(1);
    const [first, second] = transport.deliveries.slice(-2);
    expect(second).toBe(first); // redelivered under the same Message-ID…
    expect((await files()).filter((f) => !before.has(f))).toHaveLength(1); // …so it exists once
  });

  it('sends a mail again under the same Message-ID when the database connection dies between sending and marking it', async () => {
    transport.mode = 'ok';
    await makeMail();
    const before = new Set(await files());
    // The connection holding the mail's lock is cut, as when the worker's host dies: nothing of the attempt is written.
    transport.afterDelivery = () =>
      test.db.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
         WHERE datname = current_database() AND pid <> pg_backend_pid() AND state = 'idle in transaction'
           AND query LIKE '%FOR UPDATE SKIP LOCKED%'`,
      );
    await expect(outbox.drainOnce()).rejects.toThrow();
    transport.afterDelivery = null;
    const [row] = await test.db.query(`SELECT status, attempts, next_attempt_at <= now() AS due FROM outbox_email WHERE sent_at IS NULL`);
    expect(row).toEqual({ status: 'PENDING', attempts: 0, due: true });
    expect(await outbox.drainOnce()).toBe(1);
    const [first, second] = transport.deliveries.slice(-2);
    expect(second).toBe(first);
    expect((await files()).filter((f) => !before.has(f))).toHaveLength(1);
  });

  it('lets several workers drain at once without sending any mail twice', async () => {
    transport.mode = 'ok';
    for (let i = 0; i < 6; i++) await makeMail();
    transport.delay = 30;
    const start = transport.deliveries.length;
    const sent = await Promise.all([outbox.drainOnce(), outbox.drainOnce(), outbox.drainOnce()]);
    transport.delay = 0;
    expect(sent.reduce((a, b) => a + b, 0)).toBe(6);
    const delivered = transport.deliveries.slice(start);
    expect(new Set(delivered).size).toBe(delivered.length);
    expect(await unsent()).toBe(0);
  });
});
