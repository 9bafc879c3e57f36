import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, waitForMapIdle, inspectPng, clickFadingControl } from './helpers';

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

/**
 * The exported PNG's key band (the rows whose left edge is the band's colour), read in the page:
 * 'blue' counts MPP 1.0's pixels in it per square design pixel (the image is 1920 design pixels
 * wide, more on a wider map); 'edge' counts pixels other than the band's in its right margin.
 */
function keyBand(page: Page, png: Buffer, look: 'blue' | 'edge'): Promise<number> {
  return page.evaluate(
    async ({ base64, look }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(image.width, image.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(image, 0, 0);
      const { data, width, height } = ctx.getImageData(0, 0, image.width, image.height);
      const at = (x: number, y: number) => data.subarray(4 * (y * width + x), 4 * (y * width + x) + 3).join(',');
      const band = '244,242,238';
      const edge = Math.round((30 * width) / 1920);
      let count = 0;
      for (let y = 0; y < height; y++) {
        if (at(2, y) !== band) continue;
        if (look === 'blue') for (let x = 0; x < width; x++) count += Number(at(x, y) === '0,114,178');
        else for (let x = width - edge; x < width; x++) count += Number(at(x, y) !== band);
      }
      return look === 'blue' ? count / (width / 1920) ** 2 : count;
    },
    { base64: png.toString('base64'), look }
  );
}

async function exportOf(page: Page, url: string): Promise<Buffer> {
  await page.goto(url);
  await waitForMapIdle(page);
  const downloadPromise = page.waitForEvent('download');
  // Presenting, the tools fade when the pointer rests: move to the button first.
  await clickFadingControl(page, page.getByTestId('export'));
  return readFileSync((await (await downloadPromise).path())!);
}

// The map draws onward transfers (busing on to Monterrey from July 2019) as dashed arcs; the image's
// key explains them on a date that has one, and leaves the entry out on a date that has none. The
// key's stages are the same on both dates, so the entry is the difference in MPP 1.0's colour.
test('the exported image keys the onward transfers when the map draws one', async ({ page }) => {
  const without = await keyBand(page, await exportOf(page, '/?date=2019-03-01'), 'blue');
  const withTransfer = await keyBand(page, await exportOf(page, '/?date=2020-01-15'), 'blue');
  // The entry's square alone is 11 × 11 design pixels.
  expect(withTransfer - without).toBeGreaterThan(100);
  // A close view of Tijuana on the same date leaves the bus to Monterrey out of the picture, and its key the entry.
  await page.evaluate(() => window.__mppMap!.jumpTo({ center: [-117.02, 32.5], zoom: 9 }));
  await waitForMapIdle(page);
  const downloadPromise = page.waitForEvent('download');
  await clickFadingControl(page, page.getByTestId('export'));
  const closeView = readFileSync((await (await downloadPromise).path())!);
  expect(await keyBand(page, closeView, 'blue')).toBe(without);
});

// The key's labels stay inside the image in both languages, presenting too (the second column of
// stages ran off its right edge: "…or use not confirmed", "…a personas con casos").
for (const url of ['/?date=2022-03-01', '/?date=2022-03-01&lang=es', '/?date=2020-01-15&lang=es&present=1']) {
  test(`the exported key's labels end inside the image (${url})`, async ({ page }) => {
    expect(await keyBand(page, await exportOf(page, url), 'edge')).toBe(0);
  });
}
