import type { PolygonCoordinates } from '@relais/domain-geo';
import { interiorPoint } from '@relais/domain-geo';
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { DEMO } from './support/demo-accounts';
import { apiToken, graphql } from './support/graphql-client';
import { logIn } from './support/log-in';
import { relaisAndBrowser } from './support/relais-session';

// The desk and the feed live: what others do shows without a reload.

const POST = 'mutation ($input: PostHelpRequestInput!) { postHelpRequest(input: $input) { id } }';
const ACCEPT = 'mutation ($id: ID!) { acceptHelpRequest(id: $id) { id status } }';
const TASK = 'query ($id: ID!) { helpRequest(id: $id) { status } }';
const PAUSE = 'mutation ($active: Boolean!) { updateVolunteerProfile(input: { active: $active }) { id volunteerProfile { active } } }';
const SIGN_UP = 'mutation ($input: SignUpInput!) { signUp(input: $input) { token } }';

interface Quartier {
  id: string;
  name: string;
  centre: { lat: number; lng: number };
}

/** Where the demo resident lives: the demo organiser organises it, the demo volunteer lives there too. */
async function residentQuartier(url: string, token: string): Promise<Quartier> {
  const data = await graphql<{ me: { neighbourhood: { id: string; name: string; boundary: string } | null } }>(url, '{ me { neighbourhood { id name boundary } } }', {}, token);
  const quartier = data.me.neighbourhood;
  if (!quartier) throw new Error('the demo resident lives in no quartier');
  const geometry = JSON.parse(quartier.boundary) as { type: string; coordinates: unknown };
  const polygons = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) as PolygonCoordinates[];
  return { id: quartier.id, name: quartier.name, centre: interiorPoint({ type: 'MultiPolygon', coordinates: polygons }) };
}

async function postErrand(url: string, token: string, quartier: Quartier, description: string): Promise<string> {
  const data = await graphql<{ postHelpRequest: { id: string } }>(
    url,
    POST,
    { input: { category: 'ERRANDS', description, location: quartier.centre, address: '5 rue Charlot' } },
    token,
  );
  return data.postHelpRequest.id;
}

/** Asks again until the answer is `wanted` or the time is up; the last answer. */
async function eventually<T>(ask: () => Promise<T>, wanted: T, withinMs: number): Promise<T> {
  const until = Date.now() + withinMs;
  let answer = await ask();
  while (answer !== wanted && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    answer = await ask();
  }
  return answer;
}

async function signedIn(browser: Browser, url: string, email: string, width = 1440): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width, height: 900 } })).newPage();
  await logIn(page, url, email);
  return page;
}

describe('the live desk and feed', () => {
  const started = relaisAndBrowser();

  it("a resident posts, and the organiser's queue of all their quartiers shows it, marked new, without a reload", async () => {
    const { url, browser } = started();
    const resident = await apiToken(url, DEMO.resident);
    const quartier = await residentQuartier(url, resident);
    const organiser = await signedIn(browser, url, DEMO.organiser);
    await organiser.getByTestId('nav-queue').click();
    await organiser.getByTestId('queue-table').waitFor();
    await organiser.locator('[data-testid="live-status"][data-state="connected"]').waitFor();
    const queueUrl = organiser.url();

    // All their quartiers, what needs action: no closed request on the first screen.
    expect(await organiser.getByTestId('queue-neighbourhood').inputValue()).toBe('Tous mes quartiers');
    const statuses = await organiser.getByTestId('queue-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-status')));
    expect(statuses.length).toBeGreaterThan(0);
    expect(statuses.every((status) => status === 'OPEN' || status === 'ASSIGNED')).toBe(true);
    const countBefore = await organiser.getByTestId('queue-count').innerText();

    const description = `Aller chercher une ordonnance (e2e ${randomUUID().slice(0, 8)})`;
    const id = await postErrand(url, resident, quartier, description);
    const row = organiser.locator(`[data-testid="queue-row"][data-request-id="${id}"]`);
    await row.waitFor();
    expect(organiser.url()).toBe(queueUrl);
    expect(await row.getAttribute('data-fresh')).toBe('true');
    expect(await row.getByTestId('queue-row-fresh').textContent()).toBe('Nouvelle');
    expect(await row.getByTestId('queue-row-quartier').textContent()).toBe(`Quartier\u00a0: ${quartier.name}`);
    await organiser.waitForFunction(
      ([before]) => document.querySelector('[data-testid="queue-count"]')?.textContent !== before,
      [countBefore],
    );

    // Taken by a volunteer meanwhile: the row says so, still without a reload.
    await graphql(url, ACCEPT, { id }, await apiToken(url, DEMO.volunteer));
    await organiser.locator(`[data-testid="queue-row"][data-request-id="${id}"][data-status="ASSIGNED"]`).waitFor();
    expect(await row.getAttribute('data-fresh')).toBeNull();
    await organiser.context().close();
  });

  it("a request taken by someone else leaves the volunteer's feed at once", async () => {
    const { url, browser } = started();
    const resident = await apiToken(url, DEMO.resident);
    const quartier = await residentQuartier(url, resident);
    const volunteer = await signedIn(browser, url, DEMO.volunteer, 390);
    await volunteer.waitForURL(/\/feed$/);
    await volunteer.locator('[data-testid="live-status"][data-state="connected"]').waitFor();

    const description = `Porter un colis à la poste (e2e ${randomUUID().slice(0, 8)})`;
    const id = await postErrand(url, resident, quartier, description);
    const item = volunteer.locator(`[data-testid="feed-item"][data-request-id="${id}"]`);
    await item.waitFor();

    // Another volunteer of the quartier takes it through the API.
    const other = await graphql<{ signUp: { token: string } }>(url, SIGN_UP, {
      input: {
        email: `voisin.${randomUUID().slice(0, 8)}@example.org`,
        password: 'un mot de passe assez long',
        displayName: 'Voisin Serviable',
        role: 'VOLUNTEER',
        skills: ['ERRANDS'],
        location: quartier.centre,
      },
    });
    await graphql(url, ACCEPT, { id }, other.signUp.token);
    await item.waitFor({ state: 'detached' });
    await volunteer.getByTestId('feed-gone').waitFor();
    expect(await volunteer.getByTestId('feed-gone').innerText()).toContain('quelqu’un d’autre');
    await volunteer.context().close();
  });

  it('a paused volunteer is told so on their feed and resumes from it', async () => {
    const { url, browser } = started();
    const token = await apiToken(url, DEMO.volunteer);
    await graphql(url, PAUSE, { active: false }, token);
    const volunteer = await signedIn(browser, url, DEMO.volunteer, 390);
    await volunteer.waitForURL(/\/feed$/);
    const notice = volunteer.getByTestId('feed-paused');
    await notice.waitFor();
    expect(await notice.innerText()).toContain('Vous êtes en pause');
    await volunteer.getByTestId('feed-resume').click();
    await notice.waitFor({ state: 'detached' });
    const profile = await graphql<{ me: { volunteerProfile: { active: boolean } } }>(url, '{ me { volunteerProfile { active } } }', {}, token);
    expect(profile.me.volunteerProfile.active).toBe(true);
    await volunteer.context().close();
  });

  it('« C’est fait » can be undone for a few seconds, and is sent when the volunteer leaves the page', async () => {
    const { url, browser } = started();
    const resident = await apiToken(url, DEMO.resident);
    const volunteerToken = await apiToken(url, DEMO.volunteer);
    const quartier = await residentQuartier(url, resident);
    const id = await postErrand(url, resident, quartier, `Arroser les plantes (e2e ${randomUUID().slice(0, 8)})`);
    await graphql(url, ACCEPT, { id }, volunteerToken);
    const status = async () => (await graphql<{ helpRequest: { status: string } }>(url, TASK, { id }, volunteerToken)).helpRequest.status;

    const volunteer = await signedIn(browser, url, DEMO.volunteer);
    await volunteer.getByTestId('nav-tasks').click();
    const task = volunteer.locator(`[data-testid="task-row"][data-request-id="${id}"]`);
    await task.getByTestId('task-complete').click();
    const notice = volunteer.locator(`[data-testid="task-undo-notice"][data-request-id="${id}"]`);
    await notice.waitFor();
    await notice.getByTestId('task-undo').click();
    await notice.waitFor({ state: 'detached' });
    await volunteer.waitForTimeout(6_000);
    expect(await status()).toBe('ASSIGNED');

    // Marked again, then the volunteer goes to their feed at once: it is sent all the same.
    await task.getByTestId('task-complete').click();
    await notice.waitFor();
    await volunteer.getByTestId('nav-feed').click();
    await volunteer.waitForURL(/\/feed$/);
    expect(await eventually(status, 'DONE', 3_000)).toBe('DONE');
    await volunteer.context().close();
  });
});
