// What the atlas is doing, as one typed value: each mode owns its keys, its camera and its panels.
// The URL (and, for /embed, the page) says which mode is on (see modeOf); a new mode is a new member
// here, a row or two in the keymap, and its own component mounted by the page.
import type { AppState } from '$lib/state/appState';

export type AppMode =
  /** Reading the map: scrub, play, open cities. */
  | { kind: 'browse' }
  /** Presentation mode without a briefing: large type and symbols, controls that fade away. */
  | { kind: 'present' }
  /** A briefing runs (presenting or not): its chapters set the date, camera, city and ringed ports. */
  | { kind: 'briefing'; chapter: number }
  /**
   * Inside another site's page (/embed): the map, the timeline and a compact legend, and a briefing's
   * chapter if the link names one; no panels, no presenting, no offline copy.
   */
  | { kind: 'embed'; briefing: string | null }
  /** Making a briefing of one's own (?edit=<draft id>): the map is browsed to set up each chapter. */
  | { kind: 'edit'; draft: string };

export type ModeKind = AppMode['kind'];

/** The keymap's modes: the app's, and the presenter view (a window of its own). */
export type KeymapMode = ModeKind | 'presenter';

/** The mode the URL asks for; `embedded` on the /embed page, whose mode it always is. */
export function modeOf(state: AppState, embedded = false): AppMode {
  if (embedded) return { kind: 'embed', briefing: state.briefing };
  if (state.edit) return { kind: 'edit', draft: state.edit };
  if (state.briefing || state.draft) return { kind: 'briefing', chapter: state.chapter ?? 1 };
  return state.present ? { kind: 'present' } : { kind: 'browse' };
}
