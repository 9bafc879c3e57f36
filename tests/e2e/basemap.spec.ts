import { test, expect, waitForMapIdle, forbidExternalRequests } from './helpers';
import { rectOf, rectsOverlap } from './mapGeometry';

test('the border map loads from the local server alone, reaches idle and is screenshotted', async ({ page, baseURL }) => {
  const outside = forbidExternalRequests(page, baseURL!);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/');
  await waitForMapIdle(page);

  // The basemap layers are all on the map, in their declared order.
  const layerIds = await page.evaluate(() => window.__mppMap!.getStyle().layers.map((l) => l.id));
  const { LAYER_ORDER } = await import('../../src/lib/map/layerOrder');
  expect(layerIds).toEqual([...LAYER_ORDER]);
  // The camera frames the whole border, Tijuana to Matamoros.
  const bounds = await page.evaluate(() => window.__mppMap!.getBounds().toArray());
  expect(bounds[0][0]).toBeLessThan(-117.1);
  expect(bounds[1][0]).toBeGreaterThan(-97.4);

  await page.screenshot({ path: 'test-results/basemap-en.png' });
  expect(outside).toEqual([]);
  expect(errors).toEqual([]);
});

test('nothing is requested from another host, even with every outside address blocked', async ({ page, context, baseURL }) => {
  const blocked: string[] = [];
  await context.route(
    (url) => !url.href.startsWith(baseURL!),
    (route) => {
      blocked.push(route.request().url());
      return route.abort('blockedbyclient');
    }
  );
  await page.goto('/?lang=es');
  await waitForMapIdle(page);
  // Labels are drawn with the shipped font: the map asked for a font file from this server.
  const fontRequests = await page.evaluate(() =>
    performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.woff2')).map((e) => new URL(e.name).origin)
  );
  expect(fontRequests.length).toBeGreaterThan(0);
  expect(new Set(fontRequests)).toEqual(new Set([new URL(baseURL!).origin]));
  expect(blocked).toEqual([]);
});

test('the map canvas has an accessible name in the current language', async ({ page }) => {
  await page.goto('/?lang=es');
  await waitForMapIdle(page);
  await expect(page.locator('canvas.maplibregl-canvas')).toHaveAttribute('aria-label', /Mapa de la región fronteriza/);
});

test('layers of one type share one shader (each extra one slows the first frames)', async ({ page }) => {
  await page.goto('/?date=2020-01-15');
  await waitForMapIdle(page);
  // MapLibre compiles one shader per layer type and per mix of constant and per-feature paint
  // properties; `perFeature` in src/lib/map/style.ts gives layers of one type the same mix. The
  // program cache is MapLibre's internal: if an upgrade renames it, this test says so first.
  const keys = await page.evaluate(() => Object.keys((window.__mppMap as unknown as { painter: { programCache: { programs: object } } }).painter.programCache.programs));
  const byShader: Record<string, string[]> = {};
  for (const key of keys) (byShader[key.split('/')[0]!] ??= []).push(key);
  expect(byShader.fill, 'fill layers').toHaveLength(1);
  expect(byShader.fillOutline, 'fill outlines').toHaveLength(1);
  expect(byShader.circle, 'circle layers').toHaveLength(1);
  // Lines: the basemap's constant ones and the app's per-feature ones; dashed lines have their own.
  expect(byShader.line, 'line layers').toHaveLength(2);
  // Symbols: text (all labels) and icons (city markers, port–city links).
  expect(byShader.symbolSDF, 'symbol layers').toHaveLength(2);
  expect(keys.length).toBeLessThanOrEqual(11);
});

test('the first frame painted is the finished map, not a half-built one', async ({ page }) => {
  // Every WebGL draw call is counted, with whether all the map's data had loaded by then.
  // firstPaint.ts holds painting back until it has, or for at most 2.5 s (a slow machine may get there).
  await page.addInitScript(() => {
    type Gl = Record<'drawElements' | 'drawArrays', (...args: unknown[]) => unknown>;
    const record = {
      draws: 0,
      earlyDraws: 0,
      firstEarlyDrawAfterMs: null as number | null,
      // What the map's status line said when the first frame was drawn (read then, not later: on a
      // fast machine the map is finished before the test could look).
      statusAtFirstDraw: undefined as string | null | undefined
    };
    (window as unknown as { __paintRecord: typeof record }).__paintRecord = record;
    let value: unknown;
    Object.defineProperty(window, '__mppMap', {
      configurable: true,
      get: () => value,
      set(map) {
        value = map;
        const gl = map?.painter?.context?.gl as Gl | undefined;
        if (!gl) return;
        const madeAt = performance.now();
        for (const name of ['drawElements', 'drawArrays'] as const) {
          const original = gl[name];
          gl[name] = function (this: unknown, ...args: unknown[]) {
            if (record.draws === 0) {
              record.statusAtFirstDraw =
                document.querySelector('[data-testid="map"] [role="status"]')?.textContent?.trim() ?? null;
            }
            record.draws += 1;
            if (!map.isStyleLoaded()) {
              record.earlyDraws += 1;
              record.firstEarlyDrawAfterMs ??= performance.now() - madeAt;
            }
            return original.apply(this, args);
          };
        }
      }
    });
  });
  await page.goto('/');
  await waitForMapIdle(page);
  const record = await page.evaluate(
    () =>
      (window as unknown as {
        __paintRecord: { draws: number; earlyDraws: number; firstEarlyDrawAfterMs: number | null; statusAtFirstDraw?: string | null };
      }).__paintRecord
  );
  expect(record.draws).toBeGreaterThan(0);
  // Until the first frame, the map says it is loading; once it is drawn, it no longer does.
  expect(record.statusAtFirstDraw).toBe('Loading the map…');
  await expect(page.getByTestId('map').getByRole('status')).toHaveCount(0);
  if (record.earlyDraws > 0) expect(record.firstEarlyDrawAfterMs).toBeGreaterThanOrEqual(2500);
});

// The Mexican border states are what the advisory colours are about; Tamaulipas ("Do not travel" for
// most of MPP) sits at the map's bottom edge, where the attribution box used to hide its name. Nuevo
// León is left out: its name gives way to Monterrey's marker and name, as place labels outrank states'.
const BORDER_STATES = ['MX-BCN', 'MX-SON', 'MX-CHH', 'MX-COA', 'MX-TAM'];
for (const [width, height] of [
  [1440, 900],
  [1366, 768],
  [1920, 1080]
] as const) {
  test(`the opening view at ${width}×${height} names every Mexican border state, clear of the map's own boxes`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto('/');
    await waitForMapIdle(page);
    const labels = await page.evaluate(() => {
      const map = window.__mppMap!;
      const canvas = map.getCanvas().getBoundingClientRect();
      return map.queryRenderedFeatures({ layers: ['state-labels'] }).map((f) => {
        const { x, y } = map.project((f.geometry as GeoJSON.Point).coordinates as [number, number]);
        // The name's half width, generously (0.65 em a letter at the layer's largest size here, 14 px),
        // and half its height: MapLibre also places names cut by the canvas edge.
        const [halfWidth, halfHeight] = [(String(f.properties.nameEn).length * 14 * 0.65) / 2, 8];
        const inside = x > halfWidth && x < canvas.width - halfWidth && y > halfHeight && y < canvas.height - halfHeight;
        return { iso: String(f.properties.iso), x: canvas.left + x, y: canvas.top + y, halfWidth, halfHeight, inside };
      });
    });
    // The boxes drawn over the map canvas: the attribution line and the zoom buttons.
    const boxes = await Promise.all(['.map-attribution', '.map-controls'].map((s) => page.locator(s).boundingBox()));
    for (const iso of BORDER_STATES) {
      const label = labels.find((l) => l.iso === iso);
      expect(label, `${iso} is labelled`).toBeDefined();
      expect(label!.inside, `${iso}'s name is inside the map`).toBe(true);
      // The whole name, not only its centre, clear of each box.
      const { x, y, halfWidth, halfHeight } = label!;
      const name = { left: x - halfWidth, right: x + halfWidth, top: y - halfHeight, bottom: y + halfHeight, width: 2 * halfWidth, height: 2 * halfHeight };
      const covered = boxes.some((b) => b && rectsOverlap(name, rectOf(b)));
      expect(covered, `${iso}'s name is under a box drawn over the map`).toBe(false);
    }
  });
}
