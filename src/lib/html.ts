/**
 * Text made safe to place in HTML or SVG markup, as element content or a double-quoted attribute
 * value: `&`, `<` and `"` are escaped (`>` ends nothing in either place).
 */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}
