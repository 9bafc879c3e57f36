import { describe, expect, test } from 'vitest';
import { hoistFontPreloads } from '../../src/lib/server/headOrder';

const font = (w: number) => `<link rel="preload" href="/_app/immutable/assets/noto-sans-latin-${w}-normal.X.woff2" as="font" type="font/woff2" crossorigin="anonymous"/>`;
const page = [
  '<head><meta charset="utf-8" />',
  '<meta http-equiv="content-security-policy" content="default-src \'self\'">',
  '<link href="./_app/immutable/entry/start.A.js" rel="modulepreload">',
  '<link href="./_app/immutable/chunks/B.js" rel="modulepreload">',
  font(400),
  font(600),
  '<title>MPP Atlas</title></head><body></body>'
].join('\n');

describe('hoistFontPreloads', () => {
  test('the font preloads come after the security policy and before the script preloads, once each', () => {
    const out = hoistFontPreloads(page);
    const at = (s: string) => out.indexOf(s);
    expect(at('content-security-policy')).toBeLessThan(at(font(400)));
    expect(at(font(400))).toBeLessThan(at(font(600)));
    expect(at(font(600))).toBeLessThan(at('start.A.js'));
    expect(out.split('.woff2').length - 1).toBe(2);
    expect(out.replace(/\s+/g, '')).toHaveLength(page.replace(/\s+/g, '').length);
  });
  test('a page without font or script preloads is left as it is', () => {
    expect(hoistFontPreloads('<head><title>x</title></head>')).toBe('<head><title>x</title></head>');
    const noScripts = `<head>${font(400)}<title>x</title></head>`;
    expect(hoistFontPreloads(noScripts)).toBe(noScripts);
  });
});
