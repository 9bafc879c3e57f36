// What a briefing opened in the browser may name: the map's cities and ports, the bibliography's
// sources (fetched with the city panel's reference data) and the timeline's dates.
import type { ClientData } from '$lib/data/client';
import { knownRefsOf, type KnownRefs } from '$lib/data/briefingFormat';
import { TIMELINE_END, TIMELINE_START } from '$lib/time/dates';

export async function knownRefsInBrowser(data: ClientData): Promise<KnownRefs> {
  const { default: reference } = await import('virtual:mpp-reference');
  return knownRefsOf({ cities: data.cities, ports: data.ports, sources: reference.sources }, [TIMELINE_START, TIMELINE_END]);
}
