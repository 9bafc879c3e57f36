import { type Page } from '@playwright/test';
import { test, expect, gotoInAtlasFonts, waitForMapIdle, wcagViolations, portStatus } from './helpers';

const stateLevel = (page: Page, iso: string) => page.locator(`[data-testid="state-level"][data-state="${iso}"]`);
const slider = (page: Page) => page.getByTestId('date-slider');

/** Records in the page every date the label shows from now on, so a fast step between two polls is
 *  not missed; returns what it has recorded so far, when called. */
async function recordDatesShown(page: Page): Promise<() => Promise<string[]>> {
  await page.getByTestId('date-label').evaluate((label) => {
    const seen: string[] = ((window as unknown as { __datesShown: string[] }).__datesShown = []);
    new MutationObserver(() => seen.push(label.getAttribute('data-date') ?? '')).observe(label, { attributes: true, attributeFilter: ['data-date'] });
  });
  return () => page.evaluate(() => (window as unknown as { __datesShown: string[] }).__datesShown);
}

test.describe('dated URLs restore the view', () => {
  const cases: { date: string; ports: Record<string, string>; levels: Record<string, string> }[] = [
    { date: '2019-02-15', ports: { 'san-ysidro': 'mpp1', 'el-paso': 'inactive', brownsville: 'inactive', hidalgo: 'inactive' }, levels: { 'MX-BCN': '2', 'MX-TAM': '4', 'MX-NLE': '3' } },
    { date: '2019-08-01', ports: { 'san-ysidro': 'mpp1', 'el-paso': 'mpp1', laredo: 'mpp1', brownsville: 'mpp1', 'eagle-pass': 'inactive', nogales: 'inactive' }, levels: { 'MX-COA': '3', 'MX-TAM': '4' } },
    { date: '2021-03-01', ports: { 'san-ysidro': 'winddown', 'el-paso': 'winddown', brownsville: 'winddown', hidalgo: 'inactive', nogales: 'inactive' }, levels: { 'MX-BCN': '2' } },
    { date: '2022-03-01', ports: { 'san-ysidro': 'mpp2', 'el-paso': 'mpp2', brownsville: 'mpp2', calexico: 'inactive', hidalgo: 'inactive' }, levels: { 'MX-BCN': '3', 'MX-NLE': '2', 'MX-COA': '3' } }
  ];
  for (const c of cases) {
    test(`${c.date}: summary and map agree with the dataset`, async ({ page }) => {
      await page.goto(`/?date=${c.date}`);
      await waitForMapIdle(page);
      await expect(page.getByTestId('date-label')).toHaveAttribute('data-date', c.date);
      for (const [port, status] of Object.entries(c.ports)) await expect(portStatus(page, port)).toHaveAttribute('data-status', status);
      for (const [iso, level] of Object.entries(c.levels)) await expect(stateLevel(page, iso)).toHaveAttribute('data-level', level);
      // All 32 states are listed, the six border states first.
      await expect(page.getByTestId('state-level')).toHaveCount(32);
      await expect(page.getByTestId('state-level').first()).toHaveAttribute('data-state', 'MX-BCN');
      // The map draws the same levels and stages, through feature-state.
      const drawn = await page.evaluate(() => {
        const map = window.__mppMap!;
        return {
          tam: map.getFeatureState({ source: 'states', id: 'MX-TAM' }).level,
          sanYsidro: map.getFeatureState({ source: 'places', id: 'san-ysidro' }).stage
        };
      });
      expect(drawn.tam).toBe(4);
      expect(drawn.sanYsidro).toBe(await portStatus(page, 'san-ysidro').getAttribute('data-stage'));
      await page.screenshot({ path: `test-results/map-${c.date}.png` });
    });
  }
});

test('the keyboard moves the date by day, week, month and to the ends, with the full date spoken', async ({ page }) => {
  await page.goto('/?date=2019-07-19');
  await waitForMapIdle(page);
  const s = slider(page);
  await s.focus();
  await expect(s).toHaveAttribute('aria-valuetext', '19 July 2019');
  await page.keyboard.press('ArrowRight');
  await expect(s).toHaveAttribute('aria-valuetext', '20 July 2019');
  await page.keyboard.press('Shift+ArrowRight');
  await expect(s).toHaveAttribute('aria-valuetext', '27 July 2019');
  await page.keyboard.press('ArrowLeft');
  await expect(s).toHaveAttribute('aria-valuetext', '26 July 2019');
  await page.keyboard.press('PageUp');
  await expect(s).toHaveAttribute('aria-valuetext', '26 August 2019');
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await expect(s).toHaveAttribute('aria-valuetext', '26 June 2019');
  await page.keyboard.press('Home');
  await expect(s).toHaveAttribute('aria-valuetext', '20 December 2018');
  await page.keyboard.press('End');
  await expect(s).toHaveAttribute('aria-valuetext', '31 December 2022');
  // The URL catches up once the keys rest.
  await expect(page).toHaveURL(/date=2022-12-31/);
});

test('next and previous event keys jump between events and announce them', async ({ page }) => {
  await page.goto('/?date=2019-01-01');
  await slider(page).focus();
  await page.keyboard.press(']');
  await expect(page.getByTestId('date-label')).toHaveAttribute('data-date', '2019-01-24');
  await page.keyboard.press(']');
  await expect(page.getByTestId('date-label')).toHaveAttribute('data-date', '2019-01-28');
  await expect(page.getByTestId('events-today')).toContainText('MPP takes effect at San Ysidro');
  await page.keyboard.press('[');
  await expect(page.getByTestId('date-label')).toHaveAttribute('data-date', '2019-01-24');
});

test('clicking an event marker jumps to it', async ({ page }) => {
  await page.goto('/');
  await waitForMapIdle(page);
  await page.locator('[data-testid="event-marker"][data-date="2020-03-23"]').click();
  await expect(page.getByTestId('date-label')).toHaveAttribute('data-date', '2020-03-23');
  await expect(page).toHaveURL(/date=2020-03-23/);
  await expect(page.getByTestId('events-today')).toContainText('COVID-19');
});

test('play advances the date and pause writes it to the URL', async ({ page }) => {
  await page.goto('/?date=2019-01-01');
  await waitForMapIdle(page);
  await page.getByTestId('speed-fast').click();
  await page.getByTestId('play').click();
  await expect(page.getByTestId('timeline')).toHaveAttribute('data-playing', 'true');
  const shownDay = async () => Date.parse((await page.getByTestId('date-label').getAttribute('data-date'))!);
  await expect.poll(shownDay, { timeout: 10_000 }).toBeGreaterThan(Date.parse('2019-03-01'));
  await page.getByTestId('play').click();
  await expect(page.getByTestId('timeline')).toHaveAttribute('data-playing', 'false');
  const shown = await page.getByTestId('date-label').getAttribute('data-date');
  await expect(page).toHaveURL(new RegExp(`date=${shown}`));
});

test('Space plays and pauses from the slider', async ({ page }) => {
  await page.goto('/?date=2019-01-01');
  await slider(page).focus();
  await page.keyboard.press('Space');
  await expect(page.getByTestId('timeline')).toHaveAttribute('data-playing', 'true');
  await page.keyboard.press('Space');
  await expect(page.getByTestId('timeline')).toHaveAttribute('data-playing', 'false');
});

test('a date change updates the map without re-sending GeoJSON', async ({ page }) => {
  await page.goto('/?date=2019-01-01');
  await waitForMapIdle(page);
  await page.evaluate(() => {
    const w = window as unknown as { __setDataCalls: number };
    w.__setDataCalls = 0;
    const map = window.__mppMap!;
    for (const id of ['places', 'transfers', 'states']) {
      const source = map.getSource(id) as unknown as { setData: (...a: unknown[]) => unknown };
      const original = source.setData.bind(source);
      source.setData = (...args: unknown[]) => {
        w.__setDataCalls++;
        return original(...args);
      };
    }
  });
  await slider(page).focus();
  for (let i = 0; i < 12; i++) await page.keyboard.press('PageUp');
  await expect(page.getByTestId('date-label')).toHaveAttribute('data-date', '2020-01-01');
  await expect.poll(() => page.evaluate(() => window.__mppMap!.getFeatureState({ source: 'places', id: 'eagle-pass' }).stage)).toBe('mpp1');
  expect(await page.evaluate(() => (window as unknown as { __setDataCalls: number }).__setDataCalls)).toBe(0);
});

test('the back button returns to the previous committed date', async ({ page }) => {
  await page.goto('/?date=2019-07-19');
  await waitForMapIdle(page);
  await page.locator('[data-testid="event-marker"][data-date="2019-10-28"]').click();
  await expect(page).toHaveURL(/date=2019-10-28/);
  await page.goBack();
  await expect(page).toHaveURL(/date=2019-07-19/);
  await expect(page.getByTestId('date-label')).toHaveAttribute('data-date', '2019-07-19');
});

test('a bad or out-of-range date falls back with a visible, dismissible notice', async ({ page }) => {
  await page.goto('/?date=2031-02-30');
  await expect(page.getByTestId('notice')).toContainText('could not be read');
  await expect(page.getByTestId('date-label')).toHaveAttribute('data-date', '2020-01-15');
  await page.goto('/?date=2016-05-01');
  await expect(page.getByTestId('notice')).toContainText('20 December 2018');
  await expect(page.getByTestId('date-label')).toHaveAttribute('data-date', '2018-12-20');
  await page.getByTestId('notice').getByRole('button').click();
  await expect(page.getByTestId('notice')).toHaveCount(0);
});

test('the Spanish timeline reads dates in Spanish', async ({ page }) => {
  await page.goto('/?date=2019-07-19&lang=es');
  await expect(page.getByTestId('date-label')).toHaveText('19 de julio de 2019');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '19 de julio de 2019');
  await expect(page.getByTestId('state-level').first()).toContainText('Nivel 2');
});

test('the help overlay lists the shortcuts and closes with Escape', async ({ page }) => {
  await page.goto('/');
  await slider(page).focus();
  await page.keyboard.press('?');
  await expect(page.getByTestId('help')).toBeVisible();
  await expect(page.getByTestId('help')).toContainText('Next or previous event');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('help')).toBeHidden();
});

test('running totals show their as-of date and source, and "no data" outside the series', async ({ page }) => {
  await page.goto('/?date=2019-06-01');
  const hrf = page.locator('[data-testid="total"][data-series="hrf-attacks"]');
  await expect(hrf).toContainText('No data');
  await page.goto('/?date=2019-09-01');
  await expect(hrf).toHaveAttribute('data-value', '141');
  await expect(hrf).toHaveAttribute('data-as-of', '2019-08-26');
  await expect(hrf).toContainText('not a rate');
  await expect(hrf.getByRole('link')).toHaveAttribute('href', /^https?:\/\//);
  // A figure whose date is approximate says so, as a separate word after the date.
  await page.goto('/?date=2021-03-01');
  await expect(page.getByTestId('summary')).toContainText('as of 31 January 2021 (approximate dates)');
  // A month no monthly count covers still names what is missing.
  await page.goto('/?date=2022-06-01');
  const monthly = page.locator('[data-testid="total"][data-series="monthly"]');
  await expect(monthly.locator('dt')).toHaveText('Monthly MPP enrolments');
  await expect(monthly).toContainText('No data for this date');
});

test('the timeline page has no WCAG A/AA violations', async ({ page }) => {
  await page.goto('/?date=2021-03-01');
  await waitForMapIdle(page);
  expect(await wcagViolations(page)).toEqual([]);
});

test('the country-wide COVID headline is shown apart from the state colours', async ({ page }) => {
  await page.goto('/?date=2020-08-20');
  await waitForMapIdle(page);
  await expect(page.getByTestId('national-banner')).toHaveAttribute('data-level', '4');
  await expect(page.getByTestId('national-banner')).toContainText('not part of any state');
  // Baja California keeps its own level 2 underneath.
  await expect(stateLevel(page, 'MX-BCN')).toHaveAttribute('data-level', '2');
  expect(await page.evaluate(() => window.__mppMap!.getFeatureState({ source: 'states', id: 'MX-BCN' }).level)).toBe(2);
  await page.goto('/?date=2019-08-01');
  await expect(page.getByTestId('national-banner')).toHaveCount(0);
});

test('with reduced motion, playback steps a month at a time', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/?date=2019-01-15');
  await page.getByTestId('speed-fast').click();
  // Every date the label shows is recorded in the page, so a fast step between two polls is not missed.
  const shown = await recordDatesShown(page);
  await page.getByTestId('play').click();
  await expect.poll(async () => (await shown()).includes('2019-03-15'), { timeout: 10_000 }).toBe(true);
  await page.getByTestId('play').click();
  const dates = await shown();
  expect(dates.slice(0, 2)).toEqual(['2019-02-15', '2019-03-15']);
  // Whole months only: the day of the month never changes while playing.
  for (const date of dates) expect(date.slice(8)).toBe('15');
});

// Loop is a switch (a checkbox with role=switch, announced on/off): named, and toggled by a click on the
// switch or from the keyboard. With it on, playback runs from the timeline's end back to its start;
// with it off, it stops there.
for (const loopOn of [true, false]) {
  test(`playback at the timeline's end ${loopOn ? 'starts again from the beginning with Loop on' : 'stops with Loop off'}`, async ({ page }) => {
    await page.goto('/?date=2022-12-10');
    await waitForMapIdle(page);
    const label = page.getByTestId('date-label');
    await expect(label).toHaveAttribute('data-date', '2022-12-10');
    const loop = page.getByRole('switch', { name: 'Loop' });
    await expect(loop).not.toBeChecked();
    if (loopOn) {
      // On with a click on the drawn switch, off and on again from the keyboard.
      await page.locator('label.loop').click();
      await expect(loop).toBeChecked();
      await page.keyboard.press('Space');
      await expect(loop).not.toBeChecked();
      await page.keyboard.press('Space');
      await expect(loop).toBeChecked();
    }
    // Every date the label shows is recorded in the page: fast play crosses the whole timeline in
    // ~12 s, so the dates just after the start last well under a second.
    const shown = await recordDatesShown(page);
    await page.getByTestId('speed-fast').click();
    await page.getByTestId('play').click();
    if (loopOn) {
      await expect.poll(async () => (await shown()).some((date) => date < '2019-04-01'), { timeout: 10_000 }).toBe(true);
      await expect(page.getByTestId('timeline')).toHaveAttribute('data-playing', 'true');
      // It played on to the end of December 2022 first, then wrapped.
      const dates = await shown();
      const wrapped = dates.findIndex((date) => date < '2019-04-01');
      expect(dates[wrapped - 1]! >= '2022-12-20', `before the wrap: ${dates.slice(0, wrapped).join(' ')}`).toBe(true);
    } else {
      await expect(page.getByTestId('timeline')).toHaveAttribute('data-playing', 'false', { timeout: 10_000 });
      await expect(label).toHaveAttribute('data-date', '2022-12-31');
    }
  });
}

// On a 1366 px projector the COVID-19 band read "Hearings suspended (COVID-..."; a narrow band now
// shows its short name whole, a phone's its tiny name, and each keeps the full one as its title.
for (const [width, height, present, lang, expected] of [
  [1366, 768, true, 'en', 'Hearings suspended'],
  [1366, 768, true, 'es', 'Audiencias suspendidas'],
  [1920, 1080, false, 'en', 'Hearings suspended (COVID-19)'],
  [1920, 1080, false, 'es', 'Audiencias suspendidas (COVID-19)'],
  [1440, 900, false, 'es', 'Audiencias suspendidas'],
  [768, 1024, false, 'en', 'Hearings suspended'],
  [768, 1024, false, 'es', 'Audiencias suspendidas'],
  [390, 844, false, 'en', 'COVID-19'],
  [390, 844, false, 'es', 'COVID-19']
] as const) {
  test(`the COVID-19 band reads "${expected}" whole at ${width} × ${height}${present ? ' presenting' : ''} (${lang})`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    // In the fallback font, whose figures are wider, the band has fewer `ch` and at 768 px reads
    // "COVID-19" (whole, as it should in that font): the names are checked in the atlas's own font.
    await gotoInAtlasFonts(page, `/?lang=${lang}${present ? '&present=1' : ''}`);
    await waitForMapIdle(page);
    const band = page.locator('.band--covid');
    const shown = await band.evaluate((b) => ({
      text: [...b.querySelectorAll('span')].filter((s) => getComputedStyle(s).display !== 'none').map((s) => s.textContent),
      clipped: b.scrollWidth > b.clientWidth
    }));
    expect(shown).toEqual({ text: [expected], clipped: false });
    await expect(band).toHaveAttribute('title', lang === 'en' ? 'Hearings suspended (COVID-19)' : 'Audiencias suspendidas (COVID-19)');
    // The programmes' own bands are named whole too (on a phone, inside their padding).
    for (const id of ['mpp1', 'mpp2']) {
      expect(await page.locator(`.band--${id}`).evaluate((b) => b.scrollWidth > b.clientWidth), id).toBe(false);
    }
  });
}
