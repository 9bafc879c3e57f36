// Where markers, rings and names are drawn around a place, in pixels before the presenting scale.
// The layers draw with these, and the chapter camera (ChapterCamera) and its test keep them in view.

/**
 * Ports sit this far north of their true point and paired cities this far south, so both show. The
 * port's lift is never scaled; the city's drop is an icon offset, which grows with the icon when
 * presenting (×1.4).
 */
export const PAIR_OFFSET = 11;

/** A city's square (images.ts), its side in pixels; drawn with a 1.5 px halo at most. */
export const CITY_SQUARE = 11;
/** The square's image (images.ts): the square and a 4 px margin all round, where its halo is drawn. */
export const CITY_SQUARE_MARGIN = 4;
export const CITY_SQUARE_IMAGE = CITY_SQUARE + 2 * CITY_SQUARE_MARGIN;

/** The ring around a chapter's ports (PortHighlightLayer), drawn around the lifted port. */
export const RING = { radius: 14, stroke: 4 } as const;

/**
 * An onward transfer's line (TransfersLayer), in pixels: the line, the white casing under it, and
 * the dash and gap of a line whose end is unknown. The still pictures draw the same.
 */
export const TRANSFER_LINE = { width: 2.5, casing: 5, casingOpacity: 0.8, dash: [5, 3.75] } as const;

/** City names (CitiesLayer): their size at two zooms, and how far they are set off the city. */
export const CITY_LABEL = {
  sizeAt: [
    [4, 12],
    [7, 15]
  ],
  /** Right of the city, in ems. */
  offsetEm: 0.9,
  /** Down, in ems, for a city paired with a port (its square sits below the port's). */
  pairedDropEm: 0.95,
  /** Where there is no room beside the square: the name's top this far below the square's centre, in ems. */
  belowEm: 0.75
} as const;

/** A city name's size in pixels at a zoom, before the presenting scale (linear between the stops). */
export function cityLabelSize(zoom: number): number {
  const [[z0, s0], [z1, s1]] = CITY_LABEL.sizeAt;
  return s0 + (s1 - s0) * Math.min(Math.max((zoom - z0) / (z1 - z0), 0), 1);
}
