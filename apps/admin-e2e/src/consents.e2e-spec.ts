import type { Page } from 'playwright-core';
import { DEMO } from './support/demo-accounts';
import { logIn } from './support/log-in';
import { relaisAndBrowser } from './support/relais-session';

async function consentSwitch(page: Page, purpose: string): Promise<boolean> {
  return page.getByTestId(`consent-${purpose}`).isChecked();
}

async function history(page: Page): Promise<{ purpose: string | null; granted: string | null }[]> {
  return page
    .getByTestId('consent-event')
    .evaluateAll((rows) => rows.map((row) => ({ purpose: row.getAttribute('data-purpose'), granted: row.getAttribute('data-granted') })));
}

describe('my consents', () => {
  const started = relaisAndBrowser();

  it('a resident opens their profile, gives news in one click and withdraws it in one more; the history shows both', async () => {
    const { url, browser } = started();
    const page = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
    await logIn(page, url, DEMO.resident);
    // On a phone the navigation sits behind its burger.
    await page.getByRole('button', { name: 'Ouvrir la navigation' }).click();
    await page.getByTestId('nav-profile').click();
    await page.getByTestId('consent-history').waitFor();
    // Nothing is ticked for a resident who ticked nothing at sign-up.
    for (const purpose of ['NEWS', 'DIGEST', 'RANKING', 'CONTACT']) expect(await consentSwitch(page, purpose)).toBe(false);
    const before = (await history(page)).length;

    await page.getByTestId('consent-NEWS').click();
    await page.locator('[data-testid="consent-event"][data-purpose="NEWS"][data-granted="true"]').waitFor();
    expect(await consentSwitch(page, 'NEWS')).toBe(true);
    await page.getByTestId('consent-NEWS').click();
    await page.locator('[data-testid="consent-event"]').nth(before + 1).waitFor();
    expect(await consentSwitch(page, 'NEWS')).toBe(false);
    expect((await history(page)).slice(0, 2)).toEqual([
      { purpose: 'NEWS', granted: 'false' },
      { purpose: 'NEWS', granted: 'true' },
    ]);

    // Still so after a reload: the server has it.
    await page.reload();
    await page.getByTestId('consent-history').waitFor();
    expect(await consentSwitch(page, 'NEWS')).toBe(false);
    expect((await history(page)).length).toBe(before + 2);
  });

  it('shows a volunteer the digest on by default, and the French wording then the English one', async () => {
    const { url, browser } = started();
    const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    await logIn(page, url, DEMO.volunteer);
    await page.getByTestId('nav-profile').click();
    await page.getByTestId('consent-history').waitFor();
    expect(await consentSwitch(page, 'DIGEST')).toBe(true);
    const card = page.getByTestId('my-consents');
    expect(await card.getByRole('heading', { level: 3 }).innerText()).toBe('Mes consentements');
    await page.getByTestId('language-switch').getByTestId('language-en').click();
    await card.getByRole('heading', { name: 'My consents' }).waitFor();
    expect(await card.innerText()).toContain('Receive the weekly digest');
  });
});
