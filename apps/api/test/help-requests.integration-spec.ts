import { HelpRequestTransitionsService } from '@relais/server-help-requests';
import { errorCode } from './support/graphql-client';
import {
  ACCEPT,
  ASSIGN,
  CANCEL,
  COMPLETE,
  ENDORSE,
  GET,
  GIVE_BACK,
  POST,
  THANK,
  eventsOf,
  makeOrganiser,
  postRequest,
  requestRow,
  signUpVolunteer,
} from './support/help-request-fixtures';
import type { SignedUp } from './support/people-fixtures';
import { MARAIS, count, makeAdmin, signUp } from './support/people-fixtures';
import { importParis, neighbourhoodIdsByName } from './support/paris-fixtures';
import type { TestApp } from './support/test-app';
import { startTestApp } from './support/test-app';

const ADDRESS = '12 rue de Bretagne, 75003 Paris';

describe('help requests: posting, lifecycle, roles and privacy', () => {
  let test: TestApp;
  let ids: Record<string, string>;
  let resident: SignedUp;
  let volunteer: SignedUp;
  let organiser: SignedUp;
  let elsewhereOrganiser: SignedUp;
  let admin: SignedUp;

  beforeAll(async () => {
    test = await startTestApp();
    await importParis(test, [3, 11]);
    ids = await neighbourhoodIdsByName(test);
    resident = await signUp(test.api);
    volunteer = await signUpVolunteer(test.api);
    organiser = await makeOrganiser(test.api, test.db, [ids['Enfants-Rouges'] as string]);
    elsewhereOrganiser = await makeOrganiser(test.api, test.db, [ids['Sainte-Marguerite'] as string]);
    admin = await makeAdmin(test.api, test.db);
  });
  afterAll(() => test.close());

  describe('postHelpRequest', () => {
    it('files a need in the neighbourhood of its location, OPEN, with a POSTED event', async () => {
      const data = await test.api.ok<{ postHelpRequest: Record<string, unknown> }>(
        POST,
        { input: { category: 'ERRANDS', description: '  Courses  ', location: MARAIS, address: ADDRESS } },
        resident.token,
      );
      const posted = data.postHelpRequest;
      expect(posted).toMatchObject({
        status: 'OPEN',
        description: 'Courses',
        address: ADDRESS,
        location: MARAIS,
        neighbourhood: { name: 'Enfants-Rouges' },
        requester: { id: resident.id },
        assignee: null,
      });
      expect(await eventsOf(test.db, posted['id'] as string)).toEqual([{ kind: 'POSTED', from_status: null, to_status: 'OPEN', actor_id: resident.id }]);
    });

    it.each([
      ['an empty description', { description: '   ' }, 'description'],
      ['a description over 2000 characters', { description: 'x'.repeat(2001) }, 'description'],
      ['a date in the past', { neededBy: '2020-01-01T00:00:00Z' }, 'neededBy'],
      ['a latitude out of range', { location: { lat: 91, lng: 2.35 } }, 'location'],
      ['a subject outside homework', { subject: 'maths' }, 'subject'],
    ])('refuses %s, naming the field, and stores nothing', async (_case, change, field) => {
      const before = await count(test.db, 'help_request');
      const result = await test.api.request(
        POST,
        { input: { category: 'ERRANDS', description: 'Courses', location: MARAIS, ...change } },
        resident.token,
      );
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.extensions?.fields?.map((f) => f.field)).toContain(field);
      expect(await count(test.db, 'help_request')).toBe(before);
    });

    it('needs a signed-in caller', async () => {
      const result = await test.api.request(POST, { input: { category: 'ERRANDS', description: 'x', location: MARAIS } });
      expect(errorCode(result)).toBe('UNAUTHENTICATED');
    });

    it('lets an organiser of the place post for a resident who phoned in, and nobody else', async () => {
      const posted = await postRequest(test.api, organiser.token, { onBehalfOf: resident.id });
      const read = await test.api.ok<{ helpRequest: { requester: { id: string } } }>(GET, { id: posted.id }, resident.token);
      expect(read.helpRequest.requester.id).toBe(resident.id);

      const before = await count(test.db, 'help_request');
      for (const [token, code] of [
        [elsewhereOrganiser.token, 'FORBIDDEN'],
        [volunteer.token, 'FORBIDDEN'],
      ] as const) {
        const result = await test.api.request(POST, { input: { category: 'ERRANDS', description: 'x', location: MARAIS, onBehalfOf: resident.id } }, token);
        expect(errorCode(result)).toBe(code);
      }
      const unknown = await test.api.request(
        POST,
        { input: { category: 'ERRANDS', description: 'x', location: MARAIS, onBehalfOf: '00000000-0000-4000-8000-000000000000' } },
        organiser.token,
      );
      expect(errorCode(unknown)).toBe('NOT_FOUND');
      expect(await count(test.db, 'help_request')).toBe(before);
    });
  });

  describe('address privacy', () => {
    it('shows the exact address and place only to the parties, its organisers and admins', async () => {
      const posted = await postRequest(test.api, resident.token);
      const exact = await test.api.ok<{ helpRequest: { address: string; location: unknown } }>(GET, { id: posted.id }, resident.token);
      expect(exact.helpRequest).toMatchObject({ address: ADDRESS, location: MARAIS });

      // A volunteer who might take it sees the neighbourhood and a coarse position, nothing more.
      const response = await test.api.request<{ helpRequest: Record<string, unknown> }>(GET, { id: posted.id }, volunteer.token);
      const text = JSON.stringify(response);
      expect(response.data?.helpRequest).toMatchObject({ address: null, location: null, neighbourhood: { name: 'Enfants-Rouges' } });
      for (const secret of ['rue de Bretagne', String(MARAIS.lat), String(MARAIS.lng)]) expect(text).not.toContain(secret);
      const history = await test.api.ok<{ helpRequest: { events: unknown[] } }>(`query ($id: ID!) { helpRequest(id: $id) { events { kind } } }`, { id: posted.id }, volunteer.token);
      expect(history.helpRequest.events).toEqual([]);
      const coarse = response.data?.helpRequest['approximateLocation'] as { lat: number; lng: number };
      expect(Math.abs(coarse.lat - MARAIS.lat) + Math.abs(coarse.lng - MARAIS.lng)).toBeGreaterThan(0);
      expect(Math.abs(coarse.lat - MARAIS.lat)).toBeLessThan(0.01);

      // An organiser of another neighbourhood, or a resident, does not learn it exists.
      for (const stranger of [elsewhereOrganiser, await signUp(test.api)]) {
        const hidden = await test.api.request<{ helpRequest: unknown }>(GET, { id: posted.id }, stranger.token);
        expect(hidden.data?.helpRequest).toBeNull();
      }
    });

    it('writes an organiser or admin reading an address to the audit log, once per read', async () => {
      const posted = await postRequest(test.api, resident.token);
      const audited = () => count(test.db, `audit_log WHERE action = 'READ_ADDRESS' AND subject_id = '${posted.id}'`);
      await test.api.ok(GET, { id: posted.id }, resident.token);
      expect(await audited()).toBe(0);
      const read = await test.api.ok<{ helpRequest: { address: string } }>(GET, { id: posted.id }, organiser.token);
      expect(read.helpRequest.address).toBe(ADDRESS);
      expect(await audited()).toBe(1);
      await test.api.ok(GET, { id: posted.id }, admin.token);
      const rows = await test.db.query(`SELECT actor_id FROM audit_log WHERE subject_id = $1 ORDER BY id`, [posted.id]);
      expect(rows.map((r: { actor_id: string }) => r.actor_id)).toEqual([organiser.id, admin.id]);
    });
  });

  describe('taking and finishing', () => {
    it('runs OPEN → ASSIGNED → DONE with an event per step, mails the requester, then takes thanks once', async () => {
      const posted = await postRequest(test.api, resident.token);
      const accepted = await test.api.ok<{ acceptHelpRequest: { status: string; assignee: { id: string } } }>(ACCEPT, { id: posted.id }, volunteer.token);
      expect(accepted.acceptHelpRequest).toEqual({ id: posted.id, status: 'ASSIGNED', assignee: { id: volunteer.id } });
      const mails = await test.db.query(`SELECT kind, to_address FROM outbox_email ORDER BY id DESC LIMIT 1`);
      expect(mails).toEqual([{ kind: 'taken', to_address: resident.email }]);

      expect(errorCode(await test.api.request(THANK, { requestId: posted.id, rating: 5 }, resident.token))).toBe('CONFLICT');
      await test.api.ok(COMPLETE, { id: posted.id }, volunteer.token);
      expect(errorCode(await test.api.request(THANK, { requestId: posted.id, rating: 6 }, resident.token))).toBe('BAD_USER_INPUT');
      expect(errorCode(await test.api.request(THANK, { requestId: posted.id, rating: 5 }, volunteer.token))).toBe('FORBIDDEN');
      expect(await test.api.ok(THANK, { requestId: posted.id, rating: 5, message: 'Merci !' }, resident.token)).toEqual({ thankVolunteer: true });
      expect(errorCode(await test.api.request(THANK, { requestId: posted.id, rating: 4 }, resident.token))).toBe('CONFLICT');

      expect((await eventsOf(test.db, posted.id)).map((e) => `${e.kind}:${e.from_status}>${e.to_status}`)).toEqual([
        'POSTED:null>OPEN',
        'ACCEPTED:OPEN>ASSIGNED',
        'COMPLETED:ASSIGNED>DONE',
      ]);
      // The history through the API, one query for a whole list too.
      const HISTORY = `query ($id: ID!) { helpRequest(id: $id) { events { kind fromStatus toStatus } } myHelpRequests { items { id events { kind } } } }`;
      const history = await test.api.ok<{ helpRequest: { events: { kind: string; fromStatus: string | null; toStatus: string }[] } }>(HISTORY, { id: posted.id }, resident.token);
      expect(history.helpRequest.events).toEqual([
        { kind: 'POSTED', fromStatus: null, toStatus: 'OPEN' },
        { kind: 'ACCEPTED', fromStatus: 'OPEN', toStatus: 'ASSIGNED' },
        { kind: 'COMPLETED', fromStatus: 'ASSIGNED', toStatus: 'DONE' },
      ]);
      const [profile] = await test.db.query(
        `SELECT taken_count, completed_count, rating_sum, rating_count, recent_work FROM volunteer_profile WHERE person_id = $1`,
        [volunteer.id],
      );
      expect(profile).toMatchObject({ taken_count: 1, completed_count: 1, rating_sum: 5, rating_count: 1 });
      expect(profile.recent_work).toBeCloseTo(1, 5);
    });

    it('refuses illegal moves with CONFLICT and changes nothing', async () => {
      const posted = await postRequest(test.api, resident.token);
      await test.api.ok(CANCEL, { id: posted.id }, resident.token);
      const before = await requestRow(test.db, posted.id);
      const events = await count(test.db, 'help_request_event');
      for (const [operation, token] of [
        [ACCEPT, volunteer.token],
        [COMPLETE, resident.token],
        [CANCEL, resident.token],
      ] as const) {
        expect(errorCode(await test.api.request(operation, { id: posted.id }, token))).toBe('CONFLICT');
      }
      expect(await requestRow(test.db, posted.id)).toEqual(before);
      expect(await count(test.db, 'help_request_event')).toBe(events);
    });

    it('checks who may take, finish, cancel or give back', async () => {
      const posted = await postRequest(test.api, resident.token);
      expect(errorCode(await test.api.request(ACCEPT, { id: posted.id }, resident.token))).toBe('FORBIDDEN');
      expect(errorCode(await test.api.request(ACCEPT, { id: posted.id }))).toBe('UNAUTHENTICATED');
      const ownPost = await postRequest(test.api, volunteer.token);
      expect(errorCode(await test.api.request(ACCEPT, { id: ownPost.id }, volunteer.token))).toBe('FORBIDDEN');
      expect(errorCode(await test.api.request(ACCEPT, { id: '00000000-0000-4000-8000-000000000000' }, volunteer.token))).toBe('NOT_FOUND');

      await test.api.ok(ACCEPT, { id: posted.id }, volunteer.token);
      const other = await signUpVolunteer(test.api);
      expect(errorCode(await test.api.request(COMPLETE, { id: posted.id }, other.token))).toBe('NOT_FOUND');
      expect(errorCode(await test.api.request(GIVE_BACK, { id: posted.id }, organiser.token))).toBe('FORBIDDEN');
      expect(errorCode(await test.api.request(CANCEL, { id: posted.id }, elsewhereOrganiser.token))).toBe('NOT_FOUND');
      expect((await requestRow(test.db, posted.id)).status).toBe('ASSIGNED');
    });

    it('lets the volunteer give a task back: OPEN again, for anyone', async () => {
      const posted = await postRequest(test.api, resident.token);
      await test.api.ok(ACCEPT, { id: posted.id }, volunteer.token);
      const back = await test.api.ok<{ giveBackHelpRequest: unknown }>(GIVE_BACK, { id: posted.id }, volunteer.token);
      expect(back.giveBackHelpRequest).toEqual({ id: posted.id, status: 'OPEN', assignee: null });
      const other = await signUpVolunteer(test.api);
      await test.api.ok(ACCEPT, { id: posted.id }, other.token);
      expect((await eventsOf(test.db, posted.id)).map((e) => e.kind)).toEqual(['POSTED', 'ACCEPTED', 'GIVEN_BACK', 'ACCEPTED']);
    });

    it('refuses a paused volunteer', async () => {
      const paused = await signUpVolunteer(test.api);
      await test.db.query(`UPDATE volunteer_profile SET active = false WHERE person_id = $1`, [paused.id]);
      const posted = await postRequest(test.api, resident.token);
      expect(errorCode(await test.api.request(ACCEPT, { id: posted.id }, paused.token))).toBe('CONFLICT');
      expect((await requestRow(test.db, posted.id)).status).toBe('OPEN');
    });
  });

  describe('assignHelpRequest', () => {
    it('lets an organiser of the neighbourhood assign, mailing both, and nobody else', async () => {
      const helper = await signUpVolunteer(test.api);
      const posted = await postRequest(test.api, resident.token);
      for (const [token, code] of [
        [elsewhereOrganiser.token, 'NOT_FOUND'],
        [volunteer.token, 'NOT_FOUND'],
      ] as const) {
        expect(errorCode(await test.api.request(ASSIGN, { id: posted.id, volunteerId: helper.id }, token))).toBe(code);
      }
      expect(errorCode(await test.api.request(ASSIGN, { id: posted.id, volunteerId: resident.id }, organiser.token))).toBe('BAD_USER_INPUT');
      expect(errorCode(await test.api.request(ASSIGN, { id: posted.id, volunteerId: '00000000-0000-4000-8000-000000000000' }, organiser.token))).toBe('NOT_FOUND');
      expect((await requestRow(test.db, posted.id)).status).toBe('OPEN');

      const mailsBefore = await count(test.db, 'outbox_email');
      const data = await test.api.ok<{ assignHelpRequest: unknown }>(ASSIGN, { id: posted.id, volunteerId: helper.id }, organiser.token);
      expect(data.assignHelpRequest).toEqual({ id: posted.id, status: 'ASSIGNED', assignee: { id: helper.id } });
      const mails = await test.db.query(`SELECT kind, to_address FROM outbox_email ORDER BY id DESC LIMIT 2`);
      expect(mails.map((m: { kind: string; to_address: string }) => `${m.kind}>${m.to_address}`).sort()).toEqual(
        [`assignedToYou>${helper.email}`, `taken>${resident.email}`].sort(),
      );
      expect(await count(test.db, 'outbox_email')).toBe(mailsBefore + 2);
      const [event] = (await eventsOf(test.db, posted.id)).slice(-1);
      expect(event).toMatchObject({ kind: 'ASSIGNED', actor_id: organiser.id });
    });

    it('never gives a volunteer more than their capacity', async () => {
      const helper = await signUpVolunteer(test.api);
      await test.db.query(`UPDATE volunteer_profile SET max_active_requests = 1 WHERE person_id = $1`, [helper.id]);
      const first = await postRequest(test.api, resident.token);
      const second = await postRequest(test.api, resident.token);
      await test.api.ok(ASSIGN, { id: first.id, volunteerId: helper.id }, organiser.token);
      expect(errorCode(await test.api.request(ASSIGN, { id: second.id, volunteerId: helper.id }, organiser.token))).toBe('CONFLICT');
      expect(errorCode(await test.api.request(ACCEPT, { id: second.id }, helper.token))).toBe('CONFLICT');
      expect((await requestRow(test.db, second.id)).status).toBe('OPEN');
    });
  });

  describe('expiry', () => {
    it('expires OPEN requests past neededBy, records it and tells the requester', async () => {
      const posted = await postRequest(test.api, resident.token, { neededBy: new Date(Date.now() + 3_600_000).toISOString() });
      const kept = await postRequest(test.api, resident.token, { neededBy: new Date(Date.now() + 7_200_000).toISOString() });
      await test.db.query(`UPDATE help_request SET needed_by = now() - interval '1 minute' WHERE id = $1`, [posted.id]);
      const expired = await test.app.get(HelpRequestTransitionsService).expireDue();
      expect(expired).toBe(1);
      expect((await requestRow(test.db, posted.id)).status).toBe('EXPIRED');
      expect((await requestRow(test.db, kept.id)).status).toBe('OPEN');
      expect((await eventsOf(test.db, posted.id)).slice(-1)).toEqual([{ kind: 'EXPIRED', from_status: 'OPEN', to_status: 'EXPIRED', actor_id: null }]);
      const [mail] = await test.db.query(`SELECT kind, to_address FROM outbox_email ORDER BY id DESC LIMIT 1`);
      expect(mail).toEqual({ kind: 'expired', to_address: resident.email });
    });
  });

  describe('endorse', () => {
    it('records one endorsement per pair and refuses the rest', async () => {
      const helper = await signUpVolunteer(test.api);
      expect(await test.api.ok(ENDORSE, { personId: helper.id }, resident.token)).toEqual({ endorse: true });
      expect(errorCode(await test.api.request(ENDORSE, { personId: helper.id }, resident.token))).toBe('CONFLICT');
      expect(errorCode(await test.api.request(ENDORSE, { personId: helper.id }, helper.token))).toBe('BAD_USER_INPUT');
      expect(errorCode(await test.api.request(ENDORSE, { personId: resident.id }, helper.token))).toBe('BAD_USER_INPUT');
      expect(errorCode(await test.api.request(ENDORSE, { personId: '00000000-0000-4000-8000-000000000000' }, helper.token))).toBe('NOT_FOUND');
      expect(errorCode(await test.api.request(ENDORSE, { personId: helper.id }))).toBe('UNAUTHENTICATED');
      expect(await count(test.db, `endorsement WHERE endorsed_id = '${helper.id}'`)).toBe(1);
    });
  });

  it('has kept every volunteer’s count of held requests equal to what they hold through all of the above', async () => {
    const drift = await test.db.query(
      `SELECT v.person_id FROM volunteer_profile v
       WHERE v.active_requests <> (SELECT count(*) FROM help_request h WHERE h.assignee_id = v.person_id AND h.status = 'ASSIGNED')`,
    );
    expect(drift).toEqual([]);
  });
});
