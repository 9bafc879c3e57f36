import { dataset } from '$lib/server/dataset';
import { openDataFiles, sourcesJSON } from '$lib/data/publish';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
  sources: sourcesJSON(dataset).sort((a, b) => a.publisher.localeCompare(b.publisher, 'en') || a.date.localeCompare(b.date)),
  files: openDataFiles(dataset).map((f) => ({ path: f.path, bytes: new TextEncoder().encode(f.body).length }))
});
