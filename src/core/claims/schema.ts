import { z } from 'zod';
import { FIGURE_KINDS, QUALIFIERS } from '../figures/figure';

/** A date as precise as the source gives it: YYYY, YYYY-MM or YYYY-MM-DD. */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be a date as YYYY, YYYY-MM or YYYY-MM-DD');

const HttpsUrl = z
  .string()
  .url()
  .refine((u) => u.startsWith('https://'), 'URLs must be https');

const Slug = z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, 'lowercase letters, digits, dots and dashes');

/** Text in both interface languages. */
export const Bilingual = z.strictObject({
  id: z.string().min(1).max(600),
  en: z.string().min(1).max(600),
});
export type Bilingual = z.infer<typeof Bilingual>;

export { STATUSES, type ClaimStatus } from './vocabulary';
import { STATUSES, BASES } from './vocabulary';

export { BASES, type Basis } from './vocabulary';

export const SourceSchema = z.strictObject({
  publisher: z.string().min(1).max(200),
  url: HttpsUrl,
  date: PartialDate.optional(),
  title: z.string().min(1).max(300),
  primary: z.boolean(),
  quote: z.string().max(400).optional(),
  lang: z.string().max(8).optional(),
});
export type Source = z.infer<typeof SourceSchema>;

export const ClaimFigureSchema = z.strictObject({
  value: z.number().finite(),
  max: z.number().finite().optional(),
  /** A canonical unit id from data/lexicon/units.yaml. */
  unit: Slug,
  kind: z.enum(FIGURE_KINDS),
  qualifier: z.enum(QUALIFIERS),
  basis: z.enum(BASES),
  period: z.strictObject({ from: PartialDate.optional(), to: PartialDate.optional() }).optional(),
  asOf: PartialDate.optional(),
  /** What this figure counts, when the claim holds several ("152 mm shells"). */
  label: Bilingual.optional(),
});
export type ClaimFigure = z.infer<typeof ClaimFigureSchema>;

const RecordBase = z.strictObject({
  id: Slug,
  summary: Bilingual,
  claimant: z.strictObject({ name: z.string().min(1).max(200), role: Bilingual.optional() }),
  claimDate: PartialDate,
  appearedIn: z.string().max(300).optional(),
  topics: z.array(Slug).min(1),
  entities: z.array(Slug).default([]),
  status: z.enum(STATUSES),
  rationale: Bilingual,
  caveats: z.array(Bilingual).default([]),
  sources: z.array(SourceSchema).min(1, 'every claim needs at least one source'),
  supersededBy: z.array(Slug).default([]),
  related: z.array(Slug).default([]),
  keywords: z.object({ id: z.array(z.string()).default([]), en: z.array(z.string()).default([]) }).default({ id: [], en: [] }),
  reviewed: PartialDate,
});

/** A sourced statement with one or more figures. */
export const ClaimRecordSchema = RecordBase.extend({
  type: z.literal('claim').default('claim'),
  figures: z.array(ClaimFigureSchema).min(1, 'a claim needs at least one figure'),
});

/** A dated event ("full-scale invasion, 24 Feb 2022"): durations and "since" dates are checked against it. */
export const EventRecordSchema = RecordBase.extend({
  type: z.literal('event'),
  event: z.strictObject({ start: PartialDate, end: PartialDate.optional() }),
  figures: z.array(ClaimFigureSchema).default([]),
});

export const DatasetRecordSchema = z.discriminatedUnion('type', [
  ClaimRecordSchema.extend({ type: z.literal('claim') }),
  EventRecordSchema,
]);
export type DatasetRecord = z.infer<typeof DatasetRecordSchema>;

/** A record as authored: `type` may be left out for claims. */
export const AuthoredRecordSchema = z.preprocess(
  (v) => (v && typeof v === 'object' && !('type' in v) ? { ...v, type: 'claim' } : v),
  DatasetRecordSchema,
);

export const UnitLexiconSchema = z.array(
  z.object({
    id: Slug,
    kind: z.enum(FIGURE_KINDS),
    label: Bilingual,
    /** Words as a reader sees them next to the number, lowercase, both languages. */
    aliases: z.array(z.string().min(1)).min(1),
  }),
);
export type UnitLexicon = z.infer<typeof UnitLexiconSchema>;

export const EntityLexiconSchema = z.array(
  z.object({
    id: Slug,
    name: Bilingual,
    aliases: z.array(z.string().min(1)).min(1),
  }),
);
export type EntityLexicon = z.infer<typeof EntityLexiconSchema>;

export const TopicLexiconSchema = z.array(
  z.object({
    id: Slug,
    name: Bilingual,
    /** Words that suggest the topic in a text (matching context), both languages. */
    aliases: z.array(z.string().min(1)).default([]),
  }),
);
export type TopicLexicon = z.infer<typeof TopicLexiconSchema>;

/** One schema problem in plain words, with the field path written as in the file: `figures[0].unit`. */
export interface IssueText {
  path: string;
  message: string;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out;
}

/** Turns zod issues into short messages a fact-checker can act on. */
export function describeIssues(error: z.ZodError): IssueText[] {
  return error.issues.map((issue) => {
    const path = formatPath(issue.path);
    const raw = issue as { code: string; input?: unknown; values?: unknown[]; keys?: string[]; expected?: string };
    // Parse with { reportInput: true } to get the offending value into the message.
    const hasInput = 'input' in raw;
    const got = hasInput && raw.input !== undefined ? `, got ${describeValue(raw.input)}` : '';
    let message = issue.message;
    const missing = hasInput ? raw.input === undefined : /received undefined/.test(issue.message);
    if (raw.code === 'invalid_type' && missing) message = 'is required but missing';
    else if (raw.code === 'invalid_type') message = `must be ${raw.expected ?? 'of another type'}${got}`;
    else if (raw.code === 'invalid_value' && raw.values) message = `must be one of ${raw.values.map((v) => JSON.stringify(v)).join(', ')}${got}`;
    else if (raw.code === 'unrecognized_keys' && raw.keys) message = `unknown field${raw.keys.length > 1 ? 's' : ''} ${raw.keys.map((k) => `"${k}"`).join(', ')}`;
    else if (raw.code === 'invalid_union' && path === 'type') message = 'must be "claim" or "event"';
    else if (raw.code === 'invalid_format' || raw.code === 'custom') message = `${issue.message}${got}`;
    return { path, message };
  });
}

function describeValue(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (typeof v === 'number' || typeof v === 'boolean' || v === null) return String(v);
  return Array.isArray(v) ? 'a list' : 'an object';
}
