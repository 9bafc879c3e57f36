// What each page carries of the dataset: enough for everything it shows and cites, and no more.
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/data/node/loadDataset';
import { clientData, cityPageData, compareSources, panelFacts, reasonsByIssuance, referenceDataset, sourceNotes, SUMMARY_MONTHLY, SUMMARY_TALLIES } from '../../src/lib/data/client';
import { numberCitations } from '../../src/lib/time/model';

const dataset = loadDataset();
const summarySeries = new Set<string>([...SUMMARY_TALLIES, ...SUMMARY_MONTHLY]);

describe('the map page data', () => {
  const data = clientData(dataset);

  it('names only series that exist in series.json', () => {
    const known = new Set(dataset.series.map((s) => s.id));
    for (const id of summarySeries) expect(known.has(id), id).toBe(true);
  });

  it('carries every point of the summary series and no other series points', () => {
    const expected = dataset.facts.filter((f) => f.series && summarySeries.has(f.series)).map((f) => f.id);
    expect(data.seriesPoints.map((f) => f.id).sort()).toEqual(expected.sort());
    expect(expected.length).toBeGreaterThan(0);
  });

  it('resolves every source a summary point cites', () => {
    const ids = new Set(data.sources.map((s) => s.id));
    for (const point of data.seriesPoints) for (const s of point.sources) expect(ids.has(s), `${point.id} → ${s}`).toBe(true);
  });

  it('keeps advisory levels and sources but leaves the wording to the open data', () => {
    expect(data.advisories.issuances).toHaveLength(dataset.advisories.issuances.length);
    for (const i of data.advisories.issuances) {
      expect(Object.keys(i).sort()).toEqual(['confidence', 'date', 'levels', 'sources']);
    }
    expect(data.events.every((e) => !('description' in e))).toBe(true);
    expect(data.events.map((e) => e.date)).toEqual([...dataset.events].map((e) => e.date).sort());
  });

  it('carries the summary figures as numbers and sources, without their wording', () => {
    for (const point of data.seriesPoints) {
      expect(Object.keys(point).filter((k) => !['id', 'series', 'date', 'precision', 'value', 'qualifier', 'sources'].includes(k)), point.id).toEqual([]);
      const fact = dataset.facts.find((f) => f.id === point.id)!;
      expect(point.value, point.id).toBe(fact.value);
      expect(point.sources, point.id).toEqual(fact.sources);
    }
  });

  it('leaves out the notes on ports, phases and series that only the open data and charts show', () => {
    expect(dataset.ports.some((p) => p.note || p.phases.some((ph) => ph.note))).toBe(true);
    expect(data.ports.some((p) => 'note' in p || p.phases.some((ph) => 'note' in ph))).toBe(false);
    expect(data.series.some((s) => 'note' in s)).toBe(false);
    // Everything else of a port and its phases (dates, precision, sources, alternatives) is kept.
    const strip = <T extends { note?: unknown }>({ note: _n, ...rest }: T) => rest;
    expect(data.ports).toEqual(dataset.ports.map((p) => ({ ...strip(p), phases: p.phases.map(strip) })));
  });
});

describe('the cities on the pages', () => {
  const data = clientData(dataset);
  it('carry what the map and the lists draw, not the role notes and sources only the open data shows', () => {
    expect(data.cities.map((c) => c.id)).toEqual(dataset.cities.map((c) => c.id));
    for (const city of data.cities) expect(Object.keys(city).sort(), city.id).toEqual(['id', 'lat', 'lon', 'name', 'role', 'state']);
    expect(data.cities[0]).toMatchObject({ name: dataset.cities[0]!.name, lon: dataset.cities[0]!.lon, lat: dataset.cities[0]!.lat });
  });
});

describe('a fact sheet’s data', () => {
  it.each(dataset.cities.map((c) => c.id))('%s: every citation the sheet can show resolves to a source', (cityId) => {
    const { data, facts } = cityPageData(dataset, cityId);
    const city = dataset.cities.find((c) => c.id === cityId)!;
    const { roleNote: _note, population: _population, sources: _sources, ...drawn } = city;
    expect(data.cities).toEqual([drawn]);
    // Its own ports, and only for its name and its count, any port whose hearings counted its people.
    const own = data.ports.filter((p) => p.city === cityId);
    const covering = data.ports.filter((p) => p.city !== cityId);
    for (const port of covering) {
      const series = data.series.find((s) => s.returns?.port === port.id && s.returns.alsoCovers?.some((id) => own.some((o) => o.id === id)));
      expect(series, port.id).toBeTruthy();
    }
    expect(facts.facts.every((f) => f.city === cityId)).toBe(true);
    // The citations of any date: all issuances, the city's ports and transfers, all its facts.
    const citations = numberCitations([
      ...data.advisories.issuances.map((i) => i.sources),
      ...own.flatMap((p) => [...p.phases.flatMap((ph) => [ph.sources, ...(ph.alternatives ?? []).map((a) => a.sources)]), p.courtSources]),
      ...data.transfers.map((t) => t.sources),
      ...facts.facts.map((f) => f.sources)
    ]);
    const ids = new Set(facts.sources.map((s) => s.id));
    for (const id of citations.keys()) expect(ids.has(id), id).toBe(true);
    // Reasons only for the city's own state, and each issuance that gives one keeps it.
    for (const [date, byState] of Object.entries(facts.reasons)) {
      expect(Object.keys(byState).every((iso) => iso === city.state), date).toBe(true);
      const original = dataset.advisories.issuances.find((i) => i.date === date)!;
      expect(byState[city.state]).toEqual(original.reasons[city.state as keyof typeof original.reasons]);
    }
  });
});

describe('the data city panels, fact sheets and the bibliography share (referenceDataset)', () => {
  const reference = referenceDataset(dataset);

  it.each(dataset.cities.map((c) => c.id))('%s: gives the fact sheet exactly what the whole dataset gives it', (cityId) => {
    expect(cityPageData(reference, cityId)).toEqual(cityPageData(dataset, cityId));
  });

  it.each(dataset.cities.map((c) => c.id))('%s: gives the city panel every fact, reason and cited source the sheet has', (cityId) => {
    const panel = panelFacts(reference);
    const { facts: sheet } = cityPageData(dataset, cityId);
    const city = dataset.cities.find((c) => c.id === cityId)!;
    expect(panel.facts.filter((f) => f.city === cityId)).toEqual(sheet.facts);
    for (const [date, byState] of Object.entries(sheet.reasons)) expect(panel.reasons[date]?.[city.state], date).toEqual(byState[city.state]);
    const sourceById = new Map(panel.sources.map((s) => [s.id, s]));
    for (const s of sheet.sources) expect(sourceById.get(s.id), s.id).toMatchObject(s);
  });

  it('holds the whole bibliography; its notes are in a module of the bibliography page', () => {
    expect(reference.sources).toEqual(dataset.sources.map(({ note: _note, ...s }) => s));
    expect(Object.keys(sourceNotes(dataset)).sort()).toEqual(dataset.sources.filter((s) => s.note).map((s) => s.id).sort());
  });

  it('compareSources orders the bibliography by publisher, then date, then id', () => {
    const source = (id: string, publisher: string, date: string) => ({ id, publisher, title: id, date, url: 'https://example.org/' });
    const unordered = [source('z', 'TRAC', '2020-01'), source('b', 'Human Rights First', '2021-02-19'), source('a', 'Human Rights First', '2021-02-19'), source('c', 'human rights first', '2019')];
    expect([...unordered].sort(compareSources).map((s) => s.id)).toEqual(['c', 'a', 'b', 'z']);
  });

  it('leaves out what no panel or sheet shows', () => {
    expect('events' in reference).toBe(false);
    expect(reference.ports.some((p) => 'note' in p || p.phases.some((ph) => 'note' in ph))).toBe(false);
    expect(reference.facts.every((f) => f.city !== null)).toBe(true);
    expect(reference.facts.length).toBeLessThan(dataset.facts.length);
    const cityStates = new Set(dataset.cities.map((c) => c.state as string));
    for (const i of reference.advisories.issuances) {
      expect('changes' in i, i.date).toBe(false);
      expect(Object.keys(i.reasons).every((iso) => cityStates.has(iso)), i.date).toBe(true);
    }
  });
});

describe('reasonsByIssuance', () => {
  it('indexes by issuance date and can keep only some states', () => {
    const issuances = [
      { date: '2019-01-01', reasons: { 'MX-TAM': { en: 'a', es: 'b' }, 'MX-SON': { en: 'c', es: 'd' } } },
      { date: '2019-06-01', reasons: {} }
    ];
    expect(reasonsByIssuance(issuances)).toEqual({ '2019-01-01': issuances[0]!.reasons, '2019-06-01': {} });
    expect(reasonsByIssuance(issuances, ['MX-SON'])).toEqual({ '2019-01-01': { 'MX-SON': { en: 'c', es: 'd' } }, '2019-06-01': {} });
  });
});

describe('a chart’s series', () => {
  it('comes with its note in what the city panel and the fact sheet load', () => {
    const reference = referenceDataset(dataset);
    expect(panelFacts(reference).series).toEqual(dataset.series);
    const charted = dataset.cities.flatMap((c) => cityPageData(dataset, c.id).facts.series);
    expect(charted.length).toBeGreaterThan(0);
    for (const s of charted) expect(s.note.en.length, s.id).toBeGreaterThan(0);
  });
});
