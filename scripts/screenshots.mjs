#!/usr/bin/env node
// Screenshots of the opening view and of every chapter of the shipped briefing at the two sizes a
// briefing room most often has, for comparing a change's pixels before and after:
//   node scripts/screenshots.mjs OUT_DIR            (run `npm run build` first)
//   node scripts/screenshots.mjs --compare A B      (lists the files whose pixels differ)
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/chromium.mjs';

const SIZES = [
  [1920, 1080],
  [1366, 768]
];
const PORT = 4183;

/** The decoded scanlines of a PNG (filter bytes included): equal bytes mean equal pixels. */
function pixels(path) {
  const buf = readFileSync(path);
  const chunks = [];
  for (let i = 8; i < buf.length; ) {
    const len = buf.readUInt32BE(i);
    if (buf.toString('ascii', i + 4, i + 8) === 'IDAT') chunks.push(buf.subarray(i + 8, i + 8 + len));
    i += 12 + len;
  }
  return inflateSync(Buffer.concat(chunks));
}

if (process.argv[2] === '--compare') {
  const [a, b] = process.argv.slice(3);
  let differ = 0;
  for (const name of readdirSync(a).filter((f) => f.endsWith('.png'))) {
    const same = pixels(join(a, name)).equals(pixels(join(b, name)));
    if (!same) differ++;
    console.log(`${same ? 'same  ' : 'DIFFER'} ${name}`);
  }
  console.log(`${differ} differ`);
  process.exit(differ ? 1 : 0);
}

const out = process.argv[2] ?? 'test-results/screenshots';
mkdirSync(out, { recursive: true });
const chapters = JSON.parse(readFileSync('geodata/briefings/default.json', 'utf8')).chapters.length;
const server = spawn('node', ['bench/server.mjs', 'build', String(PORT)], { stdio: 'ignore', detached: true });
try {
  for (let tries = 0; ; tries++) {
    const up = await fetch(`http://127.0.0.1:${PORT}/`).then((r) => r.ok, () => false);
    if (up) break;
    if (tries > 100) throw new Error('the server did not answer with the map page (run `npm run build` first)');
    await new Promise((r) => setTimeout(r, 200));
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const views = [['opening', '/'], ...Array.from({ length: chapters }, (_, k) => [`chapter-${String(k + 1).padStart(2, '0')}`, `/?briefing=default&chapter=${k + 1}&present=1`])];
  for (const [width, height] of SIZES) {
    const page = await browser.newPage({ viewport: { width, height }, reducedMotion: 'reduce' });
    for (const [name, path] of views) {
      await page.goto(`http://127.0.0.1:${PORT}${path}`);
      await page.locator('[data-testid="map"][data-map-state="idle"]').waitFor({ timeout: 30_000 });
      // The chapter's camera and the presenting controls' fade (2.5 s) both settle.
      await page.waitForTimeout(3200);
      await page.waitForFunction(() => window.__mppMap && !window.__mppMap.isMoving() && window.__mppMap.loaded());
      await page.locator('[data-testid="map"][data-map-state="idle"]').waitFor();
      await page.screenshot({ path: join(out, `${name}-${width}x${height}.png`) });
    }
    await page.close();
  }
  await browser.close();
} finally {
  process.kill(-server.pid);
}
