// A briefing as a file (<name>.briefing.json) and as a link (#b=… in the URL's fragment): the same
// format as geodata/briefings/*.json, checked by the same function (checkBriefing) whatever its
// origin. Both are untrusted input: size-limited, parsed, then checked field by field; nothing in
// them is ever run or written as markup. Pure (no DOM): tested in tests/unit/briefingFile.test.ts.
import { BRIEFING_FORMAT, BRIEFING_VERSION, checkBriefing, type Briefing, type BriefingProblem, type KnownRefs } from '$lib/data/briefing';

/** The largest briefing file read: the shipped 12-chapter briefing is ~25 KB. */
export const MAX_FILE_BYTES = 512 * 1024;
/** The longest link fragment read (a browser keeps much longer URLs, but few chat apps do). */
export const MAX_LINK_CHARS = 64 * 1024;
/** The fragment key of a shared briefing: #b=<deflated, base64url JSON>. */
export const LINK_KEY = 'b';

export type BriefingRead = { ok: true; briefing: Briefing } | { ok: false; problems: BriefingProblem[] };

const refuse = (field: string, message: string): BriefingRead => ({ ok: false, problems: [{ chapter: null, field, message }] });
const read = (raw: unknown, known: KnownRefs): BriefingRead => {
  const { briefing, problems } = checkBriefing(raw, known);
  return briefing ? { ok: true, briefing } : { ok: false, problems };
};

/** The file's text: the briefing with its format and version first, indented for people who read it. */
export function briefingFileText(briefing: Omit<Briefing, 'format' | 'version'>): string {
  const { id, title, description, chapters } = briefing;
  return `${JSON.stringify({ format: BRIEFING_FORMAT, version: BRIEFING_VERSION, id, title, description, chapters }, null, 2)}\n`;
}

/** A file name for the briefing: `<name>.briefing.json`. */
export function briefingFileName(briefing: Pick<Briefing, 'id'>): string {
  return `${briefing.id}.briefing.json`;
}

/** Reads a briefing file's text (its size in bytes checked first, then JSON, then the briefing). */
export function readBriefingFile(text: string, known: KnownRefs): BriefingRead {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_FILE_BYTES) return refuse('file', `is ${Math.ceil(bytes / 1024)} KB; a briefing file is at most ${MAX_FILE_BYTES / 1024} KB`);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return refuse('file', `is not valid JSON (${(error as Error).message})`);
  }
  return read(raw, known);
}

function toBase64Url(bytes: Uint8Array): string {
  // In slices: spreading a large array into one call overflows the argument stack.
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream, limit = Infinity): Promise<Uint8Array> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(stream).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    size += next.value.length;
    // A small fragment can inflate to a huge text: stop reading past the file limit.
    if (size > limit) {
      await reader.cancel();
      throw new RangeError('too large');
    }
    chunks.push(next.value);
  }
  const joined = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) joined.set(c, (at += c.length) - c.length);
  return joined;
}

/**
 * The fragment (without `#`) that carries a briefing: `b=<deflated JSON, base64url>`; null for a
 * briefing too large for a link (it goes as a file instead).
 */
export async function briefingLinkFragment(briefing: Omit<Briefing, 'format' | 'version'>): Promise<string | null> {
  const json = new TextEncoder().encode(JSON.stringify(JSON.parse(briefingFileText(briefing))));
  const value = toBase64Url(await pipe(json, new CompressionStream('deflate-raw')));
  return value.length > MAX_LINK_CHARS ? null : `${LINK_KEY}=${value}`;
}

/** Reads a briefing from a URL fragment (with or without `#`); null where the fragment carries none. */
export async function readBriefingLink(fragment: string, known: KnownRefs): Promise<BriefingRead | null> {
  const params = new URLSearchParams(fragment.replace(/^#/, ''));
  const value = params.get(LINK_KEY);
  if (value === null) return null;
  if (value.length > MAX_LINK_CHARS) return refuse('link', `is ${value.length} characters long; a briefing link holds at most ${MAX_LINK_CHARS}`);
  const bytes = fromBase64Url(value);
  if (!bytes) return refuse('link', 'is cut short or changed: it is not a briefing link');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await pipe(bytes, new DecompressionStream('deflate-raw'), MAX_FILE_BYTES));
  } catch (error) {
    return error instanceof RangeError
      ? refuse('link', `holds more than ${MAX_FILE_BYTES / 1024} KB, more than any briefing`)
      : refuse('link', 'is cut short or changed: it is not a briefing link');
  }
  return readBriefingFile(text, known);
}
