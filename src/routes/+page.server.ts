import { briefingChapters, dataset, stateNames } from '$lib/server/dataset';
import { clientData } from '$lib/data/client';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
  data: clientData(dataset),
  briefingChapters,
  stateNames
});
