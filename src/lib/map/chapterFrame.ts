// How a briefing chapter's camera frames its places (pure: pixels in, zoom and shift out; used by
// CameraControl.svelte, tested in tests/unit/chapterFrame.test.ts).

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
 * Keeping the chapter's own centre may cost at most this much zoom (a factor of 4) before the centre
 * moves: zooming out around it keeps what its author framed around the places. Chapter 5 ("Bused on
 * to Monterrey and Chiapas") at 1440 × 900 under a Spanish caption costs 1.15 levels, and moving
 * its centre north to save them lost Chiapas.
 */
const KEEP_CENTRE_ZOOM_COST = 2;
/** How far below the chapter's zoom the search goes, and in what steps. */
const MAX_ZOOM_OUT = 6;
const STEP = 1 / 32;

function extents(places: PlaceOffset[], scale: number) {
  return {
    left: Math.min(...places.map((p) => p.dx * scale - p.reach.left)),
    right: Math.max(...places.map((p) => p.dx * scale + p.reach.right)),
    top: Math.min(...places.map((p) => p.dy * scale - p.reach.up)),
    bottom: Math.max(...places.map((p) => p.dy * scale + p.reach.down))
  };
}

/**
 * The chapter's zoom, or less, at which every place (with its reach) fits the clear box, a
 * `width` × `height` box centred on the chapter's centre. The centre stays where the chapter puts
 * it (its author chose what lies around the places) unless that costs more than two zoom levels
 * against moving it; then it moves just far enough. On a phone a city's name alone can be half the
 * map's width, and keeping the centre then meant zooming out to the whole continent.
 */
export function frameChapter(places: PlaceOffset[], atZoom: number, chapterZoom: number, box: { width: number; height: number }): Frame {
  if (!places.length) return { zoom: chapterZoom, shift: [0, 0] };
  const [halfW, halfH] = [box.width / 2, box.height / 2];
  const fitsInPlace = (e: ReturnType<typeof extents>) => e.left >= -halfW && e.right <= halfW && e.top >= -halfH && e.bottom <= halfH;
  const fitsMoved = (e: ReturnType<typeof extents>) => e.right - e.left <= box.width && e.bottom - e.top <= box.height;
  /** The highest zoom, from the chapter's down, at which the places fit; null if none does. */
  const highest = (fits: (e: ReturnType<typeof extents>) => boolean) => {
    for (let zoom = chapterZoom; zoom >= chapterZoom - MAX_ZOOM_OUT; zoom -= STEP) if (fits(extents(places, 2 ** (zoom - atZoom)))) return zoom;
    return null;
  };
  const moved = highest(fitsMoved);
  // Places that fit no way (a name wider than the map): zooming out would not help.
  if (moved === null) return { zoom: chapterZoom, shift: [0, 0] };
  const kept = highest(fitsInPlace);
  if (kept !== null && kept >= moved - KEEP_CENTRE_ZOOM_COST) return { zoom: kept, shift: [0, 0] };
  const e = extents(places, 2 ** (moved - atZoom));
  // The least move that brings the places inside (the box is wide and tall enough for them).
  const along = (low: number, high: number, half: number) => (low < -half ? low + half : high > half ? high - half : 0);
  return { zoom: moved, shift: [along(e.left, e.right, halfW), along(e.top, e.bottom, halfH)] };
}
