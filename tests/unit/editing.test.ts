import { describe, expect, it } from 'vitest';
import { addChapter, cameraOf, completeBriefing, duplicateChapter, emptyBriefing, moveChapter, moveChapterTo, nameFollowingTitle, removeChapter, searchSources, slug, textIn } from '../../src/lib/briefing/editor/editing';
import { NAME_MAX } from '../../src/lib/briefing/drafts';

const view = (date: string) => ({ date, center: [-97.50411, 25.87954] as [number, number], zoom: 11.3, city: 'matamoros', ports: ['brownsville'] });
const three = () => {
  let b = emptyBriefing();
  for (const d of ['2019-01-28', '2019-07-19', '2022-08-08']) b = addChapter(b, view(d)).briefing;
  return b;
};

describe('the briefing editor', () => {
  it('adds the view on screen as a chapter, with its date, camera, city and ports', () => {
    const { briefing, index } = addChapter(emptyBriefing(), view('2019-07-19'));
    expect(index).toBe(0);
    expect(briefing.chapters[0]).toMatchObject({ id: 'chapter-1', date: '2019-07-19', city: 'matamoros', ports: ['brownsville'], camera: { center: [-97.504, 25.88], zoom: 9 } });
  });

  it('keeps the zoom inside the range the file format allows', () => {
    expect(cameraOf({ center: [0, 0], zoom: 1 })).toEqual({ center: [0, 0], zoom: 3 });
  });

  it('inserts after the selected chapter and never reuses an id', () => {
    const b = removeChapter(three(), 0);
    const { briefing, index } = addChapter(b, view('2020-01-01'), 0);
    expect(index).toBe(1);
    expect(briefing.chapters.map((c) => c.id)).toEqual(['chapter-2', 'chapter-4', 'chapter-3']);
  });

  it('moves chapters up and down within the list, and by drag and drop', () => {
    const b = three();
    expect(moveChapter(b, 0, -1).index).toBe(0);
    const down = moveChapter(b, 0, 1);
    expect(down.briefing.chapters.map((c) => c.id)).toEqual(['chapter-2', 'chapter-1', 'chapter-3']);
    expect(moveChapterTo(b, 2, 0).chapters.map((c) => c.id)).toEqual(['chapter-3', 'chapter-1', 'chapter-2']);
    // The original is left alone: an undo is the old value.
    expect(b.chapters.map((c) => c.id)).toEqual(['chapter-1', 'chapter-2', 'chapter-3']);
  });

  it('duplicates a chapter next to itself with a new id', () => {
    const { briefing, index } = duplicateChapter(three(), 1);
    expect(index).toBe(2);
    expect(briefing.chapters.map((c) => c.id)).toEqual(['chapter-1', 'chapter-2', 'chapter-4', 'chapter-3']);
    expect(briefing.chapters[2]!.date).toBe('2019-07-19');
  });

  it('borrows the other language where one is empty, and says so', () => {
    expect(textIn({ en: 'Hello', es: '' }, 'es')).toEqual({ text: 'Hello', borrowed: 'en' });
    expect(textIn({ en: 'Hello', es: 'Hola' }, 'es')).toEqual({ text: 'Hola', borrowed: null });
    expect(textIn({ en: ' ', es: '' }, 'en')).toEqual({ text: '', borrowed: null });
  });

  it('completes both languages and names the briefing after its title for the file', () => {
    const b = { ...three(), title: { en: '', es: 'Nuestros clientes en Matamoros' } };
    const done = completeBriefing(b);
    expect(done.id).toBe('nuestros-clientes-en-matamoros');
    expect(done.title).toEqual({ en: 'Nuestros clientes en Matamoros', es: 'Nuestros clientes en Matamoros' });
    expect(slug('¿Qué pasó? — 2019')).toBe('que-paso-2019');
    expect(slug('***')).toBe('my-briefing');
  });

  it('finds bibliography entries by every word of a query, accents ignored', () => {
    const sources = [
      { id: 'hrf-2019', publisher: 'Human Rights First', title: 'Orders from Above', date: '2019-10-01' },
      { id: 'dhs-mpp', publisher: 'DHS', title: 'Migrant Protection Protocols', date: '2019-01-24' },
      { id: 'el-pais', publisher: 'El País', title: 'Devoluciones a México', date: '2019-03-01' }
    ];
    expect(searchSources(sources, 'human orders').map((s) => s.id)).toEqual(['hrf-2019']);
    expect(searchSources(sources, 'PAIS mexico').map((s) => s.id)).toEqual(['el-pais']);
    expect(searchSources(sources, '  ')).toEqual([]);
  });
});

describe('nameFollowingTitle', () => {
  const untitled = ['Untitled briefing', 'Untitled briefing', 'Presentación sin título'];
  it('names an untitled draft after its title as it is typed', () => {
    expect(nameFollowingTitle('Untitled briefing', '', 'O', untitled)).toBe('O');
    expect(nameFollowingTitle('O', 'O', 'Our clients', untitled)).toBe('Our clients');
    expect(nameFollowingTitle('Presentación sin título', '', 'Nuestros clientes', untitled)).toBe('Nuestros clientes');
  });
  it('keeps a name the speaker chose', () => {
    expect(nameFollowingTitle('Board meeting', 'Our clients', 'Our clients in Matamoros', untitled)).toBe('Board meeting');
    // A title in the other language does not take over a name that follows this one's.
    expect(nameFollowingTitle('Our clients', '', 'Nuestros clientes', untitled)).toBe('Our clients');
  });
  it('goes back to the untitled name when the title is cleared, and keeps within the name’s length', () => {
    expect(nameFollowingTitle('Our clients', 'Our clients', '  ', untitled)).toBe('Untitled briefing');
    const long = 'x'.repeat(120);
    expect(nameFollowingTitle('Untitled briefing', '', long, untitled)).toHaveLength(NAME_MAX);
    expect(nameFollowingTitle('x'.repeat(NAME_MAX), long, `${long}y`, untitled)).toHaveLength(NAME_MAX);
  });
});
