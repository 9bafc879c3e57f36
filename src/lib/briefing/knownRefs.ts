// What a briefing opened in the browser may name: the map's cities and ports, the bibliography's
// sources (fetched with the city panel's reference data) and the timeline's dates.
import type { ClientData } from '$lib/data/client';
import type { KnownRefs } from '$lib/data/briefing';
import { TIMELINE_END, TIMELINE_START } from '$lib/time/dates';

export async function knownRefsInBrowser(data: ClientData): Promise<KnownRefs> {
  const { default: reference } = await import('virtual:mpp-reference');
  return {
    cities: new Set(data.cities.map((c) => c.id)),
    ports: new Set(data.ports.map((p) => p.id)),
    sources: new Set(reference.sources.map((s) => s.id)),
    window: [TIMELINE_START, TIMELINE_END]
  };
}
