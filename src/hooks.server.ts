import type { Handle } from '@sveltejs/kit';
import modulesAfterFirstPaint from '$lib/modulesAfterFirstPaint.inline.js?inline-script';
import firstPaintUrl from '$lib/state/firstPaintUrl.inline.js?inline-script';
import firstPaintDate from '$lib/map/firstPaintDate.inline.js?inline-script';
import { scriptHash } from '../scripts/inline-script.mjs';
import { escapeHtml } from '$lib/html';
import { messagesFor } from '$lib/i18n';
import { catalogPairs, pairsBlock, pairsOnPage } from '$lib/i18n/firstPaintLanguage';
import { DEFAULT_DATE } from '$lib/time/dates';

/** The pages whose HTML carries the picture of the map (FirstPaintMap): the map and its embed. */
const MAP_PAGES = new Set(['/', '/embed']);
/** The pages whose prerendered text is interface text only, which a Spanish link shows in Spanish from its first paint. */
const SWAPPED_LANGUAGE_PAGES = new Set([...MAP_PAGES, '/presenter']);
/** Every English interface text with its Spanish, worked out once; each page takes the ones it shows. */
const SPANISH_PAIRS = catalogPairs(messagesFor('en'), messagesFor('es'));

// Prerendered pages are English; the client switches to Spanish when ?lang=es is in the URL. The map
// pages' and the presenter view's heads carry the Spanish for the interface texts they show, and a
// small inline script (src/lib/state/firstPaintUrl.inline.js, allowed by its hash) puts it in
// place while the page is parsed, so that a Spanish URL's page is Spanish from its first paint (the
// same script sets the URL's presenting layout and high-contrast theme). The other pages are mostly
// sentences put together from data, which the app writes once started.
// SvelteKit preloads the fonts the pages' CSS uses (styles/fonts.css, `font-display: optional`) ahead
// of everything else, so that they arrive in time for the first paint: queued behind the script
// preloads on a busy machine, they missed it and the page stayed in the system sans for that visit.
//
// The map pages do not preload their scripts from the head: fetched and compiled before the first
// frame, they held the picture of the map back (docs/performance.md, *First map on screen*). Their
// list goes into a meta tag instead, and a small inline script (src/lib/modulesAfterFirstPaint.inline.js,
// allowed by its hash in svelte.config.js) asks for them once the first contentful paint is reported,
// or after 3 s, so that a slow network does not fetch them one level of imports at a time. Every
// other page preloads them from the head as SvelteKit does.

// The site's policy (svelte.config.js) allows the three inline scripts of the map pages by their
// hashes; a page that does not carry one of them leaves its hash out of its own policy. The hashes do
// not compress (~60 bytes each): on the fact sheets, the sources page and the presenter view, which
// the offline copy fetches, that was ~1.5 KB gzip.
const OWN_SCRIPTS = [firstPaintUrl, modulesAfterFirstPaint, firstPaintDate].map((text) => ({ tag: `<script>${text}</script>`, source: ` '${scriptHash(text)}'` }));
function allowOnlyScriptsCarried(page: string): string {
  return page.replace(/(<meta http-equiv="content-security-policy" content=")([^"]*)/, (_, start: string, policy: string) => {
    for (const script of OWN_SCRIPTS) if (!page.includes(script.tag)) policy = policy.replace(script.source, '');
    return start + policy;
  });
}

export const handle: Handle = ({ event, resolve }) => {
  const mapPage = MAP_PAGES.has(event.route.id ?? '');
  const scripts: string[] = [];
  return resolve(event, {
    transformPageChunk: ({ html }) => {
      const page = html.replace('%lang%', 'en');
      if (!SWAPPED_LANGUAGE_PAGES.has(event.route.id ?? '')) return allowOnlyScriptsCarried(page);
      const urlState = `${pairsBlock('es', pairsOnPage(page, SPANISH_PAIRS, 'es', [DEFAULT_DATE]))}<script>${firstPaintUrl}</script>`;
      const later = scripts.length ? `<meta name="mpp-modules" content="${escapeHtml(scripts.join(' '))}"><script>${modulesAfterFirstPaint}</script>` : '';
      // A function, so that no `$` in a script is read as a replacement pattern.
      return allowOnlyScriptsCarried(page.replace('</head>', () => `${urlState}${later}\n</head>`));
    },
    preload: ({ type, path }) => {
      if (type !== 'js') return type === 'css' || type === 'font';
      if (!mapPage) return true;
      scripts.push(path);
      return false;
    }
  });
};
