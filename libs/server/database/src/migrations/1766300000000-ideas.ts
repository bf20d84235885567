import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The idea board. A vote keeps the weight its voter had when they voted (what they had taken
 * part in Relais, libs/domain/ideas), and the idea keeps the count and the sum of its votes'
 * weights, kept by a trigger whatever deletes a vote (unvoting, or erasure's cascades): TOP
 * reads the sum through an index instead of weighing every voter of thousands of ideas at
 * each read. Weights are numeric so that adding and removing them leaves the sum exact.
 */
export class Ideas1766300000000 implements MigrationInterface {
  name = 'Ideas1766300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE idea (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        author_id uuid NOT NULL REFERENCES person (id) ON DELETE CASCADE,
        neighbourhood_id uuid REFERENCES neighbourhood (id) ON DELETE CASCADE,
        title text NOT NULL CHECK (length(title) BETWEEN 3 AND 140),
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 5000),
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'ADOPTED', 'HIDDEN')),
        votes integer NOT NULL DEFAULT 0 CHECK (votes >= 0),
        vote_weight numeric(14, 6) NOT NULL DEFAULT 0 CHECK (vote_weight >= 0),
        moderation_reason text CHECK (length(moderation_reason) BETWEEN 1 AND 500),
        moderated_by_id uuid REFERENCES person (id) ON DELETE SET NULL,
        moderated_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((moderated_at IS NULL) = (moderation_reason IS NULL))
      )`);
    // TOP and NEW, per neighbourhood and city-wide; an author's ideas (their limit, their export).
    await db.query(`CREATE INDEX idea_neighbourhood_top_idx ON idea (neighbourhood_id, vote_weight DESC, created_at DESC)`);
    await db.query(`CREATE INDEX idea_neighbourhood_new_idx ON idea (neighbourhood_id, created_at DESC)`);
    await db.query(`CREATE INDEX idea_top_idx ON idea (vote_weight DESC, created_at DESC)`);
    await db.query(`CREATE INDEX idea_new_idx ON idea (created_at DESC)`);
    await db.query(`CREATE INDEX idea_author_idx ON idea (author_id, created_at)`);
    await db.query(`CREATE INDEX idea_moderated_by_idx ON idea (moderated_by_id) WHERE moderated_by_id IS NOT NULL`);

    await db.query(`
      CREATE TABLE idea_vote (
        idea_id uuid NOT NULL REFERENCES idea (id) ON DELETE CASCADE,
        voter_id uuid NOT NULL REFERENCES person (id) ON DELETE CASCADE,
        weight numeric(10, 6) NOT NULL CHECK (weight > 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (idea_id, voter_id)
      )`);
    await db.query(`CREATE INDEX idea_vote_voter_idx ON idea_vote (voter_id, created_at)`);

    await db.query(`
      CREATE FUNCTION idea_vote_tally() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          UPDATE idea SET votes = votes + 1, vote_weight = vote_weight + NEW.weight WHERE id = NEW.idea_id;
        ELSE
          -- When the idea itself is being deleted this finds no row, which is what it should do.
          UPDATE idea SET votes = votes - 1, vote_weight = vote_weight - OLD.weight WHERE id = OLD.idea_id;
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER idea_vote_tally AFTER INSERT OR DELETE ON idea_vote
      FOR EACH ROW EXECUTE FUNCTION idea_vote_tally()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE idea_vote`);
    await db.query(`DROP FUNCTION idea_vote_tally()`);
    await db.query(`DROP TABLE idea`);
  }
}
