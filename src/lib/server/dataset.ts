// The validated MPP dataset, read from geodata/mpp/ when pages and open-data files are prerendered.
import { loadBriefings, loadDataset } from '$lib/data/node/loadDataset';

export const dataset = loadDataset(process.env.MPP_DATA_DIR);
export const briefings = loadBriefings(dataset, process.env.MPP_BRIEFINGS_DIR);
