import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuditEntry } from './audit-entry.type';

export interface AuditLogFilter {
  /** Entries about this person: on them, or on a request they are the requester of. */
  personId: string | null;
  /** Entries this person wrote (read or changed something). */
  readerId: string | null;
  action: string | null;
  from: Date | null;
  to: Date | null;
  first: number;
  offset: number;
}

interface Row {
  id: string;
  actor_id: string | null;
  actor_ref: string | null;
  action: string;
  subject_type: string;
  subject_id: string;
  detail: unknown;
  at: Date;
}

/** The audit log as ADMIN reads it: newest first, filtered, a page at a time. */
@Injectable()
export class AuditLogService {
  constructor(private readonly db: DataSource) {}

  async page(filter: AuditLogFilter): Promise<{ items: AuditEntry[]; totalCount: number }> {
    const conditions: string[] = [];
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    if (filter.personId) {
      const person = param(filter.personId);
      // The subjects first, then their entries through the subject index: written as an OR, the
      // planner walked the whole log by time (4.5 s on 2 M entries, against 0.5 ms).
      conditions.push(`(a.subject_type, a.subject_id) IN (
        SELECT 'person', ${person}::text
        UNION ALL SELECT 'help_request', r.id::text FROM help_request r WHERE r.requester_id = ${person}::uuid)`);
    }
    if (filter.readerId) conditions.push(`a.actor_id = ${param(filter.readerId)}`);
    if (filter.action) conditions.push(`a.action = ${param(filter.action)}`);
    if (filter.from) conditions.push(`a.at >= ${param(filter.from)}`);
    if (filter.to) conditions.push(`a.at < ${param(filter.to)}`);
    const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
    const counted = this.db.query(`SELECT count(*)::int AS n FROM audit_log a ${where}`, [...params]);
    const paged = `SELECT a.id, a.actor_id, a.actor_ref, a.action, a.subject_type, a.subject_id, a.detail, a.at
           FROM audit_log a ${where} ORDER BY a.at DESC, a.id DESC LIMIT ${param(filter.first)} OFFSET ${param(filter.offset)}`;
    const [rows, [total]]: [Row[], { n: number }[]] = await Promise.all([this.db.query(paged, params), counted]);
    return {
      items: rows.map((row) => ({
        id: row.id,
        actorId: row.actor_id,
        actorRef: row.actor_ref,
        action: row.action,
        subjectType: row.subject_type,
        subjectId: row.subject_id,
        detail: row.detail == null ? null : JSON.stringify(row.detail),
        at: row.at,
      })),
      totalCount: total?.n ?? 0,
    };
  }
}
