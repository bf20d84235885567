import type { Page } from 'playwright-core';
import { DEMO } from './support/demo-accounts';
import { apiToken, graphql } from './support/graphql-client';
import { logIn } from './support/log-in';
import { relaisAndBrowser } from './support/relais-session';

const SIGN_UP = `mutation ($input: SignUpInput!) { signUp(input: $input) { token } }`;
const POST_IDEA = `mutation ($input: IdeaInput!) { postIdea(input: $input) { id } }`;
const VOTE = `mutation ($id: ID!) { voteIdea(id: $id) { votes } }`;
const HOME = `query { me { neighbourhood { id name } } }`;
const NEWEST = `query { ideas(order: NEW, first: 100) { id } }`;

/** Inside the demo city's Enfants-Rouges quartier (Paris 3e), one of the demo organiser's. */
const MARAIS = { lat: 48.8625, lng: 2.3615 };
/** Saint-Lambert (Paris 15e): far from the demo organiser's quartiers. */
const FIFTEENTH = { lat: 48.8385, lng: 2.2935 };
const PASSWORD = 'un mot de passe assez long';
let signedUp = 0;

/** A person of the test's own: a fresh account, whose vote weighs the least. */
async function signUp(url: string, location: { lat: number; lng: number }, role: 'RESIDENT' | 'VOLUNTEER' = 'RESIDENT'): Promise<{ email: string; token: string }> {
  signedUp++;
  const email = `idees.${signedUp}.${Date.now()}@example.org`;
  const data = await graphql<{ signUp: { token: string } }>(url, SIGN_UP, {
    input: { email, password: PASSWORD, displayName: `Alex Idée ${signedUp}`, role, location, ...(role === 'VOLUNTEER' ? { skills: ['ERRANDS'] } : {}) },
  });
  return { email, token: data.signUp.token };
}

/** Where the idea stands on the board as shown (Infinity when not among the cards). */
async function rankOn(page: Page, ideaId: string): Promise<number> {
  await page.getByTestId('idea-card').first().waitFor();
  const ids = await page.getByTestId('idea-card').evaluateAll((cards) => cards.map((card) => card.getAttribute('data-idea-id')));
  const index = ids.indexOf(ideaId);
  return index === -1 ? Infinity : index;
}

describe('the idea board « Le quartier d’après »', () => {
  const started = relaisAndBrowser();

  it('takes an idea from a resident on a phone, moves it up as people back it, and lets its quartier’s organiser hide it for all but its author', async () => {
    const { url, browser } = started();
    // A rival idea already backed once, so that the resident's has somewhere to climb from.
    const rivalAuthor = await signUp(url, MARAIS);
    const backer = await signUp(url, MARAIS);
    const rival = await graphql<{ postIdea: { id: string } }>(
      url,
      POST_IDEA,
      { input: { title: 'Un composteur rue de Bretagne', body: 'Pour les épluchures du quartier.' } },
      rivalAuthor.token,
    );
    await graphql(url, VOTE, { id: rival.postIdea.id }, backer.token);
    const residentHome = (await graphql<{ me: { neighbourhood: { id: string; name: string } } }>(url, HOME, {}, await apiToken(url, DEMO.resident))).me.neighbourhood;

    // The resident, on a phone, proposes an idea about their own quartier.
    const phone = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
    await logIn(phone, url, DEMO.resident);
    await phone.getByRole('button', { name: 'Ouvrir la navigation' }).click();
    await phone.getByTestId('nav-ideas').click();
    await phone.getByTestId('ideas-page').waitFor();
    expect(await phone.getByTestId('ideas-weighting').innerText()).toContain('Une voix compte davantage');
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    await phone.getByTestId('idea-propose').click();
    const form = phone.getByRole('dialog');
    await form.waitFor();
    await phone.getByTestId('idea-form-title').fill('Un');
    await phone.getByTestId('idea-form-submit').click();
    // Refused in place, in the page's words, with nothing sent.
    await form.getByText('Le titre doit faire au moins 3 caractères.').waitFor();
    await form.getByText('Décrivez votre idée en quelques lignes.').waitFor();
    expect(await phone.getByTestId('idea-form-quartier').inputValue()).toBe(residentHome.name);

    const title = `Une boîte à livres square du Temple ${Date.now() % 100_000}`;
    await phone.getByTestId('idea-form-title').fill(title);
    await phone.getByTestId('idea-form-body').fill('Une boîte en bois près des bancs,\nouverte à toutes et tous.');
    await phone.getByTestId('idea-form-submit').click();
    await phone.getByTestId('idea-page').waitFor();
    const ideaId = new URL(phone.url()).pathname.split('/').pop() as string;
    expect(await phone.getByTestId('idea-page-title').innerText()).toBe(title);
    expect(await phone.getByTestId('idea-quartier').textContent()).toBe(residentHome.name);
    expect(await phone.getByTestId('idea-body').innerText()).toContain('ouverte à toutes et tous.');
    // Their own link to share it, carrying their code, with nothing brought yet.
    expect(await phone.getByTestId('idea-share-url').inputValue()).toMatch(/\/i\/[0-9a-f-]{36}\?c=[A-Z2-9]+$/);
    expect(await phone.getByTestId('idea-share-figures').getAttribute('data-visits')).toBe('0');
    // The discussion: an empty reply is refused in place, a real one shows under the idea.
    await phone.getByTestId('idea-comment-send').click();
    expect(await phone.getByTestId('idea-comments').innerText()).toContain('Écrivez quelque chose avant de publier.');
    await phone.getByTestId('idea-comment-body').fill('Je peux fabriquer la boîte.');
    await phone.getByTestId('idea-comment-send').click();
    await phone.getByTestId('idea-comment').waitFor();
    expect(await phone.getByTestId('idea-comment').innerText()).toContain('Je peux fabriquer la boîte.');

    await phone.getByTestId('idea-back').click();
    const before = await rankOn(phone, ideaId);
    expect(await rankOn(phone, rival.postIdea.id)).toBeLessThan(before);

    // One person backs it through the API, another on the board.
    const voter = await signUp(url, MARAIS);
    await graphql(url, VOTE, { id: ideaId }, voter.token);
    const desk = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    await logIn(desk, url, DEMO.volunteer);
    await desk.getByTestId('nav-ideas').click();
    const card = desk.getByTestId('idea-card').and(desk.locator(`[data-idea-id="${ideaId}"]`));
    await card.waitFor();
    expect(await card.getByTestId('idea-votes').getAttribute('data-count')).toBe('1');
    await card.getByTestId('idea-vote').click();
    expect(await card.getByTestId('idea-vote').getAttribute('data-voted')).toBe('true');
    expect(await card.getByTestId('idea-votes').innerText()).toBe('2\u00a0soutiens');
    // Still given once the page is read again from the API.
    await desk.reload();
    await card.waitFor();
    expect(await card.getByTestId('idea-vote').getAttribute('data-voted')).toBe('true');
    await desk.context().close();

    await phone.reload();
    const after = await rankOn(phone, ideaId);
    expect(after).toBeLessThan(before);
    expect(after).toBeLessThan(await rankOn(phone, rival.postIdea.id));

    // The organiser of its quartier hides it, with a reason its author reads.
    const organiser = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    await logIn(organiser, url, DEMO.organiser);
    await organiser.goto(`${url}/ideas`);
    await organiser.getByTestId('idea-card').and(organiser.locator(`[data-idea-id="${ideaId}"]`)).getByTestId('idea-title').click();
    await organiser.getByTestId('idea-moderate-HIDDEN').click();
    const modal = organiser.getByRole('dialog');
    await modal.waitFor();
    await organiser.getByTestId('moderate-idea-confirm').click();
    await modal.getByText('Indiquez un motif\u00a0: la personne qui a proposé l’idée le lira.').waitFor();
    const reason = 'Le square est fermé pour travaux jusqu’en juin';
    await organiser.getByTestId('moderate-idea-reason').fill(reason);
    await organiser.getByTestId('moderate-idea-confirm').click();
    await organiser.getByTestId('idea-moderated').waitFor();
    expect(await organiser.getByTestId('idea-status').textContent()).toBe('Masquée');
    expect(await organiser.getByTestId('idea-moderation').innerText()).toContain(reason);
    await organiser.context().close();

    await phone.goto(`${url}/ideas/${ideaId}`);
    await phone.getByTestId('idea-page').waitFor();
    expect(await phone.getByTestId('idea-status').textContent()).toBe('Masquée');
    expect(await phone.getByTestId('idea-moderation').innerText()).toContain(`Motif\u00a0: ${reason}`);
    // The author may not moderate; the idea takes no more support.
    expect(await phone.getByTestId('idea-moderate').count()).toBe(0);
    expect(await phone.getByTestId('idea-vote').isDisabled()).toBe(true);
    await phone.goto(`${url}/ideas?vue=MINE`);
    const mine = phone.locator(`[data-idea-id="${ideaId}"][data-status="HIDDEN"]`);
    await mine.waitFor();
    expect(await mine.getByTestId('idea-card-reason').innerText()).toContain(reason);
    await phone.context().close();

    // A volunteer of another quartier sees it neither on the board nor at its address.
    const elsewhere = await signUp(url, FIFTEENTH, 'VOLUNTEER');
    const stranger = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
    await logIn(stranger, url, elsewhere.email, PASSWORD);
    await stranger.goto(`${url}/ideas?vue=NEW`);
    await stranger.locator(`[data-idea-id="${rival.postIdea.id}"]`).waitFor();
    expect(await stranger.locator(`[data-idea-id="${ideaId}"]`).count()).toBe(0);
    await stranger.goto(`${url}/ideas/${ideaId}`);
    await stranger.getByTestId('idea-not-found').waitFor();
    expect(await stranger.locator('body').innerText()).not.toContain(title);
    const seen = await graphql<{ ideas: { id: string }[] }>(url, NEWEST, {}, elsewhere.token);
    expect(seen.ideas.map((idea) => idea.id)).not.toContain(ideaId);
    await stranger.context().close();
  });
});
