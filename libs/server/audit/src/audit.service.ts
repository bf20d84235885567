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
      columns(entries),
    );
  }

  /**
   * For one GraphQL request: every subject read once gets one row, and a list of fifty
   * addresses is one INSERT. `oncePerDay` writes nothing for a subject this actor already read
   * today (by the same action); `perBatch` forgets what was recorded once the batch is written,
   * for contexts that outlive one read (a subscription resolves each event in the same context).
   */
  createReadRecorder(
    actorId: string,
    action: string,
    subjectType: string,
    options: { detail?: Record<string, unknown>; oncePerDay?: boolean; perBatch?: boolean } = {},
  ): DataLoader<string, true> {
    return new DataLoader(
      async (subjectIds) => {
        const unique = [...new Set(subjectIds)];
        const entries = unique.map((subjectId) => ({ actorId, action, subjectType, subjectId, detail: options.detail ?? null }));
        await (options.oncePerDay ? this.recordUnlessToday(entries) : this.record(entries));
        return subjectIds.map(() => true as const);
      },
      { cache: !options.perBatch },
    );
  }

  /** Like record, leaving out each entry whose actor, action and subject already have a row since midnight. */
  private async recordUnlessToday(entries: readonly AuditEntry[]): Promise<void> {
    await this.db.query(
      `INSERT INTO audit_log (actor_id, actor_ref, action, subject_type, subject_id, detail)
       SELECT e.actor_id, p.audit_pseudonym, e.action, e.subject_type, e.subject_id, e.detail
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::jsonb[])
              AS e (actor_id, action, subject_type, subject_id, detail)
         LEFT JOIN person p ON p.id = e.actor_id
        WHERE NOT EXISTS (
                SELECT 1 FROM audit_log a
                 WHERE a.subject_type = e.subject_type AND a.subject_id = e.subject_id
                   AND a.at >= date_trunc('day', now()) AND a.actor_id = e.actor_id AND a.action = e.action)`,
      columns(entries),
    );
  }
}

function columns(entries: readonly AuditEntry[]): unknown[] {
  return [
    entries.map((e) => e.actorId),
    entries.map((e) => e.action),
    entries.map((e) => e.subjectType),
    entries.map((e) => e.subjectId),
    entries.map((e) => (e.detail ? JSON.stringify(e.detail) : null)),
  ];
}
