import { errorCode } from './support/graphql-client';
import { ACCEPT, COMPLETE, ENDORSE, GET, THANK, makeOrganiser, postRequest, signUpVolunteer } from './support/help-request-fixtures';
import type { SignedUp } from './support/people-fixtures';
import { makeAdmin, signUp } from './support/people-fixtures';
import { importParis, neighbourhoodIdsByName } from './support/paris-fixtures';
import type { TestApp } from './support/test-app';
import { startTestApp } from './support/test-app';

const EXPORT = `query { exportMyData }`;
const UPDATE_CONSENTS = `mutation Update($input: ConsentInput!) { updateConsents(input: $input) { id } }`;
const REFRESH = `mutation Refresh($id: ID!) { refreshLeaderScores(neighbourhoodId: $id) }`;
const POST_IDEA = `mutation PostIdea($input: IdeaInput!) { postIdea(input: $input) { id } }`;
const VOTE_IDEA = `mutation Vote($id: ID!) { voteIdea(id: $id) { id } }`;

// Everyone lives somewhere of their own, so that a coordinate found in an export names its owner.
const RESIDENT_HOME = { lat: 48.86317, lng: 2.36021 };
const VOLUNTEER_HOME = { lat: 48.86412, lng: 2.36337 };
const ORGANISER_HOME = { lat: 48.86123, lng: 2.35884 };
const NEIGHBOUR_HOME = { lat: 48.86389, lng: 2.35917 };
const DONE_AT = { lat: 48.86254, lng: 2.36153 };
const DONE_ADDRESS = '12 rue de Bretagne, 75003 Paris';
const HELD_AT = { lat: 48.86275, lng: 2.36206 };
const HELD_ADDRESS = '5 rue Charlot, 75003 Paris';

type Section = Record<string, unknown>[];
interface MyData {
  formatVersion: number;
  exportedAt: string;
  account: Record<string, unknown>;
  volunteerProfile: Record<string, unknown> | null;
  [section: string]: unknown;
}

/** Everything Relais holds about the caller, and nothing of anyone else's that is private. */
describe('exportMyData', () => {
  let test: TestApp;
  let here: string;
  let resident: SignedUp;
  let volunteer: SignedUp;
  let organiser: SignedUp;
  let admin: SignedUp;
  let neighbour: SignedUp;
  let done: string;
  let held: string;
  let idea: string;

  const exportOf = async (person: SignedUp): Promise<{ text: string; data: MyData }> => {
    const text = (await test.api.ok<{ exportMyData: string }>(EXPORT, {}, person.token)).exportMyData;
    return { text, data: JSON.parse(text) as MyData };
  };
  const section = (data: MyData, name: string): Section => data[name] as Section;

  beforeAll(async () => {
    test = await startTestApp();
    await importParis(test, [3]);
    here = (await neighbourhoodIdsByName(test))['Enfants-Rouges'] as string;
    resident = await signUp(test.api, { displayName: 'Jeanne Résidente', location: RESIDENT_HOME });
    volunteer = await signUpVolunteer(test.api, { displayName: 'Valérie Bénévole', location: VOLUNTEER_HOME, rankingConsent: true });
    organiser = await makeOrganiser(test.api, test.db, [here]);
    await test.db.query(`UPDATE person SET display_name = 'Olivier Orga', home_lat = $2, home_lng = $3 WHERE id = $1`, [
      organiser.id,
      ORGANISER_HOME.lat,
      ORGANISER_HOME.lng,
    ]);
    admin = await makeAdmin(test.api, test.db);
    neighbour = await signUpVolunteer(test.api, { displayName: 'Bruno Voisin', location: NEIGHBOUR_HOME });

    done = (await postRequest(test.api, resident.token, { location: DONE_AT, address: DONE_ADDRESS })).id;
    await test.api.ok(GET, { id: done }, organiser.token);
    await test.api.ok(ACCEPT, { id: done }, volunteer.token);
    await test.api.ok(COMPLETE, { id: done }, volunteer.token);
    await test.api.ok(THANK, { requestId: done, rating: 5, message: 'Merci pour les courses' }, resident.token);
    await test.api.ok(ENDORSE, { personId: volunteer.id }, resident.token);
    await test.api.ok(ENDORSE, { personId: neighbour.id }, volunteer.token);
    await test.api.ok(ENDORSE, { personId: volunteer.id }, neighbour.token);
    // A task still held: its address is the volunteer's to see until it is done.
    held = (await postRequest(test.api, resident.token, { location: HELD_AT, address: HELD_ADDRESS, description: 'Porter un colis' })).id;
    await test.api.ok(ACCEPT, { id: held }, volunteer.token);

    await test.api.ok(UPDATE_CONSENTS, { input: { news: true } }, resident.token);
    await test.api.ok(UPDATE_CONSENTS, { input: { news: true, digest: false } }, volunteer.token);
    await test.api.ok(REFRESH, { id: here }, organiser.token);
    idea = (await test.api.ok<{ postIdea: { id: string } }>(POST_IDEA, { input: { title: 'Une boîte à livres', body: 'Square du Temple', neighbourhoodId: here } }, resident.token)).postIdea.id;
    await test.api.ok(`mutation C($id: ID!) { commentIdea(ideaId: $id, body: "J'ai des livres à donner") { id } }`, { id: idea }, volunteer.token);
    await test.api.ok(VOTE_IDEA, { id: idea }, volunteer.token);
    await test.db.query(`INSERT INTO ambassador (person_id, neighbourhood_id, promoted_by_id) VALUES ($1, $2, $3)`, [volunteer.id, here, organiser.id]);
    for (const [to, subject] of [
      [volunteer.email, 'Merci pour votre aide'],
      [organiser.email, 'Pour un autre'],
    ] as const) {
      await test.db.query(`INSERT INTO outbox_email (message_id, kind, to_address, subject, body) VALUES (gen_random_uuid()::text, 'TEST', $1, $2, $3)`, [
        to,
        subject,
        `Bonjour, ${subject}`,
      ]);
    }
  });
  afterAll(() => test.close());

  it("gives the resident their account, consents, requests with their addresses, thanks, endorsements, mails and their addresses' reads", async () => {
    const { data } = await exportOf(resident);
    expect(data.formatVersion).toBe(1);
    expect(Number.isNaN(Date.parse(data.exportedAt))).toBe(false);
    expect(data.account).toMatchObject({ id: resident.id, email: resident.email, displayName: 'Jeanne Résidente', homeLat: RESIDENT_HOME.lat, newsConsent: true });
    expect(data.account).not.toHaveProperty('password_hash');
    expect(data.account).not.toHaveProperty('passwordHash');
    expect(data.volunteerProfile).toBeNull();
    const consents = section(data, 'consentHistory');
    expect(consents[0]).toMatchObject({ purpose: 'NEWS', granted: true, channel: 'PROFILE' });
    expect(consents.filter((c) => c['channel'] === 'SIGN_UP')).toHaveLength(4);
    const requests = section(data, 'requests');
    expect(requests.map((r) => [r['id'], r['address'], r['lat'], r['lng']])).toEqual([
      [held, HELD_ADDRESS, HELD_AT.lat, HELD_AT.lng],
      [done, DONE_ADDRESS, DONE_AT.lat, DONE_AT.lng],
    ]);
    expect(requests[1]).toMatchObject({ status: 'DONE', assignee: 'Valérie Bénévole', rating: 5 });
    expect((requests[1]?.['events'] as { to: string }[]).map((e) => e.to)).toEqual(['OPEN', 'ASSIGNED', 'DONE']);
    expect(section(data, 'thanksGiven')).toEqual([expect.objectContaining({ requestId: done, volunteer: 'Valérie Bénévole', rating: 5, message: 'Merci pour les courses' })]);
    expect(section(data, 'endorsementsGiven')).toEqual([expect.objectContaining({ endorsed: 'Valérie Bénévole' })]);
    expect(section(data, 'endorsementsReceived')).toEqual([]);
    // Relais's own mails, bodies included: they were sent to her.
    const mails = section(data, 'mailsSentToYou');
    expect(mails.map((m) => [m['kind'], m['status']])).toEqual([
      ['taken', 'PENDING'],
      ['taken', 'PENDING'],
    ]);
    expect(mails[0]?.['body']).toContain('Porter un colis');
    const reads = section(data, 'addressReads');
    // The volunteer's accepting showed no address, so only the organiser's read is recorded.
    expect(reads).toEqual([expect.objectContaining({ requestId: done, reader: 'Olivier Orga', readerRole: 'ORGANISER' })]);
    expect(section(data, 'tasks')).toEqual([]);
    expect(section(data, 'ideas')).toEqual([expect.objectContaining({ id: idea, title: 'Une boîte à livres', body: 'Square du Temple', neighbourhood: 'Enfants-Rouges', status: 'OPEN', votes: 1 })]);
    expect(section(data, 'ideaVotes')).toEqual([]);
    // Others' comments on their idea are not theirs to take away.
    expect(section(data, 'ideaComments')).toEqual([]);
  });

  it('gives the volunteer their profile, tasks, thanks received, leader score and its history, ambassador term, mails', async () => {
    const { data } = await exportOf(volunteer);
    expect(data.account).toMatchObject({ id: volunteer.id, email: volunteer.email, homeLat: VOLUNTEER_HOME.lat, homeLng: VOLUNTEER_HOME.lng, digestConsent: false });
    expect(data.volunteerProfile).toMatchObject({ skills: expect.arrayContaining(['ERRANDS', 'HOMEWORK', 'COMPANIONSHIP']), completedCount: 1 });
    expect(section(data, 'consentHistory').slice(0, 2).map((c) => c['purpose']).sort()).toEqual(['DIGEST', 'NEWS']);
    const tasks = section(data, 'tasks');
    expect(tasks.map((t) => [t['id'], t['status'], t['requester'], t['address'], t['lat'], t['heldNow']])).toEqual([
      [held, 'ASSIGNED', 'Jeanne Résidente', HELD_ADDRESS, HELD_AT.lat, true],
      [done, 'DONE', 'Jeanne Résidente', null, null, true],
    ]);
    expect(section(data, 'thanksReceived')).toEqual([expect.objectContaining({ requestId: done, requester: 'Jeanne Résidente', rating: 5, message: 'Merci pour les courses' })]);
    expect(section(data, 'endorsementsGiven')).toEqual([expect.objectContaining({ endorsed: 'Bruno Voisin' })]);
    expect(section(data, 'endorsementsReceived').map((e) => e['endorser']).sort()).toEqual(['Bruno Voisin', 'Jeanne Résidente']);
    expect(section(data, 'leaderScores')).toEqual([expect.objectContaining({ neighbourhood: 'Enfants-Rouges' })]);
    expect(section(data, 'leaderScoreHistory')).toEqual([expect.objectContaining({ neighbourhood: 'Enfants-Rouges', rank: 1 })]);
    expect(section(data, 'ambassadorTerms')).toEqual([expect.objectContaining({ neighbourhood: 'Enfants-Rouges', promotedBy: 'Olivier Orga', demotedAt: null })]);
    expect(section(data, 'mailsSentToYou').map((m) => m['subject'])).toContain('Merci pour votre aide');
    expect(section(data, 'requests')).toEqual([]);
    // Thanked once: their vote weighs six fresh ones at least.
    expect(section(data, 'ideaVotes')).toEqual([expect.objectContaining({ ideaId: idea, idea: 'Une boîte à livres', weight: expect.any(Number) })]);
    expect(section(data, 'ideaVotes')[0]?.['weight']).toBeGreaterThanOrEqual(6);
    expect(section(data, 'ideas')).toEqual([]);
    expect(section(data, 'ideaComments')).toEqual([expect.objectContaining({ idea: 'Une boîte à livres', body: "J'ai des livres à donner", hidden: false })]);
  });

  it("holds nobody else's e-mail, home or id, nor the address of a task once closed", async () => {
    const everyone = { resident, volunteer, organiser, admin, neighbour };
    const homes = { resident: RESIDENT_HOME, volunteer: VOLUNTEER_HOME, organiser: ORGANISER_HOME, neighbour: NEIGHBOUR_HOME };
    for (const [name, person] of Object.entries({ resident, volunteer, organiser, neighbour })) {
      const { text } = await exportOf(person);
      for (const [otherName, other] of Object.entries(everyone)) {
        if (otherName === name) continue;
        expect(text.toLowerCase()).not.toContain(other.email.toLowerCase());
        expect(text).not.toContain(other.id);
      }
      for (const [otherName, home] of Object.entries(homes)) {
        if (otherName === name) continue;
        expect(text).not.toContain(String(home.lat));
        expect(text).not.toContain(String(home.lng));
      }
      if (name !== 'organiser') expect(text).not.toContain('Pour un autre');
      if (name !== 'resident') {
        expect(text).not.toContain(DONE_ADDRESS);
        expect(text).not.toContain(String(DONE_AT.lat));
        expect(text).not.toContain(String(DONE_AT.lng));
      }
    }
    // The organiser read the address but never held the task: their export has no trace of it.
    const { data } = await exportOf(organiser);
    expect(section(data, 'tasks')).toEqual([]);
    expect(section(data, 'mailsSentToYou').map((m) => m['subject'])).toEqual(['Pour un autre']);
  });

  it('refuses a caller who is not signed in', async () => {
    expect(errorCode(await test.api.request(EXPORT))).toBe('UNAUTHENTICATED');
  });

  it('refuses an eleventh export within the hour, per account', async () => {
    const someone = await signUp(test.api);
    for (let i = 0; i < 10; i++) await exportOf(someone);
    expect((await test.api.request(EXPORT, {}, someone.token)).errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'TOO_MANY_ATTEMPTS' });
    // Another account is not held back by it.
    expect((await exportOf(admin)).data.account).toMatchObject({ id: admin.id });
  });
});
