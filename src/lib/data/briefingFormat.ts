// What a briefing file is, apart from its schema (briefing.ts): its format and version, the lengths
// its texts may have, and what it may name. The page reads these without loading the schema library,
// which comes only with a file or link to check.
/** What a briefing file says it is: shipped (geodata/briefings/) or made in the browser, one format. */
export const BRIEFING_FORMAT = 'mpp-atlas-briefing';
/** The format version this atlas writes and reads; a file of a later version is refused, by name. */
export const BRIEFING_VERSION = 1;

/** The zooms a chapter's camera may have: the schema's range, which the editor keeps to. */
export const CAMERA_ZOOM = [3, 9] as const;

/** The longest chapter title and caption, by language (Spanish runs longer): the schema's limits and the editor's. */
export const CHAPTER_TEXT_MAX = { title: { en: 40, es: 48 }, caption: { en: 220, es: 260 } } as const;

/** The ids and dates a briefing may name: the dataset's, on the server or in the browser. */
export interface KnownRefs {
  cities: ReadonlySet<string>;
  ports: ReadonlySet<string>;
  sources: ReadonlySet<string>;
  window: readonly [string, string];
}

type WithIds = readonly { id: string }[];

export function knownRefsOf(d: { cities: WithIds; ports: WithIds; sources: WithIds }, window: readonly [string, string]): KnownRefs {
  return { cities: new Set(d.cities.map((c) => c.id)), ports: new Set(d.ports.map((p) => p.id)), sources: new Set(d.sources.map((s) => s.id)), window };
}
