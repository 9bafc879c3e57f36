import { describe, expect, it } from 'vitest';
import { cityRowValues } from '../../src/lib/city/cityRows.svelte';
import type { MapDateState } from '../../src/lib/map/mapState';

const reading = { status: 'known', people: 1234, sources: ['s'], asOf: '2019-07', ports: ['brownsville'] } as unknown as MapDateState['cityReturns'][string];

describe('a city row on a date', () => {
  it('takes the stage and onward transfer from the map state, and the count only once the city is in MPP', () => {
    const shown = {
      cities: { matamoros: { stage: 'mpp1', hollow: false }, monterrey: { stage: 'not-yet', hollow: false, onward: true, onwardProgramme: 'mpp2' } },
      cityReturns: { matamoros: reading, monterrey: reading }
    } satisfies Pick<MapDateState, 'cities' | 'cityReturns'>;
    const matamoros = cityRowValues(shown, 'matamoros');
    expect(matamoros).toMatchObject({ stage: 'mpp1', onward: false, colour: 'mpp1' });
    expect(matamoros.returned).not.toBe('');
    expect(cityRowValues(shown, 'monterrey')).toEqual({ stage: 'not-yet', onward: true, colour: 'mpp2', returned: '' });
  });

  it('reads a city missing from the state as not yet part of MPP, with no count', () => {
    expect(cityRowValues({ cities: {}, cityReturns: {} }, 'tijuana')).toEqual({ stage: 'not-yet', onward: false, colour: 'not-yet', returned: '' });
  });
});
