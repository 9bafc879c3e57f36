// Build-time loading of the MPP source files (Node only: used by the Vite plugin and the tests).
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { feature } from 'topojson-client';
import type { BoundariesTopology } from '../../map/basemap';
import { DATA_FILES, type DataFileName, type Dataset } from '../schema.ts';
import { formatError, validateDataset, type DataError, type StateFeature } from '../validate.ts';
import { validateBriefing, type Briefing } from '../briefing.ts';
import { TIMELINE_START, TIMELINE_END } from '../../time/dates.ts';

export const DATA_DIR = 'geodata/mpp';
export const BRIEFINGS_DIR = 'geodata/briefings';
export const BOUNDARIES_FILE = 'static/basemap/boundaries.topojson';

export class DatasetError extends Error {
  constructor(
    readonly errors: DataError[],
    dir: string
  ) {
    super(
      `MPP dataset is invalid (${errors.length} problem${errors.length === 1 ? '' : 's'}):\n` +
        errors.map((e) => `  - ${formatError(e, dir)}`).join('\n')
    );
    this.name = 'DatasetError';
  }
}

export function readStates(boundariesFile = BOUNDARIES_FILE): StateFeature[] {
  const topology = JSON.parse(readFileSync(boundariesFile, 'utf8')) as BoundariesTopology;
  return feature(topology, topology.objects.states).features as StateFeature[];
}

/** Reads and parses every source file; a file that is not JSON becomes an error naming it. */
export function readDataFiles(dir = DATA_DIR): { raw: Partial<Record<DataFileName, unknown>>; errors: DataError[] } {
  const raw: Partial<Record<DataFileName, unknown>> = {};
  const errors: DataError[] = [];
  for (const file of DATA_FILES) {
    const path = join(dir, file);
    if (!existsSync(path)) continue; // reported as missing by the validator
    try {
      raw[file] = JSON.parse(readFileSync(path, 'utf8'));
    } catch (e) {
      errors.push({ file, record: null, field: '', message: `not valid JSON: ${(e as Error).message}` });
    }
  }
  return { raw, errors };
}

export function checkDataset(dir = DATA_DIR, boundariesFile = BOUNDARIES_FILE): { errors: DataError[]; dataset: Dataset | null } {
  const { raw, errors } = readDataFiles(dir);
  if (errors.length) return { errors, dataset: null };
  return validateDataset(raw, readStates(boundariesFile));
}

/** The validated dataset, or a DatasetError listing every problem. */
export function loadDataset(dir = DATA_DIR, boundariesFile = BOUNDARIES_FILE): Dataset {
  const { errors, dataset } = checkDataset(dir, boundariesFile);
  if (!dataset) throw new DatasetError(errors, dir);
  return dataset;
}

/** Every briefing in the folder, checked against the dataset; errors name the file and chapter. */
export function checkBriefings(d: Dataset, dir = BRIEFINGS_DIR): { errors: DataError[]; briefings: Briefing[] } {
  const errors: DataError[] = [];
  const briefings: Briefing[] = [];
  if (!existsSync(dir)) return { errors, briefings };
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    } catch (e) {
      errors.push({ file, record: null, field: '', message: `not valid JSON: ${(e as Error).message}` });
      continue;
    }
    const result = validateBriefing(file, raw, d, [TIMELINE_START, TIMELINE_END]);
    errors.push(...result.errors);
    if (result.briefing) briefings.push(result.briefing);
  }
  return { errors, briefings };
}

export function loadBriefings(d: Dataset, dir = BRIEFINGS_DIR): Briefing[] {
  const { errors, briefings } = checkBriefings(d, dir);
  if (errors.length) throw new DatasetError(errors, dir);
  return briefings;
}
