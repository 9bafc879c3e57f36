/**
 * Text made safe to place in HTML or SVG markup, as element content or a double-quoted attribute
 * value: `&`, `<` and `"` are escaped (`>` ends nothing in either place).
 */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}

/**
 * What an `{@html}` block is given in the browser where the markup exists only in the prerendered
 * HTML: taking over the page, Svelte keeps the HTML it finds and ignores a differing value (its
 * hydration_html_changed warning), but an empty value would clear it. Non-empty for that reason.
 */
export const KEEP_PRERENDERED_HTML = ' ';
