// The real MPP dataset in geodata/mpp/ must validate, and every validation rule must fire on the
// broken fixtures in tests/fixtures/dataset/broken/ (one rule per folder).
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkDataset, loadDataset, DatasetError } from '../../src/lib/data/node/loadDataset';
import { formatError, type DataError } from '../../src/lib/data/validate';
import { mppDatasetPlugin } from '../../src/lib/data/node/vitePlugin';

const FIXTURES = 'tests/fixtures/dataset';

/** The valid fixture dataset with the broken case's files laid over it, in a temporary folder. */
function caseDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `mpp-${name}-`));
  for (const f of readdirSync(`${FIXTURES}/valid`)) copyFileSync(`${FIXTURES}/valid/${f}`, join(dir, f));
  for (const f of readdirSync(`${FIXTURES}/broken/${name}`)) if (f !== 'expected.json') copyFileSync(`${FIXTURES}/broken/${name}/${f}`, join(dir, f));
  return dir;
}

describe('the MPP dataset in geodata/mpp', () => {
  it('passes every schema, geographic and logical rule', () => {
    const { errors } = checkDataset();
    expect(errors.map((e) => formatError(e))).toEqual([]);
  });

  const d = loadDataset();

  it('has the ports and cities the map promises, with their ids', () => {
    expect(d.ports.map((p) => p.id).sort()).toEqual(['brownsville', 'calexico', 'eagle-pass', 'el-paso', 'hidalgo', 'laredo', 'nogales', 'san-ysidro']);
    expect(d.cities.map((c) => c.id).sort()).toEqual(
      ['ciudad-juarez', 'matamoros', 'mexicali', 'monterrey', 'nogales-sonora', 'nuevo-laredo', 'piedras-negras', 'reynosa', 'tapachula', 'tijuana']
    );
  });

  it('records Hidalgo as a wind-down entry port only, never a return port', () => {
    const hidalgo = d.ports.find((p) => p.id === 'hidalgo')!;
    expect(hidalgo.returnPort).toBe(false);
    expect(hidalgo.phases.map((p) => p.phase)).toEqual(['winddown']);
    expect(hidalgo.city).toBe('reynosa');
  });

  it('records both Eagle Pass start dates and says which the map uses', () => {
    const mpp1 = d.ports.find((p) => p.id === 'eagle-pass')!.phases.find((p) => p.phase === 'mpp1')!;
    expect(mpp1.start).toBe('2019-10-28');
    expect(mpp1.alternatives?.map((a) => a.date)).toContain('2019-10-29');
    expect(mpp1.note?.en).toMatch(/28 Oct/);
  });

  it('gives every advisory issuance the 32 states, with Tamaulipas at level 4 throughout', () => {
    for (const i of d.advisories.issuances) {
      expect(Object.keys(i.levels)).toHaveLength(32);
      expect(i.levels['MX-TAM']).toBe(4);
    }
  });

  it('resolves every cited source to a bibliography entry with a URL', () => {
    const ids = new Set(d.sources.map((s) => s.id));
    for (const f of d.facts) for (const s of f.sources) expect(ids.has(s), `${f.id} → ${s}`).toBe(true);
    for (const s of d.sources) expect(s.url).toMatch(/^https?:\/\//);
  });
});

describe('validation rules fire on broken input', () => {
  it('accepts the valid fixture dataset', () => {
    expect(checkDataset(`${FIXTURES}/valid`).errors).toEqual([]);
  });

  const cases = readdirSync(`${FIXTURES}/broken`);
  it('has a fixture for each rule', () => expect(cases.length).toBeGreaterThanOrEqual(15));

  for (const name of cases) {
    it(`rejects: ${name}`, () => {
      const expected = JSON.parse(readFileSync(`${FIXTURES}/broken/${name}/expected.json`, 'utf8')) as DataError;
      const { errors, dataset } = checkDataset(caseDir(name));
      expect(dataset).toBeNull();
      const match = errors.find(
        (e) => e.file === expected.file && e.record === expected.record && e.field === expected.field && e.message.includes(expected.message)
      );
      expect(match, `expected ${JSON.stringify(expected)} among ${errors.map((e) => formatError(e)).join('\n')}`).toBeDefined();
    });
  }

  it('stops the build with a message naming the file, the record and the field', () => {
    const plugin = mppDatasetPlugin(caseDir('city-in-wrong-state'));
    let message = '';
    const ctx = { error: (m: string) => { message = m; throw new Error(m); } };
    expect(() => (plugin.buildStart as unknown as (this: typeof ctx) => void).call(ctx)).toThrow();
    expect(message).toContain('cities.json › tijuana › lon/lat');
    expect(message).toContain('is not inside MX-SON');
  });

  it('loadDataset throws a DatasetError listing every problem', () => {
    const dir = caseDir('dangling-source-id');
    writeFileSync(join(dir, 'series.json'), '[]');
    expect(() => loadDataset(dir)).toThrow(DatasetError);
  });
});
