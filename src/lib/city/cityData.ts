// The documented facts and the bibliography, fetched from the app's own open data the first time a
// city panel opens (the map's first paint does not wait for them).
import type { Fact, Source } from '$lib/data/schema';

export interface CityFacts {
  facts: Fact[];
  sources: Source[];
}

let pending: Promise<CityFacts> | null = null;

export function loadCityFacts(base: string, fetcher: typeof fetch = fetch): Promise<CityFacts> {
  pending ??= Promise.all([fetcher(`${base}/data/facts.json`), fetcher(`${base}/data/sources.json`)])
    .then(async ([f, s]) => {
      if (!f.ok || !s.ok) throw new Error(`open data answered ${f.status}/${s.status}`);
      return { facts: (await f.json()) as Fact[], sources: (await s.json()) as Source[] };
    })
    .catch((error: unknown) => {
      pending = null; // let a later opening try again
      throw error;
    });
  return pending;
}
