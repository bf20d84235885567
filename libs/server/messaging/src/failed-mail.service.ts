import { Injectable } from '@nestjs/common';
import { AuditService } from '@relais/server-audit';
import { fieldError } from '@relais/domain-people';
import { badUserInput, conflict, isUuid, notFound } from '@relais/server-shared';
import { DataSource } from 'typeorm';
import type { OutboxEmail, OutboxEmailPage } from './outbox-email.type';
import { OutboxService } from './outbox.service';

/** A mail is named by the UUID of its Message-ID (`<uuid@relais.local>`), which mail servers' logs show too. */
const COLUMNS = `substring(message_id from '^<([0-9a-f-]{36})@') AS id, kind, to_address AS "toAddress", subject, status, created_at AS "createdAt", attempts,
  last_reply_code AS "lastReplyCode", last_error AS "lastError",
  CASE WHEN status = 'PENDING' THEN next_attempt_at END AS "nextAttemptAt", failed_at AS "failedAt", sent_at AS "sentAt"`;

/** The mails the outbox gave up, for an admin to see and send again. */
@Injectable()
export class FailedMailService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  /** Newest failure first. */
  async page(first: number, offset: number): Promise<OutboxEmailPage> {
    const [items, counted]: [OutboxEmail[], { n: number }[]] = await Promise.all([
      this.db.query(
        `SELECT ${COLUMNS} FROM outbox_email WHERE status = 'FAILED' ORDER BY failed_at DESC, id DESC LIMIT $1 OFFSET $2`,
        [first, offset],
      ),
      this.db.query(`SELECT count(*)::int AS n FROM outbox_email WHERE status = 'FAILED'`),
    ]);
    return { items, totalCount: counted[0]?.n ?? 0 };
  }

  /** A FAILED mail becomes due now, with its attempts counted afresh; audited, then sent soon. */
  async retry(id: string, actorId: string): Promise<OutboxEmail> {
    if (!isUuid(id)) throw badUserInput([fieldError('id', 'is not an id')]);
    const messageId = `<${id.toLowerCase()}@relais.local>`;
    const mail = await this.db.transaction(async (tx) => {
      const [retried]: OutboxEmail[] = await tx.query(
        `WITH retried AS (
           UPDATE outbox_email SET status = 'PENDING', failed_at = NULL, attempts = 0, next_attempt_at = now()
            WHERE message_id = $1 AND status = 'FAILED' RETURNING *)
         SELECT ${COLUMNS} FROM retried`,
        [messageId],
      );
      if (!retried) {
        const [found]: { status: string }[] = await tx.query(`SELECT status FROM outbox_email WHERE message_id = $1`, [messageId]);
        if (!found) throw notFound('e-mail', id);
        throw conflict(`only a FAILED e-mail is sent again; this one is ${found.status}`, 'NOT_FAILED');
      }
      await this.audit.record([{ actorId, action: 'RETRY_EMAIL', subjectType: 'outbox_email', subjectId: id }], tx);
      return retried;
    });
    await this.outbox.nudge();
    return mail;
  }
}
