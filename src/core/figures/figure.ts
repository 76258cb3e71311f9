// zod/mini: the content script validates figures on every page, and the full zod API would double its size.
import * as z from 'zod/mini';

/** What a figure is: the detector's `kind` field. */
export const FIGURE_KINDS = [
  'count', 'currency', 'percent', 'measure', 'date', 'year', 'time', 'ordinal', 'duration', 'other',
] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];

/** How the text bounds the number: "lebih dari" → more_than, "sekitar" → approx. */
export const QUALIFIERS = ['exact', 'approx', 'at_least', 'more_than', 'less_than', 'at_most'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const LANGS = ['id', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/**
 * One figure read from text. Offsets are UTF-16 indices into the text it was read from,
 * `end` exclusive, and `surface === text.slice(start, end)`.
 * `value` is fully scaled ("3 juta" → 3000000, "12,5 persen" → 12.5); `valueMax` closes a range or a vague
 * amount ("3-5 juta", "ratusan" → 100..999). Dates are YYYYMMDD (YYYYMM00 without a day, MMDD without a
 * year), times HHMM on the 24-hour clock, years the year, ordinals the position. `unit` is the counted noun or
 * unit, lowercase as written; `currency` an ISO 4217 code for kind `currency`.
 */
export const FigureSchema = z.object({
  start: z.number().check(z.int(), z.nonnegative()),
  end: z.number().check(z.int(), z.nonnegative()),
  surface: z.string().check(z.maxLength(200)),
  value: z.number(),
  valueMax: z.optional(z.number()),
  kind: z.enum(FIGURE_KINDS),
  unit: z.optional(z.string().check(z.maxLength(60))),
  currency: z.optional(z.string().check(z.regex(/^[A-Z]{3}$/))),
  qualifier: z.enum(QUALIFIERS),
  lang: z.enum(LANGS),
});
export type Figure = z.infer<typeof FigureSchema>;

export interface DetectOptions {
  lang?: Lang | 'auto';
}
