import type { Plugin } from 'vite';
import { resolve } from 'node:path';
import { checkBriefings, checkDataset, BRIEFINGS_DIR, DATA_DIR, DatasetError } from './loadDataset.ts';

/**
 * Validates geodata/mpp/ before anything is built, so bad data stops `npm run build` with a message
 * naming the file, the record and the field. MPP_DATA_DIR points it at another folder (tests use it).
 */
export function mppDatasetPlugin(dir = process.env.MPP_DATA_DIR ?? DATA_DIR): Plugin {
  const check = () => {
    const { errors, dataset } = checkDataset(dir);
    if (!dataset) return new DatasetError(errors, dir);
    const briefings = checkBriefings(dataset, process.env.MPP_BRIEFINGS_DIR ?? BRIEFINGS_DIR);
    return briefings.errors.length ? new DatasetError(briefings.errors, process.env.MPP_BRIEFINGS_DIR ?? BRIEFINGS_DIR) : null;
  };
  return {
    name: 'mpp-dataset',
    enforce: 'pre',
    buildStart() {
      const problem = check();
      if (problem) this.error(problem.message);
    },
    configureServer(server) {
      const folders = [resolve(dir), resolve(BRIEFINGS_DIR)];
      server.watcher.add(folders);
      server.watcher.on('change', (file) => {
        if (!folders.some((f) => file.startsWith(f))) return;
        const problem = check();
        server.config.logger[problem ? 'error' : 'info'](problem ? problem.message : 'MPP dataset valid');
      });
    }
  };
}
