import type { DigestContent, DigestReader } from './digest-content';
import { emptyDigestContent } from './digest-content';
import { composeDigest, DIGEST_CONTENT_MARK, escapeHtml } from './digest-compose';
import { digestLayouts } from './digest-layout';

const NOW = new Date('2026-12-04T16:00:00Z');
const daysAgo = (n: number) => new Date(NOW.getTime() - n * 86_400_000 - 3_600_000);
const LINKS = { relays: 'https://relais.example.org/relays', stopDigest: 'https://relais.example.org/unsubscribe/d', stopNews: 'https://relais.example.org/unsubscribe/n' };
const NOBODY: DigestReader = { displayName: 'Léa', languages: ['fr'], volunteer: false, organiser: false, ambassador: false, newsConsent: false };
const TEST_LAYOUTS = { fr: `<html lang="fr">${DIGEST_CONTENT_MARK}</html>`, en: `<html lang="en">${DIGEST_CONTENT_MARK}</html>` };

const content = (change: Partial<DigestContent>): DigestContent => ({ ...emptyDigestContent(), ...change });
const compose = (reader: Partial<DigestReader>, change: Partial<DigestContent>) => composeDigest({ ...NOBODY, ...reader }, content(change), LINKS, NOW, TEST_LAYOUTS);

describe('composeDigest', () => {
  it('is null for someone with nothing to read, whatever they are', () => {
    expect(compose({ volunteer: true, organiser: true, ambassador: true, newsConsent: true }, {})).toBeNull();
    expect(compose({ organiser: true }, { quartiers: [{ neighbourhood: 'Arts-et-Métiers', posted: 0, done: 0, openNow: 0, newVolunteers: 0 }] })).toBeNull();
  });

  it('gives each section only to those it is for', () => {
    const everything = content({
      openRequests: [{ category: 'ERRANDS', neighbourhood: 'Enfants-Rouges', postedAt: daysAgo(3) }],
      relayTasks: [{ title: 'Collecte de livres' }],
      topIdeas: [{ title: 'Un jardin partagé', votes: 4, neighbourhood: null }],
    });
    const resident = composeDigest(NOBODY, everything, LINKS, NOW, TEST_LAYOUTS);
    expect(resident).toBeNull();
    const volunteer = composeDigest({ ...NOBODY, volunteer: true }, everything, LINKS, NOW, TEST_LAYOUTS);
    expect(volunteer?.text).toContain('DES BESOINS PRÈS DE CHEZ VOUS');
    expect(volunteer?.text).toContain('- Courses et commissions · Enfants-Rouges · publiée il y a 3 jours');
    expect(volunteer?.text).not.toContain('Collecte de livres');
    expect(volunteer?.text).not.toContain('jardin');
    const ambassador = composeDigest({ ...NOBODY, ambassador: true }, everything, LINKS, NOW, TEST_LAYOUTS);
    expect(ambassador?.text).toContain('« Collecte de livres »');
    expect(ambassador?.text).toContain(`Mes relais : ${LINKS.relays}`);
    const reader = composeDigest({ ...NOBODY, newsConsent: true }, everything, LINKS, NOW, TEST_LAYOUTS);
    expect(reader?.text).toContain('Un jardin partagé (toute la ville, 4 votes)');
  });

  it('ends with the link stopping the digest, and a second one stopping news only when news is in it', () => {
    const volunteer = compose({ volunteer: true }, { thanks: { count: 2, averageRating: 4.5 } });
    expect(volunteer?.text).toContain('remercié·e 2 fois cette semaine (note moyenne 4,5 sur 5)');
    expect(volunteer?.text.trimEnd().endsWith(`Ne plus recevoir ce récap : ${LINKS.stopDigest}`)).toBe(true);
    expect(volunteer?.text).not.toContain(LINKS.stopNews);
    expect(volunteer?.hasNews).toBe(false);
    const news = compose({ volunteer: true, newsConsent: true }, { thanks: { count: 1, averageRating: 5 }, waysToHelp: [{ title: 'Don du sang', body: 'Samedi', link: 'https://dondesang.example', neighbourhood: null }] });
    expect(news?.text).toContain(LINKS.stopDigest);
    expect(news?.text.trimEnd().endsWith(`Ne plus recevoir les nouvelles de l’organisation : ${LINKS.stopNews}`)).toBe(true);
    expect(news?.html).toContain(`href="${LINKS.stopNews}"`);
    expect(news?.hasNews).toBe(true);
  });

  it('writes an organiser’s week: figures, needs waiting, rising people, campaigns', () => {
    const digest = compose(
      { organiser: true },
      {
        quartiers: [{ neighbourhood: 'Enfants-Rouges', posted: 4, done: 2, openNow: 3, newVolunteers: 1 }],
        unmatched: [{ category: 'PAPERWORK', neighbourhood: 'Enfants-Rouges', postedAt: daysAgo(5) }],
        risingLeaders: [{ displayName: 'Amina', neighbourhood: 'Enfants-Rouges', gained: 3 }],
        campaigns: [{ title: 'Collecte', reached: 12, relayed: 5, linkVisits: 40, signUps: 3 }],
      },
    );
    expect(digest?.text).toContain('Enfants-Rouges : 4 besoins publiés, 2 faits, 3 ouverts aujourd’hui, 1 nouveau bénévole');
    expect(digest?.text).toContain('Démarches administratives · Enfants-Rouges · publiée il y a 5 jours');
    expect(digest?.text).toContain('Amina (Enfants-Rouges) : 3 places gagnées en 7 jours');
    expect(digest?.text).toContain('« Collecte » : 12 ambassadeurs touchés, 5 ont relayé, 40 visites, 3 inscriptions');
  });

  it('speaks English only to people who listed English and not French', () => {
    const thanks = { thanks: { count: 1, averageRating: 5 } };
    expect(compose({ volunteer: true, languages: ['en'] }, thanks)?.subject).toBe('Your week on Relais');
    expect(compose({ volunteer: true, languages: ['en'] }, thanks)?.text).toContain('You were thanked once this week');
    expect(compose({ volunteer: true, languages: ['en', 'fr'] }, thanks)?.subject).toBe('Votre récap de la semaine sur Relais');
    expect(compose({ volunteer: true, languages: ['ar'] }, thanks)?.language).toBe('fr');
  });

  it('escapes every value in the HTML, and keeps the words whole in the text', () => {
    const digest = compose({ ambassador: true, displayName: '<b>Zoé</b> & co' }, { relayTasks: [{ title: '<script>alert("x")</script>' }] });
    expect(digest?.html).not.toContain('<script>');
    expect(digest?.html).not.toContain('<b>Zoé</b>');
    expect(digest?.html).toContain(escapeHtml('<script>alert("x")</script>'));
    expect(digest?.html).toContain('&lt;b&gt;Zoé&lt;/b&gt; &amp; co');
    expect(digest?.text).toContain('Bonjour <b>Zoé</b> & co,');
    // Beyond Latin-1, numeric references: the document stays a one-byte string.
    const named = compose({ ambassador: true, displayName: 'Łucja 🌻' }, { relayTasks: [{ title: 'Fête' }] });
    expect(named?.html).toContain('&#321;ucja &#127803;');
    expect(named?.html).toContain('s&#8217;est passé');
    expect([...(named?.html ?? '')].every((c) => (c.codePointAt(0) ?? 0) <= 0xff)).toBe(true);
    expect(named?.text).toContain('Łucja 🌻');
  });

  it('fits the content into the MJML layout of the reader’s language', () => {
    const layouts = digestLayouts();
    expect(layouts.fr).toContain('<html lang="fr"');
    expect(layouts.en).toContain('<html lang="en"');
    const digest = composeDigest({ ...NOBODY, volunteer: true }, content({ thanks: { count: 3, averageRating: 4 } }), LINKS, NOW, layouts);
    expect(digest?.html).toMatch(/^<!doctype html>/i);
    expect(digest?.html).toContain('Vos remerciements</h2>');
    expect(digest?.html).not.toContain(DIGEST_CONTENT_MARK);
  });
});
