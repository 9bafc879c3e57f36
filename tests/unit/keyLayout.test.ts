import { describe, expect, it } from 'vitest';
import { flowLayout, type KeyItem } from '$lib/present/keyLayout';

const item = (width: number, above = 20, below = 6): KeyItem => ({ width, above, below });

describe('flowLayout', () => {
  it('fills each row as far as the width allows, then wraps', () => {
    const { places, height } = flowLayout([item(500), item(300), item(300)], 880, 30, 12);
    expect(places).toEqual([
      { x: 0, base: 20 },
      { x: 530, base: 20 },
      { x: 0, base: 58 }
    ]);
    expect(height).toBe(26 + 12 + 26);
  });

  it('puts a row’s baseline under its tallest mark and the next row below its deepest', () => {
    const { places, height } = flowLayout([item(100, 62, 0), item(100, 36, 14), item(900)], 880, 30, 12);
    expect(places[0]).toEqual({ x: 0, base: 62 });
    expect(places[1]).toEqual({ x: 130, base: 62 });
    // Row one: 62 above and 14 below; then the gap; then the wide entry, alone in its row.
    expect(places[2]).toEqual({ x: 0, base: 62 + 14 + 12 + 20 });
    expect(height).toBe(62 + 14 + 12 + 26);
  });

  it('in columns, gives every entry the widest one’s room, so the columns line up', () => {
    const { places } = flowLayout([item(300), item(380), item(200), item(100)], 880, 30, 12, { columns: true });
    expect(places).toEqual([
      { x: 0, base: 20 },
      { x: 410, base: 20 },
      { x: 0, base: 58 },
      { x: 410, base: 58 }
    ]);
  });

  it('in columns, puts one entry in each row when a label is too wide for two, so nothing runs past the width', () => {
    const items = [item(340), item(560), item(300)];
    const { places } = flowLayout(items, 880, 30, 12, { columns: true });
    expect(places.map((p) => p.x)).toEqual([0, 0, 0]);
    expect(places.map((p) => p.base)).toEqual([20, 58, 96]);
    for (const [i, p] of places.entries()) expect(p.x + items[i]!.width).toBeLessThanOrEqual(880);
  });

  it('places nothing for no entries', () => {
    expect(flowLayout([], 880, 30, 12)).toEqual({ places: [], height: 0 });
  });
});
