// How a count of people placed in MPP reads in a sentence (the summary's port rows, the city panel,
// a fact sheet): one wording, so the map's text views never disagree.
import type { ReturnsReading } from '$lib/time/returns';
import { format, type Lang, type Messages } from './index';
import { formatDate } from './dates';
import { formatNumber } from './numbers';

/** `portName` names the port whose count includes this one's people (status "elsewhere"). */
export function returnedText(reading: ReturnsReading, t: Messages, lang: Lang, portName: (id: string) => string): string {
  if (reading.status === 'known' || reading.status === 'floor') {
    // A floor is at least its count, so an exact figure reads "at least".
    const qualifier = reading.status === 'floor' && reading.qualifier === 'exact' ? 'at-least' : reading.qualifier;
    return format(reading.status === 'known' ? t.summary.returned.known : t.summary.returned.floor, {
      value: format(t.qualifier[qualifier], { value: formatNumber(reading.value ?? 0, lang) }),
      month: formatDate(reading.asOf ?? '', lang)
    });
  }
  if (reading.status === 'elsewhere') return format(t.summary.returned.elsewhere, { port: portName(reading.countedWith ?? '') });
  return t.summary.returned.none;
}
