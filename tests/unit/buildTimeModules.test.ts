import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { locatorPlugin, LOCATOR_MODULE } from '../../src/lib/map/node/locatorPlugin';
import { BOUNDARIES_FILE, DATA_DIR, loadDataset } from '../../src/lib/data/node/loadDataset';
import { referencePlugin, REFERENCE_MODULE, sourceNotesPlugin, SOURCE_NOTES_MODULE } from '../../src/lib/data/node/referencePlugin';
import { referenceDataset, sourceNotes } from '../../src/lib/data/client';
import type { Plugin } from 'vite';
import { locatorMap } from '../../src/lib/map/locator';

/** Loads a build-time module through its plugin, as Vite would: what it exports and the files it watches. */
function loadModule(plugin: Plugin, id: string) {
  const resolveId = plugin.resolveId as (id: string) => string | null;
  const load = plugin.load as (this: { addWatchFile(file: string): void }, id: string) => string | null;
  const resolved = resolveId(id);
  expect(resolved).toBeTruthy();
  expect(resolveId('something-else')).toBeNull();
  expect(load.call({ addWatchFile: () => {} }, 'something-else')).toBeNull();
  const watched: string[] = [];
  const code = load.call({ addWatchFile: (file) => watched.push(file) }, resolved!);
  expect(code).toMatch(/^export default \{/);
  return { watched, exported: JSON.parse(code!.replace(/^export default /, '').replace(/;$/, '')) };
}

describe('the build-time modules pages share', () => {
  it('the locator map is that of the shipped basemap, as one ES module', () => {
    const { watched, exported } = loadModule(locatorPlugin(), LOCATOR_MODULE);
    expect(watched).toEqual([BOUNDARIES_FILE]);
    expect(exported).toEqual(locatorMap(JSON.parse(readFileSync(BOUNDARIES_FILE, 'utf8'))));
    // Every Mexican state is drawn, and the border.
    expect(exported.states.filter((s: { country: string }) => s.country === 'MX')).toHaveLength(32);
    expect(exported.border.length).toBeGreaterThan(100);
  });

  it('the reference data (panels, sheets, bibliography) is that of the dataset being built, as one ES module', () => {
    const { watched, exported } = loadModule(referencePlugin(DATA_DIR), REFERENCE_MODULE);
    expect(watched.sort()).toEqual(['advisories.json', 'cities.json', 'events.json', 'facts.json', 'ports.json', 'series.json', 'sources.json', 'transfers.json'].map((f) => join(DATA_DIR, f)));
    expect(exported).toEqual(referenceDataset(loadDataset(DATA_DIR)));
    expect(exported.cities.length).toBeGreaterThan(5);
  });

  it('the notes on sources are those of the dataset, by source id, and only there', () => {
    const { watched, exported } = loadModule(sourceNotesPlugin(DATA_DIR), SOURCE_NOTES_MODULE);
    expect(watched).toEqual([join(DATA_DIR, 'sources.json')]);
    const dataset = loadDataset(DATA_DIR);
    expect(exported).toEqual(sourceNotes(dataset));
    const noted = dataset.sources.filter((s) => s.note);
    expect(noted.length).toBeGreaterThan(0);
    for (const s of noted) expect(exported[s.id], s.id).toBe(s.note);
    expect(referenceDataset(dataset).sources.some((s) => 'note' in s)).toBe(false);
  });
});
