import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An audit entry keeps a pseudonymous actor after its person is erased. Each person carries a
 * random uuid that names them nowhere else; every entry copies it into actor_ref. Deleting the
 * person still clears actor_id, and with the person row goes the only link from the pseudonym to
 * a human, so the trail can say "the same actor did these" without saying who. A random value,
 * not a keyed hash of the id: no key to keep, and the person id, still found in backups or other
 * rows, cannot be hashed back onto the trail.
 */
export class AuditActorPseudonym1765500000000 implements MigrationInterface {
  name = 'AuditActorPseudonym1765500000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE person ADD COLUMN audit_pseudonym uuid NOT NULL DEFAULT gen_random_uuid()`);
    await db.query(`ALTER TABLE audit_log ADD COLUMN actor_ref uuid`);
    // Entries whose actor is already gone stay without one: who they were is no longer known.
    await db.query(`UPDATE audit_log a SET actor_ref = p.audit_pseudonym FROM person p WHERE p.id = a.actor_id`);
    await db.query(`CREATE INDEX audit_log_actor_ref_idx ON audit_log (actor_ref, at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX audit_log_actor_ref_idx`);
    await db.query(`ALTER TABLE audit_log DROP COLUMN actor_ref`);
    await db.query(`ALTER TABLE person DROP COLUMN audit_pseudonym`);
  }
}
