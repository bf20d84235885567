import type { DigestContent, DigestLinks, DigestReader, DigestRequest } from './digest-content';
import type { DigestLanguage, DigestWords } from './digest-wordings';
import { DIGEST_WORDINGS } from './digest-wordings';

/** Where a language's compiled layout takes the content: it appears once, in the body. */
export const DIGEST_CONTENT_MARK = 'RELAIS_DIGEST_CONTENT';

/** The compiled HTML layout per language, holding DIGEST_CONTENT_MARK once. */
export type DigestLayouts = Readonly<Record<DigestLanguage, string>>;

export interface ComposedDigest {
  language: DigestLanguage;
  subject: string;
  text: string;
  html: string;
  /** Whether the organisation's news is in it (then it ends with a second link, stopping news). */
  hasNews: boolean;
}

interface Section {
  title: string;
  intro?: string;
  items: string[];
  link?: { label: string; url: string };
}

const DAY_MS = 86_400_000;
const EXCERPT = 140;
const COLOUR = '#1864ab';

/** French first: English only for people who listed English and not French (as every mail). */
export function digestLanguage(languages: readonly string[]): DigestLanguage {
  return languages.includes('en') && !languages.includes('fr') ? 'en' : 'fr';
}

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes a value for HTML. Characters beyond Latin-1 (’, …, emoji) become numeric references:
 * the same to a mail client, and the document stays a one-byte string in V8, half the memory of
 * a two-byte one, which counts when a run composes a city's digests.
 */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']|[^\t\n\r -\u00ff]/gu, (c) => ENTITIES[c] ?? `&#${c.codePointAt(0)};`);
}

const excerpt = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT ? `${flat.slice(0, EXCERPT - 1).trimEnd()}…` : flat;
};

function requestLine(words: DigestWords, request: DigestRequest, now: Date): string {
  const days = Math.max(0, Math.floor((now.getTime() - request.postedAt.getTime()) / DAY_MS));
  return `${words.category(request.category)} · ${request.neighbourhood ?? words.noQuartier} · ${words.age(days)}`;
}

/** The sections this reader gets, in order; empty ones left out. */
function sectionsFor(reader: DigestReader, content: DigestContent, links: DigestLinks, words: DigestWords, now: Date): { personal: Section[]; news: Section[] } {
  const sections: Section[] = [];
  if (reader.volunteer && content.openRequests.length) {
    sections.push({
      title: words.openRequests.title,
      intro: words.openRequests.intro,
      items: content.openRequests.slice(0, 10).map((r) => requestLine(words, r, now)),
    });
  }
  if (reader.volunteer && content.thanks.count > 0) {
    sections.push({ title: words.thanks.title, items: [], intro: words.thanks.line(content.thanks.count, words.decimal(content.thanks.averageRating)) });
  }
  if (reader.organiser) {
    const quartiers = content.quartiers.filter((q) => q.posted + q.done + q.openNow + q.newVolunteers > 0);
    if (quartiers.length) sections.push({ title: words.quartiers.title, items: quartiers.map((q) => words.quartiers.line(q)) });
    if (content.unmatched.length) {
      sections.push({ title: words.unmatched.title, intro: words.unmatched.intro, items: content.unmatched.map((r) => requestLine(words, r, now)) });
    }
    if (content.risingLeaders.length) {
      sections.push({ title: words.leaders.title, items: content.risingLeaders.slice(0, 5).map((l) => words.leaders.line(l.displayName, l.neighbourhood, l.gained)) });
    }
    if (content.campaigns.length) sections.push({ title: words.campaigns.title, items: content.campaigns.map((c) => words.campaigns.line(c)) });
  }
  if (reader.ambassador && content.relayTasks.length) {
    sections.push({
      title: words.relays.title,
      intro: words.relays.intro,
      items: content.relayTasks.map((t) => words.relays.line(t.title)),
      link: { label: words.relays.link, url: links.relays },
    });
  }
  const news: Section[] = [];
  if (reader.newsConsent && content.waysToHelp.length) {
    news.push({ title: words.waysToHelp.title, items: content.waysToHelp.map((w) => words.waysToHelp.line(w, excerpt(w.body))) });
  }
  if (reader.newsConsent && content.topIdeas.length) {
    news.push({ title: words.ideas.title, items: content.topIdeas.slice(0, 3).map((i) => words.ideas.line(i)) });
  }
  return { personal: sections, news };
}

function sectionText(words: DigestWords, section: Section): string {
  const lines = [section.title.toUpperCase(), ''];
  if (section.intro) lines.push(section.intro);
  for (const item of section.items) lines.push(`- ${item}`);
  if (section.link) lines.push('', words.labelled(section.link.label, section.link.url));
  return lines.join('\n');
}

function sectionHtml(section: Section): string {
  const parts = [`<h2 style="font-size:18px;line-height:1.3;margin:28px 0 8px;color:${COLOUR}">${escapeHtml(section.title)}</h2>`];
  if (section.intro) parts.push(`<p style="margin:0 0 8px">${escapeHtml(section.intro)}</p>`);
  if (section.items.length) {
    parts.push(`<ul style="margin:0 0 8px;padding-left:20px">${section.items.map((item) => `<li style="margin:0 0 6px">${escapeHtml(item)}</li>`).join('')}</ul>`);
  }
  if (section.link) parts.push(`<p style="margin:8px 0 0"><a href="${escapeHtml(section.link.url)}" style="color:${COLOUR};font-weight:bold">${escapeHtml(section.link.label)}</a></p>`);
  return parts.join('\n');
}

function footerHtml(words: DigestWords, links: DigestLinks, hasNews: boolean): string {
  const link = (url: string, label: string) => `<a href="${escapeHtml(url)}" style="color:#495057">${escapeHtml(label)}</a>`;
  return (
    `<p style="margin:32px 0 0;font-size:12px;color:#868e96">${escapeHtml(words.why)}<br>${link(links.stopDigest, words.stopDigest)}` +
    `${hasNews ? `<br>${link(links.stopNews, words.stopNews)}` : ''}</p>`
  );
}

/**
 * A person's weekly digest, or null when nothing in it is for them to read. Sections follow what
 * the person is (volunteer, organiser, ambassador; the organisation's news only with news
 * consent), each with a title; the text ends with the link that stops the digest, and with one
 * that stops news when news is in it. Every value goes into the HTML escaped.
 */
export function composeDigest(reader: DigestReader, content: DigestContent, links: DigestLinks, now: Date, layouts: DigestLayouts): ComposedDigest | null {
  const language = digestLanguage(reader.languages);
  const words: DigestWords = DIGEST_WORDINGS[language];
  const { personal, news } = sectionsFor(reader, content, links, words, now);
  const sections = [...personal, ...news];
  if (!sections.length) return null;
  const hasNews = news.length > 0;
  const footer = [words.why, words.labelled(words.stopDigest, links.stopDigest)];
  if (hasNews) footer.push(words.labelled(words.stopNews, links.stopNews));
  const text = [words.hello(reader.displayName), words.intro, ...sections.map((s) => sectionText(words, s)), '--', ...footer].join('\n\n');
  const inner = [
    `<p style="margin:0 0 8px">${escapeHtml(words.hello(reader.displayName))}</p>`,
    `<p style="margin:0 0 8px">${escapeHtml(words.intro)}</p>`,
    ...sections.map(sectionHtml),
    footerHtml(words, links, hasNews),
  ].join('\n');
  return { language, subject: words.subject, text, html: layouts[language].replace(DIGEST_CONTENT_MARK, () => inner), hasNews };
}
