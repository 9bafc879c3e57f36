// The GeoJSON the map's MPP layers draw, built from the real dataset.
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/data/node/loadDataset';
import { clientData } from '../../src/lib/data/client';
import { LABEL_SPACING, LABEL_ZOOM_MAX, labelZooms, placeFeatures, placeKind } from '../../src/lib/map/mppGeo';

const data = clientData(loadDataset());

describe('placeFeatures', () => {
  const places = placeFeatures(data);
  const ofKind = (kind: string) => places.features.filter((f) => f.properties?.kind === kind);

  it('holds every port and every city once, each marked with its kind', () => {
    expect(ofKind('port').map((f) => f.properties?.id).sort()).toEqual(data.ports.map((p) => p.id).sort());
    expect(ofKind('city').map((f) => f.properties?.id).sort()).toEqual(data.cities.map((c) => c.id).sort());
    expect(places.features).toHaveLength(data.ports.length + data.cities.length);
  });

  it('gives each place its own id, as feature-state needs in a shared source', () => {
    const ids = places.features.map((f) => f.properties?.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('tells a port its city (a click on a port opens that city) and a city whether a port is paired with it', () => {
    for (const f of ofKind('port')) expect(data.cities.some((c) => c.id === f.properties?.city), String(f.properties?.id)).toBe(true);
    const paired = new Set(data.ports.map((p) => p.city));
    for (const f of ofKind('city')) expect(f.properties?.paired).toBe(paired.has(f.properties?.id));
  });

  it('orders city names for placement: return cities, then onward ones, then the rest, each east to west', () => {
    const cities = ofKind('city').sort((a, b) => a.properties?.labelOrder - b.properties?.labelOrder);
    expect(cities.map((f) => f.properties?.labelOrder)).toEqual(cities.map((_, i) => i));
    expect(cities.slice(0, 2).map((f) => f.properties?.id)).toEqual(['matamoros', 'nuevo-laredo']);
    const rank = { return: 0, onward: 1, gathering: 2 } as Record<string, number>;
    const keys = cities.map((f) => [rank[f.properties?.role]!, -(f.geometry as { coordinates: number[] }).coordinates[0]!] as const);
    for (let i = 1; i < keys.length; i++) expect(keys[i]![0] > keys[i - 1]![0] || (keys[i]![0] === keys[i - 1]![0] && keys[i]![1] >= keys[i - 1]![1])).toBe(true);
  });

  it('filters by kind with a MapLibre expression', () => {
    expect(placeKind('port')).toEqual(['==', ['get', 'kind'], 'port']);
  });
});

describe('labelZooms', () => {
  // Places a degree of longitude apart on the equator: 512 × 2^z / 360 px at zoom z (1.4 px at 0,
  // 45.5 px at 5).
  const row = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `p${i}`, lon: i, lat: 0 }));
  const pixelsPerDegree = (z: number) => (512 * 2 ** z) / 360;

  it('lays out the first name at once and a close one only from the zoom where they are LABEL_SPACING px apart', () => {
    const zooms = labelZooms(row(2));
    const apart = Math.ceil(Math.log2((LABEL_SPACING * 360) / 512));
    expect(pixelsPerDegree(apart)).toBeGreaterThanOrEqual(LABEL_SPACING);
    expect(pixelsPerDegree(apart - 1)).toBeLessThan(LABEL_SPACING);
    expect(zooms.get('p0')).toBe(0);
    expect(zooms.get('p1')).toBe(apart);
  });

  it('keeps the given order: an earlier name is never left out for a later one', () => {
    // p1 lies between p2 and p0: given last, p0 is laid out a zoom before it (two degrees from p2
    // against one), and p1 waits for the zoom where there is room beside both.
    const zooms = labelZooms([...row(3)].reverse());
    expect(zooms.get('p2')).toBe(0);
    expect(zooms.get('p0')).toBe(4);
    expect(zooms.get('p1')).toBe(5);
  });

  it('at each zoom, keeps the names it lays out LABEL_SPACING px apart, and lays out every name by LABEL_ZOOM_MAX', () => {
    const places = Array.from({ length: 400 }, (_, i) => ({ id: `q${i}`, lon: -110 + ((i * 7919) % 1000) / 60, lat: 20 + ((i * 104729) % 1000) / 100 }));
    const zooms = labelZooms(places);
    expect(zooms.size).toBe(places.length);
    for (let z = 0; z <= LABEL_ZOOM_MAX; z++) {
      const size = 512 * 2 ** z;
      const shown = places.filter((p) => zooms.get(p.id)! <= z);
      const xy = shown.map((p) => {
        const sin = Math.sin((p.lat * Math.PI) / 180);
        return [((p.lon + 180) / 360) * size, (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * size] as const;
      });
      if (z < LABEL_ZOOM_MAX) for (let i = 0; i < xy.length; i++) for (let j = i + 1; j < xy.length; j++) expect(Math.hypot(xy[i]![0] - xy[j]![0], xy[i]![1] - xy[j]![1])).toBeGreaterThanOrEqual(LABEL_SPACING);
      else expect(shown).toHaveLength(places.length);
    }
  });

  it("lays out every other city's name in the real data at the opening view (about zoom 4.6, tiles of zoom 4)", () => {
    const cities = placeFeatures(data).features.filter((f) => f.properties?.kind === 'city' && f.properties.role !== 'return');
    expect(cities.length).toBeGreaterThan(2);
    for (const f of cities) expect(f.properties?.labelZoom, String(f.properties?.id)).toBeLessThanOrEqual(4);
    // On a phone the whole country is in view (tiles of zoom 3): Monterrey and Tapachula are laid out.
    expect(cities.filter((f) => f.properties?.labelZoom <= 3).map((f) => f.properties?.id).sort()).toEqual(['monterrey', 'tapachula']);
  });
});
