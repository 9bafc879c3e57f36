import type { Plugin } from 'vite';
import { readFileSync } from 'node:fs';
import { locatorMap } from '../locator.ts';
import type { BoundariesTopology } from '../basemap.ts';
import { BOUNDARIES_FILE } from '../../data/node/loadDataset.ts';

/** The module fact sheets import their locator map from (declared in src/virtual-modules.d.ts). */
export const LOCATOR_MODULE = 'virtual:mpp-locator';
const RESOLVED = `\0${LOCATOR_MODULE}`;

/**
 * The fact sheets' locator map (every state's SVG path), worked out once at build time from the
 * basemap and served as one module that all fact sheets share. As page data it was repeated in every
 * sheet's HTML (~10 KB gzip each), and so in the offline copy.
 */
export function locatorPlugin(file = BOUNDARIES_FILE): Plugin {
  return {
    name: 'mpp-locator',
    resolveId: (id) => (id === LOCATOR_MODULE ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      this.addWatchFile(file);
      const topology = JSON.parse(readFileSync(file, 'utf8')) as BoundariesTopology;
      return `export default ${JSON.stringify(locatorMap(topology))};`;
    }
  };
}
