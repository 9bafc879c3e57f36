import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { firstPaintPicture, mercatorProjector, PICTURE_WIDTH } from '../../src/lib/map/firstPaintPicture';
import { BORDER_BOUNDS } from '../../src/lib/map/style';
import type { BoundariesTopology } from '../../src/lib/map/basemap';

describe('the first-paint picture', () => {
  it('spans the opening bounds exactly, west to east and north to south, in Web Mercator', () => {
    const { project, height } = mercatorProjector(BORDER_BOUNDS);
    const [[west, south], [east, north]] = BORDER_BOUNDS;
    expect(project([west, north])).toEqual([0, 0]);
    expect(project([east, south])[0]).toBeCloseTo(PICTURE_WIDTH, 0);
    expect(project([east, south])[1]).toBeCloseTo(height, 0);
    // Mercator stretches latitude northwards: the northern half of the span is the taller one.
    const mid = project([west, (south + north) / 2])[1];
    expect(mid).toBeGreaterThan(height / 2);
  });

  it('carries every Mexican state and stays small enough for the page HTML', () => {
    const topology = JSON.parse(readFileSync('static/basemap/boundaries.topojson', 'utf8')) as BoundariesTopology;
    const picture = firstPaintPicture(topology, BORDER_BOUNDS);
    const mexican = picture.states.filter((s) => s.country === 'MX');
    expect(mexican).toHaveLength(32);
    expect(picture.states.every((s) => s.d.startsWith('M'))).toBe(true);
    expect(picture.border.length).toBeGreaterThan(100);
    const gzipKb = gzipSync(JSON.stringify(picture)).length / 1024;
    expect(gzipKb).toBeLessThan(25);
  });
});
