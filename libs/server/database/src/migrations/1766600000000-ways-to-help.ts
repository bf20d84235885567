import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Ways to help without going out (give goods, give blood, donate, call an isolated neighbour,
 * help online), kept by organisers for some neighbourhoods or, by ADMIN, for the whole city (no
 * neighbourhood listed). Volunteers see them when nothing near them fits; the digest carries them.
 */
export class WaysToHelp1766600000000 implements MigrationInterface {
  name = 'WaysToHelp1766600000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE way_to_help (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('GIVE_GOODS', 'GIVE_BLOOD', 'DONATE', 'CALL_NEIGHBOUR', 'ONLINE_HELP')),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 120),
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 1000),
        link text CHECK (link ~ '^https?://' AND length(link) <= 500),
        created_by_id uuid REFERENCES person (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        archived_at timestamptz
      )`);
    await db.query(`CREATE INDEX way_to_help_current_idx ON way_to_help (created_at DESC) WHERE archived_at IS NULL`);
    await db.query(`
      CREATE TABLE way_to_help_neighbourhood (
        way_to_help_id uuid NOT NULL REFERENCES way_to_help (id) ON DELETE CASCADE,
        neighbourhood_id uuid NOT NULL REFERENCES neighbourhood (id) ON DELETE CASCADE,
        PRIMARY KEY (way_to_help_id, neighbourhood_id)
      )`);
    await db.query(`CREATE INDEX way_to_help_neighbourhood_idx ON way_to_help_neighbourhood (neighbourhood_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE way_to_help_neighbourhood`);
    await db.query(`DROP TABLE way_to_help`);
  }
}
