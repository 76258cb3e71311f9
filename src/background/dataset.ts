/** The dataset the worker answers from: the bundled index merged with the user's imported datasets. */
import bundled from '../generated/dataset.json';
import { DatasetIndex, mergeDatasets, type CompiledDataset } from '../core/claims/compiled';
import { ClaimSearch } from '../core/search';
import { loadUserDatasets } from './user-datasets';
import type { Bilingual, DatasetRecord } from '../core/claims/schema';
import type { MatchSummary } from '../core/match/types';

export interface DatasetState {
  index: DatasetIndex;
  /** Records in the bundled dataset (the rest come from the user's imports). */
  bundledCount: number;
  search: ClaimSearch;
  /** Labels of every unit that these records and results name. */
  unitLabels(records: readonly DatasetRecord[], results?: readonly { matches: readonly MatchSummary[] }[]): Record<string, Bilingual>;
}

let state: Promise<DatasetState> | null = null;

async function build(): Promise<DatasetState> {
  const base = bundled as unknown as CompiledDataset;
  let compiled = base;
  try {
    const user = await loadUserDatasets();
    if (user.length) compiled = mergeDatasets(base, user.flatMap((d) => d.records)).dataset;
  } catch {
    /* storage unavailable or a stored dataset no longer valid: answer from the bundled data */
  }
  const index = new DatasetIndex(compiled);
  const names = (id: string) => {
    const e = compiled.entities.find((x) => x.id === id);
    return e ? [e.name.id, e.name.en, ...e.aliases] : [];
  };
  const labels = new Map(compiled.units.map((u) => [u.id, u.label]));
  const unitLabels = (records: readonly DatasetRecord[], results: readonly { matches: readonly MatchSummary[] }[] = []) => {
    const out: Record<string, Bilingual> = {};
    const add = (u: string) => {
      const l = labels.get(u);
      if (l) out[u] = l;
    };
    records.forEach((r) => r.figures.forEach((f) => add(f.unit)));
    results.forEach((r) => r.matches.forEach((m) => (add(m.unit), m.expected && add(m.expected.unit))));
    return out;
  };
  return { index, bundledCount: base.records.length, search: new ClaimSearch(index.records, names), unitLabels };
}

export function datasetState(): Promise<DatasetState> {
  state ??= build().catch((e: unknown) => {
    state = null;
    throw e;
  });
  return state;
}

export function invalidateDataset(): void {
  state = null;
}
