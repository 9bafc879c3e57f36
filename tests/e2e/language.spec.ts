import { test, expect, waitForMapIdle } from './helpers';

test('the language switch changes visible text, the URL and the map labels', async ({ page }) => {
  await page.goto('/');
  await waitForMapIdle(page);
  await expect(page.getByRole('heading', { name: 'What the map shows' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.getByTestId('lang-es').click();
  await expect(page).toHaveURL(/[?&]lang=es\b/);
  await expect(page.getByRole('heading', { name: 'Lo que muestra el mapa' })).toBeVisible();
  await expect(page.getByText('Quédate en México, 2019–2022', { exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByTestId('lang-es')).toHaveAttribute('aria-current', 'true');
  await expect.poll(() => page.evaluate(() => window.__mppMap!.getGlobalState().lang)).toBe('es');
  await waitForMapIdle(page);
  await page.screenshot({ path: 'test-results/basemap-es.png' });

  await page.getByTestId('lang-en').click();
  await expect(page).not.toHaveURL(/lang=/);
  await expect(page.getByRole('heading', { name: 'What the map shows' })).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.__mppMap!.getGlobalState().lang)).toBe('en');
});

test('?lang=es opens the page in Spanish, and the back button returns to English', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('lang-es').click();
  await expect(page.getByRole('heading', { name: 'Lo que muestra el mapa' })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'What the map shows' })).toBeVisible();

  await page.goto('/?lang=es');
  await expect(page.getByRole('heading', { name: 'Lo que muestra el mapa' })).toBeVisible();
  await expect(page).toHaveTitle(/Quédate en México/);
});

test('an unknown language falls back to English with a dismissible notice', async ({ page }) => {
  await page.goto('/?lang=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
  const notice = page.getByTestId('notice');
  await expect(notice).toBeVisible();
  // The value is echoed as text, never as markup.
  await expect(notice).toContainText('<script>alert(1)</script>');
  await expect(page.getByRole('heading', { name: 'What the map shows' })).toBeVisible();
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByTestId('notice')).toHaveCount(0);
});
