import { CONSENT_WORDINGS } from '@relais/domain-people';
import type { Page } from 'playwright-core';
import { DEMO } from './support/demo-accounts';
import { graphql } from './support/graphql-client';
import { relaisAndBrowser } from './support/relais-session';

const PHONE = { width: 390, height: 844 };
const QUARTIER = 'Enfants-Rouges';

interface SignedUp {
  me: {
    displayName: string;
    roles: string[];
    neighbourhood: { name: string } | null;
    rankingConsent: boolean;
    newsConsent: boolean;
    volunteerProfile: { skills: string[] } | null;
  };
  myConsentHistory: { items: { purpose: string; granted: boolean; channel: string; wordingVersion: string | null }[] };
}

async function chooseQuartier(page: Page, name: string): Promise<void> {
  await page.getByTestId('signup-quartier').fill(name.slice(0, 6));
  await page.getByRole('option', { name }).click();
  await page.getByTestId('location-picker').waitFor();
}

async function storedToken(page: Page): Promise<string | null> {
  return page.evaluate(() => localStorage.getItem('relais.token'));
}

/** The message Mantine shows under a field (its `error`), read by the field's id. */
function fieldError(page: Page, id: string) {
  return page.locator(`#${id}-error`);
}

describe('sign-up', () => {
  const started = relaisAndBrowser();

  it('a volunteer on a phone goes from the log-in page to their feed, with the consents they ticked recorded from sign-up', async () => {
    const { url, browser } = started();
    const page = await (await browser.newContext({ viewport: PHONE })).newPage();
    await page.goto(`${url}/`);
    await page.getByTestId('login-signup').click();
    await page.getByTestId('signup-form').waitFor();
    expect(new URL(page.url()).pathname).toBe('/inscription');
    expect(await page.getByRole('heading', { level: 2 }).first().innerText()).toBe('Créer un compte');

    await page.getByTestId('signup-role-VOLUNTEER').click();
    await page.getByTestId('signup-displayName').fill('Inès');
    await page.getByTestId('signup-email').fill('ines.signup@example.org');
    await page.getByTestId('signup-password').fill('un-mot-de-passe-solide');
    // Skills are asked of volunteers only, with the app's own category labels.
    await page.locator('label[for="signup-skill-ERRANDS"]').click();
    await page.getByText('Aide aux devoirs', { exact: true }).click();

    await chooseQuartier(page, QUARTIER);
    await page.getByTestId('location-picker').scrollIntoViewIfNeeded();
    const marker = page.getByTestId('location-marker');
    const before = await marker.getAttribute('data-lat');
    const box = await marker.boundingBox();
    if (!box) throw new Error('the home marker is not on screen');
    // A tap a little away from where the marker starts, well inside the quartier.
    await page.mouse.click(box.x + box.width / 2 + 8, box.y + box.height / 2 + 5);
    await page.waitForFunction((lat) => document.querySelector('[data-testid="location-marker"]')?.getAttribute('data-lat') !== lat, before);
    expect(await page.getByTestId('post-location-quartier').innerText()).toContain(QUARTIER);

    // Nothing is ticked in advance.
    expect(await page.getByTestId('signup-consent-RANKING').isChecked()).toBe(false);
    expect(await page.getByTestId('signup-consent-NEWS').isChecked()).toBe(false);
    await page.getByTestId('signup-consent-RANKING').check();

    await page.getByTestId('signup-submit').click();
    await page.getByTestId('logout').waitFor();
    await page.waitForURL((at) => at.pathname === '/feed');

    const token = await storedToken(page);
    expect(token).toBeTruthy();
    const seen = await graphql<SignedUp>(
      url,
      `{ me { displayName roles neighbourhood { name } rankingConsent newsConsent volunteerProfile { skills } }
         myConsentHistory(first: 20) { items { purpose granted channel wordingVersion } } }`,
      {},
      token ?? undefined,
    );
    expect(seen.me).toMatchObject({ displayName: 'Inès', roles: ['VOLUNTEER'], neighbourhood: { name: QUARTIER }, rankingConsent: true, newsConsent: false });
    expect([...(seen.me.volunteerProfile?.skills ?? [])].sort()).toEqual(['ERRANDS', 'HOMEWORK']);
    const asked = seen.myConsentHistory.items.filter((item) => item.purpose === 'RANKING' || item.purpose === 'NEWS');
    expect(asked).toEqual(
      expect.arrayContaining([
        { purpose: 'RANKING', granted: true, channel: 'SIGN_UP', wordingVersion: CONSENT_WORDINGS.RANKING },
        { purpose: 'NEWS', granted: false, channel: 'SIGN_UP', wordingVersion: CONSENT_WORDINGS.NEWS },
      ]),
    );
    expect(asked).toHaveLength(2);
    await page.context().close();
  });

  it('refuses a short password before sending, then an unknown referral code and a registered e-mail, each in place and in French', async () => {
    const { url, browser } = started();
    const page = await (await browser.newContext({ viewport: PHONE })).newPage();
    await page.goto(`${url}/inscription?code=inconnu1&relais=RELAIS42`);
    await page.getByTestId('signup-form').waitFor();
    expect(await page.getByTestId('signup-referralCode').inputValue()).toBe('inconnu1');
    expect(await page.getByTestId('signup-relayCode').inputValue()).toBe('RELAIS42');
    expect(await page.getByTestId('signup-relayCode').isVisible()).toBe(false);

    await page.getByTestId('signup-role-RESIDENT').click();
    await page.getByTestId('signup-displayName').fill('Marcel');
    await page.getByTestId('signup-email').fill(DEMO.volunteer);
    await page.getByTestId('signup-password').fill('court');
    await chooseQuartier(page, QUARTIER);
    await page.getByTestId('signup-submit').click();
    expect(await fieldError(page, 'signup-password').innerText()).toBe('Le mot de passe doit avoir au moins 10 caractères.');
    expect(await fieldError(page, 'signup-email').count()).toBe(0);
    // The cursor is put back in the field to mend.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('signup-password');

    await page.getByTestId('signup-password').fill('assez-long-cette-fois');
    expect(await fieldError(page, 'signup-password').count()).toBe(0);
    await page.getByTestId('signup-submit').click();
    await fieldError(page, 'signup-referralCode').waitFor();
    expect(await fieldError(page, 'signup-referralCode').innerText()).toContain('Ce code ne correspond à personne');

    await page.getByTestId('signup-referralCode').fill('');
    await page.getByTestId('signup-submit').click();
    await fieldError(page, 'signup-email').waitFor();
    expect(await fieldError(page, 'signup-email').innerText()).toBe('Un compte existe déjà avec cette adresse e-mail. Connectez-vous plutôt.');
    // The page's words, never the API's.
    expect(await page.getByTestId('signup-page').innerText()).not.toContain('already registered');
    expect(await storedToken(page)).toBeNull();
    expect(new URL(page.url()).pathname).toBe('/inscription');

    await page.getByTestId('signup-login').click();
    await page.getByTestId('login-form').waitFor();
    await page.context().close();
  });
});
