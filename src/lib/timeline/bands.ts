// The shaded periods on the timeline, derived from the dataset so they always match the map.
import type { ClientData } from '$lib/data/client';
import { addDays } from '$lib/time/dates';
import { programmeWindows } from '$lib/time/model';

export type BandId = 'mpp1' | 'covid' | 'winddown' | 'mpp2';
export interface Band {
  id: BandId;
  start: string;
  end: string;
}

/** The event that marks the COVID-19 suspension of MPP hearings (they never resumed under MPP 1.0). */
export const COVID_EVENT_ID = '2020-03-23-hearings-postponed-covid';

export function timelineBands(data: ClientData): Band[] {
  const w = programmeWindows(data.ports);
  const bands: Band[] = [
    { id: 'mpp1', start: w.mpp1.start, end: w.mpp1.end },
    { id: 'winddown', start: w.winddown.start, end: w.winddown.end },
    { id: 'mpp2', start: w.mpp2.start, end: w.mpp2.end }
  ];
  const covid = data.events.find((e) => e.id === COVID_EVENT_ID);
  // Suspended until people began to be let in under the wind-down.
  if (covid) bands.push({ id: 'covid', start: covid.date, end: addDays(w.winddown.start, -1) });
  return bands;
}
