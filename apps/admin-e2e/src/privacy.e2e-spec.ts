import type { Page } from 'playwright-core';
import { DEMO } from './support/demo-accounts';
import { logIn } from './support/log-in';
import { relaisAndBrowser } from './support/relais-session';

const FRENCH_HEADINGS = ['Ce que Relais garde', 'Pourquoi', 'Qui le voit', 'Combien de temps', 'Vos droits'];
const ENGLISH_HEADINGS = ['What Relais keeps', 'Why', 'Who sees it', 'How long', 'Your rights'];

async function headings(page: Page, level: 1 | 2): Promise<string[]> {
  return (await page.getByTestId('privacy-page').locator(`h${level}`).allInnerTexts()).map((text) => text.trim());
}

/** Every section is a region named by its own heading, so a screen reader lists them. */
async function unnamedSections(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      [...document.querySelectorAll('[data-testid="privacy-page"] section')].filter((section) => {
        const id = section.getAttribute('aria-labelledby');
        return !id || !document.getElementById(id)?.textContent?.trim();
      }).length,
  );
}

describe('privacy page', () => {
  const started = relaisAndBrowser();

  it('is read without signing in, in French first, then in English', async () => {
    const { url, browser } = started();
    const page = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
    await page.goto(`${url}/confidentialite`);

    await page.getByTestId('privacy-page').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    expect(await headings(page, 1)).toEqual(['Confidentialité']);
    expect(await headings(page, 2)).toEqual(FRENCH_HEADINGS);
    expect(await unnamedSections(page)).toBe(0);
    // Public: nothing asked the visitor to sign in.
    expect(await page.getByTestId('login-form').count()).toBe(0);

    await page.getByTestId('language-switch').getByTestId('language-en').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await headings(page, 1)).toEqual(['Privacy']);
    expect(await headings(page, 2)).toEqual(ENGLISH_HEADINGS);

    await page.getByTestId('privacy-back').click();
    await page.getByTestId('login-form').waitFor();
    await page.context().close();
  });

  it('is linked from the log-in page and from the menu once signed in', async () => {
    const { url, browser } = started();
    const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    await page.goto(`${url}/`);
    await page.getByTestId('login-privacy').click();
    await page.getByTestId('privacy-page').waitFor();
    expect(new URL(page.url()).pathname).toBe('/confidentialite');

    await logIn(page, url, DEMO.resident);
    await page.getByTestId('nav-privacy').click();
    await page.getByTestId('privacy-page').waitFor();
    expect(await headings(page, 1)).toEqual(['Confidentialité']);
    await page.context().close();
  });
});
