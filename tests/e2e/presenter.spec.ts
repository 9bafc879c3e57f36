import { test, expect, waitForMapIdle } from './helpers';

test('the presenter view and the main window follow each other', async ({ page, context }) => {
  await page.goto('/?briefing=default&chapter=2');
  await waitForMapIdle(page);
  const popupPromise = context.waitForEvent('page');
  await page.keyboard.press('s');
  const presenter = await popupPromise;
  await presenter.waitForLoadState();
  await expect(presenter.getByTestId('presenter')).toHaveAttribute('data-chapter', '2');
  await expect(presenter.getByTestId('notes')).not.toBeEmpty();
  await expect(presenter.getByTestId('clock')).toHaveText(/\d\d:\d\d/);
  // Presenter → main.
  await presenter.locator('html[data-hydrated]').waitFor({ state: 'attached' });
  await presenter.getByTestId('presenter-next').click();
  await expect(page).toHaveURL(/chapter=3/);
  await expect(page.getByTestId('chapter-caption')).toHaveAttribute('data-chapter', '3');
  // Main → presenter.
  await page.getByTestId('chapter-next').click();
  await expect(presenter.getByTestId('presenter')).toHaveAttribute('data-chapter', '4');
});
