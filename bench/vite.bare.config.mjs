// Builds the bare MapLibre baseline page (bench/bare) into bench/dist/bare, bundling maplibre-gl the
// way the app does (Vite, ESM, worker URL via ?url). The app's static/ folder is its public dir, so
// the very same basemap/boundaries.topojson (and favicon) is copied next to it.
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  root: here('./bare'),
  base: '/',
  publicDir: here('../static'),
  logLevel: 'warn',
  build: {
    outDir: here('./dist/bare'),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 2000
  }
});
