import type { Handle } from '@sveltejs/kit';
import { existsSync, readFileSync } from 'node:fs';

// MapLibre is imported only once the map component mounts, so the browser would not start fetching
// it (or its worker) until the page has hydrated. A preload hint in the map page's <head> starts
// both downloads with the HTML instead. The built file names come from Vite's client manifest,
// which exists when the pages are prerendered (after the client build); in dev there is none.
const MANIFEST = '.svelte-kit/output/client/.vite/manifest.json';
let mapPreloads: string | null = null;

function mapPreloadLinks(): string {
  if (mapPreloads !== null) return mapPreloads;
  mapPreloads = '';
  if (!existsSync(MANIFEST)) return mapPreloads;
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, { file: string }>;
  const library = manifest['node_modules/maplibre-gl/dist/maplibre-gl.mjs']?.file;
  const worker = manifest['node_modules/maplibre-gl/dist/maplibre-gl-worker.mjs']?.file;
  if (library) mapPreloads += `<link rel="modulepreload" href="./${library}">`;
  if (worker) mapPreloads += `<link rel="preload" href="./${worker}" as="script" crossorigin>`;
  return mapPreloads;
}

// Prerendered pages are English; the client switches to Spanish when ?lang=es is in the URL.
export const handle: Handle = ({ event, resolve }) =>
  resolve(event, {
    transformPageChunk: ({ html }) => {
      const out = html.replace('%lang%', 'en');
      return event.route.id === '/' ? out.replace('</title>', `</title>${mapPreloadLinks()}`) : out;
    }
  });
