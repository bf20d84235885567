import { IDEAS_PER_DAY, NEWNESS_BONUS, VOTES_PER_TEN_MINUTES } from '@relais/domain-ideas';
import { errorCode } from './support/graphql-client';
import type { GraphQLResult } from './support/graphql-client';
import { ACCEPT, COMPLETE, THANK, makeOrganiser, postRequest, signUpVolunteer } from './support/help-request-fixtures';
import type { SignedUp } from './support/people-fixtures';
import { makeAdmin, signUp } from './support/people-fixtures';
import { importParis, neighbourhoodIdsByName } from './support/paris-fixtures';
import type { TestApp } from './support/test-app';
import { startTestApp } from './support/test-app';

const IDEA_FIELDS = `id title body status votes score votedByMe moderationReason createdAt author { id } neighbourhood { id }`;
const POST = `mutation Post($input: IdeaInput!) { postIdea(input: $input) { ${IDEA_FIELDS} } }`;
const VOTE = `mutation Vote($id: ID!) { voteIdea(id: $id) { ${IDEA_FIELDS} } }`;
const UNVOTE = `mutation Unvote($id: ID!) { unvoteIdea(id: $id) { ${IDEA_FIELDS} } }`;
const MODERATE = `mutation Moderate($id: ID!, $status: IdeaStatus!, $reason: String!) { moderateIdea(id: $id, status: $status, reason: $reason) { ${IDEA_FIELDS} } }`;
const LIST = `query Ideas($order: IdeaOrder, $n: ID, $first: Int) { ideas(order: $order, neighbourhoodId: $n, first: $first) { ${IDEA_FIELDS} } }`;
const UNKNOWN = '7d1c3d2e-8a4b-4c5d-9e6f-0a1b2c3d4e5f';

interface IdeaView {
  id: string;
  title: string;
  body: string;
  status: string;
  votes: number;
  score: number;
  votedByMe: boolean;
  moderationReason: string | null;
  author: { id: string };
  neighbourhood: { id: string } | null;
}

describe('the idea board', () => {
  let test: TestApp;
  let n: Record<string, string>;
  let admin: SignedUp;
  let organiser: SignedUp;
  let elsewhere: SignedUp;
  let author: SignedUp;
  let reader: SignedUp;

  const post = async (token: string, input: { title: string; body?: string; neighbourhoodId?: string | null }) =>
    (await test.api.ok<{ postIdea: IdeaView }>(POST, { input: { body: 'Parce que le quartier en a besoin.', ...input } }, token)).postIdea;
  const vote = async (id: string, token: string) => (await test.api.ok<{ voteIdea: IdeaView }>(VOTE, { id }, token)).voteIdea;
  const list = async (token: string, variables: { order?: string; n?: string | null; first?: number }) =>
    (await test.api.ok<{ ideas: IdeaView[] }>(LIST, variables, token)).ideas;
  const fields = (result: GraphQLResult<unknown>) => (result.errors?.[0]?.extensions?.fields ?? []).map((f) => f.field);
  const daysAgo = (id: string, days: number) => test.db.query(`UPDATE idea SET created_at = now() - make_interval(days => $2) WHERE id = $1`, [id, days]);

  /** A volunteer who did one request of a resident, who thanked them. */
  async function helper(resident: SignedUp): Promise<SignedUp> {
    const volunteer = await signUpVolunteer(test.api);
    const request = await postRequest(test.api, resident.token);
    await test.api.ok(ACCEPT, { id: request.id }, volunteer.token);
    await test.api.ok(COMPLETE, { id: request.id }, volunteer.token);
    await test.api.ok(THANK, { requestId: request.id, rating: 5 }, resident.token);
    return volunteer;
  }

  beforeAll(async () => {
    test = await startTestApp();
    await importParis(test, [3]);
    n = await neighbourhoodIdsByName(test);
    admin = await makeAdmin(test.api, test.db);
    organiser = await makeOrganiser(test.api, test.db, [n['Enfants-Rouges'] as string]);
    elsewhere = await makeOrganiser(test.api, test.db, [n['Archives'] as string]);
    author = await signUp(test.api, { displayName: 'Aude Autrice' });
    reader = await signUp(test.api, { displayName: 'Rémi Lecteur' });
  });
  afterAll(() => test.close());

  describe('posting', () => {
    it('gives any signed-in person an open idea about a neighbourhood or the whole city, without a vote', async () => {
      const idea = await post(author.token, { title: '  Un jardin partagé square du Temple  ', body: ' Des bacs et un composteur. ', neighbourhoodId: n['Enfants-Rouges'] });
      expect(idea).toMatchObject({
        title: 'Un jardin partagé square du Temple',
        body: 'Des bacs et un composteur.',
        status: 'OPEN',
        votes: 0,
        votedByMe: false,
        moderationReason: null,
        author: { id: author.id },
        neighbourhood: { id: n['Enfants-Rouges'] },
      });
      // A new idea's score is its newness bonus alone.
      expect(idea.score).toBeCloseTo(NEWNESS_BONUS, 3);
      const cityWide = await post(reader.token, { title: 'Une fête des voisins dans toute la ville' });
      expect(cityWide.neighbourhood).toBeNull();
      expect(await test.db.query(`SELECT count(*)::int AS n FROM idea_vote`)).toEqual([{ n: 0 }]);
    });

    it('refuses bad input, naming each field, an unknown neighbourhood, and anyone not signed in', async () => {
      const bad = await test.api.request(POST, { input: { title: ' ab ', body: '   ' } }, author.token);
      expect(errorCode(bad)).toBe('BAD_USER_INPUT');
      expect(fields(bad)).toEqual(['title', 'body']);
      const long = await test.api.request(POST, { input: { title: 't'.repeat(141), body: 'b'.repeat(5001) } }, author.token);
      expect(fields(long)).toEqual(['title', 'body']);
      expect(errorCode(await test.api.request(POST, { input: { title: 'Un titre', body: 'x', neighbourhoodId: UNKNOWN } }, author.token))).toBe('NOT_FOUND');
      expect(errorCode(await test.api.request(POST, { input: { title: 'Un titre', body: 'x', neighbourhoodId: 'pas-un-id' } }, author.token))).toBe('BAD_USER_INPUT');
      expect(errorCode(await test.api.request(POST, { input: { title: 'Un titre', body: 'x' } }))).toBe('UNAUTHENTICATED');
      expect(errorCode(await test.api.request(LIST, {}))).toBe('UNAUTHENTICATED');
      for (const first of [0, 101]) expect(fields(await test.api.request(LIST, { first }, reader.token))).toEqual(['first']);
      expect(await test.db.query(`SELECT count(*)::int AS n FROM idea WHERE author_id = $1`, [author.id])).toEqual([{ n: 1 }]);
    });

    it(`takes ${IDEAS_PER_DAY} ideas a day from one person, then refuses with the seconds to wait`, async () => {
      const prolific = await signUp(test.api);
      for (let i = 0; i < IDEAS_PER_DAY; i++) await post(prolific.token, { title: `Idée numéro ${i}` });
      const refused = await test.api.request(POST, { input: { title: 'Une de trop', body: 'x' } }, prolific.token);
      expect(errorCode(refused)).toBe('FORBIDDEN');
      expect(refused.errors?.[0]?.extensions).toMatchObject({ reason: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: expect.any(Number) });
      expect(await test.db.query(`SELECT count(*)::int AS n FROM idea WHERE author_id = $1`, [prolific.id])).toEqual([{ n: IDEAS_PER_DAY }]);
      // Another person is not held back by it.
      await post(reader.token, { title: 'Une autre voix' });
    });
  });

  describe('voting', () => {
    let idea: IdeaView;
    beforeAll(async () => {
      idea = await post(author.token, { title: 'Des bancs rue de Bretagne', neighbourhoodId: n['Enfants-Rouges'] });
    });

    it('counts one vote per person: voting again changes nothing, unvoting takes it back', async () => {
      const voted = await vote(idea.id, reader.token);
      expect(voted).toMatchObject({ votes: 1, votedByMe: true });
      expect(voted.score).toBeGreaterThan(idea.score);
      const again = await vote(idea.id, reader.token);
      expect(again).toMatchObject({ votes: 1, votedByMe: true });
      expect(again.score).toBeCloseTo(voted.score, 6);
      expect(await test.db.query(`SELECT count(*)::int AS n FROM idea_vote WHERE idea_id = $1`, [idea.id])).toEqual([{ n: 1 }]);
      // Seen by someone else: counted, not theirs.
      const [seen] = (await list(author.token, { order: 'NEW', n: n['Enfants-Rouges'], first: 1 })).filter((i) => i.id === idea.id);
      expect(seen).toMatchObject({ votes: 1, votedByMe: false });

      const unvoted = (await test.api.ok<{ unvoteIdea: IdeaView }>(UNVOTE, { id: idea.id }, reader.token)).unvoteIdea;
      expect(unvoted).toMatchObject({ votes: 0, votedByMe: false });
      expect(unvoted.score).toBeLessThan(NEWNESS_BONUS + 1e-6);
      const twice = (await test.api.ok<{ unvoteIdea: IdeaView }>(UNVOTE, { id: idea.id }, reader.token)).unvoteIdea;
      expect(twice.votes).toBe(0);
      expect(await test.db.query(`SELECT votes, vote_weight::float8 AS w FROM idea WHERE id = $1`, [idea.id])).toEqual([{ votes: 0, w: 0 }]);
    });

    it('refuses an unknown idea and anyone not signed in', async () => {
      expect(errorCode(await test.api.request(VOTE, { id: UNKNOWN }, reader.token))).toBe('NOT_FOUND');
      expect(errorCode(await test.api.request(UNVOTE, { id: UNKNOWN }, reader.token))).toBe('NOT_FOUND');
      expect(errorCode(await test.api.request(VOTE, { id: idea.id }))).toBe('UNAUTHENTICATED');
    });

    it(`takes ${VOTES_PER_TEN_MINUTES} votes and withdrawals in ten minutes from one person, then refuses`, async () => {
      const restless = await signUp(test.api);
      for (let i = 0; i < VOTES_PER_TEN_MINUTES; i++) await test.api.ok(i % 2 ? UNVOTE : VOTE, { id: idea.id }, restless.token);
      const refused = await test.api.request(VOTE, { id: idea.id }, restless.token);
      expect(errorCode(refused)).toBe('FORBIDDEN');
      expect(refused.errors?.[0]?.extensions?.['reason']).toBe('TOO_MANY_ATTEMPTS');
      expect(await test.db.query(`SELECT count(*)::int AS n FROM idea_vote WHERE voter_id = $1`, [restless.id])).toEqual([{ n: 0 }]);
    });
  });

  describe('order', () => {
    it('puts NEW newest first, and TOP by score, the newer first when backing is equal', async () => {
      const where = n['Arts-et-Métiers'] as string;
      const old = await post(author.token, { title: 'Ancienne idée', neighbourhoodId: where });
      const middle = await post(author.token, { title: 'Idée de la semaine', neighbourhoodId: where });
      const recent = await post(author.token, { title: 'Idée du jour', neighbourhoodId: where });
      await daysAgo(old.id, 10);
      await daysAgo(middle.id, 2);
      const voters = [await signUp(test.api), await signUp(test.api)];
      for (const voter of voters) await vote(old.id, voter.token);
      expect((await list(reader.token, { order: 'NEW', n: where })).map((i) => i.title)).toEqual(['Idée du jour', 'Idée de la semaine', 'Ancienne idée']);
      const top = await list(reader.token, { order: 'TOP', n: where });
      expect(top.map((i) => i.title)).toEqual(['Ancienne idée', 'Idée du jour', 'Idée de la semaine']);
      expect(top.map((i) => i.votes)).toEqual([2, 0, 0]);
      // TOP is the default order; first bounds the page.
      expect((await list(reader.token, { n: where, first: 1 })).map((i) => i.id)).toEqual([old.id]);
      expect(top[0]!.score).toBeGreaterThan(top[1]!.score);
      expect(recent.id).toBe(top[1]!.id);
    });

    it('does not let a burst of 20 fresh accounts outrank an idea backed by 4 people who helped and were thanked', async () => {
      const where = n['Sainte-Avoie'] as string;
      const known = await post(author.token, { title: 'Une permanence d’entraide au marché', neighbourhoodId: where });
      await daysAgo(known.id, 1);
      const brigaded = await post(reader.token, { title: 'Idée poussée par des comptes neufs', neighbourhoodId: where });
      const resident = await signUp(test.api);
      for (let i = 0; i < 4; i++) await vote(known.id, (await helper(resident)).token);
      for (let i = 0; i < 20; i++) await vote(brigaded.id, (await signUp(test.api)).token);
      const top = await list(reader.token, { order: 'TOP', n: where });
      expect(top.map((i) => [i.id, i.votes])).toEqual([
        [known.id, 4],
        [brigaded.id, 20],
      ]);
      expect(top[0]!.score).toBeGreaterThan(top[1]!.score);
      // City-wide too: without a neighbourhood, TOP ranks every idea of the city.
      const city = (await list(reader.token, { order: 'TOP', first: 100 })).map((i) => i.id);
      expect(city.indexOf(known.id)).toBeLessThan(city.indexOf(brigaded.id));
      expect(city).toContain(known.id);
    });
  });

  describe('moderation', () => {
    let here: IdeaView;
    let cityWide: IdeaView;
    beforeAll(async () => {
      here = await post(author.token, { title: 'Une idée à modérer', neighbourhoodId: n['Enfants-Rouges'] });
      cityWide = await post(author.token, { title: 'Une idée pour toute la ville' });
    });

    it('is for organisers of its neighbourhood and ADMIN; an idea about the whole city, any organiser', async () => {
      const args = { id: here.id, status: 'ADOPTED', reason: 'Reprise par le conseil de quartier' };
      expect(errorCode(await test.api.request(MODERATE, args, elsewhere.token))).toBe('FORBIDDEN');
      expect(errorCode(await test.api.request(MODERATE, args, reader.token))).toBe('FORBIDDEN');
      expect(errorCode(await test.api.request(MODERATE, args, author.token))).toBe('FORBIDDEN');
      expect(errorCode(await test.api.request(MODERATE, args))).toBe('UNAUTHENTICATED');
      expect(errorCode(await test.api.request(MODERATE, { ...args, id: UNKNOWN }, admin.token))).toBe('NOT_FOUND');
      const adopted = (await test.api.ok<{ moderateIdea: IdeaView }>(MODERATE, args, organiser.token)).moderateIdea;
      expect(adopted).toMatchObject({ status: 'ADOPTED', moderationReason: 'Reprise par le conseil de quartier' });

      const cityArgs = { id: cityWide.id, status: 'ADOPTED', reason: 'Retenue pour la ville' };
      expect(errorCode(await test.api.request(MODERATE, cityArgs, reader.token))).toBe('FORBIDDEN');
      expect((await test.api.ok<{ moderateIdea: IdeaView }>(MODERATE, cityArgs, elsewhere.token)).moderateIdea.status).toBe('ADOPTED');
      expect((await test.api.ok<{ moderateIdea: IdeaView }>(MODERATE, { ...cityArgs, status: 'OPEN' }, admin.token)).moderateIdea.status).toBe('OPEN');
      // Hidden, an idea about the whole city is seen by its author and every organiser, not by other people.
      await test.api.ok(MODERATE, { ...cityArgs, status: 'HIDDEN', reason: 'Hors sujet' }, elsewhere.token);
      const seen = async (who: { token: string }) =>
        (await test.api.ok<{ ideas: IdeaView[] }>(LIST, { order: 'NEW', first: 100 }, who.token)).ideas.some((idea) => idea.id === cityWide.id);
      expect([await seen(author), await seen(organiser), await seen(elsewhere), await seen(reader)]).toEqual([true, true, true, false]);
      await test.api.ok(MODERATE, { ...cityArgs, status: 'OPEN', reason: 'Rouverte' }, organiser.token);
    });

    it('needs a reason of 1 to 500 characters, and changes nothing without one', async () => {
      for (const reason of ['   ', 'r'.repeat(501)]) {
        const refused = await test.api.request(MODERATE, { id: here.id, status: 'HIDDEN', reason }, organiser.token);
        expect(errorCode(refused)).toBe('BAD_USER_INPUT');
        expect(fields(refused)).toEqual(['reason']);
      }
      expect(await test.db.query(`SELECT status FROM idea WHERE id = $1`, [here.id])).toEqual([{ status: 'ADOPTED' }]);
    });

    it('hides an idea from all but its author, organisers of its neighbourhood and ADMIN, and it takes no votes', async () => {
      await vote(here.id, reader.token);
      await test.api.ok(MODERATE, { id: here.id, status: 'HIDDEN', reason: 'Propos blessants envers des voisins' }, organiser.token);
      const sees = async (token: string) => (await list(token, { order: 'NEW', first: 100 })).some((i) => i.id === here.id);
      expect(await sees(author.token)).toBe(true);
      expect(await sees(organiser.token)).toBe(true);
      expect(await sees(admin.token)).toBe(true);
      expect(await sees(reader.token)).toBe(false);
      expect(await sees(elsewhere.token)).toBe(false);
      expect((await list(reader.token, { order: 'TOP', n: n['Enfants-Rouges'], first: 100 })).map((i) => i.id)).not.toContain(here.id);

      const mine = (await list(author.token, { order: 'NEW', n: n['Enfants-Rouges'], first: 100 })).find((i) => i.id === here.id);
      expect(mine).toMatchObject({ status: 'HIDDEN', moderationReason: 'Propos blessants envers des voisins' });
      // Unseen, it does not exist for them; seen, it takes no votes.
      const one = `query One($id: ID!) { idea(id: $id) { id status moderationReason } }`;
      const mineOf = async (token: string) => (await test.api.ok<{ myIdeas: { id: string }[] }>(`{ myIdeas(first: 100) { id } }`, {}, token)).myIdeas.map((i) => i.id);
      expect(await mineOf(author.token)).toContain(here.id);
      expect(await mineOf(reader.token)).not.toContain(here.id);
      expect(errorCode(await test.api.request(one, { id: here.id }, reader.token))).toBe('NOT_FOUND');
      expect((await test.api.ok<{ idea: unknown }>(one, { id: here.id }, author.token)).idea).toEqual({ id: here.id, status: 'HIDDEN', moderationReason: 'Propos blessants envers des voisins' });
      expect(errorCode(await test.api.request(VOTE, { id: here.id }, reader.token))).toBe('NOT_FOUND');
      expect(errorCode(await test.api.request(MODERATE, { id: here.id, status: 'OPEN', reason: 'x' }, elsewhere.token))).toBe('NOT_FOUND');
      const hidden = await test.api.request(VOTE, { id: here.id }, author.token);
      expect(errorCode(hidden)).toBe('CONFLICT');
      expect(hidden.errors?.[0]?.extensions?.['reason']).toBe('IDEA_HIDDEN');
      expect(await test.db.query(`SELECT count(*)::int AS n FROM idea_vote WHERE idea_id = $1`, [here.id])).toEqual([{ n: 1 }]);

      // Reopened with a reason, it is everyone's again.
      await test.api.ok(MODERATE, { id: here.id, status: 'OPEN', reason: 'Reformulée par son autrice' }, admin.token);
      expect(await sees(reader.token)).toBe(true);
    });

    it('is audited: who, which idea, from what to what and why', async () => {
      const rows = await test.db.query(
        `SELECT actor_id AS "actorId", detail FROM audit_log WHERE action = 'MODERATE_IDEA' AND subject_type = 'idea' AND subject_id = $1 ORDER BY id`,
        [here.id],
      );
      expect(rows).toEqual([
        { actorId: organiser.id, detail: { from: 'OPEN', to: 'ADOPTED', reason: 'Reprise par le conseil de quartier', neighbourhoodId: n['Enfants-Rouges'] } },
        { actorId: organiser.id, detail: { from: 'ADOPTED', to: 'HIDDEN', reason: 'Propos blessants envers des voisins', neighbourhoodId: n['Enfants-Rouges'] } },
        { actorId: admin.id, detail: { from: 'HIDDEN', to: 'OPEN', reason: 'Reformulée par son autrice', neighbourhoodId: n['Enfants-Rouges'] } },
      ]);
      const moderationReasonFor = async (token: string) => (await list(token, { order: 'NEW', first: 100 })).find((i) => i.id === here.id)?.moderationReason;
      expect(await moderationReasonFor(reader.token)).toBeNull();
      expect(await moderationReasonFor(author.token)).toBe('Reformulée par son autrice');
    });
  });
});
