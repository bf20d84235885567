import type { Browser, Page } from 'playwright-core';
import { DEMO } from './support/demo-accounts';
import { apiToken, graphql } from './support/graphql-client';
import { logIn } from './support/log-in';
import { relaisAndBrowser } from './support/relais-session';

const PHONE = { width: 390, height: 844 };
const DESK = { width: 1440, height: 900 };
// The volunteer's section of the digest on open needs that fit them.
const VOLUNTEER_SECTION = 'Des besoins près de chez vous';

interface People {
  people: { items: { id: string; neighbourhood: { id: string } | null }[] };
}

/**
 * The demo city has no open request that fits the demo volunteer where they live: the demo
 * resident, their neighbour, asks for errands in the middle of their quartier.
 */
async function needNearTheVolunteer(url: string): Promise<void> {
  const volunteer = await apiToken(url, DEMO.volunteer);
  const { me } = await graphql<{ me: { neighbourhood: { boundary: string } } }>(url, '{ me { neighbourhood { boundary } } }', {}, volunteer);
  const geometry = JSON.parse(me.neighbourhood.boundary) as { type: string; coordinates: unknown };
  const ring = (geometry.type === 'MultiPolygon' ? (geometry.coordinates as number[][][][])[0]?.[0] : (geometry.coordinates as number[][][])[0]) ?? [];
  const middle = { lng: ring.reduce((sum, [lng]) => sum + (lng ?? 0), 0) / ring.length, lat: ring.reduce((sum, [, lat]) => sum + (lat ?? 0), 0) / ring.length };
  await graphql(
    url,
    'mutation ($input: PostHelpRequestInput!) { postHelpRequest(input: $input) { id } }',
    { input: { category: 'ERRANDS', description: 'Des courses pour la semaine, le pack d’eau est lourd', location: middle } },
    await apiToken(url, DEMO.resident),
  );
}

/** Someone who lives outside every quartier the demo organiser organises. */
async function personElsewhere(url: string): Promise<string> {
  const organiser = await apiToken(url, DEMO.organiser);
  const { me } = await graphql<{ me: { organiserOf: { id: string }[] } }>(url, '{ me { organiserOf { id } } }', {}, organiser);
  const theirs = new Set(me.organiserOf.map((quartier) => quartier.id));
  const { people } = await graphql<People>(url, '{ people(first: 100) { items { id neighbourhood { id } } } }', {}, await apiToken(url, DEMO.admin));
  const elsewhere = people.items.find((person) => person.neighbourhood && !theirs.has(person.neighbourhood.id));
  if (!elsewhere) throw new Error('the demo city has nobody outside the organiser’s quartiers');
  return elsewhere.id;
}

async function pageOf(browser: Browser, viewport: { width: number; height: number }): Promise<Page> {
  return (await browser.newContext({ viewport })).newPage();
}

/** « Aperçu du récap » and « Récap et campagnes »: what a person's digest holds, and when it goes out. */
describe('the weekly digest in the admin app', () => {
  const started = relaisAndBrowser();

  it('shows an organiser, on a phone, the digest of a volunteer of their quartier, in its layout and as plain text', async () => {
    const { url, browser } = started();
    await needNearTheVolunteer(url);
    const page = await pageOf(browser, PHONE);
    await logIn(page, url, DEMO.organiser);
    await page.getByRole('button', { name: 'Ouvrir la navigation' }).click();
    await page.getByTestId('nav-people').click();
    await page.getByTestId('people-search').fill('Karim');
    const row = page.getByTestId('people-row').filter({ hasText: 'Karim Bénévole' });
    await row.getByTestId('preview-digest').click();

    await page.getByTestId('digest-subject').waitFor();
    expect(await page.getByRole('heading', { level: 2 }).innerText()).toBe('Le récap de Karim Bénévole');
    expect(await page.getByTestId('digest-subject').innerText()).toBe('Votre récap de la semaine sur Relais');
    // The mail's own HTML, in a frame where nothing runs.
    const frame = page.getByTestId('digest-html');
    expect(await frame.getAttribute('sandbox')).toBe('');
    const mail = page.frameLocator('[data-testid="digest-html"]').locator('body');
    await mail.getByText('Bonjour Karim Bénévole,').waitFor();
    expect(await mail.innerText()).toContain(VOLUNTEER_SECTION);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

    await page.getByText('Texte seul').click();
    const text = await page.getByTestId('digest-text').innerText();
    expect(text).toContain('Bonjour Karim Bénévole,');
    // Plain text marks its titles in capitals.
    expect(text).toContain(VOLUNTEER_SECTION.toUpperCase());
    expect(text).toContain('Courses et commissions');
    expect(await frame.count()).toBe(0);
    await page.context().close();
  });

  it('tells an organiser in words that they cannot see someone of another quartier, and that an admin sees a person who would get nothing', async () => {
    const { url, browser } = started();
    const elsewhere = await personElsewhere(url);
    const page = await pageOf(browser, DESK);
    await logIn(page, url, DEMO.organiser);
    await page.goto(`${url}/digest-preview/${elsewhere}`);
    const refusal = page.getByTestId('digest-preview-error');
    await refusal.waitFor();
    expect(await refusal.innerText()).toContain('Vous ne pouvez pas voir cette personne');
    expect(await page.getByTestId('digest-subject').count()).toBe(0);
    await page.context().close();

    // The demo resident gave no consent to the digest: there is nothing to preview.
    const admin = await pageOf(browser, DESK);
    await logIn(admin, url, DEMO.admin);
    await admin.getByTestId('nav-people').click();
    await admin.getByTestId('people-search').fill('Jeanne');
    await admin.getByTestId('people-row').filter({ hasText: 'Jeanne Habitante' }).getByTestId('preview-digest').click();
    await admin.getByTestId('digest-preview-nothing').waitFor();
    expect(await admin.getByTestId('digest-preview-nothing').innerText()).toContain('Cette personne ne recevrait rien cette semaine');
    await admin.context().close();
  });

  it('lets the admin change the hour the digest goes out, kept after a reload, and send this week’s digest now', async () => {
    const { url, browser } = started();
    const page = await pageOf(browser, DESK);
    await logIn(page, url, DEMO.admin);
    await page.getByTestId('nav-outreach').click();
    await page.getByTestId('outreach-form').waitFor();
    expect(await page.getByTestId('outreach-page').locator('h2').innerText()).toBe('Récap et campagnes');
    const hour = page.getByTestId('outreach-digestHour');
    expect(await hour.inputValue()).toMatch(/^17\sh$/);
    expect(await page.getByTestId('outreach-digestWeekday').inputValue()).toBe('vendredi');

    // A cap out of range is refused in place, and nothing is saved.
    const cap = page.getByTestId('outreach-ambassadorWeeklyCap');
    await cap.fill('9');
    await page.getByTestId('outreach-submit').click();
    await page.getByText('Entre 1 et 7, en nombre entier.').waitFor();
    expect(await cap.getAttribute('aria-invalid')).toBe('true');
    await cap.fill('3');

    await hour.click();
    await page.getByRole('option', { name: /^9\sh$/ }).click();
    await page.getByTestId('outreach-submit').click();
    await page.getByTestId('outreach-saved').waitFor();

    await page.reload();
    await page.getByTestId('outreach-form').waitFor();
    expect(await page.getByTestId('outreach-digestHour').inputValue()).toMatch(/^9\sh$/);
    expect(await page.getByTestId('outreach-ambassadorWeeklyCap').inputValue()).toBe('3');
    const saved = await graphql<{ outreachSettings: Record<string, unknown> }>(
      url,
      '{ outreachSettings { digestWeekday digestHour digestTimeZone ambassadorWeeklyCap } }',
      {},
      await apiToken(url, DEMO.admin),
    );
    expect(saved.outreachSettings).toEqual({ digestWeekday: 5, digestHour: 9, digestTimeZone: 'Europe/Paris', ambassadorWeeklyCap: 3 });

    await page.getByTestId('run-digest-open').click();
    await page.getByText('à chaque personne qui l’a accepté et ne l’a pas encore reçu cette semaine').waitFor();
    await page.getByTestId('run-digest-confirm').click();
    const queued = page.getByTestId('run-digest-queued');
    await queued.waitFor();
    expect(await queued.innerText()).toMatch(/^[1-9]\d* récaps? mis en file d’envoi\.$/);

    await page.getByTestId('language-switch').getByTestId('language-en').click();
    await page.getByRole('heading', { name: 'Digest and campaigns' }).waitFor();
    expect(await page.getByTestId('outreach-digestHour').inputValue()).toBe('09:00');
    expect(await page.getByTestId('outreach-digestWeekday').inputValue()).toBe('Friday');
    await page.context().close();
  });

  it('keeps an organiser away from the settings, from the menu and the address bar', async () => {
    const { url, browser } = started();
    const page = await pageOf(browser, DESK);
    await logIn(page, url, DEMO.organiser);
    await page.getByTestId('nav-people').waitFor();
    expect(await page.getByTestId('nav-outreach').count()).toBe(0);
    await page.goto(`${url}/outreach-settings`);
    await page.waitForURL(`${url}/`);
    expect(await page.getByTestId('outreach-page').count()).toBe(0);
    await page.context().close();
  });
});
