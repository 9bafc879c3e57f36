// The validated MPP dataset, read from geodata/mpp/ when pages and open-data files are prerendered.
import { loadDataset } from '$lib/data/node/loadDataset';

export const dataset = loadDataset(process.env.MPP_DATA_DIR);
