// The build runs from any static server: Python's http.server (which many people have, and which
// adds no `.html` to a path), and under a sub-path (BASE_PATH=/atlas, as on GitHub Pages).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import type { Page } from '@playwright/test';
import { test, expect, waitForMapIdle, forbidExternalRequests, buildSiteCopy } from './helpers';
import { startServer } from '../../bench/server.mjs';

/** Every kind of page and file the site has, and what shows it arrived whole. */
async function openEveryRoute(page: Page, root: string) {
  const outside = forbidExternalRequests(page, new URL(root).origin);
  await page.goto(`${root}/?date=2020-01-15`);
  await waitForMapIdle(page);
  await expect(page.locator('[data-testid="port-status"][data-port="brownsville"]')).toHaveAttribute('data-status', 'mpp1');
  // The links as a reader follows them.
  await page.getByTestId('sources-link').click();
  await expect(page.getByTestId('source').first()).toBeVisible();
  const csv = await page.request.get(await page.getByTestId('open-data-file').first().getAttribute('href').then((href) => new URL(href!, page.url()).href));
  expect(csv.status()).toBe(200);
  expect((await csv.body()).length).toBeGreaterThan(100);
  // Typed without their slash, as people type them.
  for (const [path, hook] of [
    ['/sources', 'source'],
    ['/cities/matamoros?date=2019-09-01', 'fact-sheet'],
    ['/presenter?briefing=default&chapter=2', 'presenter']
  ] as const) {
    await page.goto(`${root}${path}`);
    await expect(page.getByTestId(hook).first(), path).toBeVisible();
  }
  await expect(page.getByTestId('presenter')).toHaveAttribute('data-chapter', '2');
  await expect(page.getByTestId('notes')).not.toBeEmpty();
  await page.goto(`${root}/cities/matamoros/?date=2019-09-01`);
  await expect(page.getByTestId('city-fact').first()).toBeVisible();
  // A briefing, fetched when it starts, and its way back to the map.
  await page.goto(`${root}/?briefing=default&chapter=3`);
  await expect(page.getByTestId('chapter-caption')).toHaveAttribute('data-chapter', '3');
  for (const file of ['/data/ports.geojson', '/data/advisories.csv', '/briefings.json', '/basemap/boundaries.topojson']) {
    expect((await page.request.get(`${root}${file}`)).status(), file).toBe(200);
  }
  expect(outside).toEqual([]);
}

test.describe('python3 -m http.server', () => {
  const PORT = 4191;
  let server: ChildProcess | undefined;
  const python = spawnSync('python3', ['--version']).status === 0;

  test.beforeAll(async () => {
    if (!python) return;
    server = spawn('python3', ['-m', 'http.server', String(PORT), '--bind', '127.0.0.1', '--directory', 'build'], { stdio: 'ignore' });
    for (let tries = 0; tries < 100; tries++) {
      const up = await fetch(`http://127.0.0.1:${PORT}/`).then((r) => r.ok, () => false);
      if (up) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('python3 -m http.server did not start');
  });
  test.afterAll(() => void server?.kill());

  test('serves every page, link and data file of the build', async ({ page }) => {
    test.skip(!python, 'python3 is not installed');
    test.setTimeout(90_000);
    await openEveryRoute(page, `http://127.0.0.1:${PORT}`);
  });
});

test.describe('a build under a sub-path', () => {
  test.describe.configure({ mode: 'serial' });
  const BUILD_DIR = 'test-results/subpath-build';
  let site: Awaited<ReturnType<typeof startServer>>;

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    site = await startServer(buildSiteCopy(BUILD_DIR, { BASE_PATH: '/atlas' }), { prefix: '/atlas' });
  });
  test.afterAll(async () => {
    await site?.close();
  });

  test('serves every page, link and data file from /atlas/, and nothing outside it', async ({ page }) => {
    test.setTimeout(90_000);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await openEveryRoute(page, `${site.url}/atlas`);
    expect(requests.filter((p) => !p.startsWith('/atlas/') && p !== '/atlas')).toEqual([]);
  });
});
