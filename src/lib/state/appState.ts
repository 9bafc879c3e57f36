// The one source of truth for what the page shows is the URL. These pure functions turn its query
// string into a valid app state (with a notice for every value that had to be ignored) and back.
import { DEFAULT_LANG, isLang, type Lang } from '$lib/i18n';
import { DEFAULT_DATE, parseUrlDate } from '$lib/time/dates';

export interface AppState {
  lang: Lang;
  /** The day the map shows, YYYY-MM-DD, always inside the timeline. */
  date: string;
  /** The city whose panel is open, or null. */
  city: string | null;
}

export type NoticeKind = 'badLang' | 'badDate' | 'dateOutOfRange' | 'badCity';

/** A URL value that was ignored, to be shown to the user in a dismissible notice. */
export interface Notice {
  kind: NoticeKind;
  /** The offending value, shortened so a huge or hostile string cannot flood the page. */
  value: string;
  /** What was shown instead. */
  fallback?: string;
}

export const DEFAULT_STATE: AppState = { lang: DEFAULT_LANG, date: DEFAULT_DATE, city: null };

const MAX_ECHO = 40;

function echo(value: string): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_ECHO ? `${flat.slice(0, MAX_ECHO)}…` : flat;
}

/** `cities`: the city ids that exist; a city param is checked against them when given. */
export function parseAppState(params: URLSearchParams, cities?: readonly string[]): { state: AppState; notices: Notice[] } {
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

  const city = params.get('city');
  if (city !== null && city !== '') {
    const id = city.trim().toLowerCase();
    if (!cities || cities.includes(id)) state.city = id;
    else notices.push({ kind: 'badCity', value: echo(city) });
  }

  return { state, notices };
}

/** The query string for a state: defaults are left out so shared links stay short. */
export function toSearch(state: AppState, keep: URLSearchParams = new URLSearchParams()): string {
  const params = new URLSearchParams(keep);
  // A fixed order (date, then lang) keeps shared links tidy and comparable.
  params.delete('date');
  params.delete('city');
  params.delete('lang');
  if (state.date !== DEFAULT_STATE.date) params.set('date', state.date);
  if (state.city) params.set('city', state.city);
  if (state.lang !== DEFAULT_STATE.lang) params.set('lang', state.lang);
  const s = params.toString();
  return s ? `?${s}` : '';
}
