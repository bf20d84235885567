import type { Browser, Page } from 'playwright-core';
import { watchMissingTexts } from './missing-texts';

export type Lang = 'fr' | 'en';

/** A new page at this size, in this language, signed in with the token (or signed out without); missingTexts(page) says what texts it lacked. */
export async function pageAs(browser: Browser, viewport: { width: number; height: number }, lang: Lang, token: string | null): Promise<Page> {
  const context = await browser.newContext({ viewport });
  await context.addInitScript(
    ([language, session]) => {
      localStorage.setItem('relais.lang', language);
      if (session) localStorage.setItem('relais.token', session);
    },
    [lang, token] as const,
  );
  const page = await context.newPage();
  watchMissingTexts(page);
  return page;
}
