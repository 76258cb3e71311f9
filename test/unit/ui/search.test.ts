import { describe, expect, it } from 'vitest';
import bundled from '../../../src/generated/dataset.json';
import { DatasetIndex, type CompiledDataset } from '../../../src/core/claims/compiled';
import { ClaimSearch, queryNumbers } from '../../../src/core/search';

const compiled = bundled as unknown as CompiledDataset;
const names = (id: string) => {
  const e = compiled.entities.find((x) => x.id === id);
  return e ? [e.name.id, e.name.en, ...e.aliases] : [];
};
const search = new ClaimSearch(new DatasetIndex(compiled).records, names);
const SEED = 'seed-01-containers-6700';
const ids = (q: string, n = 5) => search.search(q, n).map((r) => r.id);

describe('number-aware search', () => {
  it.each(['6700', '6.700', '6,700', '6,7 ribu', '6.7 thousand', '6.700 kontainer', '6,700 containers'])('"%s" finds the 6,700 containers claim first', (q) => {
    expect(ids(q)[0]).toBe(SEED);
  });

  it('reads "6,700" both ways: 6.7 (Indonesian) and 6700 (English)', () => {
    const values = queryNumbers('6,700');
    expect(values).toContain(6700);
    expect(values).toContain(6.7);
  });

  it('scales Indonesian and English magnitude words', () => {
    expect(queryNumbers('6,7 ribu')).toContain(6700);
    expect(queryNumbers('61 miliar')).toContain(61e9);
    expect(queryNumbers('61 billion')).toContain(61e9);
  });

  it('finds claims by words in either language', () => {
    expect(ids('kontainer amunisi')).toContain(SEED);
    expect(ids('containers munitions')).toContain(SEED);
  });

  it('a number that no claim holds does not find the seed claim', () => {
    expect(ids('6701')).not.toContain(SEED);
    expect(ids('6,8 ribu')).not.toContain(SEED);
  });

  it('empty or blank queries find nothing, and the limit holds', () => {
    expect(search.search('   ')).toEqual([]);
    expect(search.search('Rusia', 3).length).toBeLessThanOrEqual(3);
  });
});
