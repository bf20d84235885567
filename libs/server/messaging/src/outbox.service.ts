import type { OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { JobsService } from '@relais/server-jobs';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { DataSource } from 'typeorm';
import { outOfAttempts, retryDelayMs, transportPauseMs } from './delivery-policy';
import { MailRefused, conciseReason } from './mail-refusal';
import type { MailTransport, OutgoingMail } from './outgoing-mail';
import { MAIL_TRANSPORT } from './outgoing-mail';

export interface NewMail {
  kind: string;
  to: string;
  subject: string;
  body: string;
  /** An HTML part, sent with the text as multipart/alternative (the digest); the text part is always there. */
  html?: string;
  /** Others whose name or words the body carries: the mail's copy goes when one of them is erased. */
  concerns?: readonly string[];
  /** List-Unsubscribe and List-Unsubscribe-Post, for mails a person may stop (digests, campaigns). */
  headers?: Readonly<Record<string, string>>;
}

const DRAIN_JOB = 'outbox.drain';
/** Eight parameters a mail: within PostgreSQL's 65,535 a statement. */
const ENQUEUED_PER_STATEMENT = 1000;

interface DueMail extends OutgoingMail {
  id: string;
  kind: string;
  /** Failed attempts so far. */
  attempts: number;
}

type Attempt = 'sent' | 'refused' | 'transport-failed';

/**
 * The transactional outbox: a mail is a row written in the same transaction as the change it
 * reports, so it exists exactly when the change does. `drainOnce` sends due rows one by one,
 * each under a row lock held until its outcome is written: a crash mid-send rolls that back and
 * the mail is sent again later under the same Message-ID (at least once, idempotent at delivery).
 *
 * Each mail has its own fate, so one bad address never holds back the others: refused for good
 * (5xx), it is FAILED at once, for an admin to see; deferred (4xx), it is due again after a
 * growing, jittered delay, and FAILED after `MAX_ATTEMPTS`. When the transport itself fails
 * (server down), the mail in hand counts one attempt and every other due mail waits a pause,
 * growing while failures last, instead of each spending an attempt against a dead server.
 * That one attempt is what keeps a mail that breaks the connection every time from stalling
 * the outbox for ever: it runs out of attempts like any other.
 */
@Injectable()
export class OutboxService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('Outbox');
  /** Transport failures in a row, in this process: sizes the next pause. */
  private transportFailures = 0;

  constructor(
    private readonly db: DataSource,
    @Inject(MAIL_TRANSPORT) private readonly transport: MailTransport,
    private readonly jobs: JobsService,
  ) {}

  onModuleInit(): void {
    // Every minute as a safety net, and for retries coming due; `nudge` after a change sends at once.
    this.jobs.register({ name: DRAIN_JOB, cron: '* * * * *', run: () => this.drainOnce(500) });
  }

  onApplicationShutdown(): void {
    this.transport.close?.();
  }

  /** After a transaction that enqueued mail has committed: drain soon. */
  nudge(): Promise<void> {
    return this.jobs.nudge(DRAIN_JOB);
  }

  async enqueue(manager: EntityManager, mails: readonly NewMail[]): Promise<void> {
    // One parameter per value rather than an array per column: the driver would write each
    // column as one array literal, escaping every quote of every body and HTML part in
    // JavaScript, which was most of the time of queuing a city's digests.
    for (let from = 0; from < mails.length; from += ENQUEUED_PER_STATEMENT) {
      const params: unknown[] = [];
      const rows = mails.slice(from, from + ENQUEUED_PER_STATEMENT).map((m) => {
        const at = params.length;
        params.push(
          `<${randomUUID()}@relais.local>`,
          m.kind,
          m.to,
          m.subject,
          m.body,
          (m.concerns ?? []).join(','),
          m.headers ? JSON.stringify(m.headers) : null,
          m.html ?? null,
        );
        const [id, kind, to, subject, body, concerns, headers, html] = Array.from({ length: 8 }, (_, i) => `$${at + i + 1}`);
        return `(${id}, ${kind}, ${to}, ${subject}, ${body}, string_to_array(${concerns}, ',')::uuid[], ${headers}::jsonb, ${html})`;
      });
      await manager.query(`INSERT INTO outbox_email (message_id, kind, to_address, subject, body, concerns, headers, html) VALUES ${rows.join(', ')}`, params);
    }
  }

  /**
   * Tries the mails that are due, up to `limit` of them, until none is left or the transport
   * fails; returns how many went out. A run that reaches its limit asks for another.
   */
  async drainOnce(limit = 100): Promise<number> {
    let sent = 0;
    for (let tried = 0; tried < limit; tried++) {
      const attempt = await this.attemptNext();
      if (attempt === null || attempt === 'transport-failed') return sent;
      if (attempt === 'sent') sent++;
    }
    await this.nudge();
    return sent;
  }

  private async attemptNext(): Promise<Attempt | null> {
    let pauseMs = 0;
    const attempt = await this.db.transaction(async (tx): Promise<Attempt | null> => {
      // SKIP LOCKED: several workers (instances) share the queue without sending a mail twice.
      const [mail]: DueMail[] = await tx.query(
        `SELECT id::text, kind, attempts, message_id AS "messageId", to_address AS "to", subject, body, html, headers
         FROM outbox_email WHERE status = 'PENDING' AND next_attempt_at <= now()
         ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED`,
      );
      if (!mail) return null;
      try {
        await this.transport.deliver(mail);
      } catch (error) {
        if (error instanceof MailRefused) {
          this.transportFailures = 0; // the server answered: the transport works
          await this.recordFailure(tx, mail, error, error.permanent, retryDelayMs(mail.attempts + 1));
          return 'refused';
        }
        pauseMs = transportPauseMs(++this.transportFailures);
        const failure = error instanceof Error ? error : new Error(String(error));
        await this.recordFailure(tx, mail, failure, false, Math.max(pauseMs, retryDelayMs(mail.attempts + 1)));
        return 'transport-failed';
      }
      this.transportFailures = 0;
      await tx.query(
        `UPDATE outbox_email SET status = 'SENT', sent_at = clock_timestamp(), attempts = attempts + 1,
           last_error = NULL, last_reply_code = NULL WHERE id = $1`,
        [mail.id],
      );
      return 'sent';
    });
    if (attempt === 'transport-failed') await this.pauseDueMail(pauseMs);
    return attempt;
  }

  /** Writes a failed attempt: FAILED when refused for good or out of attempts, otherwise due again after `delayMs`. */
  private async recordFailure(tx: EntityManager, mail: DueMail, error: Error, permanent: boolean, delayMs: number): Promise<void> {
    const attempts = mail.attempts + 1;
    const failed = permanent || outOfAttempts(attempts);
    const reason = conciseReason(error.message, mail.to);
    const replyCode = (error as { replyCode?: number | null }).replyCode ?? null;
    await tx.query(
      `UPDATE outbox_email SET attempts = $2, last_error = $3, last_reply_code = $4,
         status = CASE WHEN $5 THEN 'FAILED' ELSE 'PENDING' END,
         failed_at = CASE WHEN $5 THEN clock_timestamp() END,
         next_attempt_at = clock_timestamp() + $6::float8 * interval '1 millisecond'
       WHERE id = $1`,
      [mail.id, attempts, reason, replyCode, failed, delayMs],
    );
    const outcome = failed ? 'given up' : `retry in ${Math.round(delayMs / 1000)} s`;
    const source = error instanceof MailRefused ? 'refused' : `transport failing (${this.transportFailures} in a row)`;
    this.logger.warn(`mail ${mail.id} (${mail.kind}) ${source}, attempt ${attempts}, ${outcome}: ${reason}`);
  }

  /** The transport failed: every due mail waits `pauseMs` (rows another worker holds are left to it). */
  private async pauseDueMail(pauseMs: number): Promise<void> {
    await this.db.query(
      `UPDATE outbox_email SET next_attempt_at = clock_timestamp() + $1::float8 * interval '1 millisecond'
       WHERE id IN (SELECT id FROM outbox_email
                    WHERE status = 'PENDING' AND next_attempt_at < clock_timestamp() + $1::float8 * interval '1 millisecond'
                    FOR UPDATE SKIP LOCKED)`,
      [pauseMs],
    );
  }
}
