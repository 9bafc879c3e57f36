// People placed in MPP to date, per port and city: month boundaries, gaps, running totals, unknowns.
import { describe, expect, it } from 'vitest';
import type { Port } from '../../src/lib/data/schema';
import { programmeWindows } from '../../src/lib/time/model';
import {
  asOfMonth,
  cityReturnsOn,
  mayReturnIn,
  portReturnsData,
  portReturnsOn,
  returnedAttribute,
  type ReturnsPoint,
  type ReturnsSeries
} from '../../src/lib/time/returns';
import { loadDataset } from '../../src/lib/data/node/loadDataset';

const phase = (p: Partial<Port['phases'][number]> & Pick<Port['phases'][number], 'phase'>) => ({
  start: null,
  startPrecision: 'unknown' as const,
  end: null,
  endPrecision: 'unknown' as const,
  sources: ['s'],
  ...p
});
const port = (id: string, phases: Port['phases']): Port => ({
  id,
  name: { en: id, es: id },
  state: 'TX',
  lon: 0,
  lat: 0,
  city: `${id}-city`,
  court: null,
  courtSources: [],
  returnPort: true,
  phases
});

// A port whose MPP 1.0 ran March 2019 – January 2021 and whose MPP 2.0 ran December 2021 – August 2022.
const A = port('a', [
  phase({ phase: 'mpp1', start: '2019-03-10', startPrecision: 'day', end: '2021-01-21', endPrecision: 'day' }),
  phase({ phase: 'mpp2', start: '2021-12-06', startPrecision: 'day', end: '2022-08-08', endPrecision: 'day' })
]);
// A port with no MPP 2.0 and no counts of its own: counted with A's hearing location.
const B = port('b', [phase({ phase: 'mpp1', start: '2019-10-28', startPrecision: 'day', end: '2021-01-21', endPrecision: 'day' })]);
const windows = programmeWindows([A, B]);

const series: ReturnsSeries[] = [
  { id: 'a-monthly', kind: 'monthly', returns: { port: 'a', phase: 'mpp1' } },
  { id: 'a-total', kind: 'cumulative', returns: { port: 'a', phase: 'mpp1', alsoCovers: ['b'] } },
  { id: 'a-mpp2', kind: 'cumulative', returns: { port: 'a', phase: 'mpp2' } }
];
const monthly = (month: string, value: number): ReturnsPoint => ({ id: `m-${month}`, series: 'a-monthly', date: `${month}-01`, precision: 'month', value, sources: [`src-${month}`] });
const points: ReturnsPoint[] = [
  monthly('2019-03', 10),
  monthly('2019-04', 100),
  monthly('2019-05', 1000),
  // No count for June 2019: a gap.
  { id: 't-2021', series: 'a-total', date: '2021-02-01', precision: 'day', value: 5000, qualifier: 'more-than', sources: ['total'] },
  { id: 'mpp2-feb', series: 'a-mpp2', date: '2022-02-08', precision: 'day', value: 250, sources: ['feb'] },
  { id: 'mpp2-end', series: 'a-mpp2', date: '2022-08-11', precision: 'day', value: 1350, sources: ['end'] }
];
const dataA = portReturnsData('a', series, points);
const on = (date: string) => portReturnsOn(A, dataA, date, windows);

describe('people placed in MPP through a port, to date', () => {
  it('has no count before the port returned anyone', () => {
    expect(on('2019-02-15')).toMatchObject({ status: 'none', value: null });
    expect(returnedAttribute(on('2019-02-15'))).toBe('');
  });

  it('adds up the months that ended before the day (a month counts from the first of the next)', () => {
    // On 31 March, March has not ended: nothing is counted yet.
    expect(on('2019-03-31')).toMatchObject({ status: 'none' });
    expect(on('2019-04-01')).toMatchObject({ status: 'known', value: 10, asOf: '2019-03' });
    expect(on('2019-04-30')).toMatchObject({ status: 'known', value: 10, asOf: '2019-03' });
    expect(on('2019-05-01')).toMatchObject({ status: 'known', value: 110, asOf: '2019-04', sources: ['src-2019-03', 'src-2019-04'] });
    expect(on('2019-06-01')).toMatchObject({ status: 'known', value: 1110, asOf: '2019-05' });
    expect(returnedAttribute(on('2019-06-01'))).toBe('1110');
  });

  it('keeps the last count as a floor, not a value, across a month with no count', () => {
    const r = on('2019-07-01');
    expect(r).toMatchObject({ status: 'floor', value: 1110, asOf: '2019-05' });
    expect(returnedAttribute(r)).toBe('');
    expect(on('2020-06-15')).toMatchObject({ status: 'floor', value: 1110 });
  });

  it('resets to a running total once published, and reads a total of 1 February as January\'s', () => {
    expect(asOfMonth({ date: '2021-02-01', precision: 'day' })).toBe('2021-01');
    expect(asOfMonth({ date: '2019-11-01', precision: 'month' })).toBe('2019-11');
    // The total is dated 1 February 2021: not yet there on 31 January.
    expect(on('2021-01-31')).toMatchObject({ status: 'floor', value: 1110 });
    expect(on('2021-02-01')).toMatchObject({ status: 'known', value: 5000, qualifier: 'more-than', asOf: '2021-01', sources: ['total'] });
  });

  it('adds nothing for months in which the port returned no one (between the programmes)', () => {
    expect(on('2021-11-30')).toMatchObject({ status: 'known', value: 5000, asOf: '2021-01' });
  });

  it('reads a running total dated mid-month as a floor for its month, and adds the phases up', () => {
    // MPP 2.0 began in December 2021; nothing is known of it until the total of 8 February.
    expect(on('2022-01-15')).toMatchObject({ status: 'floor', value: 5000 });
    expect(on('2022-03-01')).toMatchObject({ status: 'floor', value: 5250, asOf: '2022-02' });
    // March to July 2022 have no count.
    expect(on('2022-08-01')).toMatchObject({ status: 'floor', value: 5250 });
    // The last total, published after MPP 2.0 ended on 8 August, covers the whole phase.
    expect(on('2022-09-01')).toMatchObject({ status: 'known', value: 6350, qualifier: 'more-than', asOf: '2022-08' });
  });

  it('says when a port is counted with another port\'s hearing location', () => {
    const b = portReturnsOn(B, portReturnsData('b', series, points), '2020-06-01', windows);
    expect(b).toMatchObject({ status: 'elsewhere', countedWith: 'a', value: null });
    expect(returnedAttribute(b)).toBe('');
  });

  it('treats a phase with an unknown start as possibly running throughout its programme', () => {
    const C = port('c', [phase({ phase: 'mpp2', end: '2022-08-08', endPrecision: 'day' })]);
    const w = programmeWindows([A, C]);
    expect(mayReturnIn(C, '2021-12', w)).toBe(true);
    expect(mayReturnIn(C, '2021-06', w)).toBe(false);
    expect(mayReturnIn(A, '2021-06', w)).toBe(false);
    expect(mayReturnIn(A, '2021-01', w)).toBe(true);
  });
});

describe("a city's count", () => {
  const known = (value: number, asOf: string) => ({ status: 'known' as const, value, qualifier: 'exact' as const, asOf, sources: ['x'] });
  it('adds its ports up when every one is known', () => {
    expect(cityReturnsOn([known(10, '2019-03'), known(5, '2019-04')])).toMatchObject({ status: 'known', value: 15, asOf: '2019-04' });
  });
  it('is a floor when any port has no count', () => {
    expect(cityReturnsOn([known(10, '2019-03'), { status: 'none', value: null, qualifier: 'exact', asOf: null, sources: [] }])).toMatchObject({ status: 'floor', value: 10 });
  });
  it('is no count (not zero) when no port has one', () => {
    expect(cityReturnsOn([{ status: 'none', value: null, qualifier: 'exact', asOf: null, sources: [] }])).toMatchObject({ status: 'none', value: null });
  });
});

describe('the dataset read through the returns model', () => {
  const d = loadDataset();
  const w = programmeWindows(d.ports);
  const read = (portId: string, date: string) => {
    const p = d.ports.find((x) => x.id === portId)!;
    const pts = d.facts.filter((f) => f.series);
    return portReturnsOn(p, portReturnsData(portId, d.series, pts), date, w);
  };
  it('gives TRAC\'s El Paso cases through July 2019 on 1 August 2019', () => {
    expect(read('el-paso', '2019-08-01')).toMatchObject({ status: 'known', value: 0 + 0 + 71 + 1169 + 2189 + 3425 + 3768, asOf: '2019-07' });
  });
  it('has no count of its own for Nogales, whose people were heard in El Paso', () => {
    expect(read('nogales', '2020-03-01')).toMatchObject({ status: 'elsewhere', countedWith: 'el-paso' });
  });
  it('gives Brownsville its MPP 1.0 total once MPP 1.0 is over, and a floor during MPP 2.0', () => {
    expect(read('brownsville', '2021-06-01')).toMatchObject({ status: 'known', value: 16400, qualifier: 'more-than' });
    expect(read('brownsville', '2022-06-01')).toMatchObject({ status: 'floor', value: 16400 });
  });
});
