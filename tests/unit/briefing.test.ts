// Briefings (geodata/briefings/*.json) are checked at build time against their schema and the
// dataset; a broken one fails the build with the file, the chapter and the field named.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkBriefings, loadDataset } from '../../src/lib/data/node/loadDataset';
import { validateBriefing, type Briefing } from '../../src/lib/data/briefing';
import { formatError } from '../../src/lib/data/validate';

const d = loadDataset();
const WINDOW = ['2018-12-20', '2022-12-31'] as const;
const real = checkBriefings(d);
const briefing = real.briefings.find((b) => b.id === 'default')!;

/** The default briefing with one chapter changed. */
function withChapter(index: number, change: Record<string, unknown>): unknown {
  const copy = structuredClone(briefing) as Briefing;
  Object.assign(copy.chapters[index]!, change);
  return copy;
}
const errorsOf = (raw: unknown, file = 'default.json') => validateBriefing(file, raw, d, WINDOW).errors;

describe('briefings', () => {
  it('the shipped briefings pass, with 10–14 chapters in the default one', () => {
    expect(real.errors.map((e) => formatError(e))).toEqual([]);
    expect(briefing.chapters.length).toBeGreaterThanOrEqual(10);
    expect(briefing.chapters.length).toBeLessThanOrEqual(14);
  });

  it.each([
    ['city', { city: 'atlantis' }, 'no city "atlantis" in cities.json'],
    ['ports', { ports: ['laredo', 'gotham'] }, 'no port "gotham" in ports.json'],
    ['sources', { sources: ['made-up-source'] }, 'source "made-up-source" is not in sources.json'],
    ['date', { date: '2023-02-01' }, '2023-02-01 is outside the timeline 2018-12-20 … 2022-12-31']
  ])('a chapter naming an unknown %s fails, naming the file, chapter and field', (field, change, message) => {
    expect(errorsOf(withChapter(4, change))).toEqual([{ file: 'default.json', record: 'onward-busing', field, message }]);
  });

  it('schema errors name the chapter and field too', () => {
    const errors = errorsOf(withChapter(2, { ports: 'laredo', camera: { center: [-98, 23], zoom: 12 } }));
    const third = briefing.chapters[2]!.id;
    expect(errors.map((e) => [e.file, e.record, e.field])).toEqual(
      expect.arrayContaining([
        ['default.json', third, 'camera.zoom'],
        ['default.json', third, 'ports']
      ])
    );
  });

  it('a chapter id used twice, and a briefing id that is not its file name, fail', () => {
    const copy = structuredClone(briefing) as Briefing;
    copy.chapters[1]!.id = copy.chapters[0]!.id;
    expect(errorsOf(copy, 'other.json').map((e) => `${e.record ?? '-'} ${e.field}: ${e.message}`)).toEqual([
      '- id: must match the file name (other)',
      `${copy.chapters[0]!.id} id: this id is used twice`
    ]);
  });

  it('a file that is not JSON fails with its name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mpp-briefings-'));
    writeFileSync(join(dir, 'broken.json'), '{ "id": "broken", ');
    const { errors, briefings } = checkBriefings(d, dir);
    expect(briefings).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'broken.json', record: null });
    expect(errors[0]!.message).toMatch(/^not valid JSON/);
  });
});

describe('a briefing saved from the atlas', () => {
  it('ships when its file (<id>.briefing.json) is dropped into geodata/briefings/', async () => {
    const { briefingFileName, briefingFileText } = await import('../../src/lib/briefing/file');
    const own = { ...structuredClone(briefing), id: 'our-talk' };
    const dir = mkdtempSync(join(tmpdir(), 'briefings-'));
    writeFileSync(join(dir, briefingFileName(own)), briefingFileText(own));
    const shipped = checkBriefings(d, dir);
    expect(shipped.errors.map((e) => formatError(e))).toEqual([]);
    expect(shipped.briefings.map((b) => b.id)).toEqual(['our-talk']);
  });
});
