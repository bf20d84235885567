import { errorCode } from './support/graphql-client';
import { makeOrganiser, signUpVolunteer } from './support/help-request-fixtures';
import type { SignedUp } from './support/people-fixtures';
import { SIGN_UP, PASSWORD, MARAIS, makeAdmin, signUp } from './support/people-fixtures';
import { importParis, neighbourhoodIdsByName } from './support/paris-fixtures';
import type { TestApp } from './support/test-app';
import { startTestApp } from './support/test-app';

const PUBLIC_URL = 'https://relais.example.org';
const CREATE = `mutation Create($input: CampaignInput!) { createCampaign(input: $input) { id status title neighbourhoods { id } sentAt } }`;
const SEND = `mutation Send($id: ID!) { sendCampaign(id: $id) { id status sentAt } }`;
const LIST = `query List($n: ID) { campaigns(neighbourhoodId: $n) { id title } }`;
const REPORT = `query Report($n: ID) { campaigns(neighbourhoodId: $n) { id report { ambassadorsReached skippedAtCap ambassadorsRelayed reportedReach linkVisits signUps volunteerSignUps activeSignUps } } }`;
const PER_AMBASSADOR = `query Per($n: ID) { campaigns(neighbourhoodId: $n) { id ambassadorReports { ambassador { id } neighbourhood { id } relayedAt reportedReach linkVisits signUps volunteerSignUps activeSignUps } } }`;
const TASKS = `{ myRelayTasks { relayCode relayUrl relayedAt campaign { id title message } } }`;
const RELAY = `mutation Relay($id: ID!, $channel: RelayChannel!, $reach: Int!) { recordRelay(campaignId: $id, channel: $channel, reach: $reach) { relayedAt } }`;

type Report = { ambassadorsReached: number; skippedAtCap: number; ambassadorsRelayed: number; reportedReach: number; linkVisits: number; signUps: number; volunteerSignUps: number; activeSignUps: number };

describe('campaigns relayed by ambassadors', () => {
  let test: TestApp;
  let here: string;
  let there: string;
  let organiser: SignedUp;
  let elsewhere: SignedUp;
  let keen: SignedUp;
  let quiet: SignedUp;
  let far: SignedUp;

  const ambassador = async (person: SignedUp, neighbourhood: string, news: boolean) => {
    await test.db.query(`INSERT INTO ambassador (person_id, neighbourhood_id) VALUES ($1, $2)`, [person.id, neighbourhood]);
    if (news) await test.api.ok(`mutation { updateConsents(input: { news: true }) { id } }`, {}, person.token);
  };
  const create = async (title: string, neighbourhoodIds = [here], who = organiser) =>
    (await test.api.ok<{ createCampaign: { id: string } }>(CREATE, { input: { title, message: `${title} : venez nombreux`, neighbourhoodIds } }, who.token)).createCampaign.id;
  const reportOf = async (id: string, who = organiser): Promise<Report> => {
    const list = (await test.api.ok<{ campaigns: { id: string; report: Report }[] }>(REPORT, { n: here }, who.token)).campaigns;
    return list.find((c) => c.id === id)?.report as Report;
  };
  const tasksOf = async (who: SignedUp) =>
    (await test.api.ok<{ myRelayTasks: { relayCode: string; relayUrl: string; relayedAt: string | null; campaign: { id: string; title: string } }[] }>(TASKS, {}, who.token)).myRelayTasks;

  beforeAll(async () => {
    test = await startTestApp({ publicUrl: PUBLIC_URL });
    await importParis(test, [3]);
    const ids = await neighbourhoodIdsByName(test);
    here = ids['Enfants-Rouges'] as string;
    there = ids['Archives'] as string;
    organiser = await makeOrganiser(test.api, test.db, [here]);
    elsewhere = await makeOrganiser(test.api, test.db, [there]);
    keen = await signUpVolunteer(test.api, { displayName: 'Amina Relais' });
    quiet = await signUpVolunteer(test.api, { displayName: 'Bernard Discret' });
    far = await signUpVolunteer(test.api, { displayName: 'Chloé Ailleurs' });
    await ambassador(keen, here, true);
    await ambassador(quiet, here, false);
    await ambassador(far, there, true);
  });
  afterAll(() => test.close());

  describe('createCampaign', () => {
    it('refuses bad input, neighbourhoods the caller does not organise, and people who organise nothing', async () => {
      const bad = await test.api.request(CREATE, { input: { title: ' ', message: '', neighbourhoodIds: [] } }, organiser.token);
      expect(errorCode(bad)).toBe('BAD_USER_INPUT');
      expect((bad.errors?.[0]?.extensions?.['fields'] as { field: string }[]).map((f) => f.field)).toEqual(['title', 'message', 'neighbourhoodIds']);
      expect(errorCode(await test.api.request(CREATE, { input: { title: 'T', message: 'M', neighbourhoodIds: [here, there] } }, organiser.token))).toBe('FORBIDDEN');
      expect(errorCode(await test.api.request(CREATE, { input: { title: 'T', message: 'M', neighbourhoodIds: [here] } }, keen.token))).toBe('FORBIDDEN');
      expect(errorCode(await test.api.request(CREATE, { input: { title: 'T', message: 'M', neighbourhoodIds: ['7d1c3d2e-8a4b-4c5d-9e6f-0a1b2c3d4e5f'] } }, organiser.token))).toBe('NOT_FOUND');
      expect(errorCode(await test.api.request(CREATE, { input: { title: 'T', message: 'M', neighbourhoodIds: [here] } }))).toBe('UNAUTHENTICATED');
      expect(Number((await test.db.query(`SELECT count(*) AS n FROM campaign`))[0].n)).toBe(0);
    });

    it('writes a DRAFT for the organiser’s neighbourhoods', async () => {
      const draft = await test.api.ok<{ createCampaign: Record<string, unknown> }>(
        CREATE,
        { input: { title: '  Collecte de livres  ', message: 'Samedi à la mairie', neighbourhoodIds: [here, here] } },
        organiser.token,
      );
      expect(draft.createCampaign).toMatchObject({ status: 'DRAFT', title: 'Collecte de livres', neighbourhoods: [{ id: here }], sentAt: null });
    });
  });

  describe('sendCampaign', () => {
    let sent: string;

    beforeAll(async () => {
      sent = await create('Fête des voisins');
      await test.api.ok(SEND, { id: sent }, organiser.token);
    });

    it('gives a relay task, in the app and by mail, to each ambassador there with news consent, and to nobody else', async () => {
      const [task] = await tasksOf(keen);
      expect(task).toMatchObject({ campaign: { id: sent, title: 'Fête des voisins' }, relayedAt: null });
      expect(task?.relayUrl).toBe(`${PUBLIC_URL}/r/${task?.relayCode}`);
      expect(await tasksOf(quiet)).toEqual([]);
      expect(await tasksOf(far)).toEqual([]);
      const mails = await test.db.query(`SELECT to_address, subject, body FROM outbox_email WHERE kind = 'campaignRelay'`);
      expect(mails).toEqual([{ to_address: keen.email, subject: 'À relayer : Fête des voisins', body: expect.stringContaining(task?.relayUrl as string) }]);
    });

    it('sends once: again is a CONFLICT and changes nothing; an organiser elsewhere does not find it', async () => {
      const again = await test.api.request(SEND, { id: sent }, organiser.token);
      expect(errorCode(again)).toBe('CONFLICT');
      expect(again.errors?.[0]?.extensions?.['reason']).toBe('ALREADY_SENT');
      expect(errorCode(await test.api.request(SEND, { id: sent }, elsewhere.token))).toBe('NOT_FOUND');
      expect(await tasksOf(keen)).toHaveLength(1);
    });

    it('lists campaigns to organisers of their neighbourhoods only', async () => {
      const mine = (await test.api.ok<{ campaigns: { id: string }[] }>(LIST, {}, organiser.token)).campaigns.map((c) => c.id);
      expect(mine).toContain(sent);
      expect((await test.api.ok<{ campaigns: { id: string }[] }>(LIST, {}, elsewhere.token)).campaigns).toEqual([]);
      expect(errorCode(await test.api.request(LIST, { n: here }, elsewhere.token))).toBe('FORBIDDEN');
      expect(errorCode(await test.api.request(LIST, {}, keen.token))).toBe('FORBIDDEN');
    });

    it('skips an ambassador who had two campaigns in 7 days, and counts them', async () => {
      const second = await create('Don du sang');
      await test.api.ok(SEND, { id: second }, organiser.token);
      const third = await create('Soutien scolaire');
      await test.api.ok(SEND, { id: third }, organiser.token);
      expect(await tasksOf(keen)).toHaveLength(2);
      expect(await reportOf(third)).toMatchObject({ ambassadorsReached: 0, skippedAtCap: 1 });
    });

    it('holds the cap when two campaigns are sent at once', async () => {
      const fresh = await signUpVolunteer(test.api, { displayName: 'Dora Nouvelle' });
      await ambassador(fresh, there, true);
      await test.db.query(`DELETE FROM relay_task WHERE ambassador_id = $1`, [far.id]);
      const first = await create('Marché solidaire', [there], elsewhere);
      await test.api.ok(SEND, { id: first }, elsewhere.token);
      const [a, b] = await Promise.all([create('Un', [there], elsewhere), create('Deux', [there], elsewhere)]);
      await Promise.all([test.api.ok(SEND, { id: a }, elsewhere.token), test.api.ok(SEND, { id: b }, elsewhere.token)]);
      expect(await tasksOf(far)).toHaveLength(2);
      expect(await tasksOf(fresh)).toHaveLength(2);
    });
  });

  describe('relays, visits and sign-ups', () => {
    let campaign: string;
    let code: string;

    beforeAll(async () => {
      await test.db.query(`DELETE FROM relay_task WHERE ambassador_id = $1`, [keen.id]);
      campaign = await create('Paniers solidaires');
      await test.api.ok(SEND, { id: campaign }, organiser.token);
      code = (await tasksOf(keen))[0]?.relayCode as string;
    });

    it('records a relay by the ambassador who has the task only, with a reach from 0 to 100,000', async () => {
      expect(errorCode(await test.api.request(RELAY, { id: campaign, channel: 'DOOR_TO_DOOR', reach: -1 }, keen.token))).toBe('BAD_USER_INPUT');
      expect(errorCode(await test.api.request(RELAY, { id: campaign, channel: 'DOOR_TO_DOOR', reach: 5 }, quiet.token))).toBe('NOT_FOUND');
      await test.api.ok(RELAY, { id: campaign, channel: 'DOOR_TO_DOOR', reach: 12 }, keen.token);
      await test.api.ok(RELAY, { id: campaign, channel: 'MESSAGING_GROUP', reach: 30 }, keen.token);
      expect((await tasksOf(keen))[0]?.relayedAt).not.toBeNull();
    });

    it('counts a visit of the link without keeping who made it, and leads to the sign-up with the code', async () => {
      const visit = await fetch(`${test.baseUrl}/r/${code.toLowerCase()}`, { redirect: 'manual' });
      expect(visit.status).toBe(303);
      expect(visit.headers.get('location')).toBe(`/inscription?relais=${code}`);
      const unknown = await fetch(`${test.baseUrl}/r/NOTACODE99`, { redirect: 'manual' });
      expect(unknown.headers.get('location')).toBe('/inscription');
      expect((await test.db.query(`SELECT visits FROM relay_task WHERE relay_code = $1`, [code]))[0].visits).toBe(1);
    });

    it('attributes a sign-up through the link to the campaign and the ambassador; an unknown code is ignored', async () => {
      const joined = await test.api.ok<{ signUp: { person: { id: string } } }>(SIGN_UP, {
        input: { email: `relaye.${Date.now()}@example.org`, password: PASSWORD, displayName: 'Eliott Relayé', role: 'VOLUNTEER', location: MARAIS, relayCode: code },
      });
      const row = (await test.db.query(`SELECT referred_by_id FROM person WHERE id = $1`, [joined.signUp.person.id]))[0];
      expect(row.referred_by_id).toBe(keen.id);
      await signUp(test.api, { displayName: 'Fanny Sans Code' });
      const ignored = await test.api.request(SIGN_UP, {
        input: { email: `inconnu.${Date.now()}@example.org`, password: PASSWORD, displayName: 'Gaston', role: 'RESIDENT', location: MARAIS, relayCode: 'ZZZZZZZZZZ' },
      });
      expect(ignored.errors).toBeUndefined();
      expect(await reportOf(campaign)).toEqual({
        ambassadorsReached: 1,
        skippedAtCap: 0,
        ambassadorsRelayed: 1,
        reportedReach: 42,
        linkVisits: 1,
        signUps: 1,
        volunteerSignUps: 1,
        activeSignUps: 0,
      });
      // Taking part within 30 days: the newcomer posts a request.
      const newcomer = await test.api.ok<{ logIn: { token: string } }>(`mutation L($e: String!, $p: String!) { logIn(email: $e, password: $p) { token } }`, {
        e: (await test.db.query(`SELECT email FROM person WHERE id = $1`, [joined.signUp.person.id]))[0].email,
        p: PASSWORD,
      });
      await test.api.ok(`mutation P($input: PostHelpRequestInput!) { postHelpRequest(input: $input) { id } }`, { input: { category: 'ERRANDS', description: 'Des courses', location: MARAIS } }, newcomer.logIn.token);
      expect((await reportOf(campaign)).activeSignUps).toBe(1);
      const perAmbassador = (await test.api.ok<{ campaigns: { id: string; ambassadorReports: unknown[] }[] }>(PER_AMBASSADOR, { n: here }, organiser.token)).campaigns.find((c) => c.id === campaign);
      expect(perAmbassador?.ambassadorReports).toEqual([
        { ambassador: { id: keen.id }, neighbourhood: { id: here }, relayedAt: expect.any(String), reportedReach: 42, linkVisits: 1, signUps: 1, volunteerSignUps: 1, activeSignUps: 1 },
      ]);
    });

    it('shows the report to organisers of its neighbourhoods only', async () => {
      const one = `query One($id: ID!) { campaign(id: $id) { id title } }`;
      expect((await test.api.ok<{ campaign: { id: string } }>(one, { id: campaign }, organiser.token)).campaign.id).toBe(campaign);
      expect(errorCode(await test.api.request(one, { id: campaign }, elsewhere.token))).toBe('NOT_FOUND');
      expect(errorCode(await test.api.request(one, { id: campaign }, keen.token))).toBe('NOT_FOUND');
      const admin = await makeAdmin(test.api, test.db);
      expect(await reportOf(campaign, admin)).toMatchObject({ ambassadorsReached: 1 });
      const asAmbassador = await test.api.request(`{ myRelayTasks { campaign { report { signUps } } } }`, {}, keen.token);
      expect(errorCode(asAmbassador)).toBe('FORBIDDEN');
    });
  });
});
