// The first-paint picture on any date, before the app has started: every part of the picture that
// changes with the date (a state's advisory colour, a marker's stage colour, a city's circle of
// people) carries in its HTML the days on which its attributes change. A small script that runs as
// soon as the picture is parsed (firstPaintDate.inline.js) reads the URL's date and applies them,
// so a link to 1 March 2021 opens on that day's colours, not the default date's.
import type { ClientData } from '$lib/data/client';
import { TIMELINE_END, TIMELINE_START, addDays } from '$lib/time/dates';
import { mapStateOn, stillMarkers, type MapDateState, type StillMarkerPaint } from './mapState';
import { STAGE_COLOURS, stillStateFill } from './palette';
import { NO_COUNT_RADIUS, radiusFor, returnsSymbolOf, svgReturnsStyle } from './returnsSymbol';
import { TRANSFER_LINE } from './layers/markerGeometry';

/**
 * SVG attributes by name; values hold no spaces, "=" or ";" (the timeline's separators). An element
 * has the same names on every day, so that applying one day's entry undoes any earlier one.
 */
export type SvgAttrs = Record<string, string>;

/** The picture's date-dependent attributes, by element key: `state:`, `city:`, `port:`, `circle:`, `transfer:` + id. */
export function pictureAttrs(data: ClientData, shown: MapDateState, stateIsos: readonly { iso: string; country: 'MX' | 'US' }[]): Record<string, SvgAttrs> {
  const attrs: Record<string, SvgAttrs> = {};
  for (const { iso, country } of stateIsos) attrs[`state:${iso}`] = { fill: stillStateFill(shown.levels[iso], country) };
  const { cities, ports } = stillMarkers(data, shown);
  const drawn = new Map(cities.map(({ city, paint }) => [city.id, paint]));
  const counted = receivingCities(data);
  for (const city of data.cities) {
    const paint = drawn.get(city.id);
    // Every city is in the HTML; one not on the map that day (an onward city out of use) is hidden.
    attrs[`city:${city.id}`] = { ...markerAttrs(paint ?? HIDDEN_MARKER), display: paint ? 'inline' : 'none' };
    if (!counted.has(city.id)) continue;
    const { symbol, people } = returnsSymbolOf(shown.cityReturns[city.id], shown.cities[city.id]?.stage);
    attrs[`circle:${city.id}`] =
      symbol === 'hidden'
        ? { r: '0', display: 'none', fill: 'none', stroke: 'none', 'stroke-opacity': '0', 'stroke-width': '0' }
        : { r: (symbol === 'none' ? NO_COUNT_RADIUS : radiusFor(people)).toFixed(1), display: 'inline', ...svgReturnsStyle(symbol, 1) };
  }
  for (const { port, paint } of ports) attrs[`port:${port.id}`] = markerAttrs(paint);
  for (const [id, transfer] of Object.entries(shown.transfers)) attrs[`transfer:${id}`] = transferAttrs(transfer);
  return attrs;
}

/** A transfer's group: shown in its programme's colour while under way, dashed when its end is unknown. */
function transferAttrs({ active, endUnknown, programme }: MapDateState['transfers'][string]): SvgAttrs {
  if (!active) return { display: 'none', stroke: 'none', 'stroke-linecap': 'round', 'stroke-dasharray': 'none' };
  return { display: 'inline', stroke: STAGE_COLOURS[programme], 'stroke-linecap': endUnknown ? 'butt' : 'round', 'stroke-dasharray': endUnknown ? TRANSFER_LINE.dash.join(',') : 'none' };
}

const HIDDEN_MARKER: StillMarkerPaint = { fill: '#000', stroke: '#fff', strokeWidth: 1.5 };
const markerAttrs = ({ fill, stroke, strokeWidth }: StillMarkerPaint): SvgAttrs => ({ fill, stroke, 'stroke-width': String(strokeWidth) });

/** The cities a return port sent people to: the only ones that can have a circle of people. */
export function receivingCities(data: Pick<ClientData, 'ports'>): Set<string> {
  return new Set(data.ports.filter((p) => p.returnPort).map((p) => p.city));
}

const encode = (attrs: SvgAttrs) =>
  Object.entries(attrs)
    .map(([name, value]) => `${name}=${value}`)
    .join(' ');

/**
 * The days on which the map's state can change: every date the data names, the day after it (an
 * end date is the last day of a period) and the first of its month and the next (monthly counts),
 * within the timeline. Checked against every day of the timeline in tests/unit/firstPaintTimeline.test.ts.
 */
export function changeDays(data: ClientData): string[] {
  const days = new Set<string>([TIMELINE_START]);
  for (const [, year, month, day] of JSON.stringify(data).matchAll(/"(\d{4})-(\d{2})(?:-(\d{2}))?"/g)) {
    const first = `${year}-${month}-01`;
    days.add(first);
    days.add(`${addDays(first, 32).slice(0, 7)}-01`);
    if (day) {
      days.add(`${year}-${month}-${day}`);
      days.add(addDays(`${year}-${month}-${day}`, 1));
    }
  }
  return [...days].filter((d) => d >= TIMELINE_START && d <= TIMELINE_END).sort();
}

/**
 * For each element, its attributes over the timeline: "DAY name=value …" entries joined by ";", one
 * entry each time they change. The first entry is the timeline's first day.
 */
export function pictureTimeline(data: ClientData, stateIsos: readonly { iso: string; country: 'MX' | 'US' }[], days = changeDays(data)): Record<string, string> {
  const entries: Record<string, string[]> = {};
  const last: Record<string, string> = {};
  for (const day of days) {
    for (const [key, attrs] of Object.entries(pictureAttrs(data, mapStateOn(data, day), stateIsos))) {
      const value = encode(attrs);
      if (last[key] === value) continue;
      last[key] = value;
      (entries[key] ??= []).push(`${day} ${value}`);
    }
  }
  // An element that never changes needs no timeline: the picture already draws it so.
  return Object.fromEntries(Object.entries(entries).flatMap(([key, list]) => (list.length > 1 ? [[key, list.join(';')]] : [])));
}
