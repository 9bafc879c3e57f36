import AxeBuilder from '@axe-core/playwright';
import { test, expect, waitForMapIdle } from './helpers';

for (const lang of ['en', 'es']) {
  test(`axe finds no WCAG 2.1 A/AA violations (${lang})`, async ({ page }) => {
    await page.goto(`/?lang=${lang}`);
    await waitForMapIdle(page);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(summary).toEqual([]);
  });
}

test('map controls work from the keyboard', async ({ page }) => {
  await page.goto('/');
  await waitForMapIdle(page);
  const zoomBefore = await page.evaluate(() => window.__mppMap!.getZoom());
  await page.getByRole('button', { name: 'Zoom in' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => window.__mppMap!.getZoom())).toBeGreaterThan(zoomBefore + 0.9);
  await page.getByRole('button', { name: 'Show the whole border' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => window.__mppMap!.getZoom())).toBeLessThan(zoomBefore + 0.1);
});
