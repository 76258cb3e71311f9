/** Requests that only the extension's own pages (popup, options) send to the background, and the union of all. */
import * as z from 'zod/mini';
import { GetRecordsRequest, OpenClaimRequest, PageSummary, ScanRequest } from './index';

// any page of the extension → background
export const SearchRequest = /* @__PURE__ */ z.object({
  type: z.literal('search'),
  query: z.string().check(z.maxLength(300)),
  limit: z._default(z.number().check(z.int(), z.positive(), z.maximum(100)), 20),
});

// options → background: the user's own datasets
export const ImportDatasetRequest = /* @__PURE__ */ z.object({
  type: z.literal('import-dataset'),
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  /** The file's text: ClaimReview JSON-LD (an object, an array or an @graph). */
  content: z.string().check(z.maxLength(50_000_000)),
});
export const ImportDatasetResponse = /* @__PURE__ */ z.object({
  ok: z.boolean(),
  imported: z.number().check(z.int()),
  errors: z.array(z.string()),
});
export const ListDatasetsRequest = /* @__PURE__ */ z.object({ type: z.literal('list-datasets') });
export const ListDatasetsResponse = /* @__PURE__ */ z.object({
  bundled: z.number().check(z.int()),
  datasets: z.array(z.object({ id: z.string(), name: z.string(), source: z.string(), importedAt: z.string(), count: z.number().check(z.int()) })),
});
export const RemoveDatasetRequest = /* @__PURE__ */ z.object({ type: z.literal('remove-dataset'), id: z.string().check(z.maxLength(80)) });

export const BackgroundRequest = /* @__PURE__ */ z.discriminatedUnion('type', [
  ScanRequest, PageSummary, OpenClaimRequest, SearchRequest, GetRecordsRequest, ImportDatasetRequest, ListDatasetsRequest, RemoveDatasetRequest,
]);
export type BackgroundRequest = z.infer<typeof BackgroundRequest>;
export type ImportDatasetResponse = z.infer<typeof ImportDatasetResponse>;
export type ListDatasetsResponse = z.infer<typeof ListDatasetsResponse>;

