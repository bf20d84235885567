import { cellOf, frenchQuartierName, interiorPoint } from '@relais/domain-geo';
import { Role } from '@relais/domain-people';
import { count, makeAdmin, signUp } from './support/people-fixtures';
import { errorCode, errorMessage } from './support/graphql-client';
import { NeighbourhoodsService, importFeatureCollection } from '@relais/server-neighbourhoods';
import { readFileSync } from 'node:fs';
import { PARIS_FILE, importParis, parisFeatures } from './support/paris-fixtures';
import type { TestApp } from './support/test-app';
import { startTestApp } from './support/test-app';

const CREATE = `
  mutation Create($input: CreateNeighbourhoodInput!) {
    createNeighbourhood(input: $input) { id name city code }
  }`;
const AT = `query At($location: LatLngInput!) { neighbourhoodAt(location: $location) { id name city } }`;

// A square of about 1 km in Montreuil, just outside Paris's quartiers.
const square = (lng = 2.45, lat = 48.855, size = 0.01) =>
  JSON.stringify({
    type: 'Polygon',
    coordinates: [[[lng, lat], [lng + size, lat], [lng + size, lat + size], [lng, lat + size], [lng, lat]]],
  });

describe('neighbourhoods', () => {
  let test: TestApp;
  let adminToken: string;

  beforeAll(async () => {
    test = await startTestApp();
    await importParis(test);
    adminToken = (await makeAdmin(test.api, test.db)).token;
  });
  afterAll(() => test.close());

  it('lists the 80 quartiers of Paris', async () => {
    const data = await test.api.ok<{ neighbourhoods: { name: string; city: string }[] }>(`{ neighbourhoods { name city } }`);
    expect(data.neighbourhoods).toHaveLength(80);
    expect(data.neighbourhoods.every((n) => n.city === 'Paris')).toBe(true);
  });

  it("maps every quartier's own interior point to that quartier", async () => {
    const misses: string[] = [];
    for (const feature of parisFeatures()) {
      const point = interiorPoint(feature.geometry);
      const data = await test.api.ok<{ neighbourhoodAt: { name: string } | null }>(AT, { location: point });
      // Stored under its French name (« Épinettes » for the file's « Epinettes »).
      if (data.neighbourhoodAt?.name !== frenchQuartierName('Paris', feature.properties.name)) misses.push(feature.properties.name);
    }
    expect(misses).toEqual([]);
  });

  it.each([
    ['Versailles', { lat: 48.8049, lng: 2.1204 }],
    ['Lyon', { lat: 45.764, lng: 4.8357 }],
    ['the middle of the Atlantic', { lat: 40, lng: -40 }],
  ])('maps a point in %s to no neighbourhood', async (_where, location) => {
    const data = await test.api.ok<{ neighbourhoodAt: unknown }>(AT, { location });
    expect(data.neighbourhoodAt).toBeNull();
  });

  it('refuses an impossible location', async () => {
    const result = await test.api.request(AT, { location: { lat: 91, lng: 2 } });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(errorMessage(result)).toMatch(/location/);
  });

  it('looks a point up through its indexed cell', async () => {
    const plan: { 'QUERY PLAN': string }[] = await test.db.query(
      'EXPLAIN SELECT neighbourhood_id FROM neighbourhood_cell WHERE cell = $1',
      [cellOf({ lat: 48.8625, lng: 2.3615 })],
    );
    expect(plan.map((row) => row['QUERY PLAN']).join('\n')).toMatch(/Index (Only )?Scan using neighbourhood_cell_pkey/);
  });

  it('knows which quartiers touch', async () => {
    const data = await test.api.ok<{ neighbourhoods: { name: string; adjacent: { name: string }[] }[] }>(
      `{ neighbourhoods { name adjacent { name } } }`,
    );
    const adjacent = (name: string) => data.neighbourhoods.find((n) => n.name === name)?.adjacent.map((a) => a.name) ?? [];
    // Both in the 3rd arrondissement, sharing rue de Bretagne's side.
    expect(adjacent('Enfants-Rouges')).toContain('Archives');
    expect(adjacent('Archives')).toContain('Enfants-Rouges');
    // The 16th and the 20th are on opposite sides of Paris.
    expect(adjacent('Auteuil')).not.toContain('Charonne');
    expect(data.neighbourhoods.every((n) => n.adjacent.length > 0)).toBe(true);
  });

  it("imports Toulouse's 20 quartiers, and skips them when imported again", async () => {
    const toulouse = JSON.parse(readFileSync(PARIS_FILE.replace('paris-quartiers', 'toulouse-quartiers'), 'utf8'));
    const service = test.app.get(NeighbourhoodsService);
    expect(await importFeatureCollection(service, toulouse)).toEqual({ created: 20, skipped: 0, failed: [] });
    expect(await importFeatureCollection(service, toulouse)).toEqual({ created: 0, skipped: 20, failed: [] });
    const capitole = await test.api.ok<{ neighbourhoodAt: { city: string } }>(AT, { location: { lat: 43.6045, lng: 1.4442 } });
    expect(capitole.neighbourhoodAt.city).toBe('Toulouse');
  });

  describe('createNeighbourhood', () => {
    it('lets an admin create one, covered by cells so its points map to it', async () => {
      const data = await test.api.ok<{ createNeighbourhood: { id: string; name: string; city: string } }>(
        CREATE,
        { input: { name: 'Bas-Montreuil', city: 'Montreuil', boundary: square() } },
        adminToken,
      );
      expect(data.createNeighbourhood).toMatchObject({ name: 'Bas-Montreuil', city: 'Montreuil' });
      const at = await test.api.ok<{ neighbourhoodAt: { id: string } }>(AT, { location: { lat: 48.86, lng: 2.455 } });
      expect(at.neighbourhoodAt.id).toBe(data.createNeighbourhood.id);
    });

    it('places people who already lived there in the new neighbourhood', async () => {
      const home = { lat: 48.3, lng: 2.7 };
      const person = await signUp(test.api, { location: home, role: Role.VOLUNTEER, skills: ['ERRANDS'] });
      const before = await test.api.ok<{ me: { neighbourhood: unknown } }>(`{ me { neighbourhood { id } } }`, {}, person.token);
      expect(before.me.neighbourhood).toBeNull();
      const created = await test.api.ok<{ createNeighbourhood: { id: string } }>(
        CREATE,
        { input: { name: 'Fontainebleau', city: 'Fontainebleau', boundary: square(2.69, 48.29, 0.02) } },
        adminToken,
      );
      const after = await test.api.ok<{ me: { neighbourhood: { name: string } } }>(`{ me { neighbourhood { name } } }`, {}, person.token);
      expect(after.me.neighbourhood.name).toBe('Fontainebleau');
      // Matching reads the quartier from the volunteer's profile: it follows too.
      const [profile] = await test.db.query(`SELECT neighbourhood_id, home_lat, home_lng FROM volunteer_profile WHERE person_id = $1`, [person.id]);
      expect(profile).toEqual({ neighbourhood_id: created.createNeighbourhood.id, home_lat: home.lat, home_lng: home.lng });
    });

    it.each([
      ['no token', null, 'UNAUTHENTICATED'],
      ['a resident', Role.RESIDENT, 'FORBIDDEN'],
      ['a volunteer', Role.VOLUNTEER, 'FORBIDDEN'],
    ])('refuses %s and changes nothing', async (_who, role, code) => {
      const token = role ? (await signUp(test.api, { role })).token : null;
      const before = await count(test.db, 'neighbourhood');
      const result = await test.api.request(CREATE, { input: { name: 'Nope', city: 'Paris', boundary: square(2.5, 48.9) } }, token);
      expect(errorCode(result)).toBe(code);
      expect(await count(test.db, 'neighbourhood')).toBe(before);
    });

    it('refuses an organiser, who organises but does not draw the map', async () => {
      const organiser = await signUp(test.api);
      await test.db.query(`UPDATE person SET roles = $1 WHERE id = $2`, [[Role.ORGANISER], organiser.id]);
      const result = await test.api.request(CREATE, { input: { name: 'Nope', city: 'Paris', boundary: square(2.5, 48.9) } }, organiser.token);
      expect(errorCode(result)).toBe('FORBIDDEN');
    });

    const ring = (coordinates: unknown) => JSON.stringify({ type: 'Polygon', coordinates });
    it.each([
      ['text that is not JSON', { boundary: '{"type": "Polygon"' }, /boundary is not valid JSON/],
      ['a point', { boundary: JSON.stringify({ type: 'Point', coordinates: [2.3, 48.8] }) }, /boundary must be a Polygon or MultiPolygon/],
      ['a ring that is not closed', { boundary: ring([[[2.5, 48.9], [2.51, 48.9], [2.51, 48.91], [2.5, 48.91]]]) }, /boundary .*not closed/],
      ['a ring of three positions', { boundary: ring([[[2.5, 48.9], [2.51, 48.9], [2.5, 48.9]]]) }, /boundary .*at least 4 positions/],
      ['a longitude out of range', { boundary: ring([[[200, 48.9], [2.51, 48.9], [2.51, 48.91], [200, 48.9]]]) }, /boundary .*invalid longitude/],
      ['a latitude out of range', { boundary: ring([[[2.5, 98.9], [2.51, 48.9], [2.51, 48.91], [2.5, 98.9]]]) }, /boundary .*invalid latitude/],
      ['a bow tie', { boundary: ring([[[2.5, 48.9], [2.52, 48.92], [2.52, 48.9], [2.5, 48.92], [2.5, 48.9]]]) }, /boundary .*intersects itself/],
      ['a box of 10° by 10°, a country', { boundary: square(-5, 40, 10) }, /boundary spans 10\.00° by 10\.00°, more than 0\.5°/],
      ['a box of 0.3°, a département', { boundary: square(2.5, 48.9, 0.3) }, /boundary covers \d+ km², more than 50 km²/],
      ['an empty name', { name: '  ' }, /name must have 1 to 200 characters/],
      ['an empty city', { city: '' }, /city must have 1 to 200 characters/],
      ['a name taken in that city', { name: 'Archives' }, /name is already used/],
      ['an area that overlaps a quartier', { name: 'Le Marais', boundary: square(2.355, 48.855, 0.012) }, /boundary overlaps .*(Archives|Saint-Gervais)/],
    ])('refuses %s with BAD_USER_INPUT and changes nothing', async (_what, input, message) => {
      const before = [await count(test.db, 'neighbourhood'), await count(test.db, 'neighbourhood_cell')];
      const result = await test.api.request(
        CREATE,
        { input: { name: 'Nouveau', city: 'Paris', boundary: square(2.5, 48.9), ...input } },
        adminToken,
      );
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(errorMessage(result)).toMatch(message);
      expect([await count(test.db, 'neighbourhood'), await count(test.db, 'neighbourhood_cell')]).toEqual(before);
    });

    it('refuses a boundary too large before it takes the lock on the cells or computes any', async () => {
      // Another transaction holds the cell table: a check made after LOCK TABLE would wait for it.
      const holder = test.db.createQueryRunner();
      await holder.startTransaction();
      try {
        await holder.query('LOCK TABLE neighbourhood_cell IN ACCESS EXCLUSIVE MODE');
        const result = await test.api.request(CREATE, { input: { name: 'Pays', city: 'Europe', boundary: square(-5, 40, 10) } }, adminToken);
        expect(errorCode(result)).toBe('BAD_USER_INPUT');
        expect(result.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'boundary' })]);
      } finally {
        await holder.rollbackTransaction();
        await holder.release();
      }
    });

    it('imports the quartiers of a file and reports one too large, naming it', async () => {
      const feature = (name: string, boundary: string) => ({ type: 'Feature', properties: { name, city: 'Essonne' }, geometry: JSON.parse(boundary) });
      const result = await importFeatureCollection(test.app.get(NeighbourhoodsService), {
        type: 'FeatureCollection',
        features: [feature('Tout le département', square(2.0, 48.3, 0.4)), feature('Évry-Centre', square(2.43, 48.62, 0.01))],
      });
      expect(result).toEqual({ created: 1, skipped: 0, failed: [{ name: 'Tout le département', reason: expect.stringMatching(/covers \d+ km², more than 50 km²/) }] });
    });
  });
});
