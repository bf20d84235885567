import type { AreaGeometry } from '@relais/domain-geo';
import { interiorPoint } from '@relais/domain-geo';
import { randomUUID } from 'node:crypto';
import { DEMO, DEMO_PASSWORD } from './support/demo-accounts';
import { apiToken, graphql } from './support/graphql-client';
import { isFocused, tabTo } from './support/keyboard';
import { relaisAndBrowser } from './support/relais-session';
import { pageAs } from './support/signed-in-page';

const PHONE = { width: 390, height: 844 };
const POST = 'mutation ($input: PostHelpRequestInput!) { postHelpRequest(input: $input) { id } }';
const IDEA = 'mutation ($input: IdeaInput!) { postIdea(input: $input) { id } }';

/** A request posted by the demo resident in their quartier, where the demo volunteer lives too. */
async function postErrand(url: string, description: string): Promise<void> {
  const token = await apiToken(url, DEMO.resident);
  const { me } = await graphql<{ me: { neighbourhood: { boundary: string } } }>(url, '{ me { neighbourhood { boundary } } }', {}, token);
  const location = interiorPoint(JSON.parse(me.neighbourhood.boundary) as AreaGeometry);
  await graphql(url, POST, { input: { category: 'ERRANDS', description, location } }, token);
}

describe('the desk with a keyboard only', () => {
  const started = relaisAndBrowser();

  it('a volunteer on a phone signs in, takes a request nearby and finds it in their missions, with Tab and Enter', async () => {
    const { url, browser } = started();
    const description = `Pain et lait pour ce soir (clavier ${randomUUID().slice(0, 8)})`;
    await postErrand(url, description);
    const page = await pageAs(browser, PHONE, 'fr', null);
    const unseen: string[] = [];

    await page.goto(`${url}/`);
    unseen.push(...(await tabTo(page, page.getByTestId('login-email'))));
    await page.keyboard.type(DEMO.volunteer);
    unseen.push(...(await tabTo(page, page.getByTestId('login-password'))));
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/feed$/);
    const item = page.getByTestId('feed-item').filter({ hasText: description });
    await item.waitFor();

    // The first stop skips the header and the folded navigation, straight to the page.
    await page.locator('body').focus();
    await page.keyboard.press('Tab');
    expect(await isFocused(page.getByTestId('skip-link'))).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');

    unseen.push(...(await tabTo(page, item.getByTestId('feed-accept'))));
    await page.keyboard.press('Enter');
    await page.getByTestId('feed-accepted').waitFor();
    unseen.push(...(await tabTo(page, page.getByTestId('feed-see-tasks'))));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/tasks$/);
    await page.getByText(description).waitFor();

    // Back to the feed through the navigation: the burger opens it, Escape folds it away again
    // with the focus back on the burger, and Enter on a link goes there and closes it.
    const burger = page.getByTestId('nav-burger');
    unseen.push(...(await tabTo(page, burger)));
    await page.keyboard.press('Enter');
    expect(await burger.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Escape');
    expect(await burger.getAttribute('aria-expanded')).toBe('false');
    expect(await isFocused(burger)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await burger.getAttribute('aria-expanded')).toBe('true');
    unseen.push(...(await tabTo(page, page.getByTestId('nav-feed'))));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/feed$/);
    expect(await burger.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByTestId('feed-item').filter({ hasText: description }).count()).toBe(0);

    expect(unseen).toEqual([]);
    await page.context().close();
  });

  it('a resident on a phone supports an idea and takes it back with the keyboard, the button saying which', async () => {
    const { url, browser } = started();
    const title = `Une boîte à livres au square (clavier ${randomUUID().slice(0, 8)})`;
    const organiser = await apiToken(url, DEMO.organiser);
    const { postIdea } = await graphql<{ postIdea: { id: string } }>(url, IDEA, { input: { title, body: 'Chacun en dépose, chacun en prend.' } }, organiser);
    const page = await pageAs(browser, PHONE, 'fr', await apiToken(url, DEMO.resident));
    await page.goto(`${url}/ideas`);
    const vote = page.locator(`[data-testid="idea-card"][data-idea-id="${postIdea.id}"]`).getByTestId('idea-vote');
    expect(await tabTo(page, vote, 150)).toEqual([]);
    expect(await vote.getAttribute('aria-pressed')).toBe('false');
    await page.keyboard.press('Space');
    await page.waitForFunction((id) => document.querySelector(`[data-idea-id="${id}"] [data-testid="idea-vote"]`)?.getAttribute('aria-pressed') === 'true', postIdea.id);
    expect(await isFocused(vote)).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => document.querySelector(`[data-idea-id="${id}"] [data-testid="idea-vote"]`)?.getAttribute('aria-pressed') === 'false', postIdea.id);
    await page.context().close();
  });

  it('the city map lets the keyboard through to the figures folded under it, which Enter opens', async () => {
    const { url, browser } = started();
    const page = await pageAs(browser, { width: 1440, height: 900 }, 'fr', await apiToken(url, DEMO.organiser));
    await page.goto(`${url}/`);
    const summary = page.getByTestId('city-table').locator('summary');
    // Every stop of the map itself (its zoom, its quartiers) is passed on the way: it keeps no focus.
    expect(await tabTo(page, summary, 200)).toEqual([]);
    await page.keyboard.press('Enter');
    await page.getByTestId('map-neighbourhood').first().waitFor();
    await page.context().close();
  });

  it('a dialog keeps the focus while open and gives it back to the button that opened it', async () => {
    const { url, browser } = started();
    const page = await pageAs(browser, { width: 1440, height: 900 }, 'fr', await apiToken(url, DEMO.admin));
    await page.goto(`${url}/people`);
    const opener = page.getByTestId('people-row').first().getByTestId('grant-organiser');
    expect(await tabTo(page, opener, 120)).toEqual([]);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    for (let press = 0; press < 12; press += 1) {
      await page.keyboard.press('Tab');
      expect(await isFocused(dialog)).toBe(true);
    }
    // Escape first folds a list a Tab opened (the quartiers' picker opens as it is reached, once its
    // quartiers have come: maybe after the last Tab), as it should; then the dialog.
    for (let press = 0; press < 3 && (await dialog.count()) > 0; press += 1) {
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached', timeout: 2_000 }).catch(() => undefined);
    }
    await dialog.waitFor({ state: 'detached' });
    expect(await isFocused(opener)).toBe(true);
    await page.context().close();
  });
});
