import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import { mppDatasetPlugin } from './src/lib/data/node/vitePlugin.ts';
import { firstPaintPlugins, locatorPlugin } from './src/lib/map/node/locatorPlugin.ts';
import { referencePlugin, sourceNotesPlugin } from './src/lib/data/node/referencePlugin.ts';
import { portablePlugin } from './src/lib/data/node/portablePlugin.ts';

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

export default defineConfig({
  plugins: [mppDatasetPlugin(), locatorPlugin(), ...firstPaintPlugins(), referencePlugin(), sourceNotesPlugin(), portablePlugin(), securityHeaders(), sveltekit()],
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
