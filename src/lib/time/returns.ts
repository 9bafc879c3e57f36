// How many people had been placed in MPP through a port (and sent to its Mexican city) by a given
// day: a pure function of the port's phases and its returns series, never interpolated. The map's
// proportional symbols, the summary, the city list and the city panel all read it.
import type { Fact, Port, Series } from '$lib/data/schema';
import { addDays, monthOf } from './dates.ts';
import { RETURNS_MONTHS } from '../data/codes.ts';
import type { programmeWindows } from './model';

export type ReturnsSeries = Pick<Series, 'id' | 'kind' | 'returns'>;
/** What the model reads of a point of a returns series. */
export type ReturnsPoint = Pick<Fact, 'id' | 'series' | 'date' | 'precision' | 'value' | 'qualifier' | 'sources'>;
export type Qualifier = NonNullable<Fact['qualifier']>;

/**
 * - `known`: sourced counts cover every month up to the one before the day (months in which the port
 *   could not have returned anyone add nothing);
 * - `floor`: a count is known up to an earlier month only, so the true figure is at least `value`;
 * - `elsewhere`: the port's people are counted with another port's hearing location (`countedWith`);
 * - `none`: no sourced count at all.
 */
export type ReturnsStatus = 'known' | 'floor' | 'elsewhere' | 'none';

export interface ReturnsReading {
  status: ReturnsStatus;
  /** People placed in MPP, as the sources state it (a floor when `status` is `floor`). */
  value: number | null;
  qualifier: Qualifier;
  /** The last month a sourced figure covers (YYYY-MM). */
  asOf: string | null;
  sources: string[];
  /** The port whose hearing-location count includes this port's people. */
  countedWith?: string;
}

export const NO_COUNT: ReturnsReading = { status: 'none', value: null, qualifier: 'exact', asOf: null, sources: [] };

/** The phases in which people were sent to wait in Mexico (the wind-down brought them into the U.S.). */
const RETURN_PHASES = ['mpp1', 'mpp2'] as const;

export function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

export function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

const lastDayOf = (month: string) => addDays(`${nextMonth(month)}-01`, -1);

/**
 * The month a running total stands for: one dated to the month covers that month; one dated to a day
 * counts everything before that day, so it stands for the month of the day before (a total "as of
 * 1 February" is January's).
 */
export function asOfMonth(point: Pick<Fact, 'date' | 'precision'>): string {
  return point.precision === 'month' ? monthOf(point.date) : monthOf(addDays(point.date, -1));
}

/**
 * Whether the port could have returned anyone during a month: a return phase overlaps it. A phase
 * whose start is unknown may have run at any time in its programme's window, so it counts as possible
 * there (and the month's count is then unknown unless a source gives it).
 */
export function mayReturnIn(port: Pick<Port, 'phases'>, month: string, windows: ReturnType<typeof programmeWindows>): boolean {
  const first = `${month}-01`;
  const last = lastDayOf(month);
  return port.phases.some((ph) => {
    if (!(RETURN_PHASES as readonly string[]).includes(ph.phase)) return false;
    const start = ph.start ?? windows[ph.phase].start;
    const end = ph.end ?? windows[ph.phase].end;
    return start <= last && end >= first;
  });
}

const QUALIFIER_RANK: Record<Qualifier, number> = { exact: 0, about: 1, 'more-than': 2, 'at-least': 3 };
/** A sum is as loose as its loosest part ("about 3,000" + "at least 2,000" is at least about 5,000). */
export const looserQualifier = (a: Qualifier, b: Qualifier): Qualifier => (QUALIFIER_RANK[a] >= QUALIFIER_RANK[b] ? a : b);

/** A phase's counts of a port: its monthly counts and its running totals, by month. */
export interface PhaseReturnsData {
  monthly: Map<string, ReturnsPoint>;
  totals: Map<string, ReturnsPoint>;
}

/** The series that count a port's returns, with their points, ready for `portReturnsOn`. */
export interface PortReturnsData {
  phases: Record<ReturnPhase, PhaseReturnsData>;
  countedWith: string | null;
}

export type ReturnPhase = (typeof RETURN_PHASES)[number];

export { RETURNS_MONTHS };

export function portReturnsData(portId: string, series: ReturnsSeries[], points: ReturnsPoint[]): PortReturnsData {
  const phaseData = (phase: ReturnPhase): PhaseReturnsData => {
    const mine = series.filter((s) => s.returns?.port === portId && s.returns.phase === phase);
    const byMonth = (kind: Series['kind'], month: (f: ReturnsPoint) => string) => {
      const ids = new Set(mine.filter((s) => s.kind === kind).map((s) => s.id));
      const map = new Map<string, ReturnsPoint>();
      for (const p of points) if (p.series && ids.has(p.series) && p.value !== undefined) map.set(month(p), p);
      return map;
    };
    return { monthly: byMonth('monthly', (p) => monthOf(p.date)), totals: byMonth('cumulative', asOfMonth) };
  };
  const host = series.find((s) => s.returns?.alsoCovers?.includes(portId));
  return { phases: { mpp1: phaseData('mpp1'), mpp2: phaseData('mpp2') }, countedWith: host?.returns?.port ?? null };
}

/** Whether the port's phase could have returned anyone during a month (see mayReturnIn). */
function phaseMayReturnIn(port: Pick<Port, 'phases'>, phase: ReturnPhase, month: string, windows: ReturnType<typeof programmeWindows>): boolean {
  return mayReturnIn({ phases: port.phases.filter((ph) => ph.phase === phase) }, month, windows);
}

/**
 * A running total dated to a day counts the people placed before that day. It covers its whole
 * month only if that day is past the month's end, or past the end of the port's phase (a total
 * published after the programme ended); otherwise the rest of its month is unknown.
 */
function coversItsMonth(total: ReturnsPoint, port: Pick<Port, 'phases'>, phase: ReturnPhase): boolean {
  if (total.precision === 'month') return true;
  const counted = addDays(total.date, -1);
  const phaseEnd = port.phases.find((ph) => ph.phase === phase)?.end ?? null;
  return counted === lastDayOf(monthOf(counted)) || (phaseEnd !== null && counted >= phaseEnd);
}

/**
 * People placed in one phase through a port up to a day. Walking month by month through the phase's
 * months up to the last month that ended before the day: a running total resets the count, a monthly
 * count adds to it, a month in which the port's phase could not have returned anyone adds nothing,
 * and any other month without a count makes the count unknown from there on (the last known figure
 * remains as a floor). A running total is used only once it was published (its date ≤ day).
 */
export function phaseReturnsOn(
  port: Pick<Port, 'phases'>,
  phase: ReturnPhase,
  data: PhaseReturnsData,
  date: string,
  windows: ReturnType<typeof programmeWindows>
): ReturnsReading {
  const [first, last] = RETURNS_MONTHS[phase];
  const previous = previousMonth(monthOf(date));
  const through = previous < last ? previous : last;
  let value: number | null = 0;
  let qualifier: Qualifier = 'exact';
  let sources: string[] = [];
  let asOf: string | null = null;
  let partial = false;
  let floor: ReturnsReading | null = null;
  for (let month = first; month <= through; month = nextMonth(month)) {
    const total = data.totals.get(month);
    const count = data.monthly.get(month);
    if (total && total.date <= date) {
      value = total.value!;
      qualifier = total.qualifier ?? 'exact';
      sources = [...total.sources];
      asOf = month;
      partial = !coversItsMonth(total, port, phase);
    } else if (count) {
      if (value === null) continue;
      value += count.value!;
      qualifier = looserQualifier(qualifier, count.qualifier ?? 'exact');
      sources = [...new Set([...sources, ...count.sources])];
      asOf = month;
      partial = false;
    } else if (value !== null && phaseMayReturnIn(port, phase, month, windows)) {
      if (asOf !== null) floor = { status: 'floor', value, qualifier, asOf, sources };
      value = null;
    }
  }
  if (value !== null) {
    // Nothing counted and nothing possible: the phase adds nothing (status known, value 0, no as-of).
    if (asOf === null) return { status: 'known', value: 0, qualifier: 'exact', asOf: null, sources: [] };
    return { status: partial ? 'floor' : 'known', value, qualifier, asOf, sources };
  }
  return floor && floor.value! > 0 ? floor : NO_COUNT;
}

/** Adds up readings (phases of a port, or ports of a city): known only if every part is known. */
function addReadings(parts: ReturnsReading[]): ReturnsReading {
  const withValue = parts.filter((r) => r.value !== null && r.asOf !== null);
  if (withValue.length === 0) return parts.some((r) => r.status === 'none') ? NO_COUNT : { status: 'known', value: 0, qualifier: 'exact', asOf: null, sources: [] };
  const value = withValue.reduce((n, r) => n + r.value!, 0);
  const qualifier = withValue.reduce<Qualifier>((q, r) => looserQualifier(q, r.qualifier), 'exact');
  const asOf = withValue.map((r) => r.asOf!).sort().at(-1)!;
  const sources = [...new Set(withValue.flatMap((r) => r.sources))];
  return { status: parts.every((r) => r.status === 'known') ? 'known' : 'floor', value, qualifier, asOf, sources };
}

/** People placed in MPP through a port up to a day: its MPP 1.0 and MPP 2.0 counts added up. */
export function portReturnsOn(
  port: Pick<Port, 'phases'>,
  data: PortReturnsData,
  date: string,
  windows: ReturnType<typeof programmeWindows>
): ReturnsReading {
  const hasOwn = RETURN_PHASES.some((ph) => data.phases[ph].monthly.size + data.phases[ph].totals.size > 0);
  if (data.countedWith && !hasOwn) return { ...NO_COUNT, status: 'elsewhere', countedWith: data.countedWith };
  const sum = addReadings(RETURN_PHASES.map((ph) => phaseReturnsOn(port, ph, data.phases[ph], date, windows)));
  if (sum.asOf === null) return NO_COUNT;
  return sum;
}

/**
 * A city's count: the sum over the ports that sent people there. Known only if every one of them is
 * known; a floor if any is only a floor or has no count; none if no port has a count. A port counted
 * with another port's hearing location adds nothing (its people are in the other count).
 */
export function cityReturnsOn(readings: ReturnsReading[]): ReturnsReading {
  const counted = readings.filter((r) => r.status !== 'elsewhere');
  if (counted.length === 0) return readings[0] ?? NO_COUNT;
  const sum = addReadings(counted);
  return sum.asOf === null ? NO_COUNT : sum;
}

/** The value a script reads (data-returned): the count to date, or empty where none is known. */
export const returnedAttribute = (r: ReturnsReading): string => (r.status === 'known' && r.value !== null ? String(r.value) : '');
