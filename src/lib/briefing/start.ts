// Starting the shipped briefing from the map: its first chapter, presenting.
import type { AppController } from '$lib/app/controller.svelte';
import { loadBriefings } from './briefingData';

export async function startBriefing(app: AppController): Promise<void> {
  const first = (await loadBriefings().catch(() => []))[0];
  if (!first) return;
  const ch = first.chapters[0]!;
  // The focus is not kept: the button that started it gives way to the presenter view's.
  await app.navigate({ briefing: first.id, chapter: 1, date: ch.date, city: ch.city, present: true }, { keepFocus: false });
}

/** Presents a briefing of the reader's own from its first chapter. */
export async function presentOwn(app: AppController, draft: { id: string; briefing: { chapters: { date: string; city: string | null }[] } }): Promise<void> {
  const ch = draft.briefing.chapters[0]!;
  await app.navigate({ briefing: null, draft: draft.id, chapter: 1, date: ch.date, city: ch.city, present: true }, { keepFocus: false });
}
