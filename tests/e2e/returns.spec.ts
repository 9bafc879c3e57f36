// People placed in MPP to date: the summary's and city list's hooks, the circles' sizes on the map and
// the published files, on three dates (the TRAC months of 2019, a gap, and MPP 2.0).
import { test, expect, waitForMapIdle, portStatus, cityOpener } from './helpers';
import { radiusFor } from '../../src/lib/map/returnsSymbol';

/** The circle MapLibre draws for a city: its feature-state and the radius the layer's expression gives it. */
async function circleOf(page: import('@playwright/test').Page, city: string) {
  return page.evaluate((id) => {
    const map = window.__mppMap!;
    const state = map.getFeatureState({ source: 'places', id });
    const feature = map.queryRenderedFeatures({ layers: ['returns-symbols'] }).find((f) => f.id === id || f.properties?.id === id);
    return { symbol: state.returnsSymbol as string, people: state.people as number, radius: feature ? (feature.layer.paint as Record<string, number>)['circle-radius'] : null };
  }, city);
}

test('on 1 August 2019 each port has TRAC\'s cases to the end of July, and the circles grow with them', async ({ page }) => {
  await page.goto('/?date=2019-08-01');
  await waitForMapIdle(page);
  await expect(portStatus(page, 'el-paso')).toHaveAttribute('data-returned', '10622');
  await expect(portStatus(page, 'san-ysidro')).toHaveAttribute('data-returned', '6013');
  await expect(portStatus(page, 'brownsville')).toHaveAttribute('data-returned', '1450');
  await expect(cityOpener(page, 'ciudad-juarez')).toHaveAttribute('data-returned', '10622');
  await expect(portStatus(page, 'el-paso').getByTestId('port-returned')).toContainText('10,622 people placed in MPP to the end of July 2019');
  const juarez = await circleOf(page, 'ciudad-juarez');
  const matamoros = await circleOf(page, 'matamoros');
  expect(juarez).toMatchObject({ symbol: 'count', people: 10622 });
  expect(matamoros).toMatchObject({ symbol: 'count', people: 1450 });
  expect(juarez.radius).toBeCloseTo(radiusFor(10622), 1);
  expect(matamoros.radius).toBeCloseTo(radiusFor(1450), 1);
});

test('on 1 March 2020 no count covers the months to date: empty hooks, outlines at the last count', async ({ page }) => {
  await page.goto('/?date=2020-03-01');
  await waitForMapIdle(page);
  await expect(portStatus(page, 'el-paso')).toHaveAttribute('data-returned', '');
  await expect(portStatus(page, 'el-paso').getByTestId('port-returned')).toContainText('more than 16,300 people placed in MPP to the end of November 2019');
  await expect(portStatus(page, 'nogales').getByTestId('port-returned')).toContainText('counted with El Paso');
  await expect(cityOpener(page, 'tijuana')).toHaveAttribute('data-returned', '');
  expect(await circleOf(page, 'ciudad-juarez')).toMatchObject({ symbol: 'floor', people: 16300 });
  expect(await circleOf(page, 'nogales-sonora')).toMatchObject({ symbol: 'none' });
});

test('on 1 June 2021, between the programmes, the MPP 1.0 totals are counts to date', async ({ page }) => {
  await page.goto('/?date=2021-06-01&lang=es');
  await waitForMapIdle(page);
  await expect(portStatus(page, 'brownsville')).toHaveAttribute('data-returned', '16400');
  await expect(portStatus(page, 'brownsville').getByTestId('port-returned')).toContainText('más de 16,400 personas');
  expect(await circleOf(page, 'matamoros')).toMatchObject({ symbol: 'count', people: 16400 });
  await expect(page.getByTestId('returns-legend')).toContainText('Personas incluidas en el MPP');
});

test('on 1 June 2022 MPP 2.0 has no count for most ports: floors, never zero', async ({ page }) => {
  await page.goto('/?date=2022-06-01');
  await waitForMapIdle(page);
  for (const port of ['san-ysidro', 'el-paso', 'laredo', 'brownsville']) await expect(portStatus(page, port)).toHaveAttribute('data-returned', '');
  const juarez = await circleOf(page, 'ciudad-juarez');
  expect(juarez.symbol).toBe('floor');
  expect(juarez.people).toBeGreaterThan(22000);
});

test('returns.json and returns.csv publish the monthly counts per port', async ({ request }) => {
  const rows = (await (await request.get('/data/returns.json')).json()) as { port: string; city: string; month: string; phase: string; value: number; sources: string[] }[];
  const elPasoJuly = rows.find((r) => r.port === 'el-paso' && r.month === '2019-07');
  expect(elPasoJuly).toMatchObject({ city: 'ciudad-juarez', phase: 'mpp1', value: 3768 });
  expect(elPasoJuly!.sources.length).toBeGreaterThan(0);
  for (const r of rows) expect(r.month).toMatch(/^\d{4}-\d{2}$/);
  const csv = await (await request.get('/data/returns.csv')).text();
  expect(csv.split('\r\n')[0]).toBe('port,city,month,phase,value,qualifier,series,sources');
  expect(csv).toContain('el-paso,ciudad-juarez,2019-07,mpp1,3768,');
});

test('the city panel gives the count to date with its sources, and the monthly counts as bars', async ({ page }) => {
  await page.goto('/?date=2019-08-01&city=ciudad-juarez');
  const count = page.getByTestId('city-returned');
  await expect(count).toHaveAttribute('data-returned', '10622');
  await expect(count).toContainText('10,622 people placed in MPP to the end of July 2019');
  await expect(count.locator('a.cite')).not.toHaveCount(0);
  await expect(page.locator('[data-testid="series-chart"][data-series="trac-new-cases-el-paso"] rect')).toHaveCount(7);
});

test("a city's printable fact sheet gives the same count to date as its panel", async ({ page }) => {
  await page.goto('/cities/ciudad-juarez?date=2019-08-01');
  const count = page.getByTestId('city-returned');
  await expect(count).toHaveAttribute('data-returned', '10622');
  await expect(count).toContainText('10,622 people placed in MPP to the end of July 2019');
  // A city whose people were counted at another hearing location says so, with no number.
  await page.goto('/cities/nogales-sonora?date=2020-03-01');
  await expect(page.getByTestId('city-returned')).toHaveAttribute('data-returned', '');
  await expect(page.getByTestId('city-returned')).toContainText('counted with El Paso');
});
