import { briefingChapters } from '$lib/server/dataset';
import type { PageServerLoad } from './$types';

// The briefings themselves are fetched from briefings.json; the page carries only their lengths,
// for checking ?chapter= in the URL.
export const load: PageServerLoad = () => ({
  briefingChapters
});
