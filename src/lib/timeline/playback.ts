// Playback timing, kept apart from the component so it can be reasoned about (and tested) alone.
export type Speed = 'slow' | 'normal' | 'fast';
export const SPEEDS: Speed[] = ['slow', 'normal', 'fast'];

/** Days of history per second of continuous playback. */
export const DAYS_PER_SECOND: Record<Speed, number> = { slow: 15, normal: 45, fast: 120 };

/** With reduced motion the date jumps a month at a time, this many milliseconds apart. */
export const STEP_INTERVAL_MS: Record<Speed, number> = { slow: 2000, normal: 1200, fast: 600 };

/** How many whole days to advance after `elapsedMs`, carrying the remainder to the next frame. */
export function daysToAdvance(elapsedMs: number, speed: Speed, carry: number): { days: number; carry: number } {
  const exact = carry + (elapsedMs / 1000) * DAYS_PER_SECOND[speed];
  const days = Math.floor(exact);
  return { days, carry: exact - days };
}
