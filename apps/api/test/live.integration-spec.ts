import { setTimeout as sleep } from 'node:timers/promises';
import { ACCEPT, postRequest, signUpVolunteer } from './support/help-request-fixtures';
import { subscribe } from './support/live-client';
import type { SignedUp } from './support/people-fixtures';
import { MARAIS, signUp } from './support/people-fixtures';
import { importParis } from './support/paris-fixtures';
import type { TestApp } from './support/test-app';
import { startTestApp } from './support/test-app';

const FEED = `subscription { nearbyHelpRequestOpened { id status description address } }`;
const CHANGES = `subscription { helpRequestChanged { id status assignee { id } } }`;

type FeedEvent = { nearbyHelpRequestOpened: { id: string; status: string; address: string | null } };
type ChangeEvent = { helpRequestChanged: { id: string; status: string; assignee: { id: string } | null } };

function describeLive(name: string, redisUrl: string | null) {
  describe(name, () => {
    let test: TestApp;
    let second: TestApp | null = null;
    let resident: SignedUp;
    let volunteer: SignedUp;

    beforeAll(async () => {
      test = await startTestApp({ redisUrl });
      await importParis(test, [3, 11]);
      resident = await signUp(test.api);
      volunteer = await signUpVolunteer(test.api, { location: { lat: MARAIS.lat, lng: MARAIS.lng + 0.002 } });
    });
    afterAll(async () => {
      await second?.close();
      await test.close();
    });

    it('tells a volunteer of a new request they could take, and not of one beyond their reach', async () => {
      const feed = await subscribe<FeedEvent>(test.baseUrl, volunteer.token, FEED);
      try {
        const away = await postRequest(test.api, resident.token, { location: { lat: 48.8535, lng: 2.3895 } });
        const posted = await postRequest(test.api, resident.token, { description: 'Appeler Mme Durand' });
        const event = await feed.next();
        expect(event.nearbyHelpRequestOpened).toMatchObject({ id: posted.id, status: 'OPEN', address: null });
        await sleep(200);
        expect(feed.pending().map((e) => e.nearbyHelpRequestOpened.id)).not.toContain(away.id);
      } finally {
        await feed.close();
      }
    });

    it("tells a requester of changes to their request, and nobody else", async () => {
      const mine = await subscribe<ChangeEvent>(test.baseUrl, resident.token, CHANGES);
      const stranger = await signUp(test.api);
      const theirs = await subscribe<ChangeEvent>(test.baseUrl, stranger.token, CHANGES);
      try {
        const posted = await postRequest(test.api, resident.token);
        await test.api.ok(ACCEPT, { id: posted.id }, volunteer.token);
        const event = await mine.next();
        expect(event.helpRequestChanged).toEqual({ id: posted.id, status: 'ASSIGNED', assignee: { id: volunteer.id } });
        await sleep(200);
        expect(theirs.pending()).toEqual([]);
      } finally {
        await mine.close();
        await theirs.close();
      }
    });

    it('refuses a socket without a token', async () => {
      await expect(subscribe<FeedEvent>(test.baseUrl, null, FEED)).rejects.toThrow(/closed with 4403/);
    });

    if (redisUrl) {
      it('carries events between two API instances through Redis', async () => {
        second = await startTestApp({ redisUrl, sameDatabaseAs: test });
        // The volunteer listens on the second instance; the post goes through the first.
        const feed = await subscribe<FeedEvent>(second.baseUrl, volunteer.token, FEED);
        try {
          const posted = await postRequest(test.api, resident.token);
          expect((await feed.next()).nearbyHelpRequestOpened).toMatchObject({ id: posted.id, status: 'OPEN' });
        } finally {
          await feed.close();
        }
      });
    }
  });
}

describeLive('live updates over graphql-ws (in-memory pub/sub)', null);
// Redis is a server of its own: this suite runs where TEST_REDIS_URL names one (CI starts one).
const testRedisUrl = process.env['TEST_REDIS_URL'];
if (testRedisUrl) describeLive('live updates over graphql-ws (Redis pub/sub, two instances)', testRedisUrl);
