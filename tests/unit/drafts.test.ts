import { describe, expect, it } from 'vitest';
import { DraftStore, MemoryStorage, type DraftBriefing } from '../../src/lib/briefing/drafts';

/** The app's Storage in memory, that can be made full. */
class FillableStorage extends MemoryStorage {
  full = false;
  override setItem(k: string, v: string) {
    if (this.full) throw new DOMException('full', 'QuotaExceededError');
    super.setItem(k, v);
  }
}

const briefing = (title: string): DraftBriefing => ({
  id: 'my-briefing',
  title: { en: title, es: title },
  description: { en: 'About', es: 'Sobre' },
  chapters: [{ id: 'one', date: '2019-08-01', camera: 'border', city: null, ports: [], title: { en: 'One', es: 'Uno' }, caption: { en: 'c', es: 'c' }, notes: { en: 'n', es: 'n' }, sources: ['x'] }]
});

function store(storage: Storage | null = new MemoryStorage()) {
  let clock = 0;
  let ids = 0;
  return new DraftStore(storage, () => new Date(Date.UTC(2026, 0, 1, 0, 0, clock++)), () => `draft${String(ids++).padStart(3, '0')}`);
}

describe('DraftStore', () => {
  it('keeps a draft as saved, and lists drafts newest first', () => {
    const drafts = store();
    const a = drafts.create(briefing('Bar association'));
    const b = drafts.create(briefing('Legislators'));
    expect(a.ok && b.ok).toBe(true);
    expect(drafts.get('draft000')?.briefing.title.en).toBe('Bar association');
    expect(drafts.list().map((d) => [d.id, d.name, d.chapters])).toEqual([
      ['draft001', 'Legislators', 1],
      ['draft000', 'Bar association', 1]
    ]);
  });

  it('survives a new store over the same storage (a reload, a restart)', () => {
    const storage = new MemoryStorage();
    store(storage).create(briefing('Kept'));
    expect(new DraftStore(storage).get('draft000')?.name).toBe('Kept');
  });

  it('renames, duplicates as a new draft and deletes, returning what it deleted for an undo', () => {
    const drafts = store();
    drafts.create(briefing('Original'));
    drafts.rename('draft000', 'Renamed');
    const copy = drafts.duplicate('draft000', (name) => `${name} (copy)`);
    expect(copy).toMatchObject({ ok: true, draft: { id: 'draft001', name: 'Renamed (copy)' } });
    const removed = drafts.remove('draft000');
    expect(removed?.name).toBe('Renamed');
    expect(drafts.list().map((d) => d.id)).toEqual(['draft001']);
    drafts.save(removed!);
    expect(drafts.list()).toHaveLength(2);
  });

  it('never replaces a draft when one comes in: a file with the same briefing id becomes a new draft', () => {
    const drafts = store();
    drafts.create(briefing('Mine'));
    drafts.create(briefing('Imported'));
    expect(drafts.get('draft000')?.name).toBe('Mine');
    expect(drafts.list()).toHaveLength(2);
  });

  it('says when the storage is full or missing, and keeps what it had', () => {
    const storage = new FillableStorage();
    const drafts = store(storage);
    drafts.create(briefing('Before'));
    storage.full = true;
    expect(drafts.rename('draft000', 'After')).toEqual({ ok: false, problem: 'full' });
    expect(drafts.get('draft000')?.name).toBe('Before');
    expect(store(null).create(briefing('Nowhere'))).toEqual({ ok: false, problem: 'unavailable' });
    expect(store(null).list()).toEqual([]);
  });

  it('leaves out, but does not delete, an entry changed by hand into something unreadable', () => {
    const storage = new MemoryStorage();
    const drafts = store(storage);
    drafts.create(briefing('Good'));
    storage.setItem('mpp-atlas:draft:broken01', '{not json');
    storage.setItem('mpp-atlas:draft:other002', JSON.stringify({ id: 'different', briefing: {} }));
    expect(drafts.list().map((d) => d.id)).toEqual(['draft000']);
    expect(storage.getItem('mpp-atlas:draft:broken01')).toBe('{not json');
    expect(drafts.get('../../etc')).toBeNull();
  });
});

// Two tabs or windows share the browser's storage, each with its own store (its page's module).
describe('DraftStore in two tabs', () => {
  const twoTabs = () => {
    const storage = new MemoryStorage();
    const first = store(storage);
    const made = first.create(briefing('Shared'));
    if (!made.ok) throw new Error('not made');
    return { storage, first, second: store(storage), id: made.draft.id };
  };

  it('does not let a tab replace what another tab saved after it opened the draft', () => {
    const { first, second, id } = twoTabs();
    const inSecond = second.open(id)!;
    const inFirst = first.open(id)!;
    expect(first.save({ ...inFirst, briefing: briefing('Edited in the first tab') }).ok).toBe(true);
    expect(second.save({ ...inSecond, briefing: briefing('Edited in the second tab') })).toEqual({ ok: false, problem: 'changed' });
    expect(first.get(id)!.briefing.title.en).toBe('Edited in the first tab');
  });

  it('keeps the version a tab opened when the same page lists or looks at the drafts', () => {
    const { first, second, id } = twoTabs();
    const inSecond = second.open(id)!;
    first.save({ ...first.open(id)!, briefing: briefing('Edited in the first tab') });
    // A list beside the editor reads every draft: that is not the editor having seen the change.
    second.list();
    second.get(id);
    expect(second.save({ ...inSecond, briefing: briefing('Edited in the second tab') })).toEqual({ ok: false, problem: 'changed' });
  });

  it('lets a tab save again once it has opened the other tab’s version', () => {
    const { first, second, id } = twoTabs();
    second.open(id);
    first.save({ ...first.open(id)!, name: 'Renamed in the first tab' });
    const current = second.open(id)!;
    expect(current.name).toBe('Renamed in the first tab');
    expect(second.save({ ...current, briefing: briefing('Then edited in the second') }).ok).toBe(true);
  });

  it('renames the draft as it is now, another tab’s changes included', () => {
    const { first, second, id } = twoTabs();
    second.open(id);
    first.save({ ...first.open(id)!, briefing: briefing('Edited in the first tab') });
    expect(second.rename(id, '  Board meeting  ')!.ok).toBe(true);
    expect(first.get(id)).toMatchObject({ name: 'Board meeting', briefing: { title: { en: 'Edited in the first tab' } } });
  });

  it('lets a tab save its own changes one after another', () => {
    const { first, id } = twoTabs();
    const draft = first.open(id)!;
    for (const title of ['a', 'ab', 'abc']) expect(first.save({ ...draft, briefing: briefing(title) }).ok).toBe(true);
    expect(first.get(id)!.briefing.title.en).toBe('abc');
  });

  it('saves again a draft another tab deleted, rather than lose what this tab has', () => {
    const { first, second, id } = twoTabs();
    const draft = first.open(id)!;
    second.remove(id);
    expect(first.save({ ...draft, briefing: briefing('Still being written') }).ok).toBe(true);
    expect(second.get(id)!.briefing.title.en).toBe('Still being written');
  });
});
