// The map's date-dependent state: what colours an onward city's square, and how still pictures draw markers.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/data/node/loadDataset';
import { clientData, type ClientData } from '../../src/lib/data/client';
import { markerColourStage, mapStateOn, stillMarkerPaint, stillMarkers, transferInView } from '../../src/lib/map/mapState';
import { transferArcs } from '../../src/lib/map/mppGeo';
import { MARKER_OUTLINE, STAGE_COLOURS } from '../../src/lib/map/palette';

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
      expect(still?.paint, date).toEqual({ fill: STAGE_COLOURS[programme], stroke: MARKER_OUTLINE, strokeWidth: 1.5 });
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

describe('a still picture’s markers', () => {
  it('draw as the map does: solid in the stage colour, or a ring in it where the legend says hollow', () => {
    expect(stillMarkerPaint({ stage: 'mpp1', hollow: false }, 'port')).toEqual({ fill: STAGE_COLOURS.mpp1, stroke: MARKER_OUTLINE, strokeWidth: 1.5 });
    expect(stillMarkerPaint({ stage: 'mpp1', hollow: true }, 'port')).toEqual({ fill: MARKER_OUTLINE, stroke: STAGE_COLOURS.mpp1, strokeWidth: 3 });
    expect(stillMarkerPaint({ stage: 'mpp1', hollow: true }, 'city')).toEqual({ fill: MARKER_OUTLINE, stroke: STAGE_COLOURS.mpp1, strokeWidth: 2 });
    // Not yet part of MPP: a grey ring, not the solid grey of "no returns at this time".
    expect(stillMarkerPaint({ stage: 'not-yet', hollow: false }, 'port')).toEqual({ fill: MARKER_OUTLINE, stroke: STAGE_COLOURS['not-yet'], strokeWidth: 2 });
    expect(stillMarkerPaint(undefined, 'city')).toEqual({ fill: MARKER_OUTLINE, stroke: STAGE_COLOURS['not-yet'], strokeWidth: 2 });
    expect(stillMarkerPaint({ stage: 'ended', hollow: false }, 'port').fill).toBe(STAGE_COLOURS.ended);
    // An onward city is solid in its transfer's programme colour, whatever its own stage.
    expect(stillMarkerPaint({ stage: 'not-yet', hollow: true, onward: true, onwardProgramme: 'mpp2' }, 'city')).toEqual({ fill: STAGE_COLOURS.mpp2, stroke: MARKER_OUTLINE, strokeWidth: 1.5 });
  });

  it('show Calexico and Mexicali hollow in January 2020 (their MPP 1.0 start is approximate), as the map does', () => {
    const shown = mapStateOn(data, '2020-01-15');
    const { ports, cities } = stillMarkers(data, shown);
    expect(shown.ports.calexico?.hollow).toBe(true);
    expect(ports.find((p) => p.port.id === 'calexico')?.paint.fill).toBe(MARKER_OUTLINE);
    expect(cities.find((c) => c.city.id === 'mexicali')?.paint.fill).toBe(MARKER_OUTLINE);
    expect(ports.find((p) => p.port.id === 'san-ysidro')?.paint.fill).toBe(STAGE_COLOURS.mpp1);
  });
});

describe('a transfer line in a picture’s view', () => {
  const arcs = () => transferArcs(data);
  const box = (west: number, south: number, east: number, north: number) => ([lon, lat]: [number, number]) => lon >= west && lon <= east && lat >= south && lat <= north;
  const border = box(-118, 22, -96, 33);
  const tijuana = box(-117.4, 32.2, -116.6, 32.8);

  it('is shown where a transfer under way passes through the view', () => {
    // Brownsville to Monterrey under MPP 2.0.
    expect(transferInView(mapStateOn(data, '2022-03-01'), arcs(), border)).toBe(true);
  });

  it('is not shown on a date with no transfer under way, or in a view the transfers miss', () => {
    expect(transferInView(mapStateOn(data, '2021-06-01'), arcs(), border)).toBe(false);
    expect(transferInView(mapStateOn(data, '2022-03-01'), arcs(), tijuana)).toBe(false);
  });
});
