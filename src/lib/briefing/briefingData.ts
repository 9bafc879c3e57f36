// Briefings are fetched the first time one is opened (see src/routes/briefings.json).
import { base } from '$app/paths';
import type { Briefing } from '$lib/data/briefing';
import { onceUntilFailure } from '$lib/lazy';

export const loadBriefings = onceUntilFailure(async (): Promise<Briefing[]> => {
  const response = await fetch(`${base}/briefings.json`);
  if (!response.ok) throw new Error(`briefings.json answered ${response.status}`);
  return (await response.json()) as Briefing[];
});
