import * as z from 'zod/mini';
import { DatasetRecordSchema } from './schema';

/** A dataset the user imported in the options page, as kept in storage.local. */
export const UserDatasetSchema = /* @__PURE__ */ z.object({
  id: z.string().check(z.minLength(1), z.maxLength(80)),
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  /** Where it came from: the file name. */
  source: z.string().check(z.maxLength(300)),
  importedAt: z.string().check(z.maxLength(40)),
  records: z.array(DatasetRecordSchema).check(z.maxLength(200000)),
});
export type UserDataset = z.infer<typeof UserDatasetSchema>;

export const UserDatasetsSchema = /* @__PURE__ */ z.array(UserDatasetSchema).check(z.maxLength(50));
