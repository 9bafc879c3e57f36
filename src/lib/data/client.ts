// What a page needs of the dataset. The map page's data is passed from the prerender to the page
// (inlined in the HTML), so the first paint already has it and no request waits on another. Only
// what the page shows goes in: every byte here is downloaded, and parsed, before the map page
// becomes interactive. The wording a city panel shows (dated facts, the sources it cites, why a
// state has its level) comes later, when a panel first opens, from the build-time module that the
// fact sheets and the bibliography page also read (referenceDataset, below).
// Imports are relative: vite.config.ts loads this file through Node, without SvelteKit's aliases.
import type { City, Dataset, Fact, Port, Source } from './schema';
import type { ReturnsPoint } from '../time/returns';
import type { CityFacts } from '../city/cityData';
import { compareIsoDates } from '../time/dates.ts';

/** The running totals of the "what the map shows" summary (Summary.svelte), in order of preference. */
export const SUMMARY_TALLIES = ['mpp-returned-cumulative', 'hrf-attacks'] as const;
export const SUMMARY_MONTHLY = ['trac-new-cases', 'cbp-enrollments', 'mpp2-enrollments'] as const;
const SUMMARY_SERIES = new Set<string>([...SUMMARY_TALLIES, ...SUMMARY_MONTHLY]);

export type SourceEntry = Pick<Source, 'id' | 'publisher' | 'title' | 'date' | 'url'>;
export const sourceEntry = ({ id, publisher, title, date, url }: SourceEntry): SourceEntry => ({ id, publisher, title, date, url });

/** What city panels, fact sheets and the bibliography need of the dataset (see referenceDataset). */
export type ReferenceDataset = Pick<Dataset, 'cities' | 'ports' | 'transfers' | 'facts' | 'series' | 'sources'> & {
  advisories: { issuances: Omit<Dataset['advisories']['issuances'][number], 'changes'>[]; national: Dataset['advisories']['national'] };
};

function shared(d: ReferenceDataset) {
  return {
    // An issuance's levels and sources; its wording (changes, reasons) is not drawn on the map.
    advisories: {
      issuances: d.advisories.issuances.map(({ date, levels, sources, confidence }) => ({ date, levels, sources, confidence })),
      national: d.advisories.national
    },
    // A series' title and unit name a total or a count; its note is read under a chart, with the
    // chart's points (CityFacts).
    series: d.series.map(withoutNote)
  };
}

/** A record without its `note`, which the open data keeps for readers of the files. */
function withoutNote<T extends { note?: unknown }>({ note: _note, ...rest }: T): Omit<T, 'note'> {
  return rest;
}

/**
 * The ports as the map, the summary and the city panel use them. The notes on a port and on its
 * phases explain how the dates were chosen; they are in the open data, and no page shows them.
 */
function portsForPages(ports: readonly Port[]): Port[] {
  return ports.map((p) => ({ ...withoutNote(p), phases: p.phases.map(withoutNote) }));
}

/** A city as the pages draw and list it. */
export type PageCity = Pick<City, 'id' | 'name' | 'state' | 'lon' | 'lat' | 'role'>;

/**
 * The cities as the pages use them. Why a city is on the map (its role note), its population and the
 * sources of its position are in the open data, and no page shows them; at thousands of places
 * they were a third of the map page's inlined data (docs/performance.md, ten times the data).
 */
function citiesForPages(cities: readonly City[]): PageCity[] {
  return cities.map(({ id, name, state, lon, lat, role }) => ({ id, name, state, lon, lat, role }));
}

/** A dated figure as it travels with a page: its number and sources; its wording is in the city panel's module. */
function numbersOf({ id, series, date, precision, value, qualifier, sources }: Fact): ReturnsPoint {
  return { id, series, date, precision, value, ...(qualifier ? { qualifier } : {}), sources };
}

/** The counts of people placed in MPP per port, as they travel with a page: numbers and sources only. */
function returnsPointsOf(facts: readonly Fact[], series: ReferenceDataset['series']): ReturnsPoint[] {
  const returnsSeries = new Set(series.filter((s) => s.returns).map((s) => s.id));
  return facts.filter((f) => f.series && returnsSeries.has(f.series)).map(numbersOf);
}

/** The map page: everything the map, timeline and summary draw for any date. */
export function clientData(d: Dataset) {
  // The summary's running totals show a figure, its date and its source, not the fact's wording.
  const seriesPoints = d.facts.filter((f) => f.series && SUMMARY_SERIES.has(f.series)).map(numbersOf);
  // The returns counts feed the map's proportional symbols, the summary and the city list: only their
  // numbers travel with the page (the wording is in the city panel's module).
  const returnsPoints = returnsPointsOf(d.facts, d.series);
  const cited = new Set([...seriesPoints, ...returnsPoints].flatMap((f) => f.sources));
  return {
    ...shared(d),
    ports: portsForPages(d.ports),
    cities: citiesForPages(d.cities),
    transfers: d.transfers,
    // The timeline shows an event's date and title; its description is in the open data.
    events: [...d.events].sort((a, b) => compareIsoDates(a.date, b.date)).map(({ id, date, precision, kind, title, sources }) => ({ id, date, precision, kind, title, sources })),
    seriesPoints,
    returnsPoints,
    sources: d.sources.filter((s) => cited.has(s.id)).map(sourceEntry)
  };
}

export type ClientData = ReturnType<typeof clientData>;

/** Why each state had its level, by issuance date and state (from advisories.json). */
export function reasonsByIssuance(issuances: Pick<Dataset['advisories']['issuances'][number], 'date' | 'reasons'>[], states?: string[]): CityFacts['reasons'] {
  return Object.fromEntries(
    issuances.map((i) => [i.date, states ? Object.fromEntries(Object.entries(i.reasons).filter(([iso]) => states.includes(iso))) : i.reasons])
  );
}

/**
 * A city's printable fact sheet: the map data of that one city (ports, transfers, advisory levels
 * for the locator map) and, already in place, what the panel would fetch, cut to that city.
 */
export function cityPageData(d: ReferenceDataset, cityId: string): { data: ClientData; facts: CityFacts } {
  const city = d.cities.find((c) => c.id === cityId)!;
  const ports = d.ports.filter((p) => p.city === cityId);
  const portIds = new Set(ports.map((p) => p.id));
  const transfers = d.transfers.filter((t) => t.from === cityId || t.to === cityId || portIds.has(t.from));
  const facts = d.facts.filter((f) => f.city === cityId);
  const cited = new Set([
    ...d.advisories.issuances.flatMap((i) => i.sources),
    ...ports.flatMap((p) => [...p.phases.flatMap((ph) => [...ph.sources, ...(ph.alternatives ?? []).flatMap((a) => a.sources)]), ...p.courtSources]),
    ...transfers.flatMap((t) => t.sources),
    ...facts.flatMap((f) => f.sources)
  ]);
  const charted = new Set(facts.flatMap((f) => (f.series ? [f.series] : [])));
  // A port whose people another hearing location counted (El Paso's count includes Nogales): the
  // sheet names that port, as the city panel does, from its series and its name.
  const covering = d.series.filter((s) => s.returns?.alsoCovers?.some((id) => portIds.has(id)));
  for (const s of covering) charted.add(s.id);
  const coveringPorts = d.ports.filter((p) => !portIds.has(p.id) && covering.some((s) => s.returns!.port === p.id));
  const common = shared(d);
  return {
    // The sheet states the count to date, as the city panel does: its ports' counts are its own facts.
    data: { ...common, series: common.series.filter((s) => charted.has(s.id)), ports: portsForPages([...ports, ...coveringPorts]), cities: citiesForPages([city]), transfers, events: [], seriesPoints: [], returnsPoints: returnsPointsOf(facts, d.series), sources: [] },
    facts: { facts, series: d.series.filter((s) => charted.has(s.id)), sources: d.sources.filter((s) => cited.has(s.id)).map(sourceEntry), reasons: reasonsByIssuance(d.advisories.issuances, [city.state]) }
  };
}

/**
 * Everything a city panel, a fact sheet or the bibliography page shows, in one build-time module
 * they all share (src/lib/data/node/referencePlugin.ts): every city's facts, ports, transfers and
 * charts, the advisory levels with the reasons given for the states that have a city, and the
 * whole bibliography. cityPageData gives the same answer from it as from the whole dataset. Left
 * out: national facts, events, the advisories' wording of what changed, the notes on ports and
 * their phases, and those on sources, which only the bibliography page's HTML carries (sourceNotes).
 * The map page has what it draws; the open data has everything.
 */
export function referenceDataset(d: Dataset): ReferenceDataset {
  const cityIds = new Set(d.cities.map((c) => c.id));
  const cityStates = new Set(d.cities.map((c) => c.state as string));
  return {
    cities: d.cities,
    ports: portsForPages(d.ports),
    transfers: d.transfers,
    facts: d.facts.filter((f) => f.city !== null && cityIds.has(f.city)),
    series: d.series,
    sources: d.sources.map(withoutNote),
    advisories: {
      issuances: d.advisories.issuances.map(({ date, levels, sources, confidence, reasons }) => ({
        date,
        levels,
        sources,
        confidence,
        reasons: Object.fromEntries(Object.entries(reasons).filter(([iso]) => cityStates.has(iso)))
      })),
      national: d.advisories.national
    }
  };
}

/** The notes on sources, by source id (sources without one are left out). */
export function sourceNotes(d: Pick<Dataset, 'sources'>): Record<string, string> {
  return Object.fromEntries(d.sources.flatMap((s) => (s.note ? [[s.id, s.note]] : [])));
}

/** What the city panel reads of that module, for every city at once (see $lib/city/cityData.ts). */
export function panelFacts(d: ReferenceDataset): CityFacts {
  return { facts: d.facts, series: d.series, sources: d.sources, reasons: reasonsByIssuance(d.advisories.issuances) };
}

/** The bibliography's order: by publisher, then oldest first, then by id. */
export const compareSources = (a: Source, b: Source) =>
  a.publisher.localeCompare(b.publisher, 'en') || compareIsoDates(a.date, b.date) || a.id.localeCompare(b.id);
