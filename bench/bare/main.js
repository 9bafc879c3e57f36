// The benchmark baseline: the MPP Atlas basemap (same TopoJSON, same layers, same font files, same
// map options) drawn by MapLibre GL alone. Nothing here is imported from src/: the values below are
// copies of src/lib/map/{palette,style,basemap}.ts and layers/*.svelte, and bench/run.mjs checks that
// the basemap layers it draws match the app's, so a drift in either shows up in the benchmark output.
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import fontRegularUrl from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import fontSemiboldUrl from '@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff2?url';
import { feature, mesh } from 'topojson-client';

const C = {
  water: '#cbd8e1',
  contextLand: '#e9e6e0',
  contextOutline: '#c4c8cb',
  land: '#f8f6f1',
  stateBorder: '#bdb6aa',
  nationalBorder: '#4d4943',
  nationalBorderCasing: '#f8f6f1',
  stateLabel: '#5e584f',
  countryLabel: '#2f2c28',
  labelHalo: '#f8f6f1'
};
const REGULAR = 'Noto Sans Regular';
const SEMIBOLD = 'Noto Sans SemiBold';
const name = ['case', ['==', ['global-state', 'lang'], 'es'], ['get', 'nameEs'], ['get', 'nameEn']];

const container = document.getElementById('map');
// ?w=&h= (CSS pixels) lets the benchmark give this map the same size as the app's map.
const params = new URLSearchParams(location.search);
if (params.has('w') && params.has('h')) {
  container.style.width = `${Number(params.get('w'))}px`;
  container.style.height = `${Number(params.get('h'))}px`;
}
const absolute = (url) => new URL(url, document.baseURI).href;

function basemap(topology) {
  const { states: statesObject, countries, countryLabels } = topology.objects;
  const states = feature(topology, statesObject);
  const countryOf = (g) => g.properties?.country;
  const lines = (filter) => ({
    type: 'FeatureCollection',
    features: [{ type: 'Feature', properties: {}, geometry: mesh(topology, statesObject, filter) }]
  });
  return {
    states,
    stateLabels: {
      type: 'FeatureCollection',
      features: states.features.map(({ properties: { label, ...rest } }) => ({
        type: 'Feature',
        properties: rest,
        geometry: { type: 'Point', coordinates: label }
      }))
    },
    stateBorders: lines((a, b) => a !== b && countryOf(a) === countryOf(b)),
    nationalBorder: lines((a, b) => countryOf(a) !== countryOf(b)),
    countries: feature(topology, countries),
    countryLabels: feature(topology, countryLabels)
  };
}

function style(data) {
  const zoomWidth = (a, b, c) => ['interpolate', ['linear'], ['zoom'], 3, a, 6, b, 9, c];
  return {
    version: 8,
    name: 'Bare basemap',
    state: { lang: { default: 'en' } },
    'font-faces': { [REGULAR]: absolute(fontRegularUrl), [SEMIBOLD]: absolute(fontSemiboldUrl) },
    sources: {
      states: { type: 'geojson', data: data.states, promoteId: 'iso' },
      'state-labels': { type: 'geojson', data: data.stateLabels },
      'state-borders': { type: 'geojson', data: data.stateBorders },
      'national-border': { type: 'geojson', data: data.nationalBorder },
      countries: { type: 'geojson', data: data.countries },
      'country-labels': { type: 'geojson', data: data.countryLabels }
    },
    layers: [
      { id: 'water', type: 'background', paint: { 'background-color': C.water } },
      { id: 'context-land', type: 'fill', source: 'countries', paint: { 'fill-color': C.contextLand } },
      { id: 'context-outline', type: 'line', source: 'countries', paint: { 'line-color': C.contextOutline, 'line-width': 0.6 } },
      { id: 'land', type: 'fill', source: 'states', paint: { 'fill-color': C.land } },
      {
        id: 'state-borders',
        type: 'line',
        source: 'state-borders',
        layout: { 'line-join': 'round' },
        paint: { 'line-color': C.stateBorder, 'line-width': zoomWidth(0.5, 1, 1.6) }
      },
      {
        id: 'national-border-casing',
        type: 'line',
        source: 'national-border',
        layout: { 'line-join': 'round', 'line-cap': 'round' },
        paint: { 'line-color': C.nationalBorderCasing, 'line-width': zoomWidth(3, 5, 7) }
      },
      {
        id: 'national-border',
        type: 'line',
        source: 'national-border',
        layout: { 'line-join': 'round', 'line-cap': 'round' },
        paint: { 'line-color': C.nationalBorder, 'line-width': zoomWidth(1.2, 2, 3) }
      },
      {
        id: 'state-labels',
        type: 'symbol',
        source: 'state-labels',
        minzoom: 3.5,
        layout: {
          'text-field': name,
          'text-font': [REGULAR],
          'text-size': ['interpolate', ['linear'], ['zoom'], 4, 11, 6, 14, 9, 17],
          'text-max-width': 7,
          'text-padding': 4
        },
        paint: { 'text-color': C.stateLabel, 'text-halo-color': C.labelHalo, 'text-halo-width': 1.4 }
      },
      {
        id: 'country-labels',
        type: 'symbol',
        source: 'country-labels',
        layout: {
          'text-field': name,
          'text-font': [SEMIBOLD],
          'text-transform': 'uppercase',
          'text-letter-spacing': 0.22,
          'text-size': zoomWidth(13, 20, 26),
          'text-allow-overlap': true
        },
        paint: { 'text-color': C.countryLabel, 'text-opacity': 0.75, 'text-halo-color': C.labelHalo, 'text-halo-width': 1.6 }
      }
    ]
  };
}

const response = await fetch(absolute('/basemap/boundaries.topojson'));
const data = basemap(await response.json());
maplibregl.setWorkerUrl(absolute(workerUrl));
const map = new maplibregl.Map({
  container,
  style: style(data),
  bounds: [
    [-118.2, 24.0],
    [-96.6, 34.0]
  ],
  fitBoundsOptions: { padding: { top: 16, bottom: 46, left: 16, right: 110 } },
  maxBounds: [
    [-150, -5],
    [-50, 62]
  ],
  minZoom: 2.5,
  maxZoom: 9,
  attributionControl: false,
  dragRotate: false,
  pitchWithRotate: false,
  touchPitch: false
});
window.__bareMap = map;
map.on('dataloading', () => (container.dataset.mapState = 'busy'));
map.on('idle', () => (container.dataset.mapState = 'idle'));
