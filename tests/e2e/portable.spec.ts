// The portable atlas (build/mpp-atlas.html, written by `npm run build`): one file opened from disk,
// with no server and every request outside the file refused.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, waitForMapIdle, defaultBriefing, portStatus, cityOpener, inspectPng, clickFadingControl, platformFontsOf } from './helpers';

const FILE = pathToFileURL(resolve('build/mpp-atlas.html')).href;
const briefing = defaultBriefing();

/** Refuses every request but the file itself and what it makes in memory; returns what was tried. */
async function offlineFromDisk(context: BrowserContext): Promise<string[]> {
  const tried: string[] = [];
  await context.route('**/*', (route) => (route.request().url().split(/[?#]/)[0] === FILE ? route.continue() : route.abort('internetdisconnected')));
  context.on('request', (request) => {
    const url = request.url();
    if (!/^(data|blob):/.test(url) && url.split(/[?#]/)[0] !== FILE) tried.push(url);
  });
  return tried;
}

/** What the map draws over a few pixels inside Baja California, as PNG bytes. */
async function pixelsInBaja(page: Page): Promise<Buffer> {
  const { x, y } = await page.evaluate(() => window.__mppMap!.project([-115.2, 30.4]));
  const box = (await page.getByTestId('map').locator('canvas').boundingBox())!;
  return page.screenshot({ clip: { x: box.x + x, y: box.y + y, width: 4, height: 4 } });
}

test('the portable atlas draws the map on two dates, opens a city and advances a briefing from disk, offline', async ({ page, context }) => {
  const tried = await offlineFromDisk(context);
  await page.goto(`${FILE}?date=2021-03-01`);
  await waitForMapIdle(page);
  await expect(page.getByTestId('date-label')).toHaveAttribute('data-date', '2021-03-01');
  await expect(portStatus(page, 'el-paso')).toHaveAttribute('data-status', 'winddown');
  expect(await page.evaluate(() => window.__mppMap!.getFeatureState({ source: 'states', id: 'MX-BCN' }).level)).toBe(2);
  const before = await pixelsInBaja(page);

  // A second date, from the timeline's keys: the map and the summary follow.
  await page.getByTestId('date-slider').focus();
  await page.keyboard.press('End');
  await expect(page.getByTestId('date-label')).not.toHaveAttribute('data-date', '2021-03-01');
  const end = await page.getByTestId('date-label').getAttribute('data-date');
  expect(end! > '2022-08-01').toBe(true);
  await waitForMapIdle(page);
  await expect(portStatus(page, 'el-paso')).toHaveAttribute('data-status', 'inactive');
  expect(await page.evaluate(() => window.__mppMap!.getFeatureState({ source: 'states', id: 'MX-BCN' }).level)).toBe(3);
  expect((await pixelsInBaja(page)).equals(before)).toBe(false);

  // A city panel, from the list.
  await cityOpener(page, 'matamoros').click();
  await expect(page.getByTestId('city-panel')).toHaveAttribute('data-city', 'matamoros');
  await expect(page.getByTestId('city-panel')).toContainText('Matamoros');
  await page.keyboard.press('Escape');

  // The shipped briefing, with the clicker's key.
  await clickFadingControl(page, page.getByTestId('start-briefing'));
  await expect(page.getByTestId('chapter-caption')).toHaveAttribute('data-chapter', '1');
  await page.keyboard.press('PageDown');
  await expect(page.getByTestId('chapter-caption')).toHaveAttribute('data-chapter', '2');
  await expect(page.getByTestId('date-label')).toHaveAttribute('data-date', briefing.chapters[1]!.date);

  // The presenter view cannot open from a file: the speaker is told so, and what works.
  await page.keyboard.press('s');
  await expect(page.getByTestId('portable-presenter')).toContainText('second window');
  expect(context.pages()).toHaveLength(1);

  expect(tried).toEqual([]);
});

test('the portable atlas opens a briefing file, and saves an image of the map', async ({ page, context }) => {
  const tried = await offlineFromDisk(context);
  await page.goto(`${FILE}?date=2020-01-15&city=matamoros`);
  await waitForMapIdle(page);
  // The footer says what this file is, in place of links to pages it does not have.
  await expect(page.getByTestId('portable-note')).toBeVisible();
  await expect(page.getByTestId('sources-link')).toHaveCount(0);
  await expect(page.getByTestId('fact-sheet-link')).toHaveCount(0);
  const own = JSON.parse(readFileSync('geodata/briefings/default.json', 'utf8')) as { id: string; chapters: unknown[] };
  own.id = 'from-a-usb-stick';
  own.chapters = own.chapters.slice(2, 5);
  await page.getByTestId('import-briefing').setInputFiles({ name: 'talk.briefing.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(own)) });
  await expect(page.getByTestId('chapter-caption')).toHaveAttribute('data-chapter', '1');
  await page.keyboard.press('PageDown');
  await expect(page.getByTestId('chapter-caption')).toHaveAttribute('data-chapter', '2');

  const download = page.waitForEvent('download');
  await clickFadingControl(page, page.getByTestId('export'));
  const png = readFileSync((await (await download).path())!);
  const image = inspectPng(png);
  expect(image.width).toBeGreaterThan(1000);
  expect(image.colours).toBeGreaterThan(20);

  expect(tried).toEqual([]);
});

test('the portable atlas works in Spanish', async ({ page, context }) => {
  await offlineFromDisk(context);
  await page.goto(`${FILE}?lang=es&date=2019-08-01`);
  await waitForMapIdle(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByTestId('portable-note')).toContainText('Atlas portátil');
  await expect(portStatus(page, 'laredo')).toHaveAttribute('data-status', 'mpp1');
});

// Its fonts are inside it: the page's text is set in them, not in the system's sans (the fonts used
// to be ready too late for `font-display: optional`, and the file stayed in the fallback).
test('the portable atlas sets its text in its own Noto Sans, from disk', async ({ page, context }) => {
  await offlineFromDisk(context);
  await page.goto(FILE);
  await waitForMapIdle(page);
  for (const selector of ['h1', '[data-testid="date-label"]', '[data-testid="portable-note"]']) {
    expect(await platformFontsOf(page, selector), selector).toEqual([expect.stringMatching(/^Noto Sans/)]);
  }
});

test('the Data and sources page offers the portable atlas for download', async ({ page }) => {
  await page.goto('/sources/');
  const download = page.waitForEvent('download');
  await page.getByTestId('portable-download').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('mpp-atlas.html');
  const bytes = readFileSync((await file.path())!);
  expect(bytes.length).toBeGreaterThan(1024 * 1024);
  expect(bytes.length).toBeLessThanOrEqual(3 * 1024 * 1024);
  expect(bytes.equals(readFileSync('build/mpp-atlas.html'))).toBe(true);
});
