/**
 * Every message between the extension's contexts, as zod schemas: the one source of truth.
 * Receivers parse with these schemas and drop anything else; senders build values of these types.
 */
import { z } from 'zod';
import { FigureInContextSchema, FigureMatchesSchema, PageContextSchema } from './core/match/types';
import { DatasetRecordSchema } from './core/claims/schema';
import { FigureSchema } from './core/figures/figure';

const MAX_BATCH = 5000;

// content → background
export const MatchRequest = z.object({
  type: z.literal('match'),
  page: PageContextSchema,
  items: z.array(FigureInContextSchema).max(MAX_BATCH),
});
export const MatchResponse = z.object({
  results: z.array(FigureMatchesSchema),
  /** The records the results name (and their newest versions), so the popover needs no second trip. */
  records: z.array(DatasetRecordSchema),
  /** Labels of the canonical units the results name. */
  units: z.record(z.string(), z.object({ id: z.string(), en: z.string() })),
});

export const PageSummary = z.object({
  type: z.literal('page-summary'),
  matched: z.number().int().nonnegative(),
  contradicted: z.number().int().nonnegative(),
});

// popup / options → background
export const SearchRequest = z.object({
  type: z.literal('search'),
  query: z.string().max(300),
  limit: z.number().int().positive().max(100).default(20),
});
export const SearchResponse = z.object({ records: z.array(DatasetRecordSchema) });

export const GetRecordsRequest = z.object({ type: z.literal('get-records'), ids: z.array(z.string().max(120)).max(200) });
export const GetRecordsResponse = z.object({ records: z.array(DatasetRecordSchema) });

// options → background: the user's own datasets
export const ImportDatasetRequest = z.object({
  type: z.literal('import-dataset'),
  name: z.string().min(1).max(200),
  /** The file's text: ClaimReview JSON-LD (an object, an array or an @graph). */
  content: z.string().max(50_000_000),
});
export const ImportDatasetResponse = z.object({
  ok: z.boolean(),
  imported: z.number().int(),
  errors: z.array(z.string()),
});
export const ListDatasetsRequest = z.object({ type: z.literal('list-datasets') });
export const ListDatasetsResponse = z.object({
  bundled: z.number().int(),
  datasets: z.array(z.object({ id: z.string(), name: z.string(), source: z.string(), importedAt: z.string(), count: z.number().int() })),
});
export const RemoveDatasetRequest = z.object({ type: z.literal('remove-dataset'), id: z.string().max(80) });

export const BackgroundRequest = z.discriminatedUnion('type', [
  MatchRequest, PageSummary, SearchRequest, GetRecordsRequest, ImportDatasetRequest, ListDatasetsRequest, RemoveDatasetRequest,
]);
export type BackgroundRequest = z.infer<typeof BackgroundRequest>;

// popup / background → content script in a tab
export const PageFigure = z.object({
  key: z.string(),
  figure: FigureSchema,
  sentence: z.string(),
  status: z.string(),
  marked: z.boolean(),
  matches: FigureMatchesSchema.shape.matches,
});
export type PageFigure = z.infer<typeof PageFigure>;

export const ListFiguresRequest = z.object({ type: z.literal('list-figures') });
export const ListFiguresResponse = z.object({
  active: z.boolean(),
  title: z.string(),
  lang: z.string(),
  figures: z.array(PageFigure),
  records: z.array(DatasetRecordSchema),
  units: MatchResponse.shape.units,
});
export const FocusFigureRequest = z.object({ type: z.literal('focus-figure'), key: z.string().max(40) });
export const StepFigureRequest = z.object({ type: z.literal('step-figure'), direction: z.enum(['next', 'previous']) });
export const RescanRequest = z.object({ type: z.literal('rescan') });

export const ContentRequest = z.discriminatedUnion('type', [ListFiguresRequest, FocusFigureRequest, StepFigureRequest, RescanRequest]);
export type ContentRequest = z.infer<typeof ContentRequest>;

export type MatchRequest = z.infer<typeof MatchRequest>;
export type MatchResponse = z.infer<typeof MatchResponse>;
export type SearchResponse = z.infer<typeof SearchResponse>;
export type ImportDatasetResponse = z.infer<typeof ImportDatasetResponse>;
export type ListDatasetsResponse = z.infer<typeof ListDatasetsResponse>;
export type ListFiguresResponse = z.infer<typeof ListFiguresResponse>;

/** A message is ours only when it comes from this extension's own pages or content scripts. */
export function fromThisExtension(sender: { id?: string }, ownId: string): boolean {
  return sender.id === ownId;
}
