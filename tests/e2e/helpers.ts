import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { inflateSync } from 'node:zlib';

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

/** The built chunk that carries MapLibre's code (the largest, and the only one with its CSS class names). */
const CHUNKS = 'build/_app/immutable/chunks';
export const maplibreChunk = readdirSync(CHUNKS).find((f) => f.endsWith('.js') && statSync(`${CHUNKS}/${f}`).size > 300_000 && readFileSync(`${CHUNKS}/${f}`, 'utf8').includes('maplibregl-'));
/** The chunk the map page imports when a briefing starts (BriefingMode.svelte: the only one with its draft-missing hook). */
export const briefingModeChunk = readdirSync(CHUNKS).find((f) => f.endsWith('.js') && readFileSync(`${CHUNKS}/${f}`, 'utf8').includes('data-testid="draft-missing"'));

/**
 * Clicks a control that fades while presenting (2.5 s without input, present/fading.svelte.ts) as a
 * speaker does: the mouse moves onto it first, which brings it back. Moving onto the spot the mouse
 * is already on fires no event, so it moves there from a pixel away. Only the checks are retried
 * (a trial click) in case the fade returns first; the click itself is made once, since on a loaded
 * machine it can take seconds to be acknowledged.
 */
export async function clickFadingControl(page: Page, control: Locator): Promise<void> {
  await expect(async () => {
    const box = (await control.boundingBox())!;
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    await page.mouse.move(x + 1, y + 1);
    await page.mouse.move(x, y);
    await control.click({ trial: true, timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await control.click();
}

/**
 * Holds MapLibre's code back for the rest of the page's life, for a test of what the page says
 * rather than what the map draws: each load then costs the page alone, not a WebGL start in
 * software. The map stays on its first-paint picture.
 */
export async function holdBackMapLibre(page: Page): Promise<void> {
  expect(maplibreChunk).toBeTruthy();
  await page.route(`**/chunks/${maplibreChunk}`, () => new Promise<void>(() => {}));
}

/**
 * Holds a chunk back until the returned function is called, so a test can look at the page as it
 * stands before that code arrives, however quick the machine. Resolves to the release function and
 * a count of the requests held.
 */
export async function holdChunkUntilReleased(page: Page, chunk: string | undefined): Promise<{ release: () => void; held: () => number }> {
  expect(chunk).toBeTruthy();
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let held = 0;
  await page.route(`**/chunks/${chunk}`, async (route) => {
    held++;
    await released;
    await route.continue();
  });
  return { release, held: () => held };
}

/** The families the browser really drew `selector`'s text in (not what CSS asked for). */
export async function platformFontsOf(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    return fonts.map((font) => font.familyName);
  } finally {
    await cdp.detach();
  }
}

/** Whether the text of `selectors` is drawn in the atlas's Noto Sans alone (one not drawn, as the
 *  masthead while presenting, has no fonts and counts for neither). */
export async function inAtlasFonts(page: Page, selectors: readonly string[]): Promise<boolean> {
  const families = (await Promise.all(selectors.map((selector) => platformFontsOf(page, selector)))).flat();
  return families.length > 0 && families.every((family) => family.startsWith('Noto Sans'));
}

/**
 * Opens `url` in the atlas's own fonts. They are `optional`: on a loaded machine a visit can be drawn
 * in the fallback font for good, which sets text wider, even when the fonts are already in the cache.
 * A check of what fits where visits once, so that the fonts are cached, then reloads until the page's
 * heading and date are drawn in Noto Sans (as the browser reports it), a few times at most.
 */
export async function gotoInAtlasFonts(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.evaluate(() => document.fonts.ready);
  const drawn = ['h1', '[data-testid="date-label"]'];
  for (let attempt = 0; attempt < 4; attempt++) {
    await page.reload();
    await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
    if (await inAtlasFonts(page, drawn)) return;
  }
  throw new Error(`${url} stayed in the fallback font over four reloads`);
}

/** Waits until MapLibre has loaded the style, drawn every source and fired `idle`. */
export async function waitForMapIdle(page: Page): Promise<void> {
  await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', 'idle');
  await page.waitForFunction(() => {
    const map = window.__mppMap;
    return Boolean(map && map.loaded() && map.areTilesLoaded() && map.getLayer('country-labels'));
  });
}

/** Waits until a chapter's camera has landed: its flight takes 1.6 s, and it may set off again once
 *  the caption has been measured or the map has changed size. */
export async function cameraLanded(page: Page): Promise<void> {
  await page.waitForTimeout(400);
  await page.waitForFunction(() => !window.__mppMap!.isMoving(), null, { timeout: 10_000 });
}

/** The map's zoom now. */
export const mapZoom = (page: Page): Promise<number> => page.evaluate(() => window.__mppMap!.getZoom());

export type BriefingFile = { chapters: { id: string; date: string; camera: unknown; city: string | null; ports: string[] }[] };

/** The default briefing, read from its source file (geodata/briefings/default.json). */
export const defaultBriefing = (): BriefingFile => JSON.parse(readFileSync('geodata/briefings/default.json', 'utf8')) as BriefingFile;

/** A port's line in the summary (its data-status is the port's stage on the date shown). */
export const portStatus = (page: Page, port: string) => page.locator(`[data-testid="port-status"][data-port="${port}"]`);

/** The button in the list of cities that opens a city's panel. */
export const cityOpener = (page: Page, city: string) => page.locator(`[data-testid="open-city"][data-city="${city}"]`);

/** Width, height and a rough count of distinct colours of a PNG (8-bit RGBA, no interlace). */
export function inspectPng(buf: Buffer) {
  const width = buf.readUInt32BE(16);
  const height = buf.readUInt32BE(20);
  const chunks: Buffer[] = [];
  for (let i = 8; i < buf.length; ) {
    const len = buf.readUInt32BE(i);
    if (buf.toString('ascii', i + 4, i + 8) === 'IDAT') chunks.push(buf.subarray(i + 8, i + 8 + len));
    i += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(chunks));
  const colours = new Set<number>();
  for (let i = 1; i < raw.length; i += 4 * 97 + 1) colours.add(raw.readUInt32BE(i));
  return { width, height, colours: colours.size };
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

/**
 * Builds another copy of the app into `dir` (MPP_BUILD_DIR), leaving build/ alone, with the
 * environment given (MPP_DATA_DIR for other data, BASE_PATH for a sub-path). Returns its site folder.
 */
export function buildSiteCopy(dir: string, env: Record<string, string>): string {
  rmSync(dir, { recursive: true, force: true });
  execFileSync('npx', ['vite', 'build'], { env: { ...process.env, ...env, MPP_BUILD_DIR: dir }, stdio: 'pipe' });
  return `${dir}/site`;
}

/** The colour [r, g, b] the page shows at a point of the viewport, read from a screenshot. */
export async function colourAt(page: Page, x: number, y: number): Promise<[number, number, number]> {
  const png = await page.screenshot({ clip: { x: Math.round(x) - 1, y: Math.round(y) - 1, width: 3, height: 3 } });
  // Decoded in a blank page of the same browser: the app's own page allows no data: images.
  const reader = await page.context().newPage();
  try {
    return await reader.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const [r, g, b] = context.getImageData(Math.floor(image.width / 2), Math.floor(image.height / 2), 1, 1).data;
      return [r!, g!, b!] as [number, number, number];
    }, png.toString('base64'));
  } finally {
    await reader.close();
  }
}

/** How far apart two colours are (the largest difference of a channel). */
export const colourDistance = (a: readonly number[], hex: string) =>
  Math.max(...[0, 1, 2].map((i) => Math.abs(a[i]! - parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16))));
