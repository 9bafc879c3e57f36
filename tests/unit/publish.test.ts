import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/data/node/loadDataset';
import { advisoriesCsv, advisoriesJSON, citiesGeoJSON, eventsJSON, factsJSON, phasePrecision, portsGeoJSON, sourcesJSON, toCsv } from '../../src/lib/data/publish';

const d = loadDataset();

describe('published open data keeps its documented shapes', () => {
  it('ports.geojson: points with id, name, state, city, court and phases', () => {
    const fc = portsGeoJSON(d);
    const elPaso = fc.features.find((f) => f.properties!.id === 'el-paso')!;
    expect(elPaso.geometry.type).toBe('Point');
    expect(elPaso.properties).toMatchObject({ id: 'el-paso', state: 'TX', city: 'ciudad-juarez' });
    expect(typeof elPaso.properties!.name).toBe('string');
    expect(typeof elPaso.properties!.court).toBe('string');
    for (const ph of elPaso.properties!.phases) {
      expect(Object.keys(ph)).toEqual(expect.arrayContaining(['phase', 'start', 'end', 'precision', 'sources']));
      expect(['mpp1', 'winddown', 'mpp2']).toContain(ph.phase);
    }
  });

  it('one precision per phase: unknown without a start, else the weaker known date', () => {
    expect(phasePrecision({ start: null, end: '2022-08-08', startPrecision: 'unknown', endPrecision: 'day' })).toBe('unknown');
    expect(phasePrecision({ start: '2019-03-01', end: '2021-01-21', startPrecision: 'month', endPrecision: 'day' })).toBe('month');
    expect(phasePrecision({ start: '2021-02-19', end: null, startPrecision: 'day', endPrecision: 'unknown' })).toBe('day');
    expect(phasePrecision({ start: '2021-02-19', end: '2021-08-24', startPrecision: 'day', endPrecision: 'approximate' })).toBe('approximate');
  });

  it('cities.geojson: bilingual names, ISO state and role', () => {
    const matamoros = citiesGeoJSON(d).features.find((f) => f.properties!.id === 'matamoros')!;
    expect(matamoros.properties).toMatchObject({ name: { en: 'Matamoros', es: 'Matamoros' }, state: 'MX-TAM', role: 'return' });
  });

  it('advisories.json: issuances in date order with all 32 levels, national headline kept apart', () => {
    const a = advisoriesJSON(d);
    const dates = a.issuances.map((i) => i.date);
    expect(dates).toEqual([...dates].sort());
    expect(dates[0]).toBe('2018-01-10');
    expect(a.issuances.at(-1)!.date).toBe('2023-08-22');
    expect(a.national.length).toBeGreaterThan(0);
    for (const n of a.national) expect(Object.keys(n)).toEqual(expect.arrayContaining(['start', 'end', 'level', 'reason', 'sources']));
  });

  it('events, facts and sources have their documented fields', () => {
    for (const e of eventsJSON(d)) expect(e).toMatchObject({ date: expect.any(String), title: { en: expect.any(String), es: expect.any(String) } });
    for (const f of factsJSON(d)) expect(Object.keys(f)).toEqual(expect.arrayContaining(['id', 'city', 'date', 'text', 'sources', 'confidence']));
    for (const s of sourcesJSON(d)) expect(Object.keys(s)).toEqual(expect.arrayContaining(['id', 'publisher', 'title', 'date', 'url']));
  });

  it('advisories.csv has one row per state and issuance', () => {
    const lines = advisoriesCsv(d).trimEnd().split('\r\n');
    expect(lines[0]).toBe('issuance_date,state,level,confidence,sources');
    expect(lines.length - 1).toBe(32 * d.advisories.issuances.length);
  });

  it('CSV cells with commas, quotes or line breaks are quoted', () => {
    expect(toCsv(['a', 'b'], [['x, y', 'say "hi"'], ['line\nbreak', null]])).toBe('a,b\r\n"x, y","say ""hi"""\r\n"line\nbreak",\r\n');
  });
});
