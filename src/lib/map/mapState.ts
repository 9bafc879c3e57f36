// Everything the map draws that depends on the date, computed by the time model in one place.
import type { ClientData } from '$lib/data/client';
import { cityStateOn, issuanceOn, portStateOn, programmeWindows, transferStateOn, type PortStage } from '$lib/time/model';
import { MARKER_OUTLINE, stageColour } from './palette';
import { cityReturnsOn, portReturnsData, portReturnsOn, type PortReturnsData, type ReturnsReading } from '$lib/time/returns';

export interface MarkerState {
  stage: PortStage;
  /** Hollow marker: the phase's dates are approximate, or the use is unconfirmed. */
  hollow: boolean;
  /** An onward destination with a transfer arriving on this day. */
  onward?: boolean;
  /** The programme moving people there (MPP 2.0 if any arriving transfer is MPP 2.0's), which colours its square. */
  onwardProgramme?: 'mpp1' | 'mpp2';
}

export interface MapDateState {
  ports: Record<string, MarkerState>;
  cities: Record<string, MarkerState>;
  transfers: Record<string, { active: boolean; endUnknown: boolean; programme: 'mpp1' | 'mpp2' }>;
  levels: Record<string, number | null>;
  issuanceDate: string | null;
  /** People placed in MPP to date, per port and per receiving city (the proportional symbols). */
  portReturns: Record<string, ReturnsReading>;
  cityReturns: Record<string, ReturnsReading>;
}

/**
 * Whether a picture of the state shows a transfer line: a transfer under way on its date with a point
 * of its arc in the picture's view (`contains`). Its key then explains the lines; a chapter's close
 * view of Tijuana leaves out a bus to Monterrey, and its key the entry.
 */
export function transferInView<Point>(state: MapDateState, arcs: readonly { id: string; points: readonly Point[] }[], contains: (point: Point) => boolean): boolean {
  return arcs.some(({ id, points }) => state.transfers[id]?.active === true && points.some(contains));
}

// A port's counts sorted by month, built once per dataset rather than on every date step (the
// timeline's playback asks for a new date many times a second).
const returnsDataCache = new WeakMap<ClientData['returnsPoints'], Map<string, PortReturnsData>>();
function returnsDataOf(data: ClientData, portId: string): PortReturnsData {
  let byPort = returnsDataCache.get(data.returnsPoints);
  if (!byPort) returnsDataCache.set(data.returnsPoints, (byPort = new Map()));
  let found = byPort.get(portId);
  if (!found) byPort.set(portId, (found = portReturnsData(portId, data.series, data.returnsPoints)));
  return found;
}

// Each city's ports and the transfers that arrive there, built once per dataset: with thousands of
// places, searching every port and transfer for every city on every date step added up.
interface PlaceIndex {
  ports: ClientData['ports'];
  transfers: ClientData['transfers'];
  portsOfCity: Map<string, ClientData['ports']>;
  transfersTo: Map<string, ClientData['transfers']>;
}
const placeIndexCache = new WeakMap<ClientData['cities'], PlaceIndex>();
function placeIndexOf(data: ClientData): PlaceIndex {
  let found = placeIndexCache.get(data.cities);
  if (!found || found.ports !== data.ports || found.transfers !== data.transfers) {
    const portsOfCity: PlaceIndex['portsOfCity'] = new Map();
    for (const p of data.ports) portsOfCity.set(p.city, [...(portsOfCity.get(p.city) ?? []), p]);
    const transfersTo: PlaceIndex['transfersTo'] = new Map();
    for (const t of data.transfers) transfersTo.set(t.to, [...(transfersTo.get(t.to) ?? []), t]);
    placeIndexCache.set(data.cities, (found = { ports: data.ports, transfers: data.transfers, portsOfCity, transfersTo }));
  }
  return found;
}

export function mapStateOn(data: ClientData, date: string, windows = programmeWindows(data.ports)): MapDateState {
  const ports: MapDateState['ports'] = {};
  for (const p of data.ports) {
    const s = portStateOn(p, date, windows);
    ports[p.id] = { stage: s.stage, hollow: s.approximate || s.unconfirmed !== null };
  }
  const transfers: MapDateState['transfers'] = {};
  for (const t of data.transfers) {
    const s = transferStateOn(t, date, windows);
    const start = t.start ?? t.reportedOn ?? '';
    transfers[t.id] = { active: s.active, endUnknown: s.endUnknown, programme: start >= windows.mpp2.start ? 'mpp2' : 'mpp1' };
  }
  const { portsOfCity, transfersTo } = placeIndexOf(data);
  const cities: MapDateState['cities'] = {};
  for (const c of data.cities) {
    const s = cityStateOn(c, portsOfCity.get(c.id) ?? [], date, windows);
    const arriving = (transfersTo.get(c.id) ?? []).filter((t) => transfers[t.id]!.active);
    const marker: MarkerState = { stage: s.stage, hollow: s.approximate || s.unconfirmed !== null, onward: arriving.length > 0 };
    if (arriving.length) marker.onwardProgramme = arriving.some((t) => transfers[t.id]!.programme === 'mpp2') ? 'mpp2' : 'mpp1';
    cities[c.id] = marker;
  }
  const issuance = issuanceOn(data.advisories, date);
  const levels: MapDateState['levels'] = {};
  for (const iso of Object.keys(data.advisories.issuances[0]!.levels)) levels[iso] = issuance ? issuance.levels[iso as keyof typeof issuance.levels] : null;
  const portReturns: MapDateState['portReturns'] = {};
  for (const p of data.ports) if (p.returnPort) portReturns[p.id] = portReturnsOn(p, returnsDataOf(data, p.id), date, windows);
  const cityReturns: MapDateState['cityReturns'] = {};
  for (const c of data.cities) {
    const readings = (portsOfCity.get(c.id) ?? []).filter((p) => p.returnPort).map((p) => portReturns[p.id]!);
    if (readings.length) cityReturns[c.id] = cityReturnsOn(readings);
  }
  return { ports, cities, transfers, levels, issuanceDate: issuance?.date ?? null, portReturns, cityReturns };
}

/**
 * The stage whose colour a marker takes: its own, or for an onward city while people are moved
 * there, the programme of the transfer that brings them (MPP 1.0's buses in 2019, MPP 2.0's
 * Brownsville–Monterrey transport in 2022).
 */
export function markerColourStage(state: MarkerState | undefined): PortStage {
  return state?.onward ? (state.onwardProgramme ?? 'mpp1') : (state?.stage ?? 'not-yet');
}

/** How a still picture draws a marker: its fill, and the ring around it (widths in pixels). */
export interface StillMarkerPaint {
  fill: string;
  stroke: string;
  strokeWidth: number;
}

/**
 * A marker's paint as the WebGL map's layers give it (layers/markerStyle.ts, CitiesLayer): solid in its
 * stage colour with a white ring; a ring in its stage colour around white where the place is not yet
 * part of MPP, or where the dates are approximate or the use unconfirmed (the legend's "hollow"); an
 * onward city solid in the colour of the programme moving people there.
 */
export function stillMarkerPaint(state: MarkerState | undefined, kind: 'port' | 'city'): StillMarkerPaint {
  const colour = stageColour(kind === 'city' ? markerColourStage(state) : state?.stage);
  const notYet = (state?.stage ?? 'not-yet') === 'not-yet';
  if ((kind === 'city' && state?.onward) || !(state?.hollow || notYet)) return { fill: colour, stroke: MARKER_OUTLINE, strokeWidth: 1.5 };
  // A port's ring is heavier when hollow than when not yet in use, as on the map; a square's ring
  // (the icon's halo there, drawn outside it) is half inside it here.
  return { fill: MARKER_OUTLINE, stroke: colour, strokeWidth: kind === 'city' ? 2 : state?.hollow ? 3 : 2 };
}

/**
 * The cities and ports a still picture (no WebGL, first paint) draws on a date, each with its marker's
 * paint: an onward city only while people are moved there, coloured as on the map.
 */
export function stillMarkers(data: ClientData, shown: MapDateState) {
  return {
    cities: data.cities.filter((c) => c.role !== 'onward' || shown.cities[c.id]?.onward).map((c) => ({ city: c, paint: stillMarkerPaint(shown.cities[c.id], 'city') })),
    ports: data.ports.map((p) => ({ port: p, paint: stillMarkerPaint(shown.ports[p.id], 'port') }))
  };
}
