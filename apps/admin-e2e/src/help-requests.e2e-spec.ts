import type { PolygonCoordinates } from '@relais/domain-geo';
import { interiorPoint } from '@relais/domain-geo';
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { DEMO } from './support/demo-accounts';
import { apiToken, graphql } from './support/graphql-client';
import { logIn } from './support/log-in';
import { relaisAndBrowser } from './support/relais-session';

interface HomeQuartier {
  id: string;
  name: string;
  boundary: string;
}

/** The quartier the demo resident lives in; the demo organiser organises it, the volunteer lives there too. */
async function residentQuartier(url: string, token: string): Promise<HomeQuartier> {
  const data = await graphql<{ me: { neighbourhood: HomeQuartier | null } }>(url, '{ me { neighbourhood { id name boundary } } }', {}, token);
  if (!data.me.neighbourhood) throw new Error('the demo resident lives in no quartier');
  return data.me.neighbourhood;
}

function polygonsOf(boundary: string): PolygonCoordinates[] {
  const geometry = JSON.parse(boundary) as { type: string; coordinates: unknown };
  return (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) as PolygonCoordinates[];
}

/** Picks an option of a Mantine Select by its visible label. */
async function choose(page: Page, testId: string, label: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.getByRole('option', { name: label, exact: true }).click();
}

describe('help requests across roles', () => {
  const started = relaisAndBrowser();

  it('a resident posts an errand, the volunteer next door sees it live and takes it, the resident and the organiser see it taken, then it is done and thanked', async () => {
    const { url, browser } = started();
    const description = `Courses pour la semaine, liste prête (e2e ${randomUUID().slice(0, 8)})`;
    const quartier = await residentQuartier(url, await apiToken(url, DEMO.resident));

    // The volunteer waits on their feed first: what comes next must arrive without a reload.
    const volunteer = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await logIn(volunteer, url, DEMO.volunteer);
    await volunteer.waitForURL(/\/feed$/);
    await volunteer.locator('[data-testid="feed-item"], [data-testid="feed-empty"]').first().waitFor();
    await volunteer.locator('[data-testid="live-status"][data-state="connected"]').waitFor();
    const feedUrl = volunteer.url();

    // The resident, on a phone-sized screen, lands on their requests and posts.
    const resident = await (await browser.newContext({ viewport: { width: 400, height: 860 }, isMobile: true, hasTouch: true })).newPage();
    await logIn(resident, url, DEMO.resident);
    await resident.waitForURL(/\/my-requests$/);
    await resident.locator('[data-testid="live-status"][data-state="connected"]').waitFor();
    expect(await resident.getByTestId('nav-feed').count()).toBe(0);
    // Their requests come first; a new one opens from the button, in a drawer on a phone.
    await resident.getByTestId('post-open').click();
    await resident.getByTestId('new-request-drawer').getByTestId('post-form').waitFor();
    await resident.getByTestId('location-marker').waitFor();
    expect(await resident.getByTestId('post-location-quartier').innerText()).toContain(quartier.name);
    await resident.getByTestId('post-category').selectOption('ERRANDS');
    await resident.getByTestId('post-description').fill(description);
    await resident.getByTestId('post-address').fill('12 rue des Vertus, 3e étage');
    await resident.getByTestId('post-submit').click();
    await resident.getByTestId('post-success').waitFor();
    await resident.getByTestId('post-form').waitFor({ state: 'detached' });
    const myRow = resident.getByTestId('my-request-row').filter({ hasText: description });
    await myRow.and(resident.locator('[data-status="OPEN"]')).waitFor();

    // It appears in the volunteer's feed by itself, marked new, and they take it.
    const item = volunteer.getByTestId('feed-item').filter({ hasText: description });
    await item.waitFor();
    expect(volunteer.url()).toBe(feedUrl);
    expect(await item.getAttribute('data-new')).toBe('true');
    await item.getByTestId('feed-accept').click();
    await volunteer.getByTestId('feed-accepted').waitFor();
    expect(await volunteer.getByTestId('feed-accepted').innerText()).toContain('Demande prise en charge');

    // The resident's row turns to taken, live, naming who took it; « published » is no longer the news.
    await myRow.and(resident.locator('[data-status="ASSIGNED"]')).waitFor();
    await resident.getByTestId('post-success').waitFor({ state: 'detached' });
    expect(await myRow.getByTestId('status-badge').innerText()).toMatch(/prise en charge/i);
    expect(await myRow.getByTestId('my-request-state').innerText()).toContain('Karim Bénévole');

    // The volunteer's task shows the address, which only the assignee (and organisers) may see.
    await volunteer.getByTestId('nav-tasks').click();
    const task = volunteer.getByTestId('task-row').filter({ hasText: description });
    await task.waitFor();
    expect(await task.getAttribute('data-status')).toBe('ASSIGNED');
    expect(await task.getByTestId('task-address').innerText()).toContain('12 rue des Vertus');

    // The organiser finds it assigned in the quartier's queue.
    const organiser = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
    await logIn(organiser, url, DEMO.organiser);
    await organiser.getByTestId('nav-queue').click();
    await organiser.getByTestId('queue-neighbourhood').waitFor();
    await choose(organiser, 'queue-neighbourhood', quartier.name);
    await choose(organiser, 'queue-status-filter', 'Prise en charge');
    const queued = organiser.getByTestId('queue-row').filter({ hasText: description });
    await queued.and(organiser.locator('[data-status="ASSIGNED"]')).waitFor();
    expect(await queued.getByTestId('queue-row-assignee').innerText()).toContain('Karim Bénévole');
    expect(await queued.getByTestId('queue-row-address').innerText()).toContain('12 rue des Vertus');

    // Once done, the resident sees it live and thanks the volunteer with five stars and a word.
    await task.getByTestId('task-complete').click();
    await volunteer.getByTestId('task-row').filter({ hasText: description }).and(volunteer.locator('[data-status="DONE"]')).waitFor();
    await myRow.and(resident.locator('[data-status="DONE"]')).waitFor();
    await myRow.getByTestId('thank-rating').locator('input[value="5"] + label').click();
    await myRow.getByTestId('thank-message').fill('Merci Karim, tout était parfait !');
    await myRow.getByTestId('thank-submit').click();
    const thanks = myRow.getByTestId('thanks-given');
    await thanks.waitFor();
    expect(await thanks.getAttribute('data-rating')).toBe('5');
    expect(await thanks.innerText()).toContain('Merci Karim, tout était parfait !');

    await Promise.all([volunteer.context().close(), resident.context().close(), organiser.context().close()]);
  });

  it('an organiser previews the optimal assignment of a quartier, confirms it, and sees the requests assigned', async () => {
    const { url, browser } = started();
    const residentToken = await apiToken(url, DEMO.resident);
    const quartier = await residentQuartier(url, residentToken);
    const centre = interiorPoint({ type: 'MultiPolygon', coordinates: polygonsOf(quartier.boundary) });

    // A few fresh errands in the quartier, posted through the API as any client would.
    const tag = randomUUID().slice(0, 8);
    const posted: string[] = [];
    for (const what of ['Porter les courses', 'Aller à la pharmacie', 'Déposer un colis']) {
      const data = await graphql<{ postHelpRequest: { id: string } }>(
        url,
        'mutation ($input: PostHelpRequestInput!) { postHelpRequest(input: $input) { id } }',
        { input: { category: 'ERRANDS', description: `${what} (e2e ${tag})`, location: centre, address: '3 rue Charlot' } },
        residentToken,
      );
      posted.push(data.postHelpRequest.id);
    }

    const organiser = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
    await logIn(organiser, url, DEMO.organiser);
    await organiser.goto(`${url}/queue?n=${encodeURIComponent(quartier.id)}`);
    expect(await organiser.getByTestId('queue-neighbourhood').inputValue()).toBe(quartier.name);
    // The heat map counts the waiting requests, ours included, in H3 cells (its table has a row per cell).
    await organiser.locator('[data-testid="heat-cell"]').first().waitFor({ state: 'attached' });

    await organiser.getByTestId('auto-assign-open').click();
    const preview = organiser.getByTestId('auto-assign-preview');
    await preview.waitFor();
    const total = Number(await organiser.getByTestId('auto-assign-total').getAttribute('data-total'));
    const greedy = Number(await organiser.getByTestId('auto-assign-greedy').getAttribute('data-total'));
    expect(total).toBeGreaterThan(0);
    // Optimal means never worse than taking the best pair first.
    expect(total).toBeGreaterThanOrEqual(greedy - 1e-9);
    expect(await organiser.getByTestId('auto-assign-total').innerText()).toMatch(/^Score total\s*: \d+,\d\d$/);
    const proposed = await preview.getByTestId('auto-assign-pair').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-request-id')));
    expect(proposed.length).toBeGreaterThan(0);
    expect(proposed.some((id) => id !== null && posted.includes(id))).toBe(true);

    await organiser.getByTestId('auto-assign-confirm').click();
    const result = organiser.getByTestId('auto-assign-result');
    await result.waitFor();
    const assignedRows = result.getByTestId('auto-assign-result-row');
    const assigned = await assignedRows.evaluateAll((rows) => rows.map((row) => ({ id: row.getAttribute('data-request-id'), status: row.getAttribute('data-status') })));
    expect(assigned.length).toBeGreaterThan(0);
    expect(assigned.every((row) => row.status === 'ASSIGNED')).toBe(true);
    const ours = assigned.map((row) => row.id).filter((id): id is string => id !== null && posted.includes(id));
    expect(ours.length).toBeGreaterThan(0);

    // The queue, asked again, shows them assigned.
    await choose(organiser, 'queue-status-filter', 'Prise en charge');
    for (const id of ours) {
      await organiser.locator(`[data-testid="queue-row"][data-request-id="${id}"][data-status="ASSIGNED"]`).waitFor();
    }
    await organiser.context().close();
  });
});
