// Writes a copy of the dataset with ten times its facts, sources and series points and 2,000 extra
// places, for `npm run bench` to measure what growth of the open data costs (see docs/performance.md).
// Deterministic: the same input gives the same output, byte for byte (a seeded generator, sorted keys).
//   node bench/generate-10x.mjs [out-dir]        (default bench/data-10x)
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { feature } from 'topojson-client';
import { booleanPointInPolygon } from '@turf/turf';

const SOURCE_DIR = 'geodata/mpp';
const OUT = process.argv[2] ?? 'bench/data-10x';
const FACTOR = 10;
const EXTRA_PLACES = 2000;

const read = (file) => JSON.parse(readFileSync(join(SOURCE_DIR, file), 'utf8'));
const write = (file, value) => writeFileSync(join(OUT, file), JSON.stringify(value, null, 2) + '\n');

/** mulberry32: a small seeded generator, so every run places the same points. */
function seeded(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
cpSync(SOURCE_DIR, OUT, { recursive: true, filter: (src) => !src.includes('research-notes') });

const originalSources = read('sources.json');
const originalFacts = read('facts.json');
const sources = [...originalSources];
const facts = [...originalFacts];
const cities = read('cities.json');

// Copies 2…10 of every source and every fact (series points included), each copy citing its own
// copies of the sources. A port's count of people placed in MPP has one point a month (the build
// checks it): copies of those points go to copies of their series, which count no port.
const copy = (k) => (id) => `${id}-x${k}`;
const originalSeries = read('series.json');
const series = [...originalSeries];
const portCounts = new Set(originalSeries.filter((s) => s.returns).map((s) => s.id));
for (let k = 2; k <= FACTOR; k++) {
  const rename = copy(k);
  for (const s of originalSources) sources.push({ ...s, id: rename(s.id), url: `${s.url}${s.url.includes('#') ? '-' : '#'}copy-${k}` });
  for (const f of originalFacts) facts.push({ ...f, id: rename(f.id), sources: f.sources.map(rename), ...(portCounts.has(f.series) ? { series: rename(f.series) } : {}) });
  for (const s of originalSeries.filter((s) => portCounts.has(s.id))) {
    const { returns: _port, ...plain } = s;
    series.push({ ...plain, id: rename(s.id), sources: s.sources.map(rename) });
  }
}

// Extra places: "gathering" cities scattered around each Mexican state's label point, kept only where
// they fall inside that state (the build checks that every city lies in its state).
const topology = JSON.parse(readFileSync('static/basemap/boundaries.topojson', 'utf8'));
const states = feature(topology, topology.objects.states).features.filter((f) => f.properties.country === 'MX');
const random = seeded(20190128);
const placeSource = sources[0].id;
let made = 0;
for (let attempt = 0; made < EXTRA_PLACES && attempt < EXTRA_PLACES * 20; attempt++) {
  const state = states[attempt % states.length];
  const [lon0, lat0] = state.properties.label;
  const lon = Math.round((lon0 + (random() - 0.5) * 2.4) * 1e4) / 1e4;
  const lat = Math.round((lat0 + (random() - 0.5) * 1.6) * 1e4) / 1e4;
  if (!booleanPointInPolygon([lon, lat], state)) continue;
  made++;
  cities.push({
    id: `bench-place-${made}`,
    name: { en: `Bench place ${made}`, es: `Lugar de prueba ${made}` },
    state: state.properties.iso,
    lon,
    lat,
    role: 'gathering',
    roleNote: { en: 'Generated for the benchmark.', es: 'Generado para la prueba de rendimiento.' },
    sources: [placeSource]
  });
}
if (made < EXTRA_PLACES) throw new Error(`only ${made} of ${EXTRA_PLACES} places fell inside their states`);

// Copies no copied fact cites are cited by the places, a few each, as the build asks of every source.
const cited = new Set(facts.flatMap((f) => f.sources));
const uncited = sources.filter((s) => /-x\d+$/.test(s.id) && !cited.has(s.id)).map((s) => s.id);
const places = cities.filter((c) => c.id.startsWith('bench-place-'));
uncited.forEach((id, i) => places[i % places.length].sources.push(id));

write('sources.json', sources);
write('facts.json', facts);
write('cities.json', cities);
write('series.json', series);
console.log(`wrote ${OUT}: ${sources.length} sources, ${facts.length} facts (${facts.filter((f) => f.series).length} series points), ${cities.length} places`);
