import { browser } from '$app/environment';
import { page } from '$app/state';
import { messagesFor, type Lang } from '$lib/i18n';
import { DEFAULT_STATE, parseAppState, toSearch, type AppState, type KnownIds } from './appState';

/**
 * The app state read from the current URL, for a page component. Prerendering has no query string,
 * so the prerendered HTML shows the defaults and the browser applies the URL on load.
 */
export function useUrlState(known?: () => KnownIds) {
  const params = $derived(browser ? page.url.searchParams : new URLSearchParams());
  const parsed = $derived(parseAppState(params, known?.()));
  const t = $derived(messagesFor(parsed.state.lang));

  $effect(() => {
    const root = document.documentElement;
    root.lang = parsed.state.lang;
    // The page now writes its own texts in this language (see state/firstPaintUrl.inline.js).
    root.removeAttribute('data-url-lang');
    root.classList.toggle('presenting', parsed.state.present);
    root.classList.toggle('contrast', parsed.state.contrast);
  });

  return {
    get params() {
      return params;
    },
    get state() {
      return parsed.state;
    },
    get notices() {
      return parsed.notices;
    },
    get t() {
      return t;
    },
    /** The query string for this page in another language, keeping every other parameter. */
    hrefFor(lang: Lang): string {
      return toSearch({ ...parsed.state, lang }, params) || '?';
    },
    /** The query string that carries the language to another page. */
    get langQuery(): string {
      return toSearch({ ...DEFAULT_STATE, lang: parsed.state.lang });
    },
    /** The query string for this page with some state changed. */
    with(change: Partial<AppState>): string {
      return toSearch({ ...parsed.state, ...change }, params) || '?';
    }
  };
}
