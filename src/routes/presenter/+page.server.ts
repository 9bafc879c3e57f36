import { briefings } from '$lib/server/dataset';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
  briefings,
  briefingChapters: Object.fromEntries(briefings.map((b) => [b.id, b.chapters.length]))
});
