/**
 * Candidate figures for a page figure: same canonical unit, value in a window, and a record that shares two of its
 * entities with the text around the figure (or its only entity). Pages about a claim name at least two of the
 * things it is about (North Korea and Russia; Ukraine and the UNHCR); requiring a pair keeps a large dataset's
 * candidates few. Built lazily per entity from the index's entity lists (`recordsByEntity`) into value-sorted arrays
 * per (entity pair, unit): a lookup is a binary search per pair of entities on the page, never a scan of the dataset.
 */
import type { DatasetIndex, FigureHit } from '../claims/compiled';
import type { ClaimFigure, DatasetRecord } from '../claims/schema';

/**
 * Point figures sorted by value, as parallel typed arrays of values and figure ids (a lookup reads contiguous numbers
 * and touches a figure's objects only once it is in the window), then figures with a range (value..max): few.
 */
interface UnitSlice {
  values: Float64Array;
  ids: Int32Array;
  rangeLo: Float64Array;
  rangeHi: Float64Array;
  rangeIds: Int32Array;
}

interface SliceBuilder {
  values: number[];
  ids: number[];
  rangeLo: number[];
  rangeHi: number[];
  rangeIds: number[];
}

/** The entities around a figure, as a set and sorted (each pair is looked up once). */
export interface PageEntities {
  set: ReadonlySet<string>;
  sorted: readonly string[];
}

/** What matchFigures looks candidates up in: `find` appends figures not yet found since the last `begin`. */
export interface CandidateSource {
  begin(): void;
  find(unit: string, lo: number, hi: number, entities: PageEntities, out: FigureHit[]): void;
}

/** entity B → unit → figures of records tagged with both A and B (B = A: records whose only entity is A). */
type PairSlices = Map<string, Map<string, UnitSlice>>;

/** Whether a record shares enough entities with the page to be a candidate at all (the rule the index encodes). */
export function sharesEntities(record: DatasetRecord, entities: ReadonlySet<string>): boolean {
  let shared = 0;
  for (const e of record.entities) if (entities.has(e) && ++shared >= 2) return true;
  return shared > 0 && record.entities.length === 1;
}

function add(slices: Map<string, Map<string, SliceBuilder>>, b: string, hit: FigureHit, id: number): void {
  let units = slices.get(b);
  if (!units) slices.set(b, (units = new Map()));
  let slice = units.get(hit.figure.unit);
  if (!slice) units.set(hit.figure.unit, (slice = { values: [], ids: [], rangeLo: [], rangeHi: [], rangeIds: [] }));
  const { value, max } = hit.figure;
  if (max !== undefined && max !== value) {
    slice.rangeLo.push(Math.min(value, max));
    slice.rangeHi.push(Math.max(value, max));
    slice.rangeIds.push(id);
  } else {
    slice.values.push(value);
    slice.ids.push(id);
  }
}

/** Sorted by value; equal values keep their order (records by id, then figure order). */
function sealSlice(b: SliceBuilder): UnitSlice {
  const order = b.values.map((_, i) => i).sort((x, y) => (b.values[x] ?? 0) - (b.values[y] ?? 0));
  return {
    values: Float64Array.from(order, (i) => b.values[i] ?? 0),
    ids: Int32Array.from(order, (i) => b.ids[i] ?? 0),
    rangeLo: Float64Array.from(b.rangeLo),
    rangeHi: Float64Array.from(b.rangeHi),
    rangeIds: Int32Array.from(b.rangeIds),
  };
}

export class CandidateIndex implements CandidateSource {
  private readonly byEntity = new Map<string, PairSlices>();
  /** Figure id → its hit; ids are given per record on first use (`firstId`). */
  private readonly hits: FigureHit[] = [];
  private readonly firstId = new Map<DatasetRecord, number>();
  /** Figure id → the `begin` generation it was last found in: deduplication without a set per lookup. */
  private found = new Uint32Array(1024);
  private generation = 0;

  constructor(private readonly index: DatasetIndex) {}

  private idOf(record: DatasetRecord, figureIndex: number): number {
    let first = this.firstId.get(record);
    if (first === undefined) {
      first = this.hits.length;
      this.firstId.set(record, first);
      record.figures.forEach((figure, i) => this.hits.push({ record, figure, figureIndex: i }));
    }
    return first + figureIndex;
  }

  private pairs(a: string): PairSlices {
    let slices = this.byEntity.get(a);
    if (slices) return slices;
    const building = new Map<string, Map<string, SliceBuilder>>();
    for (const record of this.index.recordsByEntity(a)) {
      const others = record.entities.length === 1 ? [a] : record.entities.filter((b) => b !== a);
      record.figures.forEach((figure, figureIndex) => {
        const id = this.idOf(record, figureIndex);
        const hit = this.hits[id] as FigureHit;
        for (const b of new Set(others)) add(building, b, hit, id);
      });
    }
    if (this.found.length < this.hits.length) {
      const grown = new Uint32Array(Math.max(this.hits.length, this.found.length * 2));
      grown.set(this.found);
      this.found = grown;
    }
    slices = new Map();
    for (const [b, units] of building) {
      const sealed = new Map<string, UnitSlice>();
      for (const [unit, builder] of units) sealed.set(unit, sealSlice(builder));
      slices.set(b, sealed);
    }
    this.byEntity.set(a, slices);
    return slices;
  }

  begin(): void {
    this.generation++;
  }

  /**
   * Figures in `unit` with a value overlapping lo..hi, of records that share two entities with `entities` (or
   * their only one), not found since the last `begin`.
   */
  find(unit: string, lo: number, hi: number, entities: PageEntities, out: FigureHit[]): void {
    const found = this.found;
    const gen = this.generation;
    for (const slice of this.unitSlices(entities.sorted, unit)) {
      const { values, ids } = slice;
      let a = 0;
      let b = values.length;
      while (a < b) {
        const mid = (a + b) >> 1;
        if ((values[mid] as number) < lo) a = mid + 1;
        else b = mid;
      }
      for (let i = a; i < values.length && (values[i] as number) <= hi; i++) {
        const id = ids[i] as number;
        if (found[id] === gen) continue;
        found[id] = gen;
        out.push(this.hits[id] as FigureHit);
      }
      const { rangeLo, rangeHi, rangeIds } = slice;
      for (let i = 0; i < rangeIds.length; i++) {
        const id = rangeIds[i] as number;
        if ((rangeHi[i] as number) < lo || (rangeLo[i] as number) > hi || found[id] === gen) continue;
        found[id] = gen;
        out.push(this.hits[id] as FigureHit);
      }
    }
  }

  /** The slices of `unit` for every pair of `list` (sorted, never mutated), in lookup order. */
  private readonly slicesOf = new WeakMap<readonly string[], Map<string, UnitSlice[]>>();
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
export class ScanCandidates implements CandidateSource {
  private seen = new Set<ClaimFigure>();

  constructor(private readonly index: DatasetIndex) {}

  begin(): void {
    this.seen = new Set();
  }

  find(unit: string, lo: number, hi: number, entities: PageEntities, out: FigureHit[]): void {
    const seen = this.seen;
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
export class ListCandidates implements CandidateSource {
  private seen = new Set<ClaimFigure>();

  constructor(private readonly records: readonly DatasetRecord[]) {}

  begin(): void {
    this.seen = new Set();
  }

  find(unit: string, lo: number, hi: number, _entities: PageEntities, out: FigureHit[]): void {
    const seen = this.seen;
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
