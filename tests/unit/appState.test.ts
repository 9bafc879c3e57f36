import { describe, expect, it } from 'vitest';
import { parseAppState, toSearch } from '../../src/lib/state/appState';

describe('app state from the URL', () => {
  it('defaults to English with no notice', () => {
    expect(parseAppState(new URLSearchParams(''))).toEqual({ state: { lang: 'en' }, notices: [] });
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

  it('writes only non-default values and keeps other parameters', () => {
    expect(toSearch({ lang: 'en' })).toBe('');
    expect(toSearch({ lang: 'es' }, new URLSearchParams('date=2019-07-19'))).toBe('?date=2019-07-19&lang=es');
    expect(toSearch({ lang: 'en' }, new URLSearchParams('lang=es&date=2019-07-19'))).toBe('?date=2019-07-19');
  });
});
