import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/lib/i18n/numbers';

describe('formatNumber', () => {
  it('groups thousands the way each language writes them', () => {
    expect(formatNumber(71071, 'en')).toBe('71,071');
    expect(formatNumber(71071, 'es')).toBe('71,071');
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
  });
});
