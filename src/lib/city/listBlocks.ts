// The city list in blocks of rows. Each block is skipped by the browser's layout and paint while it
// is off screen (content-visibility: auto), so a date step that changes a few rows costs the same
// with ten cities or two thousand. Blocks rather than single rows: the browser watches each skipped
// element for visibility, and two thousand watched rows cost more than they save.
export const LIST_BLOCK_SIZE = 100;

/** The items in order, cut into consecutive blocks of at most `size` (the last one may be shorter). */
export function listBlocks<T>(items: readonly T[], size = LIST_BLOCK_SIZE): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`block size must be a positive integer, not ${size}`);
  const blocks: T[][] = [];
  for (let i = 0; i < items.length; i += size) blocks.push(items.slice(i, i + size));
  return blocks;
}
