import { briefings, dataset } from '$lib/server/dataset';
import { clientData } from '$lib/data/client';
import { MEXICAN_STATES } from '../../geodata/regions.mjs';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
  data: clientData(dataset),
  briefings,
  briefingChapters: Object.fromEntries(briefings.map((b) => [b.id, b.chapters.length])),
  stateNames: Object.fromEntries(Object.values(MEXICAN_STATES).map(([iso, en, es]) => [iso, { en, es }]))
});
