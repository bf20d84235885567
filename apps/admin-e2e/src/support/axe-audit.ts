import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export type Impact = 'critical' | 'serious' | 'moderate' | 'minor';
export const IMPACTS: readonly Impact[] = ['critical', 'serious', 'moderate', 'minor'];

export interface AxeAudit {
  /** Violations per impact, each counted once per offending element. */
  counts: Record<Impact, number>;
  /** The moderate, serious and critical ones, worded for a failure message: rule, help, first elements. */
  blocking: string[];
  /** Offending elements per rule, to sum over pages. */
  rules: Record<string, number>;
}

/** Runs axe-core on the page as it is now (WCAG 2.1 A and AA rules, and axe's best practices). */
export async function axeAudit(page: Page): Promise<AxeAudit> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const counts: Record<Impact, number> = { critical: 0, serious: 0, moderate: 0, minor: 0 };
  const blocking: string[] = [];
  const rules: Record<string, number> = {};
  for (const violation of results.violations) {
    const impact = (violation.impact ?? 'minor') as Impact;
    counts[impact] += violation.nodes.length;
    rules[`${impact} ${violation.id}`] = violation.nodes.length;
    // Moderate ones too, now that no page has any: landmark-unique, for one, is moderate.
    if (impact !== 'minor') {
      const targets = violation.nodes.slice(0, 3).map((node) => node.target.join(' '));
      blocking.push(`${impact} ${violation.id} (${violation.help}) × ${violation.nodes.length}: ${targets.join(' | ')}`);
    }
  }
  return { counts, blocking, rules };
}

export interface Overflow {
  /** How far the page reaches past the viewport's right edge, in CSS pixels (0 when nothing does). */
  page: number;
  /** Boxes inside it that scroll sideways (a table in its scroll frame), by test id or class. */
  boxes: string[];
}

/** What a person would have to scroll sideways to reach. */
export function sidewaysOverflow(page: Page): Promise<Overflow> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    const boxes: string[] = [];
    for (const element of Array.from(document.body.querySelectorAll<HTMLElement>('*'))) {
      const { overflowX } = getComputedStyle(element);
      if ((overflowX === 'auto' || overflowX === 'scroll') && element.scrollWidth > element.clientWidth + 1) {
        boxes.push(element.dataset['testid'] ?? element.querySelector('[data-testid]')?.getAttribute('data-testid') ?? element.className);
      }
    }
    return { page: Math.max(0, root.scrollWidth - root.clientWidth), boxes };
  });
}

/** Badges whose label the width cuts short (Mantine ends it with « … »): « S… » says nothing. */
export function cutBadges(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.body.querySelectorAll<HTMLElement>('.mantine-Badge-label'))
      .filter((label) => label.offsetParent !== null && label.scrollWidth > label.clientWidth + 1)
      .map((label) => label.textContent ?? ''),
  );
}
