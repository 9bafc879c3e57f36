// Files the site serves beside its pages (the basemap, the briefings). The portable atlas has no
// beside: it carries them inside itself (virtual:mpp-site-files) and a file:// page may not fetch.
// The constant itself (not PORTABLE) is tested, so the site's build drops the import.
import { base } from '$app/paths';

export type SiteFile = 'basemap/boundaries.topojson' | 'briefings.json';

export async function fetchSiteFile(path: SiteFile): Promise<Response> {
  if (__MPP_PORTABLE__) {
    const { default: files } = await import('virtual:mpp-site-files');
    return new Response(files[path], { headers: { 'content-type': 'application/json' } });
  }
  return fetch(`${base}/${path}`);
}
