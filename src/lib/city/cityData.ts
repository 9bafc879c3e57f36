// The documented facts, the bibliography and the wording of each advisory (why a state has its
// level), fetched from the app's own open data the first time a city panel opens: the map's first
// paint does not wait for them. The printable fact sheet has the same, cut to its city, inline.
import type { Bilingual, Fact, Issuance, Source } from '$lib/data/schema';
import { reasonsByIssuance, type SourceEntry } from '$lib/data/client';

export interface CityFacts {
  facts: Fact[];
  sources: SourceEntry[];
  /** Issuance date → border state → why the state had its level. */
  reasons: Record<string, Partial<Record<string, Bilingual>>>;
}

let pending: Promise<CityFacts> | null = null;

export function loadCityFacts(base: string, fetcher: typeof fetch = fetch): Promise<CityFacts> {
  pending ??= Promise.all(['facts', 'sources', 'advisories'].map((name) => fetcher(`${base}/data/${name}.json`)))
    .then(async ([f, s, a]) => {
      const failed = [f, s, a].filter((r) => !r!.ok);
      if (failed.length) throw new Error(`open data answered ${failed.map((r) => `${r!.url}: ${r!.status}`).join(', ')}`);
      const advisories = (await a!.json()) as { issuances: Pick<Issuance, 'date' | 'reasons'>[] };
      return { facts: (await f!.json()) as Fact[], sources: (await s!.json()) as Source[], reasons: reasonsByIssuance(advisories.issuances) };
    })
    .catch((error: unknown) => {
      pending = null; // let a later opening try again
      throw error;
    });
  return pending;
}
