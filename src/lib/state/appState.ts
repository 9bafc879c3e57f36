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
  /** Presentation mode: large type and symbols, controls that fade away. */
  present: boolean;
  /** The high-contrast theme. */
  contrast: boolean;
  /** The briefing being presented, and its chapter (1-based), or null. */
  briefing: string | null;
  /** A briefing of the reader's own (a file opened or a link received), kept in this browser, presented instead of a shipped one. */
  draft: string | null;
  chapter: number | null;
  /** A briefing of the reader's own open in the editor (its draft id), or null. */
  edit: string | null;
}

/** What the URL is checked against: the ids that exist, and each briefing's number of chapters. */
export interface KnownIds {
  cities?: readonly string[];
  briefings?: Readonly<Record<string, number>>;
}

export type NoticeKind = 'badLang' | 'badDate' | 'dateOutOfRange' | 'badCity' | 'badFlag' | 'badBriefing' | 'badChapter';

/** A URL value that was ignored, to be shown to the user in a dismissible notice. */
export interface Notice {
  kind: NoticeKind;
  /** The offending value, shortened so a huge or hostile string cannot flood the page. */
  value: string;
  /** What was shown instead. */
  fallback?: string;
}

export const DEFAULT_STATE: AppState = { lang: DEFAULT_LANG, date: DEFAULT_DATE, city: null, present: false, contrast: false, briefing: null, draft: null, chapter: null, edit: null };

/** A draft's id, as DraftStore makes them. */
export const DRAFT_ID = /^[a-z0-9]{6,24}$/;

const TRUE = ['1', 'true', 'yes', 'on'];
const FALSE = ['0', 'false', 'no', 'off', ''];

const MAX_ECHO = 40;

function echo(value: string): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_ECHO ? `${flat.slice(0, MAX_ECHO)}…` : flat;
}

/** Ids in `known` are checked when given; without them any well-formed id is accepted. */
export function parseAppState(params: URLSearchParams, known: KnownIds = {}): { state: AppState; notices: Notice[] } {
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
    if (known.cities ? known.cities.includes(id) : /^[a-z0-9-]{1,40}$/.test(id)) state.city = id;
    else notices.push({ kind: 'badCity', value: echo(city) });
  }

  for (const flag of ['present', 'contrast'] as const) {
    const raw = params.get(flag);
    if (raw === null) continue;
    const v = raw.trim().toLowerCase();
    if (TRUE.includes(v)) state[flag] = true;
    else if (!FALSE.includes(v)) notices.push({ kind: 'badFlag', value: echo(`${flag}=${raw}`) });
  }

  const edit = params.get('edit');
  if (edit !== null && edit !== '') {
    const id = edit.trim().toLowerCase();
    if (DRAFT_ID.test(id)) state.edit = id;
    else notices.push({ kind: 'badBriefing', value: echo(edit) });
  }

  const briefing = params.get('briefing');
  const draft = params.get('draft');
  const chapter = params.get('chapter');
  // A shipped briefing, or one of the browser's own (whose number of chapters is known only once
  // it is read, in BriefingMode).
  const asked = briefing !== null && briefing !== '' ? { key: 'briefing' as const, raw: briefing } : draft !== null && draft !== '' ? { key: 'draft' as const, raw: draft } : null;
  if (asked) {
    const id = asked.raw.trim().toLowerCase();
    const chapters = asked.key === 'draft' ? (DRAFT_ID.test(id) ? Infinity : undefined) : known.briefings ? known.briefings[id] : /^[a-z0-9-]{1,40}$/.test(id) ? Infinity : undefined;
    if (chapters === undefined) notices.push({ kind: 'badBriefing', value: echo(asked.raw) });
    else {
      state[asked.key] = id;
      state.chapter = 1;
      if (chapter !== null) {
        const n = /^\s*\d{1,6}\s*$/.test(chapter) ? Number(chapter) : NaN;
        if (Number.isInteger(n) && n >= 1 && n <= chapters) state.chapter = n;
        else {
          const nearest = Number.isFinite(n) ? Math.min(Math.max(1, n), chapters) : 1;
          state.chapter = nearest;
          notices.push({ kind: 'badChapter', value: echo(chapter), fallback: String(nearest) });
        }
      }
    }
  } else if (chapter !== null) {
    // A chapter means nothing without its briefing.
    notices.push({ kind: 'badFlag', value: echo(`chapter=${chapter}`) });
  }

  return { state, notices };
}

/**
 * The query string for a state: defaults are left out so shared links stay short, except with
 * `withDefaults` (an embed's code keeps its date and language even if a later release's defaults change).
 */
export function toSearch(state: AppState, keep: URLSearchParams = new URLSearchParams(), { withDefaults = false } = {}): string {
  const params = new URLSearchParams(keep);
  // A fixed order (date, then lang) keeps shared links tidy and comparable.
  for (const key of ['edit', 'briefing', 'draft', 'chapter', 'date', 'city', 'present', 'contrast', 'lang']) params.delete(key);
  if (state.edit) params.set('edit', state.edit);
  if (state.briefing || state.draft) {
    params.set(state.briefing ? 'briefing' : 'draft', (state.briefing ?? state.draft)!);
    params.set('chapter', String(state.chapter ?? 1));
  }
  if (withDefaults || state.date !== DEFAULT_STATE.date) params.set('date', state.date);
  if (state.city) params.set('city', state.city);
  if (state.present) params.set('present', '1');
  if (state.contrast) params.set('contrast', '1');
  if (withDefaults || state.lang !== DEFAULT_STATE.lang) params.set('lang', state.lang);
  const s = params.toString();
  return s ? `?${s}` : '';
}
