import { describe, expect, it } from 'vitest';
import { EMBED_HEIGHT, EMBED_HEIGHT_BRIEFING, embedSnippet, embedUrl } from '../../src/lib/embed/snippet';
import { DEFAULT_STATE, parseAppState } from '../../src/lib/state/appState';

const view = { ...DEFAULT_STATE, date: '2020-01-15', city: 'matamoros', lang: 'es' as const };

describe('embedUrl', () => {
  it('carries the date, city and language to /embed/, and reads back as the same state', () => {
    const url = embedUrl('https://example.org/atlas/', view);
    expect(url).toBe('https://example.org/atlas/embed/?date=2020-01-15&city=matamoros&lang=es');
    const { state, notices } = parseAppState(new URL(url).searchParams);
    expect(notices).toEqual([]);
    expect(state).toMatchObject({ date: '2020-01-15', city: 'matamoros', lang: 'es', present: false });
  });

  it('carries a briefing chapter, and leaves presenting and contrast to the host page', () => {
    const url = embedUrl('http://127.0.0.1:4173', { ...view, city: null, briefing: 'default', chapter: 4, present: true, contrast: true } as never);
    expect(url).toBe('http://127.0.0.1:4173/embed/?briefing=default&chapter=4&date=2020-01-15&lang=es');
  });

  it('writes the date and language even where they are the defaults', () => {
    expect(embedUrl('https://example.org', DEFAULT_STATE)).toBe(`https://example.org/embed/?date=${DEFAULT_STATE.date}&lang=en`);
  });
});

describe('embedSnippet', () => {
  it('is an iframe with a title, the suggested height and no border', () => {
    const { html, height } = embedSnippet('https://example.org', view, 'MPP Atlas');
    expect(height).toBe(EMBED_HEIGHT);
    expect(html).toBe(`<iframe src="https://example.org/embed/?date=2020-01-15&amp;city=matamoros&amp;lang=es" title="MPP Atlas" width="100%" height="${EMBED_HEIGHT}" style="border:0;max-width:100%" loading="lazy"></iframe>`);
  });

  it('is taller for a briefing chapter, whose caption needs the room', () => {
    expect(embedSnippet('https://example.org', { ...view, briefing: 'default', chapter: 2 }, 'x').height).toBe(EMBED_HEIGHT_BRIEFING);
  });

  it('writes a title with quotes or markup as an attribute value, not as markup', () => {
    const { html } = embedSnippet('https://example.org', view, 'A "quoted" <b>title</b>');
    expect(html).toContain('title="A &quot;quoted&quot; &lt;b>title&lt;/b>"');
  });
});
