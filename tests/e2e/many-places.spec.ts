import { test, expect, buildSiteCopy, holdChunkUntilReleased, maplibreChunk } from './helpers';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { startServer } from '../../bench/server.mjs';

// The app built from the benchmark's dataset with 2,000 extra places (bench/generate-10x.mjs): the
// city list then has 21 blocks of rows, of which the page's HTML carries the first
// (src/lib/city/CityList.svelte).
test.describe('with two thousand places more', () => {
  test.describe.configure({ mode: 'serial' });
  const DATA_DIR = 'test-results/many-places-data';
  const BUILD_DIR = 'test-results/many-places-build';
  let site: Awaited<ReturnType<typeof startServer>>;
  let cities: { id: string; name: { en: string } }[] = [];

  test.beforeAll(async () => {
    test.setTimeout(240_000);
    execFileSync('node', ['bench/generate-10x.mjs', DATA_DIR], { stdio: 'pipe' });
    cities = JSON.parse(readFileSync(`${DATA_DIR}/cities.json`, 'utf8'));
    site = await startServer(buildSiteCopy(BUILD_DIR, { MPP_DATA_DIR: DATA_DIR }));
  });
  test.afterAll(async () => {
    await site?.close();
  });

  test('the page carries the first block of the city list, and the app fills in the others as one list', async ({ page, request }) => {
    expect(cities.length).toBeGreaterThan(2000);
    const html = await (await request.get(`${site.url}/`)).text();
    const blocks = Math.ceil(cities.length / 100);
    expect(html.match(/data-testid="city-block"/g)).toHaveLength(blocks);
    expect(html.match(/role="listitem"/g)).toHaveLength(100);

    await page.goto(`${site.url}/?date=2020-01-15`);
    const region = page.getByRole('region', { name: 'Cities' });
    const items = region.getByRole('list').getByRole('listitem');
    await expect(items).toHaveCount(cities.length, { timeout: 30_000 });
    await expect(region.getByRole('list')).toHaveCount(1);
    await expect(region.getByTestId('open-city')).toHaveCount(cities.length);
    await expect(page.locator('[data-testid="city-block"].pending')).toHaveCount(0);
    // The list keeps the data's order, and its last city opens like the first.
    const last = cities.at(-1)!;
    await expect(items.last().getByRole('button')).toHaveAccessibleName(new RegExp(last.name.en));
    await items.last().getByRole('button').click();
    await expect(page.getByTestId('city-panel')).toHaveAttribute('data-city', last.id);
    // Closed, the panel gives the focus back to that row: the list comes back filled.
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('city-panel')).toHaveCount(0);
    await expect(page.locator(`[data-testid="open-city"][data-city="${last.id}"]`)).toBeFocused();
  });

  test('the list fills in its later rows only once the map has drawn', async ({ page }) => {
    const blocks = Math.ceil(cities.length / 100);
    const maplibre = await holdChunkUntilReleased(page, maplibreChunk);
    await page.goto(`${site.url}/`);
    await page.waitForFunction(() => typeof window.__mppSetDate === 'function');
    // Idle moments pass while MapLibre is held back: each used to fill a block.
    await page.evaluate(() => new Promise((done) => requestIdleCallback(() => requestIdleCallback(() => requestIdleCallback(done)))));
    const pending = page.locator('[data-testid="city-block"].pending');
    await expect(pending).toHaveCount(blocks - 1);
    await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', 'loading');
    maplibre.release();
    await expect(pending).toHaveCount(0, { timeout: 30_000 });
  });
});
