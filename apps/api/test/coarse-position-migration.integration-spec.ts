import { COARSE_RESOLUTION, cellCentre, cellOf } from '@relais/domain-geo';
import { postRequest } from './support/help-request-fixtures';
import { rerunMigration } from './support/migration-fixtures';
import { MARAIS, signUp } from './support/people-fixtures';
import { importParis } from './support/paris-fixtures';
import type { TestApp } from './support/test-app';
import { startTestApp } from './support/test-app';

/** The migration that stored each request's public position, run down and up over requests posted before it. */
describe('coarse position migration', () => {
  let test: TestApp;

  beforeAll(async () => {
    test = await startTestApp();
    await importParis(test, [3]);
  });
  afterAll(() => test.close());

  it('gives every request the centre of its coarse cell, and the feed its index', async () => {
    const resident = await signUp(test.api);
    const places = [MARAIS, { lat: 48.8655, lng: 2.3588 }, { lat: 48.8599, lng: 2.3642 }];
    for (const location of places) await postRequest(test.api, resident.token, { location });
    await rerunMigration(test, 'CoarsePosition1765600000000');
    const rows: { coarse_cell: string; coarse_lat: number; coarse_lng: number; lat: number; lng: number }[] = await test.db.query(
      `SELECT coarse_cell::text, coarse_lat, coarse_lng, lat, lng FROM help_request ORDER BY created_at`,
    );
    expect(rows).toHaveLength(places.length);
    for (const row of rows) {
      expect(row.coarse_cell).toBe(cellOf(row, COARSE_RESOLUTION));
      expect({ lat: row.coarse_lat, lng: row.coarse_lng }).toEqual(cellCentre(row.coarse_cell));
    }
    const indexes: { indexname: string }[] = await test.db.query(`SELECT indexname FROM pg_indexes WHERE tablename = 'help_request' AND indexname LIKE '%position%'`);
    expect(indexes.map((i) => i.indexname)).toEqual(['help_request_open_coarse_position_idx']);
  });
});
