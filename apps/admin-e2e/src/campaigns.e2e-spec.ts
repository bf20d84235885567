import type { Browser, Page } from 'playwright-core';
import { DEMO } from './support/demo-accounts';
import { apiToken, graphql } from './support/graphql-client';
import { logIn } from './support/log-in';
import { relaisAndBrowser } from './support/relais-session';

const PHONE = { width: 390, height: 844 };
const TITLE = 'Collecte de jouets samedi';
const MESSAGE = 'Samedi de 10 h à 13 h, au centre social : apportez les jouets dont vos enfants ne se servent plus.';

interface Home {
  me: { id: string; neighbourhood: { id: string; name: string } };
}

/** The demo volunteer's quartier has no ambassador yet: they become one there, and accept news. */
async function makeAmbassador(url: string): Promise<Home['me']> {
  const volunteer = await apiToken(url, DEMO.volunteer);
  const { me } = await graphql<Home>(url, '{ me { id neighbourhood { id name } } }', {}, volunteer);
  await graphql(url, 'mutation { updateConsents(input: { news: true }) { id newsConsent } }', {}, volunteer);
  const organiser = await apiToken(url, DEMO.organiser);
  await graphql(
    url,
    'mutation ($personId: ID!, $neighbourhoodId: ID!) { promoteToAmbassador(personId: $personId, neighbourhoodId: $neighbourhoodId) { id isAmbassador } }',
    { personId: me.id, neighbourhoodId: me.neighbourhood.id },
    organiser,
  );
  return me;
}

async function phonePage(browser: Browser): Promise<Page> {
  return (await browser.newContext({ viewport: PHONE })).newPage();
}

async function openFromNavigation(page: Page, testId: string): Promise<void> {
  await page.getByRole('button', { name: 'Ouvrir la navigation' }).click();
  await page.getByTestId(testId).click();
}

async function fitsThePhone(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
}

async function figure(page: Page, name: string): Promise<string | null> {
  return page.getByTestId(`figure-${name}`).locator('td').getAttribute('data-value');
}

describe('campaigns relayed by ambassadors', () => {
  const started = relaisAndBrowser();

  it('an organiser sends a campaign, its ambassador relays it, and a visit and a sign-up through the link show in the report, all on a phone', async () => {
    const { url, browser } = started();
    const ambassador = await makeAmbassador(url);

    // The organiser writes the campaign: empty fields are refused in place before anything is sent.
    const organiser = await phonePage(browser);
    await logIn(organiser, url, DEMO.organiser);
    await openFromNavigation(organiser, 'nav-campaigns');
    // The demo organiser's campaigns of the past weeks are listed.
    await organiser.getByTestId('campaign-card').first().waitFor();
    expect(await organiser.getByTestId('campaigns-empty').count()).toBe(0);
    await organiser.getByTestId('campaign-new').click();
    await organiser.getByTestId('campaign-form').waitFor();
    await organiser.getByTestId('campaign-send').click();
    expect(await organiser.locator('#campaign-title-error').innerText()).toBe('Donnez un titre à la campagne.');
    expect(await organiser.locator('#campaign-neighbourhoods-error').innerText()).toBe('Choisissez au moins un quartier.');
    expect(await organiser.evaluate(() => document.activeElement?.id)).toBe('campaign-title');

    await organiser.getByTestId('campaign-title').fill(TITLE);
    await organiser.getByTestId('campaign-message').fill(MESSAGE);
    await organiser.getByTestId('campaign-neighbourhoods').click();
    await organiser.getByTestId('campaign-neighbourhoods').fill(ambassador.neighbourhood.name.slice(0, 5));
    await organiser.getByRole('option', { name: ambassador.neighbourhood.name }).click();
    await organiser.keyboard.press('Escape');
    // The preview reads as the ambassador will: the subject, the message, a sample relay link.
    expect(await organiser.getByTestId('campaign-preview-subject').innerText()).toBe(`À relayer\u00a0: ${TITLE}`);
    expect(await organiser.getByTestId('campaign-preview-message').innerText()).toBe(MESSAGE);
    expect(await organiser.getByTestId('campaign-preview-link').innerText()).toBe(`${url}/r/EXEMPLE234`);
    await fitsThePhone(organiser);

    await organiser.getByTestId('campaign-send').click();
    const recipients = organiser.getByTestId('send-campaign-recipients');
    await recipients.waitFor();
    expect(await recipients.getAttribute('data-count')).toBe('1');
    expect(await recipients.innerText()).toBe('1 ambassadeur·rice de ces quartiers accepte les nouvelles et pourra la recevoir.');
    expect(await organiser.getByTestId('send-campaign-modal').innerText()).toContain('Une campagne ne s’envoie qu’une fois');
    await organiser.getByTestId('send-campaign-confirm').click();

    await organiser.locator('[data-testid="campaign-page"][data-status="SENT"]').waitFor();
    expect(await organiser.getByTestId('funnel-ambassadorsReached').getAttribute('data-value')).toBe('1');
    expect(await figure(organiser, 'ambassadorsRelayed')).toBe('0');
    expect(await organiser.getByTestId('campaign-skipped').innerText()).toBe('Personne n’a été laissé de côté par la limite de campagnes par semaine.');
    await fitsThePhone(organiser);

    // The ambassador finds it in « Mes relais », shares it and says they relayed it.
    const relayer = await phonePage(browser);
    await logIn(relayer, url, DEMO.volunteer);
    await openFromNavigation(relayer, 'nav-relays');
    const task = relayer.getByTestId('relay-task');
    await task.waitFor();
    expect(await task.getByTestId('relay-message').innerText()).toBe(MESSAGE);
    const relayUrl = await task.getByTestId('relay-link').inputValue();
    const code = /\/r\/([A-Z2-9]{10})$/.exec(relayUrl)?.[1];
    if (!code) throw new Error(`not a relay link: ${relayUrl}`);
    const whatsApp = await task.getByTestId('relay-share-whatsapp').getAttribute('href');
    expect(new URL(whatsApp ?? '').searchParams.get('text')).toBe(`${TITLE}\n\n${MESSAGE}\n\n${relayUrl}`);
    expect(await task.getByTestId('relay-share-sms').getAttribute('href')).toMatch(/^sms:\?&body=/);
    expect(await task.getByTestId('relay-share-email').getAttribute('href')).toMatch(/^mailto:\?subject=Collecte%20de%20jouets%20samedi&body=/);
    await fitsThePhone(relayer);

    await task.getByTestId('relay-report').click();
    await task.getByText('En porte-à-porte').click();
    await task.getByTestId('relay-reach').fill('25');
    await task.getByTestId('relay-save').click();
    await task.getByTestId('relay-relayed-at').waitFor();
    expect(await task.getByTestId('relay-relayed-at').innerText()).toMatch(/^Relayé le /);
    expect(await task.getByTestId('relay-thanks').innerText()).toBe('Merci\u00a0! C’est noté.');
    await fitsThePhone(relayer);

    // Someone follows the link: one visit, then the sign-up page with the code, where they sign up.
    const visit = await fetch(`${url}/r/${code}`, { redirect: 'manual' });
    expect(visit.status).toBe(303);
    const landing = visit.headers.get('location');
    expect(landing).toBe(`/inscription?relais=${code}`);
    const visitor = await phonePage(browser);
    await visitor.goto(`${url}${landing}`);
    await visitor.getByTestId('signup-form').waitFor();
    await visitor.getByTestId('signup-role-VOLUNTEER').click();
    await visitor.getByTestId('signup-displayName').fill('Noémie');
    await visitor.getByTestId('signup-email').fill('noemie.relais@example.org');
    await visitor.getByTestId('signup-password').fill('un-mot-de-passe-solide');
    await visitor.locator('label[for="signup-skill-ERRANDS"]').click();
    await visitor.getByTestId('signup-quartier').fill(ambassador.neighbourhood.name.slice(0, 6));
    await visitor.getByRole('option', { name: ambassador.neighbourhood.name }).click();
    await visitor.getByTestId('location-picker').waitFor();
    await visitor.getByTestId('signup-submit').click();
    await visitor.getByTestId('logout').waitFor();

    // The organiser's report now counts the relay, the visit and the sign-up.
    await organiser.reload();
    await organiser.locator('[data-testid="campaign-page"][data-status="SENT"]').waitFor();
    expect(await figure(organiser, 'ambassadorsRelayed')).toBe('1');
    expect(await figure(organiser, 'reportedReach')).toBe('25');
    expect(await figure(organiser, 'linkVisits')).toBe('1');
    expect(await figure(organiser, 'signUps')).toBe('1');
    expect(await figure(organiser, 'volunteerSignUps')).toBe('1');
    expect(await organiser.getByTestId('funnel-signUps').getAttribute('data-value')).toBe('1');
    // Per ambassador: theirs is the row that brought the sign-up.
    const row = organiser.getByTestId('campaign-ambassador-row');
    await row.waitFor();
    expect(await row.count()).toBe(1);
    expect(await row.locator('[data-figure="signUps"]').getAttribute('data-value')).toBe('1');
    expect(await row.locator('[data-figure="reportedReach"]').getAttribute('data-value')).toBe('25');
    await fitsThePhone(organiser);

    // And the list gives the same key figures.
    await organiser.getByRole('link', { name: '← Toutes les campagnes' }).click();
    const card = organiser.getByTestId('campaign-card').filter({ hasText: TITLE });
    await card.waitFor();
    expect(await card.getByTestId('campaign-status').textContent()).toBe('Envoyée');
    expect(await card.getByTestId('key-linkVisits').getAttribute('data-value')).toBe('1');
    expect(await card.getByTestId('key-signUps').getAttribute('data-value')).toBe('1');
    await fitsThePhone(organiser);
    for (const page of [organiser, relayer, visitor]) await page.context().close();
  });
});
