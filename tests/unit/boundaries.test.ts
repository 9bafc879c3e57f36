import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { feature } from 'topojson-client';
import * as turf from '@turf/turf';
import { basemapData, type BoundariesTopology } from '../../src/lib/map/basemap';
import { BORDER_COURSE } from '../../src/lib/map/style';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { StateProperties } from '../../src/lib/map/basemap';

const FILE = 'static/basemap/boundaries.topojson';
const raw = readFileSync(FILE, 'utf8');
const topology = JSON.parse(raw) as BoundariesTopology;
const states = feature(topology, topology.objects.states).features as Feature<Polygon | MultiPolygon, StateProperties>[];
const mexican = states.filter((s) => s.properties.country === 'MX');

const MEXICAN_ISO_CODES = [
  'MX-AGU', 'MX-BCN', 'MX-BCS', 'MX-CAM', 'MX-CHH', 'MX-CHP', 'MX-CMX', 'MX-COA', 'MX-COL', 'MX-DUR', 'MX-GRO',
  'MX-GUA', 'MX-HID', 'MX-JAL', 'MX-MEX', 'MX-MIC', 'MX-MOR', 'MX-NAY', 'MX-NLE', 'MX-OAX', 'MX-PUE', 'MX-QUE',
  'MX-ROO', 'MX-SIN', 'MX-SLP', 'MX-SON', 'MX-TAB', 'MX-TAM', 'MX-TLA', 'MX-VER', 'MX-YUC', 'MX-ZAC'
];

describe('committed basemap boundaries', () => {
  it('has exactly the 32 Mexican states, each with its ISO 3166-2 code', () => {
    expect(mexican).toHaveLength(32);
    expect(mexican.map((s) => s.properties.iso).sort()).toEqual(MEXICAN_ISO_CODES);
  });

  it('has the 50 U.S. states and D.C. with ISO codes, the border states among them', () => {
    const us = states.filter((s) => s.properties.country === 'US').map((s) => s.properties.iso);
    expect(us).toHaveLength(51);
    expect(new Set(us).size).toBe(51);
    for (const code of ['US-CA', 'US-AZ', 'US-NM', 'US-TX']) expect(us).toContain(code);
    for (const code of us) expect(code).toMatch(/^US-[A-Z]{2}$/);
  });

  it('names every state in English and Spanish, with the current names of the capital and the State of Mexico', () => {
    for (const s of states) {
      expect(s.properties.nameEn.trim(), s.properties.iso).not.toBe('');
      expect(s.properties.nameEs.trim(), s.properties.iso).not.toBe('');
    }
    const byIso = Object.fromEntries(states.map((s) => [s.properties.iso, s.properties]));
    expect(byIso['MX-CMX']).toMatchObject({ nameEn: 'Mexico City', nameEs: 'Ciudad de México' });
    expect(byIso['MX-MEX']).toMatchObject({ nameEs: 'Estado de México' });
    expect(byIso['MX-NLE']?.nameEs).toBe('Nuevo León');
    expect(raw).not.toContain('Distrito Federal');
  });

  it('has only valid geometries, with label points inside their states', () => {
    for (const s of states) {
      expect(turf.booleanValid(s), `${s.properties.iso} geometry`).toBe(true);
      expect(turf.booleanPointInPolygon(s.properties.label, s), `${s.properties.iso} label`).toBe(true);
    }
  });

  it('keeps Alaska clipped at the antimeridian and drops the unnamed islet', () => {
    const [minX, , maxX] = turf.bbox(turf.featureCollection(states));
    expect(minX).toBeGreaterThanOrEqual(-180);
    expect(maxX).toBeLessThan(-60);
    expect(states.every((s) => s.properties.iso)).toBe(true);
  });

  it('puts Tijuana in Baja California and Matamoros in Tamaulipas', () => {
    const bcn = mexican.find((s) => s.properties.iso === 'MX-BCN')!;
    const tam = mexican.find((s) => s.properties.iso === 'MX-TAM')!;
    expect(turf.booleanPointInPolygon([-117.02, 32.52], bcn)).toBe(true);
    expect(turf.booleanPointInPolygon([-97.5, 25.87], tam)).toBe(true);
  });

  it('draws a national border and context countries, within the 60 KB gzip budget', () => {
    const data = basemapData(topology);
    expect(data.nationalBorder.features[0]!.geometry.coordinates.length).toBeGreaterThan(0);
    expect(data.countries.features.map((c) => c.properties.iso)).toEqual(expect.arrayContaining(['CAN', 'GTM', 'BLZ']));
    expect(gzipSync(raw).length).toBeLessThanOrEqual(60 * 1024);
  });

  it("has the briefing camera's border course on the national border, from the Pacific to the Gulf", () => {
    const border = basemapData(topology).nationalBorder.features[0]!;
    // Within 1 km of the border's line: the points are that line's own vertices, rounded.
    const lines = border.geometry.coordinates.map((line) => turf.lineString(line));
    for (const at of BORDER_COURSE) expect(Math.min(...lines.map((line) => turf.pointToLineDistance(at, line, { units: 'kilometers' }))), `${at}`).toBeLessThan(1);
    const longitudes = border.geometry.coordinates.flat().map(([lon]) => lon!);
    expect(BORDER_COURSE[0]![0]).toBeCloseTo(Math.min(...longitudes), 1);
    expect(BORDER_COURSE.at(-1)![0]).toBeGreaterThan(Math.max(...longitudes) - 0.5);
  });
});
