// Modules made by Vite plugins at build time (see vite.config.ts).
declare module 'virtual:mpp-locator' {
  /** The fact sheets' locator map, from src/lib/map/node/locatorPlugin.ts. */
  const locator: import('$lib/map/locator').LocatorMap;
  export default locator;
}
declare module 'virtual:mpp-sheets' {
  /** Every city's fact-sheet data, from src/lib/data/node/sheetsPlugin.ts. */
  const sheets: import('$lib/data/client').SheetDataset;
  export default sheets;
}
