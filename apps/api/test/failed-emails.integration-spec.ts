import { OutboxService } from '@relais/server-messaging';
import { errorCode } from './support/graphql-client';
import { makeOrganiser } from './support/help-request-fixtures';
import { makeAdmin, signUp } from './support/people-fixtures';
import { importParis } from './support/paris-fixtures';
import { SmtpListener } from './support/smtp-listener';
import type { TestApp } from './support/test-app';
import { startTestApp } from './support/test-app';

const FAILED = `
  query Failed($first: Int, $offset: Int) {
    failedEmails(first: $first, offset: $offset) {
      totalCount
      items { id kind to subject status attempts lastReplyCode lastError createdAt failedAt nextAttemptAt sentAt }
    }
  }`;
const RETRY = `mutation Retry($id: ID!) { retryEmail(id: $id) { id status attempts failedAt nextAttemptAt } }`;

interface FailedItem {
  id: string;
  kind: string;
  to: string | null;
  status: string;
  attempts: number;
  lastReplyCode: number | null;
  lastError: string | null;
  failedAt: string | null;
}

/** What an admin sees of the mails the outbox gave up, and sending one again. */
describe('failed e-mails (ADMIN)', () => {
  let smtp: SmtpListener;
  let test: TestApp;
  let outbox: OutboxService;
  let admin: string;
  const refused = ['first.refused@example.org', 'second.refused@example.org'];

  beforeAll(async () => {
    smtp = await SmtpListener.start();
    test = await startTestApp({ smtpUrl: smtp.url });
    outbox = test.app.get(OutboxService);
    admin = (await makeAdmin(test.api, test.db)).token;
    for (const to of refused) smtp.refuse(to, 550, `5.1.1 <${to}>: Recipient address rejected: User unknown`);
    const mails = [...refused, 'fine@example.org'].map((to) => ({ kind: 'taken', to, subject: 'Votre demande est prise', body: 'Bonjour' }));
    await test.db.transaction((tx) => outbox.enqueue(tx, mails));
    expect(await outbox.drainOnce()).toBe(1);
  });
  afterAll(async () => {
    await test.close();
    await smtp.close();
  });

  /** A mail's API id: the UUID of its Message-ID. */
  const idOf = (messageId: string) => messageId.slice(1, 37);

  const list = (token: string | null, variables: Record<string, unknown> = {}) =>
    test.api.request<{ failedEmails: { totalCount: number; items: FailedItem[] } }>(FAILED, variables, token);

  it('is for ADMIN only: UNAUTHENTICATED anonymous, FORBIDDEN for a resident or an organiser', async () => {
    await importParis(test, [3]);
    const resident = await signUp(test.api);
    const [quartier] = await test.db.query(`SELECT id FROM neighbourhood LIMIT 1`);
    const organiser = await makeOrganiser(test.api, test.db, [quartier.id]);
    expect(errorCode(await list(null))).toBe('UNAUTHENTICATED');
    expect(errorCode(await list(resident.token))).toBe('FORBIDDEN');
    expect(errorCode(await list(organiser.token))).toBe('FORBIDDEN');
    const [mail] = await test.db.query(`SELECT message_id FROM outbox_email WHERE status = 'FAILED' LIMIT 1`);
    const id = idOf(mail.message_id);
    expect(errorCode(await test.api.request(RETRY, { id }, organiser.token))).toBe('FORBIDDEN');
    expect(errorCode(await test.api.request(RETRY, { id }))).toBe('UNAUTHENTICATED');
    expect((await test.db.query(`SELECT status FROM outbox_email WHERE message_id = $1`, [mail.message_id]))[0].status).toBe('FAILED');
  });

  it('lists the mails given up, newest first and a page at a time, with why and to whom, and no address in the reason', async () => {
    const all = (await list(admin)).data!.failedEmails;
    expect(all.totalCount).toBe(2);
    expect(all.items.map((m) => m.to)).toEqual([...refused].reverse());
    for (const mail of all.items) {
      expect(mail).toMatchObject({ kind: 'taken', status: 'FAILED', attempts: 1, lastReplyCode: 550 });
      expect(mail.lastError).toBe('550 5.1.1 <address>: Recipient address rejected: User unknown');
      expect(mail.failedAt).not.toBeNull();
    }
    const second = (await list(admin, { first: 1, offset: 1 })).data!.failedEmails;
    expect(second).toEqual({ totalCount: 2, items: [all.items[1]] });
    expect(errorCode(await list(admin, { first: 0 }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await list(admin, { first: 101 }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await list(admin, { offset: -1 }))).toBe('BAD_USER_INPUT');
  });

  it('sends a failed mail again once its address is taken, once, audited; refuses what is not FAILED', async () => {
    const [target] = (await list(admin)).data!.failedEmails.items.filter((m) => m.to === refused[0]);
    const [sent] = await test.db.query(`SELECT message_id FROM outbox_email WHERE status = 'SENT'`);
    expect(errorCode(await test.api.request(RETRY, { id: idOf(sent.message_id) }, admin))).toBe('CONFLICT');
    expect(errorCode(await test.api.request(RETRY, { id: '00000000-0000-4000-8000-000000000000' }, admin))).toBe('NOT_FOUND');
    expect(errorCode(await test.api.request(RETRY, { id: '42' }, admin))).toBe('BAD_USER_INPUT');

    smtp.accept(refused[0]!);
    const retried = await test.api.ok<{ retryEmail: { status: string; attempts: number; failedAt: string | null } }>(RETRY, { id: target!.id }, admin);
    expect(retried.retryEmail).toMatchObject({ status: 'PENDING', attempts: 0, failedAt: null });
    expect(errorCode(await test.api.request(RETRY, { id: target!.id }, admin))).toBe('CONFLICT');

    expect(await outbox.drainOnce()).toBe(1);
    expect(smtp.recipients().filter((to) => to === refused[0])).toHaveLength(1);
    expect((await list(admin)).data!.failedEmails.items.map((m) => m.to)).toEqual([refused[1]]);
    const audit = await test.db.query(`SELECT action, subject_id FROM audit_log WHERE subject_type = 'outbox_email'`);
    expect(audit).toEqual([{ action: 'RETRY_EMAIL', subject_id: target!.id }]);
    const [row] = await test.db.query(`SELECT message_id FROM outbox_email WHERE to_address = $1`, [refused[0]]);
    expect(smtp.received.filter((m) => m.messageId === row.message_id)).toHaveLength(1);
  });
});
