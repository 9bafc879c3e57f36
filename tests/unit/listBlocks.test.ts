import { describe, expect, it } from 'vitest';
import { LIST_BLOCK_SIZE, listBlocks } from '../../src/lib/city/listBlocks';

describe('listBlocks', () => {
  it('keeps a short list in one block', () => {
    expect(listBlocks(['a', 'b', 'c'])).toEqual([['a', 'b', 'c']]);
  });
  it('cuts a long list into full blocks and a shorter last one, in order', () => {
    const items = Array.from({ length: 2 * LIST_BLOCK_SIZE + 10 }, (_, i) => i);
    const blocks = listBlocks(items);
    expect(blocks.map((b) => b.length)).toEqual([LIST_BLOCK_SIZE, LIST_BLOCK_SIZE, 10]);
    expect(blocks.flat()).toEqual(items);
  });
  it('gives no blocks for no items', () => {
    expect(listBlocks([])).toEqual([]);
  });
  it('refuses a block size that is not a positive integer', () => {
    expect(() => listBlocks([1], 0)).toThrow(/positive integer/);
    expect(() => listBlocks([1], 1.5)).toThrow(/positive integer/);
  });
});
