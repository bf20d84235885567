import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';

/** Headless Chromium from the system package; no browser download needed. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      // WebGL in software, for the maps (MapLibre): newer Chromiums want it asked for by name.
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
