// Modules made by Vite plugins at build time (see vite.config.ts).
declare module 'virtual:mpp-locator' {
  /** The fact sheets' locator map, from src/lib/map/node/locatorPlugin.ts. */
  const locator: import('$lib/map/locator').LocatorMap;
  export default locator;
}
declare module 'virtual:mpp-reference' {
  /** What city panels, fact sheets and the bibliography show, from src/lib/data/node/referencePlugin.ts. */
  const reference: import('$lib/data/client').ReferenceDataset;
  export default reference;
}
declare module 'virtual:mpp-site-files' {
  /** The basemap and the briefings as text, inside the portable atlas (src/lib/data/node/portablePlugin.ts). */
  const files: Record<import('$lib/siteFiles').SiteFile, string>;
  export default files;
}
declare module 'virtual:mpp-page-data' {
  /** What the prerendered map page carries, for the portable atlas, which is not prerendered. */
  const data: ReturnType<typeof import('$lib/server/dataset').mapPageData>;
  export default data;
}
/** True in the portable atlas's build (vite.config.ts). */
declare const __MPP_PORTABLE__: boolean;
declare module 'virtual:mpp-first-paint' {
  /** The frame of the map's first-paint picture and its states, from src/lib/map/node/locatorPlugin.ts. */
  const frame: import('$lib/map/firstPaintPicture').FirstPaintFrame;
  export default frame;
}
declare module 'virtual:mpp-first-paint-shapes' {
  /** The outlines of the map's first-paint picture, from src/lib/map/node/locatorPlugin.ts. */
  const shapes: import('$lib/map/firstPaintPicture').FirstPaintShapes;
  export default shapes;
}
declare module 'virtual:mpp-source-notes' {
  /** The notes on sources by source id, for the prerendered bibliography (src/lib/data/node/referencePlugin.ts). */
  const notes: Record<string, string>;
  export default notes;
}

// A page's own inline script, minified as the page carries it (scripts/inline-script.mjs).
declare module '*?inline-script' {
  const code: string;
  export default code;
}
