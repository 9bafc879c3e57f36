// The proportional symbols of people placed in MPP: one circle per receiving city whose area grows
// with the count to date. The MapLibre layer, the still pictures and the legend all size circles
// here, so a circle of 10,000 people is the same on each of them.
import type { ReturnsReading } from '$lib/time/returns';
import type { PortStage } from '$lib/time/model';

/** A circle of `reference` people has `referenceRadius` px (before the presenting scale); area ∝ people. */
export const RETURNS_SCALE = { reference: 25_000, referenceRadius: 34 } as const;

/** The circles the size legend shows. */
export const LEGEND_COUNTS = [1_000, 5_000] as const;

/** How a city's count is drawn: a filled circle, an outline (a floor: at least this many), a small "no count" ring, or nothing. */
export type ReturnsSymbol = 'count' | 'floor' | 'none' | 'hidden';

/** The "no count" ring, just around the city's square. */
export const NO_COUNT_RADIUS = 10;

export function radiusFor(people: number): number {
  return RETURNS_SCALE.referenceRadius * Math.sqrt(Math.max(people, 0) / RETURNS_SCALE.reference);
}

/**
 * What a city shows for its count on a day: nothing before its ports took part; the "no count" ring
 * where no count of its own is known for that time (also where its people are counted with another
 * city's hearing location), never a circle of zero.
 */
export function returnsSymbolOf(reading: ReturnsReading | undefined, stage: PortStage | undefined): { symbol: ReturnsSymbol; people: number } {
  if (!reading || !stage || stage === 'not-yet') return { symbol: 'hidden', people: 0 };
  if (reading.status === 'none' || reading.status === 'elsewhere' || reading.value === null) return { symbol: 'none', people: 0 };
  if (reading.value === 0) return { symbol: 'hidden', people: 0 };
  return { symbol: reading.status === 'known' ? 'count' : 'floor', people: reading.value };
}

/** Circle colours: dark ink on a light wash, readable over every advisory level and on a projector. */
export const RETURNS_COLOURS = { ink: '#1d1a33', wash: '#ffffff', washOpacity: 0.6, noCount: '#5b5b5b' } as const;

/**
 * A circle's paint in an SVG picture (the still maps, the first paint), as ReturnsLayer paints it:
 * `scale` multiplies the stroke widths (map units per pixel).
 */
export function svgReturnsStyle(symbol: Exclude<ReturnsSymbol, 'hidden'>, scale: number): Record<'fill' | 'stroke' | 'stroke-opacity' | 'stroke-width', string> {
  return {
    fill: symbol === 'count' ? `rgba(255,255,255,${RETURNS_COLOURS.washOpacity})` : 'none',
    stroke: symbol === 'none' ? RETURNS_COLOURS.noCount : RETURNS_COLOURS.ink,
    'stroke-opacity': symbol === 'none' ? '0.75' : '0.95',
    'stroke-width': String(Math.round((symbol === 'count' ? 2 : symbol === 'floor' ? 1.6 : 1.4) * scale * 1000) / 1000)
  };
}
