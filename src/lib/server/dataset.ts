// The validated MPP dataset, read from geodata/mpp/ when pages and open-data files are prerendered.
import { loadBriefings, loadDataset } from '$lib/data/node/loadDataset';
import { clientData } from '$lib/data/client';
import { MEXICAN_STATES } from '../../../geodata/regions.mjs';

export const dataset = loadDataset(process.env.MPP_DATA_DIR);
export const briefings = loadBriefings(dataset, process.env.MPP_BRIEFINGS_DIR);

/** Each briefing's number of chapters, for checking ?briefing= and ?chapter= in the browser. */
export const briefingChapters = Object.fromEntries(briefings.map((b) => [b.id, b.chapters.length]));

/** Mexican state names by ISO code, from the one table that decides them (geodata/regions.mjs). */
export const stateNames = Object.fromEntries(Object.values(MEXICAN_STATES).map(([iso, en, es]) => [iso, { en, es }]));

/** What the map page and the embed carry: the data the map, timeline and panels read, and the ids the URL is checked against. */
export const mapPageData = () => ({ data: clientData(dataset), briefingChapters, stateNames });
