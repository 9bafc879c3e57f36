// A Spanish URL's first paint: which Spanish texts a prerendered page carries for its inline script.
import { describe, expect, it } from 'vitest';
import { catalogPairs, pairsBlock, pairsOnPage } from '../../src/lib/i18n/firstPaintLanguage';
import { en } from '../../src/lib/i18n/locales/en';
import { es } from '../../src/lib/i18n/locales/es';

describe('catalogPairs', () => {
  it('pairs plain texts by key, and leaves out texts with placeholders and texts that do not change', () => {
    const pairs = catalogPairs({ a: 'Play', b: { c: 'Move {n} days' }, d: 'MPP 1.0', e: [' Close '] }, { a: 'Reproducir', b: { c: 'Mover {n} días' }, d: 'MPP 1.0', e: ['Cerrar'] });
    expect(pairs).toEqual({ Play: 'Reproducir', Close: 'Cerrar' });
  });

  it('keeps the first key’s translation of a text, even where that keeps the English', () => {
    // "English" names itself in the language switch; elsewhere it is the Spanish word for it.
    expect(catalogPairs({ switch: 'English', name: 'English', x: 'Slow', y: 'Slow' }, { switch: 'English', name: 'inglés', x: 'Lenta', y: 'Lento' })).toEqual({ Slow: 'Lenta' });
    const pairs = catalogPairs(en, es);
    expect(pairs.English).toBeUndefined();
    expect(pairs[en.timeline.play]).toBe(es.timeline.play);
    expect(Object.keys(pairs).length).toBeGreaterThan(200);
  });
});

describe('pairsOnPage', () => {
  const pairs = { Play: 'Reproducir', 'Zoom in': 'Acercar', 'Fish & chips': 'Pescado', 'Say "hi"': 'Di «hola»', Unused: 'Sin usar' };

  it('keeps the pairs whose text is a whole text or a whole attribute value of the page', () => {
    const html = '<button title="Zoom in">\n  Play\n</button><p>Fish &amp; chips</p><p>Say "hi"</p><p>Unused here</p>';
    expect(pairsOnPage(html, pairs, 'es')).toEqual({ Play: 'Reproducir', 'Zoom in': 'Acercar', 'Fish & chips': 'Pescado', 'Say "hi"': 'Di «hola»' });
    // Only labels and titles: a page's description is for readers that run no script.
    expect(pairsOnPage('<meta name="description" content="Play"><a data-x="Zoom in">x</a>', pairs, 'es')).toEqual({});
  });

  it('adds the dates asked for that the page shows as whole texts, in the other language’s words', () => {
    const html = '<p>15 January 2020</p><span>April 2019</span><p>On 1 March 2021</p>';
    expect(pairsOnPage(html, {}, 'es', ['2020-01-15', '2019-04', '2021-03-01', '2022-06-01'])).toEqual({ '15 January 2020': '15 de enero de 2020', 'April 2019': 'abril de 2019' });
  });
});

describe('pairsBlock', () => {
  it('writes nothing that could end its script element', () => {
    const block = pairsBlock('es', { '</script><b>': 'x' });
    const body = block.match(/^<script type="application\/json" data-lang="es">(.*)<\/script>$/)?.[1];
    expect(body).not.toContain('<');
    expect(JSON.parse(body!)).toEqual({ '</script><b>': 'x' });
  });
});
