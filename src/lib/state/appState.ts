// The one source of truth for what the page shows is the URL. These pure functions turn its query
// string into a valid app state (with a notice for every value that had to be ignored) and back.
import { DEFAULT_LANG, isLang, type Lang } from '$lib/i18n';
import { DEFAULT_DATE, parseUrlDate } from '$lib/time/dates';

export interface AppState {
  lang: Lang;
  /** The day the map shows, YYYY-MM-DD, always inside the timeline. */
  date: string;
}

export type NoticeKind = 'badLang' | 'badDate' | 'dateOutOfRange';

/** A URL value that was ignored, to be shown to the user in a dismissible notice. */
export interface Notice {
  kind: NoticeKind;
  /** The offending value, shortened so a huge or hostile string cannot flood the page. */
  value: string;
  /** What was shown instead. */
  fallback?: string;
}

export const DEFAULT_STATE: AppState = { lang: DEFAULT_LANG, date: DEFAULT_DATE };

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

  const date = params.get('date');
  if (date !== null) {
    const parsed = parseUrlDate(date);
    state.date = parsed.date;
    if (!parsed.ok) notices.push({ kind: parsed.reason === 'invalid' ? 'badDate' : 'dateOutOfRange', value: echo(date), fallback: parsed.date });
  }

  return { state, notices };
}

/** The query string for a state: defaults are left out so shared links stay short. */
export function toSearch(state: AppState, keep: URLSearchParams = new URLSearchParams()): string {
  const params = new URLSearchParams(keep);
  // A fixed order (date, then lang) keeps shared links tidy and comparable.
  params.delete('date');
  params.delete('lang');
  if (state.date !== DEFAULT_STATE.date) params.set('date', state.date);
  if (state.lang !== DEFAULT_STATE.lang) params.set('lang', state.lang);
  const s = params.toString();
  return s ? `?${s}` : '';
}
