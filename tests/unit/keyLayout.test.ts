import { describe, expect, it } from 'vitest';
import { flowLayout, gridLayout, type KeyItem } from '$lib/present/keyLayout';

const item = (width: number, above = 20, below = 6): KeyItem => ({ width, above, below });
const spacing = { gap: 30, rowGap: 12 };

describe('gridLayout', () => {
  it('sets entries in two columns when the widest fits twice', () => {
    const { places, height } = gridLayout([item(300), item(400), item(200), item(100)], 880, 2, spacing);
    expect(places).toEqual([
      { x: 0, base: 20 },
      { x: 455, base: 20 },
      { x: 0, base: 58 },
      { x: 455, base: 58 }
    ]);
    expect(height).toBe(26 + 12 + 26);
  });

  it('falls back to one column when a label is too wide for two, so nothing runs past the width', () => {
    const items = [item(340), item(560), item(300)];
    const { places } = gridLayout(items, 880, 2, spacing);
    expect(places.map((p) => p.x)).toEqual([0, 0, 0]);
    expect(places.map((p) => p.base)).toEqual([20, 58, 96]);
    for (const [i, p] of places.entries()) expect(p.x + items[i]!.width).toBeLessThanOrEqual(880);
  });

  it('places nothing for no entries', () => {
    expect(gridLayout([], 880, 2, spacing)).toEqual({ places: [], height: 0 });
  });
});

describe('flowLayout', () => {
  it('fills each row as far as the width allows, then wraps', () => {
    const { places, height } = flowLayout([item(500), item(300), item(300)], 880, spacing);
    expect(places).toEqual([
      { x: 0, base: 20 },
      { x: 530, base: 20 },
      { x: 0, base: 58 }
    ]);
    expect(height).toBe(26 + 12 + 26);
  });

  it('puts a row’s baseline under its tallest mark and the next row below its deepest', () => {
    const { places, height } = flowLayout([item(100, 62, 0), item(100, 36, 14), item(900)], 880, spacing);
    expect(places[0]).toEqual({ x: 0, base: 62 });
    expect(places[1]).toEqual({ x: 130, base: 62 });
    // Row one: 62 above and 14 below; then the gap; then the wide entry, alone in its row.
    expect(places[2]).toEqual({ x: 0, base: 62 + 14 + 12 + 20 });
    expect(height).toBe(62 + 14 + 12 + 26);
  });
});
