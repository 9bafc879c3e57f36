// What the briefing editor does to a draft, as pure functions (tested in tests/unit/editing.test.ts):
// each returns a new briefing and leaves the one it was given alone, so an undo is the old value.
import type { Briefing, Chapter } from '$lib/data/briefing';
import { BRIEFING_FORMAT, BRIEFING_VERSION, CAMERA_ZOOM } from '$lib/data/briefingFormat';
import type { Lang } from '$lib/i18n';
import { NAME_MAX, type DraftBriefing } from '../drafts';

/** The view on screen that a new chapter takes: date, camera, open city and its ports. */
export interface ViewNow {
  date: string;
  center: [number, number];
  zoom: number;
  city: string | null;
  ports: string[];
}

const LANGS: readonly Lang[] = ['en', 'es'];

/** A briefing with nothing in it yet, for "New briefing". */
export function emptyBriefing(): DraftBriefing {
  return { id: 'my-briefing', title: { en: '', es: '' }, description: { en: '', es: '' }, chapters: [] };
}

/**
 * A draft's name as its title is typed: a name that is still an untitled one (`untitled`, the page's
 * language first) or the title as it was follows the title, so the list of briefings tells them apart;
 * a name the speaker chose (by renaming) stays.
 */
export function nameFollowingTitle(name: string, before: string, after: string, untitled: readonly string[]): string {
  if (!untitled.includes(name) && name !== before.trim().slice(0, NAME_MAX)) return name;
  return after.trim().slice(0, NAME_MAX) || untitled[0]!;
}

/** A kebab-case id made of a title (for the file name and the briefing's id); `fallback` where none is left. */
export function slug(text: string, fallback = 'my-briefing'): string {
  const s = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return s || fallback;
}

/** A chapter id not yet used in the briefing: chapter-1, chapter-2, … */
export function freshChapterId(chapters: readonly Pick<Chapter, 'id'>[]): string {
  const used = new Set(chapters.map((c) => c.id));
  let n = chapters.length + 1;
  while (used.has(`chapter-${n}`)) n++;
  return `chapter-${n}`;
}

/** The camera a chapter keeps for a view: the centre rounded to ~100 m, the zoom within the schema's range. */
export function cameraOf(view: Pick<ViewNow, 'center' | 'zoom'>): Chapter['camera'] {
  const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;
  return { center: [round(view.center[0], 3), round(view.center[1], 3)], zoom: round(Math.min(CAMERA_ZOOM[1], Math.max(CAMERA_ZOOM[0], view.zoom)), 2) };
}

export function chapterFromView(view: ViewNow, id: string): Chapter {
  return {
    id,
    date: view.date,
    camera: cameraOf(view),
    city: view.city,
    ports: [...view.ports],
    title: { en: '', es: '' },
    caption: { en: '', es: '' },
    notes: { en: '', es: '' },
    sources: []
  };
}

/** Adds the view as a chapter after `after` (at the end where -1 or absent); returns the briefing and the new chapter's index. */
export function addChapter(b: DraftBriefing, view: ViewNow, after = b.chapters.length - 1): { briefing: DraftBriefing; index: number } {
  const index = Math.min(after + 1, b.chapters.length);
  const chapters = [...b.chapters];
  chapters.splice(index, 0, chapterFromView(view, freshChapterId(b.chapters)));
  return { briefing: { ...b, chapters }, index };
}

/** Moves chapter `i` by `delta` places (clamped to the list); returns the briefing and where it went. */
export function moveChapter(b: DraftBriefing, i: number, delta: number): { briefing: DraftBriefing; index: number } {
  const to = Math.max(0, Math.min(b.chapters.length - 1, i + delta));
  return { briefing: moveChapterTo(b, i, to), index: to };
}

/** Moves chapter `from` to index `to` (a drag and drop). */
export function moveChapterTo(b: DraftBriefing, from: number, to: number): DraftBriefing {
  if (from === to || !b.chapters[from]) return b;
  const chapters = [...b.chapters];
  const [moved] = chapters.splice(from, 1);
  chapters.splice(Math.max(0, Math.min(chapters.length, to)), 0, moved!);
  return { ...b, chapters };
}

/** A copy of chapter `i` just after it, with a new id. */
export function duplicateChapter(b: DraftBriefing, i: number): { briefing: DraftBriefing; index: number } {
  const original = b.chapters[i];
  if (!original) return { briefing: b, index: i };
  const chapters = [...b.chapters];
  chapters.splice(i + 1, 0, { ...structuredClone(original), id: freshChapterId(b.chapters) });
  return { briefing: { ...b, chapters }, index: i + 1 };
}

export function removeChapter(b: DraftBriefing, i: number): DraftBriefing {
  return { ...b, chapters: b.chapters.filter((_, j) => j !== i) };
}

export function updateChapter(b: DraftBriefing, i: number, change: Partial<Chapter>): DraftBriefing {
  return { ...b, chapters: b.chapters.map((c, j) => (j === i ? { ...c, ...change } : c)) };
}

/** The other language's text where one is empty, and whether it was borrowed. */
export function textIn<T extends Record<Lang, string>>(text: T, lang: Lang): { text: string; borrowed: Lang | null } {
  if (text[lang].trim()) return { text: text[lang], borrowed: null };
  const other = LANGS.find((l) => l !== lang && text[l].trim());
  return other ? { text: text[other], borrowed: other } : { text: '', borrowed: null };
}

/**
 * The briefing as presented and saved as a file: every text written in one language only is given
 * to the other too (the file format has both), and its id follows its title.
 */
export function completeBriefing(b: DraftBriefing): DraftBriefing {
  const both = <T extends Record<Lang, string>>(t: T) => ({ en: textIn(t, 'en').text, es: textIn(t, 'es').text });
  return {
    ...b,
    id: slug(textIn(b.title, 'en').text),
    title: both(b.title),
    description: both(b.description),
    chapters: b.chapters.map((c) => ({ ...c, title: both(c.title), caption: both(c.caption), notes: both(c.notes) }))
  };
}

/** A draft as the briefing mode and the presenter view show it: complete, in the file's format. */
export function presentedBriefing(b: DraftBriefing): Briefing {
  return { format: BRIEFING_FORMAT, version: BRIEFING_VERSION, ...completeBriefing(b) };
}

/** Bibliography entries whose id, publisher or title hold every word of the query (accents ignored). */
export function searchSources<S extends { id: string; publisher: string; title: string; date: string }>(sources: readonly S[], query: string, limit = 8): S[] {
  const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (!words.length) return [];
  return sources.filter((s) => words.every((w) => fold(`${s.id} ${s.publisher} ${s.title} ${s.date}`).includes(w))).slice(0, limit);
}
