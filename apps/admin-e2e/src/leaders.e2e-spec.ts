import type { Browser, Page } from 'playwright-core';
import { DEMO } from './support/demo-accounts';
import { apiToken, graphql } from './support/graphql-client';
import { logIn } from './support/log-in';
import { relaisAndBrowser } from './support/relais-session';

interface Leader {
  rank: number;
  person: { id: string; displayName: string; isAmbassador: boolean };
}

interface QuartierLeaders {
  neighbourhood: { id: string; name: string };
  top: Leader[];
}

interface Facts {
  windowDays: number;
  distinctResidents: number;
}

/** The demo computes scores at boot; the organiser's quartiers are where the demo community lives. */
async function quartierWithLeaders(url: string, token: string, preferred: string): Promise<QuartierLeaders> {
  const data = await graphql<{ leaderOverview: QuartierLeaders[] }>(
    url,
    '{ leaderOverview { neighbourhood { id name } top { rank person { id displayName isAmbassador } } } }',
    {},
    token,
  );
  const ranked = data.leaderOverview.filter((quartier) => quartier.top.length > 0);
  const quartier = ranked.find((q) => q.neighbourhood.name === preferred) ?? ranked[0];
  if (!quartier) throw new Error('the demo organiser has no quartier with ranked leaders');
  return quartier;
}

async function factsOf(url: string, token: string, personId: string): Promise<Facts> {
  const data = await graphql<{ leaderScore: { facts: Facts } | null }>(
    url,
    'query ($id: ID!) { leaderScore(personId: $id) { facts { windowDays distinctResidents } } }',
    { id: personId },
    token,
  );
  if (!data.leaderScore) throw new Error(`${personId} is not ranked`);
  return data.leaderScore.facts;
}

/** The words the person page builds from the facts, French plural included. */
function helpedWords({ distinctResidents: count, windowDays: days }: Facts): string {
  return count <= 1 ? `A aidé ${count} voisin·e différent·e en ${days} jours` : `A aidé ${count} voisin·e·s différent·e·s en ${days} jours`;
}

async function ambassadorIds(url: string, token: string, neighbourhoodId: string): Promise<string[]> {
  const data = await graphql<{ ambassadors: { person: { id: string } }[] }>(
    url,
    'query ($id: ID!) { ambassadors(neighbourhoodId: $id) { person { id } } }',
    { id: neighbourhoodId },
    token,
  );
  return data.ambassadors.map((term) => term.person.id);
}

async function organiserPage(browser: Browser, url: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
  await logIn(page, url, DEMO.organiser);
  return page;
}

describe('local leaders', () => {
  const started = relaisAndBrowser();

  it('an organiser opens a quartier’s leaders, reads the top leader’s score in words, promotes them after confirming and sees the badge', async () => {
    const { url, browser } = started();
    const token = await apiToken(url, DEMO.organiser);
    const quartier = await quartierWithLeaders(url, token, 'Sainte-Avoie');
    const top = quartier.top[0];
    if (!top) throw new Error('no top leader');
    expect(top.person.isAmbassador).toBe(false);
    const facts = await factsOf(url, token, top.person.id);

    // From the navigation to the city view, where the quartier shows its top three.
    const page = await organiserPage(browser, url);
    await page.getByTestId('nav-leaders').click();
    await page.waitForURL(/\/leaders$/);
    const overviewRow = page.locator(`[data-testid="overview-row"][data-neighbourhood-id="${quartier.neighbourhood.id}"]`);
    await overviewRow.waitFor();
    expect(await overviewRow.getByTestId('overview-leader').first().innerText()).toContain(top.person.displayName);
    await overviewRow.getByTestId('overview-neighbourhood').click();

    // The quartier's ranking: the same leader first, with the parts of the score and its trend.
    await page.waitForURL(new RegExp(`/leaders/${quartier.neighbourhood.id}$`));
    await page.getByTestId('leaders-title').filter({ hasText: `Leaders de ${quartier.neighbourhood.name}` }).waitFor();
    const first = page.getByTestId('leader-row').first();
    await first.waitFor();
    expect(await first.getAttribute('data-person-id')).toBe(top.person.id);
    expect(await first.getByTestId('leader-rank').innerText()).toBe('1');
    expect(await first.getByTestId('score-part').count()).toBeGreaterThan(0);
    expect(await first.getByTestId('leader-summary').innerText()).toContain(helpedWords(facts));
    // The demo replays four months of weekly scores: there is a trend to draw.
    await first.getByTestId('leader-sparkline').waitFor();
    expect(await first.getByTestId('ambassador-badge').count()).toBe(0);

    // Their page explains each part in plain words built from the facts.
    await first.getByTestId('leader-name').click();
    await page.waitForURL(new RegExp(`/people/${top.person.id}$`));
    await page.getByTestId('leader-person-name').filter({ hasText: top.person.displayName }).waitFor();
    expect(await page.getByTestId('leader-person-standing').innerText()).toContain(`N°\u00a01 à ${quartier.neighbourhood.name}`);
    expect(await page.getByTestId('leader-component').count()).toBe(5);
    const reach = page.locator('[data-testid="leader-component"][data-component="reach"]');
    expect(await reach.getByTestId('leader-component-facts').innerText()).toContain(helpedWords(facts));
    await page.getByTestId('leader-history').waitFor();

    // Promoting asks first; once confirmed, the badge shows on their page and in the ranking.
    await page.getByTestId('promote').click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain(`${top.person.displayName} deviendra ambassadeur·rice de ${quartier.neighbourhood.name}`);
    await page.getByTestId('promote-confirm').click();
    await page.locator('[data-testid="leader-person"][data-ambassador="true"]').waitFor();
    expect(await page.getByTestId('leader-person').getByTestId('ambassador-badge').first().textContent()).toBe('Ambassadeur·rice');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.getByTestId('demote').count()).toBe(1);

    await page.getByTestId('leader-person-back').click();
    const promoted = page.locator(`[data-testid="leader-row"][data-person-id="${top.person.id}"]`);
    await promoted.and(page.locator('[data-ambassador="true"]')).waitFor();
    expect(await promoted.getByTestId('ambassador-badge').textContent()).toBe('Ambassadeur·rice');
    expect(await promoted.getByTestId('promote').count()).toBe(0);
    await page.locator(`[data-testid="ambassador-term"][data-person-id="${top.person.id}"]`).waitFor();
    expect(await ambassadorIds(url, token, quartier.neighbourhood.id)).toContain(top.person.id);

    await page.context().close();
  });

  it('an organiser ends an ambassador’s role only with a reason, and it shows among the past terms', async () => {
    const { url, browser } = started();
    const token = await apiToken(url, DEMO.organiser);
    const quartier = await quartierWithLeaders(url, token, 'Archives');
    const leader = quartier.top.find((candidate) => !candidate.person.isAmbassador);
    if (!leader) throw new Error('every top leader is an ambassador already');
    await graphql(
      url,
      'mutation ($personId: ID!, $neighbourhoodId: ID!) { promoteToAmbassador(personId: $personId, neighbourhoodId: $neighbourhoodId) { id } }',
      { personId: leader.person.id, neighbourhoodId: quartier.neighbourhood.id },
      token,
    );

    const page = await organiserPage(browser, url);
    await page.goto(`${url}/leaders/${quartier.neighbourhood.id}`);
    // Scores can be recomputed on demand; the ranking is read again after.
    await page.getByTestId('leader-row').first().waitFor();
    await page.getByTestId('leaders-refresh').click();
    await page.getByTestId('leaders-refreshed').waitFor();
    expect(await page.getByTestId('leader-row').count()).toBeGreaterThan(0);

    const term = page.locator(`[data-testid="ambassador-term"][data-person-id="${leader.person.id}"]`);
    await term.getByTestId('demote').click();
    // No reason, no demotion: the modal says why and stays open.
    await page.getByTestId('demote-confirm').click();
    await page.getByRole('dialog').getByText('Dites pourquoi en quelques mots.').waitFor();
    expect(await ambassadorIds(url, token, quartier.neighbourhood.id)).toContain(leader.person.id);

    await page.getByTestId('demote-reason').fill('A déménagé à Lyon');
    await page.getByTestId('demote-confirm').click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await term.waitFor({ state: 'detached' });
    expect(await ambassadorIds(url, token, quartier.neighbourhood.id)).not.toContain(leader.person.id);

    await page.getByTestId('ambassadors-show-past').click();
    const past = page.locator(`[data-testid="ambassador-term"][data-person-id="${leader.person.id}"][data-past="true"]`);
    await past.waitFor();
    expect(await past.innerText()).toContain('A déménagé à Lyon');
    await page.context().close();
  });

  it('a volunteer sees their own standing on their profile and withdraws their consent to be ranked', async () => {
    const { url, browser } = started();
    const token = await apiToken(url, DEMO.volunteer);
    const mine = await graphql<{ myLeaderScore: { rank: number; neighbourhood: { name: string } } | null }>(
      url,
      '{ myLeaderScore { rank neighbourhood { name } } }',
      {},
      token,
    );

    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await logIn(page, url, DEMO.volunteer);
    expect(await page.getByTestId('nav-leaders').count()).toBe(0);
    await page.getByTestId('nav-profile').click();
    const card = page.getByTestId('my-standing');
    await card.and(page.locator('[data-state]')).waitFor();
    expect(await card.innerText()).toContain('Mon rayonnement');
    expect(await page.getByTestId('my-standing-consent').getAttribute('data-consent')).toBe('true');
    expect(await page.getByTestId('consent-RANKING').isChecked()).toBe(true);
    if (mine.myLeaderScore) {
      expect(await card.getAttribute('data-state')).toBe('ranked');
      // « à Sainte-Avoie », « aux Archives », « à l’Arsenal »: the quartier's name as French says it.
      const place = await page.getByTestId('my-standing-place').innerText();
      expect(place).toContain(`N°\u00a0${mine.myLeaderScore.rank} `);
      expect(place).toMatch(new RegExp(`N°\u00a0\\d+ (à |au |aux |à la |à l’)${mine.myLeaderScore.neighbourhood.name}`));
      expect(await card.getByTestId('leader-component').count()).toBe(5);
    } else {
      expect(await card.getAttribute('data-state')).toBe('pending');
    }

    // Withdrawn where every consent is (the card links there): the card says why they are (or soon will be) out of the ranking.
    await page.getByTestId('my-standing-consent-link').click();
    await page.getByTestId('consent-RANKING').click();
    await page.locator('[data-testid="my-standing"][data-state="leaving"], [data-testid="my-standing"][data-state="noConsent"]').waitFor();
    expect(await page.getByTestId('consent-RANKING').isChecked()).toBe(false);
    expect(await page.getByTestId('my-standing-consent').getAttribute('data-consent')).toBe('false');
    expect(await page.getByTestId('my-standing-reason').innerText()).toMatch(/retiré votre accord|pas donné votre accord/);
    const after = await graphql<{ me: { rankingConsent: boolean } }>(url, '{ me { rankingConsent } }', {}, token);
    expect(after.me.rankingConsent).toBe(false);
    await page.context().close();
  });
});
