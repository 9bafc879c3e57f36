// How a chapter's camera frames its places: pixels from the chapter's centre in, zoom and move out.
import { describe, expect, it } from 'vitest';
import { frameBorder, frameChapter, overrun, type FitBorder, type Padding, type PlaceOffset } from '../../src/lib/briefing/camera/chapterFrame';

const around = (n: number) => ({ left: n, right: n, up: n, down: n });
const place = (dx: number, dy: number, reach = around(30)): PlaceOffset => ({ dx, dy, reach });
const box = { width: 800, height: 600 };

describe('frameChapter', () => {
  it("keeps the chapter's camera when there are no places", () => {
    expect(frameChapter([], 5, 6.5, box)).toEqual({ zoom: 6.5, shift: [0, 0] });
  });

  it("keeps the chapter's zoom and centre when its places fit", () => {
    expect(frameChapter([place(-100, 50), place(200, -80)], 6, 6, box)).toEqual({ zoom: 6, shift: [0, 0] });
  });

  it('zooms out just enough, keeping the centre, when a place would fall outside', () => {
    // At zoom 6 the place is 700 px right of the centre; the box leaves 400 - 30 = 370 px, so
    // 700·s ≤ 370: zoom ≤ 6 + log2(370 / 700) ≈ 5.08. Moving it would keep zoom 6, less than two
    // levels more, so the centre stays.
    const { zoom, shift } = frameChapter([place(700, 0)], 6, 6, box);
    expect(shift).toEqual([0, 0]);
    expect(zoom).toBeLessThanOrEqual(6 + Math.log2(370 / 700));
    expect(zoom).toBeGreaterThan(6 + Math.log2(370 / 700) - 1 / 16);
  });

  it('keeps the centre at a cost of one and a half levels', () => {
    // 1100·s + 30 ≤ 400: zoom ≈ 4.43 in place, against 6 moved.
    const { zoom, shift } = frameChapter([place(1100, 0)], 6, 6, box);
    expect(shift).toEqual([0, 0]);
    expect(zoom).toBeCloseTo(6 + Math.log2(370 / 1100), 1);
  });

  it('measures the offsets at the zoom they were taken at', () => {
    // Places measured at zoom 5, 370 px either side, fit at zoom 5 and no higher.
    const { zoom } = frameChapter([place(-370, 0), place(370, 0)], 5, 7, box);
    expect(zoom).toBeLessThanOrEqual(5);
    expect(zoom).toBeGreaterThan(5 - 1 / 16);
  });

  it("counts a place's reach on each side: a name to its right, a ring above", () => {
    const name = { left: 30, right: 300, up: 30, down: 30 };
    // 150 px right of the centre with a 300 px name: 450 > 400 in place.
    const zoomed = frameChapter([place(-150, 0), place(150, 0, name)], 6, 6, box);
    const plain = frameChapter([place(-150, 0), place(150, 0)], 6, 6, box);
    expect(plain.zoom).toBe(6);
    expect(zoomed.zoom).toBeLessThan(6);
    const ring = { left: 30, right: 30, up: 40, down: 30 };
    expect(frameChapter([place(0, -265, ring)], 6, 6, box).zoom).toBeLessThan(6);
    expect(frameChapter([place(0, 265, ring)], 6, 6, box).zoom).toBe(6);
  });

  it('moves the centre, just far enough, when keeping it would cost more than two levels', () => {
    // A phone: 300 px wide; a city 100 px right of the centre with a 180 px name. Kept in place it
    // needs 100·s + 180 ≤ 150, which no zoom gives; moved, the pair is 200·s + 210 wide.
    const phone = { width: 300, height: 400 };
    const places = [place(-100, 0), place(100, 0, { left: 30, right: 180, up: 30, down: 30 })];
    const { zoom, shift } = frameChapter(places, 5, 5, phone);
    // Both places: left edge at -100·s - 30, right edge at 100·s + 180; 200·s + 210 ≤ 300.
    const scale = 2 ** (zoom - 5);
    expect(200 * scale + 210).toBeLessThanOrEqual(300);
    expect(200 * 2 ** (zoom + 1 / 32 - 5) + 210).toBeGreaterThan(300);
    // Moved right so the name ends at the box's right edge, and the left place is still inside.
    expect(100 * scale + 180 - shift[0]).toBeCloseTo(150, 5);
    expect(-100 * scale - 30 - shift[0]).toBeGreaterThanOrEqual(-150);
    expect(shift[1]).toBe(0);
  });

  it('moves the centre when keeping it means zooming out just over two levels, and not just under', () => {
    // One place: moved, it fits at the chapter's zoom; kept, at 6 + log2(370 / dx).
    const at = (cost: number) => frameChapter([place(370 * 2 ** cost, 0)], 6, 6, box);
    expect(at(1.9).shift).toEqual([0, 0]);
    expect(at(1.9).zoom).toBeCloseTo(4.1, 1);
    const moved = at(2.1);
    expect(moved.zoom).toBe(6);
    // Just far enough: the place's reach ends at the box's right edge.
    expect(370 * 2 ** 2.1 + 30 - moved.shift[0]).toBeCloseTo(400, 5);
    expect(moved.shift[1]).toBe(0);
  });

  it('moves left and down as well as right', () => {
    const left = frameChapter([place(-370 * 2 ** 2.1, 0)], 6, 6, box);
    expect(-370 * 2 ** 2.1 - 30 - left.shift[0]).toBeCloseTo(-400, 5);
    // 1 200 px below the centre: kept, 1 200·s + 30 ≤ 300 costs ~2.15 levels.
    const down = frameChapter([place(0, 1200)], 6, 6, box);
    expect(down.zoom).toBe(6);
    expect(down.shift[0]).toBe(0);
    expect(1200 + 30 - down.shift[1]).toBeCloseTo(300, 5);
  });

  it("keeps the chapter's camera when the places fit no way (a name wider than the map)", () => {
    const wide = { left: 30, right: 900, up: 30, down: 30 };
    expect(frameChapter([place(0, 0, wide)], 6, 6, box)).toEqual({ zoom: 6, shift: [0, 0] });
  });

  it("moves the centre when keeping it goes over two levels below the chapter's zoom, though moving also zooms out", () => {
    // Chapter 3 on a phone: kept, zoom ~2 (a continent); moved, ~3.7, both below the chapter's 5.2.
    const name = { left: 32, right: 144, up: 32, down: 33 };
    const ring = { left: 32, right: 32, up: 40, down: 32 };
    const places = [place(-55, -10, ring), place(55, 4, ring), place(55, 4, name)];
    const { zoom, shift } = frameChapter(places, 3.1, 5.2, { width: 338, height: 388 });
    expect(zoom).toBeGreaterThan(3.5);
    expect(shift[0]).toBeGreaterThan(0);
  });

  it('keeps the centre, however far out, when moving it would gain almost nothing', () => {
    // Two places far apart either side of the centre, one with a slightly longer reach.
    const { shift } = frameChapter([place(-3000, 0), place(3000, 0, { left: 30, right: 60, up: 30, down: 30 })], 6, 6, box);
    expect(shift).toEqual([0, 0]);
  });

  it('zooms out as far as it goes when the places need more than that, and fit at some zoom', () => {
    // 100 000 px apart at zoom 6: they would fit at ~zoom -1.
    expect(frameChapter([place(-50_000, 0), place(50_000, 0)], 6, 6, box)).toEqual({ zoom: 0, shift: [0, 0] });
  });

  it('keeps the centre when moving it would win less than two levels', () => {
    // In place, 350·s + 30 ≤ 400 (zoom ≤ ~6.08); moved, 650·s + 60 ≤ 800 (zoom ≤ ~6.19).
    const { zoom, shift } = frameChapter([place(-300, 0), place(350, 0)], 6, 8, box);
    expect(shift).toEqual([0, 0]);
    expect(zoom).toBeCloseTo(6.08, 1);
  });
});

describe('overrun', () => {
  const map = { width: 1000, height: 600 };
  const none = { left: 0, right: 0, top: 0, bottom: 0 };
  const noCaption = { width: 0, height: 0 };

  it('is nothing for places inside the map, clear of everything', () => {
    expect(overrun([place(-100, -50), place(200, 100)], 1, map, none, noCaption)).toEqual(none);
  });

  it("counts how far a place's reach runs past each margin, at the given scale", () => {
    // At scale 2 the place sits 400 px right of the middle, at x 900; its reach to x 930 runs 30 px
    // into the zoom buttons' 100 px column. 200 px up is y 100, its reach to y 70, 50 px into a
    // 120 px headline.
    const over = overrun([place(200, -100)], 2, map, { left: 0, right: 100, top: 120, bottom: 24 }, noCaption);
    expect(over).toEqual({ left: 0, right: 30, top: 50, bottom: 0 });
  });

  it('counts a place under the caption in the lower left at the bottom, and not one beside it', () => {
    // Caption 400 × 200 px in the lower left: its top at y 400. A place at (300, 450) with a 30 px
    // reach runs 80 px into it; the same height at x 700 is beside it.
    const caption = { width: 400, height: 200 };
    expect(overrun([place(-200, 150)], 1, map, none, caption)).toEqual({ ...none, bottom: 80 });
    expect(overrun([place(200, 150)], 1, map, none, caption)).toEqual(none);
    // A name reaching left into the caption's column counts too.
    expect(overrun([place(-70, 150, { left: 40, right: 30, up: 30, down: 30 })], 1, map, none, caption)).toEqual({ ...none, bottom: 80 });
  });

  it('keeps the largest overrun on each side over all the places', () => {
    const over = overrun([place(-200, 150), place(-300, 250), place(480, 0)], 1, map, none, { width: 400, height: 200 });
    expect(over).toEqual({ left: 0, right: 10, top: 0, bottom: 180 });
  });
});

describe('frameBorder', () => {
  // A flat stand-in for the map: the border's bounds (1000 × 200 world units) fitted into the padded
  // box, its centre at the box's centre; points are offsets from the map's middle at scale 1.
  const map = { width: 1200, height: 800 };
  const bounds = { width: 1000, height: 200 };
  const fitFor = (world: [number, number][], reach = around(8)) => (p: Padding) => {
    const s = Math.min((map.width - p.left - p.right) / bounds.width, (map.height - p.top - p.bottom) / bounds.height);
    const [cx, cy] = [(p.left + map.width - p.right) / 2, (p.top + map.height - p.bottom) / 2];
    return {
      places: world.map(([x, y]) => ({ dx: cx - map.width / 2 + (x - bounds.width / 2) * s, dy: cy - map.height / 2 + (y - bounds.height / 2) * s, reach })),
      scale: 1
    };
  };
  const margins = { left: 0, right: 60, top: 0, bottom: 30 };
  const start = { top: 40, bottom: 40, left: 40, right: 40 };
  const line: [number, number][] = [[100, 20], [300, 120], [500, 180], [700, 90], [900, 20]];
  const stillOver = (fit: FitBorder, p: Padding, caption: { width: number; height: number }) => {
    const fitted = fit(p)!;
    const o = overrun(fitted.places, fitted.scale, map, margins, caption);
    return Math.max(o.left, o.right, o.top, o.bottom);
  };

  it('keeps the starting padding when nothing is covered', () => {
    expect(frameBorder(fitFor(line), map, margins, start, { width: 0, height: 0 }, 0)).toEqual(start);
  });

  it('grows the padding until the border is clear of a caption in the lower left corner', () => {
    const fit = fitFor(line);
    const caption = { width: 500, height: 450 };
    expect(stillOver(fit, start, caption)).toBeGreaterThan(1);
    const padding = frameBorder(fit, map, margins, start, caption, 450);
    expect(stillOver(fit, padding, caption)).toBeLessThanOrEqual(1);
    expect(padding.bottom).toBeGreaterThan(start.bottom);
  });

  it('frames the border above the caption, as a band, where beside it cannot clear it', () => {
    // A caption wider and nearly as tall as the map: no padding clears the border beside it, and
    // the band keeps the 300 px of it that the camera allows.
    const fit = fitFor(line);
    const caption = { width: 1300, height: 700 };
    const padding = frameBorder(fit, map, margins, start, caption, 300);
    expect(padding.bottom).toBeGreaterThanOrEqual(start.bottom - margins.bottom + 300);
    expect(stillOver(fit, padding, { width: caption.width, height: 300 })).toBeLessThanOrEqual(1);
  });

  it('ignores a caption that no room is left for', () => {
    expect(frameBorder(fitFor(line), map, margins, start, { width: 500, height: 330 }, 0)).toEqual(start);
  });

  it('gives up growing before the padding takes half the map, and keeps the last padding tried', () => {
    // A place whose reach alone is wider than the map can never be clear.
    const padding = frameBorder(fitFor([[500, 100]], around(900)), map, margins, start, { width: 0, height: 0 }, 0);
    expect(padding.left + padding.right).toBeLessThanOrEqual(map.width / 2);
  });
});
