import { readFileSync } from 'node:fs';
import { test as withoutHydration } from '@playwright/test';
import { test, expect, maplibreChunk, waitForMapIdle, holdBackMapLibre, holdChunkUntilReleased, colourAt, colourDistance } from './helpers';
import { ADVISORY_LEVEL_COLOURS, MARKER_OUTLINE, STAGE_COLOURS } from '../../src/lib/map/palette';
import { catalogPairs } from '../../src/lib/i18n/firstPaintLanguage';
import { PAIR_OFFSET } from '../../src/lib/map/layers/markerGeometry';
import { PRESENT_SYMBOL_SCALE } from '../../src/lib/map/style';
import { en } from '../../src/lib/i18n/locales/en';
import { es } from '../../src/lib/i18n/locales/es';

const ports = JSON.parse(readFileSync('geodata/mpp/ports.json', 'utf8')) as { id: string; lon: number; lat: number }[];
const elPaso = ports.find((p) => p.id === 'el-paso')!;
const ciudadJuarez = (JSON.parse(readFileSync('geodata/mpp/cities.json', 'utf8')) as { id: string; lon: number; lat: number }[]).find((c) => c.id === 'ciudad-juarez')!;
/** How far above its point the picture draws a port, in screen pixels, as the map does (PAIR_OFFSET). */
const PORT_OFFSET = PAIR_OFFSET;


type Shifts = { all: number; map: number; nodes: string[]; mapNodes: string[] };
/** Sums layout shifts from the page's start: all of them, and those of nodes inside the map. */
function recordLayoutShifts() {
  const sums = { all: 0, map: 0, nodes: [] as string[], mapNodes: [] as string[] };
  (window as unknown as { __shifts: Shifts }).__shifts = sums;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] })[]) {
      if (entry.hadRecentInput) continue;
      // What moved, for the failure message.
      const describe = (el: Element) =>
        `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')}[${el.getAttribute('data-testid') ?? ''}] ${entry.value.toFixed(3)} at ${Math.round(entry.startTime)} ms`;
      const moved = (entry.sources ?? []).map((s) => s.node).filter((node): node is Element => node instanceof Element);
      sums.all += entry.value;
      sums.nodes.push(...moved.map(describe));
      const inMap = moved.filter((el) => el.closest('[data-testid="map"]'));
      if (!inMap.length) continue;
      sums.map += entry.value;
      sums.mapNodes.push(...inMap.map(describe));
    }
  }).observe({ type: 'layout-shift', buffered: true });
}
const layoutShifts = (page: import('@playwright/test').Page) => page.evaluate(() => (window as unknown as { __shifts: Shifts }).__shifts);

const hex = (rgb: string) => '#' + (rgb.match(/\d+/g) ?? []).slice(0, 3).map((n) => Number(n).toString(16).padStart(2, '0')).join('');

test('the map page is on screen before MapLibre loads, in the URL date, and MapLibre takes over in place', async ({ page, request }) => {
  // The prerendered HTML itself carries the picture: it is there before any script runs.
  const html = await (await request.get('/')).text();
  expect(html).toContain('data-testid="first-paint-map"');
  expect(html).toMatch(/<path data-state="MX-TAM" d="M/);

  await page.addInitScript(recordLayoutShifts);
  // MapLibre's script (the one chunk that carries its code) is held back until released.
  const maplibre = await holdChunkUntilReleased(page, maplibreChunk);

  await page.goto('/?date=2021-03-01');
  const picture = page.getByTestId('first-paint-map');
  await expect(picture).toBeVisible();
  await expect(picture).toHaveAttribute('data-date', '2021-03-01');
  await expect(picture).toHaveAttribute('aria-label', /1 March 2021/);
  await expect.poll(() => maplibre.held()).toBe(1);
  await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', 'loading');
  // Started, the app shows the text of the URL's date.
  await expect(page.getByTestId('date-label')).toBeVisible();
  await expect(page.getByTestId('date-label')).toHaveAttribute('data-date', '2021-03-01');
  // The advisory of 1 March 2021 (issued 8 Sep 2020): Tamaulipas and Sinaloa 4, Sonora 3, Baja California 2.
  const fill = (iso: string) => picture.locator(`path[data-state="${iso}"]`).evaluate((el) => getComputedStyle(el).fill);
  expect(hex(await fill('MX-TAM'))).toBe(ADVISORY_LEVEL_COLOURS[4]);
  expect(hex(await fill('MX-SIN'))).toBe(ADVISORY_LEVEL_COLOURS[4]);
  expect(hex(await fill('MX-SON'))).toBe(ADVISORY_LEVEL_COLOURS[3]);
  expect(hex(await fill('MX-BCN'))).toBe(ADVISORY_LEVEL_COLOURS[2]);
  // Where the picture puts El Paso, in screen pixels.
  const before = await picture.locator('circle[data-port="el-paso"]').evaluate((el, offset) => {
    const box = el.getBoundingClientRect();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 + offset };
  }, PORT_OFFSET);
  // A point inside Chihuahua, away from its name: the picture's colour there, which the map's must equal.
  const chihuahua = picture.locator('path[data-state="MX-CHH"]');
  const inside = await chihuahua.evaluate((el) => {
    const box = el.getBoundingClientRect();
    return { x: box.x + box.width * 0.3, y: box.y + box.height * 0.7 };
  });
  const chihuahuaFill = (await chihuahua.getAttribute('fill'))!;
  expect(colourDistance(await colourAt(page, inside.x, inside.y), chihuahuaFill)).toBeLessThan(3);
  await page.screenshot({ path: 'test-results/first-paint-held.png' });
  // Nothing in the map has moved while MapLibre was held back.
  expect((await layoutShifts(page)).mapNodes).toEqual([]);
  // The prerendered picture follows the timeline once the app has taken it over (Baja California:
  // level 2, then 3 from 2021), and comes back to the URL's date.
  const bajaCalifornia = picture.locator('path[data-state="MX-BCN"]');
  await page.evaluate(() => window.__mppSetDate!('2022-03-01'));
  await expect(bajaCalifornia).toHaveAttribute('fill', ADVISORY_LEVEL_COLOURS[3]);
  await page.evaluate(() => window.__mppSetDate!('2021-03-01'));
  await expect(bajaCalifornia).toHaveAttribute('fill', ADVISORY_LEVEL_COLOURS[2]);

  maplibre.release();
  await waitForMapIdle(page);
  // One map on screen: the picture is gone, and no still map took its place.
  await expect(picture).toHaveCount(0);
  await expect(page.getByTestId('static-map')).toHaveCount(0);
  await expect(page.locator('[data-testid="map"] canvas')).toHaveCount(1);
  // The map draws the state in the picture's colour: the handover changes no colour.
  expect(colourDistance(await colourAt(page, inside.x, inside.y), chihuahuaFill)).toBeLessThan(3);
  // MapLibre opened at the picture's camera: the same point lands within a pixel and a half.
  const after = await page.evaluate(([lon, lat]) => {
    const map = window.__mppMap!;
    const rect = map.getCanvas().getBoundingClientRect();
    const p = map.project([lon!, lat!]);
    return { x: rect.x + p.x, y: rect.y + p.y };
  }, [elPaso.lon, elPaso.lat]);
  expect(Math.abs(after.x - before.x)).toBeLessThan(1.5);
  expect(Math.abs(after.y - before.y)).toBeLessThan(1.5);
  // The map does not move at the handover. (The summary beside it is prerendered for the default
  // date and reflows to the URL's date when the page hydrates; that shift is outside the map.)
  const shifts = await layoutShifts(page);
  expect(shifts.map, shifts.mapNodes.join('; ')).toBeLessThan(0.01);
});

// The picture is scaled to fit the screen, its markers are not: on a phone as on a projector they are
// the map's pixel sizes, in the map's places, so MapLibre's frame does not make them jump.
for (const [width, height, query] of [
  [390, 844, ''],
  [1366, 768, '&present=1']
] as const) {
  test(`the picture's markers are the map's size and place at ${width} × ${height}${query ? ' presenting' : ''}`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    const maplibre = await holdChunkUntilReleased(page, maplibreChunk);
    await page.goto(`/?date=2019-11-15${query}`);
    const picture = page.getByTestId('first-paint-map');
    await expect(picture).toHaveAttribute('data-date', '2019-11-15');
    const scale = query ? PRESENT_SYMBOL_SCALE : 1;
    // El Paso's port (r = 6.4 px), Ciudad Juárez's square (12 px), 11 px above and below the city's point.
    const box = (selector: string) => picture.locator(selector).evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
    const port = await box('circle[data-port="el-paso"]');
    const city = await box('rect[data-city="ciudad-juarez"]');
    expect(port.width).toBeCloseTo(12.8 * scale, 0);
    expect(city.width).toBeCloseTo(12 * scale, 0);
    maplibre.release();
    await waitForMapIdle(page);
    const [portAt, cityAt] = await page.evaluate(
      (points) =>
        points.map(([lon, lat]) => {
          const map = window.__mppMap!;
          const rect = map.getCanvas().getBoundingClientRect();
          const p = map.project([lon!, lat!]);
          return { x: rect.x + p.x, y: rect.y + p.y };
        }),
      [
        [elPaso.lon, elPaso.lat],
        [ciudadJuarez.lon, ciudadJuarez.lat]
      ]
    );
    expect(Math.abs(port.x + port.width / 2 - portAt!.x)).toBeLessThan(1.5);
    expect(Math.abs(port.y + port.height / 2 + PAIR_OFFSET - portAt!.y)).toBeLessThan(1.5);
    expect(Math.abs(city.x + city.width / 2 - cityAt!.x)).toBeLessThan(1.5);
    expect(Math.abs(city.y + city.height / 2 - PAIR_OFFSET * scale - cityAt!.y)).toBeLessThan(1.5);
  });
}

// The fonts are `optional`: one that misses the first paint is not used for that visit. Asked for
// behind the script preloads, they missed it on a busy machine. The map pages preload no script at
// all: fetched and compiled ahead of the first frame, the scripts held the picture back.
test('every page asks for its two fonts right after the security policy, ahead of its styles and scripts', async ({ request }) => {
  for (const path of ['/', '/sources/', '/cities/matamoros/', '/embed/', '/presenter/']) {
    const html = await (await request.get(path)).text();
    const head = html.slice(0, html.indexOf('</head>'));
    const fonts = [...head.matchAll(/<link href="[^"]+\.woff2" rel="preload" as="font"[^>]*>/g)].map((m) => m.index);
    expect(fonts, path).toHaveLength(2);
    expect(Math.min(...fonts), path).toBeGreaterThan(head.indexOf('http-equiv="content-security-policy"'));
    expect(Math.max(...fonts), path).toBeLessThan(head.indexOf('rel="stylesheet"'));
    const scriptPreloads = [...head.matchAll(/<link[^>]*rel="modulepreload"/g)].map((m) => m.index);
    if (path === '/' || path === '/embed/') {
      expect(scriptPreloads, path).toEqual([]);
      expect(head, path).toMatch(/<meta name="mpp-modules" content="[^"]+">/);
    } else {
      expect(scriptPreloads.length, path).toBeGreaterThan(0);
      expect(Math.max(...fonts), path).toBeLessThan(Math.min(...scriptPreloads));
    }
  }
});

// Each render-blocking stylesheet queues for a connection ahead of the first paint (vite.config.ts,
// frameChunk; the city panel's styles come with the panel, src/routes/+page.svelte). Hydrating must
// not link any of them a second time.
test('the map page waits for at most three stylesheets, and its app links none again', async ({ page, request }) => {
  const html = await (await request.get('/')).text();
  const head = html.slice(0, html.indexOf('</head>'));
  const linked = [...head.matchAll(/<link href="([^"]+\.css)" rel="stylesheet">/g)].map((m) => m[1]);
  expect(linked.length).toBeGreaterThan(0);
  expect(linked.length).toBeLessThanOrEqual(3);
  await page.goto('/');
  await waitForMapIdle(page);
  const hrefs = await page.locator('link[rel="stylesheet"]').evaluateAll((links) => links.map((l) => l.getAttribute('href')));
  expect(hrefs).toEqual(linked);
});

// Listed in the head, they are asked for once the first contentful paint is on screen
// (src/lib/modulesAfterFirstPaint.inline.js), so a slow network does not fetch them a level at a time.
test('after its first paint, the map page asks for every script it lists, and each one exists', async ({ page, request }) => {
  const html = await (await request.get('/')).text();
  const listed = (html.match(/<meta name="mpp-modules" content="([^"]+)">/)?.[1] ?? '').split(' ');
  expect(listed.length).toBeGreaterThan(10);
  for (const href of listed) expect((await request.get(new URL(href, 'http://host/').pathname)).status(), href).toBe(200);
  // When the first listed script was asked for, against the first contentful paint.
  await page.addInitScript((hrefs) => {
    new MutationObserver((records, observer) => {
      const added = records.flatMap((r) => [...r.addedNodes]);
      if (!added.some((n) => n instanceof HTMLLinkElement && n.rel === 'modulepreload' && hrefs.includes(n.getAttribute('href') ?? ''))) return;
      (window as unknown as { firstAsked: number }).firstAsked = performance.now();
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  }, listed);
  await holdBackMapLibre(page);
  await page.goto('/');
  // Each once, beside those the app's own dynamic imports add.
  const preloads = page.locator('head link[rel="modulepreload"]');
  await expect.poll(() => preloads.count()).toBeGreaterThanOrEqual(listed.length);
  const asked = await preloads.evaluateAll((links) => links.map((l) => l.getAttribute('href')));
  for (const href of listed) expect(asked.filter((a) => a === href), href).toHaveLength(1);
  const { firstAsked, paint } = await page.evaluate(() => ({
    firstAsked: (window as unknown as { firstAsked?: number }).firstAsked,
    paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime
  }));
  expect(paint).toBeGreaterThan(0);
  expect(firstAsked).toBeGreaterThanOrEqual(paint!);
  // Reported soon after the paint, not by the 3 s fallback.
  expect(firstAsked! - paint!).toBeLessThan(2500);
});

test('on the default page the map does not shift from first paint to the finished map', async ({ page }) => {
  await page.addInitScript(recordLayoutShifts);
  // Held until the picture has been seen: on a quick machine MapLibre takes over before a check
  // could find it.
  const maplibre = await holdChunkUntilReleased(page, maplibreChunk);
  await page.goto('/');
  await expect(page.getByTestId('first-paint-map')).toHaveAttribute('data-date', '2020-01-15');
  maplibre.release();
  await waitForMapIdle(page);
  await expect(page.getByTestId('first-paint-map')).toHaveCount(0);
  // The whole page: the fonts are `optional`, so they never reflow text after the first paint.
  const shifts = await layoutShifts(page);
  expect(shifts.all, shifts.nodes.join('; ')).toBeLessThan(0.01);
});

// Playwright's own page: the app never starts here, so its goto() must not wait for that.
withoutHydration('before the app has started, the picture already shows the URL date, with its circles of people', async ({ page }) => {
  // None of the app's own scripts run: what is on screen comes from the HTML and its inline script.
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.route('**/_app/immutable/**/*.js', (route) => route.abort());
  await page.goto('/?date=2021-03-01');
  const picture = page.getByTestId('first-paint-map');
  await expect(picture).toHaveAttribute('data-date', '2021-03-01');
  await expect(picture).toHaveAttribute('aria-label', /1 March 2021/);
  const fill = (iso: string) => picture.locator(`path[data-state="${iso}"]`).getAttribute('fill');
  expect(await fill('MX-TAM')).toBe(ADVISORY_LEVEL_COLOURS[4]);
  expect(await fill('MX-SON')).toBe(ADVISORY_LEVEL_COLOURS[3]);
  expect(await fill('MX-BCN')).toBe(ADVISORY_LEVEL_COLOURS[2]);
  // Ciudad Juárez's circle at the El Paso hearing location's last count (more than 22,000 by Feb
  // 2021, a floor) is larger than Matamoros's; a city with no count shows the small ring.
  const radius = async (city: string) => Number(await picture.locator(`circle[data-returns-for="${city}"]`).getAttribute('r'));
  expect(await radius('ciudad-juarez')).toBeGreaterThan(await radius('matamoros'));
  expect(await radius('matamoros')).toBeGreaterThan(10);
  // Text prerendered for the default date is not shown meanwhile.
  await expect(page.getByTestId('summary')).toBeHidden();
  await expect(page.getByTestId('date-label')).toBeHidden();
  // So is the timeline's thumb, which would still point at the default date.
  await expect(page.getByTestId('date-slider')).toBeHidden();
  expect(violations).toEqual([]);
  await page.screenshot({ path: 'test-results/first-paint-no-app.png' });

  // A date the app would refuse leaves the default date, as the app then shows it too.
  await page.goto('/?date=2021-02-30');
  await expect(picture).toHaveAttribute('data-date', '2020-01-15');
  await expect(page.getByTestId('date-slider')).toBeVisible();
  expect(await fill('MX-SON')).toBe(ADVISORY_LEVEL_COLOURS[3]);
  // A real date outside the timeline is read as its nearest end, as the app reads it.
  await page.goto('/?lang=es&date=2030-05-01');
  await expect(picture).toHaveAttribute('data-date', '2022-12-31');
  await expect(picture).toHaveAttribute('aria-label', /31 de diciembre de 2022/);

  // Markers as the legend explains them: Calexico and Mexicali hollow in January 2020 (MPP 1.0 from a
  // month known only approximately), San Ysidro solid; before MPP, every port a grey ring.
  const paint = (selector: string) => picture.locator(selector).evaluate((el) => [el.getAttribute('fill'), el.getAttribute('stroke')]);
  await page.goto('/?date=2020-01-15');
  expect(await paint('[data-port="calexico"]')).toEqual([MARKER_OUTLINE, STAGE_COLOURS.mpp1]);
  expect(await paint('[data-city="mexicali"]')).toEqual([MARKER_OUTLINE, STAGE_COLOURS.mpp1]);
  expect(await paint('[data-port="san-ysidro"]')).toEqual([STAGE_COLOURS.mpp1, MARKER_OUTLINE]);
  await page.goto('/?date=2019-01-01');
  expect(await paint('[data-port="laredo"]')).toEqual([MARKER_OUTLINE, STAGE_COLOURS['not-yet']]);

  // Onward transfers as the map draws them: none under way on 1 March 2021; buses from Brownsville to
  // Monterrey under MPP 2.0 on 1 March 2022 (a known end: solid); from Nuevo Laredo to Monterrey in
  // August 2019 (end unknown: dashed).
  const transfers = picture.locator('[data-transfer]');
  const shownTransfers = () =>
    transfers.evaluateAll((groups) =>
      groups.filter((g) => (g as SVGGElement).getBBox().width > 0 && getComputedStyle(g).display !== 'none').map((g) => [g.getAttribute('data-transfer'), g.getAttribute('stroke'), g.getAttribute('stroke-dasharray')])
    );
  await page.goto('/?date=2021-03-01');
  expect(await shownTransfers()).toEqual([]);
  await page.goto('/?date=2022-03-01');
  expect(await shownTransfers()).toEqual([['brownsville-monterrey-2022', STAGE_COLOURS.mpp2, 'none']]);
  await page.goto('/?date=2019-08-01');
  expect(await shownTransfers()).toContainEqual(['nuevo-laredo-monterrey-2019', STAGE_COLOURS.mpp1, '5,3.75']);
  await page.screenshot({ path: 'test-results/first-paint-transfers.png' });
});

// Playwright's own page: the app never starts here.
withoutHydration('before the app has started, a Spanish URL shows the map page in Spanish', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.route('**/_app/immutable/**/*.js', (route) => route.abort());
  // Before each frame is painted, any English interface text on screen is noted.
  const english = catalogPairs(en, es);
  await page.addInitScript((keys: string[]) => {
    const known = new Set(keys);
    const noted: string[] = [];
    (window as unknown as { __englishPainted: string[] }).__englishPainted = noted;
    const look = () => {
      if (document.body) {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.nodeValue!.trim();
          if (known.has(text) && node.parentElement?.checkVisibility({ visibilityProperty: true })) noted.push(text);
        }
      }
      if (performance.now() < 4000) requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  }, Object.keys(english));
  await page.goto('/?lang=es');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page).toHaveTitle(es.meta.title);
  await expect(page.getByRole('button', { name: es.timeline.play })).toBeVisible();
  await expect(page.getByText(es.header.subtitle)).toBeVisible();
  await expect(page.getByText(es.legend.advisory)).toBeVisible();
  await expect(page.getByTestId('new-briefing')).toHaveText(`+ ${es.editor.newBriefing}`);
  // The date, written as the app writes it; the language switch marks Spanish.
  await expect(page.getByTestId('date-label')).toHaveText('15 de enero de 2020');
  await expect(page.getByTestId('lang-es')).toHaveAttribute('aria-current', 'true');
  await expect(page.getByTestId('lang-en')).not.toHaveAttribute('aria-current', /./);
  await expect(page.getByTestId('first-paint-map')).toHaveAttribute('aria-label', /^Imagen fija del mapa el 15 de enero de 2020/);
  // The summary's sentences are put together from data: hidden until the app writes them.
  await expect(page.getByTestId('summary')).toBeHidden();
  // No text on screen, and no label, is an English interface text that has a Spanish one: neither
  // now nor in any frame painted before.
  expect(await page.evaluate(() => (window as unknown as { __englishPainted: string[] }).__englishPainted)).toEqual([]);
  const shown = await page.evaluate(() => {
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
      if (node instanceof Element) {
        for (const name of ['aria-label', 'aria-valuetext', 'title', 'alt', 'placeholder']) if (node.getAttribute(name)) texts.push(node.getAttribute(name)!);
      } else if (node.parentElement && node.parentElement.checkVisibility({ visibilityProperty: true })) {
        texts.push(node.nodeValue!.trim());
      }
    }
    return texts;
  });
  expect(shown.length).toBeGreaterThan(50);
  expect(shown.filter((text) => Object.hasOwn(english, text))).toEqual([]);
  expect(violations).toEqual([]);
  await page.screenshot({ path: 'test-results/first-paint-spanish.png' });

  // An English URL is left as prerendered.
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: en.timeline.play })).toBeVisible();
  await expect(page.getByTestId('lang-en')).toHaveAttribute('aria-current', 'true');
  await expect(page.getByTestId('summary')).toBeVisible();
});

withoutHydration('before the app has started, a Spanish presenter view is in Spanish, and its clock tells no time', async ({ page }) => {
  await page.route('**/_app/immutable/**/*.js', (route) => route.abort());
  await page.goto('/presenter/?lang=es');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page).toHaveTitle(es.present.presenterTitle);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(es.present.presenterTitle);
  await expect(page.getByText(es.present.noBriefing)).toBeVisible();
  await expect(page.getByRole('button', { name: es.present.reset })).toBeVisible();
  // The prerendered page cannot know the time of day: no build-time clock.
  await expect(page.getByTestId('clock')).toHaveText('--:--');
});

test('a Spanish URL’s page does not shift from first paint to the finished map', async ({ page }) => {
  await page.addInitScript(recordLayoutShifts);
  const maplibre = await holdChunkUntilReleased(page, maplibreChunk);
  await page.goto('/?lang=es');
  await expect(page.getByTestId('first-paint-map')).toHaveAttribute('data-date', '2020-01-15');
  const pictureBox = await page.getByTestId('map').boundingBox();
  maplibre.release();
  await waitForMapIdle(page);
  await expect(page.getByTestId('summary')).toBeVisible();
  await expect(page.getByTestId('summary')).toContainText(es.summary.heading);
  // The map keeps the box the Spanish first paint gave it (English texts there made the legend
  // shorter and the map taller), and nothing on the page moved.
  expect(await page.getByTestId('map').boundingBox()).toEqual(pictureBox);
  const shifts = await layoutShifts(page);
  expect(shifts.all, shifts.nodes.join('; ')).toBeLessThan(0.01);
});

// A presenting link on a projector: its first paint is already the presenting layout (large type,
// legend beside the map, no footer), in the theme the link asks for.
for (const query of ['present=1', 'present=1&contrast=1&lang=es']) {
  test.describe(`a presenting link (?${query}) on a 1366 × 768 projector`, () => {
    test.use({ viewport: { width: 1366, height: 768 } });
    const t = query.includes('lang=es') ? es : en;

    withoutHydration('before the app has started, the page is laid out for presenting', async ({ page }) => {
      await page.route('**/_app/immutable/**/*.js', (route) => route.abort());
      await page.goto(`/?${query}`);
      await expect(page.locator('html')).toHaveClass(query.includes('contrast') ? /(?=.*\bpresenting\b)(?=.*\bcontrast\b)/ : /\bpresenting\b/);
      await expect(page.getByTestId('present')).toHaveAccessibleName(t.present.stop);
      await expect(page.getByTestId('fullscreen')).toBeVisible();
      await expect(page.getByTestId('colophon')).toBeHidden();
      // The type is larger than the browsing page's (16 px).
      expect(await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))).toBeGreaterThan(16);
    });

    test('the page does not shift from first paint to the finished map', async ({ page }) => {
      await page.addInitScript(recordLayoutShifts);
      const maplibre = await holdChunkUntilReleased(page, maplibreChunk);
      await page.goto(`/?${query}`);
      await expect(page.getByTestId('first-paint-map')).toHaveAttribute('data-date', '2020-01-15');
      const pictureBox = await page.getByTestId('map').boundingBox();
      maplibre.release();
      await waitForMapIdle(page);
      await expect(page.getByTestId('present')).toHaveAttribute('aria-pressed', 'true');
      expect(await page.getByTestId('map').boundingBox()).toEqual(pictureBox);
      const shifts = await layoutShifts(page);
      expect(shifts.all, shifts.nodes.join('; ')).toBeLessThan(0.01);
    });
  });
}

test('the map page’s scripts leave the picture’s outlines to its HTML', async ({ page, request }) => {
  const html = await (await request.get('/')).text();
  const outline = html.match(/<path data-state="MX-TAM" d="(M[^"]{40})/)?.[1];
  expect(outline).toBeTruthy();
  const scripts: Promise<string>[] = [];
  page.on('response', (response) => {
    if (response.url().endsWith('.js')) scripts.push(response.text());
  });
  await page.goto('/');
  await waitForMapIdle(page);
  const bodies = await Promise.all(scripts);
  expect(bodies.length).toBeGreaterThan(5);
  expect(bodies.filter((body) => body.includes(outline!))).toEqual([]);
});

test.describe('without a service worker', () => {
  // The Data and sources page registers the offline copy; once it has precached MapLibre, the worker
  // serves the map page's scripts itself and the route below no longer holds MapLibre back.
  test.use({ serviceWorkers: 'block' });

  test('back from the Data and sources page, the map page is loaded afresh, with its picture', async ({ page }) => {
    // The app's scripts do not carry the outlines: a link to the map page reloads it.
    await page.goto('/sources/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
    await holdBackMapLibre(page);
    await page.getByRole('link', { name: /Back to the map/ }).click();
    await expect(page).toHaveURL(/\/$/);
    const picture = page.getByTestId('first-paint-map');
    await expect(picture.locator('path[data-state^="MX-"]')).toHaveCount(32);
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBeUndefined();
    // The picture follows the timeline: Baja California went from level 2 to 3 in 2021.
    const bajaCalifornia = picture.locator('path[data-state="MX-BCN"]');
    await expect(bajaCalifornia).toHaveAttribute('fill', ADVISORY_LEVEL_COLOURS[2]);
    // So do the markers, which the app recolours without redrawing: Tijuana's square from MPP 1.0's
    // colour to MPP 2.0's, and Matamoros's circle of people grows.
    const tijuana = picture.locator('rect[data-city="tijuana"]');
    await expect(tijuana).toHaveAttribute('fill', STAGE_COLOURS.mpp1);
    const matamorosRadius = () => picture.locator('circle[data-returns-for="matamoros"]').getAttribute('r').then(Number);
    const radiusBefore = await matamorosRadius();
    await page.waitForFunction(() => typeof window.__mppSetDate === 'function');
    await page.evaluate(() => window.__mppSetDate!('2022-03-01'));
    await expect(bajaCalifornia).toHaveAttribute('fill', ADVISORY_LEVEL_COLOURS[3]);
    await expect(tijuana).toHaveAttribute('fill', STAGE_COLOURS.mpp2);
    expect(await matamorosRadius()).toBeGreaterThan(radiusBefore);
    await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', 'loading');
  });
});
