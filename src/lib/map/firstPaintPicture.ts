// The picture on screen before WebGL: the states, the border and every port and city as SVG, in
// Web Mercator at the map's opening camera, so that MapLibre's first frame lands exactly on it.
// Pure: no DOM, no MapLibre. Worked out once at build time (src/lib/map/node/locatorPlugin.ts).
import { feature, mesh } from 'topojson-client';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { BoundariesTopology, StateProperties } from './basemap';

/** The SVG's user units across the camera's bounds: with ~1.5-unit simplification, sharp enough on a
 * 1440-px screen and small enough to sit in the page's HTML (see the bench's first-paint row). */
export const PICTURE_WIDTH = 1000;
/** Vertices closer than this (user units) add bytes, not shape. */
const TOLERANCE = 1.6;

export interface FirstPaintPicture {
  /** The opening camera's bounds, in user units: MapLibre fits these (with padding) on load. */
  viewBox: string;
  states: { iso: string; country: 'MX' | 'US'; d: string }[];
  border: string;
  /** User units per screen pixel at the reference screen the markers are sized for. */
  width: number;
  height: number;
}

const mercatorX = (lon: number) => (lon + 180) / 360;
const mercatorY = (lat: number) => {
  const phi = (lat * Math.PI) / 180;
  return (1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2;
};

/** Projects lon/lat into the picture's user units, where `bounds` spans 0..PICTURE_WIDTH across. */
export function mercatorProjector(bounds: [[number, number], [number, number]]) {
  const [[west, south], [east, north]] = bounds;
  const scale = PICTURE_WIDTH / (mercatorX(east) - mercatorX(west));
  const x0 = mercatorX(west);
  const y0 = mercatorY(north);
  return {
    height: (mercatorY(south) - y0) * scale,
    project: ([lon, lat]: Position): [number, number] => [
      Math.round((mercatorX(lon!) - x0) * scale * 10) / 10,
      Math.round((mercatorY(lat!) - y0) * scale * 10) / 10
    ]
  };
}

function ringPath(ring: Position[], project: (p: Position) => [number, number], closed: boolean): string {
  let d = '';
  let last: [number, number] | null = null;
  for (const p of ring) {
    const q = project(p);
    if (last && Math.abs(q[0] - last[0]) < TOLERANCE && Math.abs(q[1] - last[1]) < TOLERANCE) continue;
    d += `${d ? 'L' : 'M'}${q[0]} ${q[1]}`;
    last = q;
  }
  return d && closed ? `${d}Z` : d;
}

/** States near the camera: all of Mexico and the U.S. states within reach of a wide screen. */
export function firstPaintPicture(topology: BoundariesTopology, bounds: [[number, number], [number, number]]): FirstPaintPicture {
  const { height, project } = mercatorProjector(bounds);
  const [[west, south], [east, north]] = bounds;
  const near = (f: Feature<Polygon | MultiPolygon, StateProperties>) => {
    const [lon, lat] = f.properties.label;
    return f.properties.country === 'MX' || (lon > west - 14 && lon < east + 14 && lat < north + 9 && lat > south - 9);
  };
  const states = (feature(topology, topology.objects.states).features as Feature<Polygon | MultiPolygon, StateProperties>[])
    .filter(near)
    .map((f) => {
      const polys = f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates : [f.geometry.coordinates];
      return { iso: f.properties.iso, country: f.properties.country, d: polys.map((poly) => poly.map((ring) => ringPath(ring, project, true)).join('')).join('') };
    })
    .filter((s) => s.d);
  const line = mesh(topology, topology.objects.states, (a, b) => (a.properties as StateProperties).country !== (b.properties as StateProperties).country);
  const border = line.coordinates.map((part) => ringPath(part, project, false)).join('');
  return { viewBox: `0 0 ${PICTURE_WIDTH} ${Math.round(height * 10) / 10}`, states, border, width: PICTURE_WIDTH, height: Math.round(height * 10) / 10 };
}
