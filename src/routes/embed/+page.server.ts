// The embed shows the same data as the map page.
import { mapPageData } from '$lib/server/dataset';

export const load = mapPageData;
