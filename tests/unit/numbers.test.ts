import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/lib/i18n/numbers';

describe('formatNumber', () => {
  it('groups thousands the way each language writes them', () => {
    expect(formatNumber(71071, 'en')).toBe('71,071');
    expect(formatNumber(71071, 'es')).toBe('71,071');
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    expect(formatNumber(0, 'es')).toBe('0');
  });

  it('writes what Intl.NumberFormat writes, in both languages', () => {
    const intl = { en: new Intl.NumberFormat('en-US'), es: new Intl.NumberFormat('es-MX') };
    // Integers of every length, counts like the dataset's, halves at the third decimal, negatives,
    // tiny values that round to zero, and a pseudo-random spread (fixed seed, so the test is stable).
    const values = [0, -0, 1, 9, 10, 99, 100, 999, 1000, 1001, 9999, 10000, 71071, 999999, 1000000, 123456789, 2 ** 53, 1e20, 1e21, 1e25, -5];
    values.push(0.5, 1.5, 2.5, 0.0005, 0.0015, 1.0005, 1234.5675, 1234.5665, 0.1 + 0.2, 1 / 3, 2 / 3, -1234.5, -0.0001, 0.0004, 0.00049, 999.9995, 999999.9999);
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let i = 0; i < 5000; i++) values.push(Math.round(random() * 10 ** (1 + (i % 9))) / 10 ** (i % 5), (random() - 0.5) * 10 ** (i % 12));
    values.push(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY);
    for (const lang of ['en', 'es'] as const) {
      for (const value of values) expect(formatNumber(value, lang), `${value} (${lang})`).toBe(intl[lang].format(value));
    }
  });
});
