import type { MigrationInterface, QueryRunner } from 'typeorm';

const EVENTS = [
  ['inserted', 'INSERT', 'REFERENCING NEW TABLE AS changed_rows'],
  ['updated', 'UPDATE', 'REFERENCING NEW TABLE AS changed_rows'],
  ['deleted', 'DELETE', 'REFERENCING OLD TABLE AS changed_rows'],
] as const;

/**
 * A log of the volunteers whose profile changed, written by the database in the transaction of
 * each change, so that a process keeping every volunteer in memory (matching's) re-reads only
 * those. Each row carries its transaction's id: a reader compares it with the snapshot of its
 * last read, which no ordering by time or sequence can do for transactions that commit out of
 * order. A TRUNCATE writes a row without a person: everything changed.
 */
export class VolunteerChanges1764700000000 implements MigrationInterface {
  name = 'VolunteerChanges1764700000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE volunteer_change (
        xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
        changed_at timestamptz NOT NULL DEFAULT now(),
        person_id uuid
      )`);
    await db.query(`CREATE INDEX volunteer_change_xid_idx ON volunteer_change (xid)`);
    await db.query(`CREATE INDEX volunteer_change_changed_at_idx ON volunteer_change (changed_at)`);
    // Statement triggers: a bulk change (an import, a seed) is one insert, not one per row.
    await db.query(`
      CREATE FUNCTION volunteer_profile_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO volunteer_change (person_id) SELECT DISTINCT person_id FROM changed_rows;
        RETURN NULL;
      END $$`);
    for (const [name, event, transition] of EVENTS) {
      await db.query(`
        CREATE TRIGGER volunteer_profile_${name} AFTER ${event} ON volunteer_profile ${transition}
        FOR EACH STATEMENT EXECUTE FUNCTION volunteer_profile_changed()`);
    }
    await db.query(`
      CREATE FUNCTION volunteer_profile_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO volunteer_change (person_id) VALUES (NULL);
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER volunteer_profile_truncated AFTER TRUNCATE ON volunteer_profile
      FOR EACH STATEMENT EXECUTE FUNCTION volunteer_profile_truncated()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER volunteer_profile_truncated ON volunteer_profile`);
    for (const [name] of EVENTS) await db.query(`DROP TRIGGER volunteer_profile_${name} ON volunteer_profile`);
    await db.query(`DROP FUNCTION volunteer_profile_truncated()`);
    await db.query(`DROP FUNCTION volunteer_profile_changed()`);
    await db.query(`DROP TABLE volunteer_change`);
  }
}
