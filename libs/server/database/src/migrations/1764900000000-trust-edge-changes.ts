import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * How each table holds trust edges, as when this was written: kind (1 help, 2 endorsement,
 * 3 referral), who credits whom, when, the rating, and what makes a row an edge.
 */
const EDGE_TABLES = [
  { table: 'help_request', kind: 1, source: 'requester_id', target: 'assignee_id', at: 'updated_at', rating: 'rating', is: `status = 'DONE' AND assignee_id IS NOT NULL` },
  { table: 'endorsement', kind: 2, source: 'endorser_id', target: 'endorsed_id', at: 'created_at', rating: 'NULL::smallint', is: 'true' },
  { table: 'person', kind: 3, source: 'id', target: 'referred_by_id', at: 'created_at', rating: 'NULL::smallint', is: 'referred_by_id IS NOT NULL' },
] as const;

type EdgeTable = (typeof EDGE_TABLES)[number];

const edgesOf = (t: EdgeTable, rows: string) => `SELECT ${t.kind}::smallint, ${t.source}, ${t.target}, ${t.at}, ${t.rating} FROM ${rows} WHERE ${t.is}`;
const INSERT = `INSERT INTO trust_edge_change (sign, kind, source, target, at, rating)`;

/**
 * A log of the trust graph's edges as they come and go (+1, −1), written by the database in the
 * transaction of each change: a process that keeps the graph in memory (leader scoring's)
 * applies them instead of reading a neighbourhood's tens of thousands of edges again. An update
 * logs only what it changed: the edges before, less those after, go; the edges after, less those
 * before, come. Rows carry their transaction's id, read as `volunteer_change`'s are; a TRUNCATE
 * writes a row of sign 0: everything changed.
 */
export class TrustEdgeChanges1764900000000 implements MigrationInterface {
  name = 'TrustEdgeChanges1764900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE trust_edge_change (
        xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
        changed_at timestamptz NOT NULL DEFAULT now(),
        sign smallint NOT NULL CHECK (sign IN (-1, 0, 1)),
        kind smallint,
        source uuid,
        target uuid,
        at timestamptz,
        rating smallint
      )`);
    await db.query(`CREATE INDEX trust_edge_change_xid_idx ON trust_edge_change (xid)`);
    await db.query(`CREATE INDEX trust_edge_change_changed_at_idx ON trust_edge_change (changed_at)`);
    for (const t of EDGE_TABLES) {
      // Statements in branches not taken are never planned: each trigger has the transition tables its branch reads.
      await db.query(`
        CREATE FUNCTION ${t.table}_trust_edges_changed() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP = 'INSERT' THEN
            ${INSERT} SELECT 1, * FROM (${edgesOf(t, 'new_rows')}) came;
          ELSIF TG_OP = 'DELETE' THEN
            ${INSERT} SELECT -1, * FROM (${edgesOf(t, 'old_rows')}) gone;
          ELSIF TG_OP = 'UPDATE' THEN
            ${INSERT}
            SELECT -1, * FROM (${edgesOf(t, 'old_rows')} EXCEPT ALL ${edgesOf(t, 'new_rows')}) gone
            UNION ALL
            SELECT 1, * FROM (${edgesOf(t, 'new_rows')} EXCEPT ALL ${edgesOf(t, 'old_rows')}) came;
          ELSE
            INSERT INTO trust_edge_change (sign) VALUES (0);
          END IF;
          RETURN NULL;
        END $$`);
      const trigger = (event: string, transition: string) => `
        CREATE TRIGGER ${t.table}_trust_edges_${event.toLowerCase()} AFTER ${event} ON ${t.table} ${transition}
        FOR EACH STATEMENT EXECUTE FUNCTION ${t.table}_trust_edges_changed()`;
      await db.query(trigger('INSERT', 'REFERENCING NEW TABLE AS new_rows'));
      await db.query(trigger('UPDATE', 'REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows'));
      await db.query(trigger('DELETE', 'REFERENCING OLD TABLE AS old_rows'));
      await db.query(trigger('TRUNCATE', ''));
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const t of EDGE_TABLES) {
      for (const event of ['insert', 'update', 'delete', 'truncate']) await db.query(`DROP TRIGGER ${t.table}_trust_edges_${event} ON ${t.table}`);
      await db.query(`DROP FUNCTION ${t.table}_trust_edges_changed()`);
    }
    await db.query(`DROP TABLE trust_edge_change`);
  }
}
