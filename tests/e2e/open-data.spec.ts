import { test, expect, wcagViolations } from './helpers';

// Every file the app publishes under /data/ (docs/data.md): researchers script against these paths.
const FILES = [
  'ports.geojson', 'cities.geojson', 'advisories.json', 'events.json', 'facts.json', 'sources.json', 'series.json',
  'transfers.json', 'returns.json', 'ports.csv', 'advisories.csv', 'facts.csv', 'returns.csv'
];

test('every open-data file is published with the app', async ({ request }) => {
  for (const file of FILES) {
    const response = await request.get(`/data/${file}`);
    expect(response.status(), file).toBe(200);
    const body = await response.text();
    expect(body.length, file).toBeGreaterThan(100);
    if (!file.endsWith('.csv')) JSON.parse(body);
  }
  const ports = await (await request.get('/data/ports.geojson')).json();
  expect(ports.type).toBe('FeatureCollection');
  expect(ports.features).toHaveLength(8);
});

test('the Data & sources page lists every source with its link, in both languages', async ({ page, request }) => {
  const sources = (await (await request.get('/data/sources.json')).json()) as { id: string; url: string; note?: string }[];
  const noted = sources.find((s) => s.note)!;
  await page.goto('/');
  await page.getByTestId('sources-link').click();
  await expect(page).toHaveURL(/\/sources/);
  await expect(page.getByRole('heading', { level: 1, name: 'Data and sources' })).toBeVisible();
  await expect(page.getByTestId('source')).toHaveCount(sources.length);
  const first = sources[0]!;
  await expect(page.locator(`[data-source-id="${first.id}"] a`)).toHaveAttribute('href', first.url);
  await expect(page.getByTestId('open-data-file')).toHaveText(FILES.map((file) => `/data/${file}`));

  // Each source's note (in the page's HTML only) is shown, and stays when the language changes.
  const note = page.locator(`[data-source-id="${noted.id}"] .note`);
  await expect(note).toHaveText(noted.note!);
  await expect(page.locator(`[data-source-id="${sources.find((s) => !s.note)!.id}"] .note`)).toBeHidden();

  await page.getByTestId('lang-es').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Datos y fuentes' })).toBeVisible();
  await expect(note).toHaveText(noted.note!);
  await page.getByRole('link', { name: /Volver al mapa/ }).click();
  await expect(page).toHaveURL(/lang=es/);
  await expect(page.getByRole('heading', { name: 'Lo que muestra el mapa' })).toBeVisible();
});

test('the Data & sources page has no WCAG A/AA violations', async ({ page }) => {
  await page.goto('/sources?lang=es');
  await expect(page.getByTestId('source').first()).toBeVisible();
  expect(await wcagViolations(page)).toEqual([]);
});
