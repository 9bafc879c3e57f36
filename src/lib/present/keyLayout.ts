// Where the exported image's key entries go: pure arithmetic on their measured sizes, so that the
// key is laid out before the image is made (its height sets the image's) and no label runs past
// the edge, whatever the language.

/** An entry's size around its text baseline: `above` it (marks and letters) and `below` it. */
export interface KeyItem {
  width: number;
  above: number;
  below: number;
}

/** An entry's place: its left edge and its row's baseline, from the block's top left. */
export interface KeyPlace {
  x: number;
  base: number;
}

export interface KeyBlock {
  places: KeyPlace[];
  height: number;
}

export interface KeySpacing {
  /** Between entries in a row. */
  gap: number;
  /** Between rows. */
  rowGap: number;
}

/** Rows of entries (each an index and a left edge) stacked, each row's baseline below its tallest mark. */
function stack(items: readonly KeyItem[], rows: { index: number; x: number }[][], rowGap: number): KeyBlock {
  const places: KeyPlace[] = new Array(items.length);
  let top = 0;
  for (const row of rows) {
    const above = Math.max(...row.map(({ index }) => items[index]!.above));
    const below = Math.max(...row.map(({ index }) => items[index]!.below));
    for (const { index, x } of row) places[index] = { x, base: top + above };
    top += above + below + rowGap;
  }
  return { places, height: rows.length ? top - rowGap : 0 };
}

/**
 * Entries in equal columns, as many as their widest allows within `width` (at most `most`, at
 * least one), filled row by row: a short list reads as a table, a long label gets a row to itself.
 */
export function gridLayout(items: readonly KeyItem[], width: number, most: number, { gap, rowGap }: KeySpacing): KeyBlock {
  const widest = Math.max(0, ...items.map((item) => item.width));
  let columns = Math.max(1, most);
  while (columns > 1 && columns * widest + (columns - 1) * gap > width) columns--;
  const pitch = (width + gap) / columns;
  const rows: { index: number; x: number }[][] = [];
  items.forEach((_, index) => {
    if (index % columns === 0) rows.push([]);
    rows[rows.length - 1]!.push({ index, x: (index % columns) * pitch });
  });
  return stack(items, rows, rowGap);
}

/** Entries left to right, each row as full as `width` allows (an entry wider than it has a row of its own). */
export function flowLayout(items: readonly KeyItem[], width: number, { gap, rowGap }: KeySpacing): KeyBlock {
  const rows: { index: number; x: number }[][] = [];
  let x = 0;
  items.forEach((item, index) => {
    const row = rows[rows.length - 1];
    if (!row || (row.length && x + item.width > width)) {
      rows.push([{ index, x: 0 }]);
      x = item.width + gap;
    } else {
      row.push({ index, x });
      x += item.width + gap;
    }
  });
  return stack(items, rows, rowGap);
}
