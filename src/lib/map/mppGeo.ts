// GeoJSON for the MPP layers, built once from the dataset. What changes with the date is applied as
// feature-state (see the layer components), never by rebuilding or re-sending these collections.
import type { GeoJSONSourceSpecification } from 'maplibre-gl';
import type { FeatureCollection, LineString, Point } from 'geojson';
import type { ClientData } from '$lib/data/client';
import { mercatorX, mercatorY } from './mercator';

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
  const labelZoom = labelZooms(data.cities.filter((c) => c.role !== 'return').sort((a, b) => labelOrder.get(a.id)! - labelOrder.get(b.id)!));
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
        properties: { id: c.id, kind: 'city', nameEn: c.name.en, nameEs: c.name.es, role: c.role, paired: paired.has(c.id), labelOrder: labelOrder.get(c.id)!, labelZoom: labelZoom.get(c.id) ?? 0 }
      }))
    ]
  };
}

/** The zoom from which every name is laid out (CitiesLayer), however close the places. */
export const LABEL_ZOOM_MAX = 8;
/** How far apart, in pixels, two names' places must be for both to be laid out at a zoom. */
export const LABEL_SPACING = 32;

/**
 * The zoom from which each place's name is laid out, for places given in the order their names are
 * placed in: at each whole zoom, a place's name is laid out if no earlier name laid out at that zoom
 * is within LABEL_SPACING px of it (Web Mercator, 512 px tiles, as MapLibre's GeoJSON tiles). The
 * map leaves out names that collide anyway; this only spares its worker from shaping thousands of
 * names at a low zoom where a few hundred have room (the collision test still decides what is
 * shown). A grid of LABEL_SPACING cells keeps it linear in the number of places.
 */
export function labelZooms(places: readonly { id: string; lon: number; lat: number }[], spacing = LABEL_SPACING, maxZoom = LABEL_ZOOM_MAX): Map<string, number> {
  const zoomOf = new Map<string, number>();
  const world = places.map((p) => ({ id: p.id, x: mercatorX(p.lon), y: mercatorY(p.lat) }));
  for (let z = 0; z < maxZoom && zoomOf.size < places.length; z++) {
    const size = 512 * 2 ** z;
    const grid = new Map<string, { x: number; y: number }[]>();
    const cellOf = (x: number, y: number) => [Math.floor(x / spacing), Math.floor(y / spacing)] as const;
    const add = (x: number, y: number) => {
      const key = cellOf(x, y).join();
      const list = grid.get(key);
      if (list) list.push({ x, y });
      else grid.set(key, [{ x, y }]);
    };
    const crowded = (x: number, y: number) => {
      const [cx, cy] = cellOf(x, y);
      for (let dx = -1; dx <= 1; dx++)
        for (let dy = -1; dy <= 1; dy++) if ((grid.get(`${cx + dx},${cy + dy}`) ?? []).some((q) => Math.hypot(q.x - x, q.y - y) < spacing)) return true;
      return false;
    };
    // Names laid out at a lower zoom stay (places only move apart as the zoom grows); then the rest,
    // in order, where there is room.
    for (const place of world) if (zoomOf.has(place.id)) add(place.x * size, place.y * size);
    for (const place of world) {
      if (zoomOf.has(place.id)) continue;
      const [x, y] = [place.x * size, place.y * size];
      if (crowded(x, y)) continue;
      zoomOf.set(place.id, z);
      add(x, y);
    }
  }
  for (const place of places) if (!zoomOf.has(place.id)) zoomOf.set(place.id, maxZoom);
  return zoomOf;
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

/** An onward transfer's arc, lon/lat, as every picture of the map draws it. */
export interface TransferArc {
  id: string;
  points: [number, number][];
}

// Worked out once per dataset: the map, the still map, the first-paint picture and the image's key use them.
const transferArcsCache = new WeakMap<ClientData['transfers'], TransferArc[]>();

/** Each onward transfer's arc from its first place to its last (one whose places are unknown has none). */
export function transferArcs(data: ClientData): TransferArc[] {
  let arcs = transferArcsCache.get(data.transfers);
  if (arcs) return arcs;
  const place = (id: string): [number, number] | null => {
    const c = data.cities.find((x) => x.id === id) ?? data.ports.find((x) => x.id === id);
    return c ? [c.lon, c.lat] : null;
  };
  arcs = data.transfers.flatMap((t) => {
    const from = place(t.from);
    const to = place(t.to);
    return from && to ? [{ id: t.id, points: arc(from, to) }] : [];
  });
  transferArcsCache.set(data.transfers, arcs);
  return arcs;
}

export function transferFeatures(data: ClientData): FeatureCollection<LineString> {
  return {
    type: 'FeatureCollection',
    features: transferArcs(data).map(({ id, points }) => ({ type: 'Feature' as const, geometry: { type: 'LineString' as const, coordinates: points }, properties: { id } }))
  };
}
