import { error } from '@sveltejs/kit';
import { dataset, stateNames } from '$lib/server/dataset';
import { cityPageData } from '$lib/data/client';
import { projector, MEXICO_FRAME } from '$lib/map/locator';
import type { EntryGenerator, PageServerLoad } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => dataset.cities.map((c) => ({ city: c.id }));

export const load: PageServerLoad = ({ params }) => {
  const city = dataset.cities.find((c) => c.id === params.city);
  if (!city) error(404, 'No such city');
  const [x, y] = projector(MEXICO_FRAME).project([city.lon, city.lat]);
  return {
    city,
    // Only this city's data, facts and cited sources, so the sheet prints without another request.
    ...cityPageData(dataset, city.id),
    stateNames,
    point: { x, y }
  };
};
