// The documented facts, the sources they cite and the wording of each advisory (why a state has its
// level), loaded the first time a city panel opens, so that the map's first paint does not wait for
// them. They come from the module the fact sheets and the bibliography page also read, which the
// offline copy already holds.
import type { Bilingual, Fact, Series } from '$lib/data/schema';
import { panelFacts, type SourceEntry } from '$lib/data/client';
import { onceUntilFailure } from '$lib/lazy';

export interface CityFacts {
  facts: Fact[];
  /** The series the facts belong to, with the note a chart prints under itself. */
  series: Series[];
  sources: SourceEntry[];
  /** Issuance date → border state → why the state had its level. */
  reasons: Record<string, Partial<Record<string, Bilingual>>>;
}

export const loadCityFacts = onceUntilFailure(async (): Promise<CityFacts> => {
  const { default: reference } = await import('virtual:mpp-reference');
  return panelFacts(reference);
});
