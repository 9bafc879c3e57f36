// Validates the MPP source files together: each file against its schema, then the rules that span
// files or need geography. Every message names the file, the record and the field.
import { booleanPointInPolygon, distance, pointToPolygonDistance } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { z } from 'zod';
import { FILE_SCHEMAS, DATA_FILES, type DataFileName, type Dataset } from './schema.ts';
import { RETURNS_MONTHS } from './codes.ts';
import { addDays } from '../time/dates.ts';

export interface DataError {
  file: string;
  /** The record's id (or date for issuances), when the problem is inside one record. */
  record: string | null;
  field: string;
  message: string;
}

export function formatError(e: DataError, dir = 'geodata/mpp'): string {
  const where = [e.record, e.field].filter(Boolean).join(' › ');
  return `${dir}/${e.file}${where ? ` › ${where}` : ''}: ${e.message}`;
}

export type StateFeature = Feature<Polygon | MultiPolygon, { iso: string }>;

/** Rules that are project decisions rather than schema shapes; see docs/data.md, "Validation". */
export const RULES = {
  /** Dates of the MPP record (phases, transfers, events, facts) fall in this window. */
  recordWindow: ['2018-12-01', '2023-12-31'],
  /** Advisories start with the four-level system of 2018-01-10, before MPP. */
  advisoryWindow: ['2018-01-01', '2023-12-31'],
  /** A port of entry and the city it returned people to are this close. */
  maxPortCityKm: 30,
  /**
   * How far outside its U.S. state polygon a port may be drawn: ports sit at the river or fence line,
   * and the 1:10m Natural Earth border is 1–3 km off along the Rio Grande.
   */
  portBorderToleranceKm: 4
} as const;

type Raw = Partial<Record<DataFileName, unknown>>;

function recordLabel(value: unknown, index: number): string {
  if (value && typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (typeof v.id === 'string') return v.id;
    if (typeof v.date === 'string') return v.date;
    if (typeof v.start === 'string') return v.start;
  }
  return `#${index}`;
}

/** Turns a zod issue path into "record › field", naming records by id instead of array index. */
function locate(data: unknown, path: PropertyKey[]): { record: string | null; field: string } {
  let cursor: unknown = data;
  let record: string | null = null;
  const field: string[] = [];
  path.forEach((key, i) => {
    const next = cursor && typeof cursor === 'object' ? (cursor as Record<PropertyKey, unknown>)[key] : undefined;
    if (typeof key === 'number') {
      const label = recordLabel(next, key);
      if (record === null && (i === 0 || (i === 1 && typeof path[0] === 'string'))) {
        record = i === 1 ? `${String(path[0])}[${label}]` : label;
        field.length = 0;
      } else field.push(`[${label}]`);
    } else field.push(String(key));
    cursor = next;
  });
  return { record, field: field.join('.').replace(/\.\[/g, '[') };
}

export function validateDataset(raw: Raw, states: StateFeature[]): { errors: DataError[]; dataset: Dataset | null } {
  const errors: DataError[] = [];
  const err = (file: string, record: string | null, field: string, message: string) => errors.push({ file, record, field, message });

  const parsed: Partial<Record<DataFileName, unknown>> = {};
  for (const file of DATA_FILES) {
    if (!(file in raw)) {
      err(file, null, '', 'file is missing');
      continue;
    }
    const result = (FILE_SCHEMAS[file] as z.ZodType).safeParse(raw[file]);
    if (result.success) parsed[file] = result.data;
    else for (const issue of result.error.issues) {
      const { record, field } = locate(raw[file], issue.path);
      err(file, record, field, issue.message);
    }
  }
  if (errors.length > 0) return { errors, dataset: null };
  const d: Dataset = {
    sources: parsed['sources.json'] as Dataset['sources'],
    ports: parsed['ports.json'] as Dataset['ports'],
    cities: parsed['cities.json'] as Dataset['cities'],
    transfers: parsed['transfers.json'] as Dataset['transfers'],
    advisories: parsed['advisories.json'] as Dataset['advisories'],
    events: parsed['events.json'] as Dataset['events'],
    series: parsed['series.json'] as Dataset['series'],
    facts: parsed['facts.json'] as Dataset['facts']
  };

  // Ids are unique within each file.
  const lists: [DataFileName, { id: string }[]][] = [
    ['sources.json', d.sources], ['ports.json', d.ports], ['cities.json', d.cities], ['transfers.json', d.transfers],
    ['events.json', d.events], ['series.json', d.series], ['facts.json', d.facts]
  ];
  for (const [file, items] of lists) {
    const seen = new Set<string>();
    for (const item of items) {
      if (seen.has(item.id)) err(file, item.id, 'id', 'this id is used twice in the file');
      seen.add(item.id);
    }
  }

  const cityIds = new Set(d.cities.map((c) => c.id));
  const portIds = new Set(d.ports.map((p) => p.id));
  // A transfer names a city or a port by id alone, and the map keeps ports and cities in one source
  // keyed by id, so the two files may not share an id.
  for (const p of d.ports) if (cityIds.has(p.id)) err('ports.json', p.id, 'id', 'this id is also a city id in cities.json');
  const seriesIds = new Set(d.series.map((s) => s.id));

  // References between files resolve.
  for (const p of d.ports) {
    if (!cityIds.has(p.city)) err('ports.json', p.id, 'city', `no city "${p.city}" in cities.json`);
    if (p.court !== null && p.courtSources.length === 0) err('ports.json', p.id, 'courtSources', 'must cite at least one source for the court');
  }
  for (const t of d.transfers) {
    if (!cityIds.has(t.from) && !portIds.has(t.from)) err('transfers.json', t.id, 'from', `no city or port "${t.from}"`);
    if (!cityIds.has(t.to)) err('transfers.json', t.id, 'to', `no city "${t.to}" in cities.json`);
    if (t.via && !portIds.has(t.via)) err('transfers.json', t.id, 'via', `no port "${t.via}" in ports.json`);
  }
  // The wording writes numbers as the app does (formatNumber: 1,234 in English and Mexican Spanish),
  // so a page never mixes "3 768" with "16,300".
  const spacedThousands = /\d[\u00a0\u202f\u2009]\d{3}(?!\d)/;
  for (const f of d.facts) {
    for (const lang of ['en', 'es'] as const) {
      if (spacedThousands.test(f.text[lang])) err('facts.json', f.id, `text.${lang}`, 'groups thousands with a space; write 1,234 as the map does');
    }
  }
  for (const f of d.facts) {
    if (f.city !== null && !cityIds.has(f.city)) err('facts.json', f.id, 'city', `no city "${f.city}" in cities.json`);
    if (f.series && !seriesIds.has(f.series)) err('facts.json', f.id, 'series', `no series "${f.series}" in series.json`);
    if (f.series && f.value === undefined) err('facts.json', f.id, 'value', 'a point of a series needs a value');
  }

  // Every cited source exists, and every source is cited.
  const sourceIds = new Set(d.sources.map((s) => s.id));
  const cited = new Set<string>();
  const cite = (file: string, record: string, field: string, ids: string[]) => {
    for (const sid of ids) {
      cited.add(sid);
      if (!sourceIds.has(sid)) err(file, record, field, `source "${sid}" is not in sources.json`);
    }
  };
  for (const p of d.ports) {
    cite('ports.json', p.id, 'courtSources', p.courtSources);
    p.phases.forEach((ph) => {
      cite('ports.json', p.id, `phases[${ph.phase}].sources`, ph.sources);
      for (const a of ph.alternatives ?? []) cite('ports.json', p.id, `phases[${ph.phase}].alternatives.sources`, a.sources);
    });
  }
  for (const c of d.cities) {
    cite('cities.json', c.id, 'sources', c.sources);
    if (c.population) cite('cities.json', c.id, 'population.sources', c.population.sources);
  }
  for (const t of d.transfers) cite('transfers.json', t.id, 'sources', t.sources);
  for (const i of d.advisories.issuances) cite('advisories.json', `issuances[${i.date}]`, 'sources', i.sources);
  for (const n of d.advisories.national) cite('advisories.json', `national[${n.start}]`, 'sources', n.sources);
  for (const u of d.advisories.unconfirmed) cite('advisories.json', `unconfirmed[${u.date}]`, 'sources', u.sources);
  for (const e of d.events) cite('events.json', e.id, 'sources', e.sources);
  for (const s of d.series) cite('series.json', s.id, 'sources', s.sources);
  for (const f of d.facts) cite('facts.json', f.id, 'sources', f.sources);
  for (const s of d.sources) if (!cited.has(s.id)) err('sources.json', s.id, 'id', 'this source is not cited anywhere; remove it or cite it');

  // Dates: a null date is "unknown" and a known one is not; start ≤ end; within the window.
  const inWindow = (file: string, record: string, field: string, date: string | null | undefined, [lo, hi]: readonly [string, string] = RULES.recordWindow) => {
    if (date && (date < lo || date > hi)) err(file, record, field, `${date} is outside ${lo} … ${hi}`);
  };
  const checkSpan = (
    file: string,
    record: string,
    prefix: string,
    s: { start: string | null; end: string | null; startPrecision: string; endPrecision: string }
  ) => {
    for (const side of ['start', 'end'] as const) {
      const value = s[side];
      const prec = s[`${side}Precision`];
      if (value === null && prec !== 'unknown') err(file, record, `${prefix}${side}Precision`, `${side} is null, so its precision must be "unknown"`);
      if (value !== null && prec === 'unknown') err(file, record, `${prefix}${side}Precision`, `${side} is ${value}, so its precision cannot be "unknown"`);
      inWindow(file, record, `${prefix}${side}`, value);
    }
    if (s.start && s.end && s.start > s.end) err(file, record, `${prefix}end`, `end ${s.end} is before start ${s.start}`);
  };

  for (const p of d.ports) {
    const seen = new Set<string>();
    for (const ph of p.phases) {
      if (seen.has(ph.phase)) err('ports.json', p.id, `phases[${ph.phase}]`, 'this phase is listed twice');
      seen.add(ph.phase);
      checkSpan('ports.json', p.id, `phases[${ph.phase}].`, ph);
      for (const a of ph.alternatives ?? []) inWindow('ports.json', p.id, `phases[${ph.phase}].alternatives.date`, a.date);
    }
    // Phases of one port do not overlap. An unknown date cannot be checked: an open end is read as
    // "ended by the time the next phase started" (see the time model).
    const known = p.phases.filter((ph) => ph.start).sort((a, b) => a.start!.localeCompare(b.start!));
    for (let i = 1; i < known.length; i++) {
      const prev = known[i - 1]!;
      const cur = known[i]!;
      if (prev.end !== null && prev.end >= cur.start!)
        err('ports.json', p.id, `phases[${cur.phase}].start`, `${cur.phase} starts ${cur.start}, on or before the day ${prev.phase} ends (${prev.end})`);
    }
    if (!p.returnPort && p.phases.some((ph) => ph.phase !== 'winddown'))
      err('ports.json', p.id, 'phases', 'a port that was never a return port can only have a wind-down phase');
  }
  for (const t of d.transfers) {
    checkSpan('transfers.json', t.id, '', t);
    inWindow('transfers.json', t.id, 'reportedOn', t.reportedOn);
  }
  for (const e of d.events) inWindow('events.json', e.id, 'date', e.date);
  for (const f of d.facts) inWindow('facts.json', f.id, 'date', f.date);

  const iss = d.advisories.issuances;
  iss.forEach((i, k) => {
    inWindow('advisories.json', `issuances[${i.date}]`, 'date', i.date, RULES.advisoryWindow);
    if (k > 0 && iss[k - 1]!.date >= i.date) err('advisories.json', `issuances[${i.date}]`, 'date', 'issuances must be in date order, one per day');
  });
  const nat = d.advisories.national;
  nat.forEach((n, k) => {
    const rec = `national[${n.start}]`;
    inWindow('advisories.json', rec, 'start', n.start, RULES.advisoryWindow);
    inWindow('advisories.json', rec, 'end', n.end, RULES.advisoryWindow);
    if (n.end && n.end < n.start) err('advisories.json', rec, 'end', `end ${n.end} is before start ${n.start}`);
    const prev = nat[k - 1];
    if (prev && (prev.end === null || prev.end >= n.start)) err('advisories.json', rec, 'start', `overlaps the period starting ${prev.start}`);
  });

  // Geography: cities inside the Mexican state they name, ports in their U.S. state, pairs close.
  const byIso = new Map(states.map((s) => [s.properties.iso, s]));
  for (const c of d.cities) {
    const state = byIso.get(c.state);
    if (!state) err('cities.json', c.id, 'state', `${c.state} is not in the basemap boundaries`);
    else if (!booleanPointInPolygon([c.lon, c.lat], state)) {
      const actual = states.find((s) => booleanPointInPolygon([c.lon, c.lat], s))?.properties.iso ?? 'no state';
      err('cities.json', c.id, 'lon/lat', `(${c.lon}, ${c.lat}) is not inside ${c.state} (it falls in ${actual})`);
    }
  }
  for (const p of d.ports) {
    const state = byIso.get(`US-${p.state}`);
    if (!state) {
      err('ports.json', p.id, 'state', `US-${p.state} is not in the basemap boundaries`);
      continue;
    }
    const inside = booleanPointInPolygon([p.lon, p.lat], state);
    const off = inside ? 0 : pointToPolygonDistance([p.lon, p.lat], state, { units: 'kilometers' });
    if (off > RULES.portBorderToleranceKm)
      err('ports.json', p.id, 'lon/lat', `(${p.lon}, ${p.lat}) is ${off.toFixed(1)} km outside US-${p.state}; a port must lie in its U.S. state`);
    const city = d.cities.find((c) => c.id === p.city);
    if (city) {
      const km = distance([p.lon, p.lat], [city.lon, city.lat], { units: 'kilometers' });
      if (km >= RULES.maxPortCityKm) err('ports.json', p.id, 'city', `${p.city} is ${km.toFixed(0)} km away; a port and its city must be < ${RULES.maxPortCityKm} km apart`);
    }
  }

  checkReturns(d, err);

  return errors.length ? { errors, dataset: null } : { errors, dataset: d };
}

/**
 * Returns series (series.json `returns`, docs/data.md): they name a return port that had the phase,
 * their points sit on the port's city, a monthly count is one whole month inside its phase's months
 * (once), and a port's monthly counts never add up to more than a total stated for it as exact or
 * approximate by then.
 */
function checkReturns(d: Dataset, err: (file: string, record: string | null, field: string, message: string) => void) {
  const portById = new Map(d.ports.map((p) => [p.id, p]));
  const returnsSeries = d.series.filter((s) => s.returns);
  for (const s of returnsSeries) {
    const r = s.returns!;
    const port = portById.get(r.port);
    if (!port) {
      err('series.json', s.id, 'returns.port', `no port "${r.port}" in ports.json`);
      continue;
    }
    if (!port.returnPort) err('series.json', s.id, 'returns.port', `${r.port} was never a return port`);
    else if (!port.phases.some((ph) => ph.phase === r.phase)) err('series.json', s.id, 'returns.phase', `${r.port} has no ${r.phase} phase in ports.json`);
    for (const other of r.alsoCovers ?? []) {
      if (!portById.has(other)) err('series.json', s.id, 'returns.alsoCovers', `no port "${other}" in ports.json`);
      else if (other === r.port) err('series.json', s.id, 'returns.alsoCovers', `${other} is the series' own port`);
    }
    if (s.kind === 'snapshot') err('series.json', s.id, 'kind', 'a returns series is monthly or cumulative, not a snapshot');

    const points = d.facts.filter((f) => f.series === s.id);
    const [first, last] = RETURNS_MONTHS[r.phase];
    const months = new Set<string>();
    for (const f of points) {
      if (f.city !== port.city) err('facts.json', f.id, 'city', `a point of ${s.id} must be on ${port.city}, the city of ${r.port}`);
      if (f.value !== undefined && (!Number.isInteger(f.value) || f.value < 0)) err('facts.json', f.id, 'value', 'a count of people is a whole number, 0 or more');
      if (s.kind !== 'monthly') continue;
      const month = f.date.slice(0, 7);
      if (f.precision !== 'month' || !f.date.endsWith('-01')) err('facts.json', f.id, 'precision', 'a monthly count is dated to the first of its month with precision "month"');
      if (month < first || month > last) err('facts.json', f.id, 'date', `${month} is outside ${r.phase}'s months (${first} … ${last})`);
      if (months.has(month)) err('facts.json', f.id, 'date', `${s.id} already has a count for ${month}`);
      months.add(month);
    }
  }
  // A port's monthly counts up to a stated total's month add up to no more than that total.
  for (const total of returnsSeries.filter((s) => s.kind === 'cumulative')) {
    const monthlyIds = new Set(returnsSeries.filter((s) => s.kind === 'monthly' && s.returns!.port === total.returns!.port && s.returns!.phase === total.returns!.phase).map((s) => s.id));
    for (const t of d.facts.filter((f) => f.series === total.id && f.value !== undefined)) {
      if (t.qualifier === 'at-least' || t.qualifier === 'more-than') continue;
      const asOf = t.precision === 'month' ? t.date.slice(0, 7) : addDays(t.date, -1).slice(0, 7);
      const sum = d.facts.filter((f) => f.series && monthlyIds.has(f.series) && f.date.slice(0, 7) <= asOf).reduce((n, f) => n + (f.value ?? 0), 0);
      if (sum > t.value!) err('facts.json', t.id, 'value', `${total.returns!.port}'s monthly counts to ${asOf} add up to ${sum}, more than this total of ${t.value}`);
    }
  }
}
