// zod/mini, like the figure schema: these travel through the content script on every page.
import * as z from 'zod/mini';
import { FigureSchema, LANGS } from '../figures/figure';
import { STATUSES } from '../claims/vocabulary';

/** How the page's number relates to the sourced one. */
export const AGREEMENTS = ['same', 'rounded', 'differs', 'outdated', 'basis'] as const;
export type Agreement = (typeof AGREEMENTS)[number];

/** A detected figure with the text around it: what the content script sends to the matcher. */
export const FigureInContextSchema = z.object({
  /** The content script's handle for the mark; echoed back in the result. */
  key: z.string().check(z.maxLength(40)),
  figure: FigureSchema,
  sentence: z.string().check(z.maxLength(2000)),
  paragraph: z.string().check(z.maxLength(8000)),
});
export type FigureInContext = z.infer<typeof FigureInContextSchema>;

export const PageContextSchema = z.object({
  title: z._default(z.string().check(z.maxLength(500)), ''),
  /** Publication date from the page's metadata, ISO (YYYY-MM-DD or full), when present. */
  published: z.optional(z.string().check(z.maxLength(40))),
  lang: z.enum(LANGS),
});
export type PageContext = z.infer<typeof PageContextSchema>;

export const MatchSchema = z.object({
  claimId: z.string(),
  score: z.number(),
  agreement: z.enum(AGREEMENTS),
  status: z.enum(STATUSES),
  /** The matched figure of the claim, fully scaled like the detector's value. */
  claimValue: z.number(),
  claimValueMax: z.optional(z.number()),
  unit: z.string(),
  /** Short, in both languages: what fitted (value, unit, entities, words) and any computed correction. */
  explanation: z.object({ id: z.string(), en: z.string() }),
  /** The newest record when the matched one is outdated. */
  latestId: z.optional(z.string()),
  /** For `differs` from a derived check: the computed correct figure ("2 tahun"). */
  expected: z.optional(z.object({ value: z.number(), unit: z.string() })),
});
export type Match = z.infer<typeof MatchSchema>;

/**
 * A match without its explanation: what the page's marks, the popup and the exports need of it. The explanation
 * travels once per figure, for the top match, in the interface language.
 */
export const MatchSummarySchema = /* @__PURE__ */ z.omit(MatchSchema, { explanation: true });
export type MatchSummary = z.infer<typeof MatchSummarySchema>;

export const FigureMatchesSchema = z.object({
  key: z.string(),
  matches: z.array(MatchSchema),
});
export type FigureMatches = z.infer<typeof FigureMatchesSchema>;

export type Explanation = Match['explanation'];

/** A figure's matches with the explanation of the top one only: what the worker sends of them. */
export interface FigureMatchesTop {
  key: string;
  matches: MatchSummary[];
  /** The top match's explanation, when there is a match. */
  explanation?: Explanation;
}
