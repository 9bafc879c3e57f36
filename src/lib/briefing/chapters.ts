// Moving between a briefing's chapters: which chapter a press leads to, and the date's run to the
// chapter's day (pure: used by BriefingMode and the presenter view, tested in tests/unit/chapters.test.ts).

/** A chapter index kept inside a briefing of `total` chapters. */
export function clampChapter(index: number, total: number): number {
  return Math.min(Math.max(index, 0), total - 1);
}

/**
 * Counts chapter presses from the chapter the briefing is going to, not the one the URL shows: the
 * URL catches up only once the date has run to the chapter's day, and a clicker's double press
 * would otherwise advance one chapter instead of two.
 */
export class ChapterCursor {
  #goingTo: number | null = null;

  /** The chapter `step` away from where the briefing is going (or, when still, from `shown`). */
  step(shown: number, step: number, total: number): number {
    const next = clampChapter((this.#goingTo ?? shown) + step, total);
    // Back to (or, at either end, staying on) the chapter shown: nothing is under way.
    this.#goingTo = next === shown ? null : next;
    return next;
  }

  /** Where a press from elsewhere (a link, the other window) sends the briefing. */
  goTo(index: number, total: number): number {
    return (this.#goingTo = clampChapter(index, total));
  }

  /** The URL shows chapter `index`: the briefing is there, unless it is going on elsewhere. */
  arrived(index: number): void {
    if (this.#goingTo === index) this.#goingTo = null;
  }

  /** Whatever happened to the move (cancelled, replaced by the URL), the URL's chapter counts again. */
  reset(): void {
    this.#goingTo = null;
  }
}

/** How long the date takes to run to a chapter's day. */
export const CHAPTER_TWEEN_MS = 900;

/** The day number the date shows `elapsedMs` into its run from `from` to `to` (cubic ease-out), and whether it has arrived. */
export function tweenDay(from: number, to: number, elapsedMs: number, durationMs = CHAPTER_TWEEN_MS): { day: number; done: boolean } {
  const k = Math.min(1, Math.max(0, elapsedMs / durationMs));
  const eased = 1 - Math.pow(1 - k, 3);
  return { day: Math.round(from + (to - from) * eased), done: k >= 1 };
}
