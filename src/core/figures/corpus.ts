import * as z from 'zod/mini';
import '../zod-locale';
import { FIGURE_KINDS, LANGS, QUALIFIERS } from './figure';
import type { Figure } from './figure';

/**
 * The labelled figure corpus (test/corpus/figures/*.jsonl): one text per line with every figure in it,
 * located by `surface` and `nth` (which occurrence of the surface in the text).
 */
export const CorpusFigureSchema = /* @__PURE__ */ z.object({
  surface: z.string().check(z.minLength(1)),
  nth: z._default(z.number().check(z.int(), z.nonnegative()), 0),
  value: z.number(),
  valueMax: z.optional(z.number()),
  kind: z.enum(FIGURE_KINDS),
  unit: z.optional(z.string()),
  currency: z.optional(z.string().check(z.regex(/^[A-Z]{3}$/))),
  qualifier: z._default(z.enum(QUALIFIERS), 'exact'),
});

export const CorpusLineSchema = /* @__PURE__ */ z.object({
  id: z.string().check(z.minLength(1)),
  lang: z.enum(LANGS),
  text: z.string(),
  figures: z.array(CorpusFigureSchema),
});
export type CorpusLine = z.infer<typeof CorpusLineSchema>;

/** A labelled figure with its offsets resolved. */
export type GoldFigure = Figure;

export interface CorpusParse {
  lines: CorpusLine[];
  errors: string[];
}

/** Parses one JSONL file; `source` names it in error messages. Blank lines are skipped. */
export function parseCorpus(jsonl: string, source: string): CorpusParse {
  const lines: CorpusLine[] = [];
  const errors: string[] = [];
  jsonl.split('\n').forEach((raw, i) => {
    if (raw.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (e) {
      errors.push(`${source}:${i + 1}: not JSON (${(e as Error).message})`);
      return;
    }
    const r = CorpusLineSchema.safeParse(json);
    if (!r.success) {
      errors.push(`${source}:${i + 1}: ${r.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
      return;
    }
    lines.push(r.data);
  });
  return { lines, errors };
}

/** Offset of the nth occurrence of `surface` in `text`, or -1. */
export function nthIndexOf(text: string, surface: string, nth: number): number {
  let at = -1;
  for (let k = 0; k <= nth; k++) {
    at = text.indexOf(surface, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

/** The line's figures with start/end resolved, or an error naming the surface that is not in the text. */
export function resolveGold(line: CorpusLine): { figures: GoldFigure[]; error?: string } {
  const figures: GoldFigure[] = [];
  for (const f of line.figures) {
    const start = nthIndexOf(line.text, f.surface, f.nth);
    if (start < 0) return { figures: [], error: `${line.id}: surface ${JSON.stringify(f.surface)} (nth ${f.nth}) not in text` };
    const g: GoldFigure = {
      start, end: start + f.surface.length, surface: f.surface, value: f.value, kind: f.kind,
      qualifier: f.qualifier, lang: line.lang,
    };
    if (f.valueMax !== undefined) g.valueMax = f.valueMax;
    if (f.unit !== undefined) g.unit = f.unit;
    if (f.currency !== undefined) g.currency = f.currency;
    figures.push(g);
  }
  figures.sort((a, b) => a.start - b.start);
  return { figures };
}
