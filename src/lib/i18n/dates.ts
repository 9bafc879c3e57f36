import type { Lang } from './index';

const LOCALES: Record<Lang, string> = { en: 'en-GB', es: 'es-MX' };

/**
 * A date as people read it: "19 July 2019" / "19 de julio de 2019". Accepts YYYY, YYYY-MM or
 * YYYY-MM-DD and shows only the parts that are known (no invented day or month).
 */
export function formatDate(value: string, lang: Lang, style: 'long' | 'short' = 'long'): string {
  const [y, m, d] = value.split('-').map(Number);
  if (m === undefined) return String(y);
  const date = new Date(Date.UTC(y!, m - 1, d ?? 1));
  const month = style === 'long' ? 'long' : 'short';
  const options: Intl.DateTimeFormatOptions = d === undefined ? { year: 'numeric', month, timeZone: 'UTC' } : { year: 'numeric', month, day: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(LOCALES[lang], options).format(date);
}
