import { test, expect, waitForMapIdle, portStatus, cityOpener } from './helpers';

test('after one visit the app works offline, reload included', async ({ page, context }) => {
  await page.goto('/?date=2019-08-01');
  await waitForMapIdle(page);
  // Wait until the service worker has cached the app and controls the page.
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    return registration.active?.state;
  });
  await context.setOffline(true);
  await page.reload();
  await waitForMapIdle(page);
  await expect(portStatus(page, 'brownsville')).toHaveAttribute('data-status', 'mpp1');
  // A city panel (whose facts load when it first opens) and the other pages still work offline.
  await cityOpener(page, 'matamoros').click();
  await expect(page.getByTestId('city-fact').first()).toBeVisible();
  // The fact sheet link: its in-app navigation data (__data.json) is not precached, so the app
  // falls back to loading the cached page itself.
  await page.getByTestId('fact-sheet-link').click();
  await expect(page.getByTestId('fact-sheet')).toHaveAttribute('data-city', 'matamoros');
  await expect(page.getByTestId('city-fact').first()).toBeVisible();
  await page.goto('/sources');
  await expect(page.getByTestId('source').first()).toBeVisible();
  // A briefing (fetched only when one opens) also works offline.
  await page.goto('/?briefing=default&chapter=2');
  await expect(page.getByTestId('chapter-caption')).toHaveAttribute('data-chapter', '2');
});
