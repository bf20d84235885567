import { JwtService } from '@nestjs/jwt';
import { MAX_CONNECTIONS_PER_PERSON, MAX_SUBSCRIPTIONS_PER_CONNECTION } from '@relais/server-auth';
import type { Client } from 'graphql-ws';
import { createClient } from 'graphql-ws';
import { setTimeout as sleep } from 'node:timers/promises';
import WebSocket from 'ws';
import { ACCEPT, COMPLETE, makeOrganiser, postRequest, signUpVolunteer } from './support/help-request-fixtures';
import { subscribe } from './support/live-client';
import type { SignedUp } from './support/people-fixtures';
import { PASSWORD, makeAdmin, signUp } from './support/people-fixtures';
import { importParis, neighbourhoodIdsByName } from './support/paris-fixtures';
import type { TestApp } from './support/test-app';
import { TEST_JWT_SECRET, startTestApp } from './support/test-app';

// A subscription is checked against who its subscriber is at each event, not when it opened:
// rights taken away and tokens that expire stop what it delivers. One token cannot hold
// sockets and subscriptions without bound.

const WATCH = `subscription Watch($id: ID) { helpRequestChanged(id: $id) { id status address location { lat } requester { email } } }`;
const REVOKE = `mutation Revoke($personId: ID!, $ids: [ID!]!) { revokeOrganiser(personId: $personId, neighbourhoodIds: $ids) { id roles } }`;

type WatchEvent = { helpRequestChanged: { id: string; status: string; address: string | null } | null };

/** A raw graphql-ws client that reports how its socket closed. */
function rawClient(baseUrl: string, token: string | null): { client: Client; closed: Promise<number>; connected: Promise<void> } {
  let onClosed: (code: number) => void = () => undefined;
  let onConnected: () => void = () => undefined;
  const closed = new Promise<number>((resolve) => (onClosed = resolve));
  const connected = new Promise<void>((resolve) => (onConnected = resolve));
  const client = createClient({
    url: `${baseUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    lazy: false,
    on: {
      connected: () => onConnected(),
      closed: (event) => onClosed((event as { code: number }).code),
    },
    onNonLazyError: () => undefined,
  });
  return { client, closed, connected };
}

describe('live updates follow the subscriber’s rights as they are now', () => {
  let test: TestApp;
  let ids: Record<string, string>;
  let resident: SignedUp;
  let volunteer: SignedUp;
  let admin: SignedUp;

  beforeAll(async () => {
    test = await startTestApp();
    await importParis(test, [3]);
    ids = await neighbourhoodIdsByName(test);
    resident = await signUp(test.api);
    volunteer = await signUpVolunteer(test.api);
    admin = await makeAdmin(test.api, test.db);
  });
  afterAll(() => test.close());

  it("stops an organiser's subscription from delivering once their quartier is taken from them", async () => {
    const quartier = ids['Enfants-Rouges'] as string;
    const organiser = await makeOrganiser(test.api, test.db, [quartier]);
    const posted = await postRequest(test.api, resident.token);
    const watch = await subscribe<WatchEvent>(test.baseUrl, organiser.token, WATCH, { id: posted.id });
    try {
      await test.api.ok(ACCEPT, { id: posted.id }, volunteer.token);
      const first = await watch.next();
      expect(first.helpRequestChanged).toMatchObject({ id: posted.id, status: 'ASSIGNED', address: expect.any(String) });
      await test.api.ok(REVOKE, { personId: organiser.id, ids: [quartier] }, admin.token);
      await test.api.ok(COMPLETE, { id: posted.id }, volunteer.token);
      await sleep(300);
      expect(watch.pending()).toEqual([]);
    } finally {
      await watch.close();
    }
  });

  it('stops delivering to a person the moment they erased their account', async () => {
    const leaving = await signUpVolunteer(test.api);
    const posted = await postRequest(test.api, resident.token);
    const watch = await subscribe<WatchEvent>(test.baseUrl, leaving.token, WATCH, { id: posted.id });
    try {
      await test.api.ok(ACCEPT, { id: posted.id }, leaving.token);
      expect((await watch.next()).helpRequestChanged).toMatchObject({ id: posted.id, status: 'ASSIGNED', address: expect.any(String) });
      // Erasing gives the task back: an OPEN request any volunteer may hear of, but they are nobody now.
      await test.api.ok(`mutation Delete($password: String!) { deleteMyAccount(password: $password) }`, { password: PASSWORD }, leaving.token);
      await sleep(300);
      expect(watch.pending()).toEqual([]);
    } finally {
      await watch.close();
    }
  });

  it('closes the socket when its token expires, and delivers nothing after', async () => {
    const jwt = new JwtService({ secret: TEST_JWT_SECRET });
    const shortLived = jwt.sign({ sub: resident.id }, { expiresIn: 2, algorithm: 'HS256' });
    const { client, closed, connected } = rawClient(test.baseUrl, shortLived);
    const events: unknown[] = [];
    client.subscribe({ query: WATCH }, { next: (e) => void events.push(e), error: () => undefined, complete: () => undefined });
    await connected;
    const code = await Promise.race([closed, sleep(5000).then(() => 0)]);
    expect(code).toBe(4401);
    await postRequest(test.api, resident.token).then((p) => test.api.ok(ACCEPT, { id: p.id }, volunteer.token));
    await sleep(300);
    expect(events).toEqual([]);
    await client.dispose();
  });

  it('refuses a socket without a valid token', async () => {
    for (const token of [null, 'not-a-token']) {
      const { client, closed } = rawClient(test.baseUrl, token);
      expect(await closed).toBe(4403);
      await client.dispose();
    }
  });

  it(`holds at most ${MAX_CONNECTIONS_PER_PERSON} sockets per person and ${MAX_SUBSCRIPTIONS_PER_CONNECTION} subscriptions per socket`, async () => {
    const person = await signUp(test.api);
    const clients = Array.from({ length: MAX_CONNECTIONS_PER_PERSON }, () => rawClient(test.baseUrl, person.token));
    await Promise.all(clients.map((c) => c.connected));
    const extra = rawClient(test.baseUrl, person.token);
    expect(await extra.closed).toBe(4403);
    // Another person is not affected.
    const other = rawClient(test.baseUrl, resident.token);
    await other.connected;
    // One socket: the subscriptions past the cap are refused with a code, the others stay.
    const first = clients[0]?.client as Client;
    const refusals: unknown[] = [];
    for (let i = 0; i <= MAX_SUBSCRIPTIONS_PER_CONNECTION; i++) {
      first.subscribe({ query: WATCH }, { next: () => undefined, error: (e) => void refusals.push(e), complete: () => undefined });
    }
    await sleep(300);
    expect(refusals).toHaveLength(1);
    expect(JSON.stringify(refusals[0])).toContain('TOO_MANY_SUBSCRIPTIONS');
    // Closing sockets gives their places back.
    await clients[1]?.client.dispose();
    await sleep(100);
    const again = rawClient(test.baseUrl, person.token);
    await again.connected;
    await Promise.all([...clients, again, other, extra].map((c) => c.client.dispose()));
  });
});
