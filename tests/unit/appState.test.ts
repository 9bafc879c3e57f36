import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, parseAppState, toSearch } from '../../src/lib/state/appState';

describe('app state from the URL', () => {
  it('defaults to English with no notice', () => {
    expect(parseAppState(new URLSearchParams(''))).toEqual({ state: { lang: 'en', date: '2020-01-15', city: null, present: false, contrast: false, briefing: null, draft: null, chapter: null, edit: null }, notices: [] });
  });

  it('reads ?lang=es, case-insensitively', () => {
    expect(parseAppState(new URLSearchParams('lang=es')).state.lang).toBe('es');
    expect(parseAppState(new URLSearchParams('lang=ES')).state.lang).toBe('es');
  });

  it('falls back to English with a notice for an unknown language, echoing it shortened', () => {
    const long = 'x'.repeat(500);
    const { state, notices } = parseAppState(new URLSearchParams({ lang: long }));
    expect(state.lang).toBe('en');
    expect(notices).toHaveLength(1);
    expect(notices[0]!.kind).toBe('badLang');
    expect(notices[0]!.value.length).toBeLessThanOrEqual(41);
  });

  it('reads ?date=, falling back with a notice for a bad or out-of-range date', () => {
    expect(parseAppState(new URLSearchParams('date=2019-07-19'))).toEqual({ state: { lang: 'en', date: '2019-07-19', city: null, present: false, contrast: false, briefing: null, draft: null, chapter: null, edit: null }, notices: [] });
    const bad = parseAppState(new URLSearchParams('date=yesterday'));
    expect(bad.state.date).toBe('2020-01-15');
    expect(bad.notices).toEqual([{ kind: 'badDate', value: 'yesterday', fallback: '2020-01-15' }]);
    const early = parseAppState(new URLSearchParams('date=2015-01-01'));
    expect(early.state.date).toBe('2018-12-20');
    expect(early.notices[0]!.kind).toBe('dateOutOfRange');
  });

  it('reads ?city= against the known cities, with a notice for an unknown one', () => {
    expect(parseAppState(new URLSearchParams('city=Matamoros'), { cities: ['matamoros'] }).state.city).toBe('matamoros');
    const bad = parseAppState(new URLSearchParams('city=atlantis'), { cities: ['matamoros'] });
    expect(bad.state.city).toBeNull();
    expect(bad.notices[0]!.kind).toBe('badCity');
  });

  it('reads a draft of the browser\'s own with its chapter, and refuses a malformed draft id', () => {
    expect(parseAppState(new URLSearchParams('draft=abc12345&chapter=4')).state).toMatchObject({ draft: 'abc12345', briefing: null, chapter: 4 });
    expect(parseAppState(new URLSearchParams('draft=../x')).notices[0]!.kind).toBe('badBriefing');
    expect(toSearch({ ...DEFAULT_STATE, draft: 'abc12345', chapter: 2, present: true })).toBe('?draft=abc12345&chapter=2&present=1');
  });

  it('reads presentation flags, briefing and chapter, clamping a chapter out of range with a notice', () => {
    const known = { briefings: { default: 12 } };
    expect(parseAppState(new URLSearchParams('present=1&briefing=default&chapter=3'), known).state).toMatchObject({ present: true, briefing: 'default', chapter: 3 });
    expect(parseAppState(new URLSearchParams('briefing=default'), known).state.chapter).toBe(1);
    const far = parseAppState(new URLSearchParams('briefing=default&chapter=99'), known);
    expect(far.state.chapter).toBe(12);
    expect(far.notices[0]).toMatchObject({ kind: 'badChapter', fallback: '12' });
    expect(parseAppState(new URLSearchParams('briefing=nope'), known).notices[0]!.kind).toBe('badBriefing');
    expect(parseAppState(new URLSearchParams('present=maybe'), known).notices[0]!.kind).toBe('badFlag');
    expect(parseAppState(new URLSearchParams('chapter=abc&briefing=default'), known).state.chapter).toBe(1);
  });

  it('writes only non-default values, in a fixed order, and keeps other parameters', () => {
    expect(toSearch({ lang: 'en', date: '2020-01-15', city: null, present: false, contrast: false, briefing: null, draft: null, chapter: null, edit: null })).toBe('');
    expect(toSearch({ ...DEFAULT_STATE, lang: 'es', date: '2019-07-19', city: 'matamoros' })).toBe('?date=2019-07-19&city=matamoros&lang=es');
    expect(toSearch({ lang: 'en', date: '2019-07-19', city: null, present: false, contrast: false, briefing: null, draft: null, chapter: null, edit: null }, new URLSearchParams('lang=es&city=matamoros&x=1'))).toBe('?x=1&date=2019-07-19');
  });
});

describe('the editor in the URL (?edit=)', () => {
  it('reads a draft id and writes it back first', () => {
    const { state, notices } = parseAppState(new URLSearchParams('edit=abc123de&date=2019-07-19'));
    expect(state.edit).toBe('abc123de');
    expect(notices).toEqual([]);
    expect(toSearch(state)).toBe('?edit=abc123de&date=2019-07-19');
  });
  it('refuses an id that no draft can have, with a notice', () => {
    const { state, notices } = parseAppState(new URLSearchParams('edit=../../x'));
    expect(state.edit).toBeNull();
    expect(notices).toHaveLength(1);
  });
});
