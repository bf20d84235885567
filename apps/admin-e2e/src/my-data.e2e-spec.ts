import { readFile } from 'node:fs/promises';
import { DEMO } from './support/demo-accounts';
import { logIn } from './support/log-in';
import { relaisAndBrowser } from './support/relais-session';

interface Export {
  account: { email: string };
  tasks: { address?: string | null; status: string }[];
}

describe('« Mes données »', () => {
  const started = relaisAndBrowser();

  it('downloads everything Relais holds about the volunteer, from the menu, on a phone', async () => {
    const { url, browser } = started();
    const page = await (await browser.newContext({ viewport: { width: 390, height: 844 }, acceptDownloads: true })).newPage();
    await logIn(page, url, DEMO.volunteer);
    // On a phone the navigation sits behind its burger.
    await page.getByRole('button', { name: 'Ouvrir la navigation' }).click();
    await page.getByTestId('nav-my-data').click();
    await page.getByTestId('my-data-page').waitFor();
    expect(await page.getByTestId('my-data-page').locator('h2').first().innerText()).toBe('Mes données');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('my-data-download').click()]);
    expect(download.suggestedFilename()).toMatch(/^relais-mes-donnees-\d{4}-\d{2}-\d{2}\.json$/);
    const text = await readFile((await download.path()) as string, 'utf8');
    const data = JSON.parse(text) as Export;
    expect(data.account.email).toBe(DEMO.volunteer);
    // Nobody else's e-mail: the only address of the demo domain in it is the volunteer's own.
    const emails = new Set(text.match(/[\w.+-]+@relais\.demo/g));
    expect([...emails]).toEqual([DEMO.volunteer]);
    await page.context().close();
  });
});
