import { DEMO } from './support/demo-accounts';
import { apiToken, graphql } from './support/graphql-client';
import { logIn } from './support/log-in';
import { relaisAndBrowser } from './support/relais-session';

const SETTINGS = '{ privacySettings { addressRetentionDays auditRetentionDays inactiveAccountDays } }';

/** « Conservation des données »: ADMIN sets how long Relais keeps what it holds; nobody else reaches it. */
describe('data retention settings', () => {
  const started = relaisAndBrowser();

  it('lets ADMIN change a period: a value out of range is marked in place, a good one is saved and stays after a reload', async () => {
    const { url, browser } = started();
    const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    await logIn(page, url, DEMO.admin);
    await page.getByTestId('nav-retention').click();
    await page.getByTestId('retention-form').waitFor();
    expect(await page.getByTestId('retention-page').locator('h2').innerText()).toBe('Conservation des données');
    const address = page.getByTestId('retention-addressRetentionDays');
    expect(await address.inputValue()).toBe('30');
    expect(await page.getByTestId('retention-inactiveAccountDays').inputValue()).toBe('1095');

    await address.fill('400');
    await page.getByTestId('retention-submit').click();
    await page.getByText('Entre 1 et 365 jours, en nombre entier.').waitFor();
    expect(await address.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByTestId('retention-saved').count()).toBe(0);

    await address.fill('14');
    await page.getByTestId('retention-submit').click();
    await page.getByTestId('retention-saved').waitFor();
    expect(await page.getByTestId('retention-saved').innerText()).toContain('Les durées sont enregistrées');

    await page.reload();
    await page.getByTestId('retention-form').waitFor();
    expect(await page.getByTestId('retention-addressRetentionDays').inputValue()).toBe('14');
    const saved = await graphql<{ privacySettings: Record<string, number> }>(url, SETTINGS, {}, await apiToken(url, DEMO.admin));
    expect(saved.privacySettings).toEqual({ addressRetentionDays: 14, auditRetentionDays: 365, inactiveAccountDays: 1095 });

    await page.getByTestId('language-switch').getByTestId('language-en').click();
    await page.getByRole('heading', { name: 'Data retention' }).waitFor();
    await page.context().close();
  });

  it('keeps an organiser out, from the menu, the address bar and the API', async () => {
    const { url, browser } = started();
    const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    await logIn(page, url, DEMO.organiser);
    expect(await page.getByTestId('nav-retention').count()).toBe(0);
    await page.goto(`${url}/retention`);
    await page.waitForURL(`${url}/`);
    expect(await page.getByTestId('retention-page').count()).toBe(0);
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await apiToken(url, DEMO.organiser)}` },
      body: JSON.stringify({ query: SETTINGS }),
    });
    const body = (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await page.context().close();
  });
});
