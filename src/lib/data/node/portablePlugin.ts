import type { Plugin } from 'vite';
import { readFileSync } from 'node:fs';
import { BOUNDARIES_FILE, loadBriefings, loadDataset } from './loadDataset.ts';
import { mapPageDataOf } from './pageData.ts';

const PAGE_DATA = 'virtual:mpp-page-data';
const SITE_FILES = 'virtual:mpp-site-files';

/**
 * What the portable atlas carries inside its one file, where the site has them in the page's HTML
 * (virtual:mpp-page-data) or beside it (virtual:mpp-site-files: the basemap and the briefings, the
 * same bytes the site serves).
 */
export function portablePlugin(): Plugin {
  const dataset = () => loadDataset(process.env.MPP_DATA_DIR);
  return {
    name: 'mpp-portable',
    resolveId: (id) => (id === PAGE_DATA || id === SITE_FILES ? `\0${id}` : null),
    load(id) {
      if (id === `\0${PAGE_DATA}`) {
        const d = dataset();
        return `export default ${JSON.stringify(mapPageDataOf(d, loadBriefings(d, process.env.MPP_BRIEFINGS_DIR)))};`;
      }
      if (id === `\0${SITE_FILES}`) {
        const d = dataset();
        const files = {
          'basemap/boundaries.topojson': readFileSync(BOUNDARIES_FILE, 'utf8'),
          'briefings.json': JSON.stringify(loadBriefings(d, process.env.MPP_BRIEFINGS_DIR))
        };
        return `export default ${JSON.stringify(files)};`;
      }
      return null;
    }
  };
}
