// Calendar days as ISO strings (YYYY-MM-DD) and as day numbers. Pure, UTC only: a date on this map is
// a calendar day, never a moment, so no time zone can shift it.
import { isIsoDay } from '../data/codes.ts';

/** The timeline runs from the announcement of MPP to the end of 2022. */
export const TIMELINE_START = '2018-12-20';
export const TIMELINE_END = '2022-12-31';
/** The date the map opens on: all seven return ports active, the Matamoros camp at its height. */
export const DEFAULT_DATE = '2020-01-15';

const DAY_MS = 86_400_000;

/**
 * Orders ISO dates (YYYY-MM-DD, or a prefix of it). Their plain string order is their time order;
 * localeCompare gives the same order but goes through the browser's collator, which made sorting a
 * port's phases a measurable part of each date change.
 */
export function compareIsoDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function toDayNumber(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

export function fromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return fromDayNumber(toDayNumber(iso) + days);
}

/** Same day of month n months later, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, lastDay));
  return first.toISOString().slice(0, 10);
}

export function clampDate(iso: string, min = TIMELINE_START, max = TIMELINE_END): string {
  return iso < min ? min : iso > max ? max : iso;
}

export function monthOf(iso: string): string {
  return iso.slice(0, 7);
}

export type DateParse =
  | { ok: true; date: string }
  | { ok: false; reason: 'invalid'; date: string }
  | { ok: false; reason: 'out-of-range'; date: string };

/**
 * Reads a date typed into a URL. Accepts YYYY-MM-DD, or YYYY-MM (first of the month) and YYYY (1 Jan);
 * a real date outside the timeline falls back to the nearest end; anything else to the default.
 */
export function parseUrlDate(value: string, fallback = DEFAULT_DATE): DateParse {
  const v = value.trim();
  let iso: string | null = null;
  if (isIsoDay(v)) iso = v;
  else if (/^\d{4}-\d{2}$/.test(v) && isIsoDay(`${v}-01`)) iso = `${v}-01`;
  else if (/^\d{4}$/.test(v)) iso = `${v}-01-01`;
  if (iso === null) return { ok: false, reason: 'invalid', date: fallback };
  const clamped = clampDate(iso);
  if (clamped !== iso) return { ok: false, reason: 'out-of-range', date: clamped };
  return { ok: true, date: iso };
}
