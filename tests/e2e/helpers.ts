import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/**
 * Playwright's test, with a page whose goto() also waits until the prerendered page is hydrated:
 * a key pressed before that would reach a button with no handler yet.
 */
export const test = base.extend({
  page: async ({ page }, use) => {
    const goto = page.goto.bind(page);
    page.goto = async (url, options) => {
      const response = await goto(url, options);
      await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
      return response;
    };
    await use(page);
  }
});
export { expect };

/** Waits until MapLibre has loaded the style, drawn every source and fired `idle`. */
export async function waitForMapIdle(page: Page): Promise<void> {
  await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', 'idle');
  await page.waitForFunction(() => {
    const map = window.__mppMap;
    return Boolean(map && map.loaded() && map.areTilesLoaded() && map.getLayer('country-labels'));
  });
}

/** Fails the test on any request that leaves the local server. */
export function forbidExternalRequests(page: Page, origin: string): string[] {
  const outside: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (!url.startsWith(origin)) outside.push(url);
  });
  return outside;
}

/** axe's WCAG 2.1 A/AA violations on the page as it is, one line each (rule: the elements it found). */
export async function wcagViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
