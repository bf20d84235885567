import { DEMO } from './support/demo-accounts';
import { apiToken, graphql } from './support/graphql-client';
import { logIn } from './support/log-in';
import { relaisAndBrowser } from './support/relais-session';

const POST = `mutation ($input: PostHelpRequestInput!) { postHelpRequest(input: $input) { id } }`;
const READ = `query ($id: ID!) { helpRequest(id: $id) { address } }`;

/** « Qui a vu mon adresse » for the resident, and the « Journal d'audit » for ADMIN only. */
describe('who saw an address', () => {
  const started = relaisAndBrowser();
  const description = 'Monter un meuble au 4e sans ascenseur';

  beforeAll(async () => {
    const { url } = started();
    const resident = await apiToken(url, DEMO.resident);
    const posted = await graphql<{ postHelpRequest: { id: string } }>(
      url,
      POST,
      { input: { category: 'ERRANDS', description, location: { lat: 48.8625, lng: 2.3615 }, address: '12 rue de Bretagne, 75003 Paris' } },
      resident,
    );
    await graphql(url, READ, { id: posted.postHelpRequest.id }, await apiToken(url, DEMO.organiser));
  });

  it('shows the resident who read their address, with the role, in French then English', async () => {
    const { url, browser } = started();
    const page = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
    await logIn(page, url, DEMO.resident);
    await page.goto(`${url}/my-requests`);
    const read = page.getByTestId('address-read').filter({ hasText: description });
    await read.waitFor();
    expect(await read.innerText()).toContain('organisateur·rice du quartier');
    expect(await page.getByTestId('address-reads').locator('h3').innerText()).toBe('Qui a vu mon adresse');

    await page.getByTestId('language-switch').getByTestId('language-en').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await read.innerText()).toContain('neighbourhood organiser');
    await page.context().close();
  });

  it('gives ADMIN the audit log, filtered by reader, and keeps others out of it', async () => {
    const { url, browser } = started();
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await logIn(page, url, DEMO.admin);
    await page.getByTestId('nav-audit').click();
    await page.getByTestId('audit-table').waitFor();
    const organiserRow = page.getByTestId('audit-entry').filter({ hasText: '"ORGANISER"' }).first();
    await organiserRow.waitFor();
    await organiserRow.getByRole('button').click();
    await page.waitForFunction(() => (document.querySelector('[data-testid="audit-reader"]') as HTMLInputElement | null)?.value !== '');
    await page.getByTestId('audit-entry').first().waitFor();
    const actors = await page.getByTestId('audit-entry').locator('td:nth-child(2)').allInnerTexts();
    expect(new Set(actors).size).toBe(1);
    await context.close();

    const organiser = await (await browser.newContext()).newPage();
    await logIn(organiser, url, DEMO.organiser);
    expect(await organiser.getByTestId('nav-audit').count()).toBe(0);
    await organiser.goto(`${url}/audit`);
    await organiser.waitForURL(`${url}/`);
    expect(await organiser.getByTestId('audit-table').count()).toBe(0);
    await organiser.context().close();
  });
});
