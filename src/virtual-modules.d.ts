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
