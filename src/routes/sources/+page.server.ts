import { dataset } from '$lib/server/dataset';
import { openDataFiles } from '$lib/data/publish';
import type { PageServerLoad } from './$types';

// The bibliography itself comes from the module the city panel and the fact sheets share
// (virtual:mpp-reference), not from page data: the offline copy then carries it once.
export const load: PageServerLoad = () => ({
  files: openDataFiles(dataset).map((f) => ({ path: f.path, bytes: new TextEncoder().encode(f.body).length }))
});
