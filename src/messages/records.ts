/** Responses that carry whole dataset records, validated with the full record schema (not loaded on every page). */
import * as z from 'zod/mini';
import { DatasetRecordSchema } from '../core/claims/schema';

export const RecordsResponse = /* @__PURE__ */ z.object({
  records: z.array(DatasetRecordSchema),
  /** Labels of the units these records name. */
  units: z._default(z.record(z.string(), z.object({ id: z.string(), en: z.string() })), {}),
});
export type RecordsResponse = z.infer<typeof RecordsResponse>;
