import { describe, expect, test } from 'vitest';
import { sameState } from '../../src/lib/map/featureState';

describe('sameState', () => {
  test('the same values in another object are the same state', () => {
    expect(sameState({ stage: 'mpp1', hollow: false }, { hollow: false, stage: 'mpp1' })).toBe(true);
    expect(sameState({ people: 1200, returnsSymbol: 'count' }, { people: 1200, returnsSymbol: 'count' })).toBe(true);
  });
  test('a changed value, a new key or a dropped key is a different state', () => {
    expect(sameState({ stage: 'mpp1', hollow: false }, { stage: 'mpp2', hollow: false })).toBe(false);
    expect(sameState({ level: 3 }, { level: 4 })).toBe(false);
    expect(sameState({ stage: 'mpp1' }, { stage: 'mpp1', onward: true })).toBe(false);
    expect(sameState({ stage: 'mpp1', onward: true }, { stage: 'mpp1' })).toBe(false);
  });
  test('a key set to undefined counts as left out, as in the JSON the map was compared by before', () => {
    expect(sameState({ stage: 'mpp1' }, { stage: 'mpp1', onward: undefined })).toBe(true);
    expect(sameState({ stage: 'mpp1', onward: undefined }, { stage: 'mpp1' })).toBe(true);
  });
});
