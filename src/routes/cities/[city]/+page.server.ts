import { error } from '@sveltejs/kit';
import { dataset, stateNames } from '$lib/server/dataset';
import { projector, MEXICO_FRAME } from '$lib/map/locator';
import type { EntryGenerator, PageServerLoad } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => dataset.cities.map((c) => ({ city: c.id }));

export const load: PageServerLoad = ({ params }) => {
  const city = dataset.cities.find((c) => c.id === params.city);
  if (!city) error(404, 'No such city');
  const [x, y] = projector(MEXICO_FRAME).project([city.lon, city.lat]);
  // The sheet's facts and sources come from the module all sheets share (virtual:mpp-reference), so
  // the page itself carries only which city it is, where it sits on the locator and its state's name.
  return { cityId: city.id, stateName: stateNames[city.state]!, point: { x, y } };
};
