import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { startRelaisServer } from './support/relais-server';
import type { RelaisServer } from './support/relais-server';

describe('admin desk', () => {
  let server: RelaisServer | undefined;
  let browser: Browser | undefined;
  let page: Page;

  beforeAll(async () => {
    server = await startRelaisServer();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('logs an admin in, shows the map in two languages and finds a person', async () => {
    if (!server) throw new Error('the server did not start');
    await page.goto(`${server.url}/`);

    await page.getByTestId('login-email').fill('admin@relais.demo');
    await page.getByTestId('login-password').fill('relais-demo');
    await page.getByTestId('login-submit').click();

    // One row per quartier in the map's table, folded under the map.
    const neighbourhoods = page.locator('[data-testid="map-neighbourhood"]');
    await neighbourhoods.first().waitFor({ state: 'attached' });
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="map-neighbourhood"]').length === 80);
    expect(await neighbourhoods.count()).toBe(80);
    expect(await page.getByTestId('map-count').innerText()).toBe('80 quartiers');

    await page.getByTestId('language-switch').getByTestId('language-en').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.getByTestId('map-count').filter({ hasText: '80 neighbourhoods' }).waitFor();
    expect(await page.getByTestId('map-count').innerText()).toBe('80 neighbourhoods');
    expect(await page.locator('html[lang="en"]').count()).toBe(1);

    await page.getByTestId('language-switch').getByTestId('language-fr').click();
    await page.waitForFunction(() => document.documentElement.lang === 'fr');
    await page.getByTestId('map-count').filter({ hasText: '80 quartiers' }).waitFor();

    await page.getByTestId('nav-people').click();
    await page.getByTestId('people-search').fill('Karim');
    const karim = page.getByTestId('people-row').filter({ hasText: 'Karim Bénévole' });
    await karim.first().waitFor();
    expect(await karim.count()).toBeGreaterThanOrEqual(1);
    expect(await karim.first().innerText()).toContain('Karim Bénévole');
  });
});
