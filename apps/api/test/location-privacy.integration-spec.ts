import { COARSE_RESOLUTION, cellCentre, cellOf, haversineMeters, idToCell } from '@relais/domain-geo';
import type { LatLng } from '@relais/domain-geo';
import { cellToBoundary } from 'h3-js';
import { ACCEPT, GET, postRequest, signUpVolunteer } from './support/help-request-fixtures';
import type { SignedUp } from './support/people-fixtures';
import { MARAIS, signUp } from './support/people-fixtures';
import { importParis } from './support/paris-fixtures';
import type { TestApp } from './support/test-app';
import { startTestApp } from './support/test-app';

// A curious volunteer must learn no more of where a request is than its coarse cell (H3
// resolution 8), the place everyone who sees the request is shown. These tests attack the way
// the outside review did: several accounts, each figure the feed gives, trilateration.

const MATCHES = `
  query Matches { nearbyHelpRequestMatches(first: 50) {
    score distanceMeters components { name value } helpRequest { id approximateLocation { lat lng } }
  } }`;
const PROFILE = `mutation Profile($input: VolunteerProfileInput!) { updateVolunteerProfile(input: $input) { id } }`;

interface Match {
  score: number;
  distanceMeters: number;
  components: { name: string; value: number }[];
  helpRequest: { id: string; approximateLocation: LatLng };
}

/** Metres per degree, near Paris: enough to place test points. */
const M_PER_LAT = 111_195;
const M_PER_LNG = 111_195 * Math.cos((MARAIS.lat * Math.PI) / 180);
const offset = (from: LatLng, northMeters: number, eastMeters: number): LatLng => ({
  lat: from.lat + northMeters / M_PER_LAT,
  lng: from.lng + eastMeters / M_PER_LNG,
});

/** The proximity component is 1 / (1 + d / 500 m): an attacker inverts it to a distance. */
const distanceFromProximity = (value: number): number => 500 * (1 / value - 1);

/**
 * The attacker's best estimate: the point whose distances to the homes best fit those observed
 * (least squares over a 1 m grid, refined from a 20 m one).
 */
function trilaterate(homes: LatLng[], distances: number[], around: LatLng): LatLng {
  const misfit = (p: LatLng) => homes.reduce((sum, home, i) => sum + (haversineMeters(home, p) - (distances[i] as number)) ** 2, 0);
  let best = around;
  for (const [span, step] of [[1500, 20], [40, 1]] as const) {
    const centre = best;
    let bestMisfit = Number.POSITIVE_INFINITY;
    for (let n = -span; n <= span; n += step) {
      for (let e = -span; e <= span; e += step) {
        const p = offset(centre, n, e);
        const m = misfit(p);
        if (m < bestMisfit) [bestMisfit, best] = [m, p];
      }
    }
  }
  return best;
}

describe('location privacy: what a volunteer can infer of where a request is', () => {
  let test: TestApp;
  let resident: SignedUp;
  let coarseCentre: LatLng;
  /** Far from its coarse cell's centre, so that learning the cell is not learning the place. */
  let exact: LatLng;

  beforeAll(async () => {
    test = await startTestApp();
    await importParis(test, [3, 4]);
    resident = await signUp(test.api);
    const cell = cellOf(MARAIS, COARSE_RESOLUTION);
    coarseCentre = cellCentre(cell);
    // 80 % of the way from the centre to a corner.
    const corners = cellToBoundary(idToCell(cell)).map(([lat, lng]) => ({ lat, lng }));
    const towards = (corner: LatLng) => ({
      lat: coarseCentre.lat + 0.8 * (corner.lat - coarseCentre.lat),
      lng: coarseCentre.lng + 0.8 * (corner.lng - coarseCentre.lng),
    });
    exact = towards(corners[0] as LatLng);
    expect(cellOf(exact, COARSE_RESOLUTION)).toBe(cell);
  });
  afterAll(() => test.close());

  it('trilaterating the feed from four accounts finds the coarse cell, never the place', async () => {
    const posted = await postRequest(test.api, resident.token, { location: exact });
    const homes = [offset(exact, 700, 0), offset(exact, 0, 900), offset(exact, -800, -300), offset(exact, 200, -1000)];
    const proximities: number[] = [];
    const distances: number[] = [];
    for (const home of homes) {
      const volunteer = await signUpVolunteer(test.api, { location: home });
      const data = await test.api.ok<{ nearbyHelpRequestMatches: Match[] }>(MATCHES, {}, volunteer.token);
      const match = data.nearbyHelpRequestMatches.find((m) => m.helpRequest.id === posted.id);
      if (!match) throw new Error('the request should be in the feed of a volunteer 1 km away');
      proximities.push(distanceFromProximity(match.components.find((c) => c.name === 'proximity')?.value ?? Number.NaN));
      distances.push(match.distanceMeters);
    }
    const cellError = haversineMeters(exact, coarseCentre);
    expect(cellError).toBeGreaterThan(250);
    for (const observed of [proximities, distances]) {
      const estimate = trilaterate(homes, observed, coarseCentre);
      // The best estimate is the cell's centre (to the rounding of the figures), as far from the
      // place as the centre is.
      expect(haversineMeters(estimate, coarseCentre)).toBeLessThan(80);
      expect(haversineMeters(estimate, exact)).toBeGreaterThan(cellError - 80);
    }
  });

  it('two requests in one coarse cell and quartier look the same in every figure a volunteer gets', async () => {
    const volunteers = await Promise.all([offset(MARAIS, 600, 400), offset(MARAIS, -900, -200), offset(MARAIS, 100, 1200)].map((location) => signUpVolunteer(test.api, { location })));
    // The quartier is shown, and a cell may straddle two: the second place is in the first's,
    // on a ring around the cell's centre, at least 200 m from the first.
    const quartierOf = async (place: LatLng): Promise<string | undefined> =>
      (await test.db.query(`SELECT neighbourhood_id AS id FROM neighbourhood_cell WHERE cell = $1`, [cellOf(place)]))[0]?.id;
    const ring = Array.from({ length: 36 }, (_, i) => offset(coarseCentre, 300 * Math.cos((i * Math.PI) / 18), 300 * Math.sin((i * Math.PI) / 18)));
    const quartiers = await Promise.all(ring.map(quartierOf));
    const pair = ring.flatMap((p, i) => ring.map((q, j) => [i, j, p, q] as const)).find(
      ([i, j, p, q]) => quartiers[i] && quartiers[i] === quartiers[j] && haversineMeters(p, q) > 200,
    );
    if (!pair) throw new Error('no two places of the cell share a quartier');
    const a = await postRequest(test.api, resident.token, { location: pair[2], description: 'Pharmacie A' });
    const b = await postRequest(test.api, resident.token, { location: pair[3], description: 'Pharmacie B' });
    for (const volunteer of volunteers) {
      const data = await test.api.ok<{ nearbyHelpRequestMatches: Match[] }>(MATCHES, {}, volunteer.token);
      const [ma, mb] = [a.id, b.id].map((id) => data.nearbyHelpRequestMatches.find((m) => m.helpRequest.id === id));
      expect(ma).toBeDefined();
      expect({ ...mb, helpRequest: undefined }).toEqual({ ...ma, helpRequest: undefined });
      expect(mb?.helpRequest.approximateLocation).toEqual(ma?.helpRequest.approximateLocation);
    }
  });

  it('whether a request is in the feed depends on its coarse cell, not on the place', async () => {
    const posted = await postRequest(test.api, resident.token, { location: exact });
    // On the line from the cell's centre through the place, 400 m beyond the place: it reaches
    // the place but not the centre, and the request is not offered.
    const north = (exact.lat - coarseCentre.lat) * M_PER_LAT;
    const east = (exact.lng - coarseCentre.lng) * M_PER_LNG;
    const beyond = 400 / Math.hypot(north, east);
    const reachesPlaceOnly = offset(exact, north * beyond, east * beyond);
    const nearPlace = await signUpVolunteer(test.api, { location: reachesPlaceOnly });
    // Reaches the centre of the cell but not the place: it is.
    const reachesCentreOnly = offset(coarseCentre, 0, 0);
    const nearCentre = await signUpVolunteer(test.api, { location: reachesCentreOnly });
    const toPlace = haversineMeters(reachesPlaceOnly, exact);
    const toCentre = haversineMeters(reachesPlaceOnly, coarseCentre);
    await test.api.ok(PROFILE, { input: { travelRadiusMeters: Math.ceil((toPlace + toCentre) / 2) } }, nearPlace.token);
    await test.api.ok(PROFILE, { input: { travelRadiusMeters: Math.ceil(haversineMeters(coarseCentre, exact) / 2) } }, nearCentre.token);
    const ids = async (volunteer: SignedUp) =>
      (await test.api.ok<{ nearbyHelpRequestMatches: Match[] }>(MATCHES, {}, volunteer.token)).nearbyHelpRequestMatches.map((m) => m.helpRequest.id);
    expect(toPlace).toBeLessThan(toCentre);
    expect(await ids(nearPlace)).not.toContain(posted.id);
    expect(await ids(nearCentre)).toContain(posted.id);
  });

  it("a volunteer sees none of an open request's requester's private fields", async () => {
    const posted = await postRequest(test.api, resident.token, { location: exact });
    const volunteer = await signUpVolunteer(test.api, { location: offset(exact, 300, 0) });
    const query = `query Get($id: ID!) { helpRequest(id: $id) {
      address location { lat } requester { email referralCode contactConsent rankingConsent volunteerProfile { travelRadiusMeters } } } }`;
    const seen = await test.api.ok<{ helpRequest: { requester: Record<string, unknown> } & Record<string, unknown> }>(query, { id: posted.id }, volunteer.token);
    expect(seen.helpRequest).toMatchObject({ address: null, location: null });
    expect(seen.helpRequest.requester).toEqual({ email: null, referralCode: '', contactConsent: null, rankingConsent: null, volunteerProfile: null });
    // The requester still sees their own.
    const own = await test.api.ok<{ helpRequest: { requester: { referralCode: string; contactConsent: boolean } } }>(query, { id: posted.id }, resident.token);
    expect(own.helpRequest.requester.referralCode).toBe(resident.referralCode);
    expect(typeof own.helpRequest.requester.contactConsent).toBe('boolean');
  });

  it("an organiser's or ambassador's role shows only to those who may see it", async () => {
    const engaged = await signUp(test.api);
    await test.db.query(`UPDATE person SET roles = ARRAY['RESIDENT', 'ORGANISER'] WHERE id = $1`, [engaged.id]);
    const posted = await postRequest(test.api, engaged.token, { location: exact });
    const volunteer = await signUpVolunteer(test.api, { location: offset(exact, 300, 0) });
    const query = `query Get($id: ID!) { helpRequest(id: $id) { requester { roles isAmbassador } } }`;
    const seen = await test.api.ok<{ helpRequest: { requester: { roles: string[] } } }>(query, { id: posted.id }, volunteer.token);
    expect(seen.helpRequest.requester).toEqual({ roles: ['RESIDENT'], isAmbassador: false });
    const own = await test.api.ok<{ helpRequest: { requester: { roles: string[] } } }>(query, { id: posted.id }, engaged.token);
    expect(own.helpRequest.requester.roles).toEqual(['RESIDENT', 'ORGANISER']);
  });

  it("the requester sees the assignee's name, not their referral code, consents or profile", async () => {
    const posted = await postRequest(test.api, resident.token, { location: exact });
    const volunteer = await signUpVolunteer(test.api, { location: offset(exact, 300, 0) });
    await test.api.ok(ACCEPT, { id: posted.id }, volunteer.token);
    const query = `query Get($id: ID!) { helpRequest(id: $id) { assignee { id displayName email referralCode contactConsent rankingConsent volunteerProfile { travelRadiusMeters } } } }`;
    const seen = await test.api.ok<{ helpRequest: { assignee: Record<string, unknown> } }>(query, { id: posted.id }, resident.token);
    expect(seen.helpRequest.assignee).toMatchObject({ id: volunteer.id, email: null, referralCode: '', contactConsent: null, rankingConsent: null, volunteerProfile: null });
    expect((await test.api.ok<{ helpRequest: { id: string } }>(GET, { id: posted.id }, resident.token)).helpRequest.id).toBe(posted.id);
  });
});
