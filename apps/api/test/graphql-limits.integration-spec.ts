import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import type { GraphQLErrorBody } from './support/graphql-client';
import { importParis } from './support/paris-fixtures';
import type { SignedUp } from './support/people-fixtures';
import { makeAdmin, signUp } from './support/people-fixtures';
import type { TestApp } from './support/test-app';
import { startTestApp } from './support/test-app';

const nest = (levels: number, leaf: string): string => (levels === 0 ? leaf : `adjacent { ${nest(levels - 1, leaf)} }`);
const DEEP = `{ neighbourhoods { ${nest(50, 'id')} } }`;
const aliases = (n: number, field: string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
// The 31 KB document; its 5,000 tokens stop the parser before aliases are counted.
const ALIASES = aliases(1000, 'neighbourhoods { boundary }');
const TOKENS = `{ me { ${'id '.repeat(30_000)}} }`;
const DIRECTIVES = `{ me { ${'id @include(if: true) '.repeat(100)}} }`;
// Nested pages: GraphQL Armor multiplies each level by its literal `first`.
const COST = `{ leaderBoard(neighbourhoodId: "00000000-0000-4000-8000-000000000000", first: 100) {
  items { endorsers(first: 100) { id displayName } recruits(first: 100) { id displayName } } } }`;
// Within depth, aliases and cost: only the reply's size, lists multiplied, gives it away.
const FAN_OUT = `{ neighbourhoods { ${nest(3, 'boundary')} } }`;

interface Reply {
  status: number;
  errors?: GraphQLErrorBody[];
  data?: unknown;
}

describe('GraphQL document limits', () => {
  let test: TestApp;
  let resident: SignedUp;
  let admin: SignedUp;

  const post = async (body: unknown, token?: string | null): Promise<Reply> => {
    const response = await fetch(`${test.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, ...(text.startsWith('{') ? (JSON.parse(text) as object) : {}) };
  };
  const query = (source: string, token?: string | null, variables: Record<string, unknown> = {}) => post({ query: source, variables }, token);
  const refusal = (reply: Reply) => ({
    status: reply.status,
    code: reply.errors?.[0]?.extensions?.code,
    limits: reply.errors?.map((e) => e.extensions?.['limit']),
    data: reply.data,
  });
  const consentOf = async (person: SignedUp): Promise<boolean> =>
    ((await test.db.query(`SELECT ranking_consent FROM person WHERE id = $1`, [person.id])) as { ranking_consent: boolean }[])[0]?.ranking_consent ?? false;

  beforeAll(async () => {
    test = await startTestApp();
    await importParis(test, [3, 4]);
    resident = await signUp(test.api, { rankingConsent: false });
    admin = await makeAdmin(test.api, test.db);
  });
  afterAll(() => test.close());

  it.each([
    ['50 levels of adjacent', DEEP, 'depth'],
    ['60 aliases of every boundary', aliases(60, 'neighbourhoods { boundary }'), 'aliases'],
    ['100 directives', DIRECTIVES, 'directives'],
    ['nested pages of 100', COST, 'cost'],
    ['three levels of adjacent boundaries', FAN_OUT, 'replySize'],
  ])('refuses %s, signed in or not, before anything runs', async (_what, source, limit) => {
    for (const token of [null, admin.token]) {
      expect(refusal(await query(source, token))).toEqual({
        status: 400,
        code: 'GRAPHQL_VALIDATION_FAILED',
        limits: expect.arrayContaining([limit]),
        data: undefined,
      });
    }
  });

  it.each([
    ['of 30,000 tokens', TOKENS],
    ['of the issue, 1,000 aliases of every boundary', ALIASES],
  ])('refuses a document %s as the parser reaches the token limit', async (_what, source) => {
    for (const token of [null, admin.token]) {
      const reply = await query(source, token);
      expect(refusal(reply)).toMatchObject({ status: 400, code: 'GRAPHQL_PARSE_FAILED', data: undefined });
      expect(reply.errors?.[0]?.message).toMatch(/contains more th\w+ 1000 tokens/);
    }
  });

  it('runs nothing of a refused mutation', async () => {
    const deepMutation = `mutation { updateRankingConsent(consent: true) { neighbourhood { ${nest(10, 'id')} } } }`;
    expect(refusal(await query(deepMutation, resident.token))).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limits: expect.arrayContaining(['depth']) });
    expect(await consentOf(resident)).toBe(false);
  });

  it('refuses a JSON array of operations: one request, one operation', async () => {
    const consent = { query: 'mutation { updateRankingConsent(consent: true) { id } }' };
    const reply = await post([consent, consent], resident.token);
    expect(reply.status).toBe(400);
    expect(await consentOf(resident)).toBe(false);
  });

  it('lets a signed-in caller ask for more than an anonymous one', async () => {
    const deeper = `{ me { neighbourhood { ${nest(3, 'id')} } } }`;
    const twoMaps = `{ a: neighbourhoods { id boundary } b: neighbourhoods { id boundary } }`;
    const longer = `{ me { ${'id '.repeat(450)}} }`;
    for (const [source, limit] of [[deeper, 'depth'], [aliases(8, 'me { id }'), 'aliases'], [twoMaps, 'replySize'], [longer, 'tokens']] as const) {
      expect(refusal(await query(source, null))).toEqual({ status: 400, code: 'GRAPHQL_VALIDATION_FAILED', limits: [limit], data: undefined });
      const signedIn = await query(source, resident.token);
      expect([limit, signedIn.status, signedIn.errors]).toEqual([limit, 200, undefined]);
    }
  });

  it("answers the public map and the admin app's largest page at the largest sizes the API accepts", async () => {
    const map = await query('{ neighbourhoods { id name city code boundary } }', null);
    expect([map.status, map.errors, (map.data as { neighbourhoods: unknown[] }).neighbourhoods.length]).toEqual([200, undefined, 8]);
    const board = await query(
      `query ($id: ID!, $first: Int!, $days: Int!) { leaderBoard(neighbourhoodId: $id, first: $first, offset: 0) {
        total items { rank score person { id displayName } components { name value weight } history(days: $days) { day score rank } } } }`,
      admin.token,
      { id: '00000000-0000-4000-8000-000000000000', first: 100, days: 730 },
    );
    expect(board.errors?.map((e) => e.extensions?.code)).not.toContain('GRAPHQL_VALIDATION_FAILED');
  });

  it('hides field suggestions, which would spell out the schema', async () => {
    const reply = await query('{ me { displayNam } }', resident.token);
    expect(reply.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(reply.errors?.[0]?.message).not.toMatch(/displayName/);
  });

  describe('over the WebSocket, which runs queries too', () => {
    const overSocket = async (source: string, token: string | null): Promise<{ errors?: GraphQLErrorBody[]; data?: unknown }> => {
      const client = createClient({
        url: `${test.baseUrl.replace(/^http/, 'ws')}/graphql`,
        webSocketImpl: WebSocket,
        connectionParams: token ? { authorization: `Bearer ${token}` } : {},
        retryAttempts: 0,
      });
      try {
        return await new Promise((resolve, reject) => {
          let last: { errors?: GraphQLErrorBody[]; data?: unknown } = {};
          client.subscribe<unknown>(
            { query: source },
            {
              next: (result) => (last = result as typeof last),
              error: (error) => (Array.isArray(error) ? resolve({ errors: error as GraphQLErrorBody[] }) : reject(error)),
              complete: () => resolve(last),
            },
          );
        });
      } finally {
        await client.dispose();
      }
    };

    // Only signed-in people hold sockets (SubscriptionGate): these are a signed-in caller's limits.
    it.each([
      ['50 levels of adjacent', DEEP, 'depth'],
      ['60 aliases of every boundary', aliases(60, 'neighbourhoods { boundary }'), 'aliases'],
      ['three levels of adjacent boundaries', FAN_OUT, 'replySize'],
    ])('refuses %s', async (_what, source, limit) => {
      const reply = await overSocket(source, admin.token);
      expect(reply.errors?.map((e) => [e.extensions?.code ?? 'GRAPHQL_VALIDATION_FAILED', e.extensions?.['limit']])).toContainEqual(['GRAPHQL_VALIDATION_FAILED', limit]);
      expect(reply.data ?? undefined).toBeUndefined();
    });

    it('refuses too many tokens with an error, as any other document', async () => {
      expect((await overSocket(TOKENS, admin.token)).errors?.[0]?.message).toMatch(/contains more th\w+ 1000 tokens/);
      expect(await overSocket('{ me { id } }', resident.token)).toEqual({ data: { me: { id: resident.id } } });
    });

    it('keeps introspection off as over HTTP', async () => {
      expect((await overSocket('{ __schema { types { name } } }', admin.token)).errors?.[0]?.message).toMatch(/introspection/i);
    });
  });

  describe('introspection', () => {
    const INTROSPECT = '{ __schema { queryType { name } } }';

    it('is off unless the setting turns it on', async () => {
      expect((await query(INTROSPECT, admin.token)).errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      const open = await startTestApp({ introspection: true });
      try {
        expect(await open.api.ok(INTROSPECT)).toEqual({ __schema: { queryType: { name: 'Query' } } });
      } finally {
        await open.close();
      }
    });
  });
});
