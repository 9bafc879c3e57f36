import type { Handle } from '@sveltejs/kit';

// Prerendered pages are English; the client switches to Spanish when ?lang=es is in the URL.
// SvelteKit preloads the fonts the pages' CSS uses (styles/fonts.css, `font-display: optional`), so
// that they arrive in time for the first paint, but not the pages' scripts: twenty-odd
// modulepreloads were fetched and compiled before the first frame and held the picture of the map
// back (first contentful paint 264 → 236 ms, Lighthouse mobile LCP 2.7 → 1.8 s on the bench machine;
// docs/performance.md). The app's entry imports them as it starts.
export const handle: Handle = ({ event, resolve }) =>
  resolve(event, {
    transformPageChunk: ({ html }) => html.replace('%lang%', 'en'),
    preload: ({ type }) => type === 'css' || type === 'font'
  });
