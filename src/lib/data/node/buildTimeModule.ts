import type { Plugin } from 'vite';

/**
 * A Vite plugin serving `export default <value>` as the module `id`, the value worked out when the
 * module is first imported (at build time, in Node). Fact sheets share such modules: one cached
 * download for every sheet instead of the same data inlined in each sheet's HTML.
 */
export function buildTimeModule(id: string, watched: string[], value: () => unknown): Plugin {
  const resolved = `\0${id}`;
  return {
    name: id.replace(/^virtual:/, ''),
    resolveId: (source) => (source === id ? resolved : null),
    load(source) {
      if (source !== resolved) return null;
      for (const file of watched) this.addWatchFile(file);
      return `export default ${JSON.stringify(value())};`;
    }
  };
}
