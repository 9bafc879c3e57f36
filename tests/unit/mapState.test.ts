// The map's date-dependent state: what colours an onward city's square.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/data/node/loadDataset';
import { clientData, type ClientData } from '../../src/lib/data/client';
import { markerColourStage, mapStateOn, stillMarkers } from '../../src/lib/map/mapState';
import { STAGE_COLOURS } from '../../src/lib/map/palette';

let data: ClientData;
beforeAll(() => {
  data = clientData(loadDataset());
});

describe('an onward city on the map', () => {
  it('takes the colour of the programme moving people there', () => {
    // Buses from Nuevo Laredo under MPP 1.0; transport from Brownsville under MPP 2.0.
    for (const [date, programme] of [
      ['2019-08-01', 'mpp1'],
      ['2022-03-01', 'mpp2']
    ] as const) {
      const shown = mapStateOn(data, date);
      expect(shown.cities.monterrey, date).toMatchObject({ onward: true, onwardProgramme: programme });
      expect(markerColourStage(shown.cities.monterrey)).toBe(programme);
      const still = stillMarkers(data, shown).cities.find((c) => c.city.id === 'monterrey');
      expect(still?.colour, date).toBe(STAGE_COLOURS[programme]);
    }
  });

  it('is left off the still picture, and keeps its own stage, while nobody is moved there', () => {
    const shown = mapStateOn(data, '2021-06-01');
    expect(shown.cities.monterrey?.onward).toBe(false);
    expect(shown.cities.monterrey?.onwardProgramme).toBeUndefined();
    expect(markerColourStage(shown.cities.monterrey)).toBe(shown.cities.monterrey?.stage);
    expect(stillMarkers(data, shown).cities.some((c) => c.city.id === 'monterrey')).toBe(false);
  });

  it('reads a city missing from the state as not yet part of MPP', () => {
    expect(markerColourStage(undefined)).toBe('not-yet');
  });
});
