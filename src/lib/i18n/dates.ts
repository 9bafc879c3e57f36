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
  return formatter(lang, style, d !== undefined).format(date);
}

// Making an Intl.DateTimeFormat is slow (the map page formats a few hundred dates while it loads:
// ~45 ms of main-thread time when each call made its own), so each kind is made once.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(lang: Lang, style: 'long' | 'short', withDay: boolean): Intl.DateTimeFormat {
  const key = `${lang}/${style}/${withDay}`;
  let made = formatters.get(key);
  if (!made) {
    const month = style === 'long' ? 'long' : 'short';
    made = new Intl.DateTimeFormat(LOCALES[lang], withDay ? { year: 'numeric', month, day: 'numeric', timeZone: 'UTC' } : { year: 'numeric', month, timeZone: 'UTC' });
    formatters.set(key, made);
  }
  return made;
}
