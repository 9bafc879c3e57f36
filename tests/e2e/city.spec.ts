import { type Page } from '@playwright/test';
import { test, expect, waitForMapIdle, wcagViolations, mapZoom, cityOpener, holdBackMapLibre, colourAt, colourDistance } from './helpers';
import { lngLatsOnScreen, placesOnScreen } from './mapGeometry';
import { PAIR_OFFSET } from '../../src/lib/map/layers/markerGeometry';
import { ADVISORY_LEVEL_COLOURS, STAGE_COLOURS } from '../../src/lib/map/palette';

// Expected values written out from the State Department record (see geodata/mpp/research-notes),
// not read from the app's own data, so the test checks the app rather than itself.
const RETURN_CITIES: Record<string, { port: string; state: string; levels: Record<string, string> }> = {
  tijuana: { port: 'san-ysidro', state: 'MX-BCN', levels: { '2020-01-15': '2', '2021-04-15': '2', '2022-03-01': '3' } },
  mexicali: { port: 'calexico', state: 'MX-BCN', levels: { '2020-01-15': '2', '2021-04-15': '2', '2022-03-01': '3' } },
  'ciudad-juarez': { port: 'el-paso', state: 'MX-CHH', levels: { '2020-01-15': '3', '2021-04-15': '3', '2022-03-01': '3' } },
  'nuevo-laredo': { port: 'laredo', state: 'MX-TAM', levels: { '2020-01-15': '4', '2021-04-15': '4', '2022-03-01': '4' } },
  matamoros: { port: 'brownsville', state: 'MX-TAM', levels: { '2020-01-15': '4', '2021-04-15': '4', '2022-03-01': '4' } },
  'piedras-negras': { port: 'eagle-pass', state: 'MX-COA', levels: { '2020-01-15': '3', '2021-04-15': '3', '2022-03-01': '3' } },
  'nogales-sonora': { port: 'nogales', state: 'MX-SON', levels: { '2020-01-15': '3', '2021-04-15': '3', '2022-03-01': '3' } }
};

async function expectNoFactAfter(page: Page, date: string) {
  for (const d of await page.getByTestId('city-fact').evaluateAll((els) => els.map((e) => e.getAttribute('data-date')!))) {
    if (d.length === 7) expect(d <= date.slice(0, 7), `${d} shown on ${date}`).toBe(true);
    else expect(d <= date, `${d} shown on ${date}`).toBe(true);
  }
}

for (const [city, expected] of Object.entries(RETURN_CITIES)) {
  test(`${city}: level, ports and only earlier facts, in each phase`, async ({ page }) => {
    // The panel's text is the test; the map is drawn in the tests below.
    await holdBackMapLibre(page);
    for (const [date, level] of Object.entries(expected.levels)) {
      await page.goto(`/?city=${city}&date=${date}`);
      const panel = page.getByTestId('city-panel');
      await expect(panel).toHaveAttribute('data-city', city);
      await expect(panel.getByTestId('city-level')).toHaveAttribute('data-level', level);
      await expect(panel.locator(`[data-testid="city-port"][data-port="${expected.port}"]`)).toBeVisible();
      await expect(panel.getByTestId('city-source').first()).toBeVisible();
      await expect(panel.getByText('Loading the documented facts')).toHaveCount(0);
      await expectNoFactAfter(page, date);
    }
  });
}

test('facts that came later are kept apart, behind a clearly marked button', async ({ page }) => {
  await page.goto('/?city=matamoros&date=2019-10-01');
  await expect(page.getByTestId('city-fact').first()).toBeVisible();
  await expectNoFactAfter(page, '2019-10-01');
  await expect(page.getByTestId('city-fact-later')).toHaveCount(0);
  await page.getByTestId('show-later').click();
  const later = page.getByTestId('city-fact-later');
  await expect(later.first()).toBeVisible();
  for (const d of await later.evaluateAll((els) => els.map((e) => e.getAttribute('data-date')!))) expect(d > '2019-10').toBe(true);
  await expect(page.getByText(/After 1 October 2019/)).toBeVisible();
});

test('the note that reported incidents are a floor comes with incidents, not with counts of cases', async ({ page }) => {
  // Matamoros on 15 January 2020: counts of court cases and of the camp, no incident yet.
  await page.goto('/?city=matamoros&date=2020-01-15');
  const panel = page.getByTestId('city-panel');
  await expect(panel.getByTestId('city-fact').first()).toBeVisible();
  await expect(panel.getByText(/a floor, not a rate/)).toHaveCount(0);
  // Nuevo Laredo on 1 November 2019: a family's kidnapping, reported by Human Rights First.
  await page.goto('/?city=nuevo-laredo&date=2019-11-01');
  await expect(panel.getByText('The incidents listed are those publicly reported: a floor, not a rate.')).toBeVisible();
});

test('the panel follows the timeline while open', async ({ page }) => {
  await page.goto('/?city=tijuana&date=2021-06-16');
  await expect(page.getByTestId('city-level')).toHaveAttribute('data-level', '2');
  await page.getByTestId('date-slider').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('city-level')).toHaveAttribute('data-level', '3');
  await expect(page.getByTestId('city-panel')).toContainText('17 June 2021');
});

test('clicking a city on the map opens its panel and the map eases to it', async ({ page }) => {
  await page.goto('/?date=2020-01-15');
  await waitForMapIdle(page);
  // Cities are drawn 11 px (PAIR_OFFSET) south of their true point (see CitiesLayer).
  const { points: [at] } = await lngLatsOnScreen(page, [[-97.5042, 25.8794]]);
  const point = { x: at!.x, y: at!.y + PAIR_OFFSET };
  await page.mouse.click(point.x, point.y);
  await expect(page.getByTestId('city-panel')).toHaveAttribute('data-city', 'matamoros');
  await expect(page).toHaveURL(/city=matamoros/);
  await expect.poll(() => mapZoom(page)).toBeGreaterThanOrEqual(5.9);
});

test('Enter on a city in the list opens it; Escape closes it and returns focus', async ({ page }) => {
  await page.goto('/?date=2020-01-15');
  const opener = cityOpener(page, 'ciudad-juarez');
  await opener.focus();
  await page.keyboard.press('Enter');
  const panel = page.getByTestId('city-panel');
  await expect(panel).toHaveAttribute('data-city', 'ciudad-juarez');
  const heading = panel.getByRole('heading', { level: 2, name: 'Ciudad Juárez' });
  await expect(heading).toBeFocused();
  // Opened from the keyboard, the heading shows where the focus went.
  expect(await heading.evaluate((h) => h.matches(':focus-visible'))).toBe(true);
  await expect(panel).toHaveAccessibleName('Ciudad Juárez');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('city-panel')).toHaveCount(0);
  await expect(page).not.toHaveURL(/city=/);
  await expect(cityOpener(page, 'ciudad-juarez')).toBeFocused();
});

test('a screen reader hears the cities as one list with one item per city', async ({ page }) => {
  await holdBackMapLibre(page);
  await page.goto('/?date=2020-01-15');
  const region = page.getByRole('region', { name: 'Cities' });
  const openers = region.getByTestId('open-city');
  await expect(region.getByRole('list')).toHaveCount(1);
  const items = region.getByRole('list').getByRole('listitem');
  expect(await openers.count()).toBeGreaterThan(5);
  await expect(items).toHaveCount(await openers.count());
  await expect(items.first().getByRole('button')).toHaveAccessibleName(/Tijuana/);
});

test('a city opened with the page takes the focus without a focus ring', async ({ page }) => {
  // On a projector the ring framed the heading as if someone had tabbed to it.
  await page.goto('/?date=2020-01-15&city=matamoros');
  const heading = page.getByTestId('city-panel').getByRole('heading', { level: 2, name: 'Matamoros' });
  await expect(heading).toBeFocused();
  expect(await heading.evaluate((h) => [h.matches(':focus-visible'), getComputedStyle(h).outlineStyle])).toEqual([false, 'none']);
  // The first Tab goes on from the heading into the panel, as from any focus.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('[data-testid="city-panel"]') !== null)).toBe(true);
});

test('the close button closes the panel', async ({ page }) => {
  await page.goto('/?city=reynosa&date=2021-04-01');
  await page.getByTestId('city-close').click();
  await expect(page.getByTestId('city-panel')).toHaveCount(0);
});

test('an unknown city in the URL is ignored with a notice', async ({ page }) => {
  await page.goto('/?city=atlantis');
  await expect(page.getByTestId('notice')).toContainText('atlantis');
  await expect(page.getByTestId('city-panel')).toHaveCount(0);
});

test('the panel has no WCAG A/AA violations, and its chart has a text alternative', async ({ page }) => {
  await page.goto('/?city=matamoros&date=2020-06-01');
  await expect(page.getByTestId('city-fact').first()).toBeVisible();
  await expect(page.locator('[data-testid="series-chart"][data-series="matamoros-camp"] table')).toHaveCount(1);
  expect(await wcagViolations(page)).toEqual([]);
});

for (const lang of ['en', 'es']) {
  for (const city of ['matamoros', 'ciudad-juarez']) {
    test(`screenshot: ${city} panel (${lang})`, async ({ page }) => {
      await page.goto(`/?city=${city}&date=2020-02-01&lang=${lang}`);
      await waitForMapIdle(page);
      await expect(page.getByTestId('city-fact').first()).toBeVisible();
      await page.screenshot({ path: `test-results/panel-${city}-${lang}.png` });
    });
  }
}

test('the printable fact sheet shows the city on the chosen date, with a locator map and citations', async ({ page }) => {
  await page.goto('/?city=nuevo-laredo&date=2019-10-20&lang=es');
  await page.getByTestId('fact-sheet-link').click();
  await expect(page).toHaveURL(/cities\/nuevo-laredo\/\?date=2019-10-20&lang=es/);
  const sheet = page.getByTestId('fact-sheet');
  await expect(sheet).toHaveAttribute('data-city', 'nuevo-laredo');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Nuevo Laredo');
  await expect(page.getByTestId('sheet-date')).toContainText('20 de octubre de 2019');
  await expect(sheet.locator('svg.locator')).toHaveAttribute('aria-label', /Nuevo Laredo/);
  await expect(sheet.getByTestId('city-level')).toHaveAttribute('data-level', '4');
  // The outlines are drawn in the browser, from the module all sheets share: every Mexican state,
  // Tamaulipas in the colour of its level on that date.
  await expect(sheet.locator('svg.locator path[data-state^="MX-"]')).toHaveCount(32);
  await expect(sheet.locator('svg.locator path[data-state="MX-TAM"]')).toHaveAttribute('fill', ADVISORY_LEVEL_COLOURS[4]);
  // … and not written into the prerendered page, which the offline copy holds for every city.
  const prerendered = await (await page.request.get('/cities/nuevo-laredo')).text();
  expect(prerendered).toContain('data-testid="fact-sheet"');
  expect(prerendered).not.toContain('data-state=');
  await expectNoFactAfter(page, '2019-10-20');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Imprimir' })).toBeHidden();
  expect(await wcagViolations(page)).toEqual([]);
});

// A port's dates can carry several alternative dates, each with its own citations.
test('a phase with two alternative dates keeps each one apart from the citations before it', async ({ page }) => {
  await page.goto('/cities/ciudad-juarez/?lang=es');
  const mpp1 = page.getByTestId('city-port-phase').filter({ has: page.locator('.alt') }).first();
  await expect(mpp1.locator('.alt')).toHaveCount(2);
  // No citation mark runs into the word after it ("[7]Otras").
  expect(await mpp1.innerText()).not.toMatch(/\]\p{L}/u);
});

// Monterrey received people bused from Nuevo Laredo under MPP 1.0 (2019) and people returned through
// Brownsville who chose it under MPP 2.0 (2022). Its square, on the map and in the list, takes the
// colour of the programme moving people there; it was drawn in MPP 1.0's blue in 2022 too.
for (const [date, programme] of [
  ['2019-08-01', 'mpp1'],
  ['2022-03-01', 'mpp2']
] as const) {
  test(`on ${date}, Monterrey's square is in the colour of ${programme === 'mpp1' ? 'MPP 1.0' : 'MPP 2.0'}, on the map and in the list`, async ({ page }) => {
    const other = programme === 'mpp1' ? 'mpp2' : 'mpp1';
    await page.goto(`/?date=${date}`);
    await waitForMapIdle(page);
    const { places } = await placesOnScreen(page, ['monterrey']);
    const square = places.monterrey!.marker;
    const seen = await colourAt(page, square.x, square.y);
    expect(colourDistance(seen, STAGE_COLOURS[programme]), `map square ${seen}`).toBeLessThan(24);
    expect(colourDistance(seen, STAGE_COLOURS[other])).toBeGreaterThan(60);
    const listed = cityOpener(page, 'monterrey').locator('.square');
    const stage = await listed.evaluate((e) => getComputedStyle(e).getPropertyValue('--stage').trim());
    expect(stage.toLowerCase()).toBe(STAGE_COLOURS[programme]);
  });
}
