import type { Plugin } from 'vite';
import { join } from 'node:path';
import { referenceDataset, sourceNotes } from '../client.ts';
import { DATA_FILES } from '../schema.ts';
import { buildTimeModule } from './buildTimeModule.ts';
import { DATA_DIR, loadDataset } from './loadDataset.ts';

/** The module city panels, fact sheets and the bibliography read (declared in src/virtual-modules.d.ts). */
export const REFERENCE_MODULE = 'virtual:mpp-reference';
/** The bibliography's notes, which only the prerendered bibliography page writes (src/routes/sources). */
export const SOURCE_NOTES_MODULE = 'virtual:mpp-source-notes';

/**
 * Every city's facts, levels and sources, and the whole bibliography, as one module that the city
 * panel (when a panel first opens), every fact sheet and the bibliography page share, so that the
 * offline copy carries it once. As page data it would be copied into every sheet's HTML (~19 KB gzip
 * a sheet), and the panel would need the open-data files copied as well.
 */
export function referencePlugin(dir = process.env.MPP_DATA_DIR ?? DATA_DIR): Plugin {
  return buildTimeModule(
    REFERENCE_MODULE,
    DATA_FILES.map((file) => join(dir, file)),
    () => referenceDataset(loadDataset(dir))
  );
}

/** The notes on sources, by source id: written into the bibliography page's HTML when it is prerendered. */
export function sourceNotesPlugin(dir = process.env.MPP_DATA_DIR ?? DATA_DIR): Plugin {
  return buildTimeModule(SOURCE_NOTES_MODULE, [join(dir, 'sources.json')], () => sourceNotes(loadDataset(dir)));
}
