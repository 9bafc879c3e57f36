import type { Locator, Page } from '@playwright/test';
import { test, expect, waitForMapIdle, cityOpener, clickFadingControl } from './helpers';

/** Whether the page's title (its h1) takes one line: less than 1.6 times its font size tall. */
const titleOnOneLine = (page: Page) =>
  page.getByRole('heading', { level: 1 }).evaluate((h) => h.getBoundingClientRect().height < 1.6 * Number.parseFloat(getComputedStyle(h).fontSize));

// On a phone the header used to stack the title, the subtitle and every tool in narrow columns
// ("MPP" and "Atlas" on two lines), ~210 px tall before the map began.
for (const lang of ['en', 'es'] as const) {
  test(`on a 390 × 844 phone (${lang}) the header is compact, nothing overflows sideways and the map fills the first screen`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/?date=2019-08-15&lang=${lang}`);
    await waitForMapIdle(page);

    expect(await titleOnOneLine(page), 'the title on one line').toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), 'no sideways scrolling').toBeLessThanOrEqual(390);

    // Every tool and both languages are on screen, none cut off at the edge.
    const controls = page.locator('header.masthead').getByRole('button').or(page.locator('header.masthead').getByRole('link'));
    expect(await controls.count()).toBeGreaterThanOrEqual(5);
    for (const control of await controls.all()) await expect(control).toBeInViewport({ ratio: 1 });

    const header = (await page.locator('header.masthead').boundingBox())!;
    const map = (await page.getByTestId('map').boundingBox())!;
    expect(map.y).toBeGreaterThanOrEqual(header.y + header.height - 0.5);
    expect(844 - map.y, 'map visible on the first screen').toBeGreaterThanOrEqual(0.7 * 844);
  });
}

// Presenting on a phone kept the projector's 125 % type: the title and subtitle took five lines and
// the map ~390 px of the screen. On a phone the type stays as it is.
test('presenting on a phone keeps the title on one line and most of the screen for the map', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?briefing=default&chapter=3&present=1');
  await waitForMapIdle(page);
  await expect(page.locator('html')).toHaveClass(/presenting/);
  expect(await titleOnOneLine(page), 'the title on one line').toBe(true);
  const map = (await page.getByTestId('map').boundingBox())!;
  expect(map.y, 'the map starts in the upper quarter').toBeLessThan(0.25 * 844);
});

/** How the city panel's box is placed: 'fixed' as a bottom sheet over the map, 'static' after it. */
const sheetPosition = (panel: Locator) => panel.evaluate((p) => getComputedStyle(p.closest('aside')!).position);

// A briefing link opened on a phone (shared by email after a briefing): the chapter opens a city by
// itself, and as a bottom sheet taking the focus it covered the caption and the map. A link copied
// during a briefing also names the city (?city=), which the page knows before the briefing loads.
for (const link of ['/?briefing=default&chapter=7', '/?briefing=default&chapter=7&city=matamoros&date=2020-01-26']) {
  test(`a briefing chapter on a phone shows its caption and map first, with the city panel after them (${link})`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(link);
    await waitForMapIdle(page);
    const caption = page.getByTestId('chapter-caption');
    const panel = page.getByTestId('city-panel');
    await expect(panel.getByRole('heading', { level: 2, name: 'Matamoros' })).toBeAttached();
    await expect(caption).toBeInViewport({ ratio: 1 });
    expect(await page.evaluate(() => window.scrollY), 'the page did not scroll to the panel').toBe(0);
    expect(await panel.evaluate((p) => p.contains(document.activeElement)), 'the panel did not take the focus').toBe(false);
    expect(await sheetPosition(panel)).toBe('static');
    const [captionBox, panelBox, mapBox] = await Promise.all([caption.boundingBox(), panel.boundingBox(), page.getByTestId('map').boundingBox()]);
    // The caption follows the map rather than covering most of it, and the panel follows the caption.
    expect(captionBox!.y, 'the caption comes after the map').toBeGreaterThanOrEqual(mapBox!.y + mapBox!.height - 0.5);
    expect(panelBox!.y, 'the panel comes after the caption').toBeGreaterThanOrEqual(captionBox!.y + captionBox!.height - 0.5);

    // Closing the briefing: the focus goes to the button that starts one (not lost with the caption).
    await clickFadingControl(page, page.getByTestId('chapter-close'));
    await expect(caption).toHaveCount(0);
    await expect(page.getByTestId('start-briefing')).toBeFocused();
  });
}

test('on a phone, a city the reader opens is a sheet that takes the focus, during a briefing too', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const panel = page.getByTestId('city-panel');
  await page.goto('/?city=matamoros');
  await expect(panel.getByRole('heading', { level: 2, name: 'Matamoros' })).toBeFocused();
  expect(await sheetPosition(panel)).toBe('fixed');

  // Chapter 1 opens no city; the reader opens one from the list.
  await page.goto('/?briefing=default&chapter=1');
  await waitForMapIdle(page);
  await expect(page.getByTestId('chapter-caption')).toHaveAttribute('data-chapter', '1');
  await cityOpener(page, 'tijuana').click();
  await expect(panel.getByRole('heading', { level: 2, name: 'Tijuana' })).toBeFocused();
  expect(await sheetPosition(panel)).toBe('fixed');
});
