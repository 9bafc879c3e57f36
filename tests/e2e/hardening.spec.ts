import { test, expect, holdBackMapLibre, waitForMapIdle, buildSiteCopy } from './helpers';
import type { Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../bench/server.mjs';

test('a lost WebGL context that comes back is restored without a reload', async ({ page }) => {
  await page.goto('/?date=2020-01-15');
  await waitForMapIdle(page);
  await page.evaluate(() => {
    const gl = window.__mppMap!.getCanvas().getContext('webgl2') ?? window.__mppMap!.getCanvas().getContext('webgl');
    const ext = gl!.getExtension('WEBGL_lose_context')!;
    (window as unknown as { __lose: WEBGL_lose_context }).__lose = ext;
    ext.loseContext();
  });
  await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', 'lost');
  await page.evaluate(() => (window as unknown as { __lose: WEBGL_lose_context }).__lose.restoreContext());
  await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', 'idle');
  await expect(page.getByTestId('static-map')).toHaveCount(0);
});

test('a lost WebGL context that never comes back gives way to the still map', async ({ page }) => {
  await page.goto('/?date=2020-01-15');
  await waitForMapIdle(page);
  await page.evaluate(() => window.__mppMap!.getCanvas().getContext('webgl2')!.getExtension('WEBGL_lose_context')!.loseContext());
  await expect(page.getByTestId('static-map')).toBeVisible({ timeout: 15_000 });
  await expect(page.getByTestId('map-fallback')).toBeVisible();
});

// A small seeded generator, so a failing case can be replayed exactly.
function rng(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
}
const HOSTILE = [
  '', ' ', '0', '-1', '1e9', 'NaN', 'null', 'undefined', '../../etc/passwd', '%00', '%E0%A4%A', '🦄🌮', 'مرحبا', '\u202eevil',
  '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "javascript:alert('x')", '{{7*7}}', '${7*7}', 'x'.repeat(5000),
  '2019-13-45', '2019-02-29', '20190719', '2019/07/19', '9999-12-31', '0000-01-01', 'matamoros ', 'MATAMOROS', 'es-MX', 'ES', 'true', 'yes', '2', '99', '1.5'
];
const KEYS = ['date', 'city', 'lang', 'present', 'briefing', 'chapter'];

for (let shard = 0; shard < 4; shard++) {
  test(`200 hostile URLs: no uncaught error, a sensible page and a notice for ignored values (part ${shard + 1}/4)`, async ({ page }) => {
    // A hang guard for 50 loads on a slow two-core machine.
    test.setTimeout(300_000);
    // What a URL says reaches the map only as the parsed, checked state (state/appState.ts), whose
    // every value the timeline and city tests draw. MapLibre's code is held back here, so each load
    // costs the page and its parsing, not a WebGL start that the next load throws away.
    await holdBackMapLibre(page);
    const random = rng(1000 + shard);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('dialog', (d) => {
      errors.push(`dialog: ${d.message()}`);
      return d.dismiss();
    });
    for (let i = 0; i < 50; i++) {
      const params = new URLSearchParams();
      const count = 1 + Math.floor(random() * 3);
      for (let k = 0; k < count; k++) {
        const key = KEYS[Math.floor(random() * KEYS.length)]!;
        const value = random() < 0.8 ? HOSTILE[Math.floor(random() * HOSTILE.length)]! : String.fromCharCode(...Array.from({ length: 1 + Math.floor(random() * 30) }, () => 32 + Math.floor(random() * 2000)));
        params.append(key, value);
      }
      const url = `/?${params.toString()}`;
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      // The page always shows a date, a summary and an (English or Spanish) title.
      await expect(page.getByTestId('date-label'), url).toHaveAttribute('data-date', /^\d{4}-\d{2}-\d{2}$/);
      await expect(page.getByTestId('summary').or(page.getByTestId('city-panel')), url).toBeVisible();
      const notices = await page.getByTestId('notice').count();
      const anyValid = await page.evaluate(() => document.documentElement.lang);
      expect(['en', 'es'], url).toContain(anyValid);
      // Nothing a URL says can inject markup: notices show values as text (a run script would also
      // have opened a dialog, which fails the test below).
      await expect(page.locator('img[src="x"]'), url).toHaveCount(0);
      if (notices > 0) await expect(page.getByTestId('notice').first(), url).toBeVisible();
    }
    expect(errors).toEqual([]);
  });
}

test('an ignored URL value is named in a visible notice', async ({ page }) => {
  for (const [query, shown] of <[string, string][]>[
    ['date=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', '"><img src=x onerror=alert(1)>'],
    ['city=%3Cscript%3E', '<script>'],
    ['present=maybe', 'present=maybe'],
    ['briefing=nope', 'nope'],
    ['chapter=3', 'chapter=3']
  ]) {
    await page.goto(`/?${query}`);
    await expect(page.getByTestId('notice').first(), query).toContainText(shown);
  }
});

// Hostile text reaches the app only through the dataset, so this builds the real app from the real
// data with one hostile fact added and one source's title and publisher made hostile (a fixture made
// here, in a temporary folder), and serves that build as a static host would.
test.describe('data text from a hostile dataset', () => {
  test.describe.configure({ mode: 'serial' });
  const HOSTILE = '<img src=x onerror=alert(1)> Injected <b>bold</b>';
  const ESCAPED = '&lt;img src=x onerror=alert(1)> Injected &lt;b>bold&lt;/b>';
  const BUILD_DIR = 'test-results/hostile-build';
  let site: Awaited<ReturnType<typeof startServer>>;
  let sourceId = '';
  let data = '';

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    data = mkdtempSync(join(tmpdir(), 'mpp-hostile-'));
    cpSync('geodata/mpp', data, { recursive: true });
    const facts = JSON.parse(readFileSync(join(data, 'facts.json'), 'utf8')) as { id: string; city: string | null; sources: string[] }[];
    sourceId = facts.find((f) => f.city === 'matamoros')!.sources[0]!;
    facts.push({ id: 'hostile', city: 'matamoros', date: '2019-08-01', precision: 'day', kind: 'context', text: { en: HOSTILE, es: HOSTILE }, sources: [sourceId], confidence: 'low' } as never);
    writeFileSync(join(data, 'facts.json'), JSON.stringify(facts));
    const sources = JSON.parse(readFileSync(join(data, 'sources.json'), 'utf8')) as { id: string; title: string; publisher: string }[];
    for (const s of sources) if (s.id === sourceId) Object.assign(s, { title: HOSTILE, publisher: HOSTILE });
    writeFileSync(join(data, 'sources.json'), JSON.stringify(sources));
    site = await startServer(buildSiteCopy(BUILD_DIR, { MPP_DATA_DIR: data }));
  });
  test.afterAll(async () => {
    await site?.close();
    if (data) rmSync(data, { recursive: true, force: true });
  });

  /** The dialogs a page has opened (an `alert` from the data would be one), watched once per page. */
  const dialogsOf = new WeakMap<Page, string[]>();
  function dialogsOn(page: Page): string[] {
    const known = dialogsOf.get(page);
    if (known) return known;
    const seen: string[] = [];
    page.on('dialog', (d) => {
      seen.push(d.message());
      return d.dismiss();
    });
    dialogsOf.set(page, seen);
    return seen;
  }

  /** Opens a page of the hostile build; fails the test if any script ran from the data. */
  async function open(page: Page, path: string) {
    const dialogs = dialogsOn(page);
    await page.goto(`${site.url}${path}`);
    return async () => {
      expect(await page.locator('img[src="x"], b:text("bold")').count()).toBe(0);
      expect(dialogs).toEqual([]);
    };
  }

  test('the city panel shows the hostile fact and source as text', async ({ page }) => {
    const check = await open(page, '/?city=matamoros&date=2019-09-01');
    const fact = page.locator('[data-testid="city-fact"][data-fact="hostile"]');
    await expect(fact).toContainText(HOSTILE);
    await expect(page.locator(`[data-testid="city-source"][id="cite-${sourceId}"]`)).toContainText(`${HOSTILE}`);
    await check();
  });

  test('the fact sheet and the bibliography write it as escaped text, and show it as text', async ({ page, request }) => {
    for (const [path, shown] of [
      ['/cities/matamoros?date=2019-09-01', page.locator('[data-testid="city-fact"][data-fact="hostile"]')],
      ['/sources', page.locator(`[data-testid="source"][data-source-id="${sourceId}"]`)]
    ] as const) {
      const html = await (await request.get(`${site.url}${path}`)).text();
      expect(html, path).toContain(ESCAPED);
      expect(html, path).not.toContain('<img src=x');
      const check = await open(page, path);
      await expect(shown, path).toContainText(HOSTILE);
      await check();
    }
  });
});

test.describe('security headers and content security policy', () => {
  test('every page carries a CSP without unsafe-inline scripts, and static hosts get _headers', async ({ page, request }) => {
    for (const path of ['/', '/sources', '/cities/matamoros', '/presenter', '/embed']) {
      const html = await (await request.get(path)).text();
      const csp = html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/)?.[1];
      expect(csp, path).toBeDefined();
      const scriptSrc = csp!.split(';').find((d) => d.trim().startsWith('script-src'))!;
      expect(scriptSrc).not.toContain('unsafe-inline');
      expect(scriptSrc).not.toContain('unsafe-eval');
      expect(csp).toContain("connect-src 'self'");
      expect(csp).toContain("worker-src 'self' blob:");
      expect(csp).not.toMatch(/https?:\/\//);
      // The policy allows exactly the inline scripts the page carries, each by its hash.
      const allowed = (scriptSrc.match(/'sha256-[^']+'/g) ?? []).map((source) => source.slice(1, -1)).sort();
      const carried = [...html.matchAll(/<script(?: nonce="[^"]*")?>([\s\S]*?)<\/script>/g)].map((m) => `sha256-${createHash('sha256').update(m[1]!).digest('base64')}`).sort();
      expect(allowed, path).toEqual(carried);
    }
    const headers = readFileSync('build/_headers', 'utf8');
    for (const h of ['Content-Security-Policy:', 'X-Content-Type-Options: nosniff', 'Referrer-Policy: no-referrer', 'Permissions-Policy:', "frame-ancestors 'none'"]) expect(headers).toContain(h);
    const response = await request.get('/');
    expect(response.headers()['x-content-type-options']).toBe('nosniff');
    expect(response.headers()['referrer-policy']).toBe('no-referrer');
    await page.goto('/');
  });

  test('the app runs under its CSP without a single violation', async ({ page }) => {
    await page.addInitScript(() => {
      (window as unknown as { __csp: string[] }).__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const violations: string[] = [];
    const collect = async () => violations.push(...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)));
    await page.goto('/?date=2019-08-01&city=matamoros');
    await waitForMapIdle(page);
    await expect(page.getByTestId('city-fact').first()).toBeVisible();
    await page.getByTestId('play').click();
    await page.waitForTimeout(800);
    await page.getByTestId('play').click();
    const download = page.waitForEvent('download');
    await page.getByTestId('export').click();
    await download;
    await collect();
    await page.goto('/?briefing=default&chapter=4&present=1');
    await waitForMapIdle(page);
    await collect();
    for (const path of ['/sources?lang=es', '/cities/tijuana', '/presenter?briefing=default&chapter=2']) {
      await page.goto(path);
      await page.waitForTimeout(500);
      await collect();
    }
    expect(violations).toEqual([]);
  });
});
