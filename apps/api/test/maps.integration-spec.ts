import type { NeighbourhoodFigures } from '@relais/server-maps';
import type { MapConfig } from '@relais/server-shared';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { errorCode } from './support/graphql-client';
import { makeOrganiser, postRequest, signUpVolunteer } from './support/help-request-fixtures';
import { importParis, neighbourhoodIdsByName } from './support/paris-fixtures';
import type { SignedUp } from './support/people-fixtures';
import { makeAdmin, signUp } from './support/people-fixtures';
import type { TestApp } from './support/test-app';
import { startTestApp } from './support/test-app';

const FIGURES = `{ neighbourhoodFigures { neighbourhoodId residents volunteers volunteersPerThousand openNeeds staleNeeds rankedVolunteers ambassadors recruitingNeed } }`;
const SETTINGS = `{ mapSettings { styleUrl addressSearch } }`;
const GEOCODE = `query Geocode($text: String!) { geocode(text: $text) { status matches { label location { lat lng } } } }`;
/** In Sainte-Marguerite (11e), away from the Marais. */
const ELSEWHERE = { lat: 48.8535, lng: 2.3895 };

type Figures = NeighbourhoodFigures;

interface GeocodeAnswer {
  geocode: { status: string; matches: { label: string; location: { lat: number; lng: number } }[] };
}

function banFeature(label: string, lng: number, lat: number) {
  return { type: 'Feature', geometry: { type: 'Point', coordinates: [lng, lat] }, properties: { label, score: 0.9, type: 'housenumber' } };
}

/** A stand-in for api-adresse.data.gouv.fr over real HTTP: what it was asked, and BAN's answer format. */
async function startBan(): Promise<{ server: Server; url: string; asked: URL[]; delayMs: { value: number } }> {
  const asked: URL[] = [];
  const delayMs = { value: 0 };
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://ban.test');
    asked.push(url);
    const answer = {
      type: 'FeatureCollection',
      version: 'draft',
      query: url.searchParams.get('q'),
      features: [
        banFeature('12 Rue de Bretagne 75003 Paris', 2.3615, 48.8625),
        banFeature('12 Rue de Bretagne 69001 Lyon', 4.8357, 45.764),
        banFeature('Rue de Bretagne 75003 Paris', 2.362, 48.863),
      ],
    };
    setTimeout(() => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(answer));
    }, delayMs.value);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, asked, delayMs };
}

function cspOf(baseUrl: string): Promise<Record<string, string[]>> {
  return new Promise((resolve, reject) => {
    httpRequest(new URL('/healthz', baseUrl), (res) => {
      res.resume();
      const header = String(res.headers['content-security-policy'] ?? '');
      resolve(Object.fromEntries(header.split(';').map((part) => part.trim().split(/\s+/)).map(([name, ...values]) => [name as string, values])));
    })
      .on('error', reject)
      .end();
  });
}

describe('maps: the city figures, the basemap setting and the address search', () => {
  let test: TestApp;
  let here: string;
  let there: string;
  let organiser: SignedUp;
  let admin: SignedUp;
  let volunteer: SignedUp;
  let ban: Awaited<ReturnType<typeof startBan>>;

  beforeAll(async () => {
    ban = await startBan();
    const maps: MapConfig = { styleUrl: 'https://tiles.example.org/styles/liberty', geocoder: { kind: 'ban', url: ban.url } };
    test = await startTestApp({ maps });
    await importParis(test, [3, 11]);
    const ids = await neighbourhoodIdsByName(test);
    here = ids['Enfants-Rouges'] as string;
    there = ids['Sainte-Marguerite'] as string;
    // Living in the Marais (Enfants-Rouges): the organiser, the admin, three residents, two volunteers (one paused).
    organiser = await makeOrganiser(test.api, test.db, [here]);
    admin = await makeAdmin(test.api, test.db);
    const residents = [await signUp(test.api), await signUp(test.api), await signUp(test.api)];
    volunteer = await signUpVolunteer(test.api);
    const paused = await signUpVolunteer(test.api);
    await test.db.query(`UPDATE volunteer_profile SET active = false WHERE person_id = $1`, [paused.id]);
    const away = await signUpVolunteer(test.api, { location: ELSEWHERE });
    const posted = [];
    for (const resident of residents) posted.push(await postRequest(test.api, resident.token));
    // One need waits since three days: unmatched for more than 48 hours.
    await test.db.query(`UPDATE help_request SET created_at = now() - interval '3 days' WHERE id = $1`, [posted[0]?.id]);
    await test.db.query(
      `INSERT INTO leader_score (neighbourhood_id, person_id, rank, score, component_values, component_weights,
         window_days, helps, distinct_residents, ratings, endorsements, recruits, computed_at)
       SELECT n, p, 1, 0.5, '{0.5}', '{1}', 60, 1, 1, 0, 0, 0, now() FROM (VALUES ($1::uuid, $2::uuid), ($3::uuid, $4::uuid)) AS s (n, p)`,
      [here, volunteer.id, there, away.id],
    );
    await test.db.query(`INSERT INTO ambassador (person_id, neighbourhood_id) VALUES ($1, $2)`, [volunteer.id, here]);
    await test.db.query(`INSERT INTO ambassador (person_id, neighbourhood_id, demoted_at, demotion_reason) VALUES ($1, $2, now(), 'moved away')`, [
      paused.id,
      here,
    ]);
  });
  afterAll(async () => {
    await test?.close();
    await new Promise((resolve) => ban?.server.close(resolve));
  });

  describe('neighbourhoodFigures', () => {
    it("gives an organiser their own quartier's figures, and no other quartier's", async () => {
      const { neighbourhoodFigures } = await test.api.ok<{ neighbourhoodFigures: Figures[] }>(FIGURES, {}, organiser.token);
      expect(neighbourhoodFigures).toEqual([
        {
          neighbourhoodId: here,
          residents: 7,
          volunteers: 1,
          volunteersPerThousand: 1000 / 7,
          openNeeds: 3,
          staleNeeds: 1,
          rankedVolunteers: 1,
          ambassadors: 1,
          // (3 open + 1 stale) for (1 volunteer + 1)
          recruitingNeed: 2,
        },
      ]);
    });

    it('gives ADMIN every quartier, those without anyone included', async () => {
      const { neighbourhoodFigures } = await test.api.ok<{ neighbourhoodFigures: Figures[] }>(FIGURES, {}, admin.token);
      const [{ count }] = await test.db.query(`SELECT count(*)::int AS count FROM neighbourhood`);
      expect(neighbourhoodFigures).toHaveLength(count);
      const elsewhere = neighbourhoodFigures.find((row) => row.neighbourhoodId === there);
      expect(elsewhere).toMatchObject({ residents: 1, volunteers: 1, openNeeds: 0, rankedVolunteers: 1, ambassadors: 0, recruitingNeed: 0 });
      const empty = neighbourhoodFigures.filter((row) => row.neighbourhoodId !== here && row.neighbourhoodId !== there);
      expect(empty.length).toBeGreaterThan(0);
      expect(empty.every((row) => row.residents === 0 && row.volunteersPerThousand === null && row.openNeeds === 0)).toBe(true);
    });

    it('gives an organiser of no quartier nothing, and refuses volunteers and strangers', async () => {
      const unscoped = await makeOrganiser(test.api, test.db, []);
      expect((await test.api.ok<{ neighbourhoodFigures: Figures[] }>(FIGURES, {}, unscoped.token)).neighbourhoodFigures).toEqual([]);
      expect(errorCode(await test.api.request(FIGURES, {}, volunteer.token))).toBe('FORBIDDEN');
      expect(errorCode(await test.api.request(FIGURES, {}))).toBe('UNAUTHENTICATED');
    });
  });

  describe('mapSettings and the page policy', () => {
    it('tells anyone the basemap style and that addresses can be searched', async () => {
      expect(await test.api.ok(SETTINGS)).toEqual({ mapSettings: { styleUrl: 'https://tiles.example.org/styles/liberty', addressSearch: true } });
    });

    it("lets the page reach the style's origin for data and images, and run MapLibre's worker, nothing more", async () => {
      const policy = await cspOf(test.baseUrl);
      expect(policy['connect-src']?.filter((source) => !source.startsWith('ws'))).toEqual(["'self'", 'https://tiles.example.org']);
      expect(policy['img-src']).toEqual(["'self'", 'data:', 'https://tiles.example.org']);
      expect(policy['worker-src']).toEqual(['blob:']);
      expect(policy['child-src']).toEqual(['blob:']);
      expect(policy['script-src']).toEqual(["'self'"]);
    });
  });

  describe('geocode', () => {
    it('asks the address service from the server and keeps the matches inside the city', async () => {
      const before = ban.asked.length;
      const { geocode } = await test.api.ok<GeocodeAnswer>(GEOCODE, { text: '  12 rue de Bretagne ' }, volunteer.token);
      expect(geocode.status).toBe('OK');
      expect(geocode.matches).toEqual([
        { label: '12 Rue de Bretagne 75003 Paris', location: { lat: 48.8625, lng: 2.3615 } },
        { label: 'Rue de Bretagne 75003 Paris', location: { lat: 48.863, lng: 2.362 } },
      ]);
      const asked = ban.asked[before] as URL;
      expect(asked.pathname).toBe('/search/');
      expect(asked.searchParams.get('q')).toBe('12 rue de Bretagne');
      // Near the middle of the city's quartiers (3e and 11e here).
      expect(Number(asked.searchParams.get('lat'))).toBeCloseTo(48.86, 1);
      expect(Number(asked.searchParams.get('lon'))).toBeCloseTo(2.37, 1);
    });

    it('refuses texts too short to mean an address, without asking the service', async () => {
      const before = ban.asked.length;
      expect(errorCode(await test.api.request(GEOCODE, { text: ' 1 ' }, volunteer.token))).toBe('BAD_USER_INPUT');
      expect(ban.asked.length).toBe(before);
    });

    it('says the service is unavailable when it does not answer within 3 seconds', async () => {
      ban.delayMs.value = 4000;
      try {
        const { geocode } = await test.api.ok<GeocodeAnswer>(GEOCODE, { text: 'rue de Turenne' }, organiser.token);
        expect(geocode).toEqual({ status: 'UNAVAILABLE', matches: [] });
      } finally {
        ban.delayMs.value = 0;
      }
    });

    it('lets one person search 20 times a minute, then says to wait', async () => {
      const person = await signUp(test.api);
      for (let i = 0; i < 20; i++) await test.api.ok(GEOCODE, { text: `rue ${i}` }, person.token);
      const refused = await test.api.request(GEOCODE, { text: 'rue 21' }, person.token);
      expect(errorCode(refused)).toBe('FORBIDDEN');
      expect(refused.errors?.[0]?.extensions?.['reason']).toBe('TOO_MANY_ATTEMPTS');
      // Someone else is not held back.
      expect((await test.api.ok<GeocodeAnswer>(GEOCODE, { text: 'rue de Bretagne' }, admin.token)).geocode.status).toBe('OK');
    });

    it('lets someone signing up search too, counted by their address', async () => {
      // Everyone here calls from 127.0.0.1: 20 anonymous searches use that address's minute.
      for (let i = 0; i < 20; i++) expect((await test.api.ok<GeocodeAnswer>(GEOCODE, { text: `rue ${i}` })).geocode.status).toBe('OK');
      const refused = await test.api.request(GEOCODE, { text: 'rue 21' });
      expect(refused.errors?.[0]?.extensions?.['reason']).toBe('TOO_MANY_ATTEMPTS');
      // A signed-in person from the same address is counted as themself.
      expect((await test.api.ok<GeocodeAnswer>(GEOCODE, { text: 'rue de Bretagne' }, organiser.token)).geocode.status).toBe('OK');
    });
  });

  describe('with GEOCODER=off and no basemap', () => {
    let offline: TestApp;
    beforeAll(async () => {
      offline = await startTestApp({ sameDatabaseAs: test, maps: { styleUrl: null, geocoder: { kind: 'off', url: null } } });
    });
    afterAll(() => offline?.close());

    it('says so, asks nobody, and lets the page reach no map server', async () => {
      const before = ban.asked.length;
      expect(await offline.api.ok(SETTINGS)).toEqual({ mapSettings: { styleUrl: null, addressSearch: false } });
      expect(await offline.api.ok(GEOCODE, { text: 'rue de Bretagne' }, volunteer.token)).toEqual({ geocode: { status: 'OFF', matches: [] } });
      expect(ban.asked.length).toBe(before);
      const policy = await cspOf(offline.baseUrl);
      expect(policy['img-src']).toEqual(["'self'", 'data:']);
      expect(policy['worker-src']).toEqual(['blob:']);
    });
  });
});
