import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Territory, people, organiser scopes and log-in throttling. */
export class Foundation1763900000000 implements MigrationInterface {
  name = 'Foundation1763900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await db.query(`
      CREATE TABLE neighbourhood (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        city text NOT NULL CHECK (length(city) BETWEEN 1 AND 200),
        code text,
        boundary jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (city, name)
      )`);
    // One row per H3 cell (resolution 9): a point's neighbourhood is one primary-key probe.
    await db.query(`
      CREATE TABLE neighbourhood_cell (
        cell bigint PRIMARY KEY,
        neighbourhood_id uuid NOT NULL REFERENCES neighbourhood (id) ON DELETE CASCADE
      )`);
    await db.query(`CREATE INDEX neighbourhood_cell_neighbourhood_idx ON neighbourhood_cell (neighbourhood_id)`);
    await db.query(`
      CREATE TABLE neighbourhood_adjacency (
        neighbourhood_id uuid NOT NULL REFERENCES neighbourhood (id) ON DELETE CASCADE,
        adjacent_id uuid NOT NULL REFERENCES neighbourhood (id) ON DELETE CASCADE,
        PRIMARY KEY (neighbourhood_id, adjacent_id),
        CHECK (neighbourhood_id <> adjacent_id)
      )`);
    await db.query(`
      CREATE TABLE person (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        password_hash text NOT NULL,
        display_name text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 100),
        roles text[] NOT NULL CHECK (roles <@ ARRAY['RESIDENT', 'VOLUNTEER', 'ORGANISER', 'ADMIN']),
        home_lat double precision NOT NULL,
        home_lng double precision NOT NULL,
        home_cell bigint NOT NULL,
        neighbourhood_id uuid REFERENCES neighbourhood (id) ON DELETE SET NULL,
        languages text[] NOT NULL DEFAULT ARRAY['fr'],
        contact_consent boolean NOT NULL DEFAULT false,
        ranking_consent boolean NOT NULL DEFAULT false,
        referral_code text NOT NULL UNIQUE,
        referred_by_id uuid REFERENCES person (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE UNIQUE INDEX person_email_key ON person (lower(email))`);
    await db.query(`CREATE INDEX person_neighbourhood_idx ON person (neighbourhood_id)`);
    await db.query(`CREATE INDEX person_home_cell_idx ON person (home_cell)`);
    await db.query(`CREATE INDEX person_referred_by_idx ON person (referred_by_id)`);
    await db.query(
      `CREATE INDEX person_search_idx ON person USING gin ((display_name || ' ' || email) gin_trgm_ops)`,
    );
    await db.query(`
      CREATE TABLE volunteer_profile (
        person_id uuid PRIMARY KEY REFERENCES person (id) ON DELETE CASCADE,
        skills text[] NOT NULL DEFAULT '{}',
        travel_radius_meters integer NOT NULL DEFAULT 2000 CHECK (travel_radius_meters BETWEEN 100 AND 50000),
        max_active_requests integer NOT NULL DEFAULT 3 CHECK (max_active_requests BETWEEN 1 AND 20),
        active boolean NOT NULL DEFAULT true,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE organiser_scope (
        person_id uuid NOT NULL REFERENCES person (id) ON DELETE CASCADE,
        neighbourhood_id uuid NOT NULL REFERENCES neighbourhood (id) ON DELETE CASCADE,
        granted_by_id uuid REFERENCES person (id) ON DELETE SET NULL,
        granted_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (person_id, neighbourhood_id)
      )`);
    await db.query(`CREATE INDEX organiser_scope_neighbourhood_idx ON organiser_scope (neighbourhood_id)`);
    await db.query(`
      CREATE TABLE login_failure (
        id bigserial PRIMARY KEY,
        email text NOT NULL,
        failed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX login_failure_email_idx ON login_failure (email, failed_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'login_failure',
      'organiser_scope',
      'volunteer_profile',
      'person',
      'neighbourhood_adjacency',
      'neighbourhood_cell',
      'neighbourhood',
    ]) {
      await db.query(`DROP TABLE ${table}`);
    }
  }
}
