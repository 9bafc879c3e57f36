// Every key the atlas answers to, in one table: which mode it belongs to, where the focus may be,
// and the action it runs. The main page and the presenter view look keys up here, and the shortcuts
// dialog lists the same rows, so a key cannot do one thing and be documented as another.
import type { KeymapMode } from './mode';

export type Action =
  | 'togglePresent'
  | 'openPresenter'
  | 'toggleHelp'
  | 'closeCity'
  | 'nextChapter'
  | 'previousChapter'
  | 'togglePlay'
  | 'dayLater'
  | 'dayEarlier'
  | 'weekLater'
  | 'weekEarlier'
  | 'monthLater'
  | 'monthEarlier'
  | 'firstDay'
  | 'lastDay'
  | 'nextEvent'
  | 'previousEvent';

/**
 * Where the key was pressed: the date slider, a text field, a button or link, the page itself or
 * the map's canvas, or any other element (a panel, a scrollable region).
 */
export type KeyPlace = 'slider' | 'typing' | 'control' | 'page' | 'other';

/** How the shortcuts dialog names a row's keys and what they do (message keys, both languages). */
export type KeyName = 'arrows' | 'shiftArrows' | 'pages' | 'homeEnd' | 'space' | 'brackets' | 'question' | 'p' | 's' | 'escape' | 'clicker';
export type KeyHelp = 'day' | 'week' | 'month' | 'ends' | 'play' | 'event' | 'help' | 'present' | 'presenter' | 'closeCity' | 'chapter';

export interface Binding {
  keys: readonly string[];
  /** Shift held (true), not held (false), or either (absent). */
  shift?: boolean;
  action: Action;
  /**
   * The modes it belongs to; absent: every mode with a map (not the presenter view). An action that
   * no mounted component answers (P in an embed, which has no presentation tools) leaves the key alone.
   */
  modes?: readonly KeymapMode[];
  places: readonly KeyPlace[];
  /** The shortcuts dialog's row this key belongs to; rows without one are not listed. */
  help?: { keys: KeyName; what: KeyHelp };
}

const MAP_MODES: readonly KeymapMode[] = ['browse', 'present', 'briefing', 'embed', 'edit'];
const NOT_BRIEFING: readonly KeymapMode[] = ['browse', 'present', 'embed', 'edit'];
/** The full page's modes: an embed has no presentation tools and no city panel. */
const FULL_PAGE: readonly KeymapMode[] = ['browse', 'present', 'briefing', 'edit'];
/** Anywhere but a text field. */
const NOT_TYPING: readonly KeyPlace[] = ['page', 'other', 'control', 'slider'];
/** Anywhere but a text field or the slider (whose arrows move the date). */
const OFF_SLIDER: readonly KeyPlace[] = ['page', 'other', 'control'];

/**
 * First match wins. The chapter keys and the slider's own use of the same keys belong to different
 * modes; the order is the shortcuts dialog's.
 */
export const KEYMAP: readonly Binding[] = [
  // The presenter view: a clicker's keys move the chapters wherever the focus is.
  { keys: ['PageDown', 'ArrowRight', ' '], action: 'nextChapter', modes: ['presenter'], places: [...NOT_TYPING, 'typing'], help: { keys: 'clicker', what: 'chapter' } },
  { keys: ['PageUp', 'ArrowLeft'], action: 'previousChapter', modes: ['presenter'], places: [...NOT_TYPING, 'typing'] },

  // The date slider's own keys.
  { keys: ['ArrowRight', 'ArrowUp'], shift: false, action: 'dayLater', places: ['slider'], help: { keys: 'arrows', what: 'day' } },
  { keys: ['ArrowLeft', 'ArrowDown'], shift: false, action: 'dayEarlier', places: ['slider'] },
  { keys: ['ArrowRight', 'ArrowUp'], shift: true, action: 'weekLater', places: ['slider'], help: { keys: 'shiftArrows', what: 'week' } },
  { keys: ['ArrowLeft', 'ArrowDown'], shift: true, action: 'weekEarlier', places: ['slider'] },
  { keys: ['PageUp'], action: 'monthLater', modes: NOT_BRIEFING, places: ['slider'], help: { keys: 'pages', what: 'month' } },
  { keys: ['PageDown'], action: 'monthEarlier', modes: NOT_BRIEFING, places: ['slider'] },
  { keys: ['Home'], action: 'firstDay', places: ['slider'], help: { keys: 'homeEnd', what: 'ends' } },
  { keys: ['End'], action: 'lastDay', places: ['slider'] },
  // Space plays on the slider and on the page itself (the map's canvas included), not on a button
  // (which it presses) or in a panel (which it scrolls).
  { keys: [' '], action: 'togglePlay', modes: NOT_BRIEFING, places: ['slider', 'page'], help: { keys: 'space', what: 'play' } },
  { keys: [']'], action: 'nextEvent', places: ['slider'], help: { keys: 'brackets', what: 'event' } },
  { keys: ['['], action: 'previousEvent', places: ['slider'] },

  // A briefing: the keys presentation clickers send (Page Down / Page Up, the arrows, Space). On the
  // slider the arrows still move the date, and Space on a button presses the button.
  { keys: ['PageDown'], action: 'nextChapter', modes: ['briefing'], places: NOT_TYPING, help: { keys: 'clicker', what: 'chapter' } },
  { keys: ['PageUp'], action: 'previousChapter', modes: ['briefing'], places: NOT_TYPING },
  { keys: ['ArrowRight'], action: 'nextChapter', modes: ['briefing'], places: OFF_SLIDER },
  { keys: ['ArrowLeft'], action: 'previousChapter', modes: ['briefing'], places: OFF_SLIDER },
  { keys: [' '], action: 'nextChapter', modes: ['briefing'], places: ['page', 'other'] },

  { keys: ['p', 'P'], action: 'togglePresent', modes: FULL_PAGE, places: OFF_SLIDER, help: { keys: 'p', what: 'present' } },
  { keys: ['s', 'S'], action: 'openPresenter', modes: ['briefing'], places: OFF_SLIDER, help: { keys: 's', what: 'presenter' } },
  // Escape closes the city panel even from a text field (it never types anything).
  { keys: ['Escape'], action: 'closeCity', modes: FULL_PAGE, places: [...NOT_TYPING, 'typing'], help: { keys: 'escape', what: 'closeCity' } },
  { keys: ['?'], action: 'toggleHelp', places: NOT_TYPING, help: { keys: 'question', what: 'help' } }
];

export interface KeyPress {
  key: string;
  shift: boolean;
  /** Ctrl, Meta or Alt: the browser's and the system's shortcuts, never the atlas's. */
  modifier: boolean;
  place: KeyPlace;
  /** A modal dialog (the shortcuts list) is open: only its own keys and `?` apply. */
  dialogOpen: boolean;
}

/** The action a key press runs in `mode`, or null where the atlas leaves the key alone. */
export function actionFor(mode: KeymapMode, press: KeyPress, keymap: readonly Binding[] = KEYMAP): Action | null {
  if (press.modifier) return null;
  for (const b of keymap) {
    if (!(b.modes ?? MAP_MODES).includes(mode)) continue;
    if (!b.keys.includes(press.key) || !b.places.includes(press.place)) continue;
    if (b.shift !== undefined && b.shift !== press.shift) continue;
    if (press.dialogOpen && b.action !== 'toggleHelp' && mode !== 'presenter') return null;
    return b.action;
  }
  return null;
}

/** The shortcuts dialog's rows for a mode, in the table's order, one row per help entry. */
export function helpRows(mode: KeymapMode, keymap: readonly Binding[] = KEYMAP): { keys: KeyName; what: KeyHelp }[] {
  const rows: { keys: KeyName; what: KeyHelp }[] = [];
  for (const b of keymap) {
    if (!b.help || !(b.modes ?? MAP_MODES).includes(mode)) continue;
    if (!rows.some((r) => r.keys === b.help!.keys && r.what === b.help!.what)) rows.push(b.help);
  }
  return rows;
}

/** Where a key event was pressed, from its target. */
export function placeOf(target: EventTarget | null): KeyPlace {
  const el = target as HTMLElement | null;
  if (!el || !('tagName' in el)) return 'page';
  if (el.dataset?.testid === 'date-slider') return 'slider';
  if (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName)) return 'typing';
  if (el.tagName === 'BUTTON' || el.tagName === 'A') return 'control';
  if (el === document.body || el === document.documentElement || el.classList.contains('maplibregl-canvas')) return 'page';
  return 'other';
}

/** A DOM key event as the keymap reads it. */
export function keyPress(event: KeyboardEvent): KeyPress {
  return {
    key: event.key,
    shift: event.shiftKey,
    modifier: event.ctrlKey || event.metaKey || event.altKey,
    place: placeOf(event.target),
    dialogOpen: !!document.querySelector('dialog[open]')
  };
}
