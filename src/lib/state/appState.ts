// The one source of truth for what the page shows is the URL. These pure functions turn its query
// string into a valid app state (with a notice for every value that had to be ignored) and back.
import { DEFAULT_LANG, isLang, type Lang } from '$lib/i18n';

export interface AppState {
  lang: Lang;
}

export type NoticeKind = 'badLang';

/** A URL value that was ignored, to be shown to the user in a dismissible notice. */
export interface Notice {
  kind: NoticeKind;
  /** The offending value, shortened so a huge or hostile string cannot flood the page. */
  value: string;
}

export const DEFAULT_STATE: AppState = { lang: DEFAULT_LANG };

const MAX_ECHO = 40;

function echo(value: string): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_ECHO ? `${flat.slice(0, MAX_ECHO)}…` : flat;
}

export function parseAppState(params: URLSearchParams): { state: AppState; notices: Notice[] } {
  const notices: Notice[] = [];
  const state: AppState = { ...DEFAULT_STATE };

  const lang = params.get('lang');
  if (lang !== null) {
    const normalised = lang.trim().toLowerCase();
    if (isLang(normalised)) state.lang = normalised;
    else notices.push({ kind: 'badLang', value: echo(lang) });
  }

  return { state, notices };
}

/** The query string for a state: defaults are left out so shared links stay short. */
export function toSearch(state: AppState, keep: URLSearchParams = new URLSearchParams()): string {
  const params = new URLSearchParams(keep);
  if (state.lang === DEFAULT_STATE.lang) params.delete('lang');
  else params.set('lang', state.lang);
  const s = params.toString();
  return s ? `?${s}` : '';
}
