import type { Locator, Page } from 'playwright-core';

/** What has the focus, in words for a failure message. */
function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element) return 'nothing';
    const name = element.getAttribute('aria-label') ?? element.getAttribute('data-testid') ?? element.textContent?.trim().slice(0, 40);
    return `${element.tagName.toLowerCase()} « ${name ?? ''} »`;
  });
}

/** Whether the focused element shows on screen: a keyboard user must see where they are. */
function focusIsSeen(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return true;
    const shown = (box: DOMRect) => box.width > 1 && box.height > 1 && box.right > 0 && box.left < window.innerWidth;
    // A hidden radio of a segmented control is seen through its label, which shows the focus.
    const labels = element instanceof HTMLInputElement ? Array.from(element.labels ?? []) : [];
    return shown(element.getBoundingClientRect()) || labels.some((label) => shown(label.getBoundingClientRect()));
  });
}

export function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((element) => element === document.activeElement || element.contains(document.activeElement));
}

/**
 * Presses Tab until the target has the focus, as a keyboard user would, and returns the stops
 * on the way that could not be seen (hidden navigation, off-screen controls): none is right.
 */
export async function tabTo(page: Page, target: Locator, limit = 80): Promise<string[]> {
  await target.waitFor();
  const unseen: string[] = [];
  for (let press = 0; press < limit; press += 1) {
    await page.keyboard.press('Tab');
    if (await isFocused(target)) return unseen;
    if (!(await focusIsSeen(page))) unseen.push(await describeFocus(page));
  }
  throw new Error(`Tab did not reach the target in ${limit} presses; the focus is on ${await describeFocus(page)}`);
}
