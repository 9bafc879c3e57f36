// The order of what a prerendered page's <head> asks for.

const FONT_PRELOAD = /<link rel="preload" href="[^"]+\.woff2" as="font"[^>]*>/g;
const FIRST_MODULE_PRELOAD = /<link href="[^"]+" rel="modulepreload">/;

/**
 * Moves the font preloads ahead of the script preloads. SvelteKit writes a page's own head after its
 * twenty-odd modulepreloads, so on a busy machine the fonts queued behind them for the browser's six
 * connections to a host, arrived after the first paint, and, being `font-display: optional`, were
 * not used for that visit. The security policy's <meta> stays first: it comes before both.
 */
export function hoistFontPreloads(html: string): string {
  const fonts = html.match(FONT_PRELOAD);
  const first = html.match(FIRST_MODULE_PRELOAD);
  if (!fonts || first?.index === undefined) return html;
  const rest = html.replace(FONT_PRELOAD, '');
  const at = rest.indexOf(first[0]);
  return rest.slice(0, at) + fonts.join('\n\t\t') + '\n\t\t' + rest.slice(at);
}
