// What a briefing file says it is, apart from its schema (briefing.ts), so that the page can name the
// format without loading the schema library: that comes only with a file or link to check.
/** What a briefing file says it is: shipped (geodata/briefings/) or made in the browser, one format. */
export const BRIEFING_FORMAT = 'mpp-atlas-briefing';
/** The format version this atlas writes and reads; a file of a later version is refused, by name. */
export const BRIEFING_VERSION = 1;
