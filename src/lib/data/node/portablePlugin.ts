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
  // Read once for both modules (each loads in the same build).
  let loaded: { dataset: ReturnType<typeof loadDataset>; briefings: ReturnType<typeof loadBriefings> } | null = null;
  const data = () => {
    if (!loaded) {
      const dataset = loadDataset(process.env.MPP_DATA_DIR);
      loaded = { dataset, briefings: loadBriefings(dataset, process.env.MPP_BRIEFINGS_DIR) };
    }
    return loaded;
  };
  return {
    name: 'mpp-portable',
    resolveId: (id) => (id === PAGE_DATA || id === SITE_FILES ? `\0${id}` : null),
    load(id) {
      if (id === `\0${PAGE_DATA}`) {
        const { dataset, briefings } = data();
        return `export default ${JSON.stringify(mapPageDataOf(dataset, briefings))};`;
      }
      if (id === `\0${SITE_FILES}`) {
        const files = {
          'basemap/boundaries.topojson': readFileSync(BOUNDARIES_FILE, 'utf8'),
          'briefings.json': JSON.stringify(data().briefings)
        };
        return `export default ${JSON.stringify(files)};`;
      }
      return null;
    }
  };
}
