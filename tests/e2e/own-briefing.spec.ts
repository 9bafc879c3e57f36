// A briefing of the reader's own, brought in as a file or a link: presented like the shipped one,
// refused by chapter and field when it is broken, never touching what the browser already keeps.
import { deflateRawSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { test, expect, waitForMapIdle, clickFadingControl } from './helpers';
import { readFileSync } from 'node:fs';

// These tests are about opening, refusing and presenting briefing files, not the camera's flights
// or the date's run between chapters: with reduced motion they jump, so a slow machine does not
// draw them frame by frame in software.
test.use({ reducedMotion: 'reduce' });

type Json = Record<string, unknown> & { chapters: Record<string, unknown>[] };
const shipped = (): Json => JSON.parse(readFileSync('geodata/briefings/default.json', 'utf8')) as Json;

/** A three-chapter briefing of someone's own, made from the shipped one's chapters 1, 4 and 6. */
function ownBriefing(): Json {
  const b = shipped();
  b.id = 'bar-association-talk';
  b.title = { en: 'Our clients in Matamoros', es: 'Nuestros clientes en Matamoros' };
  b.chapters = [b.chapters[0]!, b.chapters[3]!, b.chapters[5]!].map((ch, i) => ({
    ...ch,
    title: { en: `Our chapter ${i + 1}`, es: `Nuestro capítulo ${i + 1}` }
  }));
  return b;
}

const linkTo = (b: unknown) => `#b=${deflateRawSync(Buffer.from(JSON.stringify(b))).toString('base64url')}`;

async function chooseFile(page: Page, text: string, name = 'talk.briefing.json') {
  await page.getByTestId('import-briefing').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

/** Everything this origin keeps in localStorage, to show a refused file changed none of it. */
const storageOf = (page: Page) => page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));

test('a briefing file opened from the main page is kept and presented, and Page Down moves through it', async ({ page }) => {
  const own = ownBriefing();
  await page.goto('/');
  await waitForMapIdle(page);
  await chooseFile(page, JSON.stringify(own));
  await expect(page).toHaveURL(/[?&]draft=[a-z0-9]+&chapter=1/);
  await expect(page.locator('html')).toHaveClass(/presenting/);
  await expect(page.getByTestId('chapter-caption')).toHaveAttribute('data-chapter', '1');
  await expect(page.getByTestId('chapter-caption')).toContainText('Our chapter 1');
  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(/chapter=2/);
  await expect(page.getByTestId('chapter-caption')).toContainText('Our chapter 2');
  await expect(page.getByTestId('date-label')).toHaveAttribute('data-date', own.chapters[1]!.date as string);
  // A reload finds it again: it is kept in this browser.
  await page.reload();
  await expect(page.getByTestId('chapter-caption')).toContainText('Our chapter 2');
  const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('mpp-atlas:draft:')).length);
  expect(kept).toBe(1);
});

test('the presenter view follows a briefing opened from a file', async ({ page, context }) => {
  await page.goto('/');
  await waitForMapIdle(page);
  await chooseFile(page, JSON.stringify(ownBriefing()));
  await expect(page.getByTestId('chapter-caption')).toHaveAttribute('data-chapter', '1');
  // S, as a speaker would (the toolbar fades in presentation mode while the mouse is still).
  const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
  await presenter.waitForLoadState();
  await expect(presenter.locator('#current-title')).toContainText('Our chapter 1');
  await page.bringToFront();
  await page.keyboard.press('PageDown');
  await expect(presenter.locator('#current-title')).toContainText('Our chapter 2');
  await presenter.getByTestId('presenter-next').click();
  await expect(page.getByTestId('chapter-caption')).toContainText('Our chapter 3');
});

const badFiles: { kind: string; text: () => string; chapter: string; field: string }[] = [
  { kind: 'broken JSON', text: () => '{ "format": "mpp-atlas-briefing", "chapters": [', chapter: '', field: 'file' },
  { kind: 'a later version', text: () => JSON.stringify({ ...ownBriefing(), version: 2 }), chapter: '', field: 'version' },
  { kind: 'not a briefing', text: () => JSON.stringify({ type: 'FeatureCollection', features: [] }), chapter: '', field: 'format' },
  {
    kind: 'an unknown city',
    text: () => {
      const b = ownBriefing();
      b.chapters[1]!.city = 'atlantis';
      return JSON.stringify(b);
    },
    chapter: 'PLACEHOLDER-1',
    field: 'city'
  },
  {
    kind: 'an unknown port',
    text: () => {
      const b = ownBriefing();
      b.chapters[0]!.ports = ['nowhere-port'];
      return JSON.stringify(b);
    },
    chapter: 'PLACEHOLDER-0',
    field: 'ports'
  },
  {
    kind: 'an unknown source',
    text: () => {
      const b = ownBriefing();
      b.chapters[2]!.sources = ['no-such-source'];
      return JSON.stringify(b);
    },
    chapter: 'PLACEHOLDER-2',
    field: 'sources'
  },
  {
    kind: 'a date outside the timeline',
    text: () => {
      const b = ownBriefing();
      b.chapters[2]!.date = '2031-01-01';
      return JSON.stringify(b);
    },
    chapter: 'PLACEHOLDER-2',
    field: 'date'
  },
  { kind: 'an oversized file', text: () => JSON.stringify({ ...ownBriefing(), padding: 'x'.repeat(600 * 1024) }), chapter: '', field: 'file' }
];

for (const bad of badFiles) {
  test(`a briefing file with ${bad.kind} is refused by chapter and field, and the kept briefings are untouched`, async ({ page }) => {
    await page.goto('/');
    await waitForMapIdle(page);
    // One briefing already kept, as a speaker would have.
    await chooseFile(page, JSON.stringify(ownBriefing()));
    await expect(page).toHaveURL(/draft=/);
    await clickFadingControl(page, page.getByTestId('chapter-close'));
    await expect(page).not.toHaveURL(/draft=/);
    const before = await storageOf(page);

    await chooseFile(page, bad.text());
    const refused = page.getByTestId('import-refused');
    await expect(refused).toBeVisible();
    await expect(refused).toContainText('Nothing in your briefings was changed');
    const chapter = bad.chapter.startsWith('PLACEHOLDER-') ? (ownBriefing().chapters[Number(bad.chapter.split('-')[1])]!.id as string) : '';
    const problem = refused.locator(`li[data-field="${bad.field}"][data-chapter="${chapter}"]`);
    await expect(problem).toHaveCount(1);
    if (chapter) await expect(problem).toContainText(`Chapter ${chapter}`);
    expect(await storageOf(page)).toBe(before);
    await expect(page).not.toHaveURL(/draft=/);
    // Closed, the map is as it was.
    await page.keyboard.press('Escape');
    await expect(refused).toBeHidden();
    await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', 'idle');
  });
}

test('a shared link shows the briefing as sent; Present runs it, Save keeps a copy', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`/${linkTo(ownBriefing())}`);
  const dialog = page.getByTestId('shared-briefing');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Our clients in Matamoros');
  await expect(dialog.locator('ol li')).toHaveCount(3);
  // Nothing is kept until the reader asks.
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('mpp-atlas:draft:')).length)).toBe(0);
  await page.getByTestId('shared-save').click();
  await expect(page.getByTestId('shared-status')).toContainText('Saved');
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('mpp-atlas:draft:')).length)).toBe(1);
  await page.getByTestId('shared-present').click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/draft=[a-z0-9]+&chapter=1/);
  await expect(page.getByTestId('chapter-caption')).toContainText('Our chapter 1');
  await page.keyboard.press('PageDown');
  await expect(page.getByTestId('chapter-caption')).toContainText('Our chapter 2');
  await context.close();
});

test('a broken or hostile link is refused with a message, and the map stays usable', async ({ page }) => {
  const b = ownBriefing();
  b.chapters[1]!.city = 'atlantis';
  await page.goto(`/${linkTo(b)}`);
  const dialog = page.getByTestId('shared-briefing');
  await expect(dialog).toContainText('does not hold a briefing');
  await expect(dialog.locator(`li[data-field="city"][data-chapter="${b.chapters[1]!.id as string}"]`)).toHaveCount(1);
  await page.keyboard.press('Escape');
  await waitForMapIdle(page);

  // Cut short in transit.
  await page.goto(`/${linkTo(ownBriefing()).slice(0, 200)}`);
  await expect(page.getByTestId('shared-briefing')).toContainText('does not hold a briefing');
  await expect(page.getByTestId('shared-briefing').locator('li[data-field="link"]')).toHaveCount(1);

  // A small link that inflates to far more than any briefing.
  await page.goto(`/#b=${deflateRawSync(Buffer.alloc(4 * 1024 * 1024, 32)).toString('base64url')}`);
  await expect(page.getByTestId('shared-briefing').locator('li[data-field="link"]')).toContainText('more than');
});

test('markup in a caption is shown as text, never run', async ({ page }) => {
  const b = ownBriefing();
  const hostile = '<img src=x onerror=alert(1)>';
  b.chapters[0]!.caption = { en: `Before ${hostile} after`, es: `Antes ${hostile} después` };
  b.chapters[0]!.title = { en: '<b>bold</b>', es: '<b>negrita</b>' };
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`/${linkTo(b)}`);
  const shared = page.getByTestId('shared-briefing');
  await expect(shared.locator('ol li').first()).toHaveText('<b>bold</b>');
  await page.getByTestId('shared-present').click();
  const caption = page.getByTestId('chapter-caption');
  await expect(caption).toContainText(`Before ${hostile} after`);
  await expect(caption).toContainText('<b>bold</b>');
  await expect(caption.locator('img, b')).toHaveCount(0);
  await page.waitForTimeout(300);
  expect(dialogs).toEqual([]);
  expect(requests.filter((u) => /\/x$/.test(u))).toEqual([]);
});
