import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { GraphQLNamedType } from 'graphql';
import { createClient } from 'graphql-ws';
import { randomUUID } from 'node:crypto';
import WebSocket from 'ws';
import type { GraphQLErrorBody } from './support/graphql-client';
import { makeOrganiser, postRequest, signUpVolunteer } from './support/help-request-fixtures';
import { importParis, neighbourhoodIdsByName } from './support/paris-fixtures';
import type { SignedUp } from './support/people-fixtures';
import { MARAIS, PASSWORD, makeAdmin, signUp } from './support/people-fixtures';
import type { FieldCall, Junk } from './support/schema-walk';
import { fieldCalls } from './support/schema-walk';
import type { TestApp } from './support/test-app';
import { startTestApp } from './support/test-app';

/** The contract's codes, and the one a document limit answers with. */
const ALLOWED_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'GRAPHQL_VALIDATION_FAILED']);
const POOL = 4;

const JUNK_IDS: Junk[] = [
  { label: 'not-a-uuid', value: 'not-a-uuid' },
  { label: 'empty', value: '' },
  { label: 'SQL', value: "' OR 1=1 --" },
  { label: '1e9999', value: '1e9999' },
  { label: '10 kB', value: 'x'.repeat(10_000) },
];
// JSON.stringify writes a lone surrogate as the escape "\ud800", which JSON.parse reads back as is.
const BAD_TEXT: Junk[] = [
  { label: 'NUL', value: 'a\u0000b' },
  { label: 'lone surrogate', value: '\ud800' },
];
const EXTREME_INTS: Junk[] = [-1, 0, 2 ** 31 - 1, -(2 ** 31), 2 ** 31].map((value) => ({ label: String(value), value }));
const EXTREME_FLOATS: Junk[] = [1e308, -1e308].map((value) => ({ label: String(value), value }));
const ODD_DATES: Junk[] = ['not-a-date', '0001-01-01T00:00:00Z', '9999-12-31T23:59:59Z'].map((value) => ({ label: value, value }));

/** Junk ids and text that cannot be stored are refused whatever the field. */
const MUST_REFUSE = new Set([...JUNK_IDS, ...BAD_TEXT].map((junk) => junk.label));

function junkFor(scalar: string): Junk[] {
  switch (scalar) {
    case 'ID':
      return JUNK_IDS;
    case 'Int':
      return EXTREME_INTS;
    case 'Float':
      return EXTREME_FLOATS;
    case 'DateTime':
      return ODD_DATES;
    case 'Boolean':
      return [];
    default:
      return BAD_TEXT;
  }
}

function junkListsFor(itemScalar: string | null): Junk[] {
  const empty = { label: '[]', value: [] };
  if (itemScalar !== 'ID') return [empty];
  const ids = (count: number) => Array.from({ length: count }, () => randomUUID());
  // 2,000 fit in a request body; 100,000 (3.9 MB) do not.
  return [empty, { label: '2k ids', value: ids(2_000) }, { label: '100k ids', value: ids(100_000) }];
}

interface Outcome {
  status: number;
  errors: GraphQLErrorBody[];
  /** Why the answer itself is wrong (not JSON, a server error), if it is. */
  broken?: string;
}

async function post(test: TestApp, call: FieldCall, token: string | null): Promise<Outcome> {
  const response = await fetch(`${test.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: call.document, variables: call.variables() }),
  });
  const text = await response.text();
  try {
    const body = JSON.parse(text) as { errors?: GraphQLErrorBody[] };
    return { status: response.status, errors: body.errors ?? [], ...(response.status >= 500 ? { broken: `HTTP ${response.status}` } : {}) };
  } catch {
    return { status: response.status, errors: [], broken: `HTTP ${response.status}, not JSON` };
  }
}

/** The first answer to a subscription: its errors, or none once it is running. */
async function subscribeOnce(test: TestApp, call: FieldCall, token: string): Promise<Outcome> {
  const client = createClient({
    url: `${test.baseUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
  });
  try {
    return await new Promise<Outcome>((resolve) => {
      // A subscription that was accepted says nothing until an event: it is given a while to refuse.
      const accepted = setTimeout(() => resolve({ status: 0, errors: [] }), 3000);
      const done = (outcome: Outcome) => {
        clearTimeout(accepted);
        resolve(outcome);
      };
      client.subscribe(
        { query: call.document, variables: call.variables() },
        {
          next: (result) => done({ status: 0, errors: (result.errors ?? []) as GraphQLErrorBody[] }),
          error: (error) => done(Array.isArray(error) ? { status: 0, errors: error as GraphQLErrorBody[] } : { status: 0, errors: [], broken: `socket: ${String(error)}` }),
          complete: () => done({ status: 0, errors: [] }),
        },
      );
    });
  } finally {
    await client.dispose();
  }
}

async function inPool<T>(items: T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: size }, async () => {
    while (next < items.length) await work(items[next++] as T);
  }));
}

/**
 * Junk ids and unstorable text are refused before anything runs, whoever asks: BAD_USER_INPUT
 * naming the place (`input.levels[]` is named `levels[0]`), unless a document limit came first.
 */
function refusalFault(call: FieldCall, outcome: Outcome): string | undefined {
  const [error] = outcome.errors;
  if (!error) return outcome.status >= 400 ? undefined : 'accepted';
  if (error.extensions?.code === 'GRAPHQL_VALIDATION_FAILED') return undefined;
  const named = (error.extensions?.fields ?? []).some((fault) => call.position.endsWith(fault.field.replace(/\[\d+\]/g, '[]')));
  return error.extensions?.code === 'BAD_USER_INPUT' && named ? undefined : `refused with ${error.extensions?.code}: ${error.message}`;
}

const shown = (value: string) => (value.length > 40 ? `${value.slice(0, 40)}…` : value);

describe('every field of the schema, with junk where an argument goes, answers with the contract’s codes', () => {
  let test: TestApp;
  let roles: [string, SignedUp | null][];
  let calls: FieldCall[];

  beforeAll(async () => {
    test = await startTestApp();
    await importParis(test, [3]);
    const quartier = (await neighbourhoodIdsByName(test))['Enfants-Rouges'] as string;
    const resident = await signUp(test.api);
    const volunteer = await signUpVolunteer(test.api);
    const organiser = await makeOrganiser(test.api, test.db, [quartier]);
    const admin = await makeAdmin(test.api, test.db);
    // Whom person arguments name: never one of the callers, so no call takes a caller's rights away.
    const target = await signUpVolunteer(test.api);
    const request = await postRequest(test.api, resident.token);
    roles = [['anonymous', null], ['RESIDENT', resident], ['VOLUNTEER', volunteer], ['ORGANISER', organiser], ['ADMIN', admin]];
    let emails = 0;
    const byName: Record<string, () => unknown> = {
      email: () => `walk${++emails}.${Date.now()}@example.org`,
      // Good enough to sign up, never a caller's: deleteMyAccount must not erase the callers.
      password: () => `not ${PASSWORD}`,
      displayName: () => 'Camille Walk',
      description: () => 'Courses pour la semaine',
      role: () => 'VOLUNTEER',
      lat: () => MARAIS.lat,
      lng: () => MARAIS.lng,
      neighbourhoodId: () => quartier,
      neighbourhoodIds: () => quartier,
      id: () => request.id,
      requestId: () => request.id,
      personId: () => target.id,
      volunteerId: () => target.id,
      onBehalfOf: () => target.id,
    };
    const plausibleByName = (name: string, type: GraphQLNamedType) =>
      ['ID', 'String', 'Float', 'HelpCategory', 'Role'].includes(type.name) ? byName[name]?.() : undefined;
    calls = fieldCalls(test.app.get(GraphQLSchemaHost).schema, { plausibleByName, junkFor, junkListsFor });
  });

  afterAll(async () => {
    await test?.close();
  });

  it('never answers INTERNAL_SERVER_ERROR or a code outside the contract, as anyone, and keeps answering', async () => {
    const failures: string[] = [];
    const jobs = calls.flatMap((call) =>
      roles.filter(([, who]) => call.kind !== 'subscription' || who).map(([role, who]) => ({ call, role, who })),
    );
    const check = async ({ call, role, who }: (typeof jobs)[number]) => {
      const outcome = call.kind === 'subscription' ? await subscribeOnce(test, call, (who as SignedUp).token) : await post(test, call, who?.token ?? null);
      const codes = outcome.errors.map((error) => error.extensions?.code ?? '(none)');
      const wrong = codes.filter((code) => !ALLOWED_CODES.has(code));
      const fault = outcome.broken ?? (wrong.length ? wrong.join(', ') : MUST_REFUSE.has(call.input) ? refusalFault(call, outcome) : undefined);
      if (fault) failures.push(`${call.kind} ${call.field} ${call.position} as ${role} with ${shown(call.input)}: ${fault}`);
    };
    // Subscriptions mostly wait (an accepted one stays silent), so they run side by side.
    await Promise.all([
      inPool(jobs.filter((job) => job.call.kind !== 'subscription'), POOL, check),
      Promise.all(jobs.filter((job) => job.call.kind === 'subscription').map(check)),
    ]);
    failures.sort();
    const fields = new Set(calls.map((call) => `${call.kind} ${call.field}`));
    expect({ fields: fields.size, calls: jobs.length, failures }).toEqual({ fields: fields.size, calls: jobs.length, failures: [] });
    expect(fields.size).toBeGreaterThan(40);

    const health = await fetch(`${test.baseUrl}/healthz`);
    expect(health.status).toBe(200);
    for (const [, who] of roles.filter(([, who]) => who)) {
      expect(await test.api.ok<{ me: { id: string } }>('{ me { id } }', {}, who?.token)).toEqual({ me: { id: who?.id } });
    }
  });
});
