import type { Page } from '@playwright/test';
import { test, expect, waitForMapIdle, cameraLanded, mapZoom, defaultBriefing } from './helpers';
import { COVERS, cityNameRect, coverRects, lngLatsOnScreen, placesOnScreen, pointIn, pointOut, rectsOverlap } from './mapGeometry';
import { CITY_SQUARE, RING } from '../../src/lib/map/layers/markerGeometry';
import { PRESENT_SYMBOL_SCALE } from '../../src/lib/map/style';

const briefing = defaultBriefing();

// These tests check where the camera lands, not the flight there: with reduced motion it jumps
// (ChapterCamera's duration 0), so a slow machine does not draw 1.6 s of frames per chapter.
test.use({ reducedMotion: 'reduce' });

// A tablet turned, full screen entered, or (on a phone or tablet) the map shrinking once the
// caption has loaded below it: the chapter is framed again for the map's new size, as if opened at
// that size. Before, the camera kept the framing it had worked out for the old size.
test('a chapter is framed again when the map changes size', async ({ page, context }) => {
  const url = '/?briefing=default&chapter=8';
  const settled = async (p: Page) => {
    await cameraLanded(p);
    return mapZoom(p);
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

// A chapter's caption covers the lower left of the map, and the country-wide headline its upper
// right; on a laptop or projector screen that is nearly half the map. The chapter's camera frames
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
      const [ringReach, squareReach] = [(RING.radius + RING.stroke) * PRESENT_SYMBOL_SCALE, (CITY_SQUARE / 2) * PRESENT_SYMBOL_SCALE + 1.5];
      const hidden = async () => {
        const { map, places: onScreen } = await placesOnScreen(page, places, { scale: PRESENT_SYMBOL_SCALE });
        const covers = await coverRects(page, COVERS);
        return places.filter((id) => {
          const place = onScreen[id];
          if (!place) return true;
          const margin = Math.ceil(place.kind === 'port' ? ringReach : squareReach);
          if (pointOut(place.marker, map, -margin)) return true;
          return covers.some((c) => pointIn(place.marker, c, margin));
        });
      };
      expect(await hidden(), `chapter ${k + 1} (${chapter.id})`).toEqual([]);
      // The chapter's city is named on the map: Monterrey's name, with no room left by Reynosa's
      // square and the country's name, was left out of the chapter on busing people to it. (Names
      // are placed a few frames after the camera stops.)
      if (chapter.city) {
        const named = () => page.evaluate(() => window.__mppMap!.queryRenderedFeatures({ layers: ['return-city-labels', 'other-city-labels'] }).map((f) => String(f.properties.id)));
        await expect.poll(named, { message: `chapter ${k + 1} (${chapter.id}) names ${chapter.city}`, timeout: 5_000 }).toContain(chapter.city);
      }
      // The city's name, set to the right of its square: on a phone "Ciudad Juárez" ran off the
      // map's edge while its square was in view.
      if (!chapter.city) continue;
      const nameCut = await (async () => {
        const { map, places: onScreen } = await placesOnScreen(page, [chapter.city!], { scale: PRESENT_SYMBOL_SCALE });
        const city = onScreen[chapter.city!];
        if (!city) return `${chapter.city}: not on the map`;
        const name = lang === 'es' ? city.nameEs : city.nameEn;
        const rect = await cityNameRect(page, city, name, { scale: PRESENT_SYMBOL_SCALE });
        const covers = await coverRects(page, COVERS);
        if (rect.right > map.right || rect.top < map.top || rect.bottom > map.bottom) return `${name}: outside the map`;
        const under = covers.find((c) => rectsOverlap(rect, c));
        return under ? `${name}: under ${under.width}×${under.height} at ${under.left},${under.top}` : null;
      })();
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
    const chapters = defaultBriefing().chapters;
    const whole = chapters.flatMap((c, k) => (c.camera === 'border' ? [k + 1] : []));
    expect(whole.length).toBeGreaterThan(2);
    await page.setViewportSize({ width, height });
    // Opened at the first, then moved to each of the others as a speaker would (one page load).
    await page.goto(`/?briefing=default&chapter=${whole[0]}&present=1&lang=${lang}`);
    await waitForMapIdle(page);
    let at = whole[0]!;
    for (const n of whole) {
      for (; at < n; at++) await page.keyboard.press('PageDown');
      await expect(page.getByTestId('chapter-caption')).toHaveAttribute('data-chapter', String(n));
      await waitForMapIdle(page);
      await cameraLanded(page);
      const { points, map } = await lngLatsOnScreen(page, BORDER_COURSE);
      const covers = await coverRects(page, `${COVERS}, .map-attribution`);
      // The line with a few pixels around it (the camera keeps 8).
      const near = 6;
      for (const p of points) {
        expect(pointIn(p, map, -near), `chapter ${n}: the border at ${p.x},${p.y} is in the map`).toBe(true);
        expect(covers.some((c) => pointIn(p, c, near)), `chapter ${n}: the border at ${p.x},${p.y} is clear`).toBe(false);
      }
      const span = (points.at(-1)!.x - points[0]!.x) / (map.right - map.left);
      expect(span, `chapter ${n}: the border's share of the map's width`).toBeGreaterThan(leastSpan);
    }
  });
}
