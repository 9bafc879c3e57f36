// A small static map as SVG paths, drawn from the same boundaries as the basemap: for the printable
// fact sheets, and for any view that must work without WebGL. Pure: no DOM, no MapLibre.
import { feature, mesh } from 'topojson-client';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { BoundariesTopology, StateProperties } from './basemap';

export interface LocatorFrame {
  west: number;
  south: number;
  east: number;
  north: number;
  width: number;
}

export interface LocatorMap {
  viewBox: string;
  width: number;
  height: number;
  states: { iso: string; country: 'MX' | 'US'; d: string }[];
  border: string;
}

/** Mexico and the U.S. border states, Tijuana to Tapachula. */
export const MEXICO_FRAME: LocatorFrame = { west: -118.6, south: 14.2, east: -86.5, north: 34.2, width: 480 };

/** Equirectangular, with longitude shrunk by the cosine of the frame's middle latitude. */
export function projector(frame: LocatorFrame) {
  const k = Math.cos((((frame.south + frame.north) / 2) * Math.PI) / 180);
  const scale = frame.width / ((frame.east - frame.west) * k);
  const height = (frame.north - frame.south) * scale;
  return {
    height,
    project: ([lon, lat]: Position): [number, number] => [
      Math.round((lon! - frame.west) * k * scale * 10) / 10,
      Math.round((frame.north - lat!) * scale * 10) / 10
    ]
  };
}

/** An SVG path through `ring`, skipping vertices nearer than `tolerance` (user units) to the last kept
 * one: closer points add bytes, not shape. */
export function ringPath(ring: Position[], project: (p: Position) => [number, number], tolerance = 0.8, closed = true): string {
  let d = '';
  let last: [number, number] | null = null;
  for (const p of ring) {
    const q = project(p);
    if (last && Math.abs(q[0] - last[0]) < tolerance && Math.abs(q[1] - last[1]) < tolerance) continue;
    d += `${d ? 'L' : 'M'}${q[0]} ${q[1]}`;
    last = q;
  }
  return d && closed ? `${d}Z` : d;
}

export type StateFeature = Feature<Polygon | MultiPolygon, StateProperties>;

/** Each state `keep` accepts as one SVG path, and the national border as an open path. */
export function statePaths(topology: BoundariesTopology, project: (p: Position) => [number, number], keep: (f: StateFeature) => boolean, tolerance?: number) {
  const states = (feature(topology, topology.objects.states).features as StateFeature[]).filter(keep).map((f) => {
    const polys = f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates : [f.geometry.coordinates];
    return { iso: f.properties.iso, country: f.properties.country, d: polys.map((poly) => poly.map((ring) => ringPath(ring, project, tolerance)).join('')).join('') };
  });
  const line = mesh(topology, topology.objects.states, (a, b) => (a.properties as StateProperties).country !== (b.properties as StateProperties).country);
  const border = line.coordinates.map((part) => ringPath(part, project, tolerance, false)).join('');
  return { states, border };
}

export function locatorMap(topology: BoundariesTopology, frame: LocatorFrame = MEXICO_FRAME): LocatorMap {
  const { height, project } = projector(frame);
  const inFrame = (f: StateFeature) => {
    const [lon, lat] = f.properties.label;
    return f.properties.country === 'MX' || (lon > frame.west - 6 && lon < frame.east + 6 && lat < frame.north + 4);
  };
  const { states, border } = statePaths(topology, project, inFrame);
  return { viewBox: `0 0 ${frame.width} ${Math.round(height)}`, width: frame.width, height: Math.round(height), states, border };
}
