// What the map page carries (inlined in the prerendered HTML, or in the portable atlas's one file).
// Imports are relative: vite.config.ts loads this file through Node, without SvelteKit's aliases.
import { clientData } from '../client.ts';
import type { Dataset } from '../schema.ts';
import type { Briefing } from '../briefing.ts';
import { MEXICAN_STATES } from '../../../../geodata/regions.mjs';

export function mapPageDataOf(dataset: Dataset, briefings: Briefing[]) {
  return {
    data: clientData(dataset),
    /** Each briefing's number of chapters, for checking ?briefing= and ?chapter= in the browser. */
    briefingChapters: Object.fromEntries(briefings.map((b) => [b.id, b.chapters.length])),
    /** Mexican state names by ISO code, from the one table that decides them (geodata/regions.mjs). */
    stateNames: Object.fromEntries(Object.values(MEXICAN_STATES).map(([iso, en, es]) => [iso, { en, es }]))
  };
}
