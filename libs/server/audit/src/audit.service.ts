import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { DataSource } from 'typeorm';

export interface AuditEntry {
  actorId: string | null;
  /** What was done, e.g. READ_ADDRESS, UPDATE_SETTING. */
  action: string;
  subjectType: string;
  subjectId: string;
  detail?: Record<string, unknown> | null;
}

/** Who saw or changed what: written for reads of private data and for changes of settings. */
@Injectable()
export class AuditService {
  constructor(private readonly db: DataSource) {}

  async record(entries: readonly AuditEntry[], manager: EntityManager = this.db.manager): Promise<void> {
    if (!entries.length) return;
    // actor_ref is the actor's pseudonym, kept when their person row is erased (see the
    // AuditActorPseudonym migration); entries keep the order they were given in.
    await manager.query(
      `INSERT INTO audit_log (actor_id, actor_ref, action, subject_type, subject_id, detail)
       SELECT e.actor_id, p.audit_pseudonym, e.action, e.subject_type, e.subject_id, e.detail
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::jsonb[])
              WITH ORDINALITY AS e (actor_id, action, subject_type, subject_id, detail, n)
         LEFT JOIN person p ON p.id = e.actor_id
        ORDER BY e.n`,
      [
        entries.map((e) => e.actorId),
        entries.map((e) => e.action),
        entries.map((e) => e.subjectType),
        entries.map((e) => e.subjectId),
        entries.map((e) => (e.detail ? JSON.stringify(e.detail) : null)),
      ],
    );
  }

  /**
   * For one GraphQL request: every subject read once gets one row, and a list of fifty
   * addresses is one INSERT.
   */
  createReadRecorder(actorId: string, action: string, subjectType: string): DataLoader<string, true> {
    return new DataLoader(async (subjectIds) => {
      await this.record(subjectIds.map((subjectId) => ({ actorId, action, subjectType, subjectId })));
      return subjectIds.map(() => true as const);
    });
  }
}
