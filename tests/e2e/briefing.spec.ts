import { test, expect, waitForMapIdle, defaultBriefing, clickFadingControl, briefingModeChunk, holdChunkUntilReleased } from './helpers';

const briefing = defaultBriefing();

test('presentation mode: P toggles it, chapters move with Page Down / Page Up and the URL follows', async ({ page }) => {
  await page.goto('/');
  await waitForMapIdle(page);
  await page.keyboard.press('p');
  await expect(page).toHaveURL(/present=1/);
  await expect(page.locator('html')).toHaveClass(/presenting/);
  await clickFadingControl(page, page.getByTestId('start-briefing'));
  await expect(page).toHaveURL(/briefing=default&chapter=1/);
  await expect(page.getByTestId('chapter-caption')).toHaveAttribute('data-chapter', '1');
  await page.locator('body').click({ position: { x: 5, y: 300 } }).catch(() => {});
  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(/chapter=2/);
  await expect(page.getByTestId('date-label')).toHaveAttribute('data-date', briefing.chapters[1]!.date);
  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(/chapter=3/);
  await expect(page.getByTestId('date-label')).toHaveAttribute('data-date', briefing.chapters[2]!.date);
  await page.keyboard.press('PageUp');
  await expect(page).toHaveURL(/chapter=2/);
  await expect(page.getByTestId('chapter-caption')).toHaveAttribute('data-chapter', '2');
  await expect(page.getByTestId('date-label')).toHaveAttribute('data-date', briefing.chapters[1]!.date);
});

// A clicker's double press: the second Page Down comes while the date still runs to chapter 2 and
// the URL still says chapter 1; it must count from chapter 2.
test('two Page Down presses 150 ms apart from chapter 1 land on chapter 3', async ({ page }) => {
  await page.goto('/?briefing=default&chapter=1');
  await waitForMapIdle(page);
  await page.keyboard.press('PageDown');
  await page.waitForTimeout(150);
  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(/chapter=3/);
  await expect(page.getByTestId('chapter-caption')).toHaveAttribute('data-chapter', '3');
  await expect(page.getByTestId('date-label')).toHaveAttribute('data-date', briefing.chapters[2]!.date);
  // And it stays there: nothing late sends it back to chapter 2.
  await page.waitForTimeout(1500);
  await expect(page).toHaveURL(/chapter=3/);
});

test('a chapter link opens that chapter with its date, city and highlighted ports', async ({ page }) => {
  const n = briefing.chapters.findIndex((c) => c.city === 'matamoros') + 1;
  await page.goto(`/?briefing=default&chapter=${n}`);
  await waitForMapIdle(page);
  await expect(page.getByTestId('chapter-caption')).toHaveAttribute('data-chapter', String(n));
  await expect(page.getByTestId('date-label')).toHaveAttribute('data-date', briefing.chapters[n - 1]!.date);
  await expect(page.getByTestId('city-panel')).toHaveAttribute('data-city', 'matamoros');
  await expect.poll(() => page.evaluate(() => window.__mppMap!.getFeatureState({ source: 'places', id: 'brownsville' }).highlight)).toBe(true);
});

test('an out-of-range chapter falls back to the nearest with a notice', async ({ page }) => {
  await page.goto('/?briefing=default&chapter=999');
  await expect(page.getByTestId('notice')).toContainText('999');
  await expect(page.getByTestId('chapter-caption')).toHaveAttribute('data-chapter', String(briefing.chapters.length));
});

test('a briefing that cannot be loaded says so, and the map stays usable', async ({ page }) => {
  await page.route('**/briefings.json', (route) => route.fulfill({ status: 503, body: 'unavailable' }));
  await page.goto('/?briefing=default&chapter=3');
  await expect(page.getByRole('alert').filter({ hasText: /briefing could not be loaded/i })).toBeVisible();
  await expect(page.getByTestId('chapter-caption')).toHaveCount(0);
  await waitForMapIdle(page);
  await expect(page.getByTestId('date-label')).toHaveAttribute('data-date', /^\d{4}-\d{2}-\d{2}$/);
});

for (const n of [2, 7, 11]) {
  test(`screenshot: chapter ${n} in presentation mode at 1920×1080`, async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(`/?briefing=default&chapter=${n}&present=1`);
    await waitForMapIdle(page);
    await page.waitForTimeout(2000); // the camera's flight and the fade
    await waitForMapIdle(page);
    await page.screenshot({ path: `test-results/briefing-chapter-${n}.png` });
  });
}

test('while the briefing mode is still loading, the city in its link is the chapter\'s: no focus taken, no camera move', async ({ page }) => {
  // The map page imports the briefing mode when a briefing starts; it is held back here until the
  // city panel has opened from the link.
  const briefingMode = await holdChunkUntilReleased(page, briefingModeChunk);
  await page.goto('/?briefing=default&chapter=7&city=matamoros&date=2020-01-26');
  const panel = page.getByTestId('city-panel');
  await expect(panel).toHaveAttribute('data-city', 'matamoros');
  await waitForMapIdle(page);
  await expect(page.getByTestId('chapter-caption')).toHaveCount(0);
  expect(await panel.evaluate((p) => p.contains(document.activeElement)), 'the panel took the focus').toBe(false);
  // The map has not eased to the city (Matamoros, 97.5° W): it is still at its opening camera, centred
  // on the whole border, where the chapter's camera will take it from.
  await page.waitForTimeout(1000);
  expect(await page.evaluate(() => window.__mppMap!.getCenter().lng)).toBeLessThan(-100);
  briefingMode.release();
  await expect(page.getByTestId('chapter-caption')).toHaveAttribute('data-chapter', '7');
  expect(await panel.evaluate((p) => p.contains(document.activeElement))).toBe(false);
});

