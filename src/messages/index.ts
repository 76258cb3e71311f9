/**
 * Every message between the extension's contexts, as zod schemas: the one source of truth.
 * Receivers parse with these schemas and drop anything else; senders build values of these types.
 * zod/mini here, because the content script loads this on every page; responses that carry whole dataset records
 * (and so the full record schema) are in ./records; requests only the extension's own pages send are in ./pages.
 */
import * as z from 'zod/mini';

// Schemas are marked pure so that each bundle keeps only those it uses.
import { MatchSummarySchema, PageContextSchema } from '../core/match/types';
import { FigureSchema, LANGS } from '../core/figures/figure';

const MAX_BATCH = 5000;
export const UnitLabels = /* @__PURE__ */ z.record(z.string(), z.object({ id: z.string(), en: z.string() }));

// content → background
/** Text blocks of the article: the worker detects their figures and matches them, so the page does neither. */
export const ScanRequest = /* @__PURE__ */ z.object({
  type: z.literal('scan'),
  /** The language may be unknown: the worker then detects it from the text. */
  page: z.extend(PageContextSchema, { lang: z.optional(z.enum(LANGS)) }),
  /** The blocks' texts; the answer refers to a block by its index here. */
  blocks: z.array(z.string().check(z.maxLength(200_000))).check(z.maxLength(MAX_BATCH)),
  /**
   * What the answer holds: every figure (the default); only the matched ones (reader mode on a huge page, near the
   * viewport); or only how many figures of each block matched (reader mode on a huge page, the rest of it: their
   * details are fetched when the block comes near the viewport or the popup lists the page).
   */
  want: z.optional(z.enum(['all', 'matched', 'counts'])),
});
/**
 * A figure as the worker returns it: offsets only, no text. The content script holds the block's text and cuts the
 * surface and the sentence from it, so a live blog's tens of thousands of figures cost a few numbers each to send,
 * receive and validate, not their paragraphs.
 */
export const ScanFigure = /* @__PURE__ */ z.object({
  /** Index of the figure's block in the request. */
  block: z.number().check(z.int(), z.nonnegative()),
  figure: z.omit(FigureSchema, { surface: true }),
  /** The figure's sentence as the matcher read it: [start, end) in the block's text. */
  sentence: z.tuple([z.number().check(z.int(), z.nonnegative()), z.number().check(z.int(), z.nonnegative())]),
  /** Matched figures only; best first. */
  matches: z.optional(z.array(MatchSummarySchema)),
  /** Why the top match was chosen, in the interface language (the popover's "why this match"). */
  why: z.optional(z.string().check(z.maxLength(2000))),
});
export type ScanFigure = z.infer<typeof ScanFigure>;

export const ScanResponse = /* @__PURE__ */ z.object({
  figures: z.array(ScanFigure),
  /** Marks' accessible names by `labelKey`, with `$1` where the figure goes; in the interface language. */
  labels: z.record(z.string().check(z.maxLength(60)), z.string().check(z.maxLength(300))),
  units: UnitLabels,
  /** The language the text was read as. */
  lang: z.enum(LANGS),
  /** The interface language for this page (the user's choice, else the page's); labels are in it. */
  uiLang: z.enum(LANGS),
  /**
   * With want 'counts' (and then no figures): the blocks with a matched figure, as triples [block, matched figures,
   * how many of them contradict the source, …]. One check over the whole array: a live blog's answer holds
   * thousands of numbers, and a schema per element costs several ms in the page.
   */
  counts: z.optional(z.custom<number[]>(isCountTriples, 'counts: triples of non-negative integers')),
});

/** [block, matched, contradicted] triples of non-negative integers, blocks ascending, at most MAX_BATCH of them. */
function isCountTriples(v: unknown): boolean {
  if (!Array.isArray(v) || v.length % 3 !== 0 || v.length > 3 * MAX_BATCH) return false;
  const count = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0;
  let prev = -1;
  // Read in place (no array per triple): a live blog's answer holds thousands of them.
  for (let i = 0; i < v.length; i += 3) {
    const b: unknown = v[i];
    const m: unknown = v[i + 1];
    const c: unknown = v[i + 2];
    if (!count(b) || !count(m) || !count(c) || b <= prev || c > m) return false;
    prev = b;
  }
  return true;
}
export const PageSummary = /* @__PURE__ */ z.object({
  type: z.literal('page-summary'),
  matched: z.number().check(z.int(), z.nonnegative()),
  contradicted: z.number().check(z.int(), z.nonnegative()),
});

/** "Open in panel" from a popover: the worker shows the claim in the toolbar popup (or a tab). */
export const OpenClaimRequest = /* @__PURE__ */ z.object({ type: z.literal('open-claim'), claimId: z.string().check(z.maxLength(120)) });

/** Asked by the popover (and the popup) for the records its matches name. */
export const GetRecordsRequest = /* @__PURE__ */ z.object({
  type: z.literal('get-records'),
  ids: z.array(z.string().check(z.maxLength(120))).check(z.maxLength(500)),
});

// popup / background → content script in a tab
export const PageFigure = /* @__PURE__ */ z.object({
  key: z.string(),
  figure: FigureSchema,
  sentence: z.string(),
  status: z.string(),
  marked: z.boolean(),
  matches: z.array(MatchSummarySchema),
  why: z.optional(z.string()),
});
export type PageFigure = z.infer<typeof PageFigure>;

export const ListFiguresRequest = /* @__PURE__ */ z.object({ type: z.literal('list-figures') });
export const ListFiguresResponse = /* @__PURE__ */ z.object({
  active: z.boolean(),
  title: z.string(),
  lang: z.enum(LANGS),
  figures: z.array(PageFigure),
  units: UnitLabels,
});
export const FocusFigureRequest = /* @__PURE__ */ z.object({ type: z.literal('focus-figure'), key: z.string().check(z.maxLength(40)) });
export const StepFigureRequest = /* @__PURE__ */ z.object({ type: z.literal('step-figure'), direction: z.enum(['next', 'previous']) });
export const RescanRequest = /* @__PURE__ */ z.object({ type: z.literal('rescan') });

export const ContentRequest = /* @__PURE__ */ z.discriminatedUnion('type', [ListFiguresRequest, FocusFigureRequest, StepFigureRequest, RescanRequest]);
export type ContentRequest = z.infer<typeof ContentRequest>;

export type ScanRequest = z.infer<typeof ScanRequest>;
export type ScanResponse = z.infer<typeof ScanResponse>;
export type ListFiguresResponse = z.infer<typeof ListFiguresResponse>;

/** A message is ours only when it comes from this extension's own pages or content scripts. */
export function fromThisExtension(sender: { id?: string }, ownId: string): boolean {
  return sender.id === ownId;
}
