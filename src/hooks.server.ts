import type { Handle } from '@sveltejs/kit';

// Prerendered pages are English; the client switches to Spanish when ?lang=es is in the URL.
// SvelteKit also preloads the fonts the pages' CSS uses (styles/fonts.css, `font-display: optional`)
// and writes those links ahead of its script preloads: queued behind twenty-odd scripts on the
// browser's six connections to a host, the fonts missed the first paint on a busy machine and the
// page stayed in the system sans for that visit.
export const handle: Handle = ({ event, resolve }) =>
  resolve(event, {
    transformPageChunk: ({ html }) => html.replace('%lang%', 'en'),
    preload: ({ type }) => type === 'js' || type === 'css' || type === 'font'
  });
