import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  compilerOptions: { runes: true },
  kit: {
    // Every page is prerendered: the build is a folder any static host (or a USB stick) can serve.
    adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
    prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
    // Registered by the app once the page (or its map) has settled: see src/lib/offline.ts.
    serviceWorker: { register: false },
    // Prerendered pages carry this policy as a <meta> tag, with a hash for each inline script
    // (no 'unsafe-inline' for scripts). Nothing may be loaded from, or sent to, another origin.
    // Styles allow inline attributes: Svelte sets positions with style="…" (no script can run there).
    csp: {
      mode: 'hash',
      directives: {
        'default-src': ['self'],
        'script-src': ['self'],
        'style-src': ['self', 'unsafe-inline'],
        'img-src': ['self', 'data:', 'blob:'],
        'font-src': ['self', 'data:'],
        'connect-src': ['self'],
        'worker-src': ['self', 'blob:'],
        'child-src': ['self', 'blob:'],
        'manifest-src': ['self'],
        'object-src': ['none'],
        'base-uri': ['self'],
        'form-action': ['self']
      }
    }
  }
};

export default config;
