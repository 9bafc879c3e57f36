// Where the exported image's key entries go: pure arithmetic on their measured sizes, so that the
// key is laid out before the image is made (its height sets the image's) and no label runs past
// the edge, whatever the language.

/** An entry's size around its text baseline: `above` it (marks and letters) and `below` it. */
export interface KeyItem {
  width: number;
  above: number;
  below: number;
}

/** Each entry's place (its left edge and its row's baseline, from the block's top left), and the block's height. */
export interface KeyBlock {
  places: { x: number; base: number }[];
  height: number;
}

/**
 * Entries left to right, each row as full as `width` allows (an entry wider than that has a row of
 * its own), each row's baseline under its tallest mark and the next row below its deepest. With
 * `columns`, every entry takes the widest one's room: a short list reads as a table, and a long
 * label puts one entry in each row.
 */
export function flowLayout(items: readonly KeyItem[], width: number, gap: number, rowGap: number, { columns = false } = {}): KeyBlock {
  const widest = Math.max(0, ...items.map((item) => item.width));
  const room = (item: KeyItem) => (columns ? widest : item.width);
  const rows: number[][] = [];
  const places: KeyBlock['places'] = [];
  let x = 0;
  items.forEach((item, index) => {
    if (!rows.length || (x > 0 && x + room(item) > width)) {
      rows.push([]);
      x = 0;
    }
    rows[rows.length - 1]!.push(index);
    places.push({ x, base: 0 });
    x += room(item) + gap;
  });
  let top = 0;
  for (const row of rows) {
    const above = Math.max(...row.map((index) => items[index]!.above));
    for (const index of row) places[index]!.base = top + above;
    top += above + Math.max(...row.map((index) => items[index]!.below)) + rowGap;
  }
  return { places, height: rows.length ? top - rowGap : 0 };
}
