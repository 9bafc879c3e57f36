#!/usr/bin/env node
// `npm run bench`: builds the app and a bare MapLibre page that draws the same basemap with no app
// code (bench/bare), serves both with the same gzipping static server (bench/server.mjs), measures
// both in the same headless Chromium and prints a table; writes bench/results.json.
//
//   1. bytes transferred on first load (CDP encodedDataLength; worker-loaded files from the server log)
//   2. navigation → first map 'idle' with every layer drawn
//   3. one timeline step (window.__mppSetDate → 'idle') over a 48-month sweep, vs a bare triggerRepaint()
//   4. JS heap (main thread, after forced GC) after 1 and after N playback loops
//   5. Lighthouse 12 scores, desktop and mobile presets
//
// Environment: BENCH_RUNS (default 7) runs of 1–3; BENCH_LH_RUNS (default BENCH_RUNS) Lighthouse runs
// per page and preset; BENCH_HEAP_LOOPS (default 10); BENCH_HEAP_MODE=playback|sweep (default
// playback: the real Loop + fast speed + Play); BENCH_SKIP_BUILD=1 reuses build/ and bench/dist/;
// BENCH_SKIP_LIGHTHOUSE=1; MPP_CHROMIUM (default /usr/bin/chromium).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { loadavg } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { startServer, GZIP_LEVEL } from './server.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/chromium.mjs';
import { installProbes, sweep, watchWraps, basemapPixels } from './lib/probes.mjs';
import { summary, median, ratio, kb, ms, x, pct, mb, table } from './lib/stats.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BENCH = join(ROOT, 'bench');
// BENCH_APP_DIR measures another build of the app (the 10× dataset: npm run bench:10x).
const APP_DIR = process.env.BENCH_APP_DIR ? join(ROOT, process.env.BENCH_APP_DIR) : join(ROOT, 'build');
const RESULTS_FILE = process.env.BENCH_RESULTS ?? 'results.json';
const BARE_DIR = join(BENCH, 'dist', 'bare');

const int = (name, fallback) => {
  const v = Number.parseInt(process.env[name] ?? '', 10);
  return Number.isFinite(v) && v > 0 ? v : fallback;
};
const RUNS = int('BENCH_RUNS', 7);
const LH_RUNS = int('BENCH_LH_RUNS', RUNS);
const HEAP_LOOPS = Math.max(2, int('BENCH_HEAP_LOOPS', 10));
const HEAP_MODE = process.env.BENCH_HEAP_MODE === 'sweep' ? 'sweep' : 'playback';
const VIEWPORT = { width: 1440, height: 900 };
const TIMELINE_START = '2018-12-20';
const SWEEP_DATES = Array.from({ length: 48 }, (_, i) => `${2019 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`);
// The bare page draws these; the app draws them plus its own layers. How many layers the app has
// when fully drawn is read in the warm-up load (and compared with src/lib/map/layerOrder.ts).
const BASEMAP_LAYERS = ['water', 'context-land', 'context-outline', 'land', 'state-borders', 'national-border-casing', 'national-border', 'state-labels', 'country-labels'];
function layerOrderLength() {
  try {
    const text = readFileSync(join(ROOT, 'src/lib/map/layerOrder.ts'), 'utf8');
    const list = text.match(/LAYER_ORDER\s*=\s*\[([^\]]*)\]/)?.[1];
    return list ? (list.match(/'[^']+'/g) ?? []).length : null;
  } catch {
    return null;
  }
}

// Issue 22's targets. Bytes are what the page itself requests before idle; the offline copy that the
// service worker fetches after idle has its own budget. The 10× build (BENCH_IDLE_TARGET=1.5) is
// allowed more time to idle.
const TARGETS = {
  pageBytes: 1.3,
  offlineCopyKB: 250,
  firstMap: 0.5,
  idle: Number.parseFloat(process.env.BENCH_IDLE_TARGET ?? '') || 1.3,
  step: 1.2,
  heapGrowth: 0.1,
  lhPerfDesktop: 98,
  lhPerfMobile: 90,
  lcp: 0.6
};

const started = Date.now();
const phases = {};
const log = (...args) => console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s]`, ...args);
async function phase(name, fn) {
  const t0 = Date.now();
  try {
    return await fn();
  } finally {
    phases[name] = (Date.now() - t0) / 1000;
  }
}

// ---------------------------------------------------------------------------------------------- build
function vite(args, label) {
  log(`${label}: vite ${args.join(' ')}`);
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: process.env
  });
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    throw new Error(`${label} failed`);
  }
}

// -------------------------------------------------------------------------------------- measurement
const KINDS = { app: { layers: null, marker: '[data-testid="map"][data-map-state="idle"]' }, bare: { layers: BASEMAP_LAYERS.length, marker: '#map[data-map-state="idle"]' } };

/** Waits until the map's layer count has not changed for `quietMs` and the map is loaded; returns it. */
async function settledLayerCount(page, quietMs = 2000) {
  return page.evaluate(async (quiet) => {
    const map = window.__mppMap ?? window.__bareMap;
    let count = map.getLayersOrder().length;
    let since = performance.now();
    while (performance.now() - since < quiet || !map.loaded()) {
      await new Promise((ok) => setTimeout(ok, 100));
      const now = map.getLayersOrder().length;
      if (now !== count) {
        count = now;
        since = performance.now();
      }
    }
    return count;
  }, quietMs);
}

function category(mime = '', url = '') {
  mime = mime.toLowerCase();
  if (mime.includes('html')) return 'document';
  if (mime.includes('javascript') || /\.m?js$/.test(url)) return 'script';
  if (mime.includes('css')) return 'stylesheet';
  if (mime.startsWith('font/') || /\.woff2?$/.test(url)) return 'font';
  if (mime.includes('json') || mime.includes('csv')) return 'data';
  if (mime.startsWith('image/')) return 'image';
  return 'other';
}

/**
 * One cold first load of the app or the bare page in a fresh browser context: bytes per request and
 * navigation → idle. With `then`, runs it on the loaded page before closing (the app's sweep).
 */
async function firstLoad(browser, kind, url, server, then) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  await context.addInitScript(installProbes);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const requests = new Map();
  let lastActivity = Date.now();
  let t0 = null; // CDP timestamp of the document request, ≈ navigation start
  const since = (timestamp) => (t0 === null ? null : Math.round((timestamp - t0) * 1000));
  cdp.on('Network.requestWillBeSent', (e) => {
    lastActivity = Date.now();
    if (t0 === null && e.type === 'Document') t0 = e.timestamp;
    requests.set(e.requestId, { url: e.request.url, cdpType: e.type, bytes: null, source: null, startMs: since(e.timestamp) });
  });
  cdp.on('Network.responseReceived', (e) => {
    const r = requests.get(e.requestId);
    if (!r) return;
    Object.assign(r, { cdpType: e.type, status: e.response.status, mime: e.response.mimeType, encoding: e.response.headers['Content-Encoding'] ?? e.response.headers['content-encoding'] ?? null, fromCache: Boolean(e.response.fromDiskCache || e.response.fromPrefetchCache) });
  });
  cdp.on('Network.loadingFinished', (e) => {
    lastActivity = Date.now();
    const r = requests.get(e.requestId);
    if (r) Object.assign(r, { bytes: e.encodedDataLength, source: 'cdp', endMs: since(e.timestamp) });
  });
  cdp.on('Network.loadingFailed', (e) => {
    const r = requests.get(e.requestId);
    if (r) r.failed = e.errorText;
  });

  const logStart = server.log.length;
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  if (KINDS[kind].layers === null) {
    // Warm-up: learn how many layers the fully drawn app has.
    await page.locator(KINDS[kind].marker).waitFor({ state: 'attached', timeout: 60_000 });
    KINDS[kind].layers = await settledLayerCount(page);
  }
  await page.waitForFunction((n) => window.__bench?.idles.some((i) => i.layers >= n && i.loaded), KINDS[kind].layers, { timeout: 60_000, polling: 100 });
  await page.locator(KINDS[kind].marker).waitFor({ state: 'attached', timeout: 10_000 });
  // First load ends once neither the page's network nor the server has seen a request for a second
  // after the map is idle (the server also sees what workers and a service worker fetch).
  const lastServed = () => (server.log.length > logStart ? server.log.at(-1).at : 0);
  for (const t0 = Date.now(); Date.now() - Math.max(lastActivity, lastServed()) < 1000 && Date.now() - t0 < 30_000; ) await page.waitForTimeout(200);

  const probe = await page.evaluate(() => {
    const map = window.__mppMap ?? window.__bareMap;
    const canvas = map.getCanvas();
    return { ...window.__bench, programs: Object.keys(map.painter?.programCache?.programs ?? {}).length, width: canvas.clientWidth, height: canvas.clientHeight, zoom: map.getZoom(), center: map.getCenter().toArray(), timing: performance.getEntriesByType('navigation')[0]?.toJSON(), fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null };
  });
  const firstIdle = probe.idles.find((i) => i.layers >= KINDS[kind].layers && i.loaded);

  // Bytes are what the server wrote (status line, headers, gzip body) during this load: the page's
  // CDP session does not see what a worker (MapLibre's worker script) or a service worker fetches,
  // and a file a service worker fetched first reaches the page from the HTTP cache as 0 bytes.
  // CDP's encodedDataLength is kept per request as a cross-check, with request start/end times.
  const served = server.log.slice(logStart);
  const origin = new URL(url).origin;
  const list = [];
  for (const r of requests.values()) {
    if (r.url.startsWith('data:') || r.url.startsWith('blob:')) continue;
    const external = !r.url.startsWith(origin);
    list.push({ path: external ? r.url : new URL(r.url).pathname, external, cdpType: r.cdpType, category: category(r.mime, r.url), status: r.status ?? null, encoding: r.encoding ?? null, cdpBytes: r.bytes, fromCache: r.fromCache ?? false, startMs: r.startMs, endMs: r.endMs ?? null, failed: r.failed });
  }
  const pagePaths = new Set(list.filter((r) => !r.external).map((r) => r.path));
  const servedList = served.map((e) => ({
    path: e.path,
    status: e.status,
    encoding: e.encoding ?? null,
    bytes: (e.bodyBytes ?? 0) + (e.headerBytes ?? 0),
    category: category(e.type ?? '', e.path),
    requestedBy: pagePaths.has(e.path) ? 'page' : 'background'
  }));
  const sum = (xs) => xs.reduce((n, e) => n + e.bytes, 0);
  const byCategory = {};
  for (const e of servedList) byCategory[e.category] = (byCategory[e.category] ?? 0) + e.bytes;

  const extra = then ? await then(page) : undefined;
  await context.close();
  return {
    kind,
    idleMs: firstIdle?.t ?? null,
    // The end of the task in which 'idle' fired: its frame rasterised and handed over (probes.mjs).
    shownMs: firstIdle?.shown ?? null,
    firstRenderMs: probe.firstRender,
    // First map on screen: the app's page HTML carries a picture of the map (FirstPaintMap), so it is
    // in the first contentful paint; the bare page has none until MapLibre's first render.
    firstMapMs: kind === 'app' ? probe.fcp : probe.firstRender,
    mapLoadMs: probe.load,
    mapCreatedMs: probe.hooked?.name === '__bareMap' ? probe.hooked.at : null,
    markerIdleMs: probe.markers.find((m) => m.state === 'idle' && m.t >= (firstIdle?.t ?? 0))?.t ?? null,
    domContentLoadedMs: probe.timing?.domContentLoadedEventEnd ?? null,
    loadEventMs: probe.timing?.loadEventEnd ?? null,
    bytes: {
      total: sum(servedList),
      page: sum(servedList.filter((e) => e.requestedBy === 'page')),
      background: sum(servedList.filter((e) => e.requestedBy === 'background')),
      byCategory,
      cdpVisible: list.reduce((n, r) => n + (r.cdpBytes ?? 0), 0),
      responses: servedList.length,
      backgroundResponses: servedList.filter((e) => e.requestedBy === 'background').length
    },
    served: servedList,
    requests: list,
    canvas: { width: probe.width, height: probe.height, zoom: probe.zoom, center: probe.center },
    // WebGL programs (shader variants) MapLibre compiled: each adds to the first frames' cost.
    shaderPrograms: probe.programs,
    external: list.filter((r) => r.external).map((r) => r.path),
    errors,
    extra
  };
}

/**
 * Does the bare page draw the same basemap? The app with every non-basemap layer hidden and the bare
 * page, both at the app's map size, are rendered and their canvas pixels compared; the camera is
 * compared too. The layer specs are also compared as canonical JSON, for information (the app's
 * may carry extra global-state terms that change nothing at their defaults).
 */
async function basemapParity(browser, appUrl, bareUrl) {
  const canonical = (v) => (Array.isArray(v) ? v.map(canonical) : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, canonical(v[k])])) : v);
  const read = async (kind, url) => {
    const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await page.goto(url);
    await page.locator(KINDS[kind].marker).waitFor({ state: 'attached', timeout: 60_000 });
    await page.waitForFunction((n) => (window.__mppMap ?? window.__bareMap)?.getLayersOrder().length >= n, KINDS[kind].layers);
    const style = await page.evaluate(() => (window.__mppMap ?? window.__bareMap).getStyle());
    const pixels = await page.evaluate(basemapPixels, BASEMAP_LAYERS);
    await context.close();
    return { style, pixels };
  };
  const app = await read('app', appUrl);
  const bare = await read('bare', bareUrl);

  const specDifferences = [];
  for (const id of BASEMAP_LAYERS) {
    const a = JSON.stringify(canonical(app.style.layers.find((l) => l.id === id)));
    const b = JSON.stringify(canonical(bare.style.layers.find((l) => l.id === id)));
    if (a !== b) specDifferences.push({ layer: id, app: a, bare: b });
  }
  const appOrder = app.style.layers.map((l) => l.id).filter((id) => BASEMAP_LAYERS.includes(id));
  const problems = [];
  if (appOrder.join() !== BASEMAP_LAYERS.join()) problems.push(`layer order: app ${appOrder.join()}`);
  const basename = (u) => String(u).split('/').pop().replace(/[.-][\w-]{8}\.woff2$/, '.woff2');
  const fonts = (s) => Object.entries(s['font-faces'] ?? {}).map(([k, f]) => `${k}=${basename(typeof f === 'string' ? f : f?.url ?? JSON.stringify(f))}`).sort().join();
  if (fonts(app.style) !== fonts(bare.style)) problems.push(`font-faces: app ${fonts(app.style)}, bare ${fonts(bare.style)}`);
  for (const src of ['states', 'state-labels', 'state-borders', 'national-border', 'countries', 'country-labels']) {
    const count = (s) => s.sources[src]?.data?.features?.length ?? null;
    if (count(app.style) !== count(bare.style)) problems.push(`source ${src}: app ${count(app.style)} features, bare ${count(bare.style)}`);
  }
  const a = app.pixels;
  const b = bare.pixels;
  let differing = null;
  if (a.width === b.width && a.height === b.height) {
    const pa = Buffer.from(a.base64, 'base64');
    const pb = Buffer.from(b.base64, 'base64');
    differing = 0;
    for (let i = 0; i < pa.length; i += 4) {
      if (Math.abs(pa[i] - pb[i]) > 8 || Math.abs(pa[i + 1] - pb[i + 1]) > 8 || Math.abs(pa[i + 2] - pb[i + 2]) > 8) differing += 1;
    }
    differing /= pa.length / 4;
  } else problems.push(`canvas size: app ${a.width}×${a.height}, bare ${b.width}×${b.height}`);
  if (Math.abs(a.zoom - b.zoom) > 1e-6 || Math.hypot(a.center[0] - b.center[0], a.center[1] - b.center[1]) > 1e-6) problems.push(`camera: app z${a.zoom.toFixed(4)} ${a.center.map((v) => v.toFixed(4))}, bare z${b.zoom.toFixed(4)} ${b.center.map((v) => v.toFixed(4))}`);
  if (differing !== null && differing > 0.001) problems.push(`${(differing * 100).toFixed(2)}% of pixels differ`);
  return { ok: problems.length === 0, differingPixels: differing, problems, specDifferences: specDifferences.map((d) => d.layer), specs: specDifferences };
}

// --------------------------------------------------------------------------------------------- heap
async function heapRun(browser, appUrl) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await page.goto(`${appUrl}?date=${TIMELINE_START}`);
  await page.locator(KINDS.app.marker).waitFor({ state: 'attached', timeout: 60_000 });
  await page.waitForFunction((n) => window.__mppMap?.getLayersOrder().length >= n && window.__mppMap.loaded(), KINDS.app.layers);
  const t0 = Date.now();
  const read = async (label) => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const dom = await cdp.send('Memory.getDOMCounters');
    const pm = await page.evaluate(() => (performance.memory ? { usedJSHeapSize: performance.memory.usedJSHeapSize, totalJSHeapSize: performance.memory.totalJSHeapSize } : null));
    return { label, atS: (Date.now() - t0) / 1000, usedSize: heap.usedSize, totalSize: heap.totalSize, performanceMemory: pm, dom };
  };
  const readings = [await read('at start (map idle)')];

  if (HEAP_MODE === 'playback') {
    await page.evaluate(watchWraps, TIMELINE_START);
    await page.getByTestId('loop').check();
    await page.getByTestId('speed-fast').click();
    await page.getByTestId('play').click();
    for (let n = 1; n <= HEAP_LOOPS; n++) {
      await page.waitForFunction((k) => window.__wraps.count >= k, n, { timeout: 120_000, polling: 100 });
      readings.push({ loop: n, ...(await read(`after loop ${n}`)) });
      log(`heap: loop ${n}/${HEAP_LOOPS}, ${mb(readings.at(-1).usedSize)}`);
    }
    await page.getByTestId('play').click();
  } else {
    // A loop as a sweep of __mppSetDate, three days per animation frame (playback at "fast" moves
    // about two days a frame at 60 fps).
    for (let n = 1; n <= HEAP_LOOPS; n++) {
      await page.evaluate(async () => {
        const frame = () => new Promise((ok) => requestAnimationFrame(ok));
        const start = Date.UTC(2018, 11, 20);
        const end = Date.UTC(2022, 11, 31);
        for (let t = start; t <= end; t += 3 * 86_400_000) {
          window.__mppSetDate(new Date(t).toISOString().slice(0, 10));
          await frame();
        }
        window.__mppSetDate('2018-12-20');
        await frame();
      });
      readings.push({ loop: n, ...(await read(`after loop ${n}`)) });
      log(`heap: sweep loop ${n}/${HEAP_LOOPS}, ${mb(readings.at(-1).usedSize)}`);
    }
  }
  await context.close();
  const after1 = readings.find((r) => r.loop === 1);
  const afterN = readings.find((r) => r.loop === HEAP_LOOPS);
  return {
    mode: HEAP_MODE === 'playback' ? 'playback: Loop on, speed fast, Play; a loop ends when the date label returns to 2018-12-20' : '__mppSetDate sweeps (3 days per frame) instead of playback',
    loops: HEAP_LOOPS,
    readings,
    after1: after1.usedSize,
    afterN: afterN.usedSize,
    growth: (afterN.usedSize - after1.usedSize) / after1.usedSize,
    secondsPerLoop: (afterN.atS - after1.atS) / (HEAP_LOOPS - 1)
  };
}

// --------------------------------------------------------------------------------------- lighthouse
async function lighthouseRuns(pages) {
  process.env.CHROME_PATH = CHROMIUM_PATH ?? process.env.CHROME_PATH;
  const { default: lighthouse } = await import('lighthouse');
  const { default: desktopConfig } = await import('lighthouse/core/config/desktop-config.js');
  // chrome-launcher comes with lighthouse; resolve it from there rather than declaring it.
  const launcherPath = createRequire(createRequire(import.meta.url).resolve('lighthouse')).resolve('chrome-launcher');
  const { launch } = await import(pathToFileURL(launcherPath).href);
  const chrome = await launch({ chromePath: CHROMIUM_PATH, chromeFlags: [...CHROMIUM_ARGS, '--headless=new'], logLevel: 'silent' });
  const results = {};
  try {
    for (let run = 0; run < LH_RUNS; run++) {
      for (const preset of ['desktop', 'mobile']) {
        for (const [kind, url] of Object.entries(pages)) {
          const flags = {
            port: chrome.port,
            output: 'json',
            logLevel: 'silent',
            onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
            skipAudits: ['full-page-screenshot', 'screenshot-thumbnails', 'final-screenshot']
          };
          const t0 = Date.now();
          const { lhr } = await lighthouse(url, flags, preset === 'desktop' ? desktopConfig : undefined);
          const key = `${kind}-${preset}`;
          const scores = Object.fromEntries(Object.entries(lhr.categories).map(([id, c]) => [id, c.score === null ? null : Math.round(c.score * 100)]));
          const metrics = Object.fromEntries(['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'].map((id) => [id, lhr.audits[id]?.numericValue ?? null]));
          // Scored audits that lost points, to say why a score is not 100.
          const lost = Object.values(lhr.categories).flatMap((c) =>
            c.auditRefs.filter((ref) => ref.weight > 0).map((ref) => lhr.audits[ref.id]).filter((a) => a && a.score !== null && a.score < 1).map((a) => ({ category: c.id, id: a.id, score: a.score, value: a.displayValue ?? null }))
          );
          (results[key] ??= []).push({ scores, metrics, lost, warnings: lhr.runWarnings, seconds: (Date.now() - t0) / 1000 });
          log(`lighthouse ${run + 1}/${LH_RUNS} ${key}: ${Object.entries(scores).map(([k, v]) => `${k} ${v}`).join(', ')} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
        }
      }
    }
  } finally {
    await chrome.kill();
  }
  return results;
}

// --------------------------------------------------------------------------------------------- main
async function main() {
  if (!CHROMIUM_PATH) throw new Error('no Chromium: install /usr/bin/chromium or set MPP_CHROMIUM');
  // Other work on the machine skews every timing: note how busy it was before the benchmark began.
  const loadBefore = loadavg();
  if (loadBefore[0] > 0.7) log(`warning: load average ${loadBefore.map((v) => v.toFixed(2)).join(' ')} before starting — other processes will skew the timings`);
  log(`runs ${RUNS}, Lighthouse runs ${LH_RUNS}, heap loops ${HEAP_LOOPS} (${HEAP_MODE}), Chromium ${CHROMIUM_PATH}`);

  if (process.env.BENCH_SKIP_BUILD !== '1') {
    await phase('build', async () => {
      vite(['build'], 'app build');
      vite(['build', '--config', join(BENCH, 'vite.bare.config.mjs')], 'bare build');
    });
  }
  for (const dir of [APP_DIR, BARE_DIR]) if (!existsSync(join(dir, 'index.html'))) throw new Error(`${dir}/index.html missing: build first`);

  const appServer = await startServer(APP_DIR);
  const bareServer = await startServer(BARE_DIR);
  const appUrl = `${appServer.url}/`;
  log(`app at ${appUrl}, bare at ${bareServer.url}/ (gzip level ${GZIP_LEVEL})`);

  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const version = browser.version();
  const loads = { app: [], bare: [] };
  const sweeps = [];
  let bareUrl;
  let parity;
  let heap;
  try {
    await phase('first loads and sweeps', async () => {
      // Warm-up (not recorded): fills the server's gzip cache and the shader cache, and gives the
      // size of the app's map, which the bare map is then given too.
      const warmApp = await firstLoad(browser, 'app', appUrl, appServer);
      bareUrl = `${bareServer.url}/?w=${warmApp.canvas.width}&h=${warmApp.canvas.height}`;
      await firstLoad(browser, 'bare', bareUrl, bareServer);
      const declared = layerOrderLength();
      log(`warm-up done; app map ${warmApp.canvas.width}×${warmApp.canvas.height} px with ${KINDS.app.layers} layers (LAYER_ORDER lists ${declared ?? '?'}), bare page ${bareUrl}`);
      parity = await basemapParity(browser, appUrl, bareUrl);
      parity.appLayers = KINDS.app.layers;
      parity.layerOrderLength = declared;
      log(`basemap parity: ${parity.ok ? 'same pixels, camera, fonts and sources' : parity.problems.join('; ')}${parity.specDifferences.length ? ` (spec text differs in ${parity.specDifferences.join(', ')})` : ''}`);

      for (let run = 0; run < RUNS; run++) {
        // Alternate the order, so neither page always runs first.
        const order = run % 2 ? ['bare', 'app'] : ['app', 'bare'];
        for (const kind of order) {
          const result =
            kind === 'app'
              ? await firstLoad(browser, 'app', appUrl, appServer, (page) => page.evaluate(sweep, SWEEP_DATES))
              : await firstLoad(browser, 'bare', bareUrl, bareServer);
          if (kind === 'app') {
            sweeps.push(result.extra);
            delete result.extra;
          }
          loads[kind].push(result);
          log(`run ${run + 1}/${RUNS} ${kind}: ${kb(result.bytes.total)} (page ${kb(result.bytes.page)}), idle ${ms(result.idleMs)}${kind === 'app' ? `, step median ${ms(summary(sweeps.at(-1).steps.filter((s) => s.idle != null).map((s) => s.idle)).median)}` : ''}`);
        }
      }
    });

    heap = await phase('heap', async () => {
      log(`heap: ${HEAP_LOOPS} loops (${HEAP_MODE})…`);
      return heapRun(browser, appUrl);
    });
  } finally {
    await browser.close();
  }

  const lh = process.env.BENCH_SKIP_LIGHTHOUSE === '1' ? null : await phase('lighthouse', () => lighthouseRuns({ app: appUrl, bare: `${bareServer.url}/` }));
  await appServer.close();
  await bareServer.close();

  // -------------------------------------------------------------------------------------- results
  const bytes = {};
  for (const kind of ['app', 'bare']) {
    const categories = [...new Set(loads[kind].flatMap((l) => Object.keys(l.bytes.byCategory)))];
    bytes[kind] = {
      total: summary(loads[kind].map((l) => l.bytes.total)),
      page: summary(loads[kind].map((l) => l.bytes.page)),
      background: summary(loads[kind].map((l) => l.bytes.background)),
      cdpVisible: summary(loads[kind].map((l) => l.bytes.cdpVisible)),
      responses: summary(loads[kind].map((l) => l.bytes.responses)),
      backgroundResponses: summary(loads[kind].map((l) => l.bytes.backgroundResponses)),
      byCategory: Object.fromEntries(categories.map((c) => [c, summary(loads[kind].map((l) => l.bytes.byCategory[c] ?? 0))]))
    };
  }
  const idle = Object.fromEntries(['app', 'bare'].map((k) => [k, summary(loads[k].map((l) => l.idleMs))]));
  const shown = Object.fromEntries(['app', 'bare'].map((k) => [k, summary(loads[k].map((l) => l.shownMs))]));
  const firstMap = Object.fromEntries(['app', 'bare'].map((k) => [k, summary(loads[k].map((l) => l.firstMapMs))]));
  const allSteps = sweeps.flatMap((s) => s.steps);
  const allRepaints = sweeps.flatMap((s) => s.repaints);
  const step = {
    step: summary(allSteps.filter((s) => s.idle != null).map((s) => s.idle)),
    stepRender: summary(allSteps.filter((s) => s.render != null).map((s) => s.render)),
    repaint: summary(allRepaints.filter((s) => s.idle != null).map((s) => s.idle)),
    repaintRender: summary(allRepaints.filter((s) => s.render != null).map((s) => s.render)),
    stepFrame: summary(allSteps.filter((s) => !s.noop).map((s) => s.frame)),
    noopFrame: summary(allSteps.filter((s) => s.noop).map((s) => s.frame)),
    repaintFrame: summary(allRepaints.map((s) => s.frame)),
    featureStateCalls: summary(allSteps.filter((s) => !s.noop).map((s) => s.featureStateCalls)),
    noopSteps: allSteps.filter((s) => s.noop).length,
    noopWithFeatureStateCalls: allSteps.filter((s) => s.noop && s.featureStateCalls > 0).length,
    noopDates: [...new Set(allSteps.filter((s) => s.noop).map((s) => s.date))],
    timeouts: allSteps.filter((s) => s.timeout).length + allRepaints.filter((s) => s.timeout).length,
    wrongLabel: allSteps.filter((s) => s.label !== s.date).length,
    perRunMedian: sweeps.map((s) => ({ step: summary(s.steps.filter((v) => v.idle != null).map((v) => v.idle)).median, repaint: summary(s.repaints.filter((v) => v.idle != null).map((v) => v.idle)).median })),
    slowestSteps: [...allSteps].filter((s) => s.idle != null).sort((a, b) => b.idle - a.idle).slice(0, 5).map((s) => ({ date: s.date, ms: Math.round(s.idle) }))
  };
  const pick = (l, test) => l.requests.find(test);
  const isWorker = (r) => /maplibre-gl-worker/.test(r.path);
  const isMaplibre = (l) => {
    const biggest = l.served.filter((e) => e.category === 'script' && e.requestedBy === 'page' && !isWorker(e)).sort((a, b) => b.bytes - a.bytes)[0];
    return biggest && l.requests.find((r) => r.path === biggest.path);
  };
  const loadBreakdown = Object.fromEntries(
    ['app', 'bare'].map((k) => [
      k,
      {
        html: median(loads[k].map((l) => pick(l, (r) => r.cdpType === 'Document')?.endMs)),
        maplibreStart: median(loads[k].map((l) => isMaplibre(l)?.startMs)),
        maplibreEnd: median(loads[k].map((l) => isMaplibre(l)?.endMs)),
        workerStart: median(loads[k].map((l) => pick(l, isWorker)?.startMs)),
        basemapStart: median(loads[k].map((l) => pick(l, (r) => r.path.endsWith('boundaries.topojson'))?.startMs)),
        mapLoad: median(loads[k].map((l) => l.mapLoadMs)),
        firstRender: median(loads[k].map((l) => l.firstRenderMs)),
        shaderPrograms: median(loads[k].map((l) => l.shaderPrograms))
      }
    ])
  );
  const lhSummary = lh
    ? Object.fromEntries(
        Object.entries(lh).map(([key, runs]) => [
          key,
          {
            scores: Object.fromEntries(['performance', 'accessibility', 'best-practices', 'seo'].map((c) => [c, summary(runs.map((r) => r.scores[c]))])),
            metrics: Object.fromEntries(Object.keys(runs[0].metrics).map((m) => [m, summary(runs.map((r) => r.metrics[m]))])),
            lostPoints: [...new Map(runs.flatMap((r) => r.lost).map((a) => [`${a.category}/${a.id}`, a])).values()]
          }
        ])
      )
    : null;

  // Lower percentiles are better for scores: the "p95" of a score is its 5th percentile (worst 5%).
  const scoreP5 = (key, c) => {
    const xs = lh[key].map((r) => r.scores[c]).filter((v) => v != null).sort((a, b) => a - b);
    return xs.length ? xs[Math.max(0, Math.ceil(0.05 * xs.length) - 1)] : null;
  };

  const ratios = {
    bytes: { median: ratio(bytes.app.total.median, bytes.bare.total.median), p95: ratio(bytes.app.total.p95, bytes.bare.total.p95) },
    pageBytes: { median: ratio(bytes.app.page.median, bytes.bare.page.median), p95: ratio(bytes.app.page.p95, bytes.bare.page.p95) },
    idle: { median: ratio(idle.app.median, idle.bare.median), p95: ratio(idle.app.p95, idle.bare.p95) },
    shown: { median: ratio(shown.app.median, shown.bare.median), p95: ratio(shown.app.p95, shown.bare.p95) },
    firstMap: { median: ratio(firstMap.app.median, firstMap.bare.median), p95: ratio(firstMap.app.p95, firstMap.bare.p95) },
    step: { median: ratio(step.step.median, step.repaint.median), p95: ratio(step.step.p95, step.repaint.p95) }
  };
  const sum = (xs) => xs.reduce((n, e) => n + e.bytes, 0);
  const verdict = (ok) => (ok == null ? 'n/a' : ok ? 'PASS' : 'MISS');
  const checks = {
    pageBytes: verdict(ratios.pageBytes.median != null && ratios.pageBytes.median <= TARGETS.pageBytes),
    offlineCopy: verdict(bytes.app.background.median <= TARGETS.offlineCopyKB * 1024),
    firstMap: verdict(ratios.firstMap.median == null ? null : ratios.firstMap.median <= TARGETS.firstMap),
    idle: verdict(ratios.idle.median != null && ratios.idle.median <= TARGETS.idle),
    step: verdict(ratios.step.median != null && ratios.step.median <= TARGETS.step),
    heap: verdict(heap.growth <= TARGETS.heapGrowth)
  };

  // ---------------------------------------------------------------------------------------- print
  const out = [];
  const appVersion = (() => {
    try {
      return JSON.parse(readFileSync(join(APP_DIR, '_app/version.json'), 'utf8')).version;
    } catch {
      return '?';
    }
  })();
  out.push(`MPP Atlas benchmark — ${new Date().toISOString()} — app build ${appVersion}, Chromium ${version}, ${VIEWPORT.width}×${VIEWPORT.height}, ${RUNS} runs (Lighthouse ${LH_RUNS}); p95 is nearest-rank; load average before start ${loadBefore.map((v) => v.toFixed(2)).join(' ')}`);
  out.push(`App map ${loads.app[0].canvas.width}×${loads.app[0].canvas.height} px, ${parity.appLayers} layers; the bare map (${BASEMAP_LAYERS.length} layers) is given the same size. Basemap parity (app with its own layers hidden vs bare: pixels, camera, fonts, sources): ${parity.ok ? `OK (${((parity.differingPixels ?? 0) * 100).toFixed(3)}% pixels differ)` : `DIFFERENT: ${parity.problems.join('; ')}`}${parity.specDifferences.length ? `; spec text differs in ${parity.specDifferences.join(', ')}` : ''}`);
  out.push('');
  out.push(
    table([
      ['metric', 'app median', 'app p95', 'bare median', 'bare p95', 'ratio (med / p95)', 'target', ''],
      ['1. bytes, first load (gzip)', kb(bytes.app.total.median), kb(bytes.app.total.p95), kb(bytes.bare.total.median), kb(bytes.bare.total.p95), `${x(ratios.bytes.median)} / ${x(ratios.bytes.p95)}`, '(info)', ''],
      ...[...new Set([...Object.keys(bytes.app.byCategory), ...Object.keys(bytes.bare.byCategory)])].sort().map((c) => [`     ${c}`, kb(bytes.app.byCategory[c]?.median ?? 0), kb(bytes.app.byCategory[c]?.p95 ?? 0), kb(bytes.bare.byCategory[c]?.median ?? 0), kb(bytes.bare.byCategory[c]?.p95 ?? 0), x(ratio(bytes.app.byCategory[c]?.median ?? 0, bytes.bare.byCategory[c]?.median ?? 0)), '', '']),
      ['     responses', String(bytes.app.responses.median), String(bytes.app.responses.p95), String(bytes.bare.responses.median), String(bytes.bare.responses.p95), '', '', ''],
      ['   of which the page requested', kb(bytes.app.page.median), kb(bytes.app.page.p95), kb(bytes.bare.page.median), kb(bytes.bare.page.p95), `${x(ratios.pageBytes.median)} / ${x(ratios.pageBytes.p95)}`, `≤ ${TARGETS.pageBytes}× bare`, checks.pageBytes],
      [`   fetched in the background (${bytes.app.backgroundResponses.median} files)`, kb(bytes.app.background.median), kb(bytes.app.background.p95), kb(bytes.bare.background.median), kb(bytes.bare.background.p95), '', `≤ ${TARGETS.offlineCopyKB} KB`, checks.offlineCopy],
      ['   navigation → first map on screen', ms(firstMap.app.median), ms(firstMap.app.p95), ms(firstMap.bare.median), ms(firstMap.bare.p95), `${x(ratios.firstMap.median)} / ${x(ratios.firstMap.p95)}`, `≤ ${TARGETS.firstMap}× bare`, checks.firstMap],
      ['2. navigation → map idle', ms(idle.app.median), ms(idle.app.p95), ms(idle.bare.median), ms(idle.bare.p95), `${x(ratios.idle.median)} / ${x(ratios.idle.p95)}`, `≤ ${TARGETS.idle}× bare`, checks.idle],
      ['     (→ that frame on screen)', ms(shown.app.median), ms(shown.app.p95), ms(shown.bare.median), ms(shown.bare.p95), `${x(ratios.shown.median)} / ${x(ratios.shown.p95)}`, '(info)', ''],
      [`3. timeline step → idle (n=${step.step.n})`, ms(step.step.median), ms(step.step.p95), ms(step.repaint.median), ms(step.repaint.p95), `${x(ratios.step.median)} / ${x(ratios.step.p95)}`, `≤ ${TARGETS.step}× repaint`, checks.step],
      ['     (call → first render)', ms(step.stepRender.median), ms(step.stepRender.p95), ms(step.repaintRender.median), ms(step.repaintRender.p95), x(ratio(step.stepRender.median, step.repaintRender.median)), '', ''],
      ['     (call → end of that frame)', ms(step.stepFrame.median), ms(step.stepFrame.p95), ms(step.repaintFrame.median), ms(step.repaintFrame.p95), x(ratio(step.stepFrame.median, step.repaintFrame.median)), '', '']
    ])
  );
  out.push(`   Load: ${['app', 'bare'].map((k) => `${k} HTML done ${ms(loadBreakdown[k].html)}, MapLibre JS requested ${ms(loadBreakdown[k].maplibreStart)} (done ${ms(loadBreakdown[k].maplibreEnd)}), worker requested ${ms(loadBreakdown[k].workerStart)}, map 'load' ${ms(loadBreakdown[k].mapLoad)}, first render ${ms(loadBreakdown[k].firstRender)}, idle ${ms(idle[k].median)}, ${loadBreakdown[k].shaderPrograms} WebGL programs`).join('; ')} (medians).`);
  out.push(`   Step "bare" = triggerRepaint() on the same app page. ${step.noopSteps} of ${allSteps.length} steps changed nothing on the map (no setFeatureState, no frame; excluded above${step.noopWithFeatureStateCalls ? `; ${step.noopWithFeatureStateCalls} of them did call setFeatureState!` : ''}): ${step.noopDates.map((d) => d.slice(0, 7)).join(' ')}. Map steps made ${step.featureStateCalls.median} setFeatureState calls (median); a step with no map change still costs a frame of page updates: ${ms(step.noopFrame.median)} median, ${ms(step.noopFrame.p95)} p95 to the end of its frame. ${step.timeouts} timed out, ${step.wrongLabel} left a wrong date label.`);
  out.push('');
  out.push(`4. JS heap (main thread, Runtime.getHeapUsage after 2× HeapProfiler.collectGarbage), ${heap.mode}; 1 run of ${heap.loops} loops (~${heap.secondsPerLoop.toFixed(1)} s a loop):`);
  out.push(
    table([
      ['reading', 'used heap', 'DOM nodes', 'JS listeners'],
      ...heap.readings.filter((r) => r.loop === undefined || r.loop === 1 || r.loop === heap.loops || r.loop === Math.ceil(heap.loops / 2)).map((r) => [r.label, mb(r.usedSize), String(r.dom.nodes), String(r.dom.jsEventListeners)])
    ])
  );
  out.push(`   growth loop 1 → loop ${heap.loops}: ${pct(heap.growth)}  (target ≤ +${TARGETS.heapGrowth * 100}%)  ${checks.heap}`);
  out.push('');
  if (lhSummary) {
    out.push(`5. Lighthouse ${LH_RUNS} run(s) per page and preset (median / worst-5% score):`);
    const rows = [['page / preset', 'performance', 'accessibility', 'best-practices', 'SEO', 'LCP', 'TBT', 'targets (app)']];
    for (const key of ['app-desktop', 'app-mobile', 'bare-desktop', 'bare-mobile']) {
      const s = lhSummary[key];
      if (!s) continue;
      const cell = (c) => `${s.scores[c].median ?? '–'} / ${scoreP5(key, c) ?? '–'}`;
      let target = '';
      if (key.startsWith('app')) {
        const ok100 = ['accessibility', 'best-practices', 'seo'].every((c) => s.scores[c].median === 100);
        target = `a11y/BP/SEO 100 ${verdict(ok100)}`;
        const preset = key.slice('app-'.length);
        const perfTarget = preset === 'desktop' ? TARGETS.lhPerfDesktop : TARGETS.lhPerfMobile;
        const lcpRatio = ratio(s.metrics['largest-contentful-paint'].median, lhSummary[`bare-${preset}`]?.metrics['largest-contentful-paint'].median);
        checks[`lhPerf-${preset}`] = verdict(s.scores.performance.median == null ? null : s.scores.performance.median >= perfTarget);
        checks[`lcp-${preset}`] = verdict(lcpRatio == null ? null : lcpRatio <= TARGETS.lcp);
        target += `; perf ≥ ${perfTarget} ${checks[`lhPerf-${preset}`]}; LCP ${x(lcpRatio)} bare (≤ ${TARGETS.lcp}×) ${checks[`lcp-${preset}`]}`;
      }
      rows.push([key, cell('performance'), cell('accessibility'), cell('best-practices'), cell('seo'), ms(s.metrics['largest-contentful-paint'].median), ms(s.metrics['total-blocking-time'].median), target]);
    }
    out.push(table(rows));
  } else {
    out.push('5. Lighthouse: skipped (BENCH_SKIP_LIGHTHOUSE=1)');
  }
  out.push('');
  const biggest = (l, by) => l.served.filter((e) => e.requestedBy === by).sort((a, b) => b.bytes - a.bytes);
  const name = (e) => `${e.path.replace(/^\/_app\/immutable\//, '')} ${kb(e.bytes)}`;
  out.push(`Largest app files the page requested (run 1): ${biggest(loads.app[0], 'page').slice(0, 8).map(name).join(', ')}`);
  const bg = biggest(loads.app[0], 'background');
  if (bg.length) out.push(`Largest app files fetched in the background (run 1, ${bg.length} files, ${kb(sum(bg))}): ${bg.slice(0, 8).map(name).join(', ')}`);
  const external = [...new Set([...loads.app, ...loads.bare].flatMap((l) => l.external))];
  const errors = [...new Set([...loads.app, ...loads.bare].flatMap((l) => l.errors))];
  if (external.length) out.push(`External requests: ${external.join(', ')}`);
  if (errors.length) out.push(`Page errors: ${errors.slice(0, 5).join(' | ')}`);
  const total = (Date.now() - started) / 1000;
  out.push(`Took ${(total / 60).toFixed(1)} min (${Object.entries(phases).map(([k, v]) => `${k} ${v.toFixed(0)} s`).join(', ')}).`);
  console.log(out.join('\n'));

  const results = {
    date: new Date().toISOString(),
    chromium: version,
    appBuild: appVersion,
    loadAverageBefore: loadBefore,
    node: process.version,
    viewport: VIEWPORT,
    runs: RUNS,
    lighthouseRuns: LH_RUNS,
    gzipLevel: GZIP_LEVEL,
    percentile: 'nearest-rank',
    targets: TARGETS,
    checks,
    ratios,
    parity,
    bytes,
    idle,
    shown,
    firstMap,
    loadBreakdown,
    step,
    heap,
    lighthouse: lhSummary,
    lighthouseRaw: lh,
    loads,
    sweeps,
    phasesSeconds: phases,
    totalSeconds: total
  };
  mkdirSync(dirname(join(BENCH, RESULTS_FILE)), { recursive: true });
  writeFileSync(join(BENCH, RESULTS_FILE), `${JSON.stringify(results, null, 1)}\n`);
  log(`wrote bench/${RESULTS_FILE}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
