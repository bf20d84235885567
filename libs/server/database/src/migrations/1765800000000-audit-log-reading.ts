import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * ADMIN reads the audit log newest first, by kind or over dates: an index on the time, and one on
 * kind and time. Address reads now say the role they were made under; the ones written before
 * are given theirs (an organiser of the request's neighbourhood, else ADMIN: the only two who
 * were recorded then).
 */
export class AuditLogReading1765800000000 implements MigrationInterface {
  name = 'AuditLogReading1765800000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX audit_log_at_idx ON audit_log (at)`);
    await db.query(`CREATE INDEX audit_log_action_idx ON audit_log (action, at)`);
    await db.query(`
      UPDATE audit_log a
         SET detail = jsonb_build_object('as', CASE WHEN EXISTS (
               SELECT 1 FROM help_request r JOIN organiser_scope s ON s.neighbourhood_id = r.neighbourhood_id
                WHERE r.id::text = a.subject_id AND s.person_id = a.actor_id) THEN 'ORGANISER' ELSE 'ADMIN' END)
       WHERE a.action = 'READ_ADDRESS' AND a.subject_type = 'help_request' AND a.detail IS NULL AND a.actor_id IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX audit_log_action_idx`);
    await db.query(`DROP INDEX audit_log_at_idx`);
  }
}
