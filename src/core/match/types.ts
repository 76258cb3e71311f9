import { z } from 'zod';
import { FigureSchema, LANGS } from '../figures/figure';
import { STATUSES } from '../claims/schema';

/** How the page's number relates to the sourced one. */
export const AGREEMENTS = ['same', 'rounded', 'differs', 'outdated', 'basis'] as const;
export type Agreement = (typeof AGREEMENTS)[number];

/** A detected figure with the text around it: what the content script sends to the matcher. */
export const FigureInContextSchema = z.object({
  /** The content script's handle for the mark; echoed back in the result. */
  key: z.string().max(40),
  figure: FigureSchema,
  sentence: z.string().max(2000),
  paragraph: z.string().max(8000),
});
export type FigureInContext = z.infer<typeof FigureInContextSchema>;

export const PageContextSchema = z.object({
  title: z.string().max(500).default(''),
  /** Publication date from the page's metadata, ISO (YYYY-MM-DD or full), when present. */
  published: z.string().max(40).optional(),
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
  claimValueMax: z.number().optional(),
  unit: z.string(),
  /** Short, in both languages: what fitted (value, unit, entities, words) and any computed correction. */
  explanation: z.object({ id: z.string(), en: z.string() }),
  /** The newest record when the matched one is outdated. */
  latestId: z.string().optional(),
  /** For `differs` from a derived check: the computed correct figure ("2 tahun"). */
  expected: z.object({ value: z.number(), unit: z.string() }).optional(),
});
export type Match = z.infer<typeof MatchSchema>;

export const FigureMatchesSchema = z.object({
  key: z.string(),
  matches: z.array(MatchSchema),
});
export type FigureMatches = z.infer<typeof FigureMatchesSchema>;
