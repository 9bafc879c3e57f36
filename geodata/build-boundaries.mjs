#!/usr/bin/env node
// Builds static/basemap/boundaries.topojson from Natural Earth 1:10m admin-1 boundaries (public domain),
// as shipped in Debian's qgis-common package (world_map.gpkg). Run with `npm run geodata`.
//
// Needs ogr2ogr (Debian: gdal-bin) only here; the app reads the committed TopoJSON and never needs GDAL.
// The same input always gives the same output (no timestamps, stable feature order).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { topology } from 'topojson-server';
import { feature as toGeoJSON } from 'topojson-client';
import { presimplify, simplify, quantile, filter, filterWeight } from 'topojson-simplify';
import * as turf from '@turf/turf';
import { MEXICAN_STATES, US_STATES, NEIGHBOUR_COUNTRIES, MAIN_COUNTRIES } from './regions.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const cacheDir = join(here, '.cache');
const outFile = join(root, 'static', 'basemap', 'boundaries.topojson');
const GPKG_IN_PACKAGE = 'usr/share/qgis/resources/data/world_map.gpkg';

/** Where world_map.gpkg is: $WORLD_MAP_GPKG, an installed qgis-common, or the .deb unpacked into geodata/.cache. */
function findGeopackage() {
  const candidates = [process.env.WORLD_MAP_GPKG, join('/', GPKG_IN_PACKAGE), join(cacheDir, 'qgis-common', GPKG_IN_PACKAGE)];
  for (const c of candidates) if (c && existsSync(c)) return c;
  console.log('world_map.gpkg not found; fetching Debian package qgis-common (without installing it)…');
  mkdirSync(cacheDir, { recursive: true });
  execFileSync('apt-get', ['download', 'qgis-common'], { cwd: cacheDir, stdio: 'inherit' });
  const deb = readdirSync(cacheDir).find((f) => f.startsWith('qgis-common_') && f.endsWith('.deb'));
  if (!deb) throw new Error('apt-get download qgis-common produced no .deb');
  execFileSync('dpkg', ['-x', join(cacheDir, deb), join(cacheDir, 'qgis-common')]);
  return join(cacheDir, 'qgis-common', GPKG_IN_PACKAGE);
}

/** Runs ogr2ogr and returns a GeoJSON FeatureCollection. */
function ogrToGeoJSON(gpkg, sql, clip) {
  try {
    const out = execFileSync(
      'ogr2ogr',
      ['-f', 'GeoJSON', '/vsistdout/', gpkg, '-dialect', 'SQLite', '-sql', sql, '-clipsrc', ...clip.map(String), '-lco', 'COORDINATE_PRECISION=5'],
      { maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] }
    );
    return JSON.parse(out.toString('utf8'));
  } catch (err) {
    if (err.code === 'ENOENT') throw new Error('ogr2ogr not found: install GDAL (Debian: apt-get install -y gdal-bin)');
    throw new Error(`ogr2ogr failed for «${sql}»: ${err.stderr?.toString().trim() || err.message}`);
  }
}

const gpkg = findGeopackage();
console.log(`reading ${gpkg}`);

// Alaska's Aleutian islands cross the antimeridian: clipping to this box keeps the rest of the U.S.
const STATES_CLIP = [-180, 10, -60, 75];
// Context countries only need to reach a little beyond what the map can show.
const COUNTRIES_CLIP = [-135, 5, -60, 58];

const rawStates = ogrToGeoJSON(
  gpkg,
  "SELECT geom, name, fips, adm0_a3 FROM states_provinces WHERE adm0_a3 IN ('MEX','USA')",
  STATES_CLIP
);
const neighbourCodes = Object.keys(NEIGHBOUR_COUNTRIES).map((c) => `'${c}'`).join(',');
const rawCountries = ogrToGeoJSON(
  gpkg,
  `SELECT geom, ISO_A3 AS adm0_a3 FROM countries WHERE ISO_A3 IN (${neighbourCodes})`,
  COUNTRIES_CLIP
);

const states = [];
for (const f of rawStates.features) {
  const { fips, adm0_a3, name } = f.properties;
  // Natural Earth has one unnamed islet in Mexico (near -89.7, 22.4) that belongs to no state.
  if (!name && !fips) continue;
  const entry = adm0_a3 === 'MEX' ? MEXICAN_STATES[fips] : US_STATES[fips];
  if (!entry) throw new Error(`no ISO code for ${adm0_a3} feature "${name}" (fips ${fips}); add it to geodata/regions.mjs`);
  const [iso, nameEn, nameEs] = entry;
  states.push({ type: 'Feature', properties: { iso, country: adm0_a3 === 'MEX' ? 'MX' : 'US', nameEn, nameEs }, geometry: f.geometry });
}
states.sort((a, b) => a.properties.iso.localeCompare(b.properties.iso));

const countries = rawCountries.features
  .map((f) => {
    const [nameEn, nameEs] = NEIGHBOUR_COUNTRIES[f.properties.adm0_a3];
    return { type: 'Feature', properties: { iso: f.properties.adm0_a3, nameEn, nameEs }, geometry: f.geometry };
  })
  .sort((a, b) => a.properties.iso.localeCompare(b.properties.iso));

const mxCount = states.filter((s) => s.properties.country === 'MX').length;
if (mxCount !== 32) throw new Error(`expected 32 Mexican states, found ${mxCount}`);

/** Indexes of the arcs shared by a U.S. state and a Mexican state. */
function nationalBorderArcs(topology) {
  const countriesByArc = new Map();
  const visit = (arcs, country) => {
    for (const a of arcs) {
      if (Array.isArray(a)) visit(a, country);
      else {
        const index = a < 0 ? ~a : a;
        if (!countriesByArc.has(index)) countriesByArc.set(index, new Set());
        countriesByArc.get(index).add(country);
      }
    }
  };
  for (const g of topology.objects.states.geometries) visit(g.arcs, g.properties.country);
  return [...countriesByArc].filter(([, set]) => set.size === 2).map(([index]) => index);
}

// Shared borders stay shared (topology), then Visvalingam simplification keeps the points that
// matter at zoom 4–9; islets too small to see at that scale are dropped.
let topo = topology({ states: { type: 'FeatureCollection', features: states }, countries: { type: 'FeatureCollection', features: countries } }, 1e6);
topo = presimplify(topo);
// The U.S.–Mexico border keeps every source vertex: ports of entry sit a few hundred metres from it,
// and a simplified river line would put them on the wrong side.
for (const index of nationalBorderArcs(topo)) for (const point of topo.arcs[index]) point[2] = Infinity;
// Share of vertices kept (the descending quantile of Visvalingam weights).
const SIMPLIFY_QUANTILE = 0.15;
topo = simplify(topo, quantile(topo, SIMPLIFY_QUANTILE));
topo = filter(topo, filterWeight(topo, 1e-4));

// Simplification can make neighbouring islands of one state overlap (Alaska, Florida, Canada's
// archipelago), which makes the MultiPolygon invalid. Such parts are merged, then the topology is
// rebuilt from the repaired shapes without simplifying again (shared borders keep identical points).

function repair(collection) {
  for (const f of collection.features) {
    if (turf.booleanValid(f)) continue;
    const parts = f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates.map((p) => turf.polygon(p)) : [f];
    f.geometry = turf.union(turf.featureCollection(parts)).geometry;
    if (!turf.booleanValid(f)) throw new Error(`could not repair the geometry of ${f.properties.iso}`);
  }
  return collection;
}
const simplifiedStates = repair(toGeoJSON(topo, topo.objects.states));
const simplifiedCountries = repair(toGeoJSON(topo, topo.objects.countries));

// Label anchors: a point inside each state's largest part (a centroid can fall outside a curved state).
function labelPoint(geometry) {
  const polys = geometry.type === 'MultiPolygon' ? geometry.coordinates : [geometry.coordinates];
  const largest = polys.map((p) => turf.polygon(p)).sort((a, b) => turf.area(b) - turf.area(a))[0];
  const c = turf.centerOfMass(largest);
  const p = turf.booleanPointInPolygon(c, largest) ? c : turf.pointOnFeature(largest);
  return p.geometry.coordinates.map((v) => Math.round(v * 1000) / 1000);
}
for (const f of simplifiedStates.features) f.properties.label = labelPoint(f.geometry);

// Country names are placed by hand, inside the frame of the border region where the map opens.
const labelAt = (coordinates, iso, [nameEn, nameEs]) => ({ type: 'Feature', properties: { iso, nameEn, nameEs }, geometry: { type: 'Point', coordinates } });
const countryLabels = {
  type: 'FeatureCollection',
  features: [
    labelAt([-104.6, 32.9], 'USA', MAIN_COUNTRIES.USA),
    labelAt([-106.9, 26.3], 'MEX', MAIN_COUNTRIES.MEX),
    labelAt([-90.3, 15.6], 'GTM', NEIGHBOUR_COUNTRIES.GTM)
  ]
};

// 1e5 steps across the extent: about 100 m along the border, finer than a pixel at zoom 9.
topo = topology({ states: simplifiedStates, countries: simplifiedCountries, countryLabels }, 1e5);

topo.metadata = {
  source: 'Natural Earth 1:10m Admin 1 – States, Provinces v4.1.0 (public domain), via Debian qgis-common world_map.gpkg',
  built_by: 'geodata/build-boundaries.mjs'
};

const json = JSON.stringify(topo);
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, json);
console.log(`wrote ${outFile}: ${states.length} states (${mxCount} Mexican), ${countries.length} countries, ${(json.length / 1024).toFixed(1)} KB, ${(gzipSync(json).length / 1024).toFixed(1)} KB gzip`);
