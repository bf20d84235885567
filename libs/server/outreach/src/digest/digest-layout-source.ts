import mjml2html from 'mjml';
import { DIGEST_CONTENT_MARK, escapeHtml } from './digest-compose';
import type { DigestLanguage } from './digest-wordings';
import { DIGEST_WORDINGS } from './digest-wordings';

/*
 * MJML rather than React Email: the digest is built on the server from data, with no React in
 * the API, and MJML's output is the tables and Outlook conditional comments that render in the
 * common clients (Gmail, Outlook, Apple Mail) without our having to know them. Compiling a
 * document costs tens of milliseconds, far too slow once per mail for a city's 100,000 people,
 * and MJML itself holds 15 MB of heap once loaded: the layout of each language is compiled here,
 * with a mark where each person's sections go, and checked in (digest-layouts.compiled.ts) so
 * the API never loads MJML. digest-layout.spec.ts fails when the two differ.
 */
function layoutMjml(language: DigestLanguage): string {
  const words = DIGEST_WORDINGS[language];
  return `<mjml lang="${language}">
  <mj-head>
    <mj-title>${escapeHtml(words.subject)}</mj-title>
    <mj-attributes><mj-all font-family="Helvetica, Arial, sans-serif" /></mj-attributes>
  </mj-head>
  <mj-body background-color="#f1f3f5" width="600px">
    <mj-section background-color="#1864ab" padding="16px 0">
      <mj-column>
        <mj-text color="#ffffff" font-size="22px" font-weight="bold">Relais · ${escapeHtml(words.heading)}</mj-text>
      </mj-column>
    </mj-section>
    <mj-section background-color="#ffffff" padding="8px 0 24px">
      <mj-column>
        <mj-text font-size="15px" line-height="1.5" color="#212529">${DIGEST_CONTENT_MARK}</mj-text>
      </mj-column>
    </mj-section>
  </mj-body>
</mjml>`;
}

/** The layout of `language` as MJML compiles it now. */
export function compileDigestLayout(language: DigestLanguage): string {
  const { html, errors } = mjml2html(layoutMjml(language), { validationLevel: 'strict' });
  if (errors.length || html.split(DIGEST_CONTENT_MARK).length !== 2) throw new Error(`the digest layout (${language}) did not compile`);
  return html;
}
