import { OutboxService } from '@relais/server-messaging';
import { makeOrganiser, signUpVolunteer } from './support/help-request-fixtures';
import type { SignedUp } from './support/people-fixtures';
import { PASSWORD } from './support/people-fixtures';
import { importParis, neighbourhoodIdsByName } from './support/paris-fixtures';
import { SmtpListener } from './support/smtp-listener';
import type { TestApp } from './support/test-app';
import { startTestApp } from './support/test-app';

const PUBLIC_URL = 'https://relais.example.org';

/** One header of a raw message, its folded lines joined. */
function header(raw: string, name: string): string | undefined {
  const head = (raw.split(/\r?\n\r?\n/, 1)[0] ?? '').replace(/\r?\n[ \t]+/g, ' ');
  return head
    .split(/\r?\n/)
    .find((line) => line.toLowerCase().startsWith(`${name.toLowerCase()}:`))
    ?.slice(name.length + 1)
    .trim();
}

/** Campaign mails, sent through a real SMTP server, carry a one-click unsubscribe that works without logging in. */
describe('unsubscribe links (RFC 8058)', () => {
  let smtp: SmtpListener;
  let test: TestApp;
  let ambassador: SignedUp;
  let link: string;

  const consents = async () =>
    (await test.db.query(`SELECT news_consent, digest_consent FROM person WHERE id = $1`, [ambassador.id]))[0] as { news_consent: boolean; digest_consent: boolean };
  const local = (url: string) => url.replace(PUBLIC_URL, test.baseUrl);

  beforeAll(async () => {
    smtp = await SmtpListener.start();
    test = await startTestApp({ smtpUrl: smtp.url, publicUrl: PUBLIC_URL });
    await importParis(test, [3]);
    const here = (await neighbourhoodIdsByName(test))['Enfants-Rouges'] as string;
    const organiser = await makeOrganiser(test.api, test.db, [here]);
    ambassador = await signUpVolunteer(test.api, { displayName: 'Amina Relais' });
    await test.db.query(`INSERT INTO ambassador (person_id, neighbourhood_id) VALUES ($1, $2)`, [ambassador.id, here]);
    await test.api.ok(`mutation { updateConsents(input: { news: true }) { id } }`, {}, ambassador.token);
    const { createCampaign } = await test.api.ok<{ createCampaign: { id: string } }>(
      `mutation C($input: CampaignInput!) { createCampaign(input: $input) { id } }`,
      { input: { title: 'Collecte de livres', message: 'Samedi à la mairie', neighbourhoodIds: [here] } },
      organiser.token,
    );
    await test.api.ok(`mutation S($id: ID!) { sendCampaign(id: $id) { id } }`, { id: createCampaign.id }, organiser.token);
    await test.app.get(OutboxService).drainOnce();
  });
  afterAll(async () => {
    await test.close();
    await smtp.close();
  });

  it('puts List-Unsubscribe and List-Unsubscribe-Post on the campaign mail, and the same link in its text', () => {
    const [mail] = smtp.received.filter((m) => m.to.includes(ambassador.email));
    expect(mail).toBeDefined();
    const listUnsubscribe = header(mail?.raw ?? '', 'List-Unsubscribe') ?? '';
    expect(listUnsubscribe).toMatch(new RegExp(`^<${PUBLIC_URL}/unsubscribe/[^>]+>$`));
    expect(header(mail?.raw ?? '', 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    link = listUnsubscribe.slice(1, -1);
    expect(mail?.raw.replace(/=\r?\n/g, '')).toContain(link.split('/unsubscribe/')[1]?.slice(0, 40));
  });

  it('shows what the link stops when opened, and changes nothing (mail scanners open links)', async () => {
    const page = await fetch(local(link));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Ne plus recevoir les nouvelles et campagnes');
    expect(await consents()).toEqual({ news_consent: true, digest_consent: true });
  });

  it('refuses a link whose signature does not match, changing nothing', async () => {
    const forged = local(link).replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    expect((await fetch(forged, { method: 'POST' })).status).toBe(404);
    const otherPurpose = local(link).replace('.NEWS.', '.DIGEST.');
    expect((await fetch(otherPurpose, { method: 'POST' })).status).toBe(404);
    expect(await consents()).toEqual({ news_consent: true, digest_consent: true });
  });

  it('withdraws news consent in one click, without logging in, as a ledger row from the unsubscribe link', async () => {
    const oneClick = await fetch(local(link), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(oneClick.status).toBe(200);
    expect(await consents()).toEqual({ news_consent: false, digest_consent: true });
    const [last] = await test.db.query(`SELECT purpose, granted, channel, actor_id FROM consent_event WHERE person_id = $1 ORDER BY id DESC LIMIT 1`, [ambassador.id]);
    expect(last).toEqual({ purpose: 'NEWS', granted: false, channel: 'UNSUBSCRIBE_LINK', actor_id: ambassador.id });
    // Again: nothing more to withdraw, nothing more written.
    await fetch(local(link), { method: 'POST' });
    expect(Number((await test.db.query(`SELECT count(*) AS n FROM consent_event WHERE person_id = $1 AND channel = 'UNSUBSCRIBE_LINK'`, [ambassador.id]))[0].n)).toBe(1);
  });

  it('leads nowhere once the account is erased', async () => {
    await test.api.ok(`mutation D($password: String!) { deleteMyAccount(password: $password) }`, { password: PASSWORD }, ambassador.token);
    const page = await fetch(local(link));
    expect(page.status).toBe(404);
    expect(await page.text()).toContain('Ce lien ne mène nulle part');
  });
});
