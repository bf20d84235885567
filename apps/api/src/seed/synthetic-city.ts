import { fakerFR as faker } from '@faker-js/faker';
import type { AreaGeometry } from '@relais/domain-geo';
import { hashPassword } from '@relais/server-auth';
import { LeaderScoresService } from '@relais/server-leaders';
import { NeighbourhoodsService, importFeatureCollection } from '@relais/server-neighbourhoods';
import type { INestApplicationContext } from '@nestjs/common';
import { readFile } from 'node:fs/promises';
import type { DataSource } from 'typeorm';
import { draw } from './seeded-random';
import type { Quartier } from './synthetic-people';
import { SYNTHETIC_DOMAIN, SYNTHETIC_PASSWORD, insertPeople } from './synthetic-people';
import { insertRequests } from './synthetic-requests';

export interface SyntheticOptions {
  residents: number;
  volunteers: number;
  openRequests: number;
  history: number;
  /** Requests held right now (ASSIGNED). */
  assigned: number;
  seed: number;
  /** Remove an earlier synthetic city first. */
  replace: boolean;
  neighbourhoodsFile: string;
}

export const BENCH_ADMIN = `bench-admin@${SYNTHETIC_DOMAIN}`;

/**
 * A synthetic city on the real Paris quartiers, the same for the same seed: people placed
 * evenly, a year of help, open needs. Its accounts share one password and one e-mail domain,
 * so they can be told apart from real ones and removed.
 */
export async function loadSyntheticCity(app: INestApplicationContext, db: DataSource, options: SyntheticOptions, log: (line: string) => void): Promise<void> {
  const started = Date.now();
  const step = (what: string) => log(`  ${what} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  const existing: { n: number }[] = await db.query(`SELECT count(*)::int AS n FROM person WHERE email LIKE $1`, [`%@${SYNTHETIC_DOMAIN}`]);
  if (existing[0]?.n) {
    if (!options.replace) throw new Error(`a synthetic city is already loaded (${existing[0].n} people); pass --replace to load it again`);
    // Their requests first: an ASSIGNED request may not lose its assignee to ON DELETE SET NULL.
    await db.query(
      `DELETE FROM help_request WHERE requester_id IN (SELECT id FROM person WHERE email LIKE $1) OR assignee_id IN (SELECT id FROM person WHERE email LIKE $1)`,
      [`%@${SYNTHETIC_DOMAIN}`],
    );
    await db.query(`DELETE FROM person WHERE email LIKE $1`, [`%@${SYNTHETIC_DOMAIN}`]);
    step('removed the earlier synthetic city');
  }
  const imported = await importFeatureCollection(app.get(NeighbourhoodsService), JSON.parse(await readFile(options.neighbourhoodsFile, 'utf8')));
  step(`quartiers: ${imported.created} imported, ${imported.skipped} already there`);

  const quartierRows: { id: string; boundary: AreaGeometry; cells: number }[] = await db.query(
    `SELECT n.id, n.boundary, count(c.cell)::int AS cells FROM neighbourhood n JOIN neighbourhood_cell c ON c.neighbourhood_id = n.id
     WHERE n.city = 'Paris' GROUP BY n.id ORDER BY n.name`,
  );
  const quartiers: Quartier[] = quartierRows;
  const owners: { cell: string; id: string }[] = await db.query(`SELECT cell::text, neighbourhood_id AS id FROM neighbourhood_cell`);
  const cellOwner = new Map(owners.map((o) => [o.cell, o.id]));

  faker.seed(options.seed);
  const d = draw(options.seed);
  const passwordHash = await hashPassword(SYNTHETIC_PASSWORD);
  const people = await insertPeople(db, d, quartiers, cellOwner, options, passwordHash);
  step(`${options.residents} residents and ${options.volunteers} volunteers`);
  await insertRequests(db, d, people, { history: options.history, open: options.openRequests, assigned: options.assigned });
  step(`${options.history} requests of history, ${options.assigned} held now, ${options.openRequests} open`);
  await db.query(
    `INSERT INTO person (email, password_hash, display_name, roles, home_lat, home_lng, home_cell, referral_code)
     SELECT $1, $2, 'Bench Admin', ARRAY['ADMIN'], home_lat, home_lng, home_cell, 'YBENCHADM' FROM person WHERE email LIKE $3 LIMIT 1`,
    [BENCH_ADMIN, passwordHash, `%@${SYNTHETIC_DOMAIN}`],
  );
  // The counters were rebuilt in one UPDATE: reclaim the old row versions and refresh statistics.
  await db.query('VACUUM (ANALYZE)');
  step('vacuumed and analysed');
  // Leaders as the nightly job would leave them; the marks the bulk load left are then moot.
  const leaders = await app.get(LeaderScoresService).refreshAll();
  await db.query(`DELETE FROM leader_refresh_due`);
  step(`leader scores: ${leaders.ranked} volunteers ranked in ${leaders.neighbourhoods} neighbourhoods`);
}
