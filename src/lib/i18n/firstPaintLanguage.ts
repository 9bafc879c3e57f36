import { escapeHtml } from '$lib/html';
import { formatDate } from './dates';
import type { Lang } from './index';

/**
 * Prerendered pages are written in English, the default language: a static host serves the same
 * file for `/?lang=es`. So that a Spanish URL's first paint is Spanish too, each page's HTML carries
 * the Spanish for the interface text it contains, and a small script in its head
 * (state/firstPaintUrl.inline.js) swaps each English text and label for its Spanish as the page is
 * parsed, before anything is painted. The app, once started, writes the same Spanish in place.
 */

/** An English interface text and the same text in another language. */
export type TextPairs = Record<string, string>;

/**
 * Every text of one catalog paired with the same key's text in another: plain texts only (a text
 * with `{placeholders}` is filled in by the app, and its parts cannot be matched on the page), and
 * only where the two differ. Where one English text has two translations the first key wins, even
 * where it keeps the English ("English" names itself in the language switch, but is "inglés" in a
 * sentence); the app puts the right one in place when it starts.
 */
export function catalogPairs(from: unknown, to: unknown): TextPairs {
  const pairs = collectPairs(from, to, {});
  for (const [english, other] of Object.entries(pairs)) if (english === other) delete pairs[english];
  return pairs;
}

function collectPairs(from: unknown, to: unknown, pairs: TextPairs): TextPairs {
  if (typeof from === 'string') {
    const text = from.trim();
    if (typeof to === 'string' && text && !/\{\w+\}/.test(text) && !Object.hasOwn(pairs, text)) pairs[text] = to.trim();
    return pairs;
  }
  if (from && to && typeof from === 'object' && typeof to === 'object') {
    for (const [key, value] of Object.entries(from)) collectPairs(value, (to as Record<string, unknown>)[key], pairs);
  }
  return pairs;
}

/** The attributes whose values the inline script swaps: what a screen reader or a pointer shows. */
export const SWAPPED_ATTRIBUTES = ['aria-label', 'aria-valuetext', 'title', 'alt', 'placeholder'] as const;

/**
 * The pairs a page needs: those whose English text it shows as a whole text between two tags or as a
 * whole label or title (SWAPPED_ATTRIBUTES), in the page's escaped form, which keeps its share of the
 * catalog to the few kilobytes it uses; and each of `dates` (YYYY-MM-DD) that it shows as a whole
 * text or label, in the words of `lang` ("15 January 2020" → "15 de enero de 2020").
 */
export function pairsOnPage(html: string, pairs: TextPairs, lang: Lang, dates: readonly string[] = []): TextPairs {
  const texts = new Set<string>();
  for (const match of html.matchAll(/>([^<]+)</g)) texts.add(match[1]!.trim());
  const values = new Set<string>();
  for (const match of html.matchAll(new RegExp(`\\s(?:${SWAPPED_ATTRIBUTES.join('|')})="([^"]+)"`, 'g'))) values.add(match[1]!);
  const found: TextPairs = {};
  for (const [english, other] of Object.entries(pairs)) {
    // Svelte escapes `&` and `<` in text, and `"` too in attributes, as escapeHtml does.
    if (texts.has(english.replace(/&/g, '&amp;').replace(/</g, '&lt;')) || values.has(escapeHtml(english))) found[english] = other;
  }
  for (const date of dates) {
    const english = formatDate(date, 'en');
    if ((texts.has(english) || values.has(english)) && !Object.hasOwn(found, english)) found[english] = formatDate(date, lang);
  }
  return found;
}

/** The pairs as a JSON block for the inline script, in the page's head; no `<` in it can end it. */
export function pairsBlock(lang: Lang, pairs: TextPairs): string {
  return `<script type="application/json" data-lang="${lang}">${JSON.stringify(pairs).replace(/</g, '\\u003c')}</script>`;
}
