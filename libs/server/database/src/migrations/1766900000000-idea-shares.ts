import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An idea's share link carries its sharer's referral code: visits are counted per idea and
 * sharer (nothing kept of the visitor), and a person who signs up through it is the sharer's
 * recruit (the referral code) and is counted for the idea.
 */
export class IdeaShares1766900000000 implements MigrationInterface {
  name = 'IdeaShares1766900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE idea_share (
        idea_id uuid NOT NULL REFERENCES idea (id) ON DELETE CASCADE,
        sharer_id uuid NOT NULL REFERENCES person (id) ON DELETE CASCADE,
        visits integer NOT NULL DEFAULT 0 CHECK (visits >= 0),
        PRIMARY KEY (idea_id, sharer_id)
      )`);
    await db.query(`CREATE INDEX idea_share_sharer_idx ON idea_share (sharer_id)`);
    await db.query(`ALTER TABLE person ADD COLUMN came_for_idea_id uuid REFERENCES idea (id) ON DELETE SET NULL`);
    await db.query(`CREATE INDEX person_came_for_idea_idx ON person (came_for_idea_id, referred_by_id) WHERE came_for_idea_id IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE person DROP COLUMN came_for_idea_id`);
    await db.query(`DROP TABLE idea_share`);
  }
}
