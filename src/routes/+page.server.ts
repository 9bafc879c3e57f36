import { mapPageData } from '$lib/server/dataset';

export const load = mapPageData;
