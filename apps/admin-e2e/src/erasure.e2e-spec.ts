import { DEMO } from './support/demo-accounts';
import { apiToken, graphql } from './support/graphql-client';
import { logIn } from './support/log-in';
import { relaisAndBrowser } from './support/relais-session';

const SIGN_UP = `mutation ($input: SignUpInput!) { signUp(input: $input) { token person { id } } }`;
const POST = `mutation ($input: PostHelpRequestInput!) { postHelpRequest(input: $input) { id } }`;
const ACCEPT = `mutation ($id: ID!) { acceptHelpRequest(id: $id) { id } }`;
const COMPLETE = `mutation ($id: ID!) { completeHelpRequest(id: $id) { id } }`;
const DELETE_MY_ACCOUNT = `mutation ($password: String!) { deleteMyAccount(password: $password) }`;
const ERASURES = `query { auditLog(action: "ERASE_PERSON", first: 50, offset: 0) { items { detail actor { id } } } }`;

/** Inside the demo city's Enfants-Rouges quartier (Paris 3e). */
const MARAIS = { lat: 48.8625, lng: 2.3615 };
const PASSWORD = 'un mot de passe assez long';
let signedUp = 0;

/** A person of their own for each test: erasing a shared demo account would change the others' tests. */
async function signUp(url: string, role: 'RESIDENT' | 'VOLUNTEER' = 'RESIDENT'): Promise<{ id: string; token: string; email: string; displayName: string }> {
  signedUp++;
  const email = `effacement.${signedUp}.${Date.now()}@example.org`;
  const displayName = `Camille Essai ${signedUp}${Date.now() % 100_000}`;
  const data = await graphql<{ signUp: { token: string; person: { id: string } } }>(url, SIGN_UP, {
    input: { email, password: PASSWORD, displayName, role, location: MARAIS, ...(role === 'VOLUNTEER' ? { skills: ['ERRANDS'] } : {}) },
  });
  return { id: data.signUp.person.id, token: data.signUp.token, email, displayName };
}

describe('erasure', () => {
  const started = relaisAndBrowser();

  it('lets a person delete their own account from « Mes données » on a phone, once their password is right', async () => {
    const { url, browser } = started();
    const person = await signUp(url);
    const page = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
    await logIn(page, url, person.email, PASSWORD);
    await page.getByRole('button', { name: 'Ouvrir la navigation' }).click();
    await page.getByTestId('nav-my-data').click();
    await page.getByTestId('delete-account').waitFor();
    expect(await page.getByTestId('delete-account').locator('h3').innerText()).toBe('Supprimer mon compte');
    // Nothing sideways to scroll on a phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    await page.getByTestId('delete-account-open').click();
    const modal = page.getByRole('dialog');
    await modal.waitFor();
    expect(await modal.innerText()).toContain('C’est définitif');
    await page.getByTestId('delete-account-password').fill('pas le bon mot de passe');
    await page.getByTestId('delete-account-confirm').click();
    // Refused in place, in French, in the page's own words rather than the server's.
    await modal.getByText('Ce n’est pas votre mot de passe.').waitFor();
    expect(await modal.innerText()).not.toContain('is not your password');
    expect(new URL(page.url()).pathname).toBe('/my-data');
    expect(await page.evaluate(() => localStorage.getItem('relais.token'))).not.toBeNull();

    await page.getByTestId('delete-account-password').fill(PASSWORD);
    await page.getByTestId('delete-account-confirm').click();
    await page.getByTestId('account-deleted-page').waitFor();
    expect(new URL(page.url()).pathname).toBe('/compte-supprime');
    expect(await page.locator('h1').innerText()).toBe('Votre compte est supprimé');
    expect(await page.getByTestId('erasure-kept').innerText()).toContain('sans votre nom');
    expect(await page.evaluate(() => localStorage.getItem('relais.token'))).toBeNull();

    // The same e-mail and password open nothing any more.
    await page.getByTestId('account-deleted-log-in').click();
    await page.getByTestId('login-email').fill(person.email);
    await page.getByTestId('login-password').fill(PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('login-error').waitFor();
    expect(await page.getByTestId('logout').count()).toBe(0);
    await expect(apiToken(url, person.email, PASSWORD)).rejects.toThrow();
    await page.context().close();
  });

  it('lets the admin erase a person from the people page, with a reason the audit log keeps', async () => {
    const { url, browser } = started();
    const person = await signUp(url);
    const reason = 'demande reçue par courrier le 3 décembre';
    const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    await logIn(page, url, DEMO.admin);
    await page.getByTestId('nav-people').click();
    await page.getByTestId('people-search').fill(person.displayName);
    const row = page.getByTestId('people-row').filter({ hasText: person.displayName });
    await row.waitFor();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="people-row"]').length === 1);

    await row.getByTestId('erase-person').click();
    const modal = page.getByRole('dialog');
    await modal.waitFor();
    expect(await modal.innerText()).toContain(person.displayName);
    // Too short a reason is said before anything is sent.
    await page.getByTestId('erase-person-reason').fill(' a ');
    await page.getByTestId('erase-person-confirm').click();
    await modal.getByText('Indiquez un motif de 3 à 500 caractères.').waitFor();

    await page.getByTestId('erase-person-reason').fill(reason);
    await page.getByTestId('erase-person-confirm').click();
    await page.getByTestId('person-erased').waitFor();
    await page.getByTestId('people-empty').waitFor();
    expect(await page.getByTestId('people-row').filter({ hasText: person.displayName }).count()).toBe(0);
    await expect(apiToken(url, person.email, PASSWORD)).rejects.toThrow();

    await page.getByTestId('nav-audit').click();
    const entry = page.getByTestId('audit-entry').filter({ hasText: reason });
    await entry.waitFor();
    expect(await entry.innerText()).toContain('Effacement d’une personne');
    const admin = await apiToken(url, DEMO.admin);
    const log = await graphql<{ auditLog: { items: { detail: string | null; actor: { id: string } | null }[] } }>(url, ERASURES, {}, admin);
    expect(log.auditLog.items.some((item) => item.detail?.includes(reason))).toBe(true);
    // The entry does not name whom it erased.
    expect(JSON.stringify(log)).not.toContain(person.displayName);
    expect(JSON.stringify(log)).not.toContain(person.id);
    await page.context().close();
  });

  it('names a volunteer who deleted their account « Personne effacée » on the resident’s requests', async () => {
    const { url, browser } = started();
    const resident = await signUp(url);
    const volunteer = await signUp(url, 'VOLUNTEER');
    const description = `Porter des courses lourdes ${Date.now()}`;
    const posted = await graphql<{ postHelpRequest: { id: string } }>(url, POST, { input: { category: 'ERRANDS', description, location: MARAIS } }, resident.token);
    await graphql(url, ACCEPT, { id: posted.postHelpRequest.id }, volunteer.token);
    await graphql(url, COMPLETE, { id: posted.postHelpRequest.id }, volunteer.token);
    await graphql(url, DELETE_MY_ACCOUNT, { password: PASSWORD }, volunteer.token);

    const page = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
    await logIn(page, url, resident.email, PASSWORD);
    await page.goto(`${url}/my-requests`);
    const card = page.getByTestId('my-request-row').filter({ hasText: description });
    await card.waitFor();
    expect(await card.getByTestId('my-request-state').innerText()).toBe('Aide apportée par Personne effacée.');
    expect(await card.innerText()).not.toContain('—');
    await page.context().close();
  });
});
