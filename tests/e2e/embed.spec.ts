// The embed: the "Embed this view" code pasted into a page on another origin, the map inside it
// moved with its own timeline, and nothing fetched from anywhere but the atlas's own server.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Page } from '@playwright/test';
import { test, expect, waitForMapIdle } from './helpers';
import { startServer } from '../../bench/server.mjs';

let host: Awaited<ReturnType<typeof startServer>>;
let hostDir = '';
test.beforeAll(async () => {
  hostDir = mkdtempSync(join(tmpdir(), 'mpp-host-'));
  host = await startServer(hostDir);
});
test.afterAll(async () => {
  await host?.close();
  rmSync(hostDir, { recursive: true, force: true });
});

/** A partner's article with the snippet in it, served from the second origin (open it with the main
 *  frame's goto: the helpers' page.goto waits for the atlas's hydration, which a plain page has not). */
function hostPage(name: string, snippet: string, width = 640): string {
  writeFileSync(join(hostDir, `${name}.html`), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A partner's article</title></head><body><h1>An article</h1><p>Before the map.</p><div style="width:${width}px">${snippet}</div><p>After the map.</p></body></html>`);
  return `${host.url}/${name}.html`;
}

async function embedFrame(page: Page): Promise<Frame> {
  const handle = await page.locator('iframe').elementHandle();
  const frame = (await handle!.contentFrame())!;
  await frame.locator('html[data-hydrated]').waitFor({ state: 'attached' });
  await expect(frame.getByTestId('map')).toHaveAttribute('data-map-state', 'idle');
  return frame;
}

test('the embed code of a view, pasted into a page on another origin, shows that view and its timeline moves the map', async ({ page, browser, baseURL }) => {
  // The code, as a reader copies it from the full atlas.
  await page.goto('/?date=2020-01-15&city=matamoros&lang=es');
  await waitForMapIdle(page);
  await page.getByTestId('embed-view').click();
  const snippet = await page.getByTestId('embed-snippet').inputValue();
  expect(snippet).toContain(`src="${baseURL}/embed/?date=2020-01-15&amp;city=matamoros&amp;lang=es"`);
  await expect(page.getByTestId('embed-height')).toHaveAttribute('data-height', '600');
  await page.keyboard.press('Escape');

  // A reader of the article who never visited the atlas (a browser profile of their own).
  const reader = await browser.newPage();

  const appOrigin = new URL(baseURL!).origin;
  const outside: string[] = [];
  reader.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (request.frame() !== reader.mainFrame() && new URL(url).origin !== appOrigin) outside.push(url);
  });
  await reader.mainFrame().goto(hostPage('article', snippet));
  const frame = await embedFrame(reader);
  // The view of the code: date, city and language; no masthead, footer, panel or offline copy.
  await expect(frame.getByTestId('date-label')).toHaveAttribute('data-date', '2020-01-15');
  await expect(frame.locator('html')).toHaveAttribute('lang', 'es');
  await expect(frame.getByTestId('embed')).toHaveAttribute('data-mode', 'embed');
  expect(await frame.locator('header, footer, [data-testid="city-panel"]').count()).toBe(0);
  expect(await frame.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);
  // It took no focus from the article.
  expect(await reader.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
  // The link to the full atlas carries the same view.
  expect(await frame.getByTestId('open-full').getAttribute('href')).toMatch(/\/\?date=2020-01-15&city=matamoros&lang=es$/);

  // Its own timeline moves its map: Brownsville is returning people to Mexico in January 2020, and
  // not on the timeline's first day, before MPP reached it (geodata/mpp/ports.json).
  const brownsville = () => frame.evaluate(() => window.__mppMap!.getFeatureState({ source: 'places', id: 'brownsville' }).stage);
  await expect.poll(brownsville).toBe('mpp1');
  await frame.getByTestId('date-slider').focus();
  await reader.keyboard.press('Home');
  await expect(frame.getByTestId('date-label')).toHaveAttribute('data-date', '2018-12-20');
  await expect.poll(brownsville).not.toBe('mpp1');
  expect(outside).toEqual([]);
  await reader.close();
});

test('only the embed may be framed by another site', async ({ request }) => {
  const policy = async (path: string) => (await request.get(path)).headers()['content-security-policy'] ?? '';
  expect(await policy('/embed/')).toContain('frame-ancestors *');
  for (const path of ['/', '/sources/', '/presenter/', '/cities/matamoros/']) expect(await policy(path), path).toContain("frame-ancestors 'none'");
});

for (const [width, height] of [
  [320, 400],
  [320, 800],
  [640, 480]
] as const) {
  test(`the embed fits a ${width} × ${height} frame: map, legend and timeline in view`, async ({ page, baseURL }) => {
    await page.setViewportSize({ width: width + 40, height: height + 200 });
    await page.mainFrame().goto(hostPage(`frame-${width}x${height}`, `<iframe src="${baseURL}/embed/?date=2019-08-01" title="MPP Atlas" width="${width}" height="${height}" style="border:0"></iframe>`, width));
    const frame = await embedFrame(page);
    const boxes = await frame.evaluate(() =>
      Object.fromEntries(['map', 'legend', 'timeline'].map((id) => [id, document.querySelector(`[data-testid="${id}"]`)!.getBoundingClientRect().toJSON()]))
    );
    for (const [id, b] of Object.entries(boxes)) {
      expect(b.left >= -0.5 && b.right <= width + 0.5 && b.top >= -0.5 && b.bottom <= height + 0.5, `${id} inside the frame: ${JSON.stringify(b)}`).toBe(true);
    }
    expect(boxes.map!.height).toBeGreaterThanOrEqual(140);
    expect(boxes.map!.bottom).toBeLessThanOrEqual(boxes.legend!.top + 0.5);
    expect(boxes.legend!.bottom).toBeLessThanOrEqual(boxes.timeline!.top + 0.5);
    await page.locator('iframe').screenshot({ path: `test-results/embed-${width}x${height}.png` });
  });
}

test('an embed of a briefing chapter shows the chapter and moves with its arrows', async ({ page, baseURL }) => {
  await page.mainFrame().goto(hostPage('briefing', `<iframe src="${baseURL}/embed/?briefing=default&chapter=3&lang=es" title="MPP Atlas" width="900" height="720" style="border:0"></iframe>`, 900));
  const frame = await embedFrame(page);
  await expect(frame.getByTestId('chapter-caption')).toHaveAttribute('data-chapter', '3');
  await frame.getByTestId('chapter-next').click();
  await expect(frame.getByTestId('chapter-caption')).toHaveAttribute('data-chapter', '4');
  await page.locator('iframe').screenshot({ path: 'test-results/embed-briefing.png' });
});
