/** The user's imported ClaimReview datasets: kept in storage.local, merged into the worker's index. */
import browser from 'webextension-polyfill';
import { USER_DATASETS_KEY } from '../storage';
import { UserDatasetsSchema, type UserDataset } from '../core/claims/user-datasets';
import { formatImportProblem, importClaimReviews } from '../core/claims/claimreview';
import type { ImportDatasetResponse, ListDatasetsResponse } from '../messages/pages';
import { datasetState, invalidateDataset } from './dataset';

export async function loadUserDatasets(): Promise<UserDataset[]> {
  const got = await browser.storage.local.get(USER_DATASETS_KEY);
  const parsed = UserDatasetsSchema.safeParse(got[USER_DATASETS_KEY] ?? []);
  return parsed.success ? parsed.data : [];
}

async function save(list: UserDataset[]): Promise<void> {
  await browser.storage.local.set({ [USER_DATASETS_KEY]: UserDatasetsSchema.parse(list) });
  invalidateDataset();
}

/** Converts a ClaimReview file; bad items are reported and skipped, good ones stored. Nothing stored is lost. */
export async function importDataset(name: string, content: string): Promise<ImportDatasetResponse> {
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch (e) {
    return { ok: false, imported: 0, errors: [`${name}: not JSON (${e instanceof Error ? e.message : String(e)})`] };
  }
  const { index } = await datasetState();
  const result = importClaimReviews(json, index);
  const errors = result.errors.map(formatImportProblem);
  if (!result.records.length) return { ok: false, imported: 0, errors: errors.length ? errors : [`${name}: no ClaimReview items`] };
  const list = await loadUserDatasets();
  const id = `user-${Date.now().toString(36)}`;
  const entry: UserDataset = { id, name: name.slice(0, 200), source: name.slice(0, 300), importedAt: new Date().toISOString(), records: result.records };
  await save([...list, entry]);
  return { ok: true, imported: result.records.length, errors };
}

export async function listDatasets(): Promise<ListDatasetsResponse> {
  const [list, { bundledCount }] = await Promise.all([loadUserDatasets(), datasetState()]);
  return {
    bundled: bundledCount,
    datasets: list.map((d) => ({ id: d.id, name: d.name, source: d.source, importedAt: d.importedAt, count: d.records.length })),
  };
}

export async function removeDataset(id: string): Promise<{ ok: boolean }> {
  const list = await loadUserDatasets();
  const next = list.filter((d) => d.id !== id);
  if (next.length !== list.length) await save(next);
  return { ok: next.length !== list.length };
}
