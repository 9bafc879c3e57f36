import { test, expect } from './helpers';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../playwright.config';

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
  await expect(page.locator('[data-testid="port-status"][data-port="laredo"]')).toHaveAttribute('data-status', 'mpp1');
  // City panels open from the list.
  await page.locator('[data-testid="open-city"][data-city="nuevo-laredo"]').click();
  await expect(page.getByTestId('city-level')).toHaveAttribute('data-level', '4');
  await page.screenshot({ path: 'test-results/no-webgl-es.png' });
  expect(errors).toEqual([]);
});
