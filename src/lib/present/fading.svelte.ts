// While presenting, the controls fade away until the mouse moves or a key is pressed, so the
// audience sees the map and not the buttons.
const IDLE_MS = 2500;

export class FadingControls {
  hidden = $state(false);
  #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #presenting: () => boolean;

  constructor(presenting: () => boolean) {
    this.#presenting = presenting;
    $effect(() => {
      void this.#presenting();
      this.wake();
      return () => clearTimeout(this.#timer);
    });
  }

  /** Shows the controls again, and (presenting) fades them after a while without input. */
  wake = () => {
    this.hidden = false;
    clearTimeout(this.#timer);
    if (this.#presenting()) this.#timer = setTimeout(() => (this.hidden = true), IDLE_MS);
  };
}
