import type { Page } from 'playwright-core';

/** How the app words a text no loaded group holds (libs/admin/i18n/src/i18n.ts, reportMissing). */
const MISSING = 'Missing text: ';

const noted = new WeakMap<Page, string[]>();

/** From now on, notes each text this page shows without its group loaded: a page that did not name it to lazyPage. */
export function watchMissingTexts(page: Page): void {
  const texts: string[] = [];
  noted.set(page, texts);
  page.on('console', (message) => {
    if (message.type() === 'error' && message.text().startsWith(MISSING)) texts.push(message.text());
  });
}

/** The missing texts noted since the last call, each once. */
export function missingTexts(page: Page): string[] {
  return [...new Set(noted.get(page)?.splice(0) ?? [])];
}
