import { cellToLatLng } from 'h3-js';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A request's public position, the centre of its coarse cell, stored and indexed: a volunteer's
 * feed finds the OPEN requests in reach of that centre (not of the place, which they may not
 * know) through a GiST index on it, instead of widening the search around exact positions by the
 * most a place lies from its centre and scoring two and a quarter times the rows. It replaces the
 * index on exact positions of OPEN requests, which only the feed used.
 */
export class CoarsePosition1765600000000 implements MigrationInterface {
  name = 'CoarsePosition1765600000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE help_request ADD COLUMN coarse_lat double precision, ADD COLUMN coarse_lng double precision`);
    // A city has a few hundred coarse cells: their centres are computed here, once each. (h3-js
    // itself: migrations also run where the workspace's path aliases do not, as in Jest's setup.)
    const cells: { cell: string }[] = await db.query(`SELECT DISTINCT coarse_cell::text AS cell FROM help_request`);
    const centres = cells.map(({ cell }) => {
      const [lat, lng] = cellToLatLng(BigInt(cell).toString(16));
      return { lat, lng };
    });
    await db.query(
      `UPDATE help_request h SET coarse_lat = c.lat, coarse_lng = c.lng
       FROM unnest($1::bigint[], $2::float8[], $3::float8[]) AS c (cell, lat, lng) WHERE h.coarse_cell = c.cell`,
      [cells.map((c) => c.cell), centres.map((c) => c.lat), centres.map((c) => c.lng)],
    );
    await db.query(`ALTER TABLE help_request ALTER COLUMN coarse_lat SET NOT NULL, ALTER COLUMN coarse_lng SET NOT NULL`);
    await db.query(`ALTER TABLE help_request ADD COLUMN coarse_position point NOT NULL GENERATED ALWAYS AS (point(coarse_lng, coarse_lat)) STORED`);
    await db.query(`CREATE INDEX help_request_open_coarse_position_idx ON help_request USING gist (coarse_position) WHERE status = 'OPEN'`);
    await db.query(`DROP INDEX help_request_open_position_idx`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX help_request_open_position_idx ON help_request USING gist (position) WHERE status = 'OPEN'`);
    await db.query(`ALTER TABLE help_request DROP COLUMN coarse_position, DROP COLUMN coarse_lat, DROP COLUMN coarse_lng`);
  }
}
