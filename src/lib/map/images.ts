import type { Map as MapLibreMap } from 'maplibre-gl';
import { CITY_SQUARE, CITY_SQUARE_MARGIN } from './layers/markerGeometry';

// Marker shapes drawn here as signed-distance images (no sprite to download), so one image can take
// any colour through icon-color and a crisp outline through icon-halo.
const PIXEL_RATIO = 2;

function sdfImage(width: number, height: number, inside: (x: number, y: number) => number) {
  const w = width * PIXEL_RATIO;
  const h = height * PIXEL_RATIO;
  const data = new Uint8Array(w * h * 4);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      // inside() gives the distance in CSS pixels to the shape's edge, positive inside.
      const d = inside((x + 0.5) / PIXEL_RATIO, (y + 0.5) / PIXEL_RATIO);
      const a = Math.max(0, Math.min(255, Math.round(191 + d * 24)));
      data.set([0, 0, 0, a], (y * w + x) * 4);
    }
  }
  return { width: w, height: h, data };
}

/** A square of side `side` with a margin for the halo. */
function square(side: number, margin = CITY_SQUARE_MARGIN) {
  const size = side + margin * 2;
  return sdfImage(size, size, (x, y) => Math.min(x - margin, size - margin - x, y - margin, size - margin - y));
}

/** A vertical bar joining a port (above) to its city (below). */
function connector(length: number, thickness = 2.5, margin = 3) {
  const w = thickness + margin * 2;
  return sdfImage(w, length, (x) => Math.min(x - margin, w - margin - x));
}

export const IMAGES = {
  'city-square': () => square(CITY_SQUARE),
  'port-city-connector': () => connector(22)
};

export function addMarkerImages(map: MapLibreMap): void {
  for (const [id, make] of Object.entries(IMAGES)) {
    if (!map.hasImage(id)) map.addImage(id, make(), { sdf: true, pixelRatio: PIXEL_RATIO });
  }
}
