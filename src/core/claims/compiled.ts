/**
 * The compiled claim dataset and its lookup index. Pure: runs in Node, the service worker and the content script.
 *
 * Stable API (the matcher in src/core/match/ and the background worker use exactly this):
 *
 *   compileDataset(input: DatasetInput): CompiledDataset
 *     JSON-serialisable and deterministic byte for byte: records and lexicons sorted by id, object keys sorted,
 *     no timestamps. Holds the records, the lexicons and a prebuilt index (unit aliases, figure buckets keyed by
 *     canonical unit and value magnitude, records by entity). scripts/data-build.ts writes it to
 *     src/generated/dataset.json.
 *
 *   new DatasetIndex(compiled: CompiledDataset)
 *     .records                      every record, sorted by id
 *     .units / .entities / .topics  the lexicons
 *     .get(id)                      the record with this id, or undefined
 *     .positionOf(id)               the record's index in .records, or undefined
 *     .unit(id) / .entity(id)       a lexicon entry, or undefined
 *     .unitOfWord(word)             alias → canonical unit id ("Kontainer", "containers", "peluru-peluru", "US$"),
 *                                   case- and plural-tolerant (English -s/-es/-ies, Indonesian reduplication);
 *                                   a canonical unit id maps to itself
 *     .unitOfNormalisedWord(word)   the same for a word or phrase that normaliseWord leaves as it is (a page's
 *                                   lowercased words), without normalising it again
 *     .beginsUnitPhrase(word)       whether a phrase of two or more words that begins with this (normalised) word
 *                                   can name a unit: whether some alias of several words begins with it
 *     .figuresByUnit(unit, value, factor = 1.5)
 *                                   { record, figure, figureIndex }[] whose value (or value..max range) overlaps
 *                                   value/factor..value*factor, found through the magnitude buckets (no scan of the
 *                                   whole dataset); `unit` may be an id or an alias; sorted by closeness, then id
 *     .recordsByEntity(id)          records tagged with the entity, sorted by id
 *     .entitiesIn(text)             entity ids whose aliases occur in the text as whole words, in order of first
 *                                   appearance; case-insensitive except short all-capital acronyms ("AS", "UN",
 *                                   "ROK"), which must appear in capitals; the longest alias wins ("Dewan Keamanan
 *                                   PBB" is the Security Council, not also the UN)
 *     .entitiesInWords(raw, lower)  the same on a text's words as written and lowercased, for a caller that has
 *                                   split the text already (when splitsLikeWords(text): WORD splits it alike)
 *     .events()                     the event records (type: 'event')
 *     .latestFor(id)                follows supersededBy to the newest record (the record itself when nothing
 *                                   supersedes it; undefined for an unknown id)
 *
 *   mergeDatasets(bundled, user) → { dataset, skipped }
 *     adds a user's records (and, for a CompiledDataset, its new lexicon entries) to the bundled dataset. A user
 *     record never replaces a bundled one: records whose id is already taken are left out and reported in `skipped`.
 */
import { escapeRegExp } from '../regexp';
import type { DatasetRecord, EntityLexicon, TopicLexicon, UnitLexicon, ClaimFigure } from './schema';

export const COMPILED_FORMAT = 1;

export interface DatasetInput {
  records: readonly DatasetRecord[];
  units: UnitLexicon;
  entities: EntityLexicon;
  topics: TopicLexicon;
}

export interface CompiledIndex {
  /** Normalised alias (and unit id) → canonical unit id. */
  unitAliases: Record<string, string>;
  /** unit id → magnitude bucket → flat pairs [recordIndex, figureIndex, recordIndex, figureIndex, ...]. */
  figures: Record<string, Record<string, number[]>>;
  /** unit id → flat pairs of figures whose range spans too many buckets to list in each (checked on every lookup). */
  wide: Record<string, number[]>;
  /** entity id → record indexes. */
  entities: Record<string, number[]>;
}

export interface CompiledDataset {
  format: typeof COMPILED_FORMAT;
  records: DatasetRecord[];
  units: UnitLexicon;
  entities: EntityLexicon;
  topics: TopicLexicon;
  index: CompiledIndex;
}

export interface FigureHit {
  record: DatasetRecord;
  figure: ClaimFigure;
  figureIndex: number;
}

/** Buckets per power of ten: a quarter decade keeps each bucket small and a ±factor query to a few buckets. */
const BUCKETS_PER_DECADE = 4;
/** A range wider than this many buckets (e.g. 1..1e9) goes to the unit's `wide` list instead. */
const MAX_RANGE_BUCKETS = 24;
const DEFAULT_FACTOR = 1.5;

export function magnitudeBucket(v: number): string {
  if (v === 0 || !Number.isFinite(v)) return 'z';
  const k = Math.floor(Math.log10(Math.abs(v)) * BUCKETS_PER_DECADE + 1e-9);
  return v < 0 ? `n${k}` : String(k);
}

function bucketNumber(v: number): number {
  return Math.floor(Math.log10(v) * BUCKETS_PER_DECADE + 1e-9);
}

/** Lowercase words of these characters, one space apart: normaliseWord leaves them as they are (checked faster). */
export const PLAIN_WORDS = /^[a-z0-9%$€-]+(?: [a-z0-9%$€-]+)*$/;

export function normaliseWord(word: string): string {
  return word
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^[\s"'“”‘’«»()[\],.;:!?]+|[\s"'“”‘’«»()[\],.;:!?]+$/g, '');
}

/** Short all-capital aliases ("AS", "UN", "ROK", "U.S.") are acronyms, matched in capitals only. */
export function isAcronym(alias: string): boolean {
  const letters = alias.replace(/[^\p{L}]/gu, '');
  return letters.length > 0 && letters.length <= 4 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Recursively sorts object keys and drops undefined values, so the JSON text depends only on the content. */
function canonical<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v) => canonical(v)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[k];
      if (v !== undefined) out[k] = canonical(v);
    }
    return out as T;
  }
  return value;
}

export function compileDataset(input: DatasetInput): CompiledDataset {
  const records = canonical([...input.records].sort(byId));
  const units = canonical([...input.units].sort(byId));
  const entities = canonical([...input.entities].sort(byId));
  const topics = canonical([...input.topics].sort(byId));

  const aliasEntries: [string, string][] = [];
  const seen = new Set<string>();
  // Unit ids first, then aliases; the first owner of a word keeps it.
  const words = [...units.map((u) => [u.id, u.id] as const), ...units.flatMap((u) => u.aliases.map((a) => [a, u.id] as const))];
  for (const [w, unit] of words) {
    const key = normaliseWord(w);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    aliasEntries.push([key, unit]);
  }
  aliasEntries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));

  const figures: Record<string, Record<string, number[]>> = {};
  const wide: Record<string, number[]> = {};
  records.forEach((r, ri) => {
    r.figures.forEach((f, fi) => {
      const lo = Math.min(f.value, f.max ?? f.value);
      const hi = Math.max(f.value, f.max ?? f.value);
      const keys = bucketsBetween(lo, hi);
      if (keys === null) {
        (wide[f.unit] ??= []).push(ri, fi);
        return;
      }
      const perUnit = (figures[f.unit] ??= {});
      for (const k of keys) (perUnit[k] ??= []).push(ri, fi);
    });
  });

  const byEntity: Record<string, number[]> = {};
  records.forEach((r, ri) => {
    for (const e of new Set(r.entities)) (byEntity[e] ??= []).push(ri);
  });

  return {
    format: COMPILED_FORMAT,
    records,
    units,
    entities,
    topics,
    index: canonical({ unitAliases: Object.fromEntries(aliasEntries), figures, wide, entities: byEntity }),
  };
}

/** Bucket keys covering lo..hi, or null when the span is too wide to list (or crosses zero). */
function bucketsBetween(lo: number, hi: number): string[] | null {
  if (lo === hi) return [magnitudeBucket(lo)];
  if (lo > 0) {
    const a = bucketNumber(lo);
    const b = bucketNumber(hi);
    if (b - a > MAX_RANGE_BUCKETS) return null;
    const out: string[] = [];
    for (let k = a; k <= b; k++) out.push(String(k));
    return out;
  }
  if (hi < 0) {
    const a = bucketNumber(-hi);
    const b = bucketNumber(-lo);
    if (b - a > MAX_RANGE_BUCKETS) return null;
    const out: string[] = [];
    for (let k = a; k <= b; k++) out.push(`n${k}`);
    return out;
  }
  return null;
}

interface AliasEntry {
  tokens: string[];
  /** Acronyms compare against the original-case tokens. */
  acronym: boolean;
  entity: string;
}

/** Latin-script words and numbers, as the matcher splits text (the pages and keywords are Indonesian and English). */
export const WORD = /[A-Za-z0-9\u00c0-\u024f]+/g;

const TOKEN = /[\p{L}\p{N}]+/gu;
/** A country's acronym glued before a dollar sign: the currency's sign ("US$", Malay and Indonesian "AS$"). */
const ACRONYM_DOLLAR = /\b(?:US|AS)\$/g;
/** Whether the text writes a currency's sign that its words alone would read as a country ("US$ 60"). */
export function hasAcronymDollar(text: string): boolean {
  return text.includes('$') && text.search(ACRONYM_DOLLAR) >= 0;
}
/** Words that make a country's acronym next to them a currency's: "dolar AS", "US dollars". */
const CURRENCY_WORDS = new Set(['dolar', 'dollar', 'dollars']);
const NO_ALIASES: readonly AliasEntry[] = [];
/** Text of only these characters is NFC already, and lowercasing it keeps each character's place and class. */
const SIMPLE_TEXT = /^[\u0000-\u012f\u0131-\u017f\u2002-\u206f]*$/;
/** TOKEN on such text, without Unicode property classes (several times faster). */
const SIMPLE_TOKEN = /[0-9A-Za-z\u00aa\u00b2\u00b3\u00b5\u00b9\u00ba\u00bc-\u00be\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u017f]+/g;
/**
 * A character of simple text, but none that only one of SIMPLE_TOKEN (ª ² ³ µ ¹ º ¼-¾) and WORD (× ÷) takes: a text
 * of only these (SAME_WORDS) splits alike (see splitsLikeWords).
 */
export const SAME_WORD_CHAR = /[\u0000-\u00a9\u00ab-\u00b1\u00b4\u00b6-\u00b8\u00bb\u00bf-\u00d6\u00d8-\u00f6\u00f8-\u012f\u0131-\u017f\u2002-\u206f]/;
const SAME_WORDS = new RegExp(`^${SAME_WORD_CHAR.source}*$`);

/**
 * Whether entitiesIn splits `text` into the words WORD finds in it, lowercased one by one: a caller that has split
 * the text so already may then pass its words to entitiesInWords instead of having it split again.
 */
export function splitsLikeWords(text: string): boolean {
  // (Not where entitiesIn reads "US$" as a sign: the words alone hold "US".)
  return SAME_WORDS.test(text) && !hasAcronymDollar(text);
}

/** An entity's context aliases (see EntityLexiconSchema): its names that count only beside one of `beside`. */
export interface ContextAlias {
  entity: string;
  pattern: RegExp;
  /** Each alias but its first letter: a text that holds none (most) is ruled out by a plain search. */
  probes: readonly string[];
  beside: readonly string[];
}

/** Whether the text names the entity by one of its context aliases (as written; see ContextAlias). */
export function namesByContextAlias(c: ContextAlias, text: string): boolean {
  return c.probes.some((p) => text.includes(p)) && c.pattern.test(text);
}

export class DatasetIndex {
  readonly records: readonly DatasetRecord[];
  readonly units: UnitLexicon;
  readonly entities: EntityLexicon;
  readonly topics: TopicLexicon;
  private readonly compiled: CompiledDataset;
  private readonly byId: Map<string, DatasetRecord>;
  private readonly recordIndex: Map<string, number>;
  private readonly unitById: Map<string, UnitLexicon[number]>;
  private readonly entityById: Map<string, EntityLexicon[number]>;
  private readonly aliases: Map<string, string>;
  private entityAliases: Map<string, AliasEntry[]> | null = null;
  /** First words of the unit aliases of several words (beginsUnitPhrase), on first use. */
  private phraseHeads: Set<string> | undefined;
  private readonly latest = new Map<string, DatasetRecord>();
  private readonly eventList: readonly DatasetRecord[];
  /** Per unit, the bucket lists unpacked once into [lo, hi, recordIndex, figureIndex] runs: lookups then read
   * contiguous numbers instead of chasing every candidate record through the heap. */
  private readonly packed = new Map<string, { buckets: Map<string, Float64Array>; wide: Float64Array | null }>();

  constructor(compiled: CompiledDataset) {
    this.compiled = compiled;
    this.records = compiled.records;
    this.units = compiled.units;
    this.entities = compiled.entities;
    this.topics = compiled.topics;
    this.byId = new Map(compiled.records.map((r) => [r.id, r]));
    this.recordIndex = new Map(compiled.records.map((r, i) => [r.id, i]));
    this.unitById = new Map(compiled.units.map((u) => [u.id, u]));
    this.entityById = new Map(compiled.entities.map((e) => [e.id, e]));
    this.aliases = new Map(Object.entries(compiled.index.unitAliases));
    this.eventList = compiled.records.filter((r) => r.type === 'event');
  }

  get(id: string): DatasetRecord | undefined {
    return this.byId.get(id);
  }

  positionOf(id: string): number | undefined {
    return this.recordIndex.get(id);
  }

  unit(id: string): UnitLexicon[number] | undefined {
    return this.unitById.get(id);
  }

  entity(id: string): EntityLexicon[number] | undefined {
    return this.entityById.get(id);
  }

  /** The entities with context aliases (lexicon `contextAliases`), each alias as a pattern of the text as written. */
  contextAliases(): readonly ContextAlias[] {
    return (this.contextAliasList ??= this.entities.flatMap((e) =>
      e.contextAliases
        ? [{
            entity: e.id,
            // (As written, but a sentence may capitalise the first letter: "The North".)
            pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${e.contextAliases.aliases.map((a) => `[${a[0]!.toUpperCase()}${a[0]!.toLowerCase()}]${escapeRegExp(a.slice(1))}`).join('|')})(?![\\p{L}\\p{N}])`, 'u'),
            probes: e.contextAliases.aliases.map((a) => a.slice(1)),
            beside: e.contextAliases.beside,
          }]
        : [],
    ));
  }

  private contextAliasList: ContextAlias[] | undefined;

  unitOfWord(word: string): string | undefined {
    return this.unitOfNormalisedWord(PLAIN_WORDS.test(word) ? word : normaliseWord(word));
  }

  unitOfNormalisedWord(w: string): string | undefined {
    if (!w) return undefined;
    const direct = this.aliases.get(w);
    if (direct) return direct;
    for (const form of singularForms(w)) {
      const hit = this.aliases.get(form);
      if (hit) return hit;
    }
    return undefined;
  }

  beginsUnitPhrase(word: string): boolean {
    if (!this.phraseHeads) {
      // Every lookup form of a phrase (see singularForms) keeps its first word, so an alias must begin with it too.
      this.phraseHeads = new Set();
      for (const key of this.aliases.keys()) {
        const space = key.indexOf(' ');
        if (space > 0) this.phraseHeads.add(key.slice(0, space));
      }
    }
    return this.phraseHeads.has(word);
  }

  figuresByUnit(unit: string, value: number, factor: number = DEFAULT_FACTOR): FigureHit[] {
    const unitId = this.unitById.has(unit) || this.compiled.index.figures[unit] ? unit : this.unitOfWord(unit);
    if (!unitId || !Number.isFinite(value)) return [];
    const f = Number.isFinite(factor) && factor > 0 ? (factor < 1 ? 1 / factor : factor) : DEFAULT_FACTOR;
    const lo = value >= 0 ? value / f : value * f;
    const hi = value >= 0 ? value * f : value / f;
    const packed = this.packedFor(unitId);
    const lists: Float64Array[] = [];
    const keys = bucketsBetween(lo, hi);
    if (keys === null) lists.push(...packed.buckets.values());
    else for (const k of keys) {
      const list = packed.buckets.get(k);
      if (list) lists.push(list);
    }
    if (packed.wide) lists.push(packed.wide);

    const seen = new Set<number>();
    const hits: { hit: FigureHit; distance: number }[] = [];
    for (const list of lists) {
      for (let i = 0; i + 3 < list.length; i += 4) {
        const fLo = list[i]!;
        const fHi = list[i + 1]!;
        if (fHi < lo || fLo > hi) continue;
        const ri = list[i + 2]!;
        const fi = list[i + 3]!;
        const key = ri * 65536 + fi;
        if (seen.has(key)) continue;
        seen.add(key);
        const record = this.records[ri];
        const figure = record?.figures[fi];
        if (!record || !figure) continue;
        hits.push({ hit: { record, figure, figureIndex: fi }, distance: distanceTo(value, fLo, fHi) });
      }
    }
    hits.sort(
      (a, b) =>
        a.distance - b.distance ||
        (a.hit.record.id < b.hit.record.id ? -1 : a.hit.record.id > b.hit.record.id ? 1 : 0) ||
        a.hit.figureIndex - b.hit.figureIndex,
    );
    return hits.map((h) => h.hit);
  }

  private packedFor(unitId: string): { buckets: Map<string, Float64Array>; wide: Float64Array | null } {
    const cached = this.packed.get(unitId);
    if (cached) return cached;
    const pack = (pairs: number[]): Float64Array => {
      const out = new Float64Array((pairs.length >> 1) * 4);
      for (let i = 0, o = 0; i + 1 < pairs.length; i += 2, o += 4) {
        const f = this.records[pairs[i]!]?.figures[pairs[i + 1]!];
        out[o] = f ? Math.min(f.value, f.max ?? f.value) : Number.NaN;
        out[o + 1] = f ? Math.max(f.value, f.max ?? f.value) : Number.NaN;
        out[o + 2] = pairs[i]!;
        out[o + 3] = pairs[i + 1]!;
      }
      return out;
    };
    const buckets = new Map<string, Float64Array>();
    for (const [k, pairs] of Object.entries(this.compiled.index.figures[unitId] ?? {})) buckets.set(k, pack(pairs));
    const widePairs = this.compiled.index.wide[unitId];
    const entry = { buckets, wide: widePairs?.length ? pack(widePairs) : null };
    this.packed.set(unitId, entry);
    return entry;
  }

  recordsByEntity(id: string): DatasetRecord[] {
    return (this.compiled.index.entities[id] ?? []).map((i) => this.records[i]).filter((r): r is DatasetRecord => !!r);
  }

  entitiesIn(text: string): string[] {
    // (A currency's sign names no country: "US$ 60", "AS$87.30".)
    if (hasAcronymDollar(text)) text = text.replace(ACRONYM_DOLLAR, '$');
    let raw: string[];
    let lower: string[];
    if (SIMPLE_TEXT.test(text)) {
      raw = text.match(SIMPLE_TOKEN) ?? [];
      lower = text.toLowerCase().match(SIMPLE_TOKEN) ?? [];
    } else {
      raw = text.normalize('NFC').match(TOKEN) ?? [];
      lower = raw.map((t) => t.toLowerCase());
    }
    return this.entitiesInWords(raw, lower);
  }

  /** entitiesIn on a text's words, as written and lowercased (see splitsLikeWords). */
  entitiesInWords(raw: readonly string[], lower: readonly string[]): string[] {
    const table = (this.entityAliases ??= this.buildEntityAliases());
    const found: string[] = [];
    const seen = new Set<string>();
    for (let i = 0; i < lower.length; ) {
      let matched = 0;
      for (const entry of table.get(lower[i]!) ?? NO_ALIASES) {
        const n = entry.tokens.length;
        if (i + n > lower.length) continue;
        let ok = true;
        for (let j = 0; j < n && ok; j++) ok = (entry.acronym ? raw[i + j] : lower[i + j]) === entry.tokens[j];
        if (!ok) continue;
        // ("dolar AS", "US dollars" name a currency, not the country.)
        if (entry.acronym && n === 1 && (CURRENCY_WORDS.has(lower[i - 1] ?? '') || CURRENCY_WORDS.has(lower[i + 1] ?? ''))) continue;
        matched = n;
        if (!seen.has(entry.entity)) {
          seen.add(entry.entity);
          found.push(entry.entity);
        }
        break;
      }
      i += matched || 1;
    }
    return found;
  }

  events(): DatasetRecord[] {
    return [...this.eventList];
  }

  latestFor(id: string): DatasetRecord | undefined {
    const start = this.byId.get(id);
    if (!start) return undefined;
    const cached = this.latest.get(id);
    if (cached) return cached;
    // Walk every successor; the newest record that nothing supersedes wins (ties: the later id).
    const visited = new Set<string>();
    const stack = [start];
    let best: DatasetRecord | undefined;
    while (stack.length) {
      const r = stack.pop()!;
      if (visited.has(r.id)) continue;
      visited.add(r.id);
      const next = r.supersededBy.map((s) => this.byId.get(s)).filter((x): x is DatasetRecord => !!x);
      if (next.length === 0) {
        if (!best || r.claimDate > best.claimDate || (r.claimDate === best.claimDate && r.id > best.id)) best = r;
      } else stack.push(...next);
    }
    const result = best ?? start;
    this.latest.set(id, result);
    return result;
  }

  private buildEntityAliases(): Map<string, AliasEntry[]> {
    const table = new Map<string, AliasEntry[]>();
    for (const e of this.entities) {
      for (const alias of [e.name.id, e.name.en, ...e.aliases]) {
        const tokens = [...alias.normalize('NFC').matchAll(TOKEN)].map((m) => m[0]);
        if (tokens.length === 0) continue;
        const acronym = isAcronym(alias);
        const entry: AliasEntry = { tokens: acronym ? tokens : tokens.map((t) => t.toLowerCase()), acronym, entity: e.id };
        const first = tokens[0]!.toLowerCase();
        const list = table.get(first) ?? [];
        if (!list.some((x) => x.entity === e.id && x.acronym === acronym && x.tokens.join(' ') === entry.tokens.join(' '))) list.push(entry);
        table.set(first, list);
      }
    }
    for (const list of table.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
    return table;
  }
}

function distanceTo(value: number, lo: number, hi: number): number {
  if (value >= lo && value <= hi) return 0;
  const edge = value < lo ? lo : hi;
  if (value === 0 || edge === 0 || Math.sign(value) !== Math.sign(edge)) return Math.abs(value - edge);
  return Math.abs(Math.log(Math.abs(value) / Math.abs(edge)));
}

/** Singular candidates of a word or phrase (the last word is the one that inflects). */
export function singularForms(w: string): string[] {
  const out: string[] = [];
  const space = w.lastIndexOf(' ');
  const head = w.slice(0, space + 1);
  const last = w.slice(space + 1);
  // (Only a hyphen makes a reduplication: the regex is skipped for the many words without one.)
  if (w.includes('-')) {
    const redup = /^(.+)-\1$/.exec(w);
    if (redup?.[1]) out.push(redup[1]);
    const lastRedup = /^(.+)-\1$/.exec(last);
    if (lastRedup?.[1]) out.push(head + lastRedup[1]);
  }
  if (last.endsWith('ies') && last.length > 4) out.push(`${head}${last.slice(0, -3)}y`);
  if (last.endsWith('es') && last.length > 3) out.push(head + last.slice(0, -2));
  if (last.endsWith('s') && last.length > 2) out.push(head + last.slice(0, -1));
  if (!last.endsWith('s')) out.push(`${w}s`);
  return out;
}

export interface MergeResult {
  dataset: CompiledDataset;
  /** User records left out, with the reason. */
  skipped: { id: string; reason: string }[];
}

/**
 * Adds a user's dataset to the bundled one. Bundled records, units and aliases always win; user records with an id
 * that is already taken (or repeated inside the user data) are skipped and reported.
 */
export function mergeDatasets(bundled: CompiledDataset, user: readonly DatasetRecord[] | CompiledDataset): MergeResult {
  const userRecords = Array.isArray(user) ? (user as readonly DatasetRecord[]) : (user as CompiledDataset).records;
  const skipped: MergeResult['skipped'] = [];
  const taken = new Set(bundled.records.map((r) => r.id));
  const added: DatasetRecord[] = [];
  for (const r of userRecords) {
    if (taken.has(r.id)) {
      skipped.push({
        id: r.id,
        reason: bundled.records.some((b) => b.id === r.id) ? 'an id of the bundled dataset' : 'repeated in the user dataset',
      });
      continue;
    }
    taken.add(r.id);
    added.push(r);
  }
  let units = bundled.units;
  let entities = bundled.entities;
  let topics = bundled.topics;
  if (!Array.isArray(user)) {
    const u = user as CompiledDataset;
    const unitIds = new Set(units.map((x) => x.id));
    const aliasTaken = new Set(units.flatMap((x) => [x.id, ...x.aliases].map(normaliseWord)));
    const newUnits = u.units
      .filter((x) => !unitIds.has(x.id))
      .map((x) => ({ ...x, aliases: x.aliases.filter((a) => !aliasTaken.has(normaliseWord(a))) }))
      .filter((x) => x.aliases.length > 0);
    units = [...units, ...newUnits];
    const entityIds = new Set(entities.map((x) => x.id));
    entities = [...entities, ...u.entities.filter((x) => !entityIds.has(x.id))];
    const topicIds = new Set(topics.map((x) => x.id));
    topics = [...topics, ...u.topics.filter((x) => !topicIds.has(x.id))];
  }
  if (added.length === 0 && units === bundled.units && entities === bundled.entities && topics === bundled.topics) {
    return { dataset: bundled, skipped };
  }
  return { dataset: compileDataset({ records: [...bundled.records, ...added], units, entities, topics }), skipped };
}
