import type { Browser, Page } from 'playwright-core';
import { DEMO } from './support/demo-accounts';
import { apiToken, graphql } from './support/graphql-client';
import { logIn } from './support/log-in';
import { relaisAndBrowser } from './support/relais-session';

const PHONE = { width: 390, height: 844 };
const PAUSE = 'mutation ($active: Boolean!) { updateVolunteerProfile(input: { active: $active }) { id volunteerProfile { active } } }';
const LINK = 'https://dondesang.efs.sante.fr/trouver-une-collecte';

async function phonePage(browser: Browser): Promise<Page> {
  return (await browser.newContext({ viewport: PHONE })).newPage();
}

async function fitsThePhone(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
}

describe('ways to help from home', () => {
  const started = relaisAndBrowser();

  it('an organiser adds one for their quartier on a phone, its paused volunteer reads it on their feed, and it is gone once archived', async () => {
    const { url, browser } = started();
    const volunteer = await apiToken(url, DEMO.volunteer);
    const home = (await graphql<{ me: { neighbourhood: { id: string; name: string } } }>(url, '{ me { neighbourhood { id name } } }', {}, volunteer)).me.neighbourhood;
    await graphql(url, PAUSE, { active: false }, volunteer);
    const title = `Donner son sang samedi ${Date.now() % 100_000}`;

    try {
      // The organiser, on a phone, opens the page from the navigation and picks the volunteer's quartier.
      const organiser = await phonePage(browser);
      await logIn(organiser, url, DEMO.organiser);
      await organiser.getByRole('button', { name: 'Ouvrir la navigation' }).click();
      await organiser.getByTestId('nav-ways-to-help').click();
      await organiser.getByTestId('ways-to-help-page').waitFor();
      const selector = organiser.getByTestId('ways-to-help-quartier');
      if (await selector.isVisible()) {
        await selector.click();
        await organiser.getByRole('option', { name: home.name, exact: true }).click();
      }

      await organiser.getByTestId('way-to-help-new').click();
      const form = organiser.getByRole('dialog');
      await form.waitFor();
      await organiser.getByTestId('way-to-help-kind-select').click();
      await organiser.getByRole('option', { name: 'Donner son sang' }).click();
      await organiser.getByTestId('way-to-help-title-input').fill(title);
      await organiser.getByTestId('way-to-help-body-input').fill('La collecte de l’EFS est à la mairie,\nde 10 h à 16 h.');
      // A link without its scheme is refused in place, before anything is sent.
      await organiser.getByTestId('way-to-help-link-input').fill('dondesang.efs.sante.fr');
      await organiser.getByTestId('way-to-help-submit').click();
      expect(await organiser.locator('#way-to-help-link-error').innerText()).toBe('Donnez une adresse web complète, qui commence par «\u00a0https\u00a0» ou «\u00a0http\u00a0».');
      expect(await organiser.evaluate(() => document.activeElement?.id)).toBe('way-to-help-link');
      expect(await organiser.getByTestId('way-to-help').filter({ hasText: title }).count()).toBe(0);
      // The quartier the page showed is chosen already.
      expect(await form.getByText(home.name).count()).toBeGreaterThan(0);
      await fitsThePhone(organiser);

      await organiser.getByTestId('way-to-help-link-input').fill(LINK);
      expect(await organiser.locator('#way-to-help-link-error').count()).toBe(0);
      await organiser.getByTestId('way-to-help-submit').click();
      await organiser.getByTestId('ways-to-help-notice').waitFor();
      await form.waitFor({ state: 'detached' });
      const card = organiser.getByTestId('way-to-help').filter({ hasText: title });
      await card.waitFor();
      expect(await card.getByTestId('way-to-help-kind').innerText()).toBe('Donner son sang');
      expect(await card.getByTestId('way-to-help-body').innerText()).toContain('de 10 h à 16 h.');
      expect(await card.getByTestId('way-to-help-quartiers').innerText()).toBe(`Pour\u00a0: ${home.name}`);
      const link = card.getByTestId('way-to-help-link');
      expect(await link.getAttribute('href')).toBe(LINK);
      expect(await link.getAttribute('target')).toBe('_blank');
      expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
      await fitsThePhone(organiser);

      // The paused volunteer finds it on their feed, under « Aider depuis chez soi ».
      const feed = await phonePage(browser);
      await logIn(feed, url, DEMO.volunteer);
      await feed.goto(`${url}/feed`);
      const block = feed.getByTestId('help-from-home');
      await block.waitFor();
      expect(await feed.getByTestId('help-from-home-intro').innerText()).toContain('Vous êtes en pause');
      const seen = block.getByTestId('way-to-help').filter({ hasText: title });
      await seen.waitFor();
      expect(await seen.getByTestId('way-to-help-link').getAttribute('rel')).toBe('noopener noreferrer');
      // Volunteers read it; only the organisers' page offers to remove it.
      expect(await seen.getByTestId('way-to-help-archive').count()).toBe(0);
      await fitsThePhone(feed);

      // The organiser removes it, after a confirmation; it leaves their list and the volunteer's feed.
      await card.getByTestId('way-to-help-archive').click();
      const confirm = organiser.getByRole('dialog');
      await confirm.getByText(`«\u00a0${title}\u00a0» ne sera plus proposée aux bénévoles.`, { exact: false }).waitFor();
      await organiser.getByTestId('archive-way-to-help-confirm').click();
      await card.waitFor({ state: 'detached' });
      expect(await organiser.getByTestId('ways-to-help-notice').innerText()).toContain('n’est plus proposée');
      await organiser.context().close();

      await feed.reload();
      // A paused volunteer's feed says so, whatever it lists.
      await feed.getByTestId('feed-paused').waitFor();
      // Give the list its answer before saying it is not there.
      await feed.waitForLoadState('networkidle');
      expect(await feed.getByTestId('way-to-help').filter({ hasText: title }).count()).toBe(0);
      await feed.context().close();
    } finally {
      await graphql(url, PAUSE, { active: true }, volunteer);
    }
  });
});
