import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { inlineScript, scriptHash } from './scripts/inline-script.mjs';

// MPP_BUILD_DIR builds a second copy of the app elsewhere (a test builds one from fixture data with
// MPP_DATA_DIR), leaving build/ and .svelte-kit/ alone: the site goes to <dir>/site, SvelteKit's
// working files to <dir>/kit.
const buildDir = process.env.MPP_BUILD_DIR;
// MPP_PORTABLE=1 builds the portable atlas (scripts/build-portable.mjs): the map page alone, every
// script and style inlined, routed by the URL's fragment, so that one file opens from disk.
const portable = process.env.MPP_PORTABLE === '1';
const siteDir = buildDir ? `${buildDir}/site` : 'build';
const basePath = process.env.BASE_PATH ?? '';
if (basePath && !/^(\/(?!\.+(\/|$))[\w.-]+)+$/.test(basePath)) throw new Error(`BASE_PATH must look like /atlas (a leading slash, no trailing one), not ${JSON.stringify(basePath)}`);

// Three inline scripts of our own: one puts the URL's view and a Spanish URL's texts in place as the page
// is parsed (src/lib/state/firstPaintUrl.inline.js), one redraws the first-paint picture on the URL's date while the
// page is parsed (src/lib/map/FirstPaintMap.svelte), the third asks for the page's scripts after its
// first contentful paint (src/hooks.server.ts). The policy allows each by the hash of its minified text
// (scripts/inline-script.mjs).
const inlineScriptHash = (/** @type {string} */ file) => scriptHash(inlineScript(fileURLToPath(new URL(file, import.meta.url))));
const firstPaintDateHash = inlineScriptHash('./src/lib/map/firstPaintDate.inline.js');
const modulesAfterFirstPaintHash = inlineScriptHash('./src/lib/modulesAfterFirstPaint.inline.js');
const firstPaintUrlHash = inlineScriptHash('./src/lib/state/firstPaintUrl.inline.js');

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  compilerOptions: { runes: true },
  kit: {
    // Every page is prerendered: the build is a folder any static host (or a USB stick) can serve.
    adapter: adapter({ pages: siteDir, assets: siteDir, fallback: undefined, strict: true }),
    ...(buildDir ? { outDir: `${buildDir}/kit` } : {}),
    ...(portable ? { files: { routes: 'src/portable' }, router: { type: 'hash' }, output: { bundleStrategy: 'inline' } } : {}),
    prerender: {
      // The portable atlas, which the Data and sources page offers, is written after the site
      // (scripts/build-portable.mjs); any other missing page fails the build.
      handleHttpError: ({ path, message }) => {
        if (path !== `${basePath}/mpp-atlas.html`) throw new Error(message);
      },
      handleMissingId: 'fail'
    },
    // BASE_PATH=/atlas builds the site to be served under a sub-path (GitHub Pages, a partner's
    // folder). Every link and file is relative to the page or to this base.
    paths: { base: basePath },
    // Registered by the app once the page (or its map) has settled: see src/lib/offline.ts.
    serviceWorker: { register: false },
    // Prerendered pages carry this policy as a <meta> tag, with a hash for each inline script
    // (no 'unsafe-inline' for scripts). Nothing may be loaded from, or sent to, another origin.
    // Styles allow inline attributes: Svelte sets positions with style="…" (no script can run there).
    csp: {
      mode: 'hash',
      directives: {
        'default-src': ['self'],
        'script-src': ['self', firstPaintDateHash, modulesAfterFirstPaintHash, firstPaintUrlHash],
        'style-src': ['self', 'unsafe-inline'],
        'img-src': ['self', 'data:', 'blob:'],
        'font-src': ['self', 'data:'],
        // The portable atlas reads its fonts from data: URLs inside itself.
        'connect-src': portable ? ['self', 'data:'] : ['self'],
        // From file:// (origin "null"), MapLibre starts its worker from a data: URL.
        'worker-src': portable ? ['self', 'blob:', 'data:'] : ['self', 'blob:'],
        'child-src': portable ? ['self', 'blob:', 'data:'] : ['self', 'blob:'],
        'manifest-src': ['self'],
        'object-src': ['none'],
        'base-uri': ['self'],
        'form-action': ['self']
      }
    }
  }
};

export default config;
