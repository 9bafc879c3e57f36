import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import { mppDatasetPlugin } from './src/lib/data/node/vitePlugin.ts';
import { firstPaintPlugins, locatorPlugin } from './src/lib/map/node/locatorPlugin.ts';
import { referencePlugin, sourceNotesPlugin } from './src/lib/data/node/referencePlugin.ts';
import { portablePlugin } from './src/lib/data/node/portablePlugin.ts';
import { inlineScriptPlugin } from './scripts/inline-script.mjs';

const portable = process.env.MPP_PORTABLE === '1';

/** The headers a static host sends from build/_headers, sent by `npm start` too (the CSP is in each page's meta tag). */
const SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), fullscreen=(self)'
};
function securityHeaders(): Plugin {
  return {
    name: 'mpp-security-headers',
    configurePreviewServer(server) {
      server.middlewares.use((_req, res, next) => {
        for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
        next();
      });
    }
  };
}

// The layout (with the global styles) and the small shared parts the map page shows around it (the
// masthead, the notices, the briefing problem list) go into one chunk with one stylesheet, so the map
// page's first paint waits for 3 stylesheets instead of 7: on an HTTP/1.1 connection each one queues
// behind the others (docs/performance.md, *First map on screen*). The other pages load these parts
// with the layout even where they do not show them (~0.3 KB gzip). The portable atlas is one file.
const FRAME_MODULES = /\/src\/(routes\/\+layout\.svelte|lib\/styles\/(fonts|global)\.css|lib\/components\/(Masthead|LanguageSwitch|Notices)\.svelte|lib\/briefing\/ProblemList\.svelte)/;
function frameChunk(): Plugin {
  return {
    name: 'mpp-frame-chunk',
    configEnvironment(name) {
      if (name !== 'client' || portable) return;
      return { build: { rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'frame', test: FRAME_MODULES }] } } } } };
    }
  };
}

export default defineConfig({
  plugins: [inlineScriptPlugin(), mppDatasetPlugin(), locatorPlugin(), ...firstPaintPlugins(), referencePlugin(), sourceNotesPlugin(), portablePlugin(), securityHeaders(), frameChunk(), sveltekit()],
  define: { __MPP_PORTABLE__: JSON.stringify(portable) },
  // The portable atlas carries its fonts and MapLibre's worker as data: URLs (a file:// page cannot
  // fetch files beside it).
  build: portable ? { assetsInlineLimit: () => true } : {},
  preview: { port: 4173, strictPort: true, host: '127.0.0.1' },
  server: { port: 5173, host: '127.0.0.1' },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node'
  }
});
