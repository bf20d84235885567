import { cellOf, COARSE_RESOLUTION, coarseCentre, randomPointIn } from '@relais/domain-geo';
import type { PolygonGeometry } from '@relais/domain-geo';
import { HelpCategory } from '@relais/domain-people';
import type { DataSource } from 'typeorm';
import { arrayLiteral, bulkInsert } from '../seed/bulk-insert';
import { draw } from '../seed/seeded-random';
import type { BenchClient } from './bench-client';
import { Latencies } from './latency';

const SIDE = 0.012; // degrees: about 1 km by 1.3 km near Lyon, far from every Paris volunteer
const ORIGIN = { lng: 4.83, lat: 45.75 };
const BOUNDARY: PolygonGeometry = {
  type: 'Polygon',
  coordinates: [[
    [ORIGIN.lng, ORIGIN.lat],
    [ORIGIN.lng + SIDE, ORIGIN.lat],
    [ORIGIN.lng + SIDE, ORIGIN.lat + SIDE],
    [ORIGIN.lng, ORIGIN.lat + SIDE],
    [ORIGIN.lng, ORIGIN.lat],
  ]],
};
const MARK = 'bench-assign';

export interface AssignmentFigures {
  requests: number;
  volunteers: number;
  previewMs: Latencies;
  assignMs: number;
  assigned: number;
  totalScore: number;
  greedyTotalScore: number;
}

/**
 * `size` OPEN requests and `size` volunteers who can all reach them, in a neighbourhood of
 * their own; times the plan (autoAssignPreview) and the real autoAssign, then removes it all
 * so that the next run starts from the same city.
 */
export async function runAssignmentScenario(api: BenchClient, db: DataSource, adminToken: string, size: number): Promise<AssignmentFigures> {
  await cleanUp(db);
  const created = await api.query<{ createNeighbourhood: { id: string } }>(
    `mutation ($input: CreateNeighbourhoodInput!) { createNeighbourhood(input: $input) { id } }`,
    { input: { name: MARK, city: MARK, boundary: JSON.stringify(BOUNDARY) } },
    adminToken,
  );
  const neighbourhoodId = created.createNeighbourhood.id;
  const d = draw(7);
  const categories = Object.values(HelpCategory);
  const people: unknown[][] = [];
  const profiles: unknown[][] = [];
  const requests: unknown[][] = [];
  for (let i = 0; i < 2 * size; i++) {
    const home = randomPointIn(BOUNDARY, d.random);
    const id = d.uuid();
    const volunteer = i < size;
    people.push([id, `${MARK}.${i}@${MARK}.test`, 'x', `Bench ${i}`, arrayLiteral([volunteer ? 'VOLUNTEER' : 'RESIDENT']), home.lat, home.lng, cellOf(home), neighbourhoodId, `B${MARK}${i}`]);
    if (volunteer) profiles.push([id, arrayLiteral(categories), 3000, 1 + d.int(3)]);
    else {
      const coarse = cellOf(home, COARSE_RESOLUTION);
      requests.push([id, id, d.pick(categories), 'Bench', home.lat, home.lng, cellOf(home), coarse, coarseCentre(coarse).lat, coarseCentre(coarse).lng, neighbourhoodId]);
    }
  }
  await bulkInsert(db, 'person', [
    { name: 'id', type: 'uuid' }, { name: 'email', type: 'text' }, { name: 'password_hash', type: 'text' }, { name: 'display_name', type: 'text' },
    { name: 'roles', type: 'text', cast: 'text[]' }, { name: 'home_lat', type: 'float8' }, { name: 'home_lng', type: 'float8' },
    { name: 'home_cell', type: 'int8' }, { name: 'neighbourhood_id', type: 'uuid' }, { name: 'referral_code', type: 'text' },
  ], people);
  await bulkInsert(db, 'volunteer_profile', [
    { name: 'person_id', type: 'uuid' }, { name: 'skills', type: 'text', cast: 'text[]' },
    { name: 'travel_radius_meters', type: 'int4' }, { name: 'max_active_requests', type: 'int4' },
  ], profiles);
  await bulkInsert(db, 'help_request', [
    { name: 'requester_id', type: 'uuid' }, { name: 'posted_by_id', type: 'uuid' }, { name: 'category', type: 'text' }, { name: 'description', type: 'text' },
    { name: 'lat', type: 'float8' }, { name: 'lng', type: 'float8' }, { name: 'cell', type: 'int8' }, { name: 'coarse_cell', type: 'int8' },
    { name: 'coarse_lat', type: 'float8' }, { name: 'coarse_lng', type: 'float8' }, { name: 'neighbourhood_id', type: 'uuid' },
  ], requests);
  await db.query('ANALYZE volunteer_profile; ANALYZE help_request');

  const previewMs = new Latencies();
  let plan = { totalScore: 0, greedyTotalScore: 0, pairs: [] as unknown[] };
  for (let run = 0; run < 5; run++) {
    const data = await previewMs.time(() =>
      api.query<{ autoAssignPreview: typeof plan }>(
        `query ($id: ID!) { autoAssignPreview(neighbourhoodId: $id) { totalScore greedyTotalScore pairs { score } } }`,
        { id: neighbourhoodId },
        adminToken,
      ),
    );
    plan = data.autoAssignPreview;
  }
  const started = performance.now();
  const assigned = await api.query<{ autoAssign: { id: string }[] }>(
    `mutation ($id: ID!) { autoAssign(neighbourhoodId: $id) { id } }`,
    { id: neighbourhoodId },
    adminToken,
  );
  const assignMs = performance.now() - started;
  await cleanUp(db);
  return {
    requests: size,
    volunteers: size,
    previewMs,
    assignMs,
    assigned: assigned.autoAssign.length,
    totalScore: plan.totalScore,
    greedyTotalScore: plan.greedyTotalScore,
  };
}

async function cleanUp(db: DataSource): Promise<void> {
  await db.query(`DELETE FROM help_request WHERE neighbourhood_id IN (SELECT id FROM neighbourhood WHERE city = $1)`, [MARK]);
  await db.query(`DELETE FROM person WHERE email LIKE $1`, [`%@${MARK}.test`]);
  await db.query(`DELETE FROM neighbourhood WHERE city = $1`, [MARK]);
}
