import { test, expect, waitForMapIdle, clickFadingControl } from './helpers';

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
  await clickFadingControl(page, page.getByTestId('chapter-next'));
  await expect(presenter.getByTestId('presenter')).toHaveAttribute('data-chapter', '4');
});

test("two presses of the presenter view's Next button 150 ms apart from chapter 1 land on chapter 3 in both windows", async ({ page, context }) => {
  await page.goto('/?briefing=default&chapter=1');
  await waitForMapIdle(page);
  const popupPromise = context.waitForEvent('page');
  await page.keyboard.press('s');
  const presenter = await popupPromise;
  await presenter.locator('html[data-hydrated]').waitFor({ state: 'attached' });
  await expect(presenter.getByTestId('presenter')).toHaveAttribute('data-chapter', '1');
  await presenter.getByTestId('presenter-next').click();
  await presenter.waitForTimeout(150);
  await presenter.getByTestId('presenter-next').click();
  await expect(page).toHaveURL(/chapter=3/);
  await expect(page.getByTestId('chapter-caption')).toHaveAttribute('data-chapter', '3');
  await expect(presenter.getByTestId('presenter')).toHaveAttribute('data-chapter', '3');
  await page.waitForTimeout(1500);
  await expect(page).toHaveURL(/chapter=3/);
  await expect(presenter.getByTestId('presenter')).toHaveAttribute('data-chapter', '3');
});
