import type { Page, Route } from 'playwright-core';
import { DEMO } from './support/demo-accounts';
import { apiToken, graphql } from './support/graphql-client';
import { logIn } from './support/log-in';
import { relaisAndBrowser } from './support/relais-session';

/** The GraphQL operation a request of the app carries, by its name. */
function operationOf(route: Route): string | null {
  try {
    return (route.request().postDataJSON() as { operationName?: string } | null)?.operationName ?? null;
  } catch {
    return null;
  }
}

async function switchLanguage(page: Page, language: 'fr' | 'en'): Promise<void> {
  await page.getByTestId(`language-${language}`).first().click();
  await page.waitForFunction((lang) => document.documentElement.lang === lang, language);
}

describe('errors in the reader’s language, in place', () => {
  const started = relaisAndBrowser();

  it('words a refusal of the API in French, then in English, never in the API’s own words', async () => {
    const { url, browser } = started();
    const page = await browser.newPage();
    await page.goto(`${url}/`);
    await switchLanguage(page, 'fr');
    await page.getByTestId('login-email').fill(DEMO.organiser);
    await page.getByTestId('login-password').fill('not-the-password');
    await page.getByTestId('login-submit').click();

    // The API refuses with UNAUTHENTICATED ("wrong e-mail or password").
    const refusal = page.getByTestId('login-error');
    await refusal.waitFor();
    expect(await refusal.innerText()).toContain('Adresse e-mail ou mot de passe non reconnus.');
    expect(await refusal.innerText()).not.toContain('wrong e-mail or password');

    await switchLanguage(page, 'en');
    expect(await refusal.innerText()).toContain('E-mail address or password not recognised.');
    expect(await refusal.innerText()).not.toContain('wrong e-mail or password');
    await page.close();
  });

  it('says once, plainly, that a quartier is outside the organiser’s scope', async () => {
    const { url, browser } = started();
    const token = await apiToken(url, DEMO.organiser);
    const { me, neighbourhoods } = await graphql<{ me: { organiserOf: { id: string }[] }; neighbourhoods: { id: string }[] }>(
      url,
      '{ me { organiserOf { id } } neighbourhoods { id } }',
      {},
      token,
    );
    const elsewhere = neighbourhoods.find((n) => !me.organiserOf.some((mine) => mine.id === n.id));
    if (!elsewhere) throw new Error('the demo city has no quartier outside the demo organiser’s');

    const page = await browser.newPage();
    await logIn(page, url, DEMO.organiser);
    await switchLanguage(page, 'fr');
    await page.goto(`${url}/leaders/${elsewhere.id}`);
    const notice = page.getByTestId('leaders-out-of-scope');
    await notice.waitFor();
    expect(await notice.innerText()).toContain('Quartier hors de votre périmètre');
    // Said once: no panel repeats the refusal, and the header and navigation stay.
    expect(await page.getByRole('alert').count()).toBe(1);
    expect(await page.getByTestId('leaders-error').count()).toBe(0);
    expect(await page.getByTestId('nav-people').isVisible()).toBe(true);
    await page.close();
  });

  it('shows a failed request in place with « Réessayer », and the page once it answers again', async () => {
    const { url, browser } = started();
    const page = await browser.newPage();
    await logIn(page, url, DEMO.organiser);
    await switchLanguage(page, 'fr');

    // The people list gets no answer, as when the network drops; everything else still works.
    let blocked = true;
    await page.route('**/graphql', async (route) => {
      if (blocked && operationOf(route) === 'People') await route.abort('internetdisconnected');
      else await route.fallback();
    });
    await page.getByTestId('nav-people').click();
    const failure = page.getByTestId('people-error');
    await failure.waitFor();
    expect(await page.getByTestId('people-error-message').innerText()).toBe('Relais ne répond pas. Vérifiez votre connexion, puis réessayez.');
    expect(await page.getByTestId('logout').isVisible()).toBe(true);

    await switchLanguage(page, 'en');
    expect(await page.getByTestId('people-error-message').innerText()).toBe('Relais is not answering. Check your connection, then try again.');
    await switchLanguage(page, 'fr');

    blocked = false;
    await page.getByRole('button', { name: 'Réessayer' }).click();
    await failure.waitFor({ state: 'detached' });
    // The people arrive: the count is no longer the empty list's.
    await page.getByTestId('people-count').filter({ hasText: /^[1-9]/ }).waitFor();
    await page.close();
  });
});
