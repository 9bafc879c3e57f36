// Briefings are fetched the first time one is opened (see src/routes/briefings.json).
import { fetchSiteFile } from '$lib/siteFiles';
import type { Briefing } from '$lib/data/briefing';
import { onceUntilFailure } from '$lib/lazy';

export const loadBriefings = onceUntilFailure(async (): Promise<Briefing[]> => {
  const response = await fetchSiteFile('briefings.json');
  if (!response.ok) throw new Error(`briefings.json answered ${response.status}`);
  return (await response.json()) as Briefing[];
});
