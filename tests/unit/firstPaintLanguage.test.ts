// A URL's first paint: which Spanish texts a prerendered page carries for its inline script, and what
// that script (state/firstPaintUrl.inline.js) does with them and with the URL's view flags.
import { readFileSync } from 'node:fs';
import { inlineScript } from '../../scripts/inline-script.mjs';
import { describe, expect, it } from 'vitest';
import { catalogPairs, pairsBlock, pairsOnPage } from '../../src/lib/i18n/firstPaintLanguage';
import { en } from '../../src/lib/i18n/locales/en';
import { es } from '../../src/lib/i18n/locales/es';
import { parseAppState } from '../../src/lib/state/appState';

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

// The inline script itself, run on a few fake nodes fed to it as the parser's mutation records.
// As the page carries it: minified (scripts/inline-script.mjs).
const SCRIPT = inlineScript('src/lib/state/firstPaintUrl.inline.js');

type FakeNode = FakeText | FakeElement;
class FakeText {
  nodeType = 3;
  nextSibling: FakeNode | null = null;
  constructor(public nodeValue: string) {}
}
class FakeElement {
  nodeType = 1;
  nextSibling: FakeNode | null = null;
  firstChild: FakeNode | null = null;
  constructor(public attrs: Record<string, string> = {}, children: FakeNode[] = []) {
    children.forEach((child, i) => (child.nextSibling = children[i + 1] ?? null));
    this.firstChild = children[0] ?? null;
  }
  getAttribute(name: string) {
    return this.attrs[name] ?? null;
  }
  setAttribute(name: string, value: string) {
    this.attrs[name] = value;
  }
  removeAttribute(name: string) {
    delete this.attrs[name];
  }
}

/** Runs the script for `url` with `texts`; returns a function that delivers mutation records to it. */
function startScript(url: string, texts: Record<string, string> | null, title = 'Map') {
  let deliver: ((records: object[]) => void) | null = null;
  const parsed = new URL(url, 'https://atlas.example/');
  const classes = new Set<string>();
  const root = Object.assign(new FakeElement({ lang: 'en' }), { classList: { add: (name: string) => classes.add(name) } });
  const document = {
    title,
    currentScript: { previousElementSibling: texts && { getAttribute: () => 'es', textContent: JSON.stringify(texts) } },
    documentElement: Object.assign(root, { lang: 'en' }),
    addEventListener: () => {}
  };
  class Observer {
    constructor(callback: (records: object[]) => void) {
      deliver = callback;
    }
    observe() {}
    takeRecords() {
      return [];
    }
    disconnect() {}
  }
  new Function('document', 'location', 'window', SCRIPT)(document, { search: parsed.search, hash: parsed.hash }, { MutationObserver: Observer });
  const added = (...nodes: FakeNode[]) => deliver?.([{ type: 'childList', addedNodes: nodes }]);
  const changed = (node: FakeNode) => deliver?.([{ type: 'characterData', target: node, addedNodes: [] }]);
  return { document, root, added, changed, started: deliver !== null, classes: [...classes].sort() };
}

describe('the inline script, on the URL’s view', () => {
  it('sets the presenting layout and the high-contrast theme where the URL turns them on, as parseAppState reads them', () => {
    expect(startScript('/?present=1', {}).classes).toEqual(['presenting']);
    expect(startScript('/?present=%20YES&contrast=on', {}).classes).toEqual(['contrast', 'presenting']);
    expect(startScript('/?contrast=true&lang=es', {}).classes).toEqual(['contrast']);
    // The portable atlas keeps its query in the fragment.
    expect(startScript('/#/?present=1', {}).classes).toEqual(['presenting']);
  });

  it('leaves them off for a value the app refuses or turns off, and on a page without a language block', () => {
    for (const query of ['', '?present=0', '?present=', '?present=2', '?present=false&contrast=no', '?presenting=1']) expect(startScript(`/${query}`, {}).classes).toEqual([]);
    expect(startScript('/?present=1', null)).toMatchObject({ classes: ['presenting'], started: false });
  });

  it('agrees with the app on every value', () => {
    for (const value of ['1', '0', 'true', 'TRUE', ' yes ', 'on', 'off', 'no', '', 'x', '1.0', 'ja']) {
      const { state } = parseAppState(new URLSearchParams({ present: value, contrast: value }));
      const expected = [...(state.contrast ? ['contrast'] : []), ...(state.present ? ['presenting'] : [])];
      expect(startScript(`/?${new URLSearchParams({ present: value, contrast: value })}`, {}).classes, value).toEqual(expected);
    }
  });
});

describe('the inline script', () => {
  const texts = { Play: 'Reproducir', 'Play or pause': 'Reproducir o pausar', Language: 'Idioma', Map: 'Mapa', Reproducir: 'Wrong' };

  it('does nothing unless the URL asks for its language', () => {
    expect(startScript('/', texts).started).toBe(false);
    expect(startScript('/?lang=fr', texts).started).toBe(false);
    expect(startScript('/?lang=%20ES', texts).started).toBe(true);
    expect(startScript('/#/?lang=es', texts).started).toBe(true);
  });

  it('swaps whole texts and labels once, keeping the space around them', () => {
    const { added, root, document } = startScript('/?lang=es', texts);
    expect(document.documentElement.lang).toBe('es');
    expect(root.getAttribute('data-url-lang')).toBe('es');
    expect(document.title).toBe('Mapa');
    const text = new FakeText('\n  Play\n');
    const other = new FakeText('Play it');
    const nav = new FakeElement({ 'aria-label': 'Language' }, [text, other]);
    // The parser reports the element and then its text: each is looked at as often as it comes.
    added(nav);
    added(text);
    expect(text.nodeValue).toBe('\n  Reproducir\n');
    expect(other.nodeValue).toBe('Play it');
    expect(nav.attrs['aria-label']).toBe('Idioma');
    // An element seen twice keeps its label ("Reproducir" is a key here only to catch a second swap).
    const button = new FakeElement({ title: 'Play' });
    added(button);
    added(button);
    expect(button.attrs.title).toBe('Reproducir');
  });

  it('reads a text the parser finishes in a later chunk as a whole', () => {
    const { added, changed } = startScript('/?lang=es', texts);
    const text = new FakeText('Play');
    added(text);
    expect(text.nodeValue).toBe('Reproducir');
    text.nodeValue += ' or pause';
    changed(text);
    expect(text.nodeValue).toBe('Reproducir o pausar');
    // The rest makes it a text the catalog does not have: all of it stays English.
    const cut = new FakeText('Play');
    added(cut);
    cut.nodeValue += ' it again';
    changed(cut);
    expect(cut.nodeValue).toBe('Play it again');
  });

  it('marks the language shown in the language switch', () => {
    const { added } = startScript('/?lang=es', texts);
    const english = new FakeElement({ hreflang: 'en', 'aria-current': 'true' });
    const spanish = new FakeElement({ hreflang: 'es' });
    added(english, spanish);
    expect(english.attrs['aria-current']).toBeUndefined();
    expect(spanish.attrs['aria-current']).toBe('true');
  });
});
