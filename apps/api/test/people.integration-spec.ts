import { Role } from '@relais/domain-people';
import { errorCode, errorMessage } from './support/graphql-client';
import { count, makeAdmin, signUp } from './support/people-fixtures';
import type { SignedUp } from './support/people-fixtures';
import { importParis, neighbourhoodIdsByName } from './support/paris-fixtures';
import type { TestApp } from './support/test-app';
import { startTestApp } from './support/test-app';

const GRANT = `
  mutation Grant($personId: ID!, $ids: [ID!]!) {
    grantOrganiser(personId: $personId, neighbourhoodIds: $ids) { id roles organiserOf { name } }
  }`;
const PEOPLE = `
  query People($search: String, $neighbourhoodId: ID, $first: Int, $offset: Int) {
    people(search: $search, neighbourhoodId: $neighbourhoodId, first: $first, offset: $offset) {
      totalCount items { id displayName email neighbourhood { name } }
    }
  }`;
const UPDATE = `
  mutation Update($input: VolunteerProfileInput!) {
    updateVolunteerProfile(input: $input) { id volunteerProfile { skills travelRadiusMeters maxActiveRequests active } }
  }`;

// Inside Archives and Sainte-Marguerite (11e), far apart.
const ARCHIVES = { lat: 48.8595, lng: 2.3585 };
const SAINTE_MARGUERITE = { lat: 48.8535, lng: 2.3895 };

describe('people: organiser grants, scoped lists, volunteer profiles', () => {
  let test: TestApp;
  let admin: SignedUp;
  let ids: Record<string, string>;

  beforeAll(async () => {
    test = await startTestApp();
    await importParis(test, [3, 11]);
    admin = await makeAdmin(test.api, test.db);
    ids = await neighbourhoodIdsByName(test);
  });
  afterAll(() => test.close());

  describe('grantOrganiser', () => {
    it('lets an admin make someone organiser of neighbourhoods, adding to earlier grants', async () => {
      const person = await signUp(test.api);
      await test.api.ok(GRANT, { personId: person.id, ids: [ids['Archives']] }, admin.token);
      const data = await test.api.ok<{ grantOrganiser: { roles: string[]; organiserOf: { name: string }[] } }>(
        GRANT,
        { personId: person.id, ids: [ids['Sainte-Avoie'], ids['Archives']] },
        admin.token,
      );
      expect(data.grantOrganiser.roles).toEqual(['RESIDENT', 'ORGANISER']);
      expect(data.grantOrganiser.organiserOf.map((n) => n.name).sort()).toEqual(['Archives', 'Sainte-Avoie']);
    });

    it.each([
      ['no token', 'none', 'UNAUTHENTICATED'],
      ['a resident', 'resident', 'FORBIDDEN'],
      ['an organiser', 'organiser', 'FORBIDDEN'],
    ])('refuses %s and changes nothing', async (_who, who, code) => {
      const target = await signUp(test.api);
      let token: string | null = null;
      if (who !== 'none') {
        const caller = await signUp(test.api);
        if (who === 'organiser') await test.api.ok(GRANT, { personId: caller.id, ids: [ids['Archives']] }, admin.token);
        token = caller.token;
      }
      const before = await count(test.db, 'organiser_scope');
      const result = await test.api.request(GRANT, { personId: target.id, ids: [ids['Archives']] }, token);
      expect(errorCode(result)).toBe(code);
      expect(await count(test.db, 'organiser_scope')).toBe(before);
    });

    it('says NOT_FOUND for an unknown person or neighbourhood, and BAD_USER_INPUT for none or a malformed id', async () => {
      const target = await signUp(test.api);
      const before = await count(test.db, 'organiser_scope');
      const noPerson = await test.api.request(GRANT, { personId: '00000000-0000-4000-8000-000000000000', ids: [ids['Archives']] }, admin.token);
      expect(errorCode(noPerson)).toBe('NOT_FOUND');
      const noPlace = await test.api.request(GRANT, { personId: target.id, ids: [ids['Archives'], '00000000-0000-4000-8000-000000000000'] }, admin.token);
      expect(errorCode(noPlace)).toBe('NOT_FOUND');
      const malformed = await test.api.request(GRANT, { personId: target.id, ids: [ids['Archives'], 'nowhere'] }, admin.token);
      expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'neighbourhoodIds[1]' }] });
      const empty = await test.api.request(GRANT, { personId: target.id, ids: [] }, admin.token);
      expect(errorCode(empty)).toBe('BAD_USER_INPUT');
      expect(errorMessage(empty)).toMatch(/neighbourhoodIds/);
      expect(await count(test.db, 'organiser_scope')).toBe(before);
      const roles: { roles: string[] }[] = await test.db.query('SELECT roles FROM person WHERE id = $1', [target.id]);
      expect(roles[0]?.roles).toEqual(['RESIDENT']);
    });
  });

  describe('people list', () => {
    let organiser: SignedUp;

    beforeAll(async () => {
      organiser = await signUp(test.api, { displayName: 'Olga Organisatrice', location: ARCHIVES });
      await test.api.ok(GRANT, { personId: organiser.id, ids: [ids['Archives']] }, admin.token);
      for (let i = 0; i < 25; i++) await signUp(test.api, { displayName: `Voisin Archives ${i}`, location: ARCHIVES });
      await signUp(test.api, { displayName: 'Marguerite Lointaine', location: SAINTE_MARGUERITE });
    });

    it('shows an organiser only the people of their neighbourhoods, with e-mails', async () => {
      const data = await test.api.ok<{ people: { totalCount: number; items: { email: string; neighbourhood: { name: string } }[] } }>(
        PEOPLE,
        { first: 100 },
        organiser.token,
      );
      expect(data.people.totalCount).toBe(26);
      expect(data.people.items.every((p) => p.neighbourhood.name === 'Archives' && p.email.includes('@'))).toBe(true);
      const elsewhere = await test.api.request(PEOPLE, { neighbourhoodId: ids['Sainte-Marguerite'] }, organiser.token);
      expect(errorCode(elsewhere)).toBe('FORBIDDEN');
    });

    it('lets an admin search everyone by name, a page at a time', async () => {
      const found = await test.api.ok<{ people: { totalCount: number; items: { displayName: string }[] } }>(PEOPLE, { search: 'marguerite' }, admin.token);
      expect(found.people.items.map((p) => p.displayName)).toEqual(['Marguerite Lointaine']);
      const page1 = await test.api.ok<{ people: { totalCount: number; items: { id: string }[] } }>(PEOPLE, { search: 'Voisin', first: 20 }, admin.token);
      const page2 = await test.api.ok<{ people: { totalCount: number; items: { id: string }[] } }>(PEOPLE, { search: 'Voisin', first: 20, offset: 20 }, admin.token);
      expect(page1.people.totalCount).toBe(25);
      expect(page1.people.items).toHaveLength(20);
      expect(page2.people.items).toHaveLength(5);
      expect(new Set([...page1.people.items, ...page2.people.items].map((p) => p.id)).size).toBe(25);
    });

    it('refuses residents and volunteers, and a page size out of range', async () => {
      const resident = await signUp(test.api);
      expect(errorCode(await test.api.request(PEOPLE, {}, resident.token))).toBe('FORBIDDEN');
      expect(errorCode(await test.api.request(PEOPLE, {}))).toBe('UNAUTHENTICATED');
      const tooMany = await test.api.request(PEOPLE, { first: 1000 }, admin.token);
      expect(errorCode(tooMany)).toBe('BAD_USER_INPUT');
      expect(errorMessage(tooMany)).toMatch(/first/);
    });

    it('shows a person their own e-mail', async () => {
      const resident = await signUp(test.api, { location: ARCHIVES });
      const other = await test.api.ok<{ me: { email: string } }>(`{ me { email } }`, {}, resident.token);
      expect(other.me.email).toBe(resident.email);
    });
  });

  describe('updateVolunteerProfile', () => {
    it('changes only the fields given', async () => {
      const volunteer = await signUp(test.api, { role: Role.VOLUNTEER, skills: ['ERRANDS'] });
      const data = await test.api.ok<{ updateVolunteerProfile: { volunteerProfile: Record<string, unknown> } }>(
        UPDATE,
        { input: { travelRadiusMeters: 5000, active: false } },
        volunteer.token,
      );
      expect(data.updateVolunteerProfile.volunteerProfile).toEqual({
        skills: ['ERRANDS'],
        travelRadiusMeters: 5000,
        maxActiveRequests: 3,
        active: false,
      });
    });

    it.each([
      [{ travelRadiusMeters: 50 }, /travelRadiusMeters must be a whole number from 100 to 50000/],
      [{ travelRadiusMeters: 60000 }, /travelRadiusMeters/],
      [{ maxActiveRequests: 0 }, /maxActiveRequests must be a whole number from 1 to 20/],
      [{ maxActiveRequests: 21, travelRadiusMeters: 1000 }, /maxActiveRequests/],
    ])('refuses %j with BAD_USER_INPUT and changes nothing', async (change, message) => {
      const volunteer = await signUp(test.api, { role: Role.VOLUNTEER });
      const result = await test.api.request(UPDATE, { input: change }, volunteer.token);
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(errorMessage(result)).toMatch(message);
      const rows: { travel_radius_meters: number; max_active_requests: number }[] = await test.db.query(
        'SELECT travel_radius_meters, max_active_requests FROM volunteer_profile WHERE person_id = $1',
        [volunteer.id],
      );
      expect(rows[0]).toEqual({ travel_radius_meters: 2000, max_active_requests: 3 });
    });

    it('refuses a resident (FORBIDDEN) and a caller without a token (UNAUTHENTICATED)', async () => {
      const resident = await signUp(test.api);
      expect(errorCode(await test.api.request(UPDATE, { input: { active: false } }, resident.token))).toBe('FORBIDDEN');
      expect(errorCode(await test.api.request(UPDATE, { input: { active: false } }))).toBe('UNAUTHENTICATED');
      expect(await count(test.db, `volunteer_profile WHERE person_id = '${resident.id}'`)).toBe(0);
    });
  });
});
