import { COMMENTS_PER_DAY } from '@relais/domain-ideas';
import { errorCode } from './support/graphql-client';
import { makeOrganiser, signUpVolunteer } from './support/help-request-fixtures';
import type { SignedUp } from './support/people-fixtures';
import { signUp } from './support/people-fixtures';
import { importParis, neighbourhoodIdsByName } from './support/paris-fixtures';
import type { TestApp } from './support/test-app';
import { startTestApp } from './support/test-app';

const POST = `mutation Post($input: IdeaInput!) { postIdea(input: $input) { id } }`;
const COMMENT = `mutation Comment($id: ID!, $body: String!) { commentIdea(ideaId: $id, body: $body) { id body hidden author { id } } }`;
const HIDE = `mutation Hide($id: ID!) { hideIdeaComment(id: $id) { id hidden } }`;
const THREAD = `query Thread($id: ID!) { idea(id: $id) { comments { id body hidden author { id } } } }`;
const MODERATE = `mutation M($id: ID!, $status: IdeaStatus!, $reason: String!) { moderateIdea(id: $id, status: $status, reason: $reason) { id } }`;

describe('comments on ideas', () => {
  let test: TestApp;
  let here: string;
  let author: SignedUp;
  let neighbour: SignedUp;
  let organiser: SignedUp;
  let elsewhere: SignedUp;
  let idea: string;

  const thread = async (who: SignedUp) => (await test.api.ok<{ idea: { comments: { id: string; body: string; hidden: boolean }[] } }>(THREAD, { id: idea }, who.token)).idea.comments;

  beforeAll(async () => {
    test = await startTestApp();
    await importParis(test, [3]);
    const ids = await neighbourhoodIdsByName(test);
    here = ids['Enfants-Rouges'] as string;
    author = await signUp(test.api, { displayName: 'Autrice' });
    neighbour = await signUpVolunteer(test.api, { displayName: 'Voisin' });
    organiser = await makeOrganiser(test.api, test.db, [here]);
    elsewhere = await makeOrganiser(test.api, test.db, [ids['Archives'] as string]);
    idea = (await test.api.ok<{ postIdea: { id: string } }>(POST, { input: { title: 'Des bancs au square', body: 'Pour les anciens', neighbourhoodId: here } }, author.token)).postIdea.id;
  });
  afterAll(() => test.close());

  it('takes a comment from anyone who sees the idea, trimmed, and refuses empty or too long ones', async () => {
    const made = await test.api.ok<{ commentIdea: Record<string, unknown> }>(COMMENT, { id: idea, body: '  Bonne idée !  ' }, neighbour.token);
    expect(made.commentIdea).toMatchObject({ body: 'Bonne idée !', hidden: false, author: { id: neighbour.id } });
    for (const body of ['   ', 'x'.repeat(2001)]) expect(errorCode(await test.api.request(COMMENT, { id: idea, body }, neighbour.token))).toBe('BAD_USER_INPUT');
    expect(errorCode(await test.api.request(COMMENT, { id: idea, body: 'Bonjour' }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await test.api.request(COMMENT, { id: '7d1c3d2e-8a4b-4c5d-9e6f-0a1b2c3d4e5f', body: 'Bonjour' }, neighbour.token))).toBe('NOT_FOUND');
    expect((await thread(author)).map((c) => c.body)).toEqual(['Bonne idée !']);
  });

  it('lets the idea’s moderators hide a comment, seen then only by its author and them, and audited', async () => {
    const rude = (await test.api.ok<{ commentIdea: { id: string } }>(COMMENT, { id: idea, body: 'Propos blessant' }, neighbour.token)).commentIdea.id;
    expect(errorCode(await test.api.request(HIDE, { id: rude }, author.token))).toBe('NOT_FOUND');
    expect(errorCode(await test.api.request(HIDE, { id: rude }, elsewhere.token))).toBe('NOT_FOUND');
    expect((await test.api.ok<{ hideIdeaComment: { hidden: boolean } }>(HIDE, { id: rude }, organiser.token)).hideIdeaComment.hidden).toBe(true);
    expect((await thread(author)).map((c) => c.body)).toEqual(['Bonne idée !']);
    expect((await thread(neighbour)).map((c) => [c.body, c.hidden])).toEqual([
      ['Bonne idée !', false],
      ['Propos blessant', true],
    ]);
    expect((await thread(organiser)).length).toBe(2);
    expect(await test.db.query(`SELECT actor_id FROM audit_log WHERE action = 'HIDE_IDEA_COMMENT' AND subject_id = $1`, [rude])).toEqual([{ actor_id: organiser.id }]);
  });

  it('takes no comment on a hidden idea', async () => {
    await test.api.ok(MODERATE, { id: idea, status: 'HIDDEN', reason: 'Doublon' }, organiser.token);
    const refused = await test.api.request(COMMENT, { id: idea, body: 'Encore ?' }, author.token);
    expect(errorCode(refused)).toBe('CONFLICT');
    expect(refused.errors?.[0]?.extensions?.['reason']).toBe('IDEA_HIDDEN');
    expect(errorCode(await test.api.request(COMMENT, { id: idea, body: 'Encore ?' }, neighbour.token))).toBe('NOT_FOUND');
    await test.api.ok(MODERATE, { id: idea, status: 'OPEN', reason: 'Rouverte' }, organiser.token);
  });

  it(`counts at most ${COMMENTS_PER_DAY} comments a day per person`, async () => {
    const chatty = await signUp(test.api);
    for (let i = 0; i < COMMENTS_PER_DAY; i++) await test.api.ok(COMMENT, { id: idea, body: `Message ${i}` }, chatty.token);
    const refused = await test.api.request(COMMENT, { id: idea, body: 'Un de trop' }, chatty.token);
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect(refused.errors?.[0]?.extensions?.['reason']).toBe('TOO_MANY_ATTEMPTS');
  });

  describe('share links', () => {
    const SHARE = `query Share($id: ID!) { idea(id: $id) { myShare { url visits signUps } } }`;
    const SIGN_UP = `mutation S($input: SignUpInput!) { signUp(input: $input) { person { id } } }`;

    it('gives each person a link with their referral code; a visit counts, a sign-up through it is theirs and the idea’s', async () => {
      const share = (await test.api.ok<{ idea: { myShare: { url: string } } }>(SHARE, { id: idea }, neighbour.token)).idea.myShare;
      expect(share.url).toBe(`http://localhost:3000/i/${idea}?c=${neighbour.referralCode}`);
      const path = share.url.replace('http://localhost:3000', '');
      const visit = await fetch(`${test.baseUrl}${path}`, { redirect: 'manual' });
      expect(visit.status).toBe(303);
      expect(visit.headers.get('location')).toBe(`/inscription?code=${neighbour.referralCode}&idee=${idea}`);
      // A code that names nobody, or no idea: nothing counted.
      expect((await fetch(`${test.baseUrl}/i/${idea}?c=ZZZZZZZZ`, { redirect: 'manual' })).headers.get('location')).toBe('/inscription');
      const joined = await test.api.ok<{ signUp: { person: { id: string } } }>(SIGN_UP, {
        input: { email: `partage.${Date.now()}@example.org`, password: 'correct horse battery', displayName: 'Venue par une idée', role: 'RESIDENT', location: { lat: 48.8625, lng: 2.3615 }, referralCode: neighbour.referralCode, ideaId: idea },
      });
      expect((await test.db.query(`SELECT referred_by_id, came_for_idea_id FROM person WHERE id = $1`, [joined.signUp.person.id]))[0]).toEqual({ referred_by_id: neighbour.id, came_for_idea_id: idea });
      expect((await test.api.ok<{ idea: { myShare: unknown } }>(SHARE, { id: idea }, neighbour.token)).idea.myShare).toMatchObject({ visits: 1, signUps: 1 });
      // Another person's link of the same idea starts from nothing.
      expect((await test.api.ok<{ idea: { myShare: unknown } }>(SHARE, { id: idea }, author.token)).idea.myShare).toMatchObject({ visits: 0, signUps: 0 });
    });
  });
});
