// GeoJSON for the MPP layers, built once from the dataset. What changes with the date is applied as
// feature-state (see the layer components), never by rebuilding or re-sending these collections.
import type { GeoJSONSourceSpecification } from 'maplibre-gl';
import type { FeatureCollection, LineString, Point } from 'geojson';
import type { ClientData } from '$lib/data/client';

export const shortName = (name: string) => name.replace(/\s*\(.*\)\s*$/, '');

/** The source that holds both the ports and the cities (see placeFeatures). */
export const PLACES_SOURCE = 'places';
export type PlaceKind = 'port' | 'city';
/** A filter for the layers that draw one kind of place from the shared source. */
export const placeKind = (kind: PlaceKind) => ['==', ['get', 'kind'], kind] as ['==', ['get', string], string];
/** The places source, as PlacesSource declares it for every layer that draws from it. */
export const placesSource = (features: FeatureCollection<Point>): Record<string, GeoJSONSourceSpecification> => ({
  // No tile buffer: its layers draw the points as symbols and circles, which MapLibre draws whole across
  // tile edges, so a buffer only makes the worker lay out each place near an edge again for the tiles
  // around it (docs/performance.md, ten times the data).
  [PLACES_SOURCE]: { type: 'geojson', data: features, promoteId: 'id', buffer: 0 }
});

const LABEL_RANK: Record<ClientData['cities'][number]['role'], number> = { return: 0, onward: 1, gathering: 2 };

/**
 * Ports and cities in one collection. They share a source because each source with text or icons
 * costs the map a round trip between its worker and the page before it can place them, which slows
 * the first load most on software WebGL (docs/performance.md). Port and
 * city ids never collide (the dataset check enforces it), so feature-state stays per place.
 */
export function placeFeatures(data: ClientData): FeatureCollection<Point> {
  const paired = new Set(data.ports.map((p) => p.city));
  // The order city names are placed in (CitiesLayer's symbol-sort-key): the cities people were
  // returned to, then onward destinations, then the rest, each group east to west.
  const labelOrder = new Map(
    [...data.cities]
      .sort((a, b) => LABEL_RANK[a.role] - LABEL_RANK[b.role] || b.lon - a.lon)
      .map((c, i) => [c.id, i])
  );
  return {
    type: 'FeatureCollection',
    features: [
      ...data.ports.map((p) => ({
        type: 'Feature' as const,
        geometry: { type: 'Point' as const, coordinates: [p.lon, p.lat] },
        properties: { id: p.id, kind: 'port', nameEn: shortName(p.name.en), nameEs: shortName(p.name.es), city: p.city }
      })),
      ...data.cities.map((c) => ({
        type: 'Feature' as const,
        geometry: { type: 'Point' as const, coordinates: [c.lon, c.lat] },
        properties: { id: c.id, kind: 'city', nameEn: c.name.en, nameEs: c.name.es, role: c.role, paired: paired.has(c.id), labelOrder: labelOrder.get(c.id)! }
      }))
    ]
  };
}

/** A gentle arc from a to b (a quadratic curve bulging to the right of the direction of travel). */
export function arc(a: [number, number], b: [number, number], bend = 0.22, steps = 32): [number, number][] {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const control: [number, number] = [(a[0] + b[0]) / 2 + dy * bend, (a[1] + b[1]) / 2 - dx * bend];
  const out: [number, number][] = [];
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    const u = 1 - t;
    out.push([u * u * a[0] + 2 * u * t * control[0] + t * t * b[0], u * u * a[1] + 2 * u * t * control[1] + t * t * b[1]]);
  }
  return out;
}

export function transferFeatures(data: ClientData): FeatureCollection<LineString> {
  const place = (id: string): [number, number] | null => {
    const c = data.cities.find((x) => x.id === id) ?? data.ports.find((x) => x.id === id);
    return c ? [c.lon, c.lat] : null;
  };
  return {
    type: 'FeatureCollection',
    features: data.transfers.flatMap((t) => {
      const from = place(t.from);
      const to = place(t.to);
      if (!from || !to) return [];
      return [{ type: 'Feature' as const, geometry: { type: 'LineString' as const, coordinates: arc(from, to) }, properties: { id: t.id } }];
    })
  };
}
