import { error } from '@sveltejs/kit';
import { readFileSync } from 'node:fs';
import { dataset, stateNames } from '$lib/server/dataset';
import { clientData } from '$lib/data/client';
import { locatorMap, projector, MEXICO_FRAME } from '$lib/map/locator';
import type { BoundariesTopology } from '$lib/map/basemap';
import type { EntryGenerator, PageServerLoad } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => dataset.cities.map((c) => ({ city: c.id }));

const topology = JSON.parse(readFileSync('static/basemap/boundaries.topojson', 'utf8')) as BoundariesTopology;
const locator = locatorMap(topology);

export const load: PageServerLoad = ({ params }) => {
  const city = dataset.cities.find((c) => c.id === params.city);
  if (!city) error(404, 'No such city');
  const [x, y] = projector(MEXICO_FRAME).project([city.lon, city.lat]);
  return {
    city,
    data: clientData(dataset),
    // This city's facts and the whole bibliography, so the sheet prints without another request.
    facts: { facts: dataset.facts.filter((f) => f.city === city.id), sources: dataset.sources },
    stateNames,
    locator,
    point: { x, y }
  };
};
