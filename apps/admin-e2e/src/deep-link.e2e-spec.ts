import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { DEMO, DEMO_PASSWORD } from './support/demo-accounts';
import { apiToken, graphql } from './support/graphql-client';
import { relaisAndBrowser } from './support/relais-session';

const DESKTOP = { width: 1440, height: 1000 };
const PHONE = { width: 390, height: 844 };
const ASSETS = path.join(__dirname, '../../../dist/admin/assets');

/** The built chunks holding a library's code, found by their source maps: the bundler names them as it likes. */
function chunksWith(library: RegExp): string[] {
  return readdirSync(ASSETS)
    .filter((file) => file.endsWith('.js.map'))
    .filter((file) => (JSON.parse(readFileSync(path.join(ASSETS, file), 'utf8')) as { sources: string[] }).sources.some((source) => library.test(source)))
    .map((file) => file.replace(/\.map$/, ''));
}

/** A fresh page that remembers the file name of every script it downloads. */
async function watchedPage(browser: Browser, viewport: { width: number; height: number }, lang: 'fr' | 'en') {
  const page = await (await browser.newContext({ viewport })).newPage();
  await page.addInitScript((language) => localStorage.setItem('relais.lang', language), lang);
  const scripts = new Set<string>();
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.add(path.basename(new URL(request.url()).pathname));
  });
  return { page, scripts };
}

async function signIn(page: Page, email: string): Promise<void> {
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(DEMO_PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('logout').waitFor();
}

describe('links to a page survive signing in, and signing in downloads no map or chart', () => {
  const started = relaisAndBrowser();
  let organiserOf: string;
  let openRequest: string;

  beforeAll(async () => {
    const { url } = started();
    const token = await apiToken(url, DEMO.organiser);
    const { me } = await graphql<{ me: { organiserOf: { id: string }[] } }>(url, '{ me { organiserOf { id } } }', {}, token);
    organiserOf = me.organiserOf[0]?.id ?? '';
    const open = await graphql<{ helpRequestQueue: { items: { id: string }[] } }>(
      url,
      'query ($n: ID!) { helpRequestQueue(neighbourhoodId: $n, status: OPEN, first: 1, offset: 0) { items { id } } }',
      { n: organiserOf },
      token,
    );
    openRequest = open.helpRequestQueue.items[0]?.id ?? '';
    if (!organiserOf || !openRequest) throw new Error('the demo organiser has no quartier with an open request');
  });

  it("opens a request's link after signing in, in French on a wide screen, with no chart, map or H3 code on the log-in page", async () => {
    const { url, browser } = started();
    const heavy = [...chunksWith(/node_modules\/(recharts|@mantine\/charts)\//), ...chunksWith(/node_modules\/maplibre-gl\//), ...chunksWith(/node_modules\/h3-js\//)];
    expect(heavy.length).toBeGreaterThan(0);
    const { page, scripts } = await watchedPage(browser, DESKTOP, 'fr');

    await page.goto(`${url}/requests/${openRequest}`);
    await page.getByTestId('login-form').waitFor();
    await page.waitForLoadState('networkidle');
    expect(new URL(page.url()).pathname).toBe(`/requests/${openRequest}`);
    expect([...scripts].filter((script) => heavy.includes(script))).toEqual([]);

    await signIn(page, DEMO.organiser);
    await page.getByTestId('request-back').waitFor();
    expect(new URL(page.url()).pathname).toBe(`/requests/${openRequest}`);
    // The request's page draws its map: the chunks the log-in page left out come now.
    await page.waitForLoadState('networkidle');
    expect([...scripts].some((script) => heavy.includes(script))).toBe(true);
    await page.context().close();
  });

  it("opens a quartier's leaders after signing in, in English on a phone, and carries the link through « Create an account »", async () => {
    const { url, browser } = started();
    const { page } = await watchedPage(browser, PHONE, 'en');
    const wanted = `/leaders/${organiserOf}`;

    await page.goto(`${url}${wanted}`);
    await page.getByTestId('login-form').waitFor();
    // Signing up first keeps the page asked for; « I already have an account » leads back to it.
    const signUp = page.getByTestId('login-signup');
    expect(new URL((await signUp.getAttribute('href')) ?? '', url).searchParams.get('suite')).toBe(wanted);
    await signUp.click();
    await page.getByTestId('signup-form').waitFor();
    await page.getByTestId('signup-login').click();
    await page.getByTestId('login-form').waitFor();
    expect(new URL(page.url()).pathname).toBe(wanted);

    await signIn(page, DEMO.organiser);
    await page.getByTestId('leaders-title').waitFor();
    expect(new URL(page.url()).pathname).toBe(wanted);
    await page.context().close();
  });

  it('never leaves the app for an address given in the link', async () => {
    const { url, browser } = started();
    const { page } = await watchedPage(browser, DESKTOP, 'fr');
    await page.goto(`${url}/inscription?suite=${encodeURIComponent('//example.org/requests')}`);
    await page.getByTestId('signup-form').waitFor();
    expect(await page.getByTestId('signup-login').getAttribute('href')).toBe('/');
    await page.context().close();
  });
});
