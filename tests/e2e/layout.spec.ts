import { readFileSync } from 'node:fs';
import { test, expect, gotoInAtlasFonts, waitForMapIdle } from './helpers';
import { cityNameRect, placesOnScreen, pointIn, rectOf, rectsOverlap } from './mapGeometry';
import { CITY_SQUARE } from '../../src/lib/map/layers/markerGeometry';
import { PRESENT_SYMBOL_SCALE } from '../../src/lib/map/style';

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
    expect(rectsOverlap(rectOf(boxes.map!), rectOf(boxes.legend!), 0.5), 'map and legend apart').toBe(false);
    expect(rectsOverlap(rectOf(boxes.map!), rectOf(boxes.timeline!), 0.5), 'map and timeline apart').toBe(false);
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
    expect(rectsOverlap(rectOf(panelBox!), rectOf(legendNow!), 0.5), 'panel and legend apart').toBe(false);
  });
}

test('browsing in Spanish on a 1280 × 720 screen, the timeline stays above the footer and the legend scrolls', async ({ page }) => {
  // Spanish wraps the masthead onto two rows; the legend beside the map and the timeline under it
  // were then taller than the screen left them, and the timeline ran under the footer.
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/?lang=es&date=2020-06-15');
  await waitForMapIdle(page);
  const [timeline, footer, legend] = await Promise.all(['timeline', 'colophon', 'legend'].map(async (id) => rectOf((await page.getByTestId(id).boundingBox())!)));
  expect(timeline!.bottom).toBeLessThanOrEqual(footer!.top + 0.5);
  expect(footer!.bottom).toBeLessThanOrEqual(720.5);
  await expect(page.getByTestId('date-slider')).toBeInViewport({ ratio: 1 });
  // The legend keeps its place beside the map and scrolls to its last entry.
  expect(legend!.bottom).toBeLessThanOrEqual(timeline!.top + 0.5);
  const last = page.getByTestId('legend').getByRole('listitem').last();
  await last.scrollIntoViewIfNeeded();
  await expect(last).toBeInViewport();
  // Scrolling, it takes the keyboard focus (so it can be scrolled without a mouse); where it has
  // room, it is no tab stop.
  const legendRegion = page.getByTestId('legend');
  await expect(legendRegion).toHaveAttribute('tabindex', '0');
  // Focused when the screen grows, it keeps the focus until it loses it, then leaves the tab order.
  await legendRegion.focus();
  await page.setViewportSize({ width: 1440, height: 1000 });
  await page.waitForTimeout(300);
  await expect(legendRegion).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(legendRegion).not.toHaveAttribute('tabindex');
});

// The country-wide headline sits in the map's top right, over the United States: on the top left
// it hid Tijuana, Mexicali and their ports. Nothing the map marks is under it, browsing or embedded.
for (const [route, width, height] of [
  ['/', 1440, 900],
  ['/embed/', 800, 500]
] as const) {
  test(`on ${route} at ${width} × ${height}, the country-wide headline covers no port or city`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto(`${route}?date=2020-06-15`);
    await waitForMapIdle(page);
    const banner = rectOf((await page.getByTestId('national-banner').boundingBox())!);
    const ids = await page.evaluate(() => [...new Set(window.__mppMap!.querySourceFeatures('places').map((f) => String(f.properties.id)))]);
    expect(ids.length).toBeGreaterThan(10);
    const { map, places } = await placesOnScreen(page, ids);
    const inView = Object.entries(places).filter(([, p]) => pointIn(p!.marker, map));
    expect(inView.length).toBeGreaterThan(10);
    // A marker's half-width (a port's ring) around its centre.
    const under = inView.filter(([, p]) => pointIn(p!.marker, banner, 8)).map(([id]) => id);
    expect(under, 'places under the headline').toEqual([]);
  });
}

// Every city people were returned to is named on the map. Names were set only right of their
// squares, and the map left out one with no room there: Mexicali's (behind Tijuana's) when
// presenting, and three on a phone.
const RETURN_CITIES = (JSON.parse(readFileSync('geodata/mpp/cities.json', 'utf8')) as { id: string; role: string }[]).filter((c) => c.role === 'return').map((c) => c.id);
for (const [width, height, query] of [
  [1366, 768, 'date=2020-01-15&present=1'],
  [1920, 1080, 'date=2022-06-01&present=1&lang=es'],
  [1440, 900, 'date=2020-01-15'],
  [390, 844, 'date=2020-01-15']
] as const) {
  test(`every return city in view is named on the map at ${width} × ${height} (${query})`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto(`/?${query}`);
    await waitForMapIdle(page);
    const { map, places } = await placesOnScreen(page, RETURN_CITIES);
    const inView = Object.entries(places).flatMap(([id, p]) => (pointIn(p!.at, map) ? [id] : []));
    const named = await page.evaluate(() => window.__mppMap!.queryRenderedFeatures({ layers: ['return-city-labels'] }).map((f) => String(f.properties.id)));
    expect(inView.length).toBeGreaterThanOrEqual(6);
    expect(inView.filter((id) => !named.includes(id)), 'return cities without a name').toEqual([]);
  });
}

// No name but a return city's is set over another place's marker: Monterrey's ran over Reynosa's
// square. A return city's name keeps a place however crowded the view (above), so it may still
// touch a marker where there is no other room. MapLibre answers a query on a name's layer with the
// names whose placed boxes meet the query box.
for (const [width, height, query] of [
  [1440, 900, 'date=2020-01-15'],
  [1366, 768, 'date=2020-01-15&present=1'],
  [1280, 800, 'date=2021-03-01&present=1&lang=es'],
  [1920, 1080, 'date=2022-06-01&present=1&lang=es'],
  [390, 844, 'date=2020-01-15']
] as const) {
  test(`no other city's name covers a marker at ${width} × ${height} (${query})`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto(`/?${query}`);
    await waitForMapIdle(page);
    const scale = query.includes('present=1') ? PRESENT_SYMBOL_SCALE : 1;
    const ids = await page.evaluate(() => [...new Set(window.__mppMap!.querySourceFeatures('places').map((f) => String(f.properties.id)))]);
    const { map, places } = await placesOnScreen(page, ids, { scale });
    const markers = Object.entries(places).flatMap(([id, p]) => (pointIn(p!.marker, map) ? [{ id, x: p!.marker.x - map.left, y: p!.marker.y - map.top }] : []));
    expect(markers.length).toBeGreaterThan(10);
    // The square's half side (a port's inactive circle is smaller, its active one as large).
    const half = (CITY_SQUARE / 2) * scale;
    const covered = await page.evaluate(
      ({ markers, half }) =>
        markers.flatMap(({ id, x, y }) =>
          window
            .__mppMap!.queryRenderedFeatures(
              [
                [x - half, y - half],
                [x + half, y + half]
              ],
              { layers: ['other-city-labels'] }
            )
            .filter((f) => f.properties.id !== id)
            .map((f) => `${f.properties.id} over ${id}`)
        ),
      { markers, half }
    );
    expect(covered).toEqual([]);
  });
}

// Presenting in Spanish at 1366 × 768, the tools beside the title took its room and it read "MPP"
// over "Atlas".
for (const [width, height, query] of [
  [1366, 768, 'lang=es&present=1'],
  [1024, 768, 'lang=es&present=1'],
  [390, 844, 'lang=es']
] as const) {
  test(`the atlas's name is one line at ${width} × ${height} (${query})`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto(`/?${query}`);
    await waitForMapIdle(page);
    const title = await page.locator('.masthead .home').evaluate((el) => ({
      height: el.getBoundingClientRect().height,
      line: parseFloat(getComputedStyle(el).lineHeight)
    }));
    expect(title.height).toBeLessThan(title.line * 1.5);
  });
}

// Presenting, the masthead's tools keep their browsing size and stay on the title's row: at 125 %
// they took a second row (~45 px) from the map at 1440 × 900, and in Spanish down to 1280 × 720.
for (const [width, height, lang] of [
  [1280, 720, 'es'],
  [1280, 800, 'es'],
  [1366, 768, 'es'],
  [1440, 900, 'en'],
  [1440, 900, 'es'],
  [1920, 1080, 'es']
] as const) {
  test(`presenting at ${width} × ${height} (${lang}), the title, the tools and the language switch share one row`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    // Spanish at 1280 × 800 fits with ~2 px to spare in the atlas's own font, not in the fallback.
    await gotoInAtlasFonts(page, `/?present=1&lang=${lang}`);
    await waitForMapIdle(page);
    const middle = async (selector: string) => {
      const box = (await page.locator(selector).first().boundingBox())!;
      return box.y + box.height / 2;
    };
    const title = await middle('.masthead .home');
    for (const selector of ['[data-testid="present"]', '[data-testid="export"]', '[data-testid="lang-en"]']) expect(Math.abs((await middle(selector)) - title), selector).toBeLessThan(8);
  });
}

// Presenting, names are 1.4× as wide, and at the opening view the end of "Matamoros" (the
// easternmost name, set right of its square) lay under the zoom buttons on a projector's screen.
for (const [width, height, lang] of [
  [1366, 768, 'en'],
  [1280, 800, 'es'],
  [1920, 1080, 'en']
] as const) {
  test(`presenting at ${width} × ${height} (${lang}), Matamoros's name at the opening view is clear of the zoom buttons`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await gotoInAtlasFonts(page, `/?date=2020-01-15&present=1&lang=${lang}`);
    await waitForMapIdle(page);
    const { places } = await placesOnScreen(page, ['matamoros'], { scale: PRESENT_SYMBOL_SCALE });
    const { right } = await cityNameRect(page, places.matamoros!, 'Matamoros', { scale: PRESENT_SYMBOL_SCALE });
    const buttons = (await page.locator('.map-controls').boundingBox())!;
    expect(right, 'the name ends before the zoom buttons begin').toBeLessThan(buttons.x);
  });
}
