import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CandidateIndex, claimDay, ScanCandidates, type Hit, type PageEntities } from '../../../src/core/match/candidates';
import { dataIndex } from './helpers';

function pageEntities(ids: string[]): PageEntities {
  const all = new Set(ids);
  return { all, sorted: [...all].sort(), memo: new Map() };
}

describe('CandidateIndex.find', () => {
  const index = dataIndex();
  const hits = new CandidateIndex(index);
  const figures = index.records.flatMap((r) => r.figures.map((_, i) => hits.hitOf(r, i)));
  const entityIds = [...new Set(index.records.flatMap((r) => r.entities))];

  it('with `until`, finds the figures it finds without, in the same order, less those known later', () => {
    // Lookups around a figure of the dataset, with its record's entities and others, up to a day near its own.
    const lookup = fc.record({
      hit: fc.constantFrom(...figures),
      others: fc.subarray(entityIds, { maxLength: 6 }),
      spread: fc.double({ min: 1, max: 10, noNaN: true }),
      offset: fc.integer({ min: -60, max: 60 }),
    });
    let left = 0;
    fc.assert(
      fc.property(lookup, ({ hit, others, spread, offset }) => {
        const cands = new CandidateIndex(index);
        const ents = pageEntities([...hit.record.entities, ...others]);
        const v = hit.value;
        const [lo, hi] = [Math.min(v / spread, v * spread), Math.max(v / spread, v * spread, hit.max ?? v)];
        const until = (claimDay(hit) ?? 19_000) + offset;
        const all: Hit[] = [];
        cands.begin();
        cands.find(hit.figure.unit, lo, hi, ents, all);
        const upTo: Hit[] = [];
        cands.begin();
        cands.find(hit.figure.unit, lo, hi, ents, upTo, undefined, until);
        expect(upTo).toEqual(all.filter((h) => !((claimDay(h) ?? -Infinity) > until)));
        left += all.length - upTo.length;
      }),
      { numRuns: 300 },
    );
    expect(left).toBeGreaterThan(0);
  });

  it('finds the figures a scan of every record finds (same unit, overlapping values, two shared entities)', () => {
    const lookup = fc.record({
      hit: fc.constantFrom(...figures),
      others: fc.subarray(entityIds, { maxLength: 6 }),
      spread: fc.double({ min: 1, max: 1000, noNaN: true }),
    });
    let found = 0;
    const shared = new CandidateIndex(index);
    fc.assert(
      fc.property(lookup, ({ hit, others, spread }) => {
        const entityIds = [...hit.record.entities.slice(1), ...others];
        const v = hit.value;
        const [lo, hi] = [Math.min(v / spread, v * spread), Math.max(v / spread, v * spread)];
        const ids = (source: { begin(): void; find: CandidateIndex['find'] }): string[] => {
          const out: Hit[] = [];
          source.begin();
          // (A page's entities memoise one index's slices: a fresh set per source.)
          source.find(hit.figure.unit, lo, hi, pageEntities(entityIds), out);
          return out.map((h) => `${h.record.id}#${h.figureIndex}`).sort();
        };
        const indexed = ids(new CandidateIndex(index));
        expect(indexed).toEqual(ids(new ScanCandidates(index, hits)));
        // One index across lookups, as across a worker's batches: its kept slice lists give the same figures.
        expect(ids(shared)).toEqual(indexed);
        found += indexed.length;
      }),
      { numRuns: 300 },
    );
    expect(found).toBeGreaterThan(0);
  });
});
