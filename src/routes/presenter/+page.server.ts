import { briefingChapters, briefings } from '$lib/server/dataset';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
  briefings,
  briefingChapters
});
