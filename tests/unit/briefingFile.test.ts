// A briefing as a file and as a link: the same format as the shipped briefings, read back
// identically, and refused (by chapter and field) when it is broken, too large or from a later version.
import { describe, expect, it } from 'vitest';
import { deflateRawSync } from 'node:zlib';
import { checkBriefings, loadDataset } from '../../src/lib/data/node/loadDataset';
import { BRIEFING_VERSION, knownRefsOf, type Briefing } from '../../src/lib/data/briefing';
import { MAX_FILE_BYTES, MAX_LINK_CHARS, briefingFileName, briefingFileText, briefingLinkFragment, readBriefingFile, readBriefingLink } from '../../src/lib/briefing/file';

const d = loadDataset();
const known = knownRefsOf(d, ['2018-12-20', '2022-12-31']);
const shipped = checkBriefings(d).briefings.find((b) => b.id === 'default')!;

/** The shipped briefing's file text with some change made to the parsed object. */
function fileWith(change: (b: Briefing) => void): string {
  const copy = structuredClone(shipped);
  change(copy);
  return JSON.stringify(copy);
}
const problemsOf = (text: string) => {
  const read = readBriefingFile(text, known);
  return read.ok ? [] : read.problems;
};

describe('a briefing file', () => {
  it('reads back identical to what was written, the shipped briefing included', () => {
    const text = briefingFileText(shipped);
    expect(text.startsWith('{\n  "format": "mpp-atlas-briefing",\n  "version": 1,')).toBe(true);
    const read = readBriefingFile(text, known);
    expect(read).toEqual({ ok: true, briefing: shipped });
    expect(briefingFileText((read as { briefing: Briefing }).briefing)).toBe(text);
    expect(briefingFileName(shipped)).toBe('default.briefing.json');
  });

  it('is refused when it is not JSON, naming the file', () => {
    expect(problemsOf('{ "format": "mpp-atlas-briefing", ')).toEqual([{ chapter: null, field: 'file', message: expect.stringMatching(/^is not valid JSON/) }]);
  });

  it('is refused when it is no briefing at all, or from a later version, before any schema error', () => {
    expect(problemsOf('{"hello": "world"}')).toEqual([{ chapter: null, field: 'format', message: 'must be "mpp-atlas-briefing": this is not an MPP Atlas briefing' }]);
    expect(problemsOf(fileWith((b) => Object.assign(b, { version: BRIEFING_VERSION + 1, chapters: 'changed shape' })))).toEqual([
      { chapter: null, field: 'version', message: `is ${BRIEFING_VERSION + 1}: made by a newer MPP Atlas; this one reads version ${BRIEFING_VERSION}` }
    ]);
    expect(problemsOf(fileWith((b) => Object.assign(b, { version: 0 })))).toEqual([{ chapter: null, field: 'version', message: expect.any(String) }]);
  });

  it.each([
    ['city', (b: Briefing) => (b.chapters[4]!.city = 'atlantis'), 'no city "atlantis" in cities.json'],
    ['ports', (b: Briefing) => (b.chapters[4]!.ports = ['gotham']), 'no port "gotham" in ports.json'],
    ['sources', (b: Briefing) => (b.chapters[4]!.sources = ['made-up']), 'source "made-up" is not in sources.json'],
    ['date', (b: Briefing) => (b.chapters[4]!.date = '2031-01-01'), '2031-01-01 is outside the timeline 2018-12-20 … 2022-12-31']
  ])('naming an unknown %s is refused with the chapter and field', (field, change, message) => {
    expect(problemsOf(fileWith(change))).toEqual([{ chapter: shipped.chapters[4]!.id, field, message }]);
  });

  it('with a schema error names the chapter (or its number, where it has no id) and the field', () => {
    const problems = problemsOf(fileWith((b) => ((b.chapters[1]!.title.en = ''), delete (b.chapters[2] as { id?: string }).id)));
    expect(problems.map((p) => [p.chapter, p.field])).toEqual(expect.arrayContaining([[shipped.chapters[1]!.id, 'title.en'], ['#3', 'id']]));
  });

  it('is refused when larger than the limit, before it is parsed', () => {
    const big = `{"format":"mpp-atlas-briefing","padding":"${'x'.repeat(MAX_FILE_BYTES)}"}`;
    expect(problemsOf(big)).toEqual([{ chapter: null, field: 'file', message: expect.stringMatching(/KB; a briefing file is at most 512 KB$/) }]);
  });
});

describe('a briefing link', () => {
  it('carries the briefing compressed in the fragment and reads back identical', async () => {
    const fragment = (await briefingLinkFragment(shipped))!;
    expect(fragment).toMatch(/^b=[A-Za-z0-9_-]+$/);
    expect(fragment.length).toBeLessThan(briefingFileText(shipped).length / 2);
    expect(await readBriefingLink(`#${fragment}`, known)).toEqual({ ok: true, briefing: shipped });
  });

  it('is not made for a briefing too large for a link (it goes as a file)', async () => {
    const huge = structuredClone(shipped);
    // Text that compresses little: 200 chapters of random notes.
    const noise = () => Array.from({ length: 8 }, () => crypto.randomUUID()).join(' ');
    huge.chapters = Array.from({ length: 200 }, (_, i) => ({ ...shipped.chapters[0]!, id: `c${i}`, notes: { en: noise(), es: noise() } }));
    expect(await briefingLinkFragment(huge)).toBeNull();
  });

  it('is no briefing where the fragment has none', async () => {
    expect(await readBriefingLink('', known)).toBeNull();
    expect(await readBriefingLink('#date=2020-01-01', known)).toBeNull();
  });

  it('is refused when cut short, changed, too long or inflating past the file limit', async () => {
    const fragment = (await briefingLinkFragment(shipped))!;
    const problem = async (f: string) => {
      const read = await readBriefingLink(f, known);
      return read && !read.ok ? read.problems.map((p) => `${p.field} ${p.message}`) : read;
    };
    expect(await problem(fragment.slice(0, fragment.length / 2))).toEqual(['link is cut short or changed: it is not a briefing link']);
    expect(await problem('b=not*base64')).toEqual(['link is cut short or changed: it is not a briefing link']);
    expect(await problem(`b=${'A'.repeat(MAX_LINK_CHARS + 1)}`)).toEqual([`link is ${MAX_LINK_CHARS + 1} characters long; a briefing link holds at most ${MAX_LINK_CHARS}`]);
    const bomb = deflateRawSync(Buffer.alloc(MAX_FILE_BYTES * 4, 32)).toString('base64url');
    expect(await problem(`b=${bomb}`)).toEqual(['link holds more than 512 KB, more than any briefing']);
  });

  it('is checked like a file: a link naming an unknown city is refused by chapter and field', async () => {
    const copy = structuredClone(shipped);
    copy.chapters[0]!.city = 'atlantis';
    const read = await readBriefingLink((await briefingLinkFragment(copy))!, known);
    expect(read).toEqual({ ok: false, problems: [{ chapter: shipped.chapters[0]!.id, field: 'city', message: 'no city "atlantis" in cities.json' }] });
  });
});
