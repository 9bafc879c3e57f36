import type { Plugin } from 'vite';
import { resolve } from 'node:path';
import { checkDataset, DATA_DIR, DatasetError } from './loadDataset';

/**
 * Validates geodata/mpp/ before anything is built, so bad data stops `npm run build` with a message
 * naming the file, the record and the field. MPP_DATA_DIR points it at another folder (tests use it).
 */
export function mppDatasetPlugin(dir = process.env.MPP_DATA_DIR ?? DATA_DIR): Plugin {
  const check = () => {
    const { errors } = checkDataset(dir);
    return errors.length ? new DatasetError(errors, dir) : null;
  };
  return {
    name: 'mpp-dataset',
    enforce: 'pre',
    buildStart() {
      const problem = check();
      if (problem) this.error(problem.message);
    },
    configureServer(server) {
      const folder = resolve(dir);
      server.watcher.add(folder);
      server.watcher.on('change', (file) => {
        if (!file.startsWith(folder)) return;
        const problem = check();
        server.config.logger[problem ? 'error' : 'info'](problem ? problem.message : 'MPP dataset valid');
      });
    }
  };
}
