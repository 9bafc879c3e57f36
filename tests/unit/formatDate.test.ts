import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/lib/i18n/dates';

const LOCALES = { en: 'en-GB', es: 'es-MX' } as const;
const iso = (d: Date) => d.toISOString().slice(0, 10);

describe('formatDate', () => {
  it('writes every day, month and year of 2018–2023 as Intl.DateTimeFormat does, in both languages and styles', () => {
    for (const lang of ['en', 'es'] as const) {
      for (const style of ['long', 'short'] as const) {
        const withDay = new Intl.DateTimeFormat(LOCALES[lang], { year: 'numeric', month: style, day: 'numeric', timeZone: 'UTC' });
        const monthOnly = new Intl.DateTimeFormat(LOCALES[lang], { year: 'numeric', month: style, timeZone: 'UTC' });
        for (let t = Date.UTC(2018, 0, 1); t <= Date.UTC(2023, 11, 31); t += 86_400_000) {
          const date = new Date(t);
          expect(formatDate(iso(date), lang, style)).toBe(withDay.format(date));
          if (date.getUTCDate() === 1) expect(formatDate(iso(date).slice(0, 7), lang, style)).toBe(monthOnly.format(date));
        }
      }
    }
  });

  it('shows only the parts that are known', () => {
    expect(formatDate('2019', 'en')).toBe('2019');
    expect(formatDate('2019-07', 'es')).toBe('julio de 2019');
    expect(formatDate('2019-07-09', 'es')).toBe('9 de julio de 2019');
    expect(formatDate('2019-09-09', 'en', 'short')).toBe('9 Sept 2019');
  });

  it('returns anything that is not a date as it came', () => {
    for (const bad of ['', 'soon', '2019-13', '2019-00-10', '2019-07-32', '19-07-09', '<b>2019</b>']) expect(formatDate(bad, 'en')).toBe(bad);
  });
});
