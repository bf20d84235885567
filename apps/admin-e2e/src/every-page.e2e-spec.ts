import type { Page } from 'playwright-core';
import type { AxeAudit, Overflow } from './support/axe-audit';
import { IMPACTS, axeAudit, cutBadges, sidewaysOverflow } from './support/axe-audit';
import type { DemoRole, DeskRoute } from './support/desk-routes';
import { PUBLIC_ROUTES, deskRoutes } from './support/desk-routes';
import { missingTexts } from './support/missing-texts';
import { relaisAndBrowser } from './support/relais-session';
import type { Lang } from './support/signed-in-page';
import { pageAs } from './support/signed-in-page';

const WIDE = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };
/** English is checked on the first pages of each role, French on all of them. */
const ENGLISH_PAGES = 3;
/** Many pages, two widths, axe on each: minutes, not seconds. */
const ROLE_TIMEOUT_MS = 600_000;

interface Visit {
  who: string;
  route: DeskRoute;
  width: number;
  lang: Lang;
  audit: AxeAudit;
  overflow: Overflow;
  /** Badges shown cut short. */
  cut: string[];
  /** Texts shown without their group loaded (its page did not name it to lazyPage). */
  missing: string[];
}

/** Waits for the page to be drawn and done loading: its loaders gone, its transitions over. */
async function settle(page: Page, signedIn: boolean): Promise<void> {
  if (signedIn) await page.getByTestId('logout').waitFor();
  else await page.locator('h1, h2').first().waitFor();
  await page
    .waitForFunction(() => !document.querySelector('.mantine-Loader-root, [aria-busy="true"]'), undefined, { timeout: 10_000 })
    .catch(() => undefined);
  await page.waitForTimeout(300);
}

async function visit(page: Page, url: string, who: string, route: DeskRoute, lang: Lang, signedIn: boolean): Promise<Visit> {
  await page.goto(`${url}${route.path}`);
  await settle(page, signedIn);
  const width = page.viewportSize()?.width ?? 0;
  return { who, route, width, lang, audit: await axeAudit(page), overflow: await sidewaysOverflow(page), cut: await cutBadges(page), missing: missingTexts(page) };
}

/** What a visit got wrong: moderate, serious or critical violations anywhere, a text missing, a badge cut short, sideways scrolling on a phone. */
function faults(visit: Visit): string[] {
  const where = `${visit.who} ${visit.route.path} ${visit.width}px ${visit.lang}`;
  const found = visit.audit.blocking.map((violation) => `${where}: ${violation}`);
  found.push(...visit.missing.map((text) => `${where}: ${text}`));
  found.push(...visit.cut.map((text) => `${where}: the badge « ${text} » is cut short`));
  if (visit.width <= PHONE.width && visit.overflow.page > 0) found.push(`${where}: the page scrolls ${visit.overflow.page}px sideways`);
  if (visit.width <= PHONE.width) found.push(...visit.overflow.boxes.map((box) => `${where}: ${box} scrolls sideways`));
  return found;
}

function line(visit: Visit): string {
  const counts = IMPACTS.map((impact) => String(visit.audit.counts[impact]).padStart(3)).join(' ');
  return `${visit.who.padEnd(9)} ${visit.route.path.padEnd(52)} ${String(visit.width).padStart(4)} ${visit.lang} ${counts}  sideways ${visit.overflow.page}px, ${visit.overflow.boxes.length} boxes`;
}

function report(visits: readonly Visit[]): string {
  const totals = IMPACTS.map((impact) => `${impact} ${visits.reduce((sum, visit) => sum + visit.audit.counts[impact], 0)}`).join(', ');
  const rules = new Map<string, number>();
  for (const visit of visits) for (const [rule, count] of Object.entries(visit.audit.rules)) rules.set(rule, (rules.get(rule) ?? 0) + count);
  const byRule = [...rules].sort(([, a], [, b]) => b - a).map(([rule, count]) => `  ${rule}: ${count}`);
  return [`axe per page (critical serious moderate minor)`, ...visits.map(line), `total over ${visits.length} visits: ${totals}`, 'per rule:', ...byRule, ''].join('\n');
}

describe('every page, for every role, on a wide screen and a phone', () => {
  const started = relaisAndBrowser();
  const visits: Visit[] = [];

  afterAll(() => {
    // The figures, for whoever reads the run: counted once per offending element.
    process.stdout.write(report(visits));
  });

  async function checkPages(who: string, routes: readonly DeskRoute[], token: string | null): Promise<string[]> {
    const { url, browser } = started();
    const found: string[] = [];
    for (const viewport of [WIDE, PHONE]) {
      for (const lang of ['fr', 'en'] as const) {
        const page = await pageAs(browser, viewport, lang, token);
        const shown = lang === 'fr' ? routes : routes.slice(0, ENGLISH_PAGES);
        for (const route of shown) {
          const done = await visit(page, url, who, route, lang, token !== null);
          visits.push(done);
          found.push(...faults(done));
          if (faults(done).length) process.stdout.write(`${faults(done).join('\n')}\n`);
        }
        await page.context().close();
      }
    }
    return found;
  }

  it('the pages read before signing in', async () => {
    expect(await checkPages('public', PUBLIC_ROUTES, null)).toEqual([]);
  }, ROLE_TIMEOUT_MS);

  it.each<DemoRole>(['admin', 'organiser', 'volunteer', 'resident'])('every page the demo %s opens', async (role) => {
    const { url } = started();
    const { token, routes } = await deskRoutes(url, role);
    expect(routes.length).toBeGreaterThan(5);
    expect(await checkPages(role, routes, token)).toEqual([]);
  }, ROLE_TIMEOUT_MS);
});
