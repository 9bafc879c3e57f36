import type { Handle } from '@sveltejs/kit';
import { hoistFontPreloads } from '$lib/server/headOrder';

// Prerendered pages are English; the client switches to Spanish when ?lang=es is in the URL.
export const handle: Handle = ({ event, resolve }) =>
  resolve(event, { transformPageChunk: ({ html }) => hoistFontPreloads(html.replace('%lang%', 'en')) });
