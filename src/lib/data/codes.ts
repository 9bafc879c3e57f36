// Codes and checks shared by the build-time schema and the app. Kept free of the validation library,
// so the browser bundle never carries it.

export const MEXICAN_STATE_CODES = [
  'MX-AGU', 'MX-BCN', 'MX-BCS', 'MX-CAM', 'MX-CHH', 'MX-CHP', 'MX-CMX', 'MX-COA', 'MX-COL', 'MX-DUR', 'MX-GRO',
  'MX-GUA', 'MX-HID', 'MX-JAL', 'MX-MEX', 'MX-MIC', 'MX-MOR', 'MX-NAY', 'MX-NLE', 'MX-OAX', 'MX-PUE', 'MX-QUE',
  'MX-ROO', 'MX-SIN', 'MX-SLP', 'MX-SON', 'MX-TAB', 'MX-TAM', 'MX-TLA', 'MX-VER', 'MX-YUC', 'MX-ZAC'
] as const;
export type MexicanStateCode = (typeof MEXICAN_STATE_CODES)[number];

/** The six Mexican states on the U.S. border, west to east. */
export const BORDER_STATE_CODES = ['MX-BCN', 'MX-SON', 'MX-CHH', 'MX-COA', 'MX-NLE', 'MX-TAM'] as const;

/** True for a real calendar day written YYYY-MM-DD (rejects 2019-02-30). */
export function isIsoDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/**
 * The months in which each programme placed people in MPP: MPP 1.0 from its first returns (January
 * 2019) to its suspension (January 2021), MPP 2.0 from December 2021 to its end (August 2022). The
 * time model counts within them (time/returns.ts); a monthly count outside them fails the build
 * (data/validate.ts).
 */
export const RETURNS_MONTHS: Readonly<Record<'mpp1' | 'mpp2', readonly [string, string]>> = { mpp1: ['2019-01', '2021-01'], mpp2: ['2021-12', '2022-08'] };
