/**
 * Candidate figures for a page figure: same canonical unit, value in a window, and a record that shares an entity
 * with the text around it. Built lazily per entity from the index's entity lists (`recordsByEntity`) into
 * value-sorted arrays per unit, so a lookup is a binary search per entity on the page, never a scan of the dataset.
 * A record must share an entity with the context to match at all, so nothing is lost by starting from entities.
 */
import type { DatasetIndex, FigureHit } from '../claims/compiled';

interface UnitSlice {
  /** Point figures sorted by value, and their hits in the same order. */
  values: number[];
  hits: FigureHit[];
  /** Figures with a range (value..max): few, checked one by one. */
  ranges: FigureHit[];
}

export class CandidateIndex {
  private readonly byEntity = new Map<string, Map<string, UnitSlice>>();

  constructor(private readonly index: DatasetIndex) {}

  private slices(entity: string): Map<string, UnitSlice> {
    let units = this.byEntity.get(entity);
    if (units) return units;
    units = new Map();
    const points = new Map<string, { value: number; hit: FigureHit }[]>();
    for (const record of this.index.recordsByEntity(entity)) {
      record.figures.forEach((figure, figureIndex) => {
        const hit: FigureHit = { record, figure, figureIndex };
        if (figure.max !== undefined && figure.max !== figure.value) {
          let slice = units!.get(figure.unit);
          if (!slice) units!.set(figure.unit, (slice = { values: [], hits: [], ranges: [] }));
          slice.ranges.push(hit);
          return;
        }
        const list = points.get(figure.unit) ?? [];
        list.push({ value: figure.value, hit });
        points.set(figure.unit, list);
      });
    }
    for (const [unit, list] of points) {
      list.sort((a, b) => a.value - b.value);
      let slice = units.get(unit);
      if (!slice) units.set(unit, (slice = { values: [], hits: [], ranges: [] }));
      for (const p of list) {
        slice.values.push(p.value);
        slice.hits.push(p.hit);
      }
    }
    this.byEntity.set(entity, units);
    return units;
  }

  /** Figures in `unit` with a value overlapping lo..hi, of records tagged with any of `entities`; deduplicated. */
  find(unit: string, lo: number, hi: number, entities: Iterable<string>, out: FigureHit[], seen: Set<FigureHit['figure']>): void {
    for (const entity of entities) {
      const slice = this.slices(entity).get(unit);
      if (!slice) continue;
      const { values, hits } = slice;
      let a = 0;
      let b = values.length;
      while (a < b) {
        const mid = (a + b) >> 1;
        if ((values[mid] ?? 0) < lo) a = mid + 1;
        else b = mid;
      }
      for (let i = a; i < values.length && (values[i] ?? 0) <= hi; i++) {
        const hit = hits[i];
        if (hit && !seen.has(hit.figure)) {
          seen.add(hit.figure);
          out.push(hit);
        }
      }
      for (const hit of slice.ranges) {
        const fLo = Math.min(hit.figure.value, hit.figure.max ?? hit.figure.value);
        const fHi = Math.max(hit.figure.value, hit.figure.max ?? hit.figure.value);
        if (fHi >= lo && fLo <= hi && !seen.has(hit.figure)) {
          seen.add(hit.figure);
          out.push(hit);
        }
      }
    }
  }
}

/**
 * The naive baseline for benchmarks and tests: the same lookup as a scan of every record's figures.
 * Never used by the extension.
 */
export class ScanCandidates {
  constructor(private readonly index: DatasetIndex) {}

  find(unit: string, lo: number, hi: number, entities: Iterable<string>, out: FigureHit[], seen: Set<FigureHit['figure']>): void {
    const wanted = new Set(entities);
    for (const record of this.index.records) {
      if (!record.entities.some((e) => wanted.has(e))) continue;
      record.figures.forEach((figure, figureIndex) => {
        const fLo = Math.min(figure.value, figure.max ?? figure.value);
        const fHi = Math.max(figure.value, figure.max ?? figure.value);
        if (figure.unit !== unit || fHi < lo || fLo > hi || seen.has(figure)) return;
        seen.add(figure);
        out.push({ record, figure, figureIndex });
      });
    }
  }
}

const CACHE = new WeakMap<DatasetIndex, CandidateIndex>();

export function candidateIndex(index: DatasetIndex): CandidateIndex {
  let c = CACHE.get(index);
  if (!c) CACHE.set(index, (c = new CandidateIndex(index)));
  return c;
}
