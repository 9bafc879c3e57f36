import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/data/node/loadDataset';
import { cityFactsOn, levelHistory, numberCitations } from '../../src/lib/time/model';

const d = loadDataset();

describe('a city as it stood on a day', () => {
  it('shows only facts dated on or before the day, newest first, and keeps later ones apart', () => {
    const { current, later } = cityFactsOn(d.facts, 'matamoros', '2020-02-01');
    expect(current.length).toBeGreaterThan(0);
    for (const f of current) expect(f.precision === 'month' ? f.date.slice(0, 7) <= '2020-02' : f.date <= '2020-02-01').toBe(true);
    const dates = current.map((f) => f.date);
    expect(dates).toEqual([...dates].sort().reverse());
    for (const f of later) expect(f.date > '2020-02-01').toBe(true);
    expect(current.length + later.length).toBe(d.facts.filter((f) => f.city === 'matamoros').length);
  });

  it('gives Baja California its level over time: 2 until 16 June 2021, then 3', () => {
    const spans = levelHistory(d.advisories, 'MX-BCN', '2018-12-20', '2022-12-31');
    expect(spans[0]).toMatchObject({ start: '2018-12-20', level: 2 });
    expect(spans[0]!.end).toBe('2021-06-16');
    expect(spans[1]).toMatchObject({ start: '2021-06-17', level: 3, end: '2022-12-31' });
    expect(levelHistory(d.advisories, 'MX-TAM', '2018-12-20', '2022-12-31')).toHaveLength(1);
  });

  it('numbers citations in order of first appearance', () => {
    expect([...numberCitations([['a', 'b'], ['b', 'c'], ['a']])]).toEqual([['a', 1], ['b', 2], ['c', 3]]);
  });
});
