import type { Plugin } from 'vite';
import { join } from 'node:path';
import { sheetDataset } from '../client.ts';
import { DATA_FILES } from '../schema.ts';
import { buildTimeModule } from './buildTimeModule.ts';
import { DATA_DIR, loadDataset } from './loadDataset.ts';

/** The module fact sheets import their data from (declared in src/virtual-modules.d.ts). */
export const SHEETS_MODULE = 'virtual:mpp-sheets';

/**
 * Every city's fact-sheet data in one module that all sheets share. As page data, each sheet's HTML
 * carried its own copy of the advisory levels and of the sources they cite (~19 KB gzip a sheet),
 * and the offline copy carries every sheet.
 */
export function sheetsPlugin(dir = process.env.MPP_DATA_DIR ?? DATA_DIR): Plugin {
  return buildTimeModule(
    SHEETS_MODULE,
    DATA_FILES.map((file) => join(dir, file)),
    () => sheetDataset(loadDataset(dir))
  );
}
