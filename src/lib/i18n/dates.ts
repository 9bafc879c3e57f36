import type { Lang } from './index';

// Month names as the browser's own formatting writes them for en-GB and es-MX (tests/unit compares
// every day of 2018–2023 with Intl.DateTimeFormat). Written out because the first Intl date
// formatters a page makes cost ~25 ms of main-thread time while the map page hydrates.
const MONTHS: Record<Lang, Record<'long' | 'short', readonly string[]>> = {
  en: {
    long: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    short: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec']
  },
  es: {
    long: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
    short: ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic']
  }
};

/**
 * A date as people read it: "19 July 2019" / "19 de julio de 2019". Accepts YYYY, YYYY-MM or
 * YYYY-MM-DD and shows only the parts that are known (no invented day or month). Anything else is
 * returned as it came.
 */
export function formatDate(value: string, lang: Lang, style: 'long' | 'short' = 'long'): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return value;
  const [, year, monthPart, dayPart] = match;
  if (monthPart === undefined) return year!;
  const month = MONTHS[lang][style][Number(monthPart) - 1];
  const day = dayPart === undefined ? undefined : Number(dayPart);
  if (month === undefined || (day !== undefined && (day < 1 || day > 31))) return value;
  // Spanish joins the long form with "de": 19 de julio de 2019, julio de 2019; short: 19 jul 2019.
  const join = lang === 'es' && style === 'long' ? ' de ' : ' ';
  return day === undefined ? `${month}${join}${year}` : `${day}${join}${month}${join}${year}`;
}
