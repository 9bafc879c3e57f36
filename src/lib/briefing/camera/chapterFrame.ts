// How a briefing chapter's camera frames its places (pure: pixels in, zoom, shift or padding out;
// used by ChapterCamera.svelte, tested in tests/unit/chapterFrame.test.ts).

/** A place a chapter points to: a ringed port, or its city with the city's name beside it. */
export interface FocusPlace {
  at: [number, number];
  kind: 'port' | 'city';
  label: string;
}

/** How far a place's marker, ring or label reaches from the place itself, in screen pixels. */
export interface Reach {
  left: number;
  right: number;
  up: number;
  down: number;
}

/** A place as seen from the chapter's centre: its offset in pixels at the map's zoom `atZoom`. */
export interface PlaceOffset {
  dx: number;
  dy: number;
  reach: Reach;
}

export interface Frame {
  zoom: number;
  /** Where the centre moves, in pixels at `zoom` (positive: right and down). */
  shift: [number, number];
}

/**
 * Around the chapter's own centre the camera may zoom out this far below the chapter's zoom (a
 * factor of 4): what its author framed around the places is still the picture. Chapter 5 ("Bused on
 * to Monterrey and Chiapas") at 1440 × 900 under a Spanish caption zooms out 1.15 levels, and
 * moving its centre north instead lost Chiapas. Further out the map shows something else (on a
 * phone, chapter 3 kept its centre at zoom 2, the whole continent), so the centre moves.
 */
const KEEP_CENTRE_ZOOM_OUT = 2;
/** ...unless moving it would gain less than this much zoom: then nothing is won by moving. */
const MOVE_MIN_GAIN = 0.25;
/** How far below the chapter's zoom the search goes, and in what steps. */
const MAX_ZOOM_OUT = 6;
const STEP = 1 / 32;

/**
 * How far the places, with their reach, extend from the centre on each side, in pixels, at `scale`
 * times the zoom their offsets were measured at.
 */
export function placesExtent(places: PlaceOffset[], scale: number) {
  return {
    left: Math.min(...places.map((p) => p.dx * scale - p.reach.left)),
    right: Math.max(...places.map((p) => p.dx * scale + p.reach.right)),
    top: Math.min(...places.map((p) => p.dy * scale - p.reach.up)),
    bottom: Math.max(...places.map((p) => p.dy * scale + p.reach.down))
  };
}

/**
 * How far places drawn around the middle of a `map.width` × `map.height` map (their offsets times
 * `scale`) run into what is not clear, on each side, in pixels (0 where they do not): the map's
 * edges less `margins` (the headline's band at the top, the zoom buttons' column on the right, the
 * attribution line at the bottom), and a caption in the lower left corner. A place beside the caption
 * is clear of it (on a laptop the caption takes about half the map's width; treating it as a band across
 * the map's width framed the whole border in the strip above it, far out). A place that runs into the
 * caption counts at the bottom: the camera lifts it.
 */
export function overrun(
  places: PlaceOffset[],
  scale: number,
  map: { width: number; height: number },
  margins: { left: number; right: number; top: number; bottom: number },
  caption: { width: number; height: number }
) {
  const [midX, midY] = [map.width / 2, map.height / 2];
  const all = placesExtent(places, scale);
  // The places whose left edge is within the caption's width: only they can run into it.
  const overCaption = places.filter((p) => midX + p.dx * scale - p.reach.left < caption.width);
  const intoCaption = overCaption.length ? midY + placesExtent(overCaption, scale).bottom - (map.height - caption.height) : 0;
  return {
    left: Math.max(0, margins.left - (midX + all.left)),
    right: Math.max(0, midX + all.right - (map.width - margins.right)),
    top: Math.max(0, margins.top - (midY + all.top)),
    bottom: Math.max(0, midY + all.bottom - (map.height - margins.bottom), intoCaption)
  };
}

/**
 * The chapter's zoom, or less, at which every place (with its reach) fits the clear box, a
 * `width` × `height` box centred on the chapter's centre. The centre stays where the chapter puts
 * it (its author chose what lies around the places) while that means zooming out at most two levels
 * below the chapter's zoom; beyond that, if moving it gains zoom, it moves just far enough. On a
 * phone a city's name alone can be half the map's width.
 */
export function frameChapter(places: PlaceOffset[], atZoom: number, chapterZoom: number, box: { width: number; height: number }): Frame {
  if (!places.length) return { zoom: chapterZoom, shift: [0, 0] };
  const [halfW, halfH] = [box.width / 2, box.height / 2];
  const fitsInPlace = (e: ReturnType<typeof placesExtent>) => e.left >= -halfW && e.right <= halfW && e.top >= -halfH && e.bottom <= halfH;
  const fitsMoved = (e: ReturnType<typeof placesExtent>) => e.right - e.left <= box.width && e.bottom - e.top <= box.height;
  /** The highest zoom, from the chapter's down, at which the places fit; null if none does. */
  const highest = (fits: (e: ReturnType<typeof placesExtent>) => boolean) => {
    for (let zoom = chapterZoom; zoom >= chapterZoom - MAX_ZOOM_OUT; zoom -= STEP) if (fits(placesExtent(places, 2 ** (zoom - atZoom)))) return zoom;
    return null;
  };
  const moved = highest(fitsMoved);
  if (moved === null) {
    // Places so far apart that they need more than MAX_ZOOM_OUT levels: as far out as it goes,
    // around the chapter's centre. Places that fit at no zoom at all (their reaches alone, a name
    // say, wider than the map): zooming out would not help, so the chapter's own camera.
    const reachesFit = fitsMoved(placesExtent(places, 0));
    return { zoom: reachesFit ? chapterZoom - MAX_ZOOM_OUT : chapterZoom, shift: [0, 0] };
  }
  const kept = highest(fitsInPlace);
  if (kept !== null && (kept >= chapterZoom - KEEP_CENTRE_ZOOM_OUT || kept >= moved - MOVE_MIN_GAIN)) return { zoom: kept, shift: [0, 0] };
  const e = placesExtent(places, 2 ** (moved - atZoom));
  // The least move that brings the places inside (the box is wide and tall enough for them).
  const along = (low: number, high: number, half: number) => (low < -half ? low + half : high > half ? high - half : 0);
  return { zoom: moved, shift: [along(e.left, e.right, halfW), along(e.top, e.bottom, halfH)] };
}

/** Padding around the fitted bounds, in pixels. */
export interface Padding {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** The least room kept around a place on every side, in pixels (a ring or a name may need more). */
export const MARKER_MARGIN = 32;

/**
 * The map fitted to the whole border with a padding: the places (and the border's line) as seen from
 * the fitted centre, which lands in the middle of the map, at `scale` times the zoom their offsets
 * were measured at; null where the map cannot fit the bounds.
 */
export type FitBorder = (padding: Padding) => { places: PlaceOffset[]; scale: number } | null;

/**
 * The padding that frames the whole border with every place clear of the map's edges less
 * `margins` and of the caption's corner. It grows the padding from `start` by what still overruns
 * (a place moves by only part of the added padding, being partway across the border, so this takes
 * a few rounds), and stops before the padding takes half the map's width or all but a strip of its
 * height. First with the caption as the corner it is (beside it the map is clear, so nothing need
 * be given up to it); where that cannot clear everything (in Spanish at 1440 × 900 the caption's
 * taller text reaches the border's eastern end), above the caption as a band `below` pixels tall,
 * whichever leaves less uncovered. `below` 0 (no room left for a caption) ignores the caption.
 */
export function frameBorder(fit: FitBorder, map: { width: number; height: number }, margins: Padding, start: Padding, caption: { width: number; height: number }, below: number): Padding {
  const clearFrom = (padding: Padding, cover: { width: number; height: number }) => {
    let left = Infinity;
    for (let tries = 0; tries < 12; tries++) {
      const fitted = fit(padding);
      if (!fitted) break;
      const over = overrun(fitted.places, fitted.scale, map, margins, cover);
      left = Math.max(over.left, over.right, over.top, over.bottom);
      if (left <= 1) return { padding, left: 0 };
      const next = { left: padding.left + over.left, right: padding.right + over.right, top: padding.top + over.top, bottom: padding.bottom + over.bottom };
      if (next.left + next.right > map.width / 2 || next.top + next.bottom > map.height - 3 * MARKER_MARGIN) break;
      padding = next;
    }
    return { padding, left };
  };
  const corner = clearFrom(start, below > 0 ? caption : { width: 0, height: 0 });
  // The band replaces the room kept for the credits line at the bottom (the caption sits above it).
  const band = corner.left > 0 && below > 0 ? clearFrom({ ...start, bottom: start.bottom - margins.bottom + below }, { width: caption.width, height: below }) : corner;
  return (band.left < corner.left ? band : corner).padding;
}
