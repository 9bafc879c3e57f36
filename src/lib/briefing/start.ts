// Starting a briefing from the map, presenting: the shipped one or the reader's own.
import type { AppController } from '$lib/app/controller.svelte';
import { loadBriefings } from './briefingData';

type ChapterPlace = { date: string; city: string | null };

/** Presents a briefing from chapter `index` (0-based). */
export function presentFrom(app: AppController, ref: { briefing: string | null; draft: string | null }, chapters: readonly ChapterPlace[], index = 0): Promise<void> {
  const ch = chapters[index]!;
  // The focus is not kept: the button that started it gives way to the presenter view's. Started
  // from the editor, the briefing leaves it (?edit= would otherwise keep the page in edit mode).
  return app.navigate({ ...ref, edit: null, chapter: index + 1, date: ch.date, city: ch.city, present: true }, { keepFocus: false });
}

/** Presents the shipped briefing. */
export async function startBriefing(app: AppController): Promise<void> {
  const first = (await loadBriefings().catch(() => []))[0];
  if (first) await presentFrom(app, { briefing: first.id, draft: null }, first.chapters);
}

/** Presents a briefing of the reader's own. */
export function presentOwn(app: AppController, draft: { id: string; briefing: { chapters: ChapterPlace[] } }): Promise<void> {
  return presentFrom(app, { briefing: null, draft: draft.id }, draft.briefing.chapters);
}
