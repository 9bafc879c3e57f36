// Where things are on screen, read from the page in one place for every spec: places and lines on
// the map, the boxes drawn over it, and plain rectangle arithmetic. Functions passed to
// page.evaluate are serialized on their own, so each helper wraps its own page.evaluate call.
import type { Page } from '@playwright/test';
import { CITY_LABEL, PAIR_OFFSET, cityLabelSize } from '../../src/lib/map/layers/markerGeometry';

/** A rectangle on screen, in CSS pixels from the viewport's top left. */
export type Rect = { left: number; top: number; right: number; bottom: number; width: number; height: number };
export type Point = { x: number; y: number };
/** A box as Playwright's boundingBox() gives it. */
export type Box = { x: number; y: number; width: number; height: number };

/** A Playwright box as a Rect. */
export const rectOf = (b: Box): Rect => ({ left: b.x, top: b.y, right: b.x + b.width, bottom: b.y + b.height, width: b.width, height: b.height });

/** Whether two rectangles overlap by more than `slack` px both ways (touching edges do not overlap). */
export const rectsOverlap = (a: Rect, b: Rect, slack = 0) =>
  a.left < b.right - slack && b.left < a.right - slack && a.top < b.bottom - slack && b.top < a.bottom - slack;

/** Whether a point lies inside `r` grown by `by` px on every side (shrunk, with a negative `by`); on the edge is not inside. */
export const pointIn = (p: Point, r: Rect, by = 0) => p.x > r.left - by && p.x < r.right + by && p.y > r.top - by && p.y < r.bottom + by;

/** Whether a point lies outside `r` grown by `by` px on every side (shrunk, with a negative `by`); on the edge is not outside. */
export const pointOut = (p: Point, r: Rect, by = 0) => p.x < r.left - by || p.x > r.right + by || p.y < r.top - by || p.y > r.bottom + by;

/** What covers part of the map: the caption, the country-wide headline and the zoom buttons. */
export const COVERS = '[data-testid="chapter-caption"], [data-testid="national-banner"], .map-controls';

/** The rectangles of the elements that match `selector`: by default, those that cover part of the map (COVERS). */
export function coverRects(page: Page, selector: string = COVERS): Promise<Rect[]> {
  return page.evaluate(
    (coverSelector) =>
      [...document.querySelectorAll(coverSelector)].map((e) => {
        const r = e.getBoundingClientRect();
        return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height };
      }),
    selector
  );
}

/** A place on the map, as the map's `places` source has it, and where it is drawn on screen. */
export type PlaceOnScreen = {
  kind: 'port' | 'city';
  /** A city paired with a port (its square and name are set lower). */
  paired: boolean;
  nameEn: string;
  nameEs: string;
  /** The place's own point. */
  at: Point;
  /** The centre of its marker: a port's ring lifted PAIR_OFFSET above the port, a paired city's square
   *  dropped PAIR_OFFSET × `scale` below the city (an icon offset, which grows with the icon when presenting). */
  marker: Point;
};

/**
 * Where the map draws the given places (ids in its `places` source), and the map's box. `scale` is
 * the symbols' scale: 1, or PRESENT_SYMBOL_SCALE when presenting. A place the source has no point
 * for is left out.
 */
export async function placesOnScreen(page: Page, ids: readonly string[], { scale = 1 } = {}): Promise<{ map: Rect; places: Partial<Record<string, PlaceOnScreen>> }> {
  const { map, found } = await page.evaluate((wanted) => {
    const m = window.__mppMap!;
    const box = m.getContainer().getBoundingClientRect();
    const features = m.querySourceFeatures('places');
    return {
      map: { left: box.left, top: box.top, right: box.right, bottom: box.bottom, width: box.width, height: box.height },
      found: wanted.flatMap((id) => {
        const feature = features.find((f) => f.properties.id === id);
        if (!feature || feature.geometry.type !== 'Point') return [];
        const p = m.project(feature.geometry.coordinates as [number, number]);
        const { kind, paired, nameEn, nameEs } = feature.properties;
        return [{ id, kind: kind === 'port' ? ('port' as const) : ('city' as const), paired: Boolean(paired), nameEn, nameEs, at: { x: box.left + p.x, y: box.top + p.y } }];
      })
    };
  }, ids);
  const places: Partial<Record<string, PlaceOnScreen>> = {};
  for (const { id, ...place } of found) {
    places[id] = { ...place, marker: { x: place.at.x, y: place.at.y + (place.kind === 'port' ? -PAIR_OFFSET : place.paired ? PAIR_OFFSET * scale : 0) } };
  }
  return { map, places };
}

/** Where the map draws the given [longitude, latitude] points on screen, and the map's box. */
export function lngLatsOnScreen(page: Page, lngLats: readonly (readonly [number, number])[]): Promise<{ map: Rect; points: Point[] }> {
  return page.evaluate((course) => {
    const m = window.__mppMap!;
    const box = m.getContainer().getBoundingClientRect();
    return {
      map: { left: box.left, top: box.top, right: box.right, bottom: box.bottom, width: box.width, height: box.height },
      points: course.map((at) => {
        const p = m.project(at as [number, number]);
        return { x: box.left + p.x, y: box.top + p.y };
      })
    };
  }, lngLats);
}

/** How wide `text` is set on one line in the CSS `font` given, in the page's own copy of its fonts. */
export function textWidth(page: Page, text: string, font: string): Promise<number> {
  return page.evaluate(
    ({ text, font }) => {
      const span = document.body.appendChild(document.createElement('span'));
      span.style.cssText = `position:absolute;white-space:nowrap;font:${font}`;
      span.textContent = text;
      const width = span.getBoundingClientRect().width;
      span.remove();
      return width;
    },
    { text, font }
  );
}

/**
 * Where a city's name is set when it sits to the right of its square: CitiesLayer's size at the
 * map's zoom (× `scale` when presenting), SemiBold, 0.9 em from the city's point, measured in the
 * page's copy of the map's font; its glyphs an em tall with a 1.8 px halo, centred on the city or,
 * for a city paired with a port, set lower.
 */
export async function cityNameRect(page: Page, city: PlaceOnScreen, name: string, { scale = 1 } = {}): Promise<Rect> {
  const size = cityLabelSize(await page.evaluate(() => window.__mppMap!.getZoom())) * scale;
  const width = await textWidth(page, name, `600 ${size}px 'Noto Sans'`);
  const left = city.at.x + CITY_LABEL.offsetEm * size;
  const middle = city.at.y + (city.paired ? CITY_LABEL.pairedDropEm * size : 0);
  const [top, bottom] = [middle - size / 2 - 2, middle + size / 2 + 2];
  return { left, right: left + width, top, bottom, width, height: bottom - top };
}
