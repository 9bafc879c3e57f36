// Layout for the still (SVG) map that stands in for the WebGL map: which part of the locator map to
// show in the space there is, and where each name goes so that names stay readable and apart.
// Sizes are in screen pixels; the SVG's viewBox converts them. Pure: no DOM.

/** A rectangle, in whatever units its caller uses. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The part of the map to show, and how many map units one screen pixel covers. */
export interface View extends Box {
  unitsPerPixel: number;
}

/**
 * The view that shows every point, `paddingPx` in from the edges (less on a small screen), filling
 * a `screen` box of the given size (so the SVG is neither letterboxed nor stretched). It zooms in no further than
 * `maxPixelsPerUnit`, so that a lone point is not blown up.
 */
export function fitView(points: readonly { x: number; y: number }[], screen: { width: number; height: number }, paddingPx: number, maxPixelsPerUnit = 4): View {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  // On a small screen the padding gives way (at most a sixth of each side), not the map.
  const pad = Math.min(paddingPx, screen.width / 6, screen.height / 6);
  const room = { width: Math.max(1, screen.width - 2 * pad), height: Math.max(1, screen.height - 2 * pad) };
  const span = { width: Math.max(maxX - minX, 1e-6), height: Math.max(maxY - minY, 1e-6) };
  const pixelsPerUnit = Math.min(room.width / span.width, room.height / span.height, maxPixelsPerUnit);
  const unitsPerPixel = 1 / pixelsPerUnit;
  const width = screen.width * unitsPerPixel;
  const height = screen.height * unitsPerPixel;
  return { x: (minX + maxX) / 2 - width / 2, y: (minY + maxY) / 2 - height / 2, width, height, unitsPerPixel };
}

/** A marked point (in map units, where its marker is drawn) and the name to set beside it. */
export interface LabelInput {
  x: number;
  y: number;
  label?: string;
}

export type LabelSide = 'right' | 'left' | 'below' | 'above';

export interface PlacedLabel {
  /** Index of the point in the input. */
  index: number;
  side: LabelSide;
  /** Where the text is anchored (the SVG `x`, `y`) and how (`text-anchor`), in map units. */
  x: number;
  y: number;
  anchor: 'start' | 'end' | 'middle';
  /** The box the name is expected to take, in map units. */
  box: Box;
}

export interface LabelOptions {
  /** The view the map is shown in (its unitsPerPixel sizes everything). */
  view: View;
  fontPx: number;
  /** Average width of a character, as a share of the font size (bold Noto Sans is about 0.6). */
  charWidthEm?: number;
  /** Half the size of a marker, in pixels: names keep clear of every marker. */
  markerRadiusPx: number;
  /** Space between a marker and its name, in pixels. */
  gapPx?: number;
}

const overlap = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

/**
 * Places each point's name on the first side (right, left, below, above) where it overlaps no
 * name placed before, no marker and stays inside the view; failing that, on the side that covers
 * the least of other markers (LocatorSvg draws the markers over the names, so no place is hidden). A
 * name that would overlap another name or leave the view on every side is left out (the marker stays;
 * the summary and the city list name every place): on a cramped picture, a missing name reads better
 * than a pile of them. Points are taken in the order given, so put the most important first.
 */
export function placeLabels(points: readonly LabelInput[], options: LabelOptions): PlacedLabel[] {
  const { view, fontPx, charWidthEm = 0.6, markerRadiusPx, gapPx = 4 } = options;
  const u = view.unitsPerPixel;
  const markers: Box[] = points.map((p) => ({ x: p.x - markerRadiusPx * u, y: p.y - markerRadiusPx * u, width: 2 * markerRadiusPx * u, height: 2 * markerRadiusPx * u }));
  const placed: PlacedLabel[] = [];
  const outside = (b: Box) => b.width * b.height - overlap(b, view);
  points.forEach((p, index) => {
    if (!p.label) return;
    // The white halo (a stroke of ~0.23 em) reaches beyond the letters; Noto Sans's ascent and
    // descent make a line of type about 1.4 times its size.
    const halo = 0.15 * fontPx * u;
    const width = p.label.length * charWidthEm * fontPx * u + 2 * halo;
    const height = fontPx * 1.4 * u;
    const off = (markerRadiusPx + gapPx) * u - halo;
    // The text's baseline sits about a third of the font size below its middle.
    const baseline = fontPx * 0.35 * u;
    const candidates: Omit<PlacedLabel, 'index'>[] = [
      { side: 'right', x: p.x + off + halo, y: p.y + baseline, anchor: 'start', box: { x: p.x + off, y: p.y - height / 2, width, height } },
      { side: 'left', x: p.x - off - halo, y: p.y + baseline, anchor: 'end', box: { x: p.x - off - width, y: p.y - height / 2, width, height } },
      { side: 'below', x: p.x, y: p.y + off + height - baseline, anchor: 'middle', box: { x: p.x - width / 2, y: p.y + off, width, height } },
      { side: 'above', x: p.x, y: p.y - off - baseline, anchor: 'middle', box: { x: p.x - width / 2, y: p.y - off - height, width, height } }
    ];
    const clash = (c: Omit<PlacedLabel, 'index'>) => placed.reduce((n, l) => n + overlap(c.box, l.box), 0) + outside(c.box);
    const covered = (c: Omit<PlacedLabel, 'index'>) => markers.reduce((n, m, i) => n + (i === index ? 0 : overlap(c.box, m)), 0);
    let best: Omit<PlacedLabel, 'index'> | null = null;
    let bestCovered = Infinity;
    for (const c of candidates) {
      if (clash(c) > 1e-9) continue;
      const value = covered(c);
      if (value < bestCovered - 1e-9) [best, bestCovered] = [c, value];
      if (value <= 1e-9) break;
    }
    if (best) placed.push({ index, ...best });
  });
  return placed;
}

/**
 * The view that shows what a WebGL map camera (centre and zoom, MapLibre's 512-pixel tiles) shows
 * on a `screen` of the given size: for a briefing chapter's still picture (the printed handout).
 */
export function cameraView(project: (lngLat: [number, number]) => [number, number], center: readonly [number, number], zoom: number, screen: { width: number; height: number }): View {
  const degreesPerPixel = 360 / (512 * 2 ** zoom);
  const [lng, lat] = center;
  const halfWidth = (screen.width * degreesPerPixel) / 2;
  const halfHeight = (screen.height * degreesPerPixel * Math.cos((lat * Math.PI) / 180)) / 2;
  const corners = [project([lng - halfWidth, lat + halfHeight]), project([lng + halfWidth, lat - halfHeight])].map(([x, y]) => ({ x, y }));
  return fitView(corners, screen, 0, Infinity);
}
