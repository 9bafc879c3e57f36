// The city list's date-dependent values, each row's in its own state: a date step then updates only
// the rows whose values changed. With thousands of places, re-running every row's template on every
// step cost more than the few rows that change.
import { untrack } from 'svelte';
import { markerColourStage, type MapDateState } from '$lib/map/mapState';
import type { PortStage } from '$lib/time/model';
import { returnedAttribute } from '$lib/time/returns';

export interface CityRowValues {
  stage: MapDateState['cities'][string]['stage'];
  /** An onward destination with a transfer arriving on this day. */
  onward: boolean;
  /** The stage whose colour the row's square takes (mapState's markerColourStage). */
  colour: PortStage;
  /** People placed in MPP to date (data-returned), empty where no count applies. */
  returned: string;
}

/** A city row's values on a date, from the map's state for that date. */
export function cityRowValues(shown: Pick<MapDateState, 'cities' | 'cityReturns'>, id: string): CityRowValues {
  const state = shown.cities[id];
  const reading = shown.cityReturns[id];
  return {
    stage: state?.stage ?? 'not-yet',
    onward: state?.onward ?? false,
    colour: markerColourStage(state),
    returned: reading && state?.stage !== 'not-yet' ? returnedAttribute(reading) : ''
  };
}

class CityRow implements CityRowValues {
  stage: CityRowValues['stage'] = $state('not-yet');
  onward = $state(false);
  colour: PortStage = $state('not-yet');
  returned = $state('');
  constructor(values: CityRowValues) {
    this.set(values);
  }
  /** Assigning an equal value notifies nothing, so an unchanged row is not redrawn. */
  set({ stage, onward, colour, returned }: CityRowValues) {
    this.stage = stage;
    this.onward = onward;
    this.colour = colour;
    this.returned = returned;
  }
}

export class CityRows {
  #rows = new Map<string, CityRow>();

  /** A city's row, made with its values for the date shown when it is first asked for. */
  of(id: string, values: () => CityRowValues): CityRowValues {
    let row = this.#rows.get(id);
    if (!row) this.#rows.set(id, (row = new CityRow(untrack(values))));
    return row;
  }

  /** Brings every row to the date's values. */
  update(ids: readonly string[], valuesOf: (id: string) => CityRowValues) {
    for (const id of ids) {
      const row = this.#rows.get(id);
      if (row) row.set(valuesOf(id));
      else this.#rows.set(id, new CityRow(valuesOf(id)));
    }
  }
}
