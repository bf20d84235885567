import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import type { RelaisServer } from './relais-server';
import { startRelaisServer } from './relais-server';

/**
 * One Relais (with its demo city) and one browser for the enclosing `describe`, started before its
 * tests and stopped after them. Call the returned function inside a test to get both.
 */
export function relaisAndBrowser(): () => { url: string; browser: Browser } {
  let server: RelaisServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    server = await startRelaisServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  return () => {
    if (!server || !browser) throw new Error('the server or the browser did not start');
    return { url: server.url, browser };
  };
}
