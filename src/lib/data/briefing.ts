// Briefings: presentations of the map as a list of chapters (geodata/briefings/*.json, see SCHEMA.md).
import { z } from 'zod';
import type { Dataset } from './schema';
import type { DataError } from './validate';
import { isIsoDay } from './codes.ts';

const text = z.string().trim().min(1, 'must not be empty');
const bilingual = z.strictObject({ en: text, es: text });
const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case id');

export const chapterSchema = z.strictObject({
  id,
  date: z.string().refine(isIsoDay, 'must be a real date written YYYY-MM-DD'),
  camera: z.union([z.literal('border'), z.strictObject({ center: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]), zoom: z.number().min(3).max(9) })]),
  city: id.nullable(),
  ports: z.array(id),
  title: z.strictObject({ en: text.max(40), es: text.max(48) }),
  caption: z.strictObject({ en: text.max(220), es: text.max(260) }),
  notes: bilingual,
  sources: z.array(id).min(1, 'must cite at least one source')
});

export const briefingSchema = z.strictObject({
  id,
  title: bilingual,
  description: bilingual,
  chapters: z.array(chapterSchema).min(1)
});

export type Chapter = z.infer<typeof chapterSchema>;
export type Briefing = z.infer<typeof briefingSchema>;

/** Checks a briefing against its schema and the dataset (cities, ports, sources, timeline dates). */
export function validateBriefing(file: string, raw: unknown, d: Dataset, window: readonly [string, string]): { errors: DataError[]; briefing: Briefing | null } {
  const errors: DataError[] = [];
  const parsed = briefingSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [first, index, ...rest] = issue.path;
      const chapter = first === 'chapters' && typeof index === 'number' ? ((raw as Briefing).chapters?.[index]?.id ?? `#${index}`) : null;
      errors.push({ file, record: chapter, field: (chapter ? rest : issue.path).map(String).join('.'), message: issue.message });
    }
    return { errors, briefing: null };
  }
  const b = parsed.data;
  if (`${b.id}.json` !== file) errors.push({ file, record: null, field: 'id', message: `must match the file name (${file.replace(/\.json$/, '')})` });
  const cities = new Set(d.cities.map((c) => c.id));
  const ports = new Set(d.ports.map((p) => p.id));
  const sources = new Set(d.sources.map((s) => s.id));
  const seen = new Set<string>();
  for (const ch of b.chapters) {
    const err = (field: string, message: string) => errors.push({ file, record: ch.id, field, message });
    if (seen.has(ch.id)) err('id', 'this id is used twice');
    seen.add(ch.id);
    if (ch.date < window[0] || ch.date > window[1]) err('date', `${ch.date} is outside the timeline ${window[0]} … ${window[1]}`);
    if (ch.city !== null && !cities.has(ch.city)) err('city', `no city "${ch.city}" in cities.json`);
    for (const p of ch.ports) if (!ports.has(p)) err('ports', `no port "${p}" in ports.json`);
    for (const s of ch.sources) if (!sources.has(s)) err('sources', `source "${s}" is not in sources.json`);
  }
  return { errors, briefing: errors.length ? null : b };
}
