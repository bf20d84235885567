import { DigestService, isDigestTime, isoWeek } from '@relais/server-outreach';
import { OutboxService } from '@relais/server-messaging';
import { ERASED_PERSON_ID } from '@relais/server-people';
import { errorCode } from './support/graphql-client';
import { makeOrganiser, postRequest, signUpVolunteer } from './support/help-request-fixtures';
import type { SignedUp } from './support/people-fixtures';
import { makeAdmin, signUp } from './support/people-fixtures';
import { importParis, neighbourhoodIdsByName } from './support/paris-fixtures';
import type { ReceivedMail } from './support/smtp-listener';
import { SmtpListener, headerOf } from './support/smtp-listener';
import type { TestApp } from './support/test-app';
import { startTestApp } from './support/test-app';

const PUBLIC_URL = 'https://relais.example.org';
const ADDRESS = '12 rue de Bretagne, 75003 Paris';
const DESCRIPTION = 'Courses pour Mme Lambert, digicode 4B21';
const OLD_DESCRIPTION = 'Papiers de la CAF à remplir, troisième étage';
const SETTINGS = `digestWeekday digestHour digestTimeZone ambassadorWeeklyCap`;
const PREVIEW = `query P($id: ID!) { digestPreview(personId: $id) { subject text html } }`;

/** The decoded parts of a multipart message, by content type. */
function partsOf(raw: string): Record<string, string> {
  const boundary = /boundary="?([^";\r\n]+)"?/.exec(headerOf(raw, 'Content-Type') ?? '')?.[1];
  if (!boundary) return {};
  const parts: Record<string, string> = {};
  for (const chunk of raw.split(`--${boundary}`).slice(1, -1)) {
    const [head = '', ...rest] = chunk.replace(/^\r?\n/, '').split(/\r?\n\r?\n/);
    const body = rest.join('\n\n');
    const type = (/content-type:\s*([^;\r\n]+)/i.exec(head)?.[1] ?? '').trim();
    const encoding = (/content-transfer-encoding:\s*(\S+)/i.exec(head)?.[1] ?? '').toLowerCase();
    parts[type] =
      encoding === 'base64'
        ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
        : encoding === 'quoted-printable'
          ? Buffer.from(body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8')
          : body;
  }
  return parts;
}

/** The weekly digest end to end: gathered from the database, queued once per person and week, sent through a real SMTP server. */
describe('weekly digest', () => {
  let smtp: SmtpListener;
  let test: TestApp;
  let admin: SignedUp;
  let organiser: SignedUp;
  let volunteer: SignedUp;
  let ambassador: SignedUp;
  let reader: SignedUp;
  let nothing: SignedUp;
  let requester: SignedUp;
  let elsewhere: SignedUp;
  let firstRun: number;

  const sentRows = async (week?: string) =>
    (await test.db.query(`SELECT person_id AS id, count(*)::int AS n FROM digest_sent ${week ? 'WHERE iso_week = $1' : ''} GROUP BY person_id`, week ? [week] : [])) as { id: string; n: number }[];
  const digestMails = async () =>
    (await test.db.query(`SELECT to_address AS "to", count(*)::int AS n FROM outbox_email WHERE kind = 'weeklyDigest' GROUP BY to_address`)) as { to: string; n: number }[];
  const drain = async () => {
    while ((await test.app.get(OutboxService).drainOnce(500)) > 0);
  };

  beforeAll(async () => {
    smtp = await SmtpListener.start();
    test = await startTestApp({ smtpUrl: smtp.url, publicUrl: PUBLIC_URL });
    await importParis(test, [3]);
    const places = await neighbourhoodIdsByName(test);
    const here = places['Enfants-Rouges'] as string;
    const there = places['Archives'] as string;
    admin = await makeAdmin(test.api, test.db);
    organiser = await makeOrganiser(test.api, test.db, [here]);
    await test.api.ok(`mutation { updateConsents(input: { digest: true }) { id } }`, {}, organiser.token);
    volunteer = await signUpVolunteer(test.api, { displayName: 'Vincent Bénévole' });
    ambassador = await signUp(test.api, { displayName: 'Amina Relais' });
    await test.db.query(`INSERT INTO ambassador (person_id, neighbourhood_id) VALUES ($1, $2)`, [ambassador.id, here]);
    await test.api.ok(`mutation { updateConsents(input: { news: true, digest: true }) { id } }`, {}, ambassador.token);
    reader = await signUp(test.api, { displayName: 'Rose Lectrice' });
    await test.api.ok(`mutation { updateConsents(input: { news: true, digest: true }) { id } }`, {}, reader.token);
    nothing = await signUp(test.api, { displayName: 'Noé Rien' });
    await test.api.ok(`mutation { updateConsents(input: { digest: true }) { id } }`, {}, nothing.token);
    elsewhere = await signUp(test.api, { displayName: 'Ailleurs' });
    await test.db.query(`UPDATE person SET neighbourhood_id = $2 WHERE id = $1`, [elsewhere.id, there]);

    requester = await signUp(test.api, { displayName: 'Mme Lambert' });
    await postRequest(test.api, requester.token, { category: 'ERRANDS', description: DESCRIPTION, address: ADDRESS });
    const old = await postRequest(test.api, requester.token, { category: 'PAPERWORK', description: OLD_DESCRIPTION, address: ADDRESS });
    await test.db.query(`UPDATE help_request SET created_at = now() - interval '3 days' WHERE id = $1`, [old.id]);

    const { createCampaign } = await test.api.ok<{ createCampaign: { id: string } }>(
      `mutation C($input: CampaignInput!) { createCampaign(input: $input) { id } }`,
      { input: { title: 'Collecte de livres <samedi>', message: 'À la mairie', neighbourhoodIds: [here] } },
      organiser.token,
    );
    await test.api.ok(`mutation S($id: ID!) { sendCampaign(id: $id) { id } }`, { id: createCampaign.id }, organiser.token);
    await test.db.query(`INSERT INTO way_to_help (kind, title, body, link) VALUES ('GIVE_BLOOD', 'Don du sang à la mairie', 'Samedi de 10 h à 16 h.', 'https://dondesang.example.org')`);
    await test.db.query(`INSERT INTO idea (author_id, neighbourhood_id, title, body) VALUES ($1, $2, 'Un jardin partagé', 'Mon voisin du 4e pourrait arroser')`, [requester.id, here]);
    await drain();
    smtp.received.length = 0;

    firstRun = (await test.api.ok<{ runWeeklyDigest: number }>(`mutation { runWeeklyDigest }`, {}, admin.token)).runWeeklyDigest;
    await drain();
  });
  afterAll(async () => {
    await test.close();
    await smtp.close();
  });

  const mailOf = (person: SignedUp) => {
    const mails = smtp.received.filter((m) => m.to.includes(person.email));
    expect(mails).toHaveLength(1);
    const mail = mails[0] as ReceivedMail;
    const parts = partsOf(mail.raw);
    return { mail, 'text/plain': parts['text/plain'] ?? '', 'text/html': parts['text/html'] ?? '' };
  };

  it('queues one digest each for the volunteer, the organiser, the ambassador and the news reader, and none for someone with nothing to read', async () => {
    expect(firstRun).toBe(4);
    const got = smtp.received.flatMap((m) => m.to).sort();
    expect(got).toEqual([volunteer.email, organiser.email, ambassador.email, reader.email].sort());
    expect((await sentRows()).map((r) => r.id).sort()).toEqual([volunteer.id, organiser.id, ambassador.id, reader.id].sort());
    expect(await sentRows()).not.toContainEqual(expect.objectContaining({ id: nothing.id }));
    expect(await sentRows()).not.toContainEqual(expect.objectContaining({ id: ERASED_PERSON_ID }));
    expect(smtp.received.filter((m) => m.to.includes(nothing.email))).toHaveLength(0);
  });

  it('sends each as multipart/alternative, text and HTML, with a one-click unsubscribe from the digest', () => {
    for (const person of [volunteer, organiser, ambassador, reader]) {
      const { mail, 'text/plain': text, 'text/html': html } = mailOf(person);
      expect(headerOf(mail.raw, 'Content-Type')).toMatch(/^multipart\/alternative/);
      expect(text).toContain('Ne plus recevoir ce récap');
      expect(html).toMatch(/<!doctype html>/i);
      const unsubscribe = headerOf(mail.raw, 'List-Unsubscribe') ?? '';
      expect(unsubscribe).toMatch(new RegExp(`^<${PUBLIC_URL}/unsubscribe/${person.id}\\.DIGEST\\.[^>]+>$`));
      expect(headerOf(mail.raw, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
      expect(text).toContain(unsubscribe.slice(1, -1));
    }
  });

  it('gives each the sections for what they are, and nothing private: no address, no one else’s words', () => {
    const forVolunteer = mailOf(volunteer)['text/plain'] ?? '';
    expect(forVolunteer).toContain('DES BESOINS PRÈS DE CHEZ VOUS');
    expect(forVolunteer).toContain('Courses et commissions · Enfants-Rouges · publiée aujourd’hui');
    expect(forVolunteer).not.toContain('Aider depuis chez soi');
    const forOrganiser = mailOf(organiser)['text/plain'] ?? '';
    expect(forOrganiser).toContain('Enfants-Rouges : 2 besoins publiés');
    expect(forOrganiser).toContain('SANS BÉNÉVOLE DEPUIS PLUS DE DEUX JOURS');
    expect(forOrganiser).toContain('Démarches administratives · Enfants-Rouges · publiée il y a 3 jours');
    expect(forOrganiser).toContain('« Collecte de livres <samedi> » : 1 ambassadeur touché, 0 a relayé');
    const ambassadorParts = mailOf(ambassador);
    expect(ambassadorParts['text/plain']).toContain('À RELAYER');
    expect(ambassadorParts['text/plain']).toContain(`Mes relais : ${PUBLIC_URL}/relays`);
    expect(ambassadorParts['text/html']).toContain('« Collecte de livres &lt;samedi&gt; »');
    expect(ambassadorParts['text/html']).not.toContain('<samedi>');
    const forReader = mailOf(reader)['text/plain'] ?? '';
    expect(forReader).toContain('Don du sang à la mairie (toute la ville) : Samedi de 10 h à 16 h. https://dondesang.example.org');
    expect(forReader).toContain('Un jardin partagé (Enfants-Rouges, 0 vote)');
    expect(forReader).toContain(`Ne plus recevoir les nouvelles de l’organisation : ${PUBLIC_URL}/unsubscribe/${reader.id}.NEWS.`);
    expect(forReader).not.toContain('DES BESOINS');
    for (const mail of smtp.received) {
      const whole = Object.values(partsOf(mail.raw)).join('\n');
      for (const secret of ['rue de Bretagne', 'digicode', 'CAF', 'arroser', 'Mme Lambert']) expect(whole).not.toContain(secret);
    }
  });

  it('queues nothing more when run again the same week, and runWeeklyDigest itself is once a minute', async () => {
    expect(await test.app.get(DigestService).run()).toBe(0);
    const again = await test.api.request(`mutation { runWeeklyDigest }`, {}, admin.token);
    expect(errorCode(again)).toBe('FORBIDDEN');
    expect(again.errors?.[0]?.extensions?.['reason']).toBe('TOO_MANY_ATTEMPTS');
    expect((await digestMails()).every((row) => row.n === 1)).toBe(true);
  });

  it('runs only within the set weekday and hour (the scheduled check), and sends a crashed run’s remainder exactly once on the next', async () => {
    const digest = test.app.get(DigestService);
    // The set hour (Friday 17:00 in Paris) of a week three weeks from now, a week nobody had yet.
    const later = Date.now() + 21 * 86_400_000;
    const quarters = Array.from({ length: 4 * 24 * 7 }, (_, i) => new Date(later + i * 15 * 60_000));
    const friday = quarters.find((at) => isDigestTime(at, { weekday: 5, hour: 17, timeZone: 'Europe/Paris' })) as Date;
    const week = isoWeek(friday);
    expect(await digest.runIfDue(new Date(friday.getTime() - 86_400_000))).toBe(0); // the day before: nothing
    expect(await digest.runIfDue(new Date(friday.getTime() + 3_600_000))).toBe(0); // an hour late: not caught up
    expect(await sentRows(week)).toEqual([]);

    const recipients = [volunteer, organiser, ambassador, reader].map((p) => p.id).sort();
    const victim = recipients[2] as string;
    await test.db.query(`CREATE FUNCTION digest_crash() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.person_id = '${victim}' THEN RAISE EXCEPTION 'crash in the middle of the run'; END IF; RETURN NEW; END $$`);
    await test.db.query(`CREATE TRIGGER digest_crash BEFORE INSERT ON digest_sent FOR EACH ROW EXECUTE FUNCTION digest_crash()`);
    await expect(digest.run(friday, { batchSize: 1 })).rejects.toThrow(/crash/);
    expect((await sentRows(week)).map((r) => r.id).sort()).toEqual(recipients.slice(0, 2));
    await test.db.query(`DROP TRIGGER digest_crash ON digest_sent; DROP FUNCTION digest_crash()`);

    expect(await digest.runIfDue(friday)).toBe(2);
    expect(await digest.runIfDue(new Date(friday.getTime() + 60_000))).toBe(0); // again within the hour: nothing new
    const rows = await sentRows(week);
    expect(rows.map((r) => r.id).sort()).toEqual(recipients);
    expect(rows.every((r) => r.n === 1)).toBe(true);
    expect((await digestMails()).map((r) => r.n)).toEqual([2, 2, 2, 2]);
  });

  it('lets ADMIN read and change the outreach settings, in range and audited; others are refused', async () => {
    const read = await test.api.ok<{ outreachSettings: Record<string, unknown> }>(`{ outreachSettings { ${SETTINGS} } }`, {}, admin.token);
    expect(read.outreachSettings).toEqual({ digestWeekday: 5, digestHour: 17, digestTimeZone: 'Europe/Paris', ambassadorWeeklyCap: 2 });
    const bad = await test.api.request(
      `mutation U($input: OutreachSettingsInput!) { updateOutreachSettings(input: $input) { ${SETTINGS} } }`,
      { input: { digestWeekday: 8, digestHour: -1, digestTimeZone: 'Paris/Centre', ambassadorWeeklyCap: 0 } },
      admin.token,
    );
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect((bad.errors?.[0]?.extensions?.fields ?? []).map((f) => f.field).sort()).toEqual(['ambassadorWeeklyCap', 'digestHour', 'digestTimeZone', 'digestWeekday']);
    const changed = await test.api.ok<{ updateOutreachSettings: Record<string, unknown> }>(
      `mutation U($input: OutreachSettingsInput!) { updateOutreachSettings(input: $input) { ${SETTINGS} } }`,
      { input: { digestWeekday: 1, digestHour: 8, digestTimeZone: 'America/Montreal', ambassadorWeeklyCap: 3 } },
      admin.token,
    );
    expect(changed.updateOutreachSettings).toEqual({ digestWeekday: 1, digestHour: 8, digestTimeZone: 'America/Montreal', ambassadorWeeklyCap: 3 });
    // The campaigns read the same key.
    expect((await test.db.query(`SELECT value FROM app_setting WHERE key = 'ambassadorWeeklyCap'`))[0]?.value).toBe(3);
    const audited = await test.db.query(`SELECT subject_id FROM audit_log WHERE action = 'UPDATE_SETTING' AND actor_id = $1 ORDER BY 1`, [admin.id]);
    expect(audited.map((r: { subject_id: string }) => r.subject_id)).toEqual(['ambassadorWeeklyCap', 'outreach.digest']);
    for (const token of [organiser.token, volunteer.token]) {
      expect(errorCode(await test.api.request(`{ outreachSettings { digestHour } }`, {}, token))).toBe('FORBIDDEN');
      expect(errorCode(await test.api.request(`mutation { updateOutreachSettings(input: { digestHour: 9 }) { digestHour } }`, {}, token))).toBe('FORBIDDEN');
      expect(errorCode(await test.api.request(`mutation { runWeeklyDigest }`, {}, token))).toBe('FORBIDDEN');
    }
    expect(errorCode(await test.api.request(`{ outreachSettings { digestHour } }`))).toBe('UNAUTHENTICATED');
  });

  it('previews a person’s digest for ADMIN and organisers of where they live, null when they would get none', async () => {
    const byAdmin = await test.api.ok<{ digestPreview: { subject: string; text: string; html: string } | null }>(PREVIEW, { id: volunteer.id }, admin.token);
    expect(byAdmin.digestPreview?.subject).toBe('Votre récap de la semaine sur Relais');
    expect(byAdmin.digestPreview?.text).toContain('DES BESOINS PRÈS DE CHEZ VOUS');
    expect(byAdmin.digestPreview?.html).toContain('Des besoins près de chez vous</h2>');
    const byOrganiser = await test.api.ok<{ digestPreview: { text: string } | null }>(PREVIEW, { id: reader.id }, organiser.token);
    expect(byOrganiser.digestPreview?.text).toContain('Un jardin partagé');
    expect((await test.api.ok<{ digestPreview: null }>(PREVIEW, { id: nothing.id }, organiser.token)).digestPreview).toBeNull();
    expect(errorCode(await test.api.request(PREVIEW, { id: elsewhere.id }, organiser.token))).toBe('NOT_FOUND');
    expect(errorCode(await test.api.request(PREVIEW, { id: '6f1c2d3e-0000-4000-8000-000000000001' }, organiser.token))).toBe('NOT_FOUND');
    expect(errorCode(await test.api.request(PREVIEW, { id: reader.id }, volunteer.token))).toBe('FORBIDDEN');
    expect(errorCode(await test.api.request(PREVIEW, { id: reader.id }))).toBe('UNAUTHENTICATED');
  });
});
