// The documented facts, the bibliography and the wording of each advisory (why a state has its
// level), fetched from the app's own open data the first time a city panel opens: the map's first
// paint does not wait for them. The printable fact sheet has the same, cut to its city, inline.
import type { Bilingual, Fact, Issuance, Source } from '$lib/data/schema';
import { base } from '$app/paths';
import { reasonsByIssuance, type SourceEntry } from '$lib/data/client';
import { onceUntilFailure } from '$lib/lazy';

export interface CityFacts {
  facts: Fact[];
  sources: SourceEntry[];
  /** Issuance date → border state → why the state had its level. */
  reasons: Record<string, Partial<Record<string, Bilingual>>>;
}

export const loadCityFacts = onceUntilFailure(async (): Promise<CityFacts> => {
  const [f, s, a] = await Promise.all(['facts', 'sources', 'advisories'].map((name) => fetch(`${base}/data/${name}.json`)));
  const failed = [f, s, a].filter((r) => !r!.ok);
  if (failed.length) throw new Error(`open data answered ${failed.map((r) => `${r!.url}: ${r!.status}`).join(', ')}`);
  const advisories = (await a!.json()) as { issuances: Pick<Issuance, 'date' | 'reasons'>[] };
  return { facts: (await f!.json()) as Fact[], sources: (await s!.json()) as Source[], reasons: reasonsByIssuance(advisories.issuances) };
});
