import { errorCode } from './support/graphql-client';
import { makeOrganiser, signUpVolunteer } from './support/help-request-fixtures';
import type { SignedUp } from './support/people-fixtures';
import { makeAdmin, signUp } from './support/people-fixtures';
import { importParis, neighbourhoodIdsByName } from './support/paris-fixtures';
import type { TestApp } from './support/test-app';
import { startTestApp } from './support/test-app';

const CREATE = `mutation C($input: WayToHelpInput!) { createWayToHelp(input: $input) { id kind title link neighbourhoods { id } } }`;
const LIST = `query L($n: ID) { waysToHelp(neighbourhoodId: $n) { id title } }`;
const ARCHIVE = `mutation A($id: ID!) { archiveWayToHelp(id: $id) }`;

// A home in the Archives quartier (Paris 3e), next to Enfants-Rouges.
const ELSEWHERE_HOME = { lat: 48.86093, lng: 2.35854 };

describe('ways to help from home', () => {
  let test: TestApp;
  let here: string;
  let there: string;
  let organiser: SignedUp;
  let admin: SignedUp;
  let volunteer: SignedUp;
  let farVolunteer: SignedUp;

  const titles = async (who: SignedUp, n?: string) => (await test.api.ok<{ waysToHelp: { title: string }[] }>(LIST, n ? { n } : {}, who.token)).waysToHelp.map((w) => w.title);
  const input = (title: string, neighbourhoodIds: string[], extra: Record<string, unknown> = {}) => ({
    input: { kind: 'GIVE_GOODS', title, body: 'Des livres pour l’école du quartier', neighbourhoodIds, ...extra },
  });

  beforeAll(async () => {
    test = await startTestApp();
    await importParis(test, [3]);
    const ids = await neighbourhoodIdsByName(test);
    here = ids['Enfants-Rouges'] as string;
    there = ids['Archives'] as string;
    organiser = await makeOrganiser(test.api, test.db, [here]);
    admin = await makeAdmin(test.api, test.db);
    volunteer = await signUpVolunteer(test.api);
    farVolunteer = await signUpVolunteer(test.api, { location: ELSEWHERE_HOME });
  });
  afterAll(() => test.close());

  it('refuses bad input, other neighbourhoods, the whole city for organisers, and people who organise nothing', async () => {
    const bad = await test.api.request(CREATE, input(' ', [here], { body: '', link: 'javascript:alert(1)' }), organiser.token);
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect((bad.errors?.[0]?.extensions?.['fields'] as { field: string }[]).map((f) => f.field)).toEqual(['title', 'body', 'link']);
    expect(errorCode(await test.api.request(CREATE, input('Livres', [there]), organiser.token))).toBe('FORBIDDEN');
    expect(errorCode(await test.api.request(CREATE, input('Livres', []), organiser.token))).toBe('FORBIDDEN');
    expect(errorCode(await test.api.request(CREATE, input('Livres', [here]), volunteer.token))).toBe('FORBIDDEN');
    expect(errorCode(await test.api.request(CREATE, input('Livres', [here])))).toBe('UNAUTHENTICATED');
    expect(Number((await test.db.query(`SELECT count(*) AS n FROM way_to_help`))[0].n)).toBe(0);
  });

  it('shows each person those for where they live and for the whole city, newest first', async () => {
    const local = await test.api.ok<{ createWayToHelp: Record<string, unknown> }>(
      CREATE,
      input('Collecte de livres', [here], { link: 'https://example.org/livres' }),
      organiser.token,
    );
    expect(local.createWayToHelp).toMatchObject({ kind: 'GIVE_GOODS', link: 'https://example.org/livres', neighbourhoods: [{ id: here }] });
    await test.api.ok(CREATE, input('Don du sang', [], { kind: 'GIVE_BLOOD' }), admin.token);
    expect(await titles(volunteer)).toEqual(['Don du sang', 'Collecte de livres']);
    expect(await titles(farVolunteer)).toEqual(['Don du sang']);
    expect(await titles(organiser, here)).toEqual(['Don du sang', 'Collecte de livres']);
    expect(errorCode(await test.api.request(LIST, { n: there }, organiser.token))).toBe('FORBIDDEN');
    expect(errorCode(await test.api.request(LIST, {}))).toBe('UNAUTHENTICATED');
  });

  it('archives one for its organisers only; it is no longer shown, and the archive is audited', async () => {
    const [way] = (await test.api.ok<{ waysToHelp: { id: string; title: string }[] }>(LIST, {}, volunteer.token)).waysToHelp.filter((w) => w.title === 'Collecte de livres');
    const elsewhere = await makeOrganiser(test.api, test.db, [there]);
    expect(errorCode(await test.api.request(ARCHIVE, { id: way?.id }, elsewhere.token))).toBe('NOT_FOUND');
    expect(errorCode(await test.api.request(ARCHIVE, { id: way?.id }, volunteer.token))).toBe('NOT_FOUND');
    expect((await test.api.ok<{ archiveWayToHelp: boolean }>(ARCHIVE, { id: way?.id }, organiser.token)).archiveWayToHelp).toBe(true);
    expect(await titles(volunteer)).toEqual(['Don du sang']);
    expect(await test.db.query(`SELECT actor_id FROM audit_log WHERE action = 'ARCHIVE_WAY_TO_HELP' AND subject_id = $1`, [way?.id])).toEqual([{ actor_id: organiser.id }]);
  });

  it('counts at most 20 a day per organiser', async () => {
    const busy = await makeOrganiser(test.api, test.db, [here]);
    for (let i = 0; i < 20; i++) await test.api.ok(CREATE, input(`Idée ${i}`, [here]), busy.token);
    const refused = await test.api.request(CREATE, input('Une de trop', [here]), busy.token);
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect(refused.errors?.[0]?.extensions?.['reason']).toBe('TOO_MANY_ATTEMPTS');
    const resident = await signUp(test.api);
    expect((await titles(resident)).length).toBeGreaterThanOrEqual(21);
  });
});
