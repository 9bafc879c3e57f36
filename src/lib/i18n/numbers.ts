import type { Lang } from './index';

// Written out rather than asked of Intl.NumberFormat: the first Intl call on a page loads the
// browser's locale data, which cost ~15 ms while the map page hydrates on a slow machine. A unit
// test compares this with Intl for both languages.

/** Grouping commas every three digits of a run of digits. */
const GROUPS = /\B(?=(\d{3})+(?!\d))/g;
const MAX_DECIMALS = 3;

/**
 * `abs` (≥ 0) rounded to three decimals as Intl rounds: from its shortest decimal form (what String()
 * writes, so 1.0005 is 1.0005, not the binary 1.000499…), half away from zero. Trailing zeros dropped.
 */
function roundedDigits(abs: number): { whole: string; decimals: string } {
  const text = String(abs);
  // String() switches to an exponent below 1e-6, which rounds to 0 here.
  if (text.includes('e')) return { whole: '0', decimals: '' };
  const [whole = '0', fraction = ''] = text.split('.');
  if (fraction.length <= MAX_DECIMALS) return { whole, decimals: fraction.replace(/0+$/, '') };
  let digits = whole + fraction.slice(0, MAX_DECIMALS);
  if (fraction[MAX_DECIMALS]! >= '5') digits = (BigInt(digits) + 1n).toString().padStart(digits.length, '0');
  return { whole: digits.slice(0, -MAX_DECIMALS).replace(/^0+(?=\d)/, '') || '0', decimals: digits.slice(-MAX_DECIMALS).replace(/0+$/, '') };
}

/**
 * A number as people read it in the language: en-US and es-MX both write 1,234.5 (commas between
 * thousands, a point before decimals), with at most three decimals, rounded as Intl rounds them.
 */
export function formatNumber(value: number, lang: Lang): string {
  // Beyond what String() writes without an exponent (never in this dataset), ask Intl.
  if (!Number.isFinite(value) || Math.abs(value) >= 1e21) return new Intl.NumberFormat(lang === 'es' ? 'es-MX' : 'en-US').format(value);
  const { whole, decimals } = roundedDigits(Math.abs(value));
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  return `${sign}${whole.replace(GROUPS, ',')}${decimals ? `.${decimals}` : ''}`;
}
