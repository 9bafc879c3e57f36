import type { Page } from '@playwright/test';
import { test, expect, waitForMapIdle } from './helpers';
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { CITY_LABEL, CITY_SQUARE, PAIR_OFFSET, RING, cityLabelSize } from '../../src/lib/map/layers/markerGeometry';
import { PRESENT_SYMBOL_SCALE } from '../../src/lib/map/style';

const briefing = JSON.parse(readFileSync('geodata/briefings/default.json', 'utf8')) as { chapters: { id: string; date: string; city: string | null; ports: string[] }[] };

test('presentation mode: P toggles it, chapters move with Page Down / Page Up and the URL follows', async ({ page }) => {
  await page.goto('/');
  await waitForMapIdle(page);
  await page.keyboard.press('p');
  await expect(page).toHaveURL(/present=1/);
  await expect(page.locator('html')).toHaveClass(/presenting/);
  await page.getByTestId('start-briefing').click();
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

test('the presenter view and the main window follow each other', async ({ page, context }) => {
  await page.goto('/?briefing=default&chapter=2');
  await waitForMapIdle(page);
  const popupPromise = context.waitForEvent('page');
  await page.keyboard.press('s');
  const presenter = await popupPromise;
  await presenter.waitForLoadState();
  await expect(presenter.getByTestId('presenter')).toHaveAttribute('data-chapter', '2');
  await expect(presenter.getByTestId('notes')).not.toBeEmpty();
  await expect(presenter.getByTestId('clock')).toHaveText(/\d\d:\d\d/);
  // Presenter → main.
  await presenter.locator('html[data-hydrated]').waitFor({ state: 'attached' });
  await presenter.getByTestId('presenter-next').click();
  await expect(page).toHaveURL(/chapter=3/);
  await expect(page.getByTestId('chapter-caption')).toHaveAttribute('data-chapter', '3');
  // Main → presenter.
  await page.getByTestId('chapter-next').click();
  await expect(presenter.getByTestId('presenter')).toHaveAttribute('data-chapter', '4');
});

/** Width, height and a rough count of distinct colours of a PNG (8-bit RGBA, no interlace). */
function inspectPng(buf: Buffer) {
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

test('image export saves a PNG of at least 1920×1080 that is not blank', async ({ page }) => {
  await page.goto('/?date=2020-01-15&city=matamoros');
  await waitForMapIdle(page);
  const downloadPromise = page.waitForEvent('download');
  await page.getByTestId('export').click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^mpp-atlas-2020-01-15-matamoros-en\.png$/);
  const png = readFileSync((await download.path())!);
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  const { width, height, colours } = inspectPng(png);
  expect(width).toBeGreaterThanOrEqual(1920);
  expect(height).toBeGreaterThanOrEqual(1080);
  expect(colours).toBeGreaterThan(30);
  await expect(page.getByTestId('export-status')).toHaveText('Image saved.');

  // Afterwards the map takes the screen's pixel ratio again when it is resized (a window moved to a
  // sharper screen and made narrower), instead of keeping the ratio it had before the export.
  const canvasScale = () => page.evaluate(() => {
    const canvas = window.__mppMap!.getCanvas();
    return canvas.width / canvas.clientWidth;
  });
  expect(await canvasScale()).toBe(1);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setDeviceMetricsOverride', { width: 1400, height: 900, deviceScaleFactor: 2, mobile: false });
  await expect.poll(canvasScale).toBe(2);
});

test('after one visit the app works offline, reload included', async ({ page, context }) => {
  await page.goto('/?date=2019-08-01');
  await waitForMapIdle(page);
  // Wait until the service worker has cached the app and controls the page.
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    return registration.active?.state;
  });
  await context.setOffline(true);
  await page.reload();
  await waitForMapIdle(page);
  await expect(page.locator('[data-testid="port-status"][data-port="brownsville"]')).toHaveAttribute('data-status', 'mpp1');
  // A city panel (whose facts load when it first opens) and the other pages still work offline.
  await page.locator('[data-testid="open-city"][data-city="matamoros"]').click();
  await expect(page.getByTestId('city-fact').first()).toBeVisible();
  // The fact sheet link: its in-app navigation data (__data.json) is not precached, so the app
  // falls back to loading the cached page itself.
  await page.getByTestId('fact-sheet-link').click();
  await expect(page.getByTestId('fact-sheet')).toHaveAttribute('data-city', 'matamoros');
  await expect(page.getByTestId('city-fact').first()).toBeVisible();
  await page.goto('/sources');
  await expect(page.getByTestId('source').first()).toBeVisible();
  // A briefing (fetched only when one opens) also works offline.
  await page.goto('/?briefing=default&chapter=2');
  await expect(page.getByTestId('chapter-caption')).toHaveAttribute('data-chapter', '2');
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

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) => a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;

// Projectors and venue laptops are often 1280 × 720 or 1366 × 768. Stacked under the map at 125 %
// type, the legend and the timeline left the map a strip and pushed the timeline below the fold;
// not presenting, at 1280 × 800 they left it 320 px.
for (const [width, height, present] of [
  [1280, 720, true],
  [1366, 768, true],
  [1440, 900, true],
  [1280, 800, false],
  [1366, 768, false]
] as const) {
  const mode = present ? '&present=1' : '';
  test(`${present ? 'presenting' : 'browsing'} on a ${width} × ${height} screen, the map, the legend and the timeline are all in view and apart`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto(`/?date=2020-06-15${mode}`);
    await waitForMapIdle(page);
    const boxes = Object.fromEntries(
      await Promise.all((['map', 'legend', 'timeline'] as const).map(async (id) => [id, (await page.getByTestId(id).boundingBox())!] as const))
    );
    for (const [id, b] of Object.entries(boxes)) {
      expect(b.x >= -0.5 && b.y >= -0.5 && b.x + b.width <= width + 0.5 && b.y + b.height <= height + 0.5, `${id} inside the screen: ${JSON.stringify(b)}`).toBe(true);
    }
    expect(overlap(boxes.map!, boxes.legend!), 'map and legend apart').toBe(false);
    expect(overlap(boxes.map!, boxes.timeline!), 'map and timeline apart').toBe(false);
    expect(boxes.map!.height).toBeGreaterThanOrEqual(0.6 * height);
    // Nothing is drawn over the legend.
    const legendHeading = page.getByTestId('legend').getByRole('heading').first();
    expect(await legendHeading.evaluate((h) => {
      const r = h.getBoundingClientRect();
      return document.elementFromPoint(r.x + 4, r.y + r.height / 2)?.closest('[data-testid="legend"]') !== null;
    })).toBe(true);
    // In view without scrolling.
    await expect(page.getByTestId('date-slider')).toBeInViewport({ ratio: 1 });

    // A city panel takes the summary's place, under the legend and beside the map.
    await page.goto(`/?date=2020-06-15${mode}&city=matamoros`);
    await waitForMapIdle(page);
    const panel = page.getByRole('complementary', { name: /Matamoros/ });
    await expect(panel.getByRole('heading', { name: 'Matamoros' }).first()).toBeInViewport({ ratio: 1 });
    const [mapNow, legendNow, panelBox] = await Promise.all([page.getByTestId('map').boundingBox(), page.getByTestId('legend').boundingBox(), panel.boundingBox()]);
    expect(panelBox!.x).toBeGreaterThanOrEqual(mapNow!.x + mapNow!.width - 0.5);
    expect(overlap(panelBox!, legendNow!), 'panel and legend apart').toBe(false);
  });
}

// A tablet turned, full screen entered, or (on a phone or tablet) the map shrinking once the
// caption has loaded below it: the chapter is framed again for the map's new size, as if opened at
// that size. Before, the camera kept the framing it had worked out for the old size.
/** Waits until a chapter's camera has landed: its flight takes 1.6 s, and it may set off again once
 *  the caption has been measured or the map has changed size. */
async function cameraLanded(page: Page): Promise<void> {
  await page.waitForTimeout(400);
  await page.waitForFunction(() => !window.__mppMap!.isMoving(), null, { timeout: 10_000 });
}

test('a chapter is framed again when the map changes size', async ({ page, context }) => {
  const url = '/?briefing=default&chapter=8';
  const settled = async (p: Page) => {
    await cameraLanded(p);
    return p.evaluate(() => window.__mppMap!.getZoom());
  };
  // Both sizes put the caption below the map, so it covers nothing at either and does not itself
  // set the camera off again.
  await page.setViewportSize({ width: 820, height: 1000 });
  await page.goto(url);
  await waitForMapIdle(page);
  const wide = await settled(page);
  await page.setViewportSize({ width: 560, height: 1000 });
  const turned = await settled(page);
  // The same framing as a page opened at that size.
  const fresh = await context.newPage();
  await fresh.setViewportSize({ width: 560, height: 1000 });
  await fresh.goto(url);
  await waitForMapIdle(fresh);
  const opened = await settled(fresh);
  expect(Math.abs(opened - wide), 'the two sizes frame the border differently').toBeGreaterThan(0.3);
  expect(turned).toBeCloseTo(opened, 1);
});

/** What covers part of the map: the caption, the country-wide headline and the zoom buttons. */
const COVERS = '[data-testid="chapter-caption"], [data-testid="national-banner"], .map-controls';

// A chapter's caption covers the lower left of the map, and the country-wide headline its upper
// left; on a laptop or projector screen that is nearly half the map. The chapter's camera frames
// the part left clear, so every port a chapter rings and the city it opens stay in view.
for (const [width, height, lang] of [
  [1366, 768, 'en'],
  // Spanish captions run a line longer; at this size chapter 9's covered Nuevo Laredo while the
  // caption's arrows had a row of their own.
  [1440, 900, 'es'],
  [1920, 1080, 'es'],
  // A phone and an upright tablet, where the caption follows the map (which shrinks once it has
  // loaded) and only the headline covers it.
  [390, 844, 'en'],
  [768, 1024, 'es']
] as const) {
  test(`every place a chapter points to is clear of its caption and the headline at ${width}×${height} (${lang})`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height });
    await page.goto(`/?briefing=default&chapter=1&present=1&lang=${lang}`);
    await waitForMapIdle(page);
    for (const [k, chapter] of briefing.chapters.entries()) {
      if (k > 0) await page.keyboard.press('PageDown');
      await expect(page.getByTestId('chapter-caption')).toHaveAttribute('data-chapter', String(k + 1));
      const places = [...chapter.ports, ...(chapter.city ? [chapter.city] : [])];
      if (!places.length) continue;
      // Once the camera has landed, each place's marker must sit inside the map and outside the
      // caption, the headline and the zoom buttons: a city's whole square with its halo, a port's
      // whole ring (drawn above the port, its radius and stroke ×1.4 when presenting; the layers'
      // own numbers). Checking only the ring's centre let a ring be cut by the map's top edge.
      await cameraLanded(page);
      const hidden = () =>
        page.evaluate(({ ids, lift, scale, ringReach, squareReach, coverSelector }) => {
          const map = window.__mppMap!;
          const box = map.getContainer().getBoundingClientRect();
          const covers = [...document.querySelectorAll(coverSelector)].map((e) => e.getBoundingClientRect());
          const features = map.querySourceFeatures('places');
          return ids.filter((id) => {
            const feature = features.find((f) => f.properties.id === id);
            if (!feature || feature.geometry.type !== 'Point') return true;
            const p = map.project(feature.geometry.coordinates as [number, number]);
            const port = feature.properties.kind === 'port';
            // A port's ring is lifted above the port; a paired city's square dropped below the city
            // (an icon offset, which grows with the icon when presenting).
            const [x, y] = [box.left + p.x, box.top + p.y + (port ? -lift : feature.properties.paired ? lift * scale : 0)];
            const margin = Math.ceil(port ? ringReach : squareReach);
            if (x < box.left + margin || x > box.right - margin || y < box.top + margin || y > box.bottom - margin) return true;
            return covers.some((c) => x > c.left - margin && x < c.right + margin && y > c.top - margin && y < c.bottom + margin);
          });
        }, { ids: places, lift: PAIR_OFFSET, scale: PRESENT_SYMBOL_SCALE, ringReach: (RING.radius + RING.stroke) * PRESENT_SYMBOL_SCALE, squareReach: (CITY_SQUARE / 2) * PRESENT_SYMBOL_SCALE + 1.5, coverSelector: COVERS });
      expect(await hidden(), `chapter ${k + 1} (${chapter.id})`).toEqual([]);
      // The city's name, set to the right of its square (CitiesLayer's size at this zoom, ×1.4
      // presenting, SemiBold), measured in the page's copy of the map's font: on a phone "Ciudad
      // Juárez" ran off the map's edge while its square was in view.
      if (!chapter.city) continue;
      const nameCut = await page.evaluate(
        ({ id, lang, size, offsetEm, dropEm, coverSelector }) => {
          const map = window.__mppMap!;
          const box = map.getContainer().getBoundingClientRect();
          const feature = map.querySourceFeatures('places').find((f) => f.properties.id === id)!;
          const p = map.project(feature.geometry.type === 'Point' ? (feature.geometry.coordinates as [number, number]) : [0, 0]);
          const span = document.body.appendChild(document.createElement('span'));
          span.style.cssText = `position:absolute;white-space:nowrap;font:600 ${size}px 'Noto Sans'`;
          span.textContent = feature.properties[lang === 'es' ? 'nameEs' : 'nameEn'];
          const width = span.getBoundingClientRect().width;
          span.remove();
          const left = box.left + p.x + offsetEm * size;
          // Its glyphs, an em tall with a 1.8 px halo: centred on the city, or set lower for a city
          // paired with a port.
          const middle = box.top + p.y + (feature.properties.paired ? dropEm * size : 0);
          const [right, top, bottom] = [left + width, middle - size / 2 - 2, middle + size / 2 + 2];
          const covers = [...document.querySelectorAll(coverSelector)].map((e) => e.getBoundingClientRect());
          if (right > box.right || top < box.top || bottom > box.bottom) return `${span.textContent}: outside the map`;
          const under = covers.find((c) => left < c.right && right > c.left && top < c.bottom && bottom > c.top);
          return under ? `${span.textContent}: under ${under.width}×${under.height} at ${under.left},${under.top}` : null;
        },
        {
          id: chapter.city,
          lang,
          size: cityLabelSize(await page.evaluate(() => window.__mppMap!.getZoom())) * PRESENT_SYMBOL_SCALE,
          offsetEm: CITY_LABEL.offsetEm,
          dropEm: CITY_LABEL.pairedDropEm,
          coverSelector: COVERS
        }
      );
      expect(nameCut, `chapter ${k + 1} (${chapter.id})`).toBeNull();
    }
  });
}

// A "whole border" chapter shows the whole border. The caption covers the map's lower left corner;
// the camera used to treat it as a band across the map's whole width, and on a 1920 × 1080 projector
// framed the border in the strip above it, a fifth of the map wide. Beside the caption is clear.
// In Spanish at 1440 × 900 the caption's taller text reaches the border's eastern end, and the border
// is framed above it: clear, but not wide.
for (const [width, height, lang, leastSpan] of [
  [1366, 768, 'en', 0.45],
  [1920, 1080, 'es', 0.45],
  [1440, 900, 'es', 0]
] as const) {
  test(`a whole-border chapter draws the border clear of its caption${leastSpan ? ', across half the map,' : ''} at ${width}×${height} (${lang})`, async ({ page }) => {
    test.setTimeout(90_000);
    const { BORDER_COURSE } = await import('../../src/lib/map/style');
    const chapters = (JSON.parse(readFileSync('geodata/briefings/default.json', 'utf8')) as { chapters: { camera: unknown }[] }).chapters;
    const whole = chapters.flatMap((c, k) => (c.camera === 'border' ? [k + 1] : []));
    expect(whole.length).toBeGreaterThan(2);
    await page.setViewportSize({ width, height });
    for (const n of whole) {
      await page.goto(`/?briefing=default&chapter=${n}&present=1&lang=${lang}`);
      await waitForMapIdle(page);
      await cameraLanded(page);
      const { points, map, covers } = await page.evaluate(({ course, coverSelector }) => {
        const m = window.__mppMap!;
        const box = m.getContainer().getBoundingClientRect();
        const rect = (r: DOMRect) => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom });
        return {
          points: course.map((at) => {
            const p = m.project(at);
            return { x: box.left + p.x, y: box.top + p.y };
          }),
          map: rect(box),
          covers: [...document.querySelectorAll(coverSelector)].map((e) => rect(e.getBoundingClientRect()))
        };
      }, { course: BORDER_COURSE, coverSelector: `${COVERS}, .map-attribution` });
      // The line with a few pixels around it (the camera keeps 8).
      const near = 6;
      for (const p of points) {
        expect(p.x > map.left + near && p.x < map.right - near && p.y > map.top + near && p.y < map.bottom - near, `chapter ${n}: the border at ${p.x},${p.y} is in the map`).toBe(true);
        expect(covers.some((c) => p.x > c.left - near && p.x < c.right + near && p.y > c.top - near && p.y < c.bottom + near), `chapter ${n}: the border at ${p.x},${p.y} is clear`).toBe(false);
      }
      const span = (points.at(-1)!.x - points[0]!.x) / (map.right - map.left);
      expect(span, `chapter ${n}: the border's share of the map's width`).toBeGreaterThan(leastSpan);
    }
  });
}
