// The open-data files published at /data/*. Their paths and shapes are a public interface that
// researchers script against (documented in docs/data.md): add fields if needed, never rename or remove.
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Dataset, Phase, Precision, Port } from './schema';
import { MEXICAN_STATE_CODES } from './codes';

const PRECISION_RANK: Record<Precision, number> = { day: 0, month: 1, approximate: 2, unknown: 3 };

/** One precision per phase: "unknown" without a start date, else the weaker of its known dates. */
export function phasePrecision(phase: Pick<Phase, 'start' | 'end' | 'startPrecision' | 'endPrecision'>): Precision {
  if (phase.start === null) return 'unknown';
  if (phase.end === null) return phase.startPrecision;
  return PRECISION_RANK[phase.endPrecision] > PRECISION_RANK[phase.startPrecision] ? phase.endPrecision : phase.startPrecision;
}

const point = (lon: number, lat: number): Point => ({ type: 'Point', coordinates: [lon, lat] });

function publishedPhase(ph: Phase) {
  return {
    phase: ph.phase,
    start: ph.start,
    end: ph.end,
    precision: phasePrecision(ph),
    sources: ph.sources,
    startPrecision: ph.startPrecision,
    endPrecision: ph.endPrecision,
    note: ph.note ?? null,
    alternatives: ph.alternatives ?? []
  };
}

export function portsGeoJSON(d: Dataset): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: d.ports.map(
      (p): Feature<Point> => ({
        type: 'Feature',
        id: p.id,
        geometry: point(p.lon, p.lat),
        properties: {
          id: p.id,
          name: p.name.en,
          state: p.state,
          city: p.city,
          court: p.court?.en ?? null,
          phases: p.phases.map(publishedPhase),
          names: p.name,
          courts: p.court,
          courtSources: p.courtSources,
          returnPort: p.returnPort,
          note: p.note ?? null
        }
      })
    )
  };
}

export function citiesGeoJSON(d: Dataset): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: d.cities.map(
      (c): Feature<Point> => ({
        type: 'Feature',
        id: c.id,
        geometry: point(c.lon, c.lat),
        properties: {
          id: c.id,
          name: c.name,
          state: c.state,
          role: c.role,
          roleNote: c.roleNote,
          population: c.population ?? null,
          sources: c.sources
        }
      })
    )
  };
}

export function advisoriesJSON(d: Dataset) {
  return {
    issuances: d.advisories.issuances.map((i) => ({
      date: i.date,
      levels: i.levels,
      sources: i.sources,
      changes: i.changes,
      reasons: i.reasons,
      confidence: i.confidence
    })),
    national: d.advisories.national.map((n) => ({
      start: n.start,
      end: n.end,
      level: n.level,
      reason: n.reason,
      sources: n.sources,
      confidence: n.confidence
    })),
    unconfirmed: d.advisories.unconfirmed
  };
}

export function eventsJSON(d: Dataset) {
  return [...d.events]
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
    .map((e) => ({ date: e.date, title: e.title, sources: e.sources, id: e.id, precision: e.precision, kind: e.kind, description: e.description }));
}

export function factsJSON(d: Dataset) {
  return [...d.facts]
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
    .map((f) => ({
      id: f.id,
      city: f.city,
      date: f.date,
      text: f.text,
      ...(f.value !== undefined ? { value: f.value } : {}),
      ...(f.series !== undefined ? { series: f.series } : {}),
      sources: f.sources,
      confidence: f.confidence,
      precision: f.precision,
      kind: f.kind,
      ...(f.qualifier !== undefined ? { qualifier: f.qualifier } : {})
    }));
}

export function sourcesJSON(d: Dataset) {
  return [...d.sources]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((s) => ({ id: s.id, publisher: s.publisher, title: s.title, date: s.date, url: s.url, ...(s.note ? { note: s.note } : {}) }));
}

export function seriesJSON(d: Dataset) {
  return d.series;
}

export function transfersJSON(d: Dataset) {
  return d.transfers;
}

/**
 * People placed in MPP per port and month (/data/returns.json): the monthly counts of the returns
 * series, with the port's city and the phase. Running totals stay in facts.json (their series have a
 * `returns` field), so a sum over this file never counts a month twice.
 */
export function returnsJSON(d: Dataset) {
  const portCity = new Map(d.ports.map((p) => [p.id, p.city]));
  const monthly = new Map(d.series.filter((s) => s.returns && s.kind === 'monthly').map((s) => [s.id, s.returns!]));
  return d.facts
    .filter((f) => f.series && monthly.has(f.series) && f.value !== undefined)
    .map((f) => {
      const r = monthly.get(f.series!)!;
      return {
        port: r.port,
        city: portCity.get(r.port)!,
        month: f.date.slice(0, 7),
        phase: r.phase,
        value: f.value!,
        sources: f.sources,
        series: f.series!,
        qualifier: f.qualifier ?? 'exact'
      };
    })
    .sort((a, b) => a.port.localeCompare(b.port) || a.month.localeCompare(b.month));
}

export function returnsCsv(d: Dataset): string {
  const rows = returnsJSON(d).map((r) => [r.port, r.city, r.month, r.phase, r.value, r.qualifier, r.series, r.sources.join(' ')]);
  return toCsv(['port', 'city', 'month', 'phase', 'value', 'qualifier', 'series', 'sources'], rows);
}

// CSV for spreadsheet users (RFC 4180: quoted where needed, CRLF line ends, UTF-8).
function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
export function toCsv(header: string[], rows: unknown[][]): string {
  return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function portsCsv(d: Dataset): string {
  const rows = d.ports.flatMap((p: Port) =>
    (p.phases.length ? p.phases : [null]).map((ph) => [
      p.id, p.name.en, p.state, p.lat, p.lon, p.city, p.court?.en ?? '',
      ph?.phase ?? '', ph?.start ?? '', ph?.end ?? '', ph ? phasePrecision(ph) : '', ph?.startPrecision ?? '', ph?.endPrecision ?? '',
      ph?.sources.join(' ') ?? ''
    ])
  );
  return toCsv(['port', 'name', 'state', 'lat', 'lon', 'city', 'court', 'phase', 'start', 'end', 'precision', 'start_precision', 'end_precision', 'sources'], rows);
}

export function advisoriesCsv(d: Dataset): string {
  const rows = d.advisories.issuances.flatMap((i) =>
    MEXICAN_STATE_CODES.map((code) => [i.date, code, i.levels[code], i.confidence, i.sources.join(' ')])
  );
  return toCsv(['issuance_date', 'state', 'level', 'confidence', 'sources'], rows);
}

export function factsCsv(d: Dataset): string {
  const rows = factsJSON(d).map((f) => [
    f.id, f.city ?? '', f.date, f.precision, f.kind, f.series ?? '', f.value ?? '', f.qualifier ?? '', f.confidence, f.text.en, f.text.es, f.sources.join(' ')
  ]);
  return toCsv(['id', 'city', 'date', 'precision', 'kind', 'series', 'value', 'qualifier', 'confidence', 'text_en', 'text_es', 'sources'], rows);
}

/** Every published file: its path under /data/, content type and body. */
export function openDataFiles(d: Dataset): { path: string; type: string; body: string }[] {
  const json = (v: unknown) => JSON.stringify(v, null, 1) + '\n';
  return [
    { path: 'ports.geojson', type: 'application/geo+json', body: json(portsGeoJSON(d)) },
    { path: 'cities.geojson', type: 'application/geo+json', body: json(citiesGeoJSON(d)) },
    { path: 'advisories.json', type: 'application/json', body: json(advisoriesJSON(d)) },
    { path: 'events.json', type: 'application/json', body: json(eventsJSON(d)) },
    { path: 'facts.json', type: 'application/json', body: json(factsJSON(d)) },
    { path: 'sources.json', type: 'application/json', body: json(sourcesJSON(d)) },
    { path: 'series.json', type: 'application/json', body: json(seriesJSON(d)) },
    { path: 'transfers.json', type: 'application/json', body: json(transfersJSON(d)) },
    { path: 'returns.json', type: 'application/json', body: json(returnsJSON(d)) },
    { path: 'ports.csv', type: 'text/csv; charset=utf-8', body: portsCsv(d) },
    { path: 'advisories.csv', type: 'text/csv; charset=utf-8', body: advisoriesCsv(d) },
    { path: 'facts.csv', type: 'text/csv; charset=utf-8', body: factsCsv(d) },
    { path: 'returns.csv', type: 'text/csv; charset=utf-8', body: returnsCsv(d) }
  ];
}
