import type { Browser, Page } from 'playwright-core';
import { DEMO } from './support/demo-accounts';
import { apiToken, graphql } from './support/graphql-client';
import { logIn } from './support/log-in';
import { relaisAndBrowser } from './support/relais-session';

const PHONE = { width: 390, height: 844 };
const DESK = { width: 1440, height: 900 };

async function pageOf(browser: Browser, viewport: { width: number; height: number }): Promise<Page> {
  return (await browser.newContext({ viewport })).newPage();
}

/** The preview's summary once it has answered for the values in the form. */
async function previewSummary(page: Page, preview: string): Promise<string> {
  await page.locator(`[data-testid="${preview}"][data-state="ready"]`).waitFor();
  return page.getByTestId(`${preview}-summary`).innerText();
}

/** « Réglages de la mise en relation » and « Réglages des leaders »: ADMIN sees what an edit would change, then saves it. */
describe('match weight and leader settings in the admin app', () => {
  const started = relaisAndBrowser();

  it('lets the admin weigh ratings over distance, see who would come first instead, save it and find it after a reload', async () => {
    const { url, browser } = started();
    const page = await pageOf(browser, DESK);
    await logIn(page, url, DEMO.admin);
    await page.getByTestId('nav-matching-settings').click();
    await page.getByTestId('match-settings-form').waitFor();
    expect(await page.getByTestId('match-settings-page').locator('h2').innerText()).toBe('Réglages de la mise en relation');
    expect(await page.getByTestId('match-weight-proximity').inputValue()).toBe('0,25');
    // Under the weights in use, the preview's two sides agree.
    expect(await previewSummary(page, 'match-preview')).toMatch(/^Aucune demande sur [1-9]\d* ne change de premier·ère bénévole\.$/);
    expect(await page.locator('[data-testid="match-preview-candidate"][data-move]:not([data-move="same"])').count()).toBe(0);

    // Out of range: refused in place, nothing sent.
    const rating = page.getByTestId('match-weight-rating');
    await rating.fill('150');
    await page.getByTestId('match-settings-submit').click();
    await page.getByText('Entre 0 et 100.').waitFor();
    expect(await rating.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByTestId('match-preview').innerText()).toContain('Corrigez les valeurs signalées pour voir l’aperçu.');

    await rating.fill('80');
    await page.getByTestId('match-weight-proximity').fill('0');
    expect(await page.getByTestId('match-share-proximity').innerText()).toBe('0\u00a0% du score');
    expect(await previewSummary(page, 'match-preview')).toMatch(/^[1-9]\d* demandes? sur [1-9]\d* change(nt)? de premier·ère bénévole\.$/);
    expect(await page.locator('[data-testid="match-preview-request"][data-changed="true"]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="match-preview-edited"] [data-move]:not([data-move="same"])').count()).toBeGreaterThan(0);

    await page.getByTestId('match-settings-submit').click();
    await page.getByTestId('match-settings-saved').waitFor();
    await page.reload();
    await page.getByTestId('match-settings-form').waitFor();
    expect(await page.getByTestId('match-weight-proximity').inputValue()).toBe('0');
    expect(await page.getByTestId('match-weight-rating').inputValue()).toBe('80');
    // Saved, the new weights are the ones in use: nothing left to change.
    expect(await previewSummary(page, 'match-preview')).toMatch(/^Aucune demande sur/);
    const admin = await apiToken(url, DEMO.admin);
    const { matchWeights } = await graphql<{ matchWeights: Record<string, number> }>(url, '{ matchWeights { proximity rating } }', {}, admin);
    expect(matchWeights).toEqual({ proximity: 0, rating: 80 });
    const { auditLog } = await graphql<{ auditLog: { items: { action: string }[] } }>(url, '{ auditLog(action: "UPDATE_SETTING", first: 5) { items { action } } }', {}, admin);
    expect(auditLog.items.length).toBeGreaterThan(0);

    await page.getByTestId('language-switch').getByTestId('language-en').click();
    await page.getByRole('heading', { name: 'Matching settings' }).waitFor();
    await page.context().close();
  });

  it('lets the admin, on a phone, make trust in the network count most, see who moves in the ranking, and save it', async () => {
    const { url, browser } = started();
    const page = await pageOf(browser, PHONE);
    await logIn(page, url, DEMO.admin);
    await page.goto(`${url}/settings/leaders`);
    await page.getByTestId('leader-settings-form').waitFor();
    expect(await previewSummary(page, 'leader-preview')).toMatch(/^Aucune personne classée sur [1-9]\d* ne change de place\.$/);

    await page.getByTestId('leader-weights-centrality').fill('80');
    await page.getByTestId('leader-halfLifeDays').fill('20');
    expect(await previewSummary(page, 'leader-preview')).toMatch(/^[1-9]\d* personnes? classées? sur [1-9]\d* change(nt)? de place\.$/);
    expect(await page.locator('[data-testid="leader-preview-row"] [data-move="up"]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="leader-preview-row"] [data-move="down"]').count()).toBeGreaterThan(0);

    await page.getByTestId('leader-settings-submit').click();
    await page.getByTestId('leader-settings-saved').waitFor();
    await page.reload();
    await page.getByTestId('leader-settings-form').waitFor();
    expect(await page.getByTestId('leader-weights-centrality').inputValue()).toBe('80');
    expect(await page.getByTestId('leader-halfLifeDays').inputValue()).toBe('20');
    await page.context().close();
  });

  it('keeps an organiser out: no entry in the menu, and the page says in place that it is for admins', async () => {
    const { url, browser } = started();
    const page = await pageOf(browser, DESK);
    await logIn(page, url, DEMO.organiser);
    await page.getByTestId('nav-people').waitFor();
    expect(await page.getByTestId('nav-matching-settings').count()).toBe(0);
    expect(await page.getByTestId('nav-leader-settings').count()).toBe(0);
    for (const path of ['/settings/matching', '/settings/leaders']) {
      await page.goto(`${url}${path}`);
      const refusal = page.getByTestId('settings-admin-only');
      await refusal.waitFor();
      expect(await refusal.innerText()).toContain('Page réservée aux admins');
      expect(page.url()).toBe(`${url}${path}`);
      expect(await page.getByTestId('match-settings-form').count()).toBe(0);
      expect(await page.getByTestId('leader-settings-form').count()).toBe(0);
    }
    await page.context().close();
  });
});
