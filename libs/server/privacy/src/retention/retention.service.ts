import { Injectable, Logger } from '@nestjs/common';
import { Role } from '@relais/domain-people';
import { CLOSED_STATUSES } from '@relais/server-help-requests';
import { OutboxService } from '@relais/server-messaging';
import { ERASED_PERSON_ID } from '@relais/server-people';
import type { EntityManager } from 'typeorm';
import { DataSource } from 'typeorm';
import { ErasureService } from '../erasure/erasure.service';
import type { InactiveRecipient } from './inactivity-mail';
import { inactivityMail } from './inactivity-mail';
import { PrivacySettingsService } from './privacy-settings.service';
import { cellAfterRetention, erasureDateAfterNotice, retentionCutoffs } from './retention-rules';

/** Rows per statement: each batch is one short transaction, whatever the backlog (a first run on years of data). */
const BATCH = 1000;

/**
 * The retention rules, each a method taking the time it runs at (the nightly jobs pass the clock;
 * tests pass theirs). Each works from the database's state alone, set-based, a batch at a time
 * under row locks taken with SKIP LOCKED: running it twice, or on two instances at once, removes
 * nothing more than once. Each returns how many rows it changed.
 */
@Injectable()
export class RetentionService {
  private readonly logger = new Logger('Retention');

  constructor(
    private readonly db: DataSource,
    private readonly settings: PrivacySettingsService,
    private readonly outbox: OutboxService,
    private readonly erasure: ErasureService,
  ) {}

  /**
   * Closed requests past `addressRetentionDays` lose their exact address and location: the
   * address goes, and the position becomes the public one already stored (the centre of the
   * coarse cell), so every statistic per coarse cell or neighbourhood stays as it was. The fine
   * cell follows the position (see cellAfterRetention). `updated_at` is left alone: it dates the
   * request's last change of status, which scores and trust edges read.
   */
  async removeExactPlaces(now: Date): Promise<number> {
    const { exactPlaces } = retentionCutoffs(now, await this.settings.current());
    return this.inBatches(async (tx) => {
      // The same predicate as help_request_exact_closed_idx, so that index finds them.
      const due: { id: string; lat: number; lng: number }[] = await tx.query(
        `SELECT id, coarse_lat AS lat, coarse_lng AS lng FROM help_request
         WHERE closed_at < $1 AND status = ANY($2::text[]) AND (address IS NOT NULL OR lat <> coarse_lat OR lng <> coarse_lng)
         ORDER BY closed_at LIMIT $3 FOR UPDATE SKIP LOCKED`,
        [exactPlaces, CLOSED_STATUSES, BATCH],
      );
      if (!due.length) return 0;
      await tx.query(
        `UPDATE help_request h SET address = NULL, lat = h.coarse_lat, lng = h.coarse_lng, cell = u.cell
         FROM unnest($1::uuid[], $2::bigint[]) AS u(id, cell) WHERE h.id = u.id`,
        [due.map((r) => r.id), due.map((r) => cellAfterRetention(r))],
      );
      return due.length;
    });
  }

  /** Audit entries older than `auditRetentionDays` go, reads of addresses with them (what a requester sees of who read theirs). */
  async purgeAuditLog(now: Date): Promise<number> {
    const { audit } = retentionCutoffs(now, await this.settings.current());
    return this.inBatches((tx) =>
      deleted(tx, `DELETE FROM audit_log WHERE id IN (SELECT id FROM audit_log WHERE at < $1 ORDER BY at LIMIT $2 FOR UPDATE SKIP LOCKED)`, [audit, BATCH]),
    );
  }

  /** Mails sent or given up more than OUTBOX_RETENTION_DAYS ago go; pending ones stay whatever their age. */
  async purgeOutbox(now: Date): Promise<number> {
    const { outbox } = retentionCutoffs(now, await this.settings.current());
    // One status at a time, each through its own partial index.
    const purge = (status: 'SENT' | 'FAILED', column: 'sent_at' | 'failed_at') =>
      this.inBatches((tx) =>
        deleted(
          tx,
          `DELETE FROM outbox_email WHERE id IN (
             SELECT id FROM outbox_email WHERE status = '${status}' AND ${column} < $1 ORDER BY ${column} LIMIT $2 FOR UPDATE SKIP LOCKED)`,
          [outbox, BATCH],
        ),
      );
    return (await purge('SENT', 'sent_at')) + (await purge('FAILED', 'failed_at'));
  }

  /**
   * People (ADMIN excepted: an instance must keep someone who can run it) unused for
   * `inactiveAccountDays` and not told yet get one mail saying when their account will be erased
   * unless they log in, and the time they were told; the mail and the mark are one transaction,
   * so nobody is told twice.
   */
  async sendInactivityNotices(now: Date): Promise<number> {
    const { inactivity } = retentionCutoffs(now, await this.settings.current());
    const erasedOn = erasureDateAfterNotice(now);
    const sent = await this.inBatches(async (tx) => {
      const people: (InactiveRecipient & { id: string })[] = await tx.query(
        `SELECT id, email, display_name AS "displayName", languages FROM person
         WHERE last_active_at < $1 AND inactivity_notice_at IS NULL AND NOT ($2 = ANY(roles)) AND id <> $4
         ORDER BY last_active_at LIMIT $3 FOR UPDATE SKIP LOCKED`,
        [inactivity, Role.ADMIN, BATCH, ERASED_PERSON_ID],
      );
      if (!people.length) return 0;
      await this.outbox.enqueue(tx, people.map((person) => inactivityMail(person, erasedOn)));
      await tx.query(`UPDATE person SET inactivity_notice_at = $2 WHERE id = ANY($1::uuid[])`, [people.map((p) => p.id), now]);
      return people.length;
    });
    if (sent) await this.outbox.nudge();
    return sent;
  }

  /**
   * People told more than ERASURE_NOTICE_DAYS ago, and not active since (a log-in or a day of
   * use withdraws the notice), are erased, one transaction each (ErasureService). Each is looked
   * at again just before: someone who logged in while the batch was read stays. One erasure
   * failing stops none of the others; the run then fails, for pg-boss to try it again.
   */
  async eraseInactive(now: Date): Promise<number> {
    const { erasure } = retentionCutoffs(now, await this.settings.current());
    const stillDue = `inactivity_notice_at < $1 AND last_active_at <= inactivity_notice_at AND NOT ($2 = ANY(roles)) AND id <> $3`;
    let erased = 0;
    let failed = 0;
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const due: { id: string }[] = await this.db.query(
        `SELECT id FROM person WHERE ${stillDue} AND id > $4 ORDER BY id LIMIT $5`,
        [erasure, Role.ADMIN, ERASED_PERSON_ID, after, BATCH],
      );
      for (const { id } of due) {
        const [again] = await this.db.query(`SELECT 1 FROM person WHERE id = $4 AND ${stillDue}`, [erasure, Role.ADMIN, ERASED_PERSON_ID, id]);
        if (!again) continue;
        try {
          await this.erasure.erase(id, { actorId: null, reason: 'INACTIVE' });
          erased++;
        } catch (error) {
          failed++;
          this.logger.warn({ msg: 'an inactive account could not be erased', err: error });
        }
      }
      if (due.length < BATCH) break;
      after = due[due.length - 1]?.id ?? after;
    }
    if (failed) throw new Error(`${failed} inactive account(s) could not be erased (${erased} were)`);
    return erased;
  }

  /** Runs `batch` in its own transaction until one changes fewer than BATCH rows; the total. */
  private async inBatches(batch: (tx: EntityManager) => Promise<number>): Promise<number> {
    let total = 0;
    for (;;) {
      const changed = await this.db.transaction(batch);
      total += changed;
      if (changed < BATCH) return total;
    }
  }
}

/** Runs a DELETE and says how many rows it removed. */
async function deleted(tx: EntityManager, sql: string, parameters: unknown[]): Promise<number> {
  const rows: { n: number }[] = await tx.query(`WITH gone AS (${sql} RETURNING 1) SELECT count(*)::int AS n FROM gone`, parameters);
  return rows[0]?.n ?? 0;
}
