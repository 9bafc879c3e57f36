// Briefings: presentations of the map as a list of chapters (geodata/briefings/*.json, see SCHEMA.md).
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import type { Dataset } from './schema';
import type { DataError } from './validate';
import { isIsoDay } from './codes.ts';
import { BRIEFING_FORMAT, BRIEFING_VERSION, CAMERA_ZOOM, CHAPTER_TEXT_MAX, knownRefsOf, type KnownRefs } from './briefingFormat.ts';

export { BRIEFING_FORMAT, BRIEFING_VERSION, knownRefsOf, type KnownRefs };

// Briefings are also checked in the browser (a file or link brought in), under a CSP without
// 'unsafe-eval': zod must not compile its parsers with new Function (nor probe whether it may).
// zod/mini, with its English messages, is about half the size of classic zod in the browser; the
// messages are the same.
z.config({ jitless: true, ...en() });

const text = z.string().check(z.trim(), z.minLength(1, 'must not be empty'));
const textUpTo = (max: number) => z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(max));
const bilingual = z.strictObject({ en: text, es: text });
const id = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case id'));
const between = (min: number, max: number) => z.number().check(z.gte(min), z.lte(max));

export const chapterSchema = z.strictObject({
  id,
  date: z.string().check(z.refine(isIsoDay, 'must be a real date written YYYY-MM-DD')),
  camera: z.union([z.literal('border'), z.strictObject({ center: z.tuple([between(-180, 180), between(-90, 90)]), zoom: between(CAMERA_ZOOM[0], CAMERA_ZOOM[1]) })]),
  city: z.nullable(id),
  ports: z.array(id),
  title: z.strictObject({ en: textUpTo(CHAPTER_TEXT_MAX.title.en), es: textUpTo(CHAPTER_TEXT_MAX.title.es) }),
  caption: z.strictObject({ en: textUpTo(CHAPTER_TEXT_MAX.caption.en), es: textUpTo(CHAPTER_TEXT_MAX.caption.es) }),
  notes: bilingual,
  sources: z.array(id).check(z.minLength(1, 'must cite at least one source'))
});

export const briefingSchema = z.strictObject({
  format: z.literal(BRIEFING_FORMAT),
  version: z.literal(BRIEFING_VERSION),
  id,
  title: bilingual,
  description: bilingual,
  chapters: z.array(chapterSchema).check(z.minLength(1))
});

export type Chapter = z.infer<typeof chapterSchema>;
export type Briefing = z.infer<typeof briefingSchema>;


/** A problem with a briefing, by chapter (its id, or #n where it has none) and field. */
export interface BriefingProblem {
  chapter: string | null;
  field: string;
  message: string;
}

/**
 * Checks a briefing (parsed JSON) against its format, its schema and what exists (cities, ports,
 * sources, the timeline's dates). The format and version are checked first, so a file of a later
 * version is refused as such rather than as a list of schema errors.
 */
export function checkBriefing(raw: unknown, known: KnownRefs): { briefing: Briefing | null; problems: BriefingProblem[] } {
  const problems: BriefingProblem[] = [];
  const head = (raw && typeof raw === 'object' ? raw : {}) as { format?: unknown; version?: unknown };
  if (head.format !== BRIEFING_FORMAT) {
    problems.push({ chapter: null, field: 'format', message: `must be "${BRIEFING_FORMAT}": this is not an MPP Atlas briefing` });
    return { briefing: null, problems };
  }
  if (typeof head.version === 'number' && Number.isInteger(head.version) && head.version > BRIEFING_VERSION) {
    problems.push({ chapter: null, field: 'version', message: `is ${head.version}: made by a newer MPP Atlas; this one reads version ${BRIEFING_VERSION}` });
    return { briefing: null, problems };
  }
  const parsed = briefingSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [first, index, ...rest] = issue.path;
      const chapter = first === 'chapters' && typeof index === 'number' ? ((raw as Briefing).chapters?.[index]?.id ?? `#${index + 1}`) : null;
      problems.push({ chapter, field: (chapter ? rest : issue.path).map(String).join('.'), message: issue.message });
    }
    return { briefing: null, problems };
  }
  const b = parsed.data;
  const [from, to] = known.window;
  const seen = new Set<string>();
  for (const ch of b.chapters) {
    const problem = (field: string, message: string) => problems.push({ chapter: ch.id, field, message });
    if (seen.has(ch.id)) problem('id', 'this id is used twice');
    seen.add(ch.id);
    if (ch.date < from || ch.date > to) problem('date', `${ch.date} is outside the timeline ${from} … ${to}`);
    if (ch.city !== null && !known.cities.has(ch.city)) problem('city', `no city "${ch.city}" in cities.json`);
    for (const p of ch.ports) if (!known.ports.has(p)) problem('ports', `no port "${p}" in ports.json`);
    for (const s of ch.sources) if (!known.sources.has(s)) problem('sources', `source "${s}" is not in sources.json`);
  }
  return { briefing: problems.length ? null : b, problems };
}

/** Checks a shipped briefing file (geodata/briefings/<id>.json): its id must also be its file name. */
export function validateBriefing(file: string, raw: unknown, d: Dataset, window: readonly [string, string]): { errors: DataError[]; briefing: Briefing | null } {
  const { briefing, problems } = checkBriefing(raw, knownRefsOf(d, window));
  const errors: DataError[] = problems.map((p) => ({ file, record: p.chapter, field: p.field, message: p.message }));
  const parsed = briefingSchema.safeParse(raw);
  // A file saved from the atlas (<id>.briefing.json) is dropped in as it is.
  const named = [`${parsed.data?.id}.json`, `${parsed.data?.id}.briefing.json`];
  if (parsed.success && !named.includes(file)) errors.unshift({ file, record: null, field: 'id', message: `must match the file name (${file.replace(/(\.briefing)?\.json$/, '')})` });
  return { errors, briefing: errors.length ? null : briefing };
}
