import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { DEMO, DEMO_PASSWORD } from './support/demo-accounts';
import { missingTexts } from './support/missing-texts';
import { relaisAndBrowser } from './support/relais-session';
import { pageAs } from './support/signed-in-page';

const WIDE = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };
const SHOTS = process.env['SHOTS_DIR'];

async function shoot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

async function switchTo(page: Page, language: 'fr' | 'en'): Promise<void> {
  await page.getByTestId(`language-${language}`).click();
  await page.waitForFunction((lang) => document.documentElement.lang === lang, language);
}

/** The text of the page's title, once drawn. */
const heading = (page: Page) => page.locator('main h2').first().textContent();

// Each page downloads its own texts; a change of language fetches those of the pages already opened.
describe('the texts a page shows, in either language', () => {
  const started = relaisAndBrowser();

  it('come with the log-in page and the feed, and follow a change of language without a raw key', async () => {
    const { url, browser } = started();
    for (const viewport of [WIDE, PHONE]) {
      const page = await pageAs(browser, viewport, 'fr', null);
      await page.goto(`${url}/feed`);
      await page.getByTestId('login-email').waitFor();
      await shoot(page, `log-in-${viewport.width}-fr`);
      await switchTo(page, 'en');
      await page.getByText('Sign in', { exact: true }).first().waitFor();
      await shoot(page, `log-in-${viewport.width}-en`);
      await switchTo(page, 'fr');
      await page.getByTestId('login-email').fill(DEMO.volunteer);
      await page.getByTestId('login-password').fill(DEMO_PASSWORD);
      await page.getByTestId('login-submit').click();
      await page.getByTestId('logout').waitFor();
      await page.getByRole('heading', { name: 'Près de chez moi' }).waitFor();
      await shoot(page, `feed-${viewport.width}-fr`);

      // The feed's texts in English come with the switch, before it shows.
      await switchTo(page, 'en');
      expect(await heading(page)).toBe('Near me');
      await shoot(page, `feed-${viewport.width}-en`);
      // A page first opened in English brings its English texts (the profile's files are not the feed's).
      if (viewport === PHONE) await page.getByTestId('nav-burger').click();
      await page.getByTestId('nav-profile').click();
      await page.getByRole('heading', { name: 'My volunteer profile' }).waitFor();
      await switchTo(page, 'fr');
      expect(await heading(page)).toBe('Mon profil de bénévole');
      expect(await page.locator('main').textContent()).not.toMatch(/\b(profile|standing|leaderPerson|consent|categories)\.[a-z]/);
      expect(missingTexts(page)).toEqual([]);
      await page.context().close();
    }
  }, 120_000);

  it('are reported missing when a page shows a group it did not get', async () => {
    const { url, browser } = started();
    const page = await pageAs(browser, WIDE, 'fr', null);
    // The feed's own file of texts, served without its `feed` group: as if the feed had not named it.
    await page.route(/\/assets\/fr-volunteering-[\w-]+\.js$/, async (route) => {
      const served = await route.fetch();
      await route.fulfill({ response: served, body: (await served.text()).replace(/\bfeed:\{/, 'notTheFeed:{') });
    });
    await page.goto(`${url}/feed`);
    await page.getByTestId('login-email').fill(DEMO.volunteer);
    await page.getByTestId('login-password').fill(DEMO_PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('logout').waitFor();
    await page.getByText('feed.title').waitFor();
    expect(missingTexts(page)).toEqual(expect.arrayContaining([expect.stringMatching(/^Missing text: feed\.title /)]));
    await page.context().close();
  }, 60_000);
});
