// The page's own inline scripts (src/**/*.inline.js) go into the HTML minified, and the pages' CSP
// allows each by the hash of that minified text: svelte.config.js hashes what this module returns,
// and the Vite plugin below gives the same text to the code that writes it into the page
// (`import code from './x.inline.js?inline-script'`). Minified, they are about half as many bytes
// gzip (firstPaintUrl 2.0 → 0.9 KB), in every map page and in the offline copy's presenter view.
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { minifySync } from 'rolldown/utils';

const QUERY = '?inline-script';
/** @type {Map<string, string>} */
const cache = new Map();

/** The script at `path` as the page carries it: minified, and the same text every time. */
export function inlineScript(/** @type {string} */ path) {
  const source = readFileSync(path, 'utf8');
  const cached = cache.get(source);
  if (cached !== undefined) return cached;
  const { code, errors } = minifySync(path, source, { compress: true, mangle: true });
  if (errors.length) throw new Error(`${path}: ${errors.map((e) => e.message).join('; ')}`);
  const text = code.trim();
  if (/<\/script/i.test(text)) throw new Error(`${path}: the minified script contains "</script"`);
  cache.set(source, text);
  return text;
}

/** The CSP source that allows an inline script's text. */
export function scriptHash(/** @type {string} */ text) {
  return /** @type {`sha256-${string}`} */ (`sha256-${createHash('sha256').update(text).digest('base64')}`);
}

/** Resolves `…/x.inline.js?inline-script` to a module whose default export is inlineScript(x). */
export function inlineScriptPlugin() {
  return /** @type {import('vite').Plugin} */ ({
    name: 'mpp-inline-script',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!source.endsWith(QUERY)) return null;
      const resolved = await this.resolve(source.slice(0, -QUERY.length), importer, { skipSelf: true });
      return resolved ? `${resolved.id}${QUERY}` : null;
    },
    load(id) {
      if (!id.endsWith(QUERY)) return null;
      const file = id.slice(0, -QUERY.length);
      this.addWatchFile(file);
      return `export default ${JSON.stringify(inlineScript(file))};`;
    }
  });
}
