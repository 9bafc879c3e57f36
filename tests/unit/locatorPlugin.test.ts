import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { locatorPlugin, LOCATOR_MODULE } from '../../src/lib/map/node/locatorPlugin';
import { BOUNDARIES_FILE } from '../../src/lib/data/node/loadDataset';
import { locatorMap } from '../../src/lib/map/locator';

describe('the fact sheets\' shared locator module', () => {
  it('is the locator map of the shipped basemap, as one ES module', () => {
    const plugin = locatorPlugin();
    const resolveId = plugin.resolveId as (id: string) => string | null;
    const load = plugin.load as (this: { addWatchFile(file: string): void }, id: string) => string | null;
    const resolved = resolveId(LOCATOR_MODULE);
    expect(resolved).toBeTruthy();
    expect(resolveId('something-else')).toBeNull();
    const watched: string[] = [];
    const code = load.call({ addWatchFile: (file) => watched.push(file) }, resolved!);
    expect(watched).toEqual([BOUNDARIES_FILE]);
    expect(code).toMatch(/^export default \{/);
    const exported = JSON.parse(code!.replace(/^export default /, '').replace(/;$/, ''));
    expect(exported).toEqual(locatorMap(JSON.parse(readFileSync(BOUNDARIES_FILE, 'utf8'))));
    // Every Mexican state is drawn, and the border.
    expect(exported.states.filter((s: { country: string }) => s.country === 'MX')).toHaveLength(32);
    expect(exported.border.length).toBeGreaterThan(100);
  });
});
