import { describe, expect, it } from 'vitest';
import { KEYMAP, actionFor, helpRows, type KeyPlace, type KeyPress } from '../../src/lib/app/keymap';
import type { KeymapMode } from '../../src/lib/app/mode';

const press = (key: string, place: KeyPlace, more: Partial<KeyPress> = {}): KeyPress => ({ key, place, shift: false, modifier: false, dialogOpen: false, ...more });

describe('the keymap', () => {
  it('gives a clicker\'s Page Down to the chapters in a briefing, on the slider too, and to the month elsewhere', () => {
    expect(actionFor('briefing', press('PageDown', 'page'))).toBe('nextChapter');
    expect(actionFor('briefing', press('PageDown', 'slider'))).toBe('nextChapter');
    expect(actionFor('briefing', press('PageUp', 'control'))).toBe('previousChapter');
    expect(actionFor('browse', press('PageDown', 'slider'))).toBe('monthEarlier');
    expect(actionFor('present', press('PageUp', 'slider'))).toBe('monthLater');
    expect(actionFor('browse', press('PageDown', 'page'))).toBeNull();
  });

  it('leaves the arrows on the slider to the date, also in a briefing', () => {
    expect(actionFor('briefing', press('ArrowRight', 'slider'))).toBe('dayLater');
    expect(actionFor('briefing', press('ArrowRight', 'slider', { shift: true }))).toBe('weekLater');
    expect(actionFor('briefing', press('ArrowRight', 'page'))).toBe('nextChapter');
    expect(actionFor('briefing', press('ArrowLeft', 'other'))).toBe('previousChapter');
    expect(actionFor('browse', press('ArrowDown', 'slider', { shift: true }))).toBe('weekEarlier');
  });

  it('plays with Space on the page and the slider, never on a button or in a panel', () => {
    expect(actionFor('browse', press(' ', 'page'))).toBe('togglePlay');
    expect(actionFor('present', press(' ', 'slider'))).toBe('togglePlay');
    expect(actionFor('browse', press(' ', 'control'))).toBeNull();
    expect(actionFor('browse', press(' ', 'other'))).toBeNull();
    expect(actionFor('briefing', press(' ', 'page'))).toBe('nextChapter');
    expect(actionFor('briefing', press(' ', 'control'))).toBeNull();
    expect(actionFor('briefing', press(' ', 'slider'))).toBeNull();
  });

  it('keeps P and S off the slider and out of text fields, and S for briefings', () => {
    expect(actionFor('browse', press('p', 'page'))).toBe('togglePresent');
    expect(actionFor('briefing', press('P', 'control'))).toBe('togglePresent');
    expect(actionFor('browse', press('p', 'slider'))).toBeNull();
    expect(actionFor('browse', press('p', 'typing'))).toBeNull();
    expect(actionFor('browse', press('s', 'page'))).toBeNull();
    expect(actionFor('briefing', press('s', 'page'))).toBe('openPresenter');
  });

  it('leaves every key with Ctrl, Meta or Alt to the browser', () => {
    for (const key of ['p', 'PageDown', ' ', 'ArrowRight', '?', 'Escape']) expect(actionFor('briefing', press(key, 'page', { modifier: true }))).toBeNull();
  });

  it('closes a city with Escape from anywhere, but not over an open dialog, where only ? applies', () => {
    expect(actionFor('browse', press('Escape', 'typing'))).toBe('closeCity');
    expect(actionFor('browse', press('Escape', 'page', { dialogOpen: true }))).toBeNull();
    expect(actionFor('briefing', press('PageDown', 'control', { dialogOpen: true }))).toBeNull();
    expect(actionFor('browse', press('?', 'control', { dialogOpen: true }))).toBe('toggleHelp');
  });

  it('moves the presenter view\'s chapters wherever its focus is', () => {
    for (const key of ['PageDown', 'ArrowRight', ' ']) expect(actionFor('presenter', press(key, 'control'))).toBe('nextChapter');
    for (const key of ['PageUp', 'ArrowLeft']) expect(actionFor('presenter', press(key, 'typing'))).toBe('previousChapter');
    expect(actionFor('presenter', press('p', 'page'))).toBeNull();
    expect(actionFor('presenter', press('Home', 'slider'))).toBeNull();
  });

  it('has no binding that an earlier one hides completely', () => {
    const modes: KeymapMode[] = ['browse', 'present', 'briefing', 'embed', 'edit', 'presenter'];
    for (const [i, b] of KEYMAP.entries()) {
      const reachable = (b.modes ?? (['browse', 'present', 'briefing', 'embed', 'edit'] as const)).some((mode) =>
        b.keys.some((key) => b.places.some((place) => [false, true].some((shift) => (b.shift === undefined || b.shift === shift) && actionFor(mode, press(key, place, { shift })) === b.action)))
      );
      expect(reachable, `binding ${i} (${b.action}: ${b.keys.join(' ')})`).toBe(true);
      expect(modes).toEqual(expect.arrayContaining([...(b.modes ?? [])]));
    }
  });
});

describe('the shortcuts list', () => {
  it('lists the timeline keys and the page keys when browsing, and the chapter keys only in a briefing', () => {
    const browse = helpRows('browse').map((r) => r.what);
    expect(browse).toEqual(['day', 'week', 'month', 'ends', 'play', 'event', 'present', 'closeCity', 'help']);
    const briefing = helpRows('briefing').map((r) => r.what);
    expect(briefing).toContain('chapter');
    expect(briefing).toContain('presenter');
    expect(briefing).not.toContain('play');
    expect(helpRows('presenter').map((r) => r.what)).toEqual(['chapter']);
  });

  it('lists only the timeline\'s keys in an embed, which has no presentation tools or city panel', () => {
    expect(helpRows('embed').map((r) => r.what)).toEqual(['day', 'week', 'month', 'ends', 'play', 'event', 'help']);
    expect(actionFor('embed', press('p', 'page'))).toBeNull();
    expect(actionFor('embed', press('PageDown', 'slider'))).toBe('monthEarlier');
  });
});
