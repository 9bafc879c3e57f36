/**
 * Holding back the map's first paint until its data is in.
 *
 * While its sources load, MapLibre paints a frame each time one of them arrives: water only, then
 * states without borders, then borders without labels, and so on. Without a GPU each of those frames
 * is rasterised in software and copied back while the page waits (30–150 ms each), so the half-built
 * frames delay the finished map. Here painting waits until every source, glyph and marker image is
 * loaded, or until `maxWaitMs` has passed (a slow source then paints progressively, as before); the
 * map's own work (styles, tiles, label placement) is not held up. After the first paint nothing is
 * held back again.
 *
 * MapLibre has no public switch for this, so it wraps the map's painter (not public API). If the
 * painter is not there, nothing is held back and the map paints as it always did.
 */

/** The parts of a MapLibre map this uses (a fake in unit tests). */
export interface PaintableMap {
  isStyleLoaded(): boolean | void;
  triggerRepaint(): void;
}

interface Painter {
  render: (...args: unknown[]) => unknown;
}

/**
 * Holds back `map`'s painting as described above; `onFirstPaint` runs just before the first frame is
 * painted. Returns a function that gives up holding back without painting (for a map being removed).
 */
export function paintWhenLoaded(map: PaintableMap, maxWaitMs: number, onFirstPaint?: () => void): () => void {
  const painter = (map as unknown as { painter?: Partial<Painter> }).painter;
  if (!painter || typeof painter.render !== 'function') {
    onFirstPaint?.();
    return () => {};
  }
  const render = painter.render;
  let holding = true;
  // Past the longest wait, the next frame paints whatever has arrived.
  let waitedEnough = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const stopHolding = () => {
    if (!holding) return false;
    holding = false;
    clearTimeout(timer);
    painter.render = render;
    return true;
  };

  painter.render = function (this: unknown, ...args: unknown[]) {
    if (!waitedEnough && !map.isStyleLoaded()) return undefined;
    // onFirstPaint runs in the same task as the frame, so what it hides (a loading line, the
    // first-paint picture) leaves the screen in the frame the map appears in, never a frame before.
    if (stopHolding()) onFirstPaint?.();
    return render.apply(this, args);
  };
  timer = setTimeout(() => {
    waitedEnough = true;
    map.triggerRepaint();
  }, maxWaitMs);

  return () => void stopHolding();
}
