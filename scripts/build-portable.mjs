#!/usr/bin/env node
// Writes the portable atlas, build/mpp-atlas.html: the map page as one file (its scripts, styles,
// data, basemap, fonts and MapLibre's worker inside it) that opens from disk with no server and no
// network. SvelteKit builds it (MPP_PORTABLE=1, see svelte.config.js) into .portable/; this script
// then checks that nothing in it points to another file and copies it next to the site.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const WORK = '.portable';
const OUT = process.env.MPP_PORTABLE_OUT ?? 'build/mpp-atlas.html';
/** The budget: small enough to send by email. */
const MAX_BYTES = 3 * 1024 * 1024;

// The file is opened from wherever it lies: it has no base path.
execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { env: { ...process.env, MPP_PORTABLE: '1', MPP_BUILD_DIR: WORK, BASE_PATH: '' }, stdio: 'inherit' });

let html = readFileSync(`${WORK}/site/index.html`, 'utf8');
const favicon = readFileSync('static/favicon.svg');
html = html.replace(/<link rel="icon" href="[^"]*favicon\.svg"/, `<link rel="icon" href="data:image/svg+xml;base64,${favicon.toString('base64')}"`);

// The fonts are data: URLs inside the styles. Chromium holds the first paint briefly for a preloaded
// font, and `font-display: optional` uses only a font ready by then: without a preload the fonts were
// ready too late and the file stayed in the system sans for good. Preloads of the same URLs, ahead
// of the styles, have them ready for the first paint (no layout shift); and as nothing is fetched,
// `block` rather than `optional` swaps them in if a busy machine still decodes them late.
const fontUrls = [...html.matchAll(/@font-face\{[^}]*?src:url\((data:font\/woff2;base64,[^)]+)\)/g)].map((m) => m[1]);
if (!fontUrls.length) throw new Error('the portable atlas has no inlined @font-face to preload');
html = html.replaceAll('font-display:optional', 'font-display:block');
const firstStyle = html.indexOf('<style');
if (firstStyle < 0) throw new Error('the portable atlas has fonts but no <style> to put their preloads before');
html = html.slice(0, firstStyle) + fontUrls.map((url) => `<link rel="preload" as="font" type="font/woff2" crossorigin href="${url}">`).join('') + html.slice(firstStyle);

// Anything still loaded from beside the file would fail from disk: stop the build naming it.
const outside = [...html.matchAll(/<(?:script|link|img|source|iframe)\b[^>]*?\s(?:src|href)="([^"]*)"/g)]
  .map((m) => m[1])
  .filter((url) => !/^(data:|blob:|#)/.test(url));
if (outside.length) throw new Error(`the portable atlas still loads files beside it: ${outside.join(', ')}`);
const bytes = Buffer.byteLength(html);
if (bytes > MAX_BYTES) throw new Error(`the portable atlas is ${(bytes / 1048576).toFixed(2)} MB, over its ${MAX_BYTES / 1048576} MB budget`);

mkdirSync(OUT.replace(/\/[^/]*$/, ''), { recursive: true });
writeFileSync(OUT, html);
console.log(`wrote ${OUT}: ${(bytes / 1048576).toFixed(2)} MB (${(gzipSync(html).length / 1024).toFixed(0)} KB gzip)`);
