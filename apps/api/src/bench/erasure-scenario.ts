import type { DataSource } from 'typeorm';
import type { BenchClient } from './bench-client';
import { ms } from './latency';

const ERASE = `mutation ($personId: ID!, $reason: String!) { erasePerson(personId: $personId, reason: $reason) }`;

/** Rows that name a volunteer, table by table: what an erasure goes through. */
const TRACES = `
  SELECT (SELECT count(*) FROM help_request WHERE assignee_id = $1)::int AS tasks,
         (SELECT count(*) FROM help_request WHERE requester_id = $1)::int AS requests,
         (SELECT count(*) FROM help_request_event WHERE volunteer_id = $1 OR actor_id = $1)::int AS events,
         (SELECT count(*) FROM thanks WHERE volunteer_id = $1 OR requester_id = $1)::int AS thanks,
         (SELECT count(*) FROM endorsement WHERE endorser_id = $1 OR endorsed_id = $1)::int AS endorsements,
         (SELECT count(*) FROM leader_score_snapshot WHERE person_id = $1)::int AS snapshots,
         (SELECT count(*) FROM audit_log WHERE actor_id = $1)::int AS audit`;

/**
 * The time of erasePerson, over GraphQL, for the volunteer with the most tasks in the database
 * (demo or synthetic city): the person is erased for real, so each run takes the next busiest.
 */
export async function runErasureScenario(api: BenchClient, db: DataSource, admin: string): Promise<void> {
  const [busiest]: { id: string; tasks: number }[] = await db.query(
    `SELECT h.assignee_id AS id, count(*)::int AS tasks FROM help_request h JOIN volunteer_profile v ON v.person_id = h.assignee_id
     GROUP BY h.assignee_id ORDER BY count(*) DESC, h.assignee_id LIMIT 1`,
  );
  if (!busiest) return console.log('Erasure: no volunteer with a task here\n');
  const [traces] = await db.query(TRACES, [busiest.id]);
  const started = performance.now();
  await api.query(ERASE, { personId: busiest.id, reason: 'Mesure de la durée d’un effacement' }, admin);
  const took = performance.now() - started;
  const [left] = await db.query(`SELECT count(*)::int AS n FROM person WHERE id = $1`, [busiest.id]);
  console.log(`Erasure of the busiest volunteer, over GraphQL: ${ms(took)}${left.n ? ' (NOT erased)' : ''}`);
  console.log(`  what named them: ${Object.entries(traces as Record<string, number>).map(([k, v]) => `${v} ${k}`).join(', ')}\n`);
}
