// Schemas of the human-edited MPP source files in geodata/mpp/ (see geodata/mpp/SCHEMA.md).
// They run at build time; the geographic and cross-file rules live in validate.ts.
import { z } from 'zod';

import { BORDER_STATE_CODES, MEXICAN_STATE_CODES, isIsoDay } from './codes.ts';

export { BORDER_STATE_CODES, MEXICAN_STATE_CODES, isIsoDay };
export type { MexicanStateCode } from './codes.ts';

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case id (a-z, 0-9, hyphens)');
const isoDay = z.string().refine(isIsoDay, 'must be a real date written YYYY-MM-DD');
/** A publication date: as precise as it is known. */
const isoPartialDate = z
  .string()
  .refine((v) => /^\d{4}$/.test(v) || (/^\d{4}-\d{2}$/.test(v) && isIsoDay(`${v}-01`)) || isIsoDay(v), 'must be YYYY, YYYY-MM or YYYY-MM-DD');
const text = z.string().trim().min(1, 'must not be empty');
const bilingual = z.strictObject({ en: text, es: text });
const sourceIds = z.array(id).min(1, 'must cite at least one source');
export const precision = z.enum(['day', 'month', 'approximate', 'unknown']);
const confidence = z.enum(['high', 'medium', 'low']);
const longitude = z.number().min(-180).max(180);
const latitude = z.number().min(-90).max(90);

export const sourceSchema = z.strictObject({
  id,
  publisher: text,
  title: text,
  date: isoPartialDate,
  url: z.url({ protocol: /^https?$/, error: 'must be a full http(s) URL' }),
  note: text.optional()
});

const alternativeSchema = z.strictObject({
  field: z.enum(['start', 'end']),
  date: isoDay,
  sources: sourceIds,
  note: bilingual
});

export const phaseSchema = z.strictObject({
  phase: z.enum(['mpp1', 'winddown', 'mpp2']),
  start: isoDay.nullable(),
  startPrecision: precision,
  end: isoDay.nullable(),
  endPrecision: precision,
  sources: sourceIds,
  note: bilingual.optional(),
  alternatives: z.array(alternativeSchema).optional()
});

export const portSchema = z.strictObject({
  id,
  name: bilingual,
  state: z.enum(['CA', 'AZ', 'NM', 'TX']),
  lon: longitude,
  lat: latitude,
  city: id,
  /** null for a port that held no MPP hearings (Hidalgo). */
  court: bilingual.nullable(),
  courtSources: z.array(id),
  returnPort: z.boolean(),
  note: bilingual.optional(),
  phases: z.array(phaseSchema)
});

export const citySchema = z.strictObject({
  id,
  name: bilingual,
  state: z.enum(MEXICAN_STATE_CODES),
  lon: longitude,
  lat: latitude,
  role: z.enum(['return', 'gathering', 'onward']),
  roleNote: bilingual,
  population: z.strictObject({ value: z.number().int().positive(), year: z.number().int(), sources: sourceIds }).optional(),
  sources: sourceIds
});

export const transferSchema = z.strictObject({
  id,
  from: id,
  to: id,
  via: id.optional(),
  start: isoDay.nullable(),
  startPrecision: precision,
  end: isoDay.nullable(),
  endPrecision: precision,
  reportedOn: isoDay.optional(),
  description: bilingual,
  sources: sourceIds
});

const level = z.number().int().min(1, 'levels run from 1 to 4').max(4, 'levels run from 1 to 4');
const levelsByState = z.strictObject(Object.fromEntries(MEXICAN_STATE_CODES.map((code) => [code, level])) as Record<(typeof MEXICAN_STATE_CODES)[number], typeof level>);

export const issuanceSchema = z.strictObject({
  date: isoDay,
  levels: levelsByState,
  changes: bilingual,
  reasons: z.partialRecord(z.enum(BORDER_STATE_CODES), bilingual),
  sources: sourceIds,
  confidence
});

export const nationalSchema = z.strictObject({
  start: isoDay,
  end: isoDay.nullable(),
  level: level.nullable(),
  reason: bilingual,
  sources: sourceIds,
  confidence
});

export const advisoriesSchema = z.strictObject({
  issuances: z.array(issuanceSchema).min(1),
  national: z.array(nationalSchema),
  unconfirmed: z.array(z.strictObject({ date: isoDay, note: bilingual, sources: sourceIds }))
});

export const eventSchema = z.strictObject({
  id,
  date: isoDay,
  precision,
  kind: z.enum(['policy', 'court', 'operations']),
  title: bilingual,
  description: bilingual,
  sources: sourceIds
});

export const seriesSchema = z.strictObject({
  id,
  /** How a value is read on a day: a running tally, an estimate at a moment, or a monthly count. */
  kind: z.enum(['cumulative', 'snapshot', 'monthly']),
  title: bilingual,
  unit: bilingual,
  note: bilingual,
  sources: sourceIds,
  /**
   * A count of people placed in MPP through one port (a court's hearing location mapped to the port
   * whose city its people waited in): monthly counts, or running totals. `alsoCovers` names other
   * ports whose people the same count includes (their hearings were held there).
   */
  returns: z
    .strictObject({
      port: id,
      phase: z.enum(['mpp1', 'mpp2']),
      alsoCovers: z.array(id).optional()
    })
    .optional()
});

export const factSchema = z.strictObject({
  id,
  city: id.nullable(),
  date: isoDay,
  precision,
  kind: z.enum(['incident', 'population', 'capacity', 'homicide-ranking', 'survey', 'count', 'context']),
  text: bilingual,
  value: z.number().optional(),
  qualifier: z.enum(['exact', 'at-least', 'more-than', 'about']).optional(),
  series: id.optional(),
  sources: sourceIds,
  confidence
});

/** Each source file and the schema of its contents. */
export const FILE_SCHEMAS = {
  'sources.json': z.array(sourceSchema),
  'ports.json': z.array(portSchema),
  'cities.json': z.array(citySchema),
  'transfers.json': z.array(transferSchema),
  'advisories.json': advisoriesSchema,
  'events.json': z.array(eventSchema),
  'series.json': z.array(seriesSchema),
  'facts.json': z.array(factSchema)
} as const;

export type DataFileName = keyof typeof FILE_SCHEMAS;
export const DATA_FILES = Object.keys(FILE_SCHEMAS) as DataFileName[];

export type Source = z.infer<typeof sourceSchema>;
export type Phase = z.infer<typeof phaseSchema>;
export type PhaseName = Phase['phase'];
export type Precision = z.infer<typeof precision>;
export type Port = z.infer<typeof portSchema>;
export type City = z.infer<typeof citySchema>;
export type Transfer = z.infer<typeof transferSchema>;
export type Issuance = z.infer<typeof issuanceSchema>;
export type NationalPeriod = z.infer<typeof nationalSchema>;
export type Advisories = z.infer<typeof advisoriesSchema>;
export type MppEvent = z.infer<typeof eventSchema>;
export type Series = z.infer<typeof seriesSchema>;
export type Fact = z.infer<typeof factSchema>;
export type Bilingual = z.infer<typeof bilingual>;

export interface Dataset {
  sources: Source[];
  ports: Port[];
  cities: City[];
  transfers: Transfer[];
  advisories: Advisories;
  events: MppEvent[];
  series: Series[];
  facts: Fact[];
}
