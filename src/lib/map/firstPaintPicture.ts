// The picture on screen before WebGL: the states, the border and every port and city as SVG, in
// Web Mercator at the map's opening camera, so that MapLibre's first frame lands exactly on it.
// Pure: no DOM, no MapLibre. Worked out once at build time (src/lib/map/node/locatorPlugin.ts).
import type { Position } from 'geojson';
import type { BoundariesTopology } from './basemap';
import { statePaths, type StateFeature } from './locator.ts';
import { escapeHtml } from '../html.ts';
import { mercatorX, mercatorY } from './mercator.ts';
import { PAIR_OFFSET, TRANSFER_LINE } from './layers/markerGeometry.ts';

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
}

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

/** States near the camera: all of Mexico and the U.S. states within reach of a wide screen. */
export function firstPaintPicture(topology: BoundariesTopology, bounds: [[number, number], [number, number]]): FirstPaintPicture {
  const { height, project } = mercatorProjector(bounds);
  const [[west, south], [east, north]] = bounds;
  const near = ({ properties: { country, label: [lon, lat] } }: StateFeature) =>
    country === 'MX' || (lon > west - 14 && lon < east + 14 && lat < north + 9 && lat > south - 9);
  const { states, border } = statePaths(topology, project, near, TOLERANCE);
  return { viewBox: `0 0 ${PICTURE_WIDTH} ${Math.round(height * 10) / 10}`, states: states.filter((s) => s.d), border };
}

/** What the app needs of the picture to colour it: its frame and which states it has. */
export type FirstPaintFrame = Pick<FirstPaintPicture, 'viewBox'> & { states: Pick<FirstPaintPicture['states'][number], 'iso' | 'country'>[] };

/** The picture's outlines: in the prerendered HTML, and in the script of the portable atlas only, which draws the picture itself. */
export interface FirstPaintShapes {
  paths: Record<string, string>;
  border: string;
}

/** The picture as two build-time modules: the small frame the app always reads, and the outlines. */
export function splitPicture({ viewBox, states, border }: FirstPaintPicture): { frame: FirstPaintFrame; shapes: FirstPaintShapes } {
  return {
    frame: { viewBox, states: states.map(({ iso, country }) => ({ iso, country })) },
    shapes: { paths: Object.fromEntries(states.map(({ iso, d }) => [iso, d])), border }
  };
}

const attributes = (attrs: Record<string, string | undefined>) =>
  Object.entries(attrs)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');

/**
 * The states and the border as SVG markup: each state's path with its attributes for the date and
 * its timeline (data-at, see firstPaintTimeline.ts), then the border on top.
 */
export function shapesMarkup(
  frame: FirstPaintFrame,
  shapes: FirstPaintShapes,
  style: { stateBorder: string; nationalBorder: string },
  attrsOf: (iso: string) => Record<string, string> | undefined,
  timelineOf: (iso: string) => string | undefined
): string {
  const states = frame.states
    .filter(({ iso }) => shapes.paths[iso])
    .map(({ iso }) => `<path${attributes({ 'data-state': iso, d: shapes.paths[iso], ...attrsOf(iso), 'data-at': timelineOf(iso), stroke: style.stateBorder, 'stroke-width': '0.6' })}></path>`);
  return `${states.join('')}<path${attributes({ d: shapes.border, fill: 'none', stroke: style.nationalBorder, 'stroke-width': '1.4' })}></path>`;
}

/** A marker of the picture: where it is drawn, in user units, and what it stands for. */
export interface PictureMarker {
  id: string;
  xy: [number, number];
}

/**
 * Marker sizes in user units, written as pixels: the page's CSS scales each marker by the user units
 * a pixel spans (FirstPaintMap.svelte), so that on any screen they are MapLibre's pixel sizes.
 */
const MARKER_RADIUS = 6;
/** A coordinate as the picture writes it: to a tenth of a unit. */
const tenth = (n: number) => String(Math.round(n * 10) / 10);

/** An onward transfer's arc in user units (mppGeo's transferFeatures, projected). */
export interface PictureRoute {
  id: string;
  points: [number, number][];
}

/**
 * The arc as one quadratic Bézier through its first, middle and last points: mppGeo's arcs are
 * quadratic curves, which the projection bends by under a pixel even over the 1,500 km to Chiapas, and
 * the curve takes a tenth of the bytes of the 33-point line.
 */
export function arcPath(points: [number, number][]): string {
  const [x0, y0] = points[0]!;
  const [xm, ym] = points[Math.floor(points.length / 2)]!;
  const [x1, y1] = points[points.length - 1]!;
  if (points.length < 3) return `M${tenth(x0)} ${tenth(y0)}L${tenth(x1)} ${tenth(y1)}`;
  return `M${tenth(x0)} ${tenth(y0)}Q${tenth(2 * xm - (x0 + x1) / 2)} ${tenth(2 * ym - (y0 + y1) / 2)} ${tenth(x1)} ${tenth(y1)}`;
}

/**
 * The markers as SVG markup, bottom to top: the onward transfers' arcs (each a group of a white
 * casing and the line, which takes the group's colour and dashes for the date), the circles of
 * people of the cities that receive returns, every city's square, every port's circle; each with its
 * attributes for the date (by the keys of pictureAttrs) and its timeline.
 */
export function markersMarkup(
  markers: { routes?: PictureRoute[]; counted: PictureMarker[]; cities: PictureMarker[]; ports: PictureMarker[] },
  attrsOf: (key: string) => Record<string, string> | undefined,
  timelineOf: (key: string) => string | undefined
): string {
  const R = MARKER_RADIUS;
  return [
    // TransfersLayer's widths, in pixels: the page's CSS draws the picture's lines unscaled.
    ...(markers.routes ?? []).map(({ id, points }) => {
      const d = arcPath(points);
      return `<g${attributes({ 'data-transfer': id, fill: 'none', ...attrsOf(`transfer:${id}`), 'data-at': timelineOf(`transfer:${id}`) })}><path d="${d}" stroke="#fff" stroke-opacity="${TRANSFER_LINE.casingOpacity}" stroke-width="${TRANSFER_LINE.casing}" stroke-linecap="round" stroke-dasharray="none"></path><path d="${d}" stroke-width="${TRANSFER_LINE.width}"></path></g>`;
    }),
    ...markers.counted.map(({ id, xy: [x, y] }) => `<circle${attributes({ 'data-returns-for': id, cx: tenth(x), cy: tenth(y + PAIR_OFFSET), ...attrsOf(`circle:${id}`), 'data-at': timelineOf(`circle:${id}`) })}></circle>`),
    ...markers.cities.map(
      ({ id, xy: [x, y] }) =>
        `<rect${attributes({ 'data-city': id, x: tenth(x - R), y: tenth(y + PAIR_OFFSET - R), width: String(2 * R), height: String(2 * R), ...attrsOf(`city:${id}`), 'data-at': timelineOf(`city:${id}`) })}></rect>`
    ),
    ...markers.ports.map(({ id, xy: [x, y] }) => `<circle${attributes({ 'data-port': id, cx: tenth(x), cy: tenth(y - PAIR_OFFSET), r: String(R + 0.4), ...attrsOf(`port:${id}`), 'data-at': timelineOf(`port:${id}`) })}></circle>`)
  ].join('');
}

/** The key pictureAttrs gives the date's attributes of a part of the picture, from its markup. */
export function pictureKey(element: { dataset: DOMStringMap }): string | undefined {
  const { state, city, port, returnsFor, transfer } = element.dataset;
  if (state) return `state:${state}`;
  if (transfer) return `transfer:${transfer}`;
  if (returnsFor) return `circle:${returnsFor}`;
  if (city) return `city:${city}`;
  if (port) return `port:${port}`;
  return undefined;
}

