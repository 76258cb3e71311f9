// zod/mini, like every schema the extension bundles: the zod core chunk is shared with the content script, and the
// classic API would pull its string formats and methods into what every page loads.
import * as z from 'zod/mini';
import { FIGURE_KINDS, QUALIFIERS } from '../figures/figure';
// describeIssues passes zod's messages on: in English, as with classic zod.
import '../zod-locale';

/** A date as precise as the source gives it: YYYY, YYYY-MM or YYYY-MM-DD. */
export const PartialDate = /* @__PURE__ */ z
  .string()
  .check(z.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be a date as YYYY, YYYY-MM or YYYY-MM-DD'));

/**
 * An https URL: what `z.url().check(z.refine((u) => u.startsWith('https://'), 'URLs must be https'))` checks, with the
 * same issues and the same trimmed value, as one plain check. zod core is one chunk for all of the extension, shared
 * with the content script, and its URL format and refinements (used nowhere else) would cost every page 0.6 KB.
 */
const HttpsUrl = /* @__PURE__ */ z.string().check(
  z.check((payload) => {
    const trimmed = payload.value.trim();
    let parses = true;
    try {
      new URL(trimmed);
    } catch {
      parses = false;
    }
    // Like z.url(): the value is trimmed and loses tabs and newlines (the URL parser ignores them).
    if (parses) payload.value = trimmed.replace(/[\t\n\r]/g, '');
    else payload.issues.push({ code: 'invalid_format', format: 'url', input: payload.value, continue: true });
    if (!payload.value.startsWith('https://')) {
      payload.issues.push({ code: 'custom', input: payload.value, path: [], continue: true, message: 'URLs must be https' });
    }
  }),
);

const Slug = /* @__PURE__ */ z.string().check(z.regex(/^[a-z0-9][a-z0-9.-]*$/, 'lowercase letters, digits, dots and dashes'));

/** Text in both interface languages. */
export const Bilingual = /* @__PURE__ */ z.strictObject({
  id: z.string().check(z.minLength(1), z.maxLength(600)),
  en: z.string().check(z.minLength(1), z.maxLength(600)),
});
export type Bilingual = z.infer<typeof Bilingual>;

export { STATUSES, type ClaimStatus } from './vocabulary';
import { STATUSES, BASES } from './vocabulary';

export { BASES, type Basis } from './vocabulary';

export const SourceSchema = /* @__PURE__ */ z.strictObject({
  publisher: z.string().check(z.minLength(1), z.maxLength(200)),
  url: HttpsUrl,
  date: z.optional(PartialDate),
  title: z.string().check(z.minLength(1), z.maxLength(300)),
  primary: z.boolean(),
  quote: z.optional(z.string().check(z.maxLength(400))),
  lang: z.optional(z.string().check(z.maxLength(8))),
});
export type Source = z.infer<typeof SourceSchema>;

export const ClaimFigureSchema = /* @__PURE__ */ z.strictObject({
  value: z.number(),
  max: z.optional(z.number()),
  /** A canonical unit id from data/lexicon/units.yaml. */
  unit: Slug,
  kind: z.enum(FIGURE_KINDS),
  qualifier: z.enum(QUALIFIERS),
  basis: z.enum(BASES),
  period: z.optional(z.strictObject({ from: z.optional(PartialDate), to: z.optional(PartialDate) })),
  asOf: z.optional(PartialDate),
  /** What this figure counts, when the claim holds several ("152 mm shells"). */
  label: z.optional(Bilingual),
});
export type ClaimFigure = z.infer<typeof ClaimFigureSchema>;

const RecordBase = /* @__PURE__ */ z.strictObject({
  id: Slug,
  summary: Bilingual,
  claimant: z.strictObject({ name: z.string().check(z.minLength(1), z.maxLength(200)), role: z.optional(Bilingual) }),
  claimDate: PartialDate,
  appearedIn: z.optional(z.string().check(z.maxLength(300))),
  topics: z.array(Slug).check(z.minLength(1)),
  entities: z._default(z.array(Slug), []),
  status: z.enum(STATUSES),
  rationale: Bilingual,
  caveats: z._default(z.array(Bilingual), []),
  sources: z.array(SourceSchema).check(z.minLength(1, 'every claim needs at least one source')),
  supersededBy: z._default(z.array(Slug), []),
  related: z._default(z.array(Slug), []),
  keywords: z._default(z.object({ id: z._default(z.array(z.string()), []), en: z._default(z.array(z.string()), []) }), { id: [], en: [] }),
  reviewed: PartialDate,
});

const ClaimFigures = /* @__PURE__ */ z.array(ClaimFigureSchema).check(z.minLength(1, 'a claim needs at least one figure'));

/** A sourced statement with one or more figures. */
export const ClaimRecordSchema = /* @__PURE__ */ z.extend(RecordBase, {
  type: z._default(z.literal('claim'), 'claim'),
  figures: ClaimFigures,
});

/** A dated event ("full-scale invasion, 24 Feb 2022"): durations and "since" dates are checked against it. */
export const EventRecordSchema = /* @__PURE__ */ z.extend(RecordBase, {
  type: z.literal('event'),
  event: z.strictObject({ start: PartialDate, end: z.optional(PartialDate) }),
  figures: z._default(z.array(ClaimFigureSchema), []),
});

export const DatasetRecordSchema = /* @__PURE__ */ z.discriminatedUnion('type', [
  z.extend(ClaimRecordSchema, { type: z.literal('claim') }),
  EventRecordSchema,
]);
export type DatasetRecord = z.infer<typeof DatasetRecordSchema>;

/** A record as authored: `type` may be left out for claims. */
export const AuthoredRecordSchema = /* @__PURE__ */ z.pipe(
  z.transform((v: unknown) => (v && typeof v === 'object' && !('type' in v) ? { ...v, type: 'claim' } : v)),
  DatasetRecordSchema,
);

export const UnitLexiconSchema = /* @__PURE__ */ z.array(
  z.object({
    id: Slug,
    kind: z.enum(FIGURE_KINDS),
    label: Bilingual,
    /** Words as a reader sees them next to the number, lowercase, both languages. */
    aliases: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
    /**
     * A unit a count of this one may also be given in, as a broader word: a source's "500,000 rounds" of 122 mm are
     * a page's "500,000 rockets". Counts in this unit are looked up in that one too, as a looser fit.
     */
    broader: z.optional(Slug),
  }),
);
export type UnitLexicon = z.infer<typeof UnitLexiconSchema>;

export const EntityLexiconSchema = /* @__PURE__ */ z.array(
  z.object({
    id: Slug,
    name: Bilingual,
    aliases: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
    /**
     * The side a country, bloc or national body stands for where figures are given per side ("korban Rusia",
     * "korban Ukraina"; Europe's aid and the US's): its own id or its country's. People and places have none.
     */
    side: z.optional(Slug),
    /**
     * The country a place is in (Kharkiv, Ukraine; Kursk, Russia), or the one a head of state or official speaks for
     * (Putin, Russia): a page that names the place or the person names the country.
     */
    within: z.optional(Slug),
    /**
     * A person's `within` country also counts as named wherever the person is, as evidence for a claim ("Kim Jong Un
     * sudah kirim 12 juta peluru ke Putin" is about North Korea and Russia); a place's counts only for the lookup (a
     * parade in Pyongyang, a battle in Kursk, name no party to a claim).
     */
    kind: z.optional(z.enum(['person', 'place'])),
    /**
     * Names that stand for the entity only on a page that also names one of `beside` (an entity, or any entity of that
     * side), matched as written: "the North" for North Korea beside South Korea or Shin Won-sik.
     */
    contextAliases: z.optional(
      z.strictObject({ aliases: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)), beside: z.array(Slug).check(z.minLength(1)) }),
    ),
  }),
);
export type EntityLexicon = z.infer<typeof EntityLexiconSchema>;

export const TopicLexiconSchema = /* @__PURE__ */ z.array(
  z.object({
    id: Slug,
    name: Bilingual,
    /** Words that suggest the topic in a text (matching context), both languages. */
    aliases: z._default(z.array(z.string().check(z.minLength(1))), []),
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
export function describeIssues(error: z.core.$ZodError): IssueText[] {
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
