// The playback engine: plays the timeline day by day (or a month at a time with reduced motion),
// loops or stops at the end, and changes speed while playing. Plain TypeScript with rune state, so
// the shortcuts, the buttons and the tests all drive the same object.
import { TIMELINE_END, TIMELINE_START, addDays, addMonths } from '$lib/time/dates';
import { STEP_INTERVAL_MS, daysToAdvance, type Speed } from './playback';

/** The timers playback runs on: the browser's, or a test's. */
export interface PlaybackClock {
  frame(callback: (now: number) => void): number;
  cancelFrame(id: number): void;
  now(): number;
  every(ms: number, callback: () => void): ReturnType<typeof setInterval>;
  clear(id: ReturnType<typeof setInterval> | undefined): void;
}

export const browserClock: PlaybackClock = {
  frame: (callback) => requestAnimationFrame(callback),
  cancelFrame: (id) => cancelAnimationFrame(id),
  now: () => performance.now(),
  every: (ms, callback) => setInterval(callback, ms),
  clear: (id) => clearInterval(id)
};

export class Playback {
  playing = $state(false);
  speed = $state<Speed>('normal');
  loop = $state(false);
  #frame = 0;
  #interval: ReturnType<typeof setInterval> | undefined;
  #playhead = '';

  /**
   * `date` reads the date shown; `set` moves it (`commit` once a movement ends, when the URL and
   * history catch up).
   */
  constructor(
    private readonly date: () => string,
    private readonly set: (date: string, commit: boolean) => void,
    private readonly reducedMotion: boolean,
    private readonly clock: PlaybackClock = browserClock
  ) {}

  /**
   * Moves the playhead; false once playback has stopped at the end. The last day is always shown
   * before playback stops or starts again (a slow frame would otherwise step past it).
   */
  #advance(next: string): boolean {
    if (next > TIMELINE_END && this.#playhead < TIMELINE_END) next = TIMELINE_END;
    else if (next > TIMELINE_END) {
      if (!this.loop) {
        this.set(TIMELINE_END, false);
        this.pause();
        return false;
      }
      next = TIMELINE_START;
    }
    this.#playhead = next;
    this.set(next, false);
    return true;
  }

  #stepMonthly() {
    this.#interval = this.clock.every(STEP_INTERVAL_MS[this.speed], () => this.#advance(addMonths(this.#playhead, 1)));
  }

  play() {
    if (this.playing) return;
    this.playing = true;
    const from = this.date();
    this.#playhead = from >= TIMELINE_END ? TIMELINE_START : from;
    if (this.reducedMotion) {
      this.#stepMonthly();
      return;
    }
    let previous = this.clock.now();
    let carry = 0;
    const tick = (now: number) => {
      const step = daysToAdvance(now - previous, this.speed, carry);
      previous = now;
      carry = step.carry;
      if (step.days > 0 && !this.#advance(addDays(this.#playhead, step.days))) return;
      this.#frame = this.clock.frame(tick);
    };
    this.#frame = this.clock.frame(tick);
  }

  /** Stops; `commit` writes the date reached to the URL (not when the reader took the date elsewhere). */
  pause(commit = true) {
    if (!this.playing) return;
    this.playing = false;
    this.clock.cancelFrame(this.#frame);
    this.clock.clear(this.#interval);
    if (commit) this.set(this.date(), true);
  }

  toggle() {
    if (this.playing) this.pause();
    else this.play();
  }

  /** A new speed applies at once while playing. */
  setSpeed(speed: Speed) {
    this.speed = speed;
    if (this.playing && this.reducedMotion) {
      this.clock.clear(this.#interval);
      this.#stepMonthly();
    }
  }

  destroy() {
    this.clock.cancelFrame(this.#frame);
    this.clock.clear(this.#interval);
  }
}
