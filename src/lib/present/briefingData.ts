// Briefings are fetched the first time one is opened (see src/routes/briefings.json).
import type { Briefing } from '$lib/data/briefing';

let pending: Promise<Briefing[]> | null = null;

export function loadBriefings(base: string, fetcher: typeof fetch = fetch): Promise<Briefing[]> {
  pending ??= fetcher(`${base}/briefings.json`)
    .then(async (response) => {
      if (!response.ok) throw new Error(`briefings.json answered ${response.status}`);
      return (await response.json()) as Briefing[];
    })
    .catch((error: unknown) => {
      pending = null; // a later attempt may succeed
      throw error;
    });
  return pending;
}
