// The GeoJSON the map's MPP layers draw, built from the real dataset.
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/data/node/loadDataset';
import { clientData } from '../../src/lib/data/client';
import { placeFeatures, placeKind } from '../../src/lib/map/mppGeo';

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
