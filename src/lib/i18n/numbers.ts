import type { Lang } from './index';

// One formatter per language: making an Intl.NumberFormat is slow next to using one.
const formatters = new Map<Lang, Intl.NumberFormat>();

/** A number grouped as people read it in the language (en-US and es-MX both write 1,234.5). */
export function formatNumber(value: number, lang: Lang): string {
  let made = formatters.get(lang);
  if (!made) {
    made = new Intl.NumberFormat(lang === 'es' ? 'es-MX' : 'en-US');
    formatters.set(lang, made);
  }
  return made.format(value);
}
