/**
 * Candidate figures for a page figure: same canonical unit, value in a window, and a record that shares two of its
 * entities with the text around the figure (or its only entity). Pages about a claim name at least two of the
 * things it is about (North Korea and Russia; Ukraine and the UNHCR); requiring a pair keeps a large dataset's
 * candidates few. Built lazily per entity from the index's entity lists (`recordsByEntity`) into value-sorted runs
 * of one array (`SliceArena`), a run per (entity pair, unit): a lookup is a binary search per pair of entities on the
 * page, never a scan of the dataset.
 */
import type { DatasetIndex, FigureHit } from '../claims/compiled';
import type { ClaimFigure, DatasetRecord } from '../claims/schema';
import type { RecordFeatures } from './evidence';
import { dayOf } from './dates';
import { roundingStep, type FitWindow } from './value-fit';

/**
 * Where a (entity pair, unit) slice's figures lie in `SliceArena`: `points` point figures sorted by value from quad
 * `start`, then `ranges` figures with a range (value..max): few.
 */
interface UnitSlice {
  start: number;
  points: number;
  ranges: number;
}

/**
 * Every slice's figures end to end in one array of quads, the numbers a lookup reads of each: a point figure as
 * [value, id, reach, day], a range as [lo, hi, id, day]. `reach` is half the rounding step of an approximate figure
 * (how far from it a page number can fit), else -1; `day` its claimDay, NaN when unknown. A lookup visits a thousand
 * slices per batch at 100,000 claims: one array keeps it from chasing a slice's own arrays across the heap, and a
 * figure is only read through its hit once it is in the window.
 */
class SliceArena {
  quads = new Float64Array(4 * 256);
  length = 0;

  push(a: number, b: number, c: number, d: number): void {
    if (this.length * 4 + 4 > this.quads.length) {
      const grown = new Float64Array(this.quads.length * 2);
      grown.set(this.quads);
      this.quads = grown;
    }
    const at = this.length++ * 4;
    this.quads[at] = a;
    this.quads[at + 1] = b;
    this.quads[at + 2] = c;
    this.quads[at + 3] = d;
  }
}

interface SliceBuilder {
  values: number[];
  ids: number[];
  reach: number[];
  days: number[];
  rangeLo: number[];
  rangeHi: number[];
  rangeIds: number[];
  rangeDays: number[];
}

/** The entities around a figure, as a set and sorted (each pair is looked up once), with a memo for one page. */
export interface PageEntities {
  all: ReadonlySet<string>;
  sorted: readonly string[];
  /** unit → this index's slices for these entities. */
  memo: Map<string, unknown>;
  /** `sorted` joined, once (CandidateIndex.sliceList's key). */
  key?: string;
}

/** A record's state in the matcher, one per record and index, shared by the hits of its figures. */
export interface RecordSlot {
  readonly record: DatasetRecord;
  /** Id of its first figure's hit, -1 until its figures have hits. */
  first: number;
  /** Its id's rank among the index's ids (see `CandidateIndex.byId`): undefined until needed, -1 if unknown. */
  rank: number | undefined;
  readonly event: boolean;
  /** It names related records. */
  readonly relates: boolean;
  /** Its keyword sets (evidence.ts), on first use. */
  features: RecordFeatures | undefined;
  /**
   * Its evidence for the figure being matched, valid while `mark` is that figure's lookup mark: numbers, not a Score
   * object, so that a batch's scores hang off no long-lived slot (each such pointer slows every scavenge).
   */
  mark: number;
  evidenceScore: number;
  entityScore: number;
  keywordScore: number;
  /** Where its candidate is in the figure's candidate list (match.ts), valid while `listMark` is that list's mark. */
  listMark: number;
  listAt: number;
}

/**
 * A claim figure as the matcher meets it: one per figure and index, with a dense id, its record's slot and copies of
 * what the candidate loop reads of every hit (at 100,000 claims, reaching into each figure and record is the cost).
 */
export interface Hit extends FigureHit {
  readonly id: number;
  readonly slot: RecordSlot;
  readonly value: number;
  readonly max: number | undefined;
  readonly qualifier: ClaimFigure['qualifier'];
  readonly kind: ClaimFigure['kind'];
  /** In the unit of its record's first figure (a part of it, see match.ts). */
  readonly part: boolean;
  /** When the page could first have known the figure (match.ts): undefined until computed, null when unknown. */
  day: number | null | undefined;
  /** roundingStep(value), once needed. */
  step: number | undefined;
}

/**
 * What matchFigures looks candidates up in: `find` appends figures not yet found since the last `begin`. With
 * `near`, a source may leave out the point figures that cannot fit it (value-fit.ts `FitWindow`), and with `until`
 * the figures whose claimDay is later; returning them is only slower.
 */
export interface CandidateSource {
  begin(): void;
  find(unit: string, lo: number, hi: number, entities: PageEntities, out: Hit[], near?: FitWindow, until?: number): void;
  /**
   * Point figures in `unit` of exactly `value`, of records that share just one entity with `entities` (and name others
   * too, which `find` would need a second of), with `until` as in find. For a number too specific to be a coincidence.
   */
  findOne?(unit: string, value: number, entities: PageEntities, out: Hit[], until?: number): void;
}

/** Whether a record shares exactly one entity with the page while naming others (what findOne adds to find). */
export function sharesOneEntity(record: DatasetRecord, entities: ReadonlySet<string>): boolean {
  return record.entities.length > 1 && !sharesEntities(record, entities) && record.entities.some((e) => entities.has(e));
}

/** When a page could first have known the figure: the earlier of its claim's date and its as-of date (cached on the hit). */
export function claimDay(hit: Hit): number | undefined {
  if (hit.day === undefined) {
    const said = dayOf(hit.record.claimDate);
    const asOf = dayOf(hit.figure.asOf);
    hit.day = (said === undefined ? asOf : asOf === undefined ? said : Math.min(said, asOf)) ?? null;
  }
  return hit.day ?? undefined;
}

/** entity B → unit → figures of records tagged with both A and B (B = A: records whose only entity is A). */
type PairSlices = Map<string, Map<string, UnitSlice>>;

/** Whether a record shares enough entities with the page to be a candidate at all (the rule the index encodes). */
export function sharesEntities(record: DatasetRecord, entities: ReadonlySet<string>): boolean {
  let shared = 0;
  for (const e of record.entities) if (entities.has(e) && ++shared >= 2) return true;
  return shared > 0 && record.entities.length === 1;
}

function add(slices: Map<string, Map<string, SliceBuilder>>, b: string, hit: Hit, id: number): void {
  let units = slices.get(b);
  if (!units) slices.set(b, (units = new Map()));
  let slice = units.get(hit.figure.unit);
  if (!slice) {
    slice = { values: [], ids: [], reach: [], days: [], rangeLo: [], rangeHi: [], rangeIds: [], rangeDays: [] };
    units.set(hit.figure.unit, slice);
  }
  const { value, max } = hit.figure;
  const day = claimDay(hit) ?? Number.NaN;
  if (max !== undefined && max !== value) {
    slice.rangeLo.push(Math.min(value, max));
    slice.rangeHi.push(Math.max(value, max));
    slice.rangeIds.push(id);
    slice.rangeDays.push(day);
  } else {
    slice.values.push(value);
    slice.ids.push(id);
    slice.reach.push(hit.qualifier === 'approx' ? (hit.step ??= roundingStep(value)) / 2 : -1);
    slice.days.push(day);
  }
}

/**
 * Appends a slice to the arena: its point figures sorted by value (equal values keep their order: records by id, then
 * figure order), then its ranges.
 */
function sealSlice(b: SliceBuilder, arena: SliceArena): UnitSlice {
  const order = b.values.map((_, i) => i).sort((x, y) => (b.values[x] ?? 0) - (b.values[y] ?? 0));
  const start = arena.length;
  for (const i of order) arena.push(b.values[i] ?? 0, b.ids[i] ?? 0, b.reach[i] ?? 0, b.days[i] ?? Number.NaN);
  b.rangeIds.forEach((id, i) => arena.push(b.rangeLo[i] ?? 0, b.rangeHi[i] ?? 0, id, b.rangeDays[i] ?? Number.NaN));
  return { start, points: order.length, ranges: b.rangeIds.length };
}

/**
 * The first of a slice's `points` point figures (quad `start` + k holds the k-th, sorted by value) at or above `value`:
 * a binary search.
 */
function firstAtOrAbove(quads: Float64Array, start: number, points: number, value: number): number {
  let a = start;
  let b = start + points;
  while (a < b) {
    const mid = (a + b) >> 1;
    if ((quads[mid * 4] as number) < value) a = mid + 1;
    else b = mid;
  }
  return a;
}

/** The key of a record's figures under each of its entities for findOne (no entity id is empty). */
const ANY_OTHER = '';

/** Entity sets whose slice lists are kept (CandidateIndex.sliceList): a few thousand pages' worth. */
const SLICE_LISTS_MAX = 4096;

export class CandidateIndex implements CandidateSource {
  private readonly byEntity = new Map<string, PairSlices>();
  private readonly arena = new SliceArena();
  /** Figure id → its hit; a record's figures get consecutive ids on first use (`RecordSlot.first`). */
  private readonly hits: Hit[] = [];
  private readonly slots = new Map<DatasetRecord, RecordSlot>();
  /** Figure id → the `begin` generation it was last found in: deduplication without a set per lookup. */
  private found = new Uint32Array(1024);
  private generation = 0;

  private sorted: boolean | undefined;

  constructor(private readonly index: DatasetIndex) {}

  /**
   * Orders records of distinct ids by id, as `a.id < b.id ? -1 : 1` does: by rank when the index keeps its records
   * sorted by id (as compiled), which spares reaching each record's id string on every comparison.
   */
  byId(a: RecordSlot, b: RecordSlot): number {
    const ra = (a.rank ??= this.rankOf(a.record));
    const rb = (b.rank ??= this.rankOf(b.record));
    if (ra >= 0 && rb >= 0) return ra - rb;
    return a.record.id < b.record.id ? -1 : 1;
  }

  private rankOf(record: DatasetRecord): number {
    return this.sortedById() ? (this.index.positionOf(record.id) ?? -1) : -1;
  }

  private sortedById(): boolean {
    if (this.sorted === undefined) {
      const records = this.index.records;
      let sorted = true;
      for (let i = 1; i < records.length && sorted; i++) sorted = (records[i - 1] as DatasetRecord).id < (records[i] as DatasetRecord).id;
      this.sorted = sorted;
    }
    return this.sorted;
  }

  slotOf(record: DatasetRecord): RecordSlot {
    let slot = this.slots.get(record);
    if (slot) return slot;
    slot = {
      record,
      first: -1,
      rank: undefined,
      event: record.type === 'event',
      relates: record.related.length > 0,
      features: undefined,
      mark: 0,
      evidenceScore: 0,
      entityScore: 0,
      keywordScore: 0,
      listMark: 0,
      listAt: -1,
    };
    this.slots.set(record, slot);
    return slot;
  }

  private idOf(record: DatasetRecord, figureIndex: number): number {
    const slot = this.slotOf(record);
    let first = slot.first;
    if (first < 0) {
      first = slot.first = this.hits.length;
      const unit = record.figures[0]?.unit;
      record.figures.forEach((figure, i) => {
        const { value, max, qualifier, kind } = figure;
        this.hits.push({ record, figure, figureIndex: i, id: first! + i, slot, value, max, qualifier, kind, part: figure.unit === unit, day: undefined, step: undefined });
      });
      if (this.found.length < this.hits.length) {
        const grown = new Uint32Array(Math.max(this.hits.length, this.found.length * 2));
        grown.set(this.found);
        this.found = grown;
      }
    }
    return first + figureIndex;
  }

  hitOf(record: DatasetRecord, figureIndex: number): Hit {
    return this.hits[this.idOf(record, figureIndex)] as Hit;
  }

  private pairs(a: string): PairSlices {
    let slices = this.byEntity.get(a);
    if (slices) return slices;
    const building = new Map<string, Map<string, SliceBuilder>>();
    for (const record of this.index.recordsByEntity(a)) {
      const others = record.entities.length === 1 ? [a] : record.entities.filter((b) => b !== a);
      record.figures.forEach((figure, figureIndex) => {
        const id = this.idOf(record, figureIndex);
        const hit = this.hits[id] as Hit;
        for (const b of new Set(others)) add(building, b, hit, id);
        // (And under ANY_OTHER, for findOne: the records of `a` that name other entities too.)
        if (record.entities.length > 1) add(building, ANY_OTHER, hit, id);
      });
    }
    slices = new Map();
    for (const [b, units] of building) {
      const sealed = new Map<string, UnitSlice>();
      for (const [unit, builder] of units) sealed.set(unit, sealSlice(builder, this.arena));
      slices.set(b, sealed);
    }
    this.byEntity.set(a, slices);
    return slices;
  }

  begin(): void {
    this.generation++;
  }

  findOne(unit: string, value: number, entities: PageEntities, out: Hit[], until = Infinity): void {
    const found = this.found;
    const gen = this.generation;
    const quads = this.arena.quads;
    for (const a of entities.sorted) {
      const slice = this.pairs(a).get(ANY_OTHER)?.get(unit);
      if (!slice) continue;
      for (let q = firstAtOrAbove(quads, slice.start, slice.points, value) * 4, end = (slice.start + slice.points) * 4; q < end && quads[q] === value; q += 4) {
        const id = quads[q + 1] as number;
        if ((quads[q + 3] as number) > until || found[id] === gen) continue;
        const hit = this.hits[id] as Hit;
        if (!sharesOneEntity(hit.record, entities.all)) continue;
        found[id] = gen;
        out.push(hit);
      }
    }
  }

  /**
   * Figures in `unit` with a value overlapping lo..hi, of records that share two entities with `entities` (or
   * their only one), not found since the last `begin`, and with `until` not known after that day.
   */
  find(unit: string, lo: number, hi: number, entities: PageEntities, out: Hit[], near?: FitWindow, until = Infinity): void {
    const found = this.found;
    const gen = this.generation;
    const nearLo = near ? near.lo : lo;
    const nearHi = near ? near.hi : hi;
    const p = near ? near.value : 0;
    const reaches = near ? near.reach : true;
    let slices = entities.memo.get(unit) as UnitSlice[] | undefined;
    if (!slices) entities.memo.set(unit, (slices = this.sliceList(entities, unit)));
    const quads = this.arena.quads;
    for (const { start, points, ranges } of slices) {
      for (let q = firstAtOrAbove(quads, start, points, lo) * 4, end = (start + points) * 4; q < end && (quads[q] as number) <= hi; q += 4) {
        const v = quads[q] as number;
        // Read from the arena alone: at 100,000 claims most figures in the window go no further.
        if ((v < nearLo || v > nearHi) && near && !(reaches && Math.abs(p - v) <= (quads[q + 2] as number))) continue;
        // (NaN, an unknown day, is never after.)
        if ((quads[q + 3] as number) > until) continue;
        const id = quads[q + 1] as number;
        if (found[id] === gen) continue;
        found[id] = gen;
        out.push(this.hits[id] as Hit);
      }
      for (let q = (start + points) * 4, end = q + ranges * 4; q < end; q += 4) {
        const id = quads[q + 2] as number;
        if ((quads[q + 1] as number) < lo || (quads[q] as number) > hi || (quads[q + 3] as number) > until || found[id] === gen) continue;
        found[id] = gen;
        out.push(this.hits[id] as Hit);
      }
    }
  }

  /**
   * unitSlices, kept across batches: a story's paragraphs name the same few entities page after page, and at 100,000
   * claims listing a set's slices costs a seventh of a batch. (Slices never change once built: the index is fixed.)
   */
  private sliceList(entities: PageEntities, unit: string): UnitSlice[] {
    // (By entity set, then unit: the set's key is joined and hashed once, not once per unit.)
    const key = (entities.key ??= entities.sorted.join('\u0000'));
    let byUnit = this.sliceLists.get(key);
    if (!byUnit) {
      if (this.sliceLists.size >= SLICE_LISTS_MAX) this.sliceLists.clear();
      this.sliceLists.set(key, (byUnit = new Map()));
    }
    let slices = byUnit.get(unit);
    if (!slices) byUnit.set(unit, (slices = this.unitSlices(entities.sorted, unit)));
    return slices;
  }

  private readonly sliceLists = new Map<string, Map<string, UnitSlice[]>>();

  /** The slices of `unit` for every pair of `list` (sorted), in lookup order. */
  private unitSlices(list: readonly string[], unit: string): UnitSlice[] {
    const out: UnitSlice[] = [];
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
    return out;
  }
}

/**
 * The naive baseline for benchmarks and tests: the same lookup as a scan of every record's figures.
 * Never used by the extension.
 */
export class ScanCandidates implements CandidateSource {
  private seen = new Set<ClaimFigure>();

  constructor(
    private readonly index: DatasetIndex,
    private readonly hits = candidateIndex(index),
  ) {}

  begin(): void {
    this.seen = new Set();
  }

  findOne(unit: string, value: number, entities: PageEntities, out: Hit[], until = Infinity): void {
    const seen = this.seen;
    for (const record of this.index.records) {
      if (!sharesOneEntity(record, entities.all)) continue;
      record.figures.forEach((figure, figureIndex) => {
        if (figure.unit !== unit || figure.value !== value || (figure.max !== undefined && figure.max !== value) || seen.has(figure)) return;
        const hit = this.hits.hitOf(record, figureIndex);
        if ((claimDay(hit) ?? Number.NaN) > until) return;
        seen.add(figure);
        out.push(hit);
      });
    }
  }

  find(unit: string, lo: number, hi: number, entities: PageEntities, out: Hit[]): void {
    const seen = this.seen;
    for (const record of this.index.records) {
      if (!sharesEntities(record, entities.all)) continue;
      record.figures.forEach((figure, figureIndex) => {
        const fLo = Math.min(figure.value, figure.max ?? figure.value);
        const fHi = Math.max(figure.value, figure.max ?? figure.value);
        if (figure.unit !== unit || fHi < lo || fLo > hi || seen.has(figure)) return;
        seen.add(figure);
        out.push(this.hits.hitOf(record, figureIndex));
      });
    }
  }
}

/** A unit's figures in a `ListCandidates`: their record's place in the list, value range and hit. */
interface ListGroup {
  at: number[];
  lo: number[];
  hi: number[];
  hits: Hit[];
  /** Per figure: the `begin` generation it was last found in. */
  found: Uint32Array;
}

/**
 * Candidates from a short list of records (those the rest of the page matched), whatever their entities. Their
 * figures are grouped by unit once per page, in list order; `only` narrows the list for the next lookups.
 */
export class ListCandidates implements CandidateSource {
  private readonly byUnit = new Map<string, ListGroup>();
  private generation = 0;
  private allowed: Uint8Array;

  constructor(records: readonly DatasetRecord[], hits: CandidateIndex) {
    records.forEach((record, at) => {
      record.figures.forEach((figure, figureIndex) => {
        let group = this.byUnit.get(figure.unit);
        if (!group) this.byUnit.set(figure.unit, (group = { at: [], lo: [], hi: [], hits: [], found: new Uint32Array(0) }));
        group.at.push(at);
        group.lo.push(Math.min(figure.value, figure.max ?? figure.value));
        group.hi.push(Math.max(figure.value, figure.max ?? figure.value));
        group.hits.push(hits.hitOf(record, figureIndex));
      });
    });
    for (const group of this.byUnit.values()) group.found = new Uint32Array(group.hits.length);
    this.allowed = new Uint8Array(records.length).fill(1);
  }

  /** Whether some record of the list has a figure in `unit` (else a lookup in it finds nothing). */
  holds(unit: string): boolean {
    return this.byUnit.has(unit);
  }

  /** The records the next lookups may return: 1 at their place in the list. */
  only(allowed: Uint8Array): void {
    this.allowed = allowed;
  }

  begin(): void {
    this.generation++;
  }

  find(unit: string, lo: number, hi: number, _entities: PageEntities, out: Hit[]): void {
    const group = this.byUnit.get(unit);
    if (!group) return;
    const { allowed, generation } = this;
    const { at, lo: los, hi: his, hits, found } = group;
    for (let i = 0; i < hits.length; i++) {
      if (allowed[at[i] as number] !== 1 || (his[i] as number) < lo || (los[i] as number) > hi || found[i] === generation) continue;
      found[i] = generation;
      out.push(hits[i] as Hit);
    }
  }
}

const CACHE = new WeakMap<DatasetIndex, CandidateIndex>();

export function candidateIndex(index: DatasetIndex): CandidateIndex {
  let c = CACHE.get(index);
  if (!c) CACHE.set(index, (c = new CandidateIndex(index)));
  return c;
}
