import { readFileSync } from 'node:fs';
import { test, expect, waitForMapIdle, inspectPng } from './helpers';

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
