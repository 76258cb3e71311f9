/**
 * Candidate figures for a page figure: same canonical unit, value in a window, and a record that shares two of its
 * entities with the text around the figure (or its only entity). Pages about a claim name at least two of the
 * things it is about (North Korea and Russia; Ukraine and the UNHCR); requiring a pair keeps a large dataset's
 * candidates few. Built lazily per entity from the index's entity lists (`recordsByEntity`) into value-sorted arrays
 * per (entity pair, unit): a lookup is a binary search per pair of entities on the page, never a scan of the dataset.
 */
import type { DatasetIndex, FigureHit } from '../claims/compiled';
import type { ClaimFigure, DatasetRecord } from '../claims/schema';

interface UnitSlice {
  /** Point figures sorted by value, and their hits in the same order. */
  values: number[];
  hits: FigureHit[];
  /** Figures with a range (value..max): few, checked one by one. */
  ranges: FigureHit[];
}

/** The entities around a figure, as a set and sorted (each pair is looked up once). */
export interface PageEntities {
  set: ReadonlySet<string>;
  sorted: readonly string[];
}

/** entity B → unit → figures of records tagged with both A and B (B = A: records whose only entity is A). */
type PairSlices = Map<string, Map<string, UnitSlice>>;

/** Whether a record shares enough entities with the page to be a candidate at all (the rule the index encodes). */
export function sharesEntities(record: DatasetRecord, entities: ReadonlySet<string>): boolean {
  let shared = 0;
  for (const e of record.entities) if (entities.has(e) && ++shared >= 2) return true;
  return shared > 0 && record.entities.length === 1;
}

function add(slices: PairSlices, b: string, hit: FigureHit): void {
  let units = slices.get(b);
  if (!units) slices.set(b, (units = new Map()));
  let slice = units.get(hit.figure.unit);
  if (!slice) units.set(hit.figure.unit, (slice = { values: [], hits: [], ranges: [] }));
  if (hit.figure.max !== undefined && hit.figure.max !== hit.figure.value) slice.ranges.push(hit);
  else {
    slice.values.push(hit.figure.value);
    slice.hits.push(hit);
  }
}

function sortSlice(slice: UnitSlice): void {
  const order = slice.values.map((_, i) => i).sort((x, y) => (slice.values[x] ?? 0) - (slice.values[y] ?? 0));
  slice.values = order.map((i) => slice.values[i] ?? 0);
  slice.hits = order.map((i) => slice.hits[i]).filter((h): h is FigureHit => h !== undefined);
}

function collect(slice: UnitSlice | undefined, lo: number, hi: number, out: FigureHit[], seen: Set<FigureHit['figure']>): void {
  if (!slice) return;
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

export class CandidateIndex {
  private readonly byEntity = new Map<string, PairSlices>();
  /** Per page entity list (shared by the figures of a sentence) and unit: its pairs' slices, in lookup order. */
  private readonly slicesOf = new WeakMap<readonly string[], Map<string, UnitSlice[]>>();

  constructor(private readonly index: DatasetIndex) {}

  private pairs(a: string): PairSlices {
    let slices = this.byEntity.get(a);
    if (slices) return slices;
    slices = new Map();
    for (const record of this.index.recordsByEntity(a)) {
      const others = record.entities.length === 1 ? [a] : record.entities.filter((b) => b !== a);
      record.figures.forEach((figure, figureIndex) => {
        const hit: FigureHit = { record, figure, figureIndex };
        for (const b of new Set(others)) add(slices!, b, hit);
      });
    }
    for (const units of slices.values()) for (const slice of units.values()) sortSlice(slice);
    this.byEntity.set(a, slices);
    return slices;
  }

  /**
   * Figures in `unit` with a value overlapping lo..hi, of records that share two entities with `entities` (or
   * their only one); deduplicated through `seen`.
   */
  find(unit: string, lo: number, hi: number, entities: PageEntities, out: FigureHit[], seen: Set<FigureHit['figure']>): void {
    for (const slice of this.unitSlices(entities.sorted, unit)) collect(slice, lo, hi, out, seen);
  }

  /** The slices of `unit` for every pair of `list` (sorted, never mutated): a figure's queries share them. */
  private unitSlices(list: readonly string[], unit: string): UnitSlice[] {
    let byUnit = this.slicesOf.get(list);
    if (!byUnit) this.slicesOf.set(list, (byUnit = new Map()));
    let out = byUnit.get(unit);
    if (out) return out;
    out = [];
    for (let i = 0; i < list.length; i++) {
      const a = list[i] as string;
      const slices = this.pairs(a);
      if (slices.size === 0) continue;
      const own = slices.get(a)?.get(unit);
      if (own) out.push(own);
      for (let j = i + 1; j < list.length; j++) {
        const slice = slices.get(list[j] as string)?.get(unit);
        if (slice) out.push(slice);
      }
    }
    byUnit.set(unit, out);
    return out;
  }
}

/**
 * The naive baseline for benchmarks and tests: the same lookup as a scan of every record's figures.
 * Never used by the extension.
 */
export class ScanCandidates {
  constructor(private readonly index: DatasetIndex) {}

  find(unit: string, lo: number, hi: number, entities: PageEntities, out: FigureHit[], seen: Set<FigureHit['figure']>): void {
    for (const record of this.index.records) {
      if (!sharesEntities(record, entities.set)) continue;
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

/** Candidates from a short list of records (those the rest of the page matched), whatever their entities. */
export class ListCandidates {
  constructor(private readonly records: readonly DatasetRecord[]) {}

  find(unit: string, lo: number, hi: number, _entities: PageEntities, out: FigureHit[], seen: Set<FigureHit['figure']>): void {
    for (const record of this.records) {
      const figures = record.figures;
      for (let figureIndex = 0; figureIndex < figures.length; figureIndex++) {
        const figure = figures[figureIndex] as ClaimFigure;
        if (figure.unit !== unit) continue;
        const fLo = Math.min(figure.value, figure.max ?? figure.value);
        const fHi = Math.max(figure.value, figure.max ?? figure.value);
        if (fHi < lo || fLo > hi || seen.has(figure)) continue;
        seen.add(figure);
        out.push({ record, figure, figureIndex });
      }
    }
  }
}

const CACHE = new WeakMap<DatasetIndex, CandidateIndex>();

export function candidateIndex(index: DatasetIndex): CandidateIndex {
  let c = CACHE.get(index);
  if (!c) CACHE.set(index, (c = new CandidateIndex(index)));
  return c;
}
