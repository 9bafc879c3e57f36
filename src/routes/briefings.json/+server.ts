// The briefings (chapters, captions, camera moves), for the map page to fetch when a briefing starts:
// most visits never present one, so the map page does not carry them in its HTML.
import { json } from '@sveltejs/kit';
import { briefings } from '$lib/server/dataset';

export const prerender = true;
// A file, not a page: written under its own name.
export const trailingSlash = 'never';

export const GET = () => json(briefings);
