import type { MigrationInterface, QueryRunner } from 'typeorm';

const CATEGORY_LIST = ['ERRANDS', 'HOMEWORK', 'COMPANIONSHIP', 'TRANSPORT', 'PAPERWORK', 'OTHER'];
const CATEGORIES = CATEGORY_LIST.map((c) => `'${c}'`).join(', ');
const STATUSES = `'OPEN', 'ASSIGNED', 'DONE', 'CANCELLED', 'EXPIRED'`;

/** Help requests and their history, volunteers' matching data, thanks, endorsements, audit, e-mail outbox, settings. */
export class HelpRequests1764100000000 implements MigrationInterface {
  name = 'HelpRequests1764100000000';

  async up(db: QueryRunner): Promise<void> {
    // A volunteer's reach is the box around home that their travel radius spans; a GiST index
    // on it answers "who can reach this point" without PostGIS, the exact distance is checked after.
    await db.query(`
      CREATE FUNCTION reach_box(lat double precision, lng double precision, radius_meters double precision)
      RETURNS box LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT box(
          point(lng - radius_meters / (111195.0 * greatest(cos(radians(lat)), 0.01)), lat - radius_meters / 111195.0),
          point(lng + radius_meters / (111195.0 * greatest(cos(radians(lat)), 0.01)), lat + radius_meters / 111195.0))
      $$`);
    // The domain lib's haversineMeters, so that SQL can drop the corners of a reach box before
    // rows travel; the lib still makes the final call.
    await db.query(`
      CREATE FUNCTION distance_meters(lat1 double precision, lng1 double precision, lat2 double precision, lng2 double precision)
      RETURNS double precision LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT 2 * 6371008.8 * asin(least(1, sqrt(
          sin(radians(lat2 - lat1) / 2) ^ 2 + cos(radians(lat1)) * cos(radians(lat2)) * sin(radians(lng2 - lng1) / 2) ^ 2)))
      $$`);
    await db.query(`
      ALTER TABLE volunteer_profile
        ADD COLUMN subjects text[] NOT NULL DEFAULT '{}',
        ADD COLUMN levels text[] NOT NULL DEFAULT '{}',
        ADD COLUMN availability jsonb,
        ADD COLUMN reach box,
        ADD COLUMN taken_count integer NOT NULL DEFAULT 0 CHECK (taken_count >= 0),
        ADD COLUMN completed_count integer NOT NULL DEFAULT 0 CHECK (completed_count >= 0),
        ADD COLUMN given_back_count integer NOT NULL DEFAULT 0 CHECK (given_back_count >= 0),
        ADD COLUMN rating_sum integer NOT NULL DEFAULT 0 CHECK (rating_sum >= 0),
        ADD COLUMN rating_count integer NOT NULL DEFAULT 0 CHECK (rating_count >= 0),
        ADD COLUMN recent_work double precision NOT NULL DEFAULT 0 CHECK (recent_work >= 0),
        ADD COLUMN recent_work_at timestamptz,
        ADD COLUMN active_requests integer NOT NULL DEFAULT 0 CHECK (active_requests >= 0)`);
    // Matching reads hundreds of volunteers per request: what it needs of the person (home,
    // quartier, languages) is copied onto the profile, and the reach follows the home and the
    // radius, whoever writes them.
    await db.query(`
      ALTER TABLE volunteer_profile
        ADD COLUMN home_lat double precision,
        ADD COLUMN home_lng double precision,
        ADD COLUMN neighbourhood_id uuid,
        ADD COLUMN languages text[] NOT NULL DEFAULT ARRAY['fr']`);
    await db.query(`
      CREATE FUNCTION volunteer_profile_from_person() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        SELECT p.home_lat, p.home_lng, p.neighbourhood_id, p.languages
          INTO NEW.home_lat, NEW.home_lng, NEW.neighbourhood_id, NEW.languages
          FROM person p WHERE p.id = NEW.person_id;
        NEW.reach := reach_box(NEW.home_lat, NEW.home_lng, NEW.travel_radius_meters);
        RETURN NEW;
      END $$`);
    await db.query(`
      CREATE TRIGGER volunteer_profile_person BEFORE INSERT OR UPDATE OF travel_radius_meters ON volunteer_profile
      FOR EACH ROW EXECUTE FUNCTION volunteer_profile_from_person()`);
    await db.query(`
      CREATE FUNCTION person_to_volunteer_profile() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE volunteer_profile
          SET home_lat = NEW.home_lat, home_lng = NEW.home_lng, neighbourhood_id = NEW.neighbourhood_id, languages = NEW.languages,
              reach = reach_box(NEW.home_lat, NEW.home_lng, travel_radius_meters)
          WHERE person_id = NEW.id;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER person_volunteer_profile AFTER UPDATE OF home_lat, home_lng, neighbourhood_id, languages ON person
      FOR EACH ROW EXECUTE FUNCTION person_to_volunteer_profile()`);
    await db.query(`
      UPDATE volunteer_profile v
        SET home_lat = p.home_lat, home_lng = p.home_lng, neighbourhood_id = p.neighbourhood_id, languages = p.languages,
            reach = reach_box(p.home_lat, p.home_lng, v.travel_radius_meters)
      FROM person p WHERE p.id = v.person_id`);
    await db.query(`ALTER TABLE volunteer_profile ALTER COLUMN home_lat SET NOT NULL, ALTER COLUMN home_lng SET NOT NULL`);
    await db.query(`ALTER TABLE volunteer_profile ALTER COLUMN reach SET NOT NULL`);
    await db.query(`CREATE INDEX volunteer_profile_reach_idx ON volunteer_profile USING gist (reach) WHERE active`);
    // One per category: "who can reach this point and offers this" reads only those volunteers.
    for (const category of CATEGORY_LIST) {
      await db.query(
        `CREATE INDEX volunteer_profile_reach_${category.toLowerCase()}_idx ON volunteer_profile USING gist (reach)
         WHERE active AND skills @> ARRAY['${category}']`,
      );
    }

    await db.query(`
      CREATE TABLE help_request (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        requester_id uuid NOT NULL REFERENCES person (id) ON DELETE CASCADE,
        posted_by_id uuid NOT NULL REFERENCES person (id) ON DELETE CASCADE,
        category text NOT NULL CHECK (category IN (${CATEGORIES})),
        subject text CHECK (length(subject) BETWEEN 1 AND 60),
        level text CHECK (length(level) BETWEEN 1 AND 60),
        description text NOT NULL CHECK (length(description) BETWEEN 1 AND 2000),
        lat double precision NOT NULL,
        lng double precision NOT NULL,
        position point NOT NULL GENERATED ALWAYS AS (point(lng, lat)) STORED,
        cell bigint NOT NULL,
        coarse_cell bigint NOT NULL,
        neighbourhood_id uuid REFERENCES neighbourhood (id) ON DELETE SET NULL,
        address text CHECK (length(address) BETWEEN 1 AND 500),
        needed_by timestamptz,
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN (${STATUSES})),
        assignee_id uuid REFERENCES person (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (status <> 'ASSIGNED' OR assignee_id IS NOT NULL),
        CHECK (status <> 'OPEN' OR assignee_id IS NULL)
      )`);
    await db.query(`CREATE INDEX help_request_open_position_idx ON help_request USING gist (position) WHERE status = 'OPEN'`);
    await db.query(`CREATE INDEX help_request_neighbourhood_idx ON help_request (neighbourhood_id, status, created_at)`);
    await db.query(`CREATE INDEX help_request_requester_idx ON help_request (requester_id, created_at DESC)`);
    await db.query(`CREATE INDEX help_request_assignee_idx ON help_request (assignee_id, status)`);
    await db.query(`CREATE INDEX help_request_needed_by_idx ON help_request (needed_by) WHERE status = 'OPEN'`);
    // Every reference to a person is indexed, so that erasing one does not scan the history.
    await db.query(`CREATE INDEX help_request_posted_by_idx ON help_request (posted_by_id)`);
    // What each volunteer holds now, kept by the database whatever writes the request, so that
    // matching reads one row per volunteer and capacity is checked under the profile's row lock.
    await db.query(`
      CREATE FUNCTION help_request_count_active() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.status = 'ASSIGNED' THEN
          UPDATE volunteer_profile SET active_requests = active_requests - 1 WHERE person_id = OLD.assignee_id;
        END IF;
        IF TG_OP IN ('UPDATE', 'INSERT') AND NEW.status = 'ASSIGNED' THEN
          UPDATE volunteer_profile SET active_requests = active_requests + 1 WHERE person_id = NEW.assignee_id;
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER help_request_active_changed AFTER UPDATE OF status, assignee_id ON help_request
      FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.assignee_id IS DISTINCT FROM NEW.assignee_id)
      EXECUTE FUNCTION help_request_count_active()`);
    await db.query(`
      CREATE TRIGGER help_request_active_added_or_removed AFTER INSERT OR DELETE ON help_request
      FOR EACH ROW EXECUTE FUNCTION help_request_count_active()`);

    // Every transition, kept: who did what, when, from which status to which.
    await db.query(`
      CREATE TABLE help_request_event (
        id bigserial PRIMARY KEY,
        help_request_id uuid NOT NULL REFERENCES help_request (id) ON DELETE CASCADE,
        kind text NOT NULL,
        actor_id uuid REFERENCES person (id) ON DELETE SET NULL,
        volunteer_id uuid REFERENCES person (id) ON DELETE SET NULL,
        from_status text CHECK (from_status IN (${STATUSES})),
        to_status text NOT NULL CHECK (to_status IN (${STATUSES})),
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX help_request_event_request_idx ON help_request_event (help_request_id, id)`);
    await db.query(`CREATE INDEX help_request_event_volunteer_idx ON help_request_event (volunteer_id, at)`);
    await db.query(`CREATE INDEX help_request_event_actor_idx ON help_request_event (actor_id)`);

    await db.query(`
      CREATE TABLE thanks (
        help_request_id uuid PRIMARY KEY REFERENCES help_request (id) ON DELETE CASCADE,
        requester_id uuid NOT NULL REFERENCES person (id) ON DELETE CASCADE,
        volunteer_id uuid NOT NULL REFERENCES person (id) ON DELETE CASCADE,
        rating smallint NOT NULL CHECK (rating BETWEEN 1 AND 5),
        message text CHECK (length(message) <= 1000),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX thanks_volunteer_idx ON thanks (volunteer_id, requester_id)`);
    await db.query(`CREATE INDEX thanks_requester_idx ON thanks (requester_id)`);

    await db.query(`
      CREATE TABLE endorsement (
        endorser_id uuid NOT NULL REFERENCES person (id) ON DELETE CASCADE,
        endorsed_id uuid NOT NULL REFERENCES person (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (endorser_id, endorsed_id),
        CHECK (endorser_id <> endorsed_id)
      )`);
    await db.query(`CREATE INDEX endorsement_endorsed_idx ON endorsement (endorsed_id)`);

    await db.query(`
      CREATE TABLE audit_log (
        id bigserial PRIMARY KEY,
        actor_id uuid REFERENCES person (id) ON DELETE SET NULL,
        action text NOT NULL,
        subject_type text NOT NULL,
        subject_id text NOT NULL,
        detail jsonb,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX audit_log_subject_idx ON audit_log (subject_type, subject_id, at)`);
    await db.query(`CREATE INDEX audit_log_actor_idx ON audit_log (actor_id, at)`);

    // Written in the same transaction as the change it reports; a worker sends and marks it.
    await db.query(`
      CREATE TABLE outbox_email (
        id bigserial PRIMARY KEY,
        message_id text NOT NULL UNIQUE,
        kind text NOT NULL,
        to_address text NOT NULL,
        subject text NOT NULL,
        body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        sent_at timestamptz
      )`);
    await db.query(`CREATE INDEX outbox_email_unsent_idx ON outbox_email (id) WHERE sent_at IS NULL`);

    await db.query(`
      CREATE TABLE app_setting (
        key text PRIMARY KEY,
        value jsonb NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by_id uuid REFERENCES person (id) ON DELETE SET NULL
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['app_setting', 'outbox_email', 'audit_log', 'endorsement', 'thanks', 'help_request_event', 'help_request']) {
      await db.query(`DROP TABLE ${table}`);
    }
    await db.query(`DROP FUNCTION help_request_count_active()`);
    for (const category of CATEGORY_LIST) await db.query(`DROP INDEX volunteer_profile_reach_${category.toLowerCase()}_idx`);
    await db.query(`DROP TRIGGER person_volunteer_profile ON person`);
    await db.query(`DROP FUNCTION person_to_volunteer_profile()`);
    await db.query(`DROP TRIGGER volunteer_profile_person ON volunteer_profile`);
    await db.query(`DROP FUNCTION volunteer_profile_from_person()`);
    await db.query(`
      ALTER TABLE volunteer_profile
        DROP COLUMN subjects, DROP COLUMN levels, DROP COLUMN availability, DROP COLUMN reach,
        DROP COLUMN taken_count, DROP COLUMN completed_count, DROP COLUMN given_back_count,
        DROP COLUMN rating_sum, DROP COLUMN rating_count, DROP COLUMN recent_work, DROP COLUMN recent_work_at,
        DROP COLUMN active_requests, DROP COLUMN home_lat, DROP COLUMN home_lng, DROP COLUMN neighbourhood_id, DROP COLUMN languages`);
    await db.query(`DROP FUNCTION reach_box(double precision, double precision, double precision)`);
    await db.query(`DROP FUNCTION distance_meters(double precision, double precision, double precision, double precision)`);
  }
}
