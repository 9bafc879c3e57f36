import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { arcPath, firstPaintPicture, markersMarkup, mercatorProjector, pictureKey, PICTURE_WIDTH, shapesMarkup, splitPicture } from '../../src/lib/map/firstPaintPicture';
import { BORDER_BOUNDS } from '../../src/lib/map/style';
import type { BoundariesTopology } from '../../src/lib/map/basemap';
import { transferFeatures } from '../../src/lib/map/mppGeo';
import { loadDataset } from '../../src/lib/data/node/loadDataset';
import { clientData } from '../../src/lib/data/client';

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

  it('splits into a small frame for the app and the outlines for the HTML, losing nothing', () => {
    const topology = JSON.parse(readFileSync('static/basemap/boundaries.topojson', 'utf8')) as BoundariesTopology;
    const picture = firstPaintPicture(topology, BORDER_BOUNDS);
    const { frame, shapes } = splitPicture(picture);
    expect(frame.viewBox).toBe(picture.viewBox);
    expect(frame.states).toEqual(picture.states.map(({ iso, country }) => ({ iso, country })));
    expect(picture.states.every((s) => shapes.paths[s.iso] === s.d)).toBe(true);
    expect(shapes.border).toBe(picture.border);
    expect(gzipSync(JSON.stringify(frame)).length).toBeLessThan(1024);
  });
});

describe('the picture’s outlines as markup', () => {
  const frame = { viewBox: '0 0 10 10', states: [{ iso: 'MX-TAM', country: 'MX' as const }, { iso: 'US-TX', country: 'US' as const }, { iso: 'MX-XXX', country: 'MX' as const }] };
  const shapes = { paths: { 'MX-TAM': 'M0 0L1 1Z', 'US-TX': 'M2 2L3 3Z' }, border: 'M0 0L5 0' };
  const style = { stateBorder: '#bdb6aa', nationalBorder: '#4d4943' };

  it('writes each state with its outline first, then its colour, timeline and stroke, and the border last', () => {
    const markup = shapesMarkup(frame, shapes, style, (iso) => ({ fill: iso === 'MX-TAM' ? '#a3162a' : '#eee' }), (iso) => (iso === 'MX-TAM' ? '2018-12-20 fill=#a3162a' : undefined));
    expect(markup).toBe(
      '<path data-state="MX-TAM" d="M0 0L1 1Z" fill="#a3162a" data-at="2018-12-20 fill=#a3162a" stroke="#bdb6aa" stroke-width="0.6"></path>' +
        '<path data-state="US-TX" d="M2 2L3 3Z" fill="#eee" stroke="#bdb6aa" stroke-width="0.6"></path>' +
        '<path d="M0 0L5 0" fill="none" stroke="#4d4943" stroke-width="1.4"></path>'
    );
  });

  it('escapes what would end an attribute or start a tag', () => {
    const markup = shapesMarkup(frame, shapes, style, () => ({ fill: '"><script>&' }), () => undefined);
    expect(markup).toContain('fill="&quot;>&lt;script>&amp;"');
    expect(markup).not.toContain('<script>');
  });
});

describe('the picture’s markers as markup', () => {
  const markers = {
    counted: [{ id: 'matamoros', xy: [100, 50] as [number, number] }],
    cities: [
      { id: 'matamoros', xy: [100, 50] as [number, number] },
      { id: 'monterrey', xy: [80.1, 90.2] as [number, number] }
    ],
    ports: [{ id: 'brownsville', xy: [100.3, 40] as [number, number] }]
  };
  const attrs: Record<string, Record<string, string>> = {
    'circle:matamoros': { r: '8.2', display: 'inline' },
    'city:matamoros': { fill: '#0072b2', stroke: '#ffffff', 'stroke-width': '1.5', display: 'inline' },
    'city:monterrey': { fill: '#000', stroke: '#fff', 'stroke-width': '1.5', display: 'none' },
    'port:brownsville': { fill: '#ffffff', stroke: '#0072b2', 'stroke-width': '3' }
  };

  it('draws circles of people under the squares under the ports, cities south and ports north of their points', () => {
    const markup = markersMarkup(markers, (key) => attrs[key], (key) => (key === 'city:monterrey' ? '2018-12-20 fill=#000 stroke=#fff stroke-width=1.5 display=none' : undefined));
    expect(markup).toBe(
      '<circle data-returns-for="matamoros" cx="100" cy="61" r="8.2" display="inline"></circle>' +
        '<rect data-city="matamoros" x="94" y="55" width="12" height="12" fill="#0072b2" stroke="#ffffff" stroke-width="1.5" display="inline"></rect>' +
        '<rect data-city="monterrey" x="74.1" y="95.2" width="12" height="12" fill="#000" stroke="#fff" stroke-width="1.5" display="none" data-at="2018-12-20 fill=#000 stroke=#fff stroke-width=1.5 display=none"></rect>' +
        '<circle data-port="brownsville" cx="100.3" cy="29" r="6.4" fill="#ffffff" stroke="#0072b2" stroke-width="3"></circle>'
    );
  });

  it('draws the transfers first, each a white casing under a line that takes its group’s colour and dashes', () => {
    const routes = [{ id: 'brownsville-monterrey-2022', points: [[100, 50], [90.04, 70], [80, 90]] as [number, number][] }];
    const timelineOf = (key: string) => (key === 'transfer:brownsville-monterrey-2022' ? '2018-12-20 display=none' : undefined);
    const markup = markersMarkup({ ...markers, routes }, (key) => ({ 'transfer:brownsville-monterrey-2022': { display: 'inline', stroke: '#d55e00' } })[key] ?? attrs[key], timelineOf);
    const line = 'M100 50Q90.1 70 80 90';
    expect(markup.startsWith(
      `<g data-transfer="brownsville-monterrey-2022" fill="none" display="inline" stroke="#d55e00" data-at="2018-12-20 display=none">` +
        `<path d="${line}" stroke="#fff" stroke-opacity="0.8" stroke-width="5" stroke-linecap="round" stroke-dasharray="none"></path>` +
        `<path d="${line}" stroke-width="2.5"></path></g><circle data-returns-for="matamoros"`
    )).toBe(true);
  });

  it('draws each real transfer’s arc as one curve that stays within a unit (about a pixel) of the map’s line', () => {
    const data = clientData(loadDataset());
    const { project } = mercatorProjector(BORDER_BOUNDS);
    const features = transferFeatures(data).features;
    expect(features.length).toBeGreaterThan(2);
    for (const feature of features) {
      const points = feature.geometry.coordinates.map((p) => project(p));
      const [, x0, y0, cx, cy, x1, y1] = arcPath(points).match(/^M(\S+) (\S+)Q(\S+) (\S+) (\S+) (\S+)$/)!.map(Number);
      const curve = Array.from({ length: 401 }, (_, i) => {
        const t = i / 400;
        const u = 1 - t;
        return [u * u * x0! + 2 * u * t * cx! + t * t * x1!, u * u * y0! + 2 * u * t * cy! + t * t * y1!];
      });
      for (const [x, y] of points) {
        const nearest = Math.min(...curve.map(([cx2, cy2]) => Math.hypot(cx2! - x, cy2! - y)));
        expect(nearest, feature.properties!.id).toBeLessThan(1);
      }
    }
  });

  it('finds each part’s attributes again by the key they were written with', () => {
    const part = (dataset: Record<string, string>) => ({ dataset }) as { dataset: DOMStringMap };
    expect(pictureKey(part({ state: 'MX-TAM' }))).toBe('state:MX-TAM');
    expect(pictureKey(part({ returnsFor: 'matamoros' }))).toBe('circle:matamoros');
    expect(pictureKey(part({ city: 'matamoros' }))).toBe('city:matamoros');
    expect(pictureKey(part({ port: 'brownsville' }))).toBe('port:brownsville');
    expect(pictureKey(part({ transfer: 'brownsville-monterrey-2022' }))).toBe('transfer:brownsville-monterrey-2022');
    expect(pictureKey(part({}))).toBeUndefined();
  });
});
