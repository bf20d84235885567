import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Comments on the idea board: any signed-in person comments an idea they can see; its moderators hide a comment. */
export class IdeaComments1766800000000 implements MigrationInterface {
  name = 'IdeaComments1766800000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE idea_comment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        idea_id uuid NOT NULL REFERENCES idea (id) ON DELETE CASCADE,
        author_id uuid NOT NULL REFERENCES person (id) ON DELETE CASCADE,
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 2000),
        created_at timestamptz NOT NULL DEFAULT now(),
        hidden_by_id uuid REFERENCES person (id) ON DELETE SET NULL,
        hidden_at timestamptz
      )`);
    await db.query(`CREATE INDEX idea_comment_idea_idx ON idea_comment (idea_id, created_at)`);
    // Their limit and their export; who hid what, for erasure.
    await db.query(`CREATE INDEX idea_comment_author_idx ON idea_comment (author_id, created_at)`);
    await db.query(`CREATE INDEX idea_comment_hidden_by_idx ON idea_comment (hidden_by_id) WHERE hidden_by_id IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE idea_comment`);
  }
}
