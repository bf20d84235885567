import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Leader scores (the latest per volunteer and neighbourhood, one snapshot a day for trends),
 * ambassadors (kept after demotion, with the reason), and the neighbourhoods whose activity
 * changed since their scores were computed.
 */
export class Leaders1764300000000 implements MigrationInterface {
  name = 'Leaders1764300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE leader_score (
        neighbourhood_id uuid NOT NULL REFERENCES neighbourhood (id) ON DELETE CASCADE,
        person_id uuid NOT NULL REFERENCES person (id) ON DELETE CASCADE,
        rank integer NOT NULL CHECK (rank >= 1),
        score double precision NOT NULL CHECK (score BETWEEN 0 AND 1),
        components jsonb NOT NULL,
        facts jsonb NOT NULL,
        computed_at timestamptz NOT NULL,
        PRIMARY KEY (neighbourhood_id, person_id)
      )`);
    // Not unique: a recomputation moves ranks within one statement.
    await db.query(`CREATE INDEX leader_score_rank_idx ON leader_score (neighbourhood_id, rank)`);
    await db.query(`CREATE INDEX leader_score_person_idx ON leader_score (person_id)`);

    // The day's last score per volunteer: trends without a row per debounced recomputation.
    await db.query(`
      CREATE TABLE leader_score_snapshot (
        neighbourhood_id uuid NOT NULL REFERENCES neighbourhood (id) ON DELETE CASCADE,
        person_id uuid NOT NULL REFERENCES person (id) ON DELETE CASCADE,
        day date NOT NULL,
        rank integer NOT NULL,
        score double precision NOT NULL,
        component_values real[] NOT NULL,
        computed_at timestamptz NOT NULL,
        PRIMARY KEY (neighbourhood_id, person_id, day)
      )`);
    await db.query(`CREATE INDEX leader_score_snapshot_person_idx ON leader_score_snapshot (person_id, day)`);

    await db.query(`
      CREATE TABLE ambassador (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL REFERENCES person (id) ON DELETE CASCADE,
        neighbourhood_id uuid NOT NULL REFERENCES neighbourhood (id) ON DELETE CASCADE,
        promoted_by_id uuid REFERENCES person (id) ON DELETE SET NULL,
        promoted_at timestamptz NOT NULL DEFAULT now(),
        demoted_by_id uuid REFERENCES person (id) ON DELETE SET NULL,
        demoted_at timestamptz,
        demotion_reason text CHECK (length(demotion_reason) BETWEEN 1 AND 500),
        CHECK ((demoted_at IS NULL) = (demotion_reason IS NULL))
      )`);
    // One current term per person and neighbourhood; past terms stay as history.
    await db.query(`CREATE UNIQUE INDEX ambassador_current_key ON ambassador (person_id, neighbourhood_id) WHERE demoted_at IS NULL`);
    await db.query(`CREATE INDEX ambassador_neighbourhood_idx ON ambassador (neighbourhood_id, promoted_at)`);
    await db.query(`CREATE INDEX ambassador_promoted_by_idx ON ambassador (promoted_by_id)`);
    await db.query(`CREATE INDEX ambassador_demoted_by_idx ON ambassador (demoted_by_id)`);

    // A help's rating, copied from its thanks, so that the trust graph reads one table: joining
    // thanks back row by row was most of the time of reading a neighbourhood's graph.
    await db.query(`ALTER TABLE help_request ADD COLUMN rating smallint CHECK (rating BETWEEN 1 AND 5)`);
    await db.query(`UPDATE help_request h SET rating = t.rating FROM thanks t WHERE t.help_request_id = h.id`);
    await db.query(`
      CREATE FUNCTION thanks_rating_to_request() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE help_request SET rating = NEW.rating WHERE id = NEW.help_request_id;
        RETURN NULL;
      END $$`);
    await db.query(`CREATE TRIGGER thanks_rating_to_request AFTER INSERT ON thanks FOR EACH ROW EXECUTE FUNCTION thanks_rating_to_request()`);

    // Reading a neighbourhood's graph probes these by the person credited; carrying the rest of each
    // edge in the index makes it an index-only scan instead of a heap page per edge.
    await db.query(`DROP INDEX help_request_assignee_idx`);
    await db.query(`CREATE INDEX help_request_assignee_idx ON help_request (assignee_id, status) INCLUDE (requester_id, updated_at, rating)`);
    await db.query(`DROP INDEX endorsement_endorsed_idx`);
    await db.query(`CREATE INDEX endorsement_endorsed_idx ON endorsement (endorsed_id) INCLUDE (endorser_id, created_at)`);
    await db.query(`DROP INDEX person_referred_by_idx`);
    await db.query(`CREATE INDEX person_referred_by_idx ON person (referred_by_id) INCLUDE (id, created_at)`);
    await db.query(`CREATE INDEX volunteer_profile_neighbourhood_idx ON volunteer_profile (neighbourhood_id)`);

    // Neighbourhoods to recompute: marked by the database in the transaction of the change, so
    // no path can forget it; a job takes the due ones every minute (changes within the minute are one run).
    await db.query(`
      CREATE TABLE leader_refresh_due (
        neighbourhood_id uuid PRIMARY KEY REFERENCES neighbourhood (id) ON DELETE CASCADE,
        due_at timestamptz NOT NULL
      )`);
    await db.query(`
      CREATE FUNCTION leader_refresh_mark(neighbourhood uuid) RETURNS void LANGUAGE sql AS $$
        INSERT INTO leader_refresh_due (neighbourhood_id, due_at)
        SELECT neighbourhood, now() + interval '1 minute'
        WHERE neighbourhood IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM leader_refresh_due WHERE neighbourhood_id = neighbourhood)
        ON CONFLICT (neighbourhood_id) DO NOTHING
      $$`);
    await db.query(`
      CREATE FUNCTION leader_refresh_mark_person(someone uuid) RETURNS void LANGUAGE sql AS $$
        SELECT leader_refresh_mark(neighbourhood_id) FROM person WHERE id = someone
      $$`);
    await db.query(`
      CREATE FUNCTION leader_activity_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        CASE TG_TABLE_NAME
          WHEN 'help_request' THEN PERFORM leader_refresh_mark_person(coalesce(NEW.assignee_id, OLD.assignee_id));
          WHEN 'thanks' THEN PERFORM leader_refresh_mark_person(NEW.volunteer_id);
          WHEN 'endorsement' THEN
            PERFORM leader_refresh_mark_person(CASE WHEN TG_OP = 'DELETE' THEN OLD.endorsed_id ELSE NEW.endorsed_id END);
          WHEN 'person' THEN
            IF TG_OP = 'INSERT' THEN
              PERFORM leader_refresh_mark_person(NEW.referred_by_id);
            ELSE
              PERFORM leader_refresh_mark(OLD.neighbourhood_id);
              PERFORM leader_refresh_mark(NEW.neighbourhood_id);
            END IF;
        END CASE;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER help_request_leader_activity AFTER UPDATE OF status ON help_request
      FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status AND coalesce(NEW.assignee_id, OLD.assignee_id) IS NOT NULL)
      EXECUTE FUNCTION leader_activity_changed()`);
    await db.query(`CREATE TRIGGER thanks_leader_activity AFTER INSERT ON thanks FOR EACH ROW EXECUTE FUNCTION leader_activity_changed()`);
    await db.query(
      `CREATE TRIGGER endorsement_leader_activity AFTER INSERT OR DELETE ON endorsement FOR EACH ROW EXECUTE FUNCTION leader_activity_changed()`,
    );
    await db.query(`
      CREATE TRIGGER person_leader_referral AFTER INSERT ON person
      FOR EACH ROW WHEN (NEW.referred_by_id IS NOT NULL) EXECUTE FUNCTION leader_activity_changed()`);
    await db.query(`
      CREATE TRIGGER person_leader_standing AFTER UPDATE OF ranking_consent, neighbourhood_id, roles ON person
      FOR EACH ROW WHEN (OLD.ranking_consent IS DISTINCT FROM NEW.ranking_consent
        OR OLD.neighbourhood_id IS DISTINCT FROM NEW.neighbourhood_id OR OLD.roles IS DISTINCT FROM NEW.roles)
      EXECUTE FUNCTION leader_activity_changed()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER person_leader_standing ON person`);
    await db.query(`DROP TRIGGER person_leader_referral ON person`);
    await db.query(`DROP TRIGGER endorsement_leader_activity ON endorsement`);
    await db.query(`DROP TRIGGER thanks_leader_activity ON thanks`);
    await db.query(`DROP TRIGGER help_request_leader_activity ON help_request`);
    await db.query(`DROP FUNCTION leader_activity_changed()`);
    await db.query(`DROP FUNCTION leader_refresh_mark_person(uuid)`);
    await db.query(`DROP FUNCTION leader_refresh_mark(uuid)`);
    await db.query(`DROP TABLE leader_refresh_due`);
    await db.query(`DROP INDEX volunteer_profile_neighbourhood_idx`);
    await db.query(`DROP INDEX person_referred_by_idx`);
    await db.query(`CREATE INDEX person_referred_by_idx ON person (referred_by_id)`);
    await db.query(`DROP INDEX endorsement_endorsed_idx`);
    await db.query(`CREATE INDEX endorsement_endorsed_idx ON endorsement (endorsed_id)`);
    await db.query(`DROP INDEX help_request_assignee_idx`);
    await db.query(`CREATE INDEX help_request_assignee_idx ON help_request (assignee_id, status)`);
    await db.query(`DROP TRIGGER thanks_rating_to_request ON thanks`);
    await db.query(`DROP FUNCTION thanks_rating_to_request()`);
    await db.query(`ALTER TABLE help_request DROP COLUMN rating`);
    await db.query(`DROP TABLE ambassador`);
    await db.query(`DROP TABLE leader_score_snapshot`);
    await db.query(`DROP TABLE leader_score`);
  }
}
