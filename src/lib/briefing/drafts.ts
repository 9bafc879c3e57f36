// "My briefings": the drafts a speaker makes in the browser, kept in its storage (localStorage) so
// they survive a reload, a browser restart and being offline. A draft is a briefing in progress: it
// may have empty fields until it is presented or saved as a file (checkBriefing decides then).
// Nothing is overwritten without asking: a file or link brought in always becomes a new draft.
// Pure over a Storage (the browser's, or a test's): tested in tests/unit/drafts.test.ts.
import type { Briefing } from '$lib/data/briefing';
import { DRAFT_ID } from '$lib/state/appState';

/** A briefing as edited: the file's content without its format and version (the file adds them). */
export type DraftBriefing = Omit<Briefing, 'format' | 'version'>;

export interface Draft {
  /** The draft's own id (the URL's ?edit=), apart from the briefing's id, which the speaker may change. */
  id: string;
  name: string;
  /** When it was last saved, ISO 8601. */
  saved: string;
  briefing: DraftBriefing;
}

export type DraftSummary = Pick<Draft, 'id' | 'name' | 'saved'> & { chapters: number };

/**
 * Why a draft could not be saved: the storage is full, the browser gives none (private mode, a
 * locked-down profile), or another tab or window saved the draft since this page read it.
 */
export type SaveProblem = 'full' | 'unavailable' | 'changed';
export type SaveResult = { ok: true; draft: Draft } | { ok: false; problem: SaveProblem };

const PREFIX = 'mpp-atlas:draft:';
/** The longest name a draft is given (the rename field's limit too). */
export const NAME_MAX = 80;

/** The storage key a draft is kept under (what a `storage` event names). */
export const draftKeyOf = (id: string) => PREFIX + id;

/** Whether a storage key (a `storage` event's, null when another page cleared the storage) may be a draft's. */
export const mayBeDraftKey = (key: string | null) => key === null || key.startsWith(PREFIX);

export class DraftStore {
  /**
   * Each draft this page is editing, as it last opened or saved it (the stored text): what its next
   * save may replace. Only `open` and `save` set it, so a list or a look at a draft elsewhere on the
   * page cannot move it on past another tab's changes.
   */
  readonly #known = new Map<string, string>();

  /** `storage` null: the browser gives no storage; every save says so. */
  constructor(
    private readonly storage: Storage | null,
    private readonly now: () => Date = () => new Date(),
    private readonly newId: () => string = () => Math.random().toString(36).slice(2, 10).padEnd(8, '0')
  ) {}

  /** The drafts, newest first; an entry that cannot be read (changed by hand) is left out, not deleted. */
  list(): DraftSummary[] {
    if (!this.storage) return [];
    const out: DraftSummary[] = [];
    for (let i = 0; i < this.storage.length; i++) {
      const key = this.storage.key(i);
      if (!key?.startsWith(PREFIX)) continue;
      const draft = this.get(key.slice(PREFIX.length));
      if (draft) out.push({ id: draft.id, name: draft.name, saved: draft.saved, chapters: draft.briefing.chapters.length });
    }
    return out.sort((a, b) => (a.saved < b.saved ? 1 : a.saved > b.saved ? -1 : 0));
  }

  get(id: string): Draft | null {
    return this.#read(id)?.draft ?? null;
  }

  /** A draft to edit: as `get`, and its next save replaces this version only (see `save`). */
  open(id: string): Draft | null {
    const found = this.#read(id);
    if (found) this.#known.set(id, found.text);
    return found?.draft ?? null;
  }

  #read(id: string): { draft: Draft; text: string } | null {
    if (!this.storage || !DRAFT_ID.test(id)) return null;
    try {
      const text = this.storage.getItem(draftKeyOf(id));
      const draft = JSON.parse(text ?? 'null') as Draft | null;
      return text && draft && draft.id === id && Array.isArray(draft.briefing?.chapters) ? { draft, text } : null;
    } catch {
      return null;
    }
  }

  /**
   * Saves a draft as it is now (as the speaker types); on failure the caller keeps the text and says
   * why. A draft that another tab or window has saved since this page opened or last saved it is not
   * replaced ('changed'): the pages share the storage, and the later save would silently undo the
   * other's work. (One that was deleted meanwhile is saved again: what is on this page is kept.)
   */
  save(draft: Omit<Draft, 'saved'>): SaveResult {
    if (!this.storage) return { ok: false, problem: 'unavailable' };
    const key = draftKeyOf(draft.id);
    const stored = this.storage.getItem(key);
    if (stored !== null && this.#known.has(draft.id) && stored !== this.#known.get(draft.id)) return { ok: false, problem: 'changed' };
    const saved: Draft = { ...draft, saved: this.now().toISOString() };
    try {
      const text = JSON.stringify(saved);
      this.storage.setItem(key, text);
      this.#known.set(draft.id, text);
      return { ok: true, draft: saved };
    } catch (error) {
      return { ok: false, problem: (error as DOMException)?.name === 'QuotaExceededError' ? 'full' : 'unavailable' };
    }
  }

  /** A new draft (always a new id: nothing existing is replaced). */
  create(briefing: DraftBriefing, name = briefing.title.en || briefing.title.es || briefing.id): SaveResult {
    let id = this.newId();
    while (this.storage?.getItem(draftKeyOf(id))) id = this.newId();
    // A briefing read from a file keeps its content; the file's format and version are the file's.
    const { id: briefingId, title, description, chapters } = briefing;
    return this.save({ id, name: name.trim().slice(0, NAME_MAX), briefing: { id: briefingId, title, description, chapters } });
  }

  /** Renames the draft as it is now in the storage (another tab's latest changes included). */
  rename(id: string, name: string): SaveResult | null {
    const draft = this.open(id);
    return draft ? this.save({ ...draft, name: name.trim().slice(0, NAME_MAX) }) : null;
  }

  duplicate(id: string, copyName: (name: string) => string): SaveResult | null {
    const draft = this.get(id);
    return draft ? this.create(structuredClone(draft.briefing), copyName(draft.name)) : null;
  }

  /** Deletes a draft (the caller asks first); returns what was deleted, for an undo. */
  remove(id: string): Draft | null {
    const draft = this.get(id);
    if (draft) this.storage?.removeItem(draftKeyOf(id));
    this.#known.delete(id);
    return draft;
  }
}

/** The browser's storage, or null where it is switched off or refused (reading it can throw). */
export function browserStorage(): Storage | null {
  try {
    const storage = window.localStorage;
    // Outside the drafts' keys: other tabs' lists need not look again at every page that starts.
    const probe = 'mpp-atlas:probe';
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    return null;
  }
}

/** A Storage that lasts as long as the page: where the browser gives none, a briefing opened still presents. */
export class MemoryStorage implements Storage {
  readonly #items = new Map<string, string>();
  get length() {
    return this.#items.size;
  }
  key(i: number) {
    return [...this.#items.keys()][i] ?? null;
  }
  getItem(key: string) {
    return this.#items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.#items.set(key, String(value));
  }
  removeItem(key: string) {
    this.#items.delete(key);
  }
  clear() {
    this.#items.clear();
  }
}

let mine: { store: DraftStore; persistent: boolean } | null = null;

/**
 * The reader's briefings in this browser; `persistent` false where the browser keeps nothing
 * (they then last until the page is closed, and the reader is told so).
 */
export function myBriefings(): { store: DraftStore; persistent: boolean } {
  if (!mine) {
    const storage = browserStorage();
    mine = { store: new DraftStore(storage ?? new MemoryStorage()), persistent: !!storage };
  }
  return mine;
}

let session: DraftStore | null = null;

/** Briefings presented from a link without being saved: they last as long as the page. */
export function sessionBriefings(): DraftStore {
  return (session ??= new DraftStore(new MemoryStorage()));
}

/** A briefing of the reader's own by id: kept in this browser, or presented from a link. */
export const ownBriefing = (id: string) => myBriefings().store.get(id) ?? sessionBriefings().get(id);
