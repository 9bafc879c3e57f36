// Modules made by Vite plugins at build time (see vite.config.ts).
declare module 'virtual:mpp-locator' {
  /** The fact sheets' locator map, from src/lib/map/node/locatorPlugin.ts. */
  const locator: import('$lib/map/locator').LocatorMap;
  export default locator;
}
