import type { Browser, Page } from 'playwright-core';
import { DEMO } from './support/demo-accounts';
import { apiToken, graphql } from './support/graphql-client';
import { logIn } from './support/log-in';
import { relaisAndBrowser } from './support/relais-session';

const DESKTOP = { width: 1440, height: 1000 };
const PHONE = { width: 390, height: 844 };

interface Quartier {
  id: string;
  name: string;
}

async function pageAt(browser: Browser, viewport: { width: number; height: number }, lang: 'fr' | 'en'): Promise<Page> {
  const page = await (await browser.newContext({ viewport })).newPage();
  await page.addInitScript((language) => localStorage.setItem('relais.lang', language), lang);
  return page;
}

/** The map drew (MapLibre on its canvas, over the plain background: no network here), and said nothing is wrong. */
async function mapDrawn(page: Page, testId: string): Promise<void> {
  const map = page.getByTestId(testId);
  await map.locator('[data-testid="geo-map"][data-ready="true"]').waitFor();
  expect(await map.getAttribute('data-renderer')).toBe('maplibre');
  expect(await map.locator('canvas').count()).toBe(1);
  expect(await page.getByRole('alert').count()).toBe(0);
}

async function fitsThePhone(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
}

describe('maps', () => {
  const started = relaisAndBrowser();
  let own: Quartier[];

  beforeAll(async () => {
    const { url } = started();
    const token = await apiToken(url, DEMO.organiser);
    own = (await graphql<{ me: { organiserOf: Quartier[] } }>(url, '{ me { organiserOf { id name } } }', {}, token)).me.organiserOf;
  });

  it.each([
    ['fr', DESKTOP],
    ['en', PHONE],
  ] as const)('the home dashboard in %s at %o: a measure changes the legend, a quartier picked from the list shows its figures and leads to its queue', async (lang, viewport) => {
    const { url, browser } = started();
    const page = await pageAt(browser, viewport, lang);
    await logIn(page, url, DEMO.organiser);
    await mapDrawn(page, 'city-map');
    const words =
      lang === 'fr'
        ? { open: 'Demandes en attente', rate: 'Bénévoles pour 1\u00a0000 habitant·es', queue: 'Voir la file du quartier' }
        : { open: 'Needs waiting', rate: 'Volunteers per 1,000 residents', queue: 'Open the neighbourhood’s queue' };

    // Needs waiting first; the legend says so, in classes of whole numbers.
    expect(await page.getByTestId('city-legend-title').innerText()).toBe(words.open);
    expect(await page.getByTestId('city-legend-class').count()).toBeGreaterThan(0);
    await page.getByTestId('city-measure').click();
    await page.getByRole('option', { name: words.rate, exact: true }).click();
    await page.getByTestId('city-legend-title').filter({ hasText: words.rate }).waitFor();
    expect(new URL(page.url()).searchParams.get('mesure')).toBe('volunteersPerThousand');

    // The table under the map has the organiser's quartiers, and only those.
    const rows = page.locator('[data-testid="map-neighbourhood"]');
    await rows.first().waitFor({ state: 'attached' });
    expect((await rows.allTextContents()).map((text) => own.some((q) => text.startsWith(q.name)))).toEqual(own.map(() => true));
    await page.getByTestId('city-table').locator('summary').click();
    await rows.first().waitFor();

    const quartier = own[0] as Quartier;
    await page.getByTestId('city-quartier').click();
    await page.getByRole('option', { name: quartier.name, exact: true }).click();
    expect(await page.getByTestId('quartier-panel-name').innerText()).toBe(quartier.name);
    expect(await page.getByTestId('quartier-figure-residents').innerText()).toMatch(/^\d+$/);
    expect(Number(await page.getByTestId('quartier-figure-openNeeds').innerText())).toBeGreaterThanOrEqual(0);
    if (viewport === PHONE) await fitsThePhone(page);

    await page.getByRole('link', { name: words.queue }).click();
    await page.waitForURL((address) => address.pathname === '/queue');
    expect(new URL(page.url()).searchParams.get('n')).toBe(quartier.id);
    await page.context().close();
  });

  it.each([
    ['fr', DESKTOP],
    ['en', PHONE],
  ] as const)("a request's page in %s at %o shows its exact place to its organiser, and its candidates' quartiers in a table", async (lang, viewport) => {
    const { url, browser } = started();
    const token = await apiToken(url, DEMO.organiser);
    const quartier = own[0] as Quartier;
    const open = await graphql<{ helpRequestQueue: { items: { id: string }[] } }>(
      url,
      'query ($n: ID!) { helpRequestQueue(neighbourhoodId: $n, status: OPEN, first: 1, offset: 0) { items { id } } }',
      { n: quartier.id },
      token,
    );
    const request = open.helpRequestQueue.items[0];
    if (!request) throw new Error(`no open request in ${quartier.name}`);
    const page = await pageAt(browser, viewport, lang);
    await logIn(page, url, DEMO.organiser);
    await page.goto(`${url}/requests/${request.id}`);
    await mapDrawn(page, 'request-map');
    expect(await page.getByTestId('request-place-precision').getAttribute('data-exact')).toBe('true');
    const candidates = page.getByTestId('request-place-candidate');
    await candidates.first().waitFor({ state: 'attached' });
    expect(await candidates.count()).toBe(await page.getByTestId('candidate-row').count());
    expect(await page.getByTestId('request-place-candidates').innerText()).toMatch(lang === 'fr' ? /bénévoles? proches?/ : /volunteers? nearby/);
    if (viewport === PHONE) await fitsThePhone(page);
    await page.context().close();
  });
});
