// The <iframe> code that puts the current view in another site's page (pure; tested in
// tests/unit/embedSnippet.test.ts).
import { DEFAULT_STATE, toSearch, type AppState } from '$lib/state/appState';
import { escapeHtml } from '$lib/html';

/** Tall enough for the map, the one-line legend and the timeline; a briefing's caption needs more. */
export const EMBED_HEIGHT = 600;
export const EMBED_HEIGHT_BRIEFING = 720;

/**
 * The embed's address for a view: its date, city, language and briefing chapter, written out even
 * where they are the defaults (not presenting or contrast: the host page decides how it looks).
 */
export function embedUrl(siteUrl: string, state: Pick<AppState, 'date' | 'city' | 'lang' | 'briefing' | 'chapter'>): string {
  const { date, city, lang, briefing, chapter } = state;
  return `${siteUrl.replace(/\/$/, '')}/embed/${toSearch({ ...DEFAULT_STATE, date, city, lang, briefing, chapter }, undefined, { withDefaults: true })}`;
}

export function embedSnippet(siteUrl: string, state: Parameters<typeof embedUrl>[1], title: string): { html: string; height: number } {
  const height = state.briefing ? EMBED_HEIGHT_BRIEFING : EMBED_HEIGHT;
  const src = embedUrl(siteUrl, state);
  return {
    height,
    html: `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="100%" height="${height}" style="border:0;max-width:100%" loading="lazy"></iframe>`
  };
}
