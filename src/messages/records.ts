/** Responses that carry whole dataset records, validated with the full record schema (not loaded on every page). */
import { z } from 'zod';
import { DatasetRecordSchema } from '../core/claims/schema';

export const RecordsResponse = z.object({
  records: z.array(DatasetRecordSchema),
  /** Labels of the units these records name. */
  units: z.record(z.string(), z.object({ id: z.string(), en: z.string() })).default({}),
});
export type RecordsResponse = z.infer<typeof RecordsResponse>;
