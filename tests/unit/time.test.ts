import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/data/node/loadDataset';
import { addDays, addMonths, compareIsoDates, parseUrlDate, toDayNumber, fromDayNumber, TIMELINE_END, TIMELINE_START, DEFAULT_DATE } from '../../src/lib/time/dates';
import {
  cityStateOn, eventsOn, issuanceOn, nationalOn, nextEvent, pointsOf, portStateOn, previousEvent, programmeWindows, seriesOn, stateLevelOn, transferStateOn
} from '../../src/lib/time/model';

const d = loadDataset();
const windows = programmeWindows(d.ports);
const port = (id: string) => d.ports.find((p) => p.id === id)!;
const statusOf = (id: string, date: string) => portStateOn(port(id), date, windows).status;
const stageOf = (id: string, date: string) => portStateOn(port(id), date, windows).stage;

describe('calendar days', () => {
  it('orders ISO dates as time does, and as localeCompare did', () => {
    const dates = ['2022-08-08', '2019-01-29', '2019-01', '2019-01-02', '2019-10-01', '2019', '2019-01-10', '2021-02-19', '2019-01-02'];
    const expected = ['2019', '2019-01', '2019-01-02', '2019-01-02', '2019-01-10', '2019-01-29', '2019-10-01', '2021-02-19', '2022-08-08'];
    expect([...dates].sort(compareIsoDates)).toEqual(expected);
    expect([...dates].sort((a, b) => a.localeCompare(b))).toEqual(expected);
    expect(compareIsoDates('2020-01-15', '2020-01-15')).toBe(0);
  });

  it('round-trips day numbers and adds days across month and year ends', () => {
    expect(fromDayNumber(toDayNumber('2019-07-19'))).toBe('2019-07-19');
    expect(addDays('2019-12-31', 1)).toBe('2020-01-01');
    expect(addDays('2020-03-01', -1)).toBe('2020-02-29');
  });
  it('adds months, clamping to the last day of a short month', () => {
    expect(addMonths('2019-01-31', 1)).toBe('2019-02-28');
    expect(addMonths('2020-01-31', 1)).toBe('2020-02-29');
    expect(addMonths('2019-12-15', 1)).toBe('2020-01-15');
    expect(addMonths('2019-03-15', -3)).toBe('2018-12-15');
  });
  it('reads URL dates and falls back to the nearest valid one', () => {
    expect(parseUrlDate('2019-07-19')).toEqual({ ok: true, date: '2019-07-19' });
    expect(parseUrlDate('2019-07')).toEqual({ ok: true, date: '2019-07-01' });
    expect(parseUrlDate('2017-05-01')).toEqual({ ok: false, reason: 'out-of-range', date: TIMELINE_START });
    expect(parseUrlDate('2031-01-01')).toEqual({ ok: false, reason: 'out-of-range', date: TIMELINE_END });
    expect(parseUrlDate('2019-02-30')).toEqual({ ok: false, reason: 'invalid', date: DEFAULT_DATE });
    expect(parseUrlDate('<script>')).toEqual({ ok: false, reason: 'invalid', date: DEFAULT_DATE });
    expect(parseUrlDate('')).toEqual({ ok: false, reason: 'invalid', date: DEFAULT_DATE });
  });
});

describe('port status on a day', () => {
  it('San Ysidro: MPP 1.0 from 28 Jan 2019 through 21 Jan 2021, inclusive', () => {
    expect(stageOf('san-ysidro', '2019-01-27')).toBe('not-yet');
    expect(statusOf('san-ysidro', '2019-01-27')).toBe('inactive');
    expect(statusOf('san-ysidro', '2019-01-28')).toBe('mpp1');
    expect(statusOf('san-ysidro', '2021-01-21')).toBe('mpp1');
    expect(statusOf('san-ysidro', '2021-01-22')).toBe('inactive');
    expect(stageOf('san-ysidro', '2021-01-22')).toBe('between');
  });
  it('San Ysidro: wind-down from 19 Feb 2021 to about 24 Aug 2021, marked approximate', () => {
    expect(statusOf('san-ysidro', '2021-02-18')).toBe('inactive');
    const wd = portStateOn(port('san-ysidro'), '2021-02-19', windows);
    expect(wd.status).toBe('winddown');
    expect(wd.approximate).toBe(true);
    expect(statusOf('san-ysidro', '2021-08-24')).toBe('winddown');
    expect(statusOf('san-ysidro', '2021-08-25')).toBe('inactive');
  });
  it('MPP 2.0 starts at El Paso on 6 Dec 2021 and ends everywhere on 8 Aug 2022', () => {
    expect(statusOf('el-paso', '2021-12-05')).toBe('inactive');
    expect(statusOf('el-paso', '2021-12-06')).toBe('mpp2');
    expect(statusOf('san-ysidro', '2022-01-02')).toBe('inactive');
    expect(statusOf('san-ysidro', '2022-01-03')).toBe('mpp2');
    expect(statusOf('brownsville', '2022-08-08')).toBe('mpp2');
    expect(stageOf('brownsville', '2022-08-09')).toBe('ended');
  });
  it('the expansion: El Paso 19 Mar 2019, Laredo 9 Jul, Brownsville 19 Jul, Eagle Pass 28 Oct, Nogales 2 Jan 2020', () => {
    expect([statusOf('el-paso', '2019-03-18'), statusOf('el-paso', '2019-03-19')]).toEqual(['inactive', 'mpp1']);
    expect([statusOf('laredo', '2019-07-08'), statusOf('laredo', '2019-07-09')]).toEqual(['inactive', 'mpp1']);
    expect([statusOf('brownsville', '2019-07-18'), statusOf('brownsville', '2019-07-19')]).toEqual(['inactive', 'mpp1']);
    expect([statusOf('eagle-pass', '2019-10-27'), statusOf('eagle-pass', '2019-10-28')]).toEqual(['inactive', 'mpp1']);
    expect([statusOf('nogales', '2020-01-01'), statusOf('nogales', '2020-01-02')]).toEqual(['inactive', 'mpp1']);
  });
  it('Calexico: MPP 1.0 known only to the month is approximate; its MPP 2.0 listing is unconfirmed, never active', () => {
    const march = portStateOn(port('calexico'), '2019-03-10', windows);
    expect(march.status).toBe('mpp1');
    expect(march.approximate).toBe(true);
    const mpp2 = portStateOn(port('calexico'), '2022-03-01', windows);
    expect(mpp2.status).toBe('inactive');
    expect(mpp2.unconfirmed?.phase).toBe('mpp2');
    // Not "over" while the MPP 2.0 listing it is part of was still running.
    expect(mpp2.stage).toBe('between');
    expect(stageOf('calexico', '2022-08-09')).toBe('ended');
  });
  it('Hidalgo is never a return port: only wind-down entries from 22 Mar 2021', () => {
    for (const date of ['2019-08-01', '2020-06-01', '2022-03-01']) expect(statusOf('hidalgo', date)).toBe('inactive');
    expect(statusOf('hidalgo', '2021-03-22')).toBe('winddown');
  });
  it('a city takes the most active state of its ports', () => {
    const juarez = d.cities.find((c) => c.id === 'ciudad-juarez')!;
    expect(cityStateOn(juarez, d.ports, '2022-03-01', windows)).toMatchObject({ status: 'mpp2', ports: ['el-paso'] });
    const reynosa = d.cities.find((c) => c.id === 'reynosa')!;
    expect(cityStateOn(reynosa, d.ports, '2021-04-01', windows).status).toBe('winddown');
  });
});

describe('advisory level on a day', () => {
  it('takes effect on the day of the issuance', () => {
    expect(stateLevelOn(d.advisories, 'MX-BCN', '2021-06-16')).toBe(2);
    expect(stateLevelOn(d.advisories, 'MX-BCN', '2021-06-17')).toBe(3);
    expect(stateLevelOn(d.advisories, 'MX-NLE', '2021-06-16')).toBe(3);
    expect(stateLevelOn(d.advisories, 'MX-NLE', '2021-06-17')).toBe(2);
    expect(stateLevelOn(d.advisories, 'MX-COA', '2022-08-16')).toBe(3);
    expect(stateLevelOn(d.advisories, 'MX-COA', '2022-08-17')).toBe(2);
    expect(stateLevelOn(d.advisories, 'MX-ZAC', '2022-08-17')).toBe(4);
  });
  it('Tamaulipas is "Do Not Travel" for the whole timeline', () => {
    for (let date = TIMELINE_START; date <= TIMELINE_END; date = addMonths(date, 1)) expect(stateLevelOn(d.advisories, 'MX-TAM', date)).toBe(4);
  });
  it('has no issuance before the four-level system', () => {
    expect(issuanceOn(d.advisories, '2017-12-31')).toBeNull();
    expect(issuanceOn(d.advisories, '2018-01-10')?.date).toBe('2018-01-10');
  });
  it('keeps the COVID-era national headline apart from state levels', () => {
    expect(nationalOn(d.advisories, '2020-08-06')?.level).toBe(4);
    expect(stateLevelOn(d.advisories, 'MX-BCN', '2020-08-06')).toBe(2);
    expect(nationalOn(d.advisories, '2020-04-01')?.reason.en).toMatch(/[Gg]lobal/);
  });
});

describe('transfers and series on a day', () => {
  it('Tucson sector → El Paso → Ciudad Juárez from 22 Nov 2019 to 2 Jan 2020', () => {
    const t = d.transfers.find((x) => x.id === 'tucson-sector-el-paso-2019')!;
    expect(transferStateOn(t, '2019-11-21', windows).active).toBe(false);
    expect(transferStateOn(t, '2019-11-22', windows).active).toBe(true);
    expect(transferStateOn(t, '2020-01-02', windows).active).toBe(true);
    expect(transferStateOn(t, '2020-01-03', windows).active).toBe(false);
  });
  it('an open-ended transfer is marked as such', () => {
    const t = d.transfers.find((x) => x.id === 'nuevo-laredo-monterrey-2019')!;
    const s = transferStateOn(t, '2019-09-01', windows);
    expect(s).toMatchObject({ active: true, endUnknown: true, approximate: true });
  });
  it('a running tally shows its latest point with its date, never before the first', () => {
    const hrf = pointsOf(d.facts, { id: 'hrf-attacks' });
    expect(seriesOn(hrf, 'cumulative', '2019-08-25')).toEqual({ point: null, noData: true });
    expect(seriesOn(hrf, 'cumulative', '2019-08-26').point?.value).toBe(141);
    expect(seriesOn(hrf, 'cumulative', '2019-11-30').point?.value).toBe(340);
    expect(seriesOn(hrf, 'cumulative', '2022-05-01').point?.date).toBe('2021-02-19');
  });
  it('a monthly count is shown only in its month; a snapshot series not after its last point', () => {
    const cbp = pointsOf(d.facts, { id: 'cbp-enrollments' });
    expect(seriesOn(cbp, 'monthly', '2020-03-20').point?.date.slice(0, 7)).toBe('2020-03');
    expect(seriesOn(cbp, 'monthly', '2019-12-20').noData).toBe(true);
    const camp = pointsOf(d.facts, { id: 'matamoros-camp' });
    expect(seriesOn(camp, 'snapshot', '2021-03-07').noData).toBe(true);
    expect(seriesOn(camp, 'snapshot', '2020-02-01').point?.value).toBe(2500);
  });
  it('an event known only to the month belongs to every day of that month', () => {
    const paused = d.events.find((e) => e.id === '2022-03-01-laredo-returns-paused')!;
    expect(paused.precision).toBe('month');
    expect(eventsOn(d.events, '2022-03-17').map((e) => e.id)).toContain(paused.id);
    expect(eventsOn(d.events, '2022-04-01').map((e) => e.id)).not.toContain(paused.id);
  });

  it('finds the next and previous events', () => {
    expect(nextEvent(d.events, '2019-01-28')?.date).toBe('2019-01-29');
    expect(previousEvent(d.events, '2019-01-29')?.date).toBe('2019-01-28');
    expect(nextEvent(d.events, '2022-08-08')).toBeNull();
  });
});
