import { cellOf } from '@relais/domain-geo';
import type { EntityManager } from 'typeorm';

/**
 * The traces of one person that outlive their row, moved to the placeholder or removed, as
 * ERASURE_RULES says. $1 is the person, $2 the placeholder. Run in the erasure's transaction,
 * after their live requests were released and before their row is deleted (whose foreign keys
 * then delete their profile, scopes, terms, scores, consents and endorsements).
 */
const TO_PLACEHOLDER = [
  // Words and places of requests they posted go (position follows lat and lng); the public cell stays for statistics.
  `UPDATE help_request SET requester_id = $2, description = '—', subject = NULL, level = NULL, address = NULL,
     lat = coarse_lat, lng = coarse_lng
   WHERE requester_id = $1`,
  `UPDATE help_request SET posted_by_id = $2 WHERE posted_by_id = $1`,
  `UPDATE help_request SET assignee_id = $2 WHERE assignee_id = $1`,
  `UPDATE help_request_event SET actor_id = $2 WHERE actor_id = $1`,
  `UPDATE help_request_event SET volunteer_id = $2 WHERE volunteer_id = $1`,
  // A thanks message may name either party: it goes whichever side they were on.
  `UPDATE thanks SET requester_id = $2, message = NULL WHERE requester_id = $1`,
  `UPDATE thanks SET volunteer_id = $2, message = NULL WHERE volunteer_id = $1`,
  `UPDATE organiser_scope SET granted_by_id = $2 WHERE granted_by_id = $1`,
  `UPDATE ambassador SET promoted_by_id = $2 WHERE promoted_by_id = $1`,
  `UPDATE ambassador SET demoted_by_id = $2 WHERE demoted_by_id = $1`,
  `UPDATE consent_event SET actor_id = $2 WHERE actor_id = $1 AND person_id <> $1`,
  `UPDATE app_setting SET updated_by_id = $2 WHERE updated_by_id = $1`,
  `UPDATE campaign SET created_by_id = $2 WHERE created_by_id = $1`,
  `UPDATE campaign SET sent_by_id = $2 WHERE sent_by_id = $1`,
  `UPDATE way_to_help SET created_by_id = $2 WHERE created_by_id = $1`,
  `UPDATE idea_comment SET hidden_by_id = $2 WHERE hidden_by_id = $1`,
  `UPDATE idea SET moderated_by_id = $2 WHERE moderated_by_id = $1`,
  `UPDATE audit_log SET actor_id = $2 WHERE actor_id = $1`,
  `UPDATE audit_log SET subject_id = $2::text, detail = NULL WHERE subject_type = 'person' AND subject_id = $1::text`,
];

/**
 * Leader scores that change without them: their neighbourhood's ranks, their recruiter's
 * recruits, and (through the endorsement trigger, while both rows still exist) the people they
 * endorsed. Marked before their row goes, since the marks read it.
 */
const RESCORE = [
  `SELECT leader_refresh_mark(neighbourhood_id), leader_refresh_mark_person(referred_by_id) FROM person WHERE id = $1`,
  `DELETE FROM endorsement WHERE endorser_id = $1 OR endorsed_id = $1`,
];

/**
 * Their ideas go with their row (and the votes on them); the audit of their moderation keeps its
 * action and time, not the moderator's reason, written to them and perhaps naming them.
 */
const IDEA_AUDIT = `UPDATE audit_log SET detail = NULL WHERE subject_type = 'idea' AND subject_id IN (SELECT id::text FROM idea WHERE author_id = $1)`;

/** Mails to them, and copies of mails to others that carry their name or words. */
const DELETE_MAILS = `DELETE FROM outbox_email WHERE lower(to_address) = $2 OR concerns @> ARRAY[$1]::uuid[]`;

export async function eraseTraces(tx: EntityManager, personId: string, email: string, placeholderId: string): Promise<void> {
  // The exact cell goes with the exact place: the cell of the public position takes its place.
  const requests: { id: string; coarse_lat: number; coarse_lng: number }[] = await tx.query(
    `SELECT id, coarse_lat, coarse_lng FROM help_request WHERE requester_id = $1`,
    [personId],
  );
  if (requests.length) {
    await tx.query(`UPDATE help_request h SET cell = u.cell FROM unnest($1::uuid[], $2::bigint[]) AS u(id, cell) WHERE h.id = u.id`, [
      requests.map((r) => r.id),
      requests.map((r) => cellOf({ lat: r.coarse_lat, lng: r.coarse_lng })),
    ]);
  }
  for (const statement of RESCORE) await tx.query(statement, [personId]);
  for (const statement of TO_PLACEHOLDER) await tx.query(statement, [personId, placeholderId]);
  await tx.query(IDEA_AUDIT, [personId]);
  await tx.query(DELETE_MAILS, [personId, email.toLowerCase()]);
}
