import { Injectable, Logger } from '@nestjs/common';
import { Role } from '@relais/domain-people';
import { AuditService } from '@relais/server-audit';
import { AuthService } from '@relais/server-auth';
import type { HelpRequest } from '@relais/server-help-requests';
import { HelpRequestTransitionsService } from '@relais/server-help-requests';
import { JobsService } from '@relais/server-jobs';
import { REFRESH_DUE_JOB } from '@relais/server-leaders';
import type { ViewerChanged } from '@relais/server-live';
import { LiveService, VIEWER_CHANGED } from '@relais/server-live';
import { ERASED_PERSON_ID } from '@relais/server-people';
import { conflict, notFound } from '@relais/server-shared';
import type { EntityManager } from 'typeorm';
import { DataSource } from 'typeorm';
import { eraseTraces } from './erasure-statements';

/** Who asked for an erasure, and why: SELF, INACTIVE, or an admin's words (a request by phone or letter). */
export interface ErasureOrder {
  /** Null for the retention job. */
  actorId: string | null;
  reason: string;
}

export const ERASE_PERSON = 'ERASE_PERSON';

/**
 * Erases a person, in one transaction: their live requests are cancelled and the tasks they
 * held go back to OPEN, their traces move to the placeholder or go (ERASURE_RULES), the
 * erasure is audited without naming them, and their row is deleted. Then every instance drops
 * what it cached of them (their open subscriptions end on the next event), feeds hear of the
 * requests released, and leader scores are recomputed without their endorsements.
 */
@Injectable()
export class ErasureService {
  private readonly logger = new Logger('Erasure');

  constructor(
    private readonly db: DataSource,
    private readonly transitions: HelpRequestTransitionsService,
    private readonly audit: AuditService,
    private readonly live: LiveService,
    private readonly jobs: JobsService,
    private readonly auth: AuthService,
  ) {}

  /** Throws NOT_FOUND for nobody (already erased, say), CONFLICT for the last ADMIN. */
  async erase(personId: string, order: ErasureOrder): Promise<void> {
    if (personId === ERASED_PERSON_ID) throw notFound('person', personId);
    const started = process.hrtime.bigint();
    const released: HelpRequest[] = await this.db.transaction(async (tx) => {
      const rows: { email: string; roles: Role[] }[] = await tx.query(`SELECT email, roles FROM person WHERE id = $1 FOR UPDATE`, [personId]);
      const person = rows[0];
      if (!person) throw notFound('person', personId);
      if (person.roles.includes(Role.ADMIN)) await this.assertNotLastAdmin(tx, personId);
      const changed = await this.transitions.releaseHeldBy(tx, personId);
      await this.audit.record(
        // Whom it erased is not kept: the subject is the placeholder. Erasing oneself is done by the placeholder too (eraseTraces).
        [{ actorId: order.actorId, action: ERASE_PERSON, subjectType: 'person', subjectId: ERASED_PERSON_ID, detail: { reason: order.reason } }],
        tx,
      );
      await eraseTraces(tx, personId, person.email, ERASED_PERSON_ID);
      await this.auth.forgetLogIns(person.email, tx);
      await tx.query(`DELETE FROM person WHERE id = $1`, [personId]);
      return changed;
    });
    this.logger.log({ msg: 'erased a person', releasedRequests: released.length, ms: Number(process.hrtime.bigint() - started) / 1e6 });
    await this.live.publish<ViewerChanged>(VIEWER_CHANGED, { personId });
    await this.transitions.announce(released);
    await this.jobs.nudge(REFRESH_DUE_JOB);
  }

  /** Someone must be left to run the organisation; the lock makes two admins erasing each other wait in turn. */
  private async assertNotLastAdmin(tx: EntityManager, personId: string): Promise<void> {
    const others: unknown[] = await tx.query(
      `SELECT id FROM person WHERE 'ADMIN' = ANY(roles) AND id <> $1 ORDER BY id FOR UPDATE`,
      [personId],
    );
    if (!others.length) throw conflict('the last admin cannot be erased: make someone else admin first', 'LAST_ADMIN');
  }
}
