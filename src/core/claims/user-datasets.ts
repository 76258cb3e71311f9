import { z } from 'zod';
import { DatasetRecordSchema } from './schema';

/** A dataset the user imported in the options page, as kept in storage.local. */
export const UserDatasetSchema = z.object({
  id: z.string().min(1).max(80),
  name: z.string().min(1).max(200),
  /** Where it came from: the file name. */
  source: z.string().max(300),
  importedAt: z.string().max(40),
  records: z.array(DatasetRecordSchema).max(200000),
});
export type UserDataset = z.infer<typeof UserDatasetSchema>;

export const UserDatasetsSchema = z.array(UserDatasetSchema).max(50);
