// The first-paint picture on the URL's date before the app starts: the timelines written into the
// HTML, read back by the inline script itself, must give exactly the picture of that day.
import { readFileSync } from 'node:fs';
import { inlineScript } from '../../scripts/inline-script.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/data/node/loadDataset';
import { clientData, type ClientData } from '../../src/lib/data/client';
import { mapStateOn } from '../../src/lib/map/mapState';
import { STAGE_COLOURS } from '../../src/lib/map/palette';
import { changeDays, pictureAttrs, pictureTimeline, type SvgAttrs } from '../../src/lib/map/firstPaintTimeline';
import { DEFAULT_DATE, TIMELINE_END, TIMELINE_START, addDays } from '../../src/lib/time/dates';

// As the page carries it: minified (scripts/inline-script.mjs).
const SCRIPT = inlineScript('src/lib/map/firstPaintDate.inline.js');

/** Just enough of an element for the script: attributes, and the picture's parts. */
class FakeElement {
  attrs: Record<string, string>;
  parts: FakeElement[] = [];
  constructor(attrs: Record<string, string | undefined>) {
    this.attrs = Object.fromEntries(Object.entries(attrs).filter((e): e is [string, string] => e[1] !== undefined));
  }
  getAttribute(name: string) {
    return name in this.attrs ? this.attrs[name]! : null;
  }
  setAttribute(name: string, value: string) {
    this.attrs[name] = String(value);
  }
  hasAttribute(name: string) {
    return name in this.attrs;
  }
  querySelectorAll(selector: string) {
    expect(selector).toBe('[data-at]');
    return this.parts.filter((p) => p.hasAttribute('data-at'));
  }
}

let data: ClientData;
const states = [
  ...['MX-BCN', 'MX-SON', 'MX-CHH', 'MX-COA', 'MX-NLE', 'MX-TAM', 'MX-SIN'].map((iso) => ({ iso, country: 'MX' as const })),
  { iso: 'US-TX', country: 'US' as const }
];
let timeline: Record<string, string>;
let prerendered: Record<string, SvgAttrs>;

/** The picture as prerendered (the default date), with its timelines; then the script run on `url`. */
function runScript(url: string, htmlLang = 'en') {
  const parsed = new URL(url, 'https://atlas.example/');
  const parts = Object.entries(prerendered).map(
    ([key, attrs]) => new FakeElement({ ...attrs, 'data-key': key, 'data-at': timeline[key] })
  );
  const svg = new FakeElement({
    'data-date': DEFAULT_DATE,
    'data-first': TIMELINE_START,
    'data-last': TIMELINE_END,
    'data-label-en': 'Map on {date}',
    'data-label-es': 'Mapa el {date}',
    'aria-label': `Map on 15 January 2020`
  });
  svg.parts = parts;
  const root = Object.assign(new FakeElement({ lang: htmlLang }), { lang: htmlLang });
  const document = { currentScript: { previousElementSibling: svg }, documentElement: root };
  new Function('document', 'location', SCRIPT)(document, { search: parsed.search, hash: parsed.hash });
  const shown: Record<string, SvgAttrs> = {};
  for (const part of parts) {
    const { 'data-key': key, 'data-at': _at, ...attrs } = part.attrs;
    shown[key!] = attrs;
  }
  return { svg, shown, root };
}

beforeAll(() => {
  data = clientData(loadDataset());
  timeline = pictureTimeline(data, states);
  prerendered = pictureAttrs(data, mapStateOn(data, DEFAULT_DATE), states);
});

describe('the first-paint timeline', () => {
  it('gives, on every day of the timeline, the picture drawn for that day', () => {
    const days: string[] = [];
    for (let day = TIMELINE_START; day <= TIMELINE_END; day = addDays(day, 1)) days.push(day);
    let changed = 0;
    for (const day of days) {
      const expected = pictureAttrs(data, mapStateOn(data, day), states);
      const { svg, shown } = runScript(`/?date=${day}`);
      expect(shown, day).toEqual(expected);
      if (day !== DEFAULT_DATE) expect(svg.getAttribute('data-date')).toBe(day);
      if (JSON.stringify(expected) !== JSON.stringify(prerendered)) changed++;
    }
    // The test means something only if the picture does change over the timeline.
    expect(changed).toBeGreaterThan(days.length / 2);
    // A hang guard: some 1,500 days, each drawn from the data, on a slow two-core machine.
  }, 120_000);

  it('covers only the days on which something can change', () => {
    const days = changeDays(data);
    expect(days[0]).toBe(TIMELINE_START);
    expect(days.length).toBeLessThan(600);
    expect([...days].sort()).toEqual(days);
  });

  it('leaves out parts that never change', () => {
    expect(timeline['state:US-TX']).toBeUndefined();
    // Tamaulipas was "Do Not Travel" throughout; Baja California went from 2 to 3 in April 2021.
    expect(timeline['state:MX-TAM']).toBeUndefined();
    expect(timeline['state:MX-BCN']).toMatch(/^2018-12-20 fill=#[0-9a-f]{6}(;\d{4}-\d{2}-\d{2} fill=#[0-9a-f]{6})+$/);
  });
});

describe('the picture’s onward transfers', () => {
  const transferOn = (day: string, id: string) => pictureAttrs(data, mapStateOn(data, day), states)[`transfer:${id}`];

  it('draws a transfer under way in its programme’s colour, solid when its end is known', () => {
    expect(transferOn('2022-03-01', 'brownsville-monterrey-2022')).toEqual({ display: 'inline', stroke: STAGE_COLOURS.mpp2, 'stroke-linecap': 'round', 'stroke-dasharray': 'none' });
  });

  it('dashes a transfer whose end is unknown, and hides one not under way with the same attributes', () => {
    expect(transferOn('2019-08-01', 'nuevo-laredo-monterrey-2019')).toMatchObject({ display: 'inline', stroke: STAGE_COLOURS.mpp1, 'stroke-dasharray': '5,3.75' });
    const hidden = transferOn('2022-09-01', 'brownsville-monterrey-2022');
    expect(hidden).toMatchObject({ display: 'none' });
    expect(Object.keys(hidden!).sort()).toEqual(Object.keys(transferOn('2022-03-01', 'brownsville-monterrey-2022')!).sort());
  });
});

describe('the inline script reads the URL date as the app does', () => {
  const dayShown = (url: string) => runScript(url).svg.getAttribute('data-date');

  it('takes a day, a month (its first day) and a year (1 January)', () => {
    expect(dayShown('/?date=2021-03-01')).toBe('2021-03-01');
    expect(dayShown('/?date=2021-03')).toBe('2021-03-01');
    expect(dayShown('/?date=2021')).toBe('2021-01-01');
    expect(dayShown('/?date=%202021-03-01%20')).toBe('2021-03-01');
  });

  it('leaves the default date for anything the app refuses', () => {
    for (const bad of ['2021-02-30', '2021-13', 'tomorrow', '', '<script>', '20210301']) expect(dayShown(`/?date=${encodeURIComponent(bad)}`), bad).toBe(DEFAULT_DATE);
    expect(dayShown('/')).toBe(DEFAULT_DATE);
  });

  it('reads a real date outside the timeline as its nearest end', () => {
    expect(dayShown('/?date=1999-05-01')).toBe(TIMELINE_START);
    expect(dayShown('/?date=2030')).toBe(TIMELINE_END);
  });

  it('reads the date from the fragment where the URL keeps its state there (the portable atlas)', () => {
    expect(dayShown('/#/?date=2022-06-01')).toBe('2022-06-01');
  });

  it('marks the page while its text still shows the default date', () => {
    expect(runScript('/?date=2021-03-01').root.getAttribute('data-url-date')).toBe('2021-03-01');
    expect(runScript('/').root.getAttribute('data-url-date')).toBeNull();
    expect(runScript(`/?date=${DEFAULT_DATE}`).root.getAttribute('data-url-date')).toBeNull();
  });

  it('writes the date into the label in the language asked for', () => {
    expect(runScript('/?date=2021-03-01').svg.getAttribute('aria-label')).toBe('Map on 1 March 2021');
    expect(runScript('/?date=2021-03-01&lang=es').svg.getAttribute('aria-label')).toBe('Mapa el 1 de marzo de 2021');
    expect(runScript('/?date=2021-03-01', 'es').svg.getAttribute('aria-label')).toBe('Mapa el 1 de marzo de 2021');
  });

  it('writes the label in Spanish for a Spanish URL without a date, on the default date', () => {
    const { svg, root } = runScript('/?lang=es');
    expect(svg.getAttribute('aria-label')).toBe('Mapa el 15 de enero de 2020');
    expect(svg.getAttribute('data-date')).toBe(DEFAULT_DATE);
    expect(root.getAttribute('data-url-date')).toBeNull();
    expect(runScript('/#/?lang=es').svg.getAttribute('aria-label')).toBe('Mapa el 15 de enero de 2020');
    expect(runScript(`/?date=${DEFAULT_DATE}&lang=es`).svg.getAttribute('aria-label')).toBe('Mapa el 15 de enero de 2020');
    expect(runScript('/?lang=fr').svg.getAttribute('aria-label')).toBe('Map on 15 January 2020');
  });
});
