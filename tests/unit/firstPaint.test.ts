import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { paintWhenLoaded } from '../../src/lib/map/firstPaint';

/** A stand-in for a MapLibre map: a painter whose render() counts frames, and a loaded flag. */
function fakeMap() {
  const painted: number[] = [];
  const map = {
    loaded: false,
    repaints: 0,
    painter: {
      frame: 0,
      render(this: { frame: number }) {
        this.frame += 1;
        painted.push(this.frame);
        return 'painted';
      }
    },
    isStyleLoaded() {
      return map.loaded;
    },
    triggerRepaint() {
      map.repaints += 1;
    }
  };
  return { map, painted };
}

describe('paintWhenLoaded', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('paints nothing while the data loads, then every frame once it has loaded', () => {
    const { map, painted } = fakeMap();
    const firstPaint = vi.fn();
    paintWhenLoaded(map, 2500, firstPaint);
    expect(map.painter.render()).toBeUndefined();
    map.painter.render();
    expect(painted).toEqual([]);
    expect(firstPaint).not.toHaveBeenCalled();

    map.loaded = true;
    expect(map.painter.render()).toBe('painted');
    expect(firstPaint).toHaveBeenCalledTimes(1);
    // Once painting has begun it is never held back again, even while new data loads.
    map.loaded = false;
    map.painter.render();
    // Both frames ran on the painter itself (its own counter went 1, 2).
    expect(painted).toEqual([1, 2]);
    expect(firstPaint).toHaveBeenCalledTimes(1);
    // The longest wait no longer asks for a frame.
    vi.advanceTimersByTime(5000);
    expect(map.repaints).toBe(0);
  });

  it('paints whatever has arrived once the longest wait has passed', () => {
    const { map, painted } = fakeMap();
    const firstPaint = vi.fn();
    paintWhenLoaded(map, 2500, firstPaint);
    vi.advanceTimersByTime(2499);
    map.painter.render();
    expect(painted).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(map.repaints).toBe(1);
    // What hides the loading state runs with the frame itself, not when the wait ends.
    expect(firstPaint).not.toHaveBeenCalled();
    map.painter.render();
    expect(painted).toEqual([1]);
    expect(firstPaint).toHaveBeenCalledTimes(1);
  });

  it('gives up without painting when the map is removed first', () => {
    const { map, painted } = fakeMap();
    const firstPaint = vi.fn();
    const stop = paintWhenLoaded(map, 2500, firstPaint);
    stop();
    vi.advanceTimersByTime(5000);
    expect(map.repaints).toBe(0);
    expect(firstPaint).not.toHaveBeenCalled();
    map.painter.render();
    expect(painted).toEqual([1]);
  });

  it('holds nothing back on a map without the painter it expects', () => {
    const firstPaint = vi.fn();
    const map = { isStyleLoaded: () => false, triggerRepaint: vi.fn() };
    paintWhenLoaded(map, 2500, firstPaint);
    expect(firstPaint).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(5000);
    expect(map.triggerRepaint).not.toHaveBeenCalled();
  });
});
