// Turns the committed boundaries TopoJSON into the GeoJSON the basemap layers draw.
import { feature, mesh } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection, MultiLineString, Point, Polygon, MultiPolygon } from 'geojson';

export interface StateProperties {
  iso: string;
  country: 'MX' | 'US';
  nameEn: string;
  nameEs: string;
  label: [number, number];
}
export interface CountryProperties {
  iso: string;
  nameEn: string;
  nameEs: string;
}

export type BoundariesTopology = Topology<{
  states: GeometryCollection<StateProperties>;
  countries: GeometryCollection<CountryProperties>;
  countryLabels: GeometryCollection<CountryProperties>;
}>;

export interface BasemapData {
  states: FeatureCollection<Polygon | MultiPolygon, StateProperties>;
  stateLabels: FeatureCollection<Point, Omit<StateProperties, 'label'>>;
  stateBorders: FeatureCollection<MultiLineString>;
  nationalBorder: FeatureCollection<MultiLineString>;
  countries: FeatureCollection<Polygon | MultiPolygon, CountryProperties>;
  countryLabels: FeatureCollection<Point, CountryProperties>;
}

export const BOUNDARIES_PATH = 'basemap/boundaries.topojson' as const;

function collection<G extends MultiLineString>(geometry: G): FeatureCollection<G> {
  return { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry }] };
}

const countryOf = (g: { properties?: unknown }) => (g.properties as StateProperties | undefined)?.country;

export function basemapData(topology: BoundariesTopology): BasemapData {
  const { states: statesObject, countries: countriesObject, countryLabels } = topology.objects;
  const states = feature(topology, statesObject) as BasemapData['states'];
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
    // Borders between two states of the same country; the international border is drawn on its own.
    stateBorders: collection(mesh(topology, statesObject, (a, b) => a !== b && countryOf(a) === countryOf(b))),
    nationalBorder: collection(mesh(topology, statesObject, (a, b) => countryOf(a) !== countryOf(b))),
    countries: feature(topology, countriesObject) as BasemapData['countries'],
    countryLabels: feature(topology, countryLabels) as BasemapData['countryLabels']
  };
}

export async function loadBasemap(fetcher: () => Promise<Response>): Promise<BasemapData> {
  const response = await fetcher();
  if (!response.ok) throw new Error(`basemap: ${BOUNDARIES_PATH} answered ${response.status}`);
  return basemapData((await response.json()) as BoundariesTopology);
}
