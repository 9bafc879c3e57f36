import type { Handle } from '@sveltejs/kit';
import modulesAfterFirstPaint from '$lib/modulesAfterFirstPaint.inline.js?raw';
import { escapeHtml } from '$lib/html';

// Prerendered pages are English; the client switches to Spanish when ?lang=es is in the URL.
// SvelteKit preloads the fonts the pages' CSS uses (styles/fonts.css, `font-display: optional`), so
// that they arrive in time for the first paint. The pages' scripts are not preloaded from the head:
// twenty-odd modulepreloads were fetched and compiled before the first frame and held the picture of
// the map back (first contentful paint 264 → 236 ms, Lighthouse mobile LCP 2.7 → 2.1 s on the bench
// machine; docs/performance.md). Their list goes into the head instead, and a small script asks for
// them once the first frame is on screen, so that a slow network does not fetch them one level of
// imports at a time (the policy allows the script by its hash, svelte.config.js).
export const handle: Handle = ({ event, resolve }) => {
  const scripts: string[] = [];
  return resolve(event, {
    transformPageChunk: ({ html }) => {
      const page = html.replace('%lang%', 'en');
      if (!scripts.length) return page;
      const later = `<meta name="mpp-modules" content="${escapeHtml(scripts.join(' '))}"><script>${modulesAfterFirstPaint}</script>`;
      return page.replace('</head>', `${later}\n</head>`);
    },
    preload: ({ type, path }) => {
      if (type === 'js') scripts.push(path);
      return type === 'css' || type === 'font';
    }
  });
};
