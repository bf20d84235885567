import type { EntityManager } from 'typeorm';

export interface LockedVolunteer {
  personId: string;
  active: boolean;
  maxActiveRequests: number;
  /** ASSIGNED requests held, counted after the lock was taken. */
  activeRequests: number;
  recentWork: number;
  recentWorkAt: Date | null;
}

/**
 * Locks the volunteer's profile row until the transaction ends, then counts what they hold.
 * Every change that gives a volunteer a request goes through this lock first, so two
 * concurrent takes by one volunteer are serialised and the count is never stale: capacity
 * holds in the database itself. Always lock the profile before the request row, so that
 * transactions never wait on each other in a cycle.
 */
export async function lockVolunteers(tx: EntityManager, ids: readonly string[]): Promise<Map<string, LockedVolunteer>> {
  const sorted = [...new Set(ids)].sort();
  if (!sorted.length) return new Map();
  await tx.query(`SELECT 1 FROM volunteer_profile WHERE person_id = ANY($1::uuid[]) ORDER BY person_id FOR UPDATE`, [sorted]);
  const rows: LockedVolunteer[] = await tx.query(
    `SELECT v.person_id AS "personId", v.active, v.max_active_requests AS "maxActiveRequests",
            v.recent_work AS "recentWork", v.recent_work_at AS "recentWorkAt",
            (SELECT count(*)::int FROM help_request h WHERE h.assignee_id = v.person_id AND h.status = 'ASSIGNED') AS "activeRequests"
     FROM volunteer_profile v WHERE v.person_id = ANY($1::uuid[])`,
    [sorted],
  );
  return new Map(rows.map((row) => [row.personId, row]));
}

export async function lockVolunteer(tx: EntityManager, id: string): Promise<LockedVolunteer | null> {
  return (await lockVolunteers(tx, [id])).get(id) ?? null;
}
