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
 * Locks the volunteers' profile rows until the transaction ends and reads what they hold (the
 * `active_requests` count a trigger keeps with every request change). Every change that gives
 * a volunteer a request, or takes one away, locks the profile first: two concurrent takes by
 * one volunteer are serialised and the count read under the lock is never stale, so capacity
 * holds in the database itself. Profiles before request rows, in id order, so that
 * transactions never wait on each other in a cycle.
 */
export async function lockVolunteers(tx: EntityManager, ids: readonly string[]): Promise<Map<string, LockedVolunteer>> {
  const sorted = [...new Set(ids)].sort();
  if (!sorted.length) return new Map();
  const rows: LockedVolunteer[] = await tx.query(
    `SELECT person_id AS "personId", active, max_active_requests AS "maxActiveRequests", active_requests AS "activeRequests",
            recent_work AS "recentWork", recent_work_at AS "recentWorkAt"
     FROM volunteer_profile WHERE person_id = ANY($1::uuid[]) ORDER BY person_id FOR UPDATE`,
    [sorted],
  );
  return new Map(rows.map((row) => [row.personId, row]));
}

export async function lockVolunteer(tx: EntityManager, id: string): Promise<LockedVolunteer | null> {
  return (await lockVolunteers(tx, [id])).get(id) ?? null;
}
