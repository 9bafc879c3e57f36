// The time model: what was true on a given day. Pure functions over the dataset, shared by the map,
// the text summary, the timeline and the city panel, so all of them always agree.
import type { Advisories, City, Issuance, MppEvent, NationalPeriod, Phase, PhaseName, Port, Transfer, Fact, Series } from '$lib/data/schema';
import { compareIsoDates, monthOf } from './dates';

/** What a port was doing on a day. `status` is the public value (data-status in the summary). */
export type PortStatus = 'inactive' | PhaseName;
/** Finer stage for styling and wording: before its first phase, between phases, after its last. */
export type PortStage = 'not-yet' | PhaseName | 'between' | 'ended';

export interface PortState {
  status: PortStatus;
  stage: PortStage;
  /** The phase in force, if any. */
  phase: Phase | null;
  /** The phase's dates are known only to the month or approximately. */
  approximate: boolean;
  /** A phase listed for this port whose start is unknown, and whose known window includes the day. */
  unconfirmed: Phase | null;
}

const within = (date: string, start: string, end: string | null, openEnd: string) => start <= date && date <= (end ?? openEnd);

const isApproximate = (p: Phase) => p.startPrecision !== 'day' || (p.end !== null && p.endPrecision !== 'day');

/**
 * The programme-wide window of each phase, from the ports' known dates: used to bound a phase whose
 * own start or end is unknown (an open end is read as "over by the time the programme phase ended").
 */
export function programmeWindows(ports: Port[]): Record<PhaseName, { start: string; end: string }> {
  const out = {} as Record<PhaseName, { start: string; end: string }>;
  for (const name of ['mpp1', 'winddown', 'mpp2'] as const) {
    const phases = ports.flatMap((p) => p.phases.filter((ph) => ph.phase === name));
    const starts = phases.map((ph) => ph.start).filter((d): d is string => d !== null).sort();
    const ends = phases.map((ph) => ph.end).filter((d): d is string => d !== null).sort();
    out[name] = { start: starts[0] ?? '9999-12-31', end: ends.at(-1) ?? starts.at(-1) ?? '0000-01-01' };
  }
  return out;
}

export function portStateOn(port: Port, date: string, windows: ReturnType<typeof programmeWindows>): PortState {
  const known = port.phases.filter((p) => p.start !== null).sort((a, b) => compareIsoDates(a.start!, b.start!));
  // Phases are listed in time order and do not overlap (validated); an open end stops where the next
  // known phase starts, or where the programme phase ended.
  for (let i = known.length - 1; i >= 0; i--) {
    const p = known[i]!;
    const next = known[i + 1];
    const openEnd = next ? prevDay(next.start!) : windows[p.phase].end;
    if (within(date, p.start!, p.end, openEnd)) {
      return { status: p.phase, stage: p.phase, phase: p, approximate: isApproximate(p), unconfirmed: null };
    }
  }
  const unconfirmed =
    port.phases.find((p) => p.start === null && date >= windows[p.phase].start && date <= (p.end ?? windows[p.phase].end)) ?? null;
  const first = known[0];
  // Over only once every phase listed for the port is over, including one with an unknown start.
  const lastEnd = port.phases.map((p) => p.end ?? windows[p.phase].end).sort().at(-1);
  const stage: PortStage = !first || date < first.start! ? 'not-yet' : lastEnd && date > lastEnd ? 'ended' : 'between';
  return { status: 'inactive', stage, phase: null, approximate: false, unconfirmed };
}

function prevDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** A city takes the most active state of the ports that brought people to it (MPP 2.0 > wind-down > MPP 1.0). */
export function cityStateOn(city: Pick<City, 'id'>, ports: Port[], date: string, windows: ReturnType<typeof programmeWindows>): PortState & { ports: string[] } {
  const states = ports.filter((p) => p.city === city.id).map((p) => ({ id: p.id, s: portStateOn(p, date, windows) }));
  const rank: Record<PortStage, number> = { mpp2: 5, winddown: 4, mpp1: 3, between: 2, ended: 1, 'not-yet': 0 };
  states.sort((a, b) => rank[b.s.stage] - rank[a.s.stage]);
  const top = states[0];
  if (!top) return { status: 'inactive', stage: 'not-yet', phase: null, approximate: false, unconfirmed: null, ports: [] };
  return { ...top.s, ports: states.filter((x) => x.s.status === top.s.status).map((x) => x.id) };
}

/** What the map and the time model need of an issuance (the wording of reasons is loaded apart). */
export type IssuanceLevels = Pick<Issuance, 'date' | 'levels' | 'sources' | 'confidence'>;

/** The advisory issuance in force on a day: the latest one issued on or before it (null before the first). */
export function issuanceOn<I extends Pick<Issuance, 'date'>>(advisories: { issuances: I[] }, date: string): I | null {
  let found: I | null = null;
  for (const i of advisories.issuances) {
    if (i.date <= date) found = i;
    else break;
  }
  return found;
}

export function stateLevelOn(advisories: { issuances: IssuanceLevels[] }, stateIso: string, date: string): 1 | 2 | 3 | 4 | null {
  const i = issuanceOn(advisories, date);
  return i ? (i.levels[stateIso as keyof Issuance['levels']] as 1 | 2 | 3 | 4) : null;
}

/** The country-wide headline (COVID-era levels), kept apart from state levels. */
export function nationalOn(advisories: Pick<Advisories, 'national'>, date: string): NationalPeriod | null {
  return advisories.national.find((n) => n.start <= date && (n.end === null || date <= n.end)) ?? null;
}

/**
 * The first day of the country-wide headlines that differ from the state picture enough to be shown
 * on their own (the COVID-19 era's Level 4 "Do not travel" worldwide advisory and after).
 */
export const NATIONAL_HEADLINE_FROM = '2020-03-19';

/** The country-wide headline to show on a date, or null where the state levels tell the story. */
export function nationalHeadlineOn(advisories: Pick<Advisories, 'national'>, date: string): NationalPeriod | null {
  const n = nationalOn(advisories, date);
  return n && n.start >= NATIONAL_HEADLINE_FROM ? n : null;
}

export interface TransferState {
  active: boolean;
  /** Start or end not known to the day: drawn dashed and worded as approximate. */
  approximate: boolean;
  endUnknown: boolean;
}

/**
 * Whether an onward transfer was happening. One with no known start is shown from the day sources
 * report it under way; one with no known end until its programme phase ended (MPP 1.0 or 2.0), and
 * marked as such.
 */
export function transferStateOn(t: Transfer, date: string, windows: ReturnType<typeof programmeWindows>): TransferState {
  const start = t.start ?? t.reportedOn ?? null;
  if (start === null) return { active: false, approximate: true, endUnknown: t.end === null };
  const programme = start <= windows.mpp1.end ? windows.mpp1 : windows.mpp2;
  const end = t.end ?? programme.end;
  return {
    active: start <= date && date <= end,
    approximate: t.start === null || t.startPrecision !== 'day' || t.end === null || t.endPrecision !== 'day',
    endUnknown: t.end === null
  };
}

export type SeriesKind = 'cumulative' | 'monthly' | 'snapshot';

export interface SeriesReading<P extends Pick<Fact, 'date'> = Fact> {
  point: P | null;
  /** Why there is no point: the day is outside the series, or inside a gap (monthly). */
  noData: boolean;
}

/**
 * The value of a series on a day, never interpolated:
 * - cumulative (a running tally): the latest point on or before the day, shown with its as-of date;
 * - snapshot (an estimate at a moment): the latest point, but nothing after the series' last point;
 * - monthly: the point for the day's month only.
 */
export function seriesOn<P extends Pick<Fact, 'date'>>(points: P[], kind: SeriesKind, date: string): SeriesReading<P> {
  const sorted = [...points].sort((a, b) => compareIsoDates(a.date, b.date));
  if (kind === 'monthly') {
    const point = sorted.find((p) => monthOf(p.date) === monthOf(date)) ?? null;
    return { point, noData: point === null };
  }
  const last = sorted.at(-1);
  if (!last || date < sorted[0]!.date || (kind === 'snapshot' && date > last.date)) return { point: null, noData: true };
  const point = sorted.filter((p) => p.date <= date).at(-1) ?? null;
  return { point, noData: point === null };
}

export function pointsOf<P extends Pick<Fact, 'series'>>(facts: P[], series: Pick<Series, 'id'>): P[] {
  return facts.filter((f) => f.series === series.id);
}

/** Events of this day; an event known only to the month belongs to every day of that month. */
export function eventsOn<E extends Pick<MppEvent, 'date' | 'precision'>>(events: E[], date: string): E[] {
  return events.filter((e) => (e.precision === 'month' ? monthOf(e.date) === monthOf(date) : e.date === date));
}

export function nextEvent<E extends Pick<MppEvent, 'date'>>(events: E[], date: string): E | null {
  return [...events].sort((a, b) => compareIsoDates(a.date, b.date)).find((e) => e.date > date) ?? null;
}

export function previousEvent<E extends Pick<MppEvent, 'date'>>(events: E[], date: string): E | null {
  return [...events].sort((a, b) => compareIsoDates(a.date, b.date)).filter((e) => e.date < date).at(-1) ?? null;
}

/**
 * The dated facts about a city as they stood on a day: those already dated (newest first) and,
 * kept apart, those that came later. A fact known only to the month counts from its month.
 */
export function cityFactsOn(facts: Fact[], cityId: string, date: string): { current: Fact[]; later: Fact[] } {
  const mine = facts.filter((f) => f.city === cityId);
  const known = (f: Fact) => (f.precision === 'month' ? monthOf(f.date) <= monthOf(date) : f.date <= date);
  const newestFirst = (a: Fact, b: Fact) => compareIsoDates(b.date, a.date) || a.id.localeCompare(b.id);
  return {
    current: mine.filter(known).sort(newestFirst),
    later: mine.filter((f) => !known(f)).sort((a, b) => -newestFirst(a, b))
  };
}

export interface LevelSpan {
  start: string;
  end: string;
  level: number;
  /** The issuance that set this level. */
  issued: string;
}

/** A state's level over a window, as runs of equal level (for the level-over-time strip). */
export function levelHistory(advisories: { issuances: IssuanceLevels[] }, stateIso: string, from: string, to: string): LevelSpan[] {
  const spans: LevelSpan[] = [];
  const issuances = advisories.issuances;
  issuances.forEach((iss, k) => {
    const level = iss.levels[stateIso as keyof Issuance['levels']];
    const next = issuances[k + 1];
    const start = iss.date < from ? from : iss.date;
    const end = next ? prevDay(next.date) : to;
    if (end < from || start > to) return;
    const last = spans.at(-1);
    if (last && last.level === level) last.end = end > to ? to : end;
    else spans.push({ start, end: end > to ? to : end, level, issued: iss.date });
  });
  return spans;
}

/** Citation numbers in order of first appearance: [1], [2], … */
export function numberCitations(idLists: string[][]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const ids of idLists) for (const id of ids) if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
  return numbers;
}
