// The validated MPP dataset, read from geodata/mpp/ when pages and open-data files are prerendered.
import { loadBriefings, loadDataset } from '$lib/data/node/loadDataset';
import { mapPageDataOf } from '$lib/data/node/pageData';

export const dataset = loadDataset(process.env.MPP_DATA_DIR);
export const briefings = loadBriefings(dataset, process.env.MPP_BRIEFINGS_DIR);

const pageData = mapPageDataOf(dataset, briefings);
export const { briefingChapters, stateNames } = pageData;

/** What the map page and the embed carry: the data the map, timeline and panels read, and the ids the URL is checked against. */
export const mapPageData = () => pageData;
