// What the map page needs of the dataset, passed from the prerender to the page once (inlined in
// the HTML), so the first paint already has it and no request waits on another.
import type { Dataset, Fact, Source } from './schema';

export function clientData(d: Dataset) {
  const seriesPoints: Fact[] = d.facts.filter((f) => f.series);
  const cited = new Set<string>();
  const cite = (ids: string[]) => ids.forEach((id) => cited.add(id));
  d.ports.forEach((p) => p.phases.forEach((ph) => cite(ph.sources)));
  d.transfers.forEach((t) => cite(t.sources));
  d.advisories.issuances.forEach((i) => cite(i.sources));
  d.advisories.national.forEach((n) => cite(n.sources));
  d.events.forEach((e) => cite(e.sources));
  seriesPoints.forEach((f) => cite(f.sources));
  const sources: Pick<Source, 'id' | 'publisher' | 'title' | 'date' | 'url'>[] = d.sources
    .filter((s) => cited.has(s.id))
    .map(({ id, publisher, title, date, url }) => ({ id, publisher, title, date, url }));
  return {
    ports: d.ports,
    cities: d.cities,
    transfers: d.transfers,
    advisories: { issuances: d.advisories.issuances, national: d.advisories.national },
    events: [...d.events].sort((a, b) => a.date.localeCompare(b.date)),
    series: d.series,
    seriesPoints,
    sources
  };
}

export type ClientData = ReturnType<typeof clientData>;
