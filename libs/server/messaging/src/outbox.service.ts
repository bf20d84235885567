import type { OnModuleInit } from '@nestjs/common';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { JobsService } from '@relais/server-jobs';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { DataSource } from 'typeorm';
import type { MailTransport, OutgoingMail } from './outgoing-mail';
import { MAIL_TRANSPORT } from './outgoing-mail';

export interface NewMail {
  kind: string;
  to: string;
  subject: string;
  body: string;
}

const DRAIN_JOB = 'outbox.drain';

interface OutboxRow extends OutgoingMail {
  id: string;
}

/**
 * The transactional outbox: a mail is a row written in the same transaction as the change it
 * reports, so it exists exactly when the change does. `drainOnce` sends rows one by one, each
 * under a row lock held until it is marked sent: a crash mid-send rolls the mark back and the
 * mail is sent again later under the same Message-ID (at least once, idempotent at delivery).
 */
@Injectable()
export class OutboxService implements OnModuleInit {
  private readonly logger = new Logger('Outbox');

  constructor(
    private readonly db: DataSource,
    @Inject(MAIL_TRANSPORT) private readonly transport: MailTransport,
    private readonly jobs: JobsService,
  ) {}

  onModuleInit(): void {
    // Every minute as a safety net; `nudge` after a change sends at once.
    this.jobs.register({ name: DRAIN_JOB, cron: '* * * * *', run: () => this.drainOnce(500) });
  }

  /** After a transaction that enqueued mail has committed: drain soon. */
  nudge(): Promise<void> {
    return this.jobs.nudge(DRAIN_JOB);
  }

  async enqueue(manager: EntityManager, mails: readonly NewMail[]): Promise<void> {
    if (!mails.length) return;
    await manager.query(
      `INSERT INTO outbox_email (message_id, kind, to_address, subject, body)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])`,
      [
        mails.map(() => `<${randomUUID()}@relais.local>`),
        mails.map((m) => m.kind),
        mails.map((m) => m.to),
        mails.map((m) => m.subject),
        mails.map((m) => m.body),
      ],
    );
  }

  /** Sends what is waiting, up to `limit` mails; returns how many went out. */
  async drainOnce(limit = 100): Promise<number> {
    let sent = 0;
    while (sent < limit) {
      const outcome = await this.sendNext();
      if (outcome === 'empty') break;
      if (outcome === 'sent') sent++;
      else break; // the transport is failing: stop and let the next run retry
    }
    return sent;
  }

  private async sendNext(): Promise<'sent' | 'failed' | 'empty'> {
    let failure: { id: string; error: string } | null = null;
    const outcome = await this.db.transaction(async (tx) => {
      // SKIP LOCKED: several workers (instances) share the queue without sending a mail twice.
      const rows: OutboxRow[] = await tx.query(
        `SELECT id::text, message_id AS "messageId", to_address AS "to", subject, body
         FROM outbox_email WHERE sent_at IS NULL ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED`,
      );
      const row = rows[0];
      if (!row) return 'empty' as const;
      try {
        await this.transport.deliver(row);
      } catch (error) {
        failure = { id: row.id, error: error instanceof Error ? error.message : String(error) };
        return 'failed' as const;
      }
      await tx.query(`UPDATE outbox_email SET sent_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = $1`, [row.id]);
      return 'sent' as const;
    });
    if (failure) {
      const { id, error } = failure;
      this.logger.warn(`mail ${id} not sent: ${error}`);
      await this.db.query(`UPDATE outbox_email SET attempts = attempts + 1, last_error = $2 WHERE id = $1`, [id, error]);
    }
    return outcome;
  }
}
