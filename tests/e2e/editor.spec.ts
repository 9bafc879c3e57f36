// The briefing editor: a speaker's own briefing made in the browser with the keyboard alone, kept,
// saved as a file, shared as a link and presented.
import { readFileSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { test, expect, waitForMapIdle, wcagViolations, clickFadingControl } from './helpers';

// These tests are about making, saving and presenting a briefing, not the camera's flights or
// the date's run between chapters: with reduced motion they jump, so a slow machine does not draw
// them frame by frame in software.
test.use({ reducedMotion: 'reduce' });

/** Presses Enter on a control, as a keyboard user who tabbed to it would. */
async function press(page: Page, testId: string, nth = 0) {
  await page.getByTestId(testId).nth(nth).focus();
  await page.keyboard.press('Enter');
}

/**
 * Types into a field reached from the keyboard, key by key; or, where the test is not about the
 * keyboard, fills it at once (each key is a saved draft and a redraw: ~25 s a briefing on a slow
 * machine).
 */
async function type(page: Page, testId: string, text: string, keyboard = true) {
  if (!keyboard) return page.getByTestId(testId).fill(text);
  await page.getByTestId(testId).focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(text);
}

/** Sets the map's date from the timeline's keys (Home, then months and days forward). */
async function dateByKeys(page: Page, months: number) {
  await page.getByTestId('date-slider').focus();
  await page.keyboard.press('Home');
  for (let i = 0; i < months; i++) await page.keyboard.press('PageUp');
}

/** Cites the first bibliography entry matching the query. */
async function cite(page: Page, query: string, keyboard: boolean) {
  await type(page, 'source-search', query, keyboard);
  await press(page, 'cite-source');
}

const chapterTitles = (page: Page) => page.getByTestId('chapter-item').locator('strong');

/** Builds "Our clients in Matamoros" from scratch, three chapters: typed key by key with `keyboard`. */
async function buildBriefing(page: Page, { keyboard = false } = {}) {
  await page.goto('/');
  await waitForMapIdle(page);
  await press(page, 'new-briefing');
  await expect(page).toHaveURL(/[?&]edit=[a-z0-9]+/);
  await expect(page.getByTestId('briefing-editor')).toBeVisible();
  await type(page, 'briefing-title', 'Our clients in Matamoros', keyboard);
  await type(page, 'briefing-description', 'What our clients lived through, from Tijuana to Matamoros.', keyboard);

  const chapters = [
    { months: 1, title: 'The first returns', caption: 'In January 2019 the first people were sent back to Tijuana.', source: 'nielsen announcement' },
    { months: 7, title: 'Matamoros', caption: 'From July 2019 people were sent to Matamoros, in a Level 4 state.', source: 'human rights first' },
    { months: 43, title: 'The end of MPP', caption: 'The programme ended in August 2022.', source: 'aila' }
  ];
  for (const [i, ch] of chapters.entries()) {
    await dateByKeys(page, ch.months);
    await press(page, 'add-chapter');
    await expect(page.getByTestId('chapter-item')).toHaveCount(i + 1);
    await type(page, 'chapter-title', ch.title, keyboard);
    await type(page, 'chapter-caption', ch.caption, keyboard);
    await type(page, 'chapter-notes', `Notes for ${ch.title}.`, keyboard);
    await cite(page, ch.source, keyboard);
    await expect(page.getByTestId('cited-source')).toHaveCount(1);
  }
  // The second chapter opens the Matamoros panel: chosen from the keyboard in its list.
  await page.getByTestId('chapter-item').nth(1).getByRole('button').first().focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('chapter-city').focus();
  await page.keyboard.type('Matamoros');
  await expect(page.getByTestId('chapter-city')).toHaveValue('matamoros');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
  return chapters;
}

test('a three-chapter briefing made with the keyboard alone survives a reload, and moves with the keys', async ({ page }) => {
  const chapters = await buildBriefing(page, { keyboard: true });
  await expect(chapterTitles(page)).toHaveText(chapters.map((c) => c.title));

  // Reorder from the keyboard: the last chapter up one place.
  await page.getByTestId('move-up').nth(2).focus();
  await page.keyboard.press('Enter');
  await expect(chapterTitles(page)).toHaveText([chapters[0]!.title, chapters[2]!.title, chapters[1]!.title]);
  await page.getByTestId('move-down').nth(1).focus();
  await page.keyboard.press('Enter');
  await expect(chapterTitles(page)).toHaveText(chapters.map((c) => c.title));

  // Delete, then undo.
  await page.getByTestId('delete-chapter').nth(0).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('chapter-item')).toHaveCount(2);
  await press(page, 'undo');
  await expect(chapterTitles(page)).toHaveText(chapters.map((c) => c.title));

  await page.screenshot({ path: 'test-results/editor.png' });
  expect(await wcagViolations(page)).toEqual([]);

  await page.reload();
  await expect(page.getByTestId('briefing-editor')).toBeVisible();
  await expect(chapterTitles(page)).toHaveText(chapters.map((c) => c.title));
  await expect(page.getByTestId('briefing-title')).toHaveValue('Our clients in Matamoros');

  // Back on the map page, it is listed under "Your briefings".
  await press(page, 'editor-done');
  await expect(page.getByTestId('my-briefing')).toHaveCount(1);
  await expect(page.getByTestId('my-briefing')).toContainText('3');
});

test('a briefing made in the editor is presented with Page Down, and the presenter view follows', async ({ page, context }) => {
  // Types three chapters, presents them and opens a second window: over a minute on a loaded 2-core machine.
  test.slow();
  const chapters = await buildBriefing(page);
  await page.getByTestId('chapter-item').nth(0).getByRole('button').first().focus();
  await page.keyboard.press('Enter');
  await press(page, 'present-briefing');
  await expect(page).toHaveURL(/draft=[a-z0-9]+&chapter=1/);
  await expect(page.getByTestId('chapter-caption')).toContainText(chapters[0]!.caption);
  const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
  await presenter.locator('html[data-hydrated]').waitFor({ state: 'attached' });
  await expect(presenter.locator('#current-title')).toHaveText(chapters[0]!.title);
  await page.bringToFront();
  await page.keyboard.press('PageDown');
  await expect(page.getByTestId('chapter-caption')).toContainText(chapters[1]!.caption);
  await expect(presenter.locator('#current-title')).toHaveText(chapters[1]!.title);
  // Written in English only, it shows the English text in Spanish too.
  await clickFadingControl(page, page.getByRole('link', { name: 'Español' }));
  await expect(page.getByTestId('chapter-caption')).toContainText(chapters[1]!.caption);
  await expect(page.getByTestId('borrowed-language')).toContainText('inglés');
});

async function exported(page: Page): Promise<string> {
  const download = page.waitForEvent('download');
  await press(page, 'export-briefing');
  const file = await download;
  expect(file.suggestedFilename()).toBe('our-clients-in-matamoros.briefing.json');
  return readFileSync((await file.path())!, 'utf8');
}

async function keptIn(page: Page) {
  return page.evaluate(() => Object.entries(localStorage).filter(([k]) => k.startsWith('mpp-atlas:draft:')).map(([, v]) => (JSON.parse(v) as { briefing: unknown }).briefing));
}

test('saved as a file, the briefing opens identical in a fresh browser', async ({ page, browser }) => {
  await buildBriefing(page);
  const text = await exported(page);
  const file = JSON.parse(text) as Record<string, unknown>;
  expect(file.format).toBe('mpp-atlas-briefing');
  expect(file.version).toBe(1);

  const fresh = await (browser as Browser).newContext();
  const other = await fresh.newPage();
  await other.goto('/');
  await other.locator('html[data-hydrated]').waitFor({ state: 'attached' });
  await other.getByTestId('import-briefing').setInputFiles({ name: 'our-clients-in-matamoros.briefing.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(other).toHaveURL(/draft=/);
  const { format: _f, version: _v, ...content } = file;
  expect(await keptIn(other)).toEqual([content]);
  await fresh.close();
});

test('shared as a link, the briefing opens in a fresh browser', async ({ page, browser }) => {
  await buildBriefing(page);
  await press(page, 'share-briefing');
  const link = await page.getByTestId('share-link').inputValue();
  expect(link).toMatch(/#b=[A-Za-z0-9_-]+$/);

  const fresh = await (browser as Browser).newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(other.getByTestId('shared-briefing')).toContainText('Our clients in Matamoros');
  await other.getByTestId('shared-present').click();
  await expect(other.getByTestId('chapter-caption')).toContainText('The first returns');
  await fresh.close();
});

test('a caption holding markup is shown as text when presented', async ({ page }) => {
  await buildBriefing(page);
  const hostile = '<img src=x onerror=alert(1)>';
  await page.getByTestId('chapter-item').nth(0).getByRole('button').first().focus();
  await page.keyboard.press('Enter');
  await type(page, 'chapter-caption', `Look: ${hostile}`);
  let alerted = false;
  page.on('dialog', (d) => ((alerted = true), void d.dismiss()));
  await press(page, 'present-briefing');
  await expect(page.getByTestId('chapter-caption')).toContainText(`Look: ${hostile}`);
  await expect(page.getByTestId('chapter-caption').locator('img')).toHaveCount(0);
  expect(alerted).toBe(false);
});

test('a chapter with no source cannot be presented: the editor says which and why', async ({ page }) => {
  await page.goto('/');
  await waitForMapIdle(page);
  await press(page, 'new-briefing');
  await type(page, 'briefing-title', 'Unfinished');
  await type(page, 'briefing-description', 'Work in progress.');
  await press(page, 'add-chapter');
  await type(page, 'chapter-title', 'No sources');
  await type(page, 'chapter-caption', 'A caption.');
  await press(page, 'present-briefing');
  const problems = page.getByTestId('editor-problems');
  await expect(problems.locator('li[data-field="sources"][data-chapter="chapter-1"]')).toHaveCount(1);
  await expect(problems.locator('li[data-field="notes.en"]')).toHaveCount(1);
  await expect(page).toHaveURL(/edit=/);
});

test('your briefings: rename, duplicate, and delete after asking', async ({ page }) => {
  await page.goto('/');
  await waitForMapIdle(page);
  await press(page, 'new-briefing');
  await press(page, 'editor-done');
  const items = page.getByTestId('my-briefing');
  await expect(items).toHaveCount(1);
  await items.getByRole('button', { name: 'Rename' }).click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Bar association, May');
  await page.keyboard.press('Enter');
  await expect(items).toContainText('Bar association, May');
  await items.getByRole('button', { name: 'Duplicate' }).click();
  await expect(items).toHaveCount(2);
  await expect(page.getByText('Bar association, May (copy)')).toBeVisible();
  await items.first().getByTestId('delete-briefing').click();
  await expect(items.first()).toContainText('cannot be undone');
  await items.first().getByRole('button', { name: 'Keep it' }).click();
  await expect(items).toHaveCount(2);
  await items.first().getByTestId('delete-briefing').click();
  await items.first().getByTestId('confirm-delete').click();
  await expect(items).toHaveCount(1);
});

test('the handout prints one page per chapter, on A4 and on US Letter', async ({ page }) => {
  await buildBriefing(page);
  await page.evaluate(() => (window.print = () => ((window as unknown as { __printed: boolean }).__printed = true)));
  await press(page, 'print-handout');
  await page.waitForFunction(() => (window as unknown as { __printed?: boolean }).__printed === true);
  await expect(page.getByTestId('handout-page')).toHaveCount(3);
  await expect(page.getByTestId('handout').locator('[data-testid="static-map"] svg')).toHaveCount(3);
  // Busing on to Monterrey is drawn on the July 2019 and July 2022 pages, and their keys explain it;
  // January 2019's page has no transfer and no such key.
  const pages = page.getByTestId('handout-page');
  const transfers = (n: number) => pages.nth(n).locator('[data-transfer]');
  await expect(transfers(0)).toHaveCount(0);
  await expect(transfers(1)).toHaveCount(1);
  await expect(transfers(2)).toHaveCount(1);
  await expect(pages.nth(0).getByTestId('handout-transfer-key')).toHaveCount(0);
  for (const n of [1, 2]) await expect(pages.nth(n).getByTestId('handout-transfer-key')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: 'test-results/handout.png', fullPage: true });
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = await page.pdf({ format, printBackground: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages, format).toHaveLength(3);
    if (format === 'A4') writeFileSync('test-results/handout.pdf', pdf);
  }
});

// The key explains the transfer lines only on a page whose picture draws one: on 1 March 2022 a bus
// runs from Brownsville to Monterrey, which the whole border shows and a close view of Tijuana does not.
test('a handout page keys the transfer lines only where its picture draws one', async ({ page }) => {
  await page.goto('/?date=2022-03-01');
  await waitForMapIdle(page);
  await press(page, 'new-briefing');
  await type(page, 'briefing-title', 'Buses on from the border');
  await type(page, 'briefing-description', 'Where the transfer lines show.');
  const chapters = [
    { title: 'The whole border', caption: 'Brownsville to Monterrey.' },
    { title: 'Tijuana', caption: 'Close to Tijuana.' }
  ];
  for (const chapter of chapters) {
    await press(page, 'add-chapter');
    await type(page, 'chapter-title', chapter.title);
    await type(page, 'chapter-caption', chapter.caption);
    await type(page, 'chapter-notes', chapter.title);
    await cite(page, 'aila', false);
  }
  // The second chapter closes in on Tijuana.
  await page.evaluate(() => window.__mppMap!.jumpTo({ center: [-117.02, 32.5], zoom: 9 }));
  await press(page, 'use-view');
  await expect(page.getByTestId('briefing-editor')).toContainText('zoom 9');
  await page.evaluate(() => (window.print = () => ((window as unknown as { __printed: boolean }).__printed = true)));
  await press(page, 'print-handout');
  await page.waitForFunction(() => (window as unknown as { __printed?: boolean }).__printed === true);
  await page.emulateMedia({ media: 'print' });
  const pages = page.getByTestId('handout-page');
  await expect(pages).toHaveCount(2);
  await expect(pages.nth(0).getByTestId('handout-transfer-key')).toBeVisible();
  await expect(pages.nth(1).getByTestId('handout-transfer-key')).toHaveCount(0);
});

test('a full storage is said, and what was typed stays on the page', async ({ page }) => {
  await page.goto('/');
  await waitForMapIdle(page);
  await press(page, 'new-briefing');
  await press(page, 'add-chapter');
  await page.evaluate(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
  });
  await type(page, 'chapter-title', 'Typed while full');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'full');
  await expect(page.getByTestId('save-status')).toContainText('storage for this site is full');
  await expect(page.getByTestId('chapter-title')).toHaveValue('Typed while full');
  await expect(page.getByTestId('chapter-item').locator('strong')).toHaveText('Typed while full');
});

test('chapters reorder by dragging with the mouse', async ({ page }) => {
  const chapters = await buildBriefing(page);
  await page.getByTestId('chapter-item').nth(2).dragTo(page.getByTestId('chapter-item').nth(0));
  await expect(chapterTitles(page)).toHaveText([chapters[2]!.title, chapters[0]!.title, chapters[1]!.title]);
  await page.reload();
  await expect(chapterTitles(page)).toHaveText([chapters[2]!.title, chapters[0]!.title, chapters[1]!.title]);
});

test('a briefing file opened while editing is presented, leaving the editor', async ({ page }) => {
  await page.goto('/');
  await waitForMapIdle(page);
  await press(page, 'new-briefing');
  await expect(page).toHaveURL(/edit=/);
  const shipped = readFileSync('geodata/briefings/default.json', 'utf8');
  await page.getByTestId('import-briefing').setInputFiles({ name: 'default.briefing.json', mimeType: 'application/json', buffer: Buffer.from(shipped) });
  await expect(page).toHaveURL(/draft=[a-z0-9]+&chapter=1/);
  await expect(page).not.toHaveURL(/edit=/);
  await expect(page.getByTestId('chapter-caption')).toHaveAttribute('data-chapter', '1');
});

// Two tabs share the browser's storage. The same briefing open in both, each tab's changes were
// saved over the other's as it typed: the later save silently undid the earlier tab's work.
const draftTitles = (page: Page) =>
  page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('mpp-atlas:draft:'))
      .map((k) => JSON.parse(localStorage.getItem(k)!).briefing.title.en as string)
      .sort()
  );

/** A new briefing open in the editor in `page` and in a second tab of the same browser. */
async function sameBriefingInTwoTabs(page: Page) {
  await page.goto('/');
  await waitForMapIdle(page);
  await press(page, 'new-briefing');
  await expect(page).toHaveURL(/[?&]edit=[a-z0-9]+/);
  const id = new URL(page.url()).searchParams.get('edit')!;
  const second = await page.context().newPage();
  await second.goto(page.url());
  await expect(second.getByTestId('briefing-editor')).toHaveAttribute('data-draft', id);
  return { id, second };
}

test('a briefing open in two tabs shows each tab’s changes in the other', async ({ page }) => {
  const { id, second } = await sameBriefingInTwoTabs(page);
  await type(page, 'briefing-title', 'Written in the first tab', false);
  await expect(second.getByTestId('briefing-title')).toHaveValue('Written in the first tab');
  await type(second, 'briefing-description', 'Added in the second');
  await expect(second.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
  await expect(page.getByTestId('briefing-description')).toHaveValue('Added in the second');
  await expect(second.getByTestId('editor-kept-both')).toHaveCount(0);
  await expect(second).toHaveURL(new RegExp(`edit=${id}`));
  expect(await draftTitles(page)).toEqual(['Written in the first tab']);
  await second.close();
});

test('a change made before another tab’s save reached this one keeps both versions, and typing goes on', async ({ page }) => {
  const { id, second } = await sameBriefingInTwoTabs(page);
  // Another tab's save that this tab has not heard of yet: written from this tab's own document,
  // which gets no storage event for it.
  await second.evaluate((key) => {
    const draft = JSON.parse(localStorage.getItem(key)!);
    draft.briefing.title.en = 'Written elsewhere';
    localStorage.setItem(key, JSON.stringify(draft));
  }, `mpp-atlas:draft:${id}`);
  await type(second, 'briefing-title', 'M');
  await expect(second.getByTestId('editor-kept-both')).toContainText('(copy)');
  await expect(second).not.toHaveURL(new RegExp(`edit=${id}`));
  // Back in the title field, where the speaker was typing.
  await expect(second.getByTestId('briefing-title')).toBeFocused();
  await second.keyboard.type('ine');
  await expect(second.getByTestId('briefing-title')).toHaveValue('Mine');
  await expect(second.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
  expect(await draftTitles(second)).toEqual(['Mine', 'Written elsewhere']);
  await second.close();
});

test('Your briefings lists a briefing made in another tab as it is made', async ({ page }) => {
  await page.goto('/');
  await waitForMapIdle(page);
  await press(page, 'new-briefing');
  await press(page, 'editor-done');
  await expect(page.getByTestId('my-briefing')).toHaveCount(1);
  const second = await page.context().newPage();
  await second.goto('/');
  await press(second, 'new-briefing');
  await expect(second).toHaveURL(/[?&]edit=/);
  await expect(page.getByTestId('my-briefing')).toHaveCount(2);
  await second.close();
});

// Your briefings listed every new briefing as "Untitled briefing" whatever its title, until renamed.
test('Your briefings names a briefing after its title, until the speaker renames it', async ({ page }) => {
  await page.goto('/');
  await waitForMapIdle(page);
  await press(page, 'new-briefing');
  await type(page, 'briefing-title', 'Our clients in Matamoros');
  await press(page, 'editor-done');
  const item = page.getByTestId('my-briefing');
  await expect(item.locator('.name')).toHaveText('Our clients in Matamoros');
  await item.getByRole('button', { name: 'Rename' }).click();
  await page.getByTestId('rename-input').fill('Bar association, March');
  await page.keyboard.press('Enter');
  await expect(item.locator('.name')).toHaveText('Bar association, March');
  await item.getByRole('button', { name: 'Edit' }).click();
  await type(page, 'briefing-title', 'Our clients in Matamoros and Reynosa', false);
  await press(page, 'editor-done');
  await expect(item.locator('.name')).toHaveText('Bar association, March');
});
