import { test, expect, portStatus, cityOpener } from './helpers';
import { rectOf, rectsOverlap } from './mapGeometry';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../playwright.config';
import { MARKER_OUTLINE, STAGE_COLOURS } from '../../src/lib/map/palette';

// This file's browser starts with WebGL switched off, as on some locked-down briefing laptops.
test.use({ launchOptions: { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, '--disable-webgl', '--disable-3d-apis'] } });

test('the page explains it in plain words, shows a still map of the date, and the rest keeps working', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/?date=2019-08-01&lang=es');
  await expect(page.getByTestId('map-fallback')).toContainText('WebGL');
  await expect(page.getByTestId('map-fallback')).not.toContainText(/context|error|undefined/i);
  const still = page.getByTestId('static-map');
  await expect(still).toHaveAttribute('data-date', '2019-08-01');
  await expect(still.locator('svg path').first()).toBeAttached();
  await expect(still.locator('svg')).toHaveAttribute('aria-label', /1 de agosto de 2019/);
  // The notice says the picture is below it: it must not cover any of it.
  const notice = await page.getByTestId('map-fallback').boundingBox();
  const picture = await still.boundingBox();
  expect(notice && picture && notice.y + notice.height <= picture.y).toBe(true);
  // The timeline moves the summary and the still map.
  await page.getByTestId('date-slider').focus();
  await page.keyboard.press('PageUp');
  await expect(still).toHaveAttribute('data-date', '2019-09-01');
  await expect(portStatus(page, 'laredo')).toHaveAttribute('data-status', 'mpp1');
  // City panels open from the list.
  await cityOpener(page, 'nuevo-laredo').click();
  await expect(page.getByTestId('city-level')).toHaveAttribute('data-level', '4');
  await page.screenshot({ path: 'test-results/no-webgl-es.png' });
  expect(errors).toEqual([]);
});

// Onward transfers are drawn as on the WebGL map: under way on the date, in their programme's colour,
// dashed where their end is unknown. The legend beside the picture explains them.
test('the still map draws the onward transfers under way on its date', async ({ page }) => {
  const still = page.getByTestId('static-map');
  const drawn = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('[data-testid="static-map"] [data-transfer]')].map((path) => ({
        id: path.getAttribute('data-transfer'),
        colour: path.getAttribute('stroke'),
        dashed: Boolean(path.getAttribute('stroke-dasharray'))
      }))
    );
  await page.goto('/?date=2019-03-01');
  await expect(still.locator('svg path').first()).toBeAttached();
  expect(await drawn()).toEqual([]);
  await page.goto('/?date=2019-09-01');
  await expect(still.locator('[data-transfer]').first()).toBeAttached();
  expect(await drawn()).toEqual([
    { id: 'nuevo-laredo-monterrey-2019', colour: STAGE_COLOURS.mpp1, dashed: true },
    { id: 'nuevo-laredo-chiapas-2019', colour: STAGE_COLOURS.mpp1, dashed: true }
  ]);
  await page.goto('/?date=2022-03-01');
  await expect(still.locator('[data-transfer]').first()).toBeAttached();
  expect(await drawn()).toEqual([{ id: 'brownsville-monterrey-2022', colour: STAGE_COLOURS.mpp2, dashed: false }]);
  await page.screenshot({ path: 'test-results/no-webgl-transfers.png' });
});

test('the still map fills its space, with names readable on a projector and apart from each other', async ({ page }) => {
  const nameBoxes = async () => {
    const still = page.getByTestId('static-map');
    await expect(still.locator('svg text').first()).toBeAttached();
    return page.evaluate(() => {
      const svg = document.querySelector('[data-testid="static-map"] svg')!.getBoundingClientRect();
      const names = [...document.querySelectorAll('[data-testid="static-map"] svg text')].map((t) => {
        const r = t.getBoundingClientRect();
        return { name: t.textContent, x: r.x, y: r.y, width: r.width, height: r.height };
      });
      return { svg: { x: svg.x, y: svg.y, width: svg.width, height: svg.height }, names };
    });
  };
  for (const date of ['2019-08-01', '2020-06-15']) {
    await page.goto(`/?date=${date}`);
    const { svg, names } = await nameBoxes();
    expect(names.length, date).toBeGreaterThanOrEqual(5);
    for (const n of names) {
      // 13 px type: at least 14 px tall as drawn (it was 8 px when the whole frame was letterboxed).
      expect(n.height, `${date} ${n.name}`).toBeGreaterThanOrEqual(14);
      expect(n.x >= svg.x && n.y >= svg.y && n.x + n.width <= svg.x + svg.width + 0.5 && n.y + n.height <= svg.y + svg.height + 0.5, `${date} ${n.name} inside`).toBe(true);
      for (const m of names) {
        if (m === n) continue;
        const apart = !rectsOverlap(rectOf(n), rectOf(m), 1);
        expect(apart, `${date}: ${n.name} / ${m.name}`).toBe(true);
      }
    }
  }
  // Presentation mode makes markers and names larger, as on the WebGL map.
  const normal = (await nameBoxes()).names[0]!.height;
  await page.goto('/?date=2020-06-15&present=1');
  const presented = (await nameBoxes()).names[0]!.height;
  expect(presented).toBeGreaterThan(normal * 1.2);
  await page.screenshot({ path: 'test-results/no-webgl-present.png' });
});

test('the still map draws the people placed in MPP as the WebGL map does', async ({ page }) => {
  await page.goto('/?date=2019-08-01');
  const still = page.getByTestId('static-map');
  await expect(still.locator('circle[data-returns-symbol="count"]')).toHaveCount(5);
  await page.goto('/?date=2020-03-01');
  await expect(still.locator('circle[data-returns-symbol="floor"]')).toHaveCount(5);
  await expect(still.locator('circle[data-returns-symbol="none"]')).toHaveCount(2);
});

test('the still map draws markers as the legend explains them: rings for "not yet" and for hollow places', async ({ page }) => {
  const marker = (id: string) => page.getByTestId('static-map').locator(`[data-marker="${id}"]`);
  const paint = async (id: string) => marker(id).evaluate((el) => [el.getAttribute('fill'), el.getAttribute('stroke')]);
  // Calexico and Mexicali: MPP 1.0 from a month known only approximately, so hollow.
  await page.goto('/?date=2020-01-15');
  await expect(marker('port-calexico')).toBeAttached();
  expect(await paint('port-calexico')).toEqual([MARKER_OUTLINE, STAGE_COLOURS.mpp1]);
  expect(await paint('city-mexicali')).toEqual([MARKER_OUTLINE, STAGE_COLOURS.mpp1]);
  expect(await paint('port-san-ysidro')).toEqual([STAGE_COLOURS.mpp1, MARKER_OUTLINE]);
  // No name hides a marker: at each marker's centre the topmost thing drawn is a marker (Mexicali's
  // name, with nowhere free to go, once covered Nogales's port).
  const hidden = await page.evaluate(() =>
    [...document.querySelectorAll('[data-testid="static-map"] [data-marker]')].flatMap((el) => {
      const r = el.getBoundingClientRect();
      const top = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
      return top?.hasAttribute('data-marker') ? [] : [`${el.getAttribute('data-marker')} under ${top?.textContent || top?.tagName}`];
    })
  );
  expect(hidden).toEqual([]);
  // Before MPP: every port a grey ring, not the solid grey of "no returns at this time".
  await page.goto('/?date=2019-01-01');
  await expect(marker('port-laredo')).toBeAttached();
  expect(await paint('port-laredo')).toEqual([MARKER_OUTLINE, STAGE_COLOURS['not-yet']]);
});
