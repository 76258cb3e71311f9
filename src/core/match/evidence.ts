/**
 * Context evidence for a match: which of a record's entities and keywords the text around a figure mentions.
 * Text is reduced to sets of light-stemmed tokens once per sentence, paragraph and title, and each record's
 * keywords to token lists once per index, so checking a candidate costs a few set look-ups.
 */
import { hasAcronymDollar, isAcronym, namesByContextAlias, SAME_WORD_CHAR, WORD, type ContextAlias } from '../claims/compiled';
import type { ClaimFigure, DatasetRecord } from '../claims/schema';
import { MONTHS, POLL_WORDS, withoutNya } from '../figures/lexicon';
import { labelSpan, type Period } from './periods';
import { sidesIn, sidesOf } from './sides';

/** What the matcher needs from the dataset index to collect evidence. */
export interface EvidenceIndex {
  entitiesIn(text: string): Iterable<string>;
  /** Names that count only beside certain parties (lexicon `contextAliases`); none when the index has no lexicon of them. */
  contextAliases?(): readonly ContextAlias[];
  entity(id: string): { side?: string | undefined; within?: string | undefined; kind?: 'person' | 'place' | undefined } | undefined;
  entitiesInWords(raw: readonly string[], lower: readonly string[]): Iterable<string>;
  unitOfWord(word: string): string | undefined;
}

const STOPWORDS = new Set([
  'yang', 'dan', 'di', 'ke', 'dari', 'untuk', 'dengan', 'ini', 'itu', 'pada', 'dalam', 'atau', 'oleh', 'para',
  'the', 'of', 'and', 'to', 'in', 'a', 'an', 'for', 'on', 'with', 'by', 'as', 'at', 'from', 'is', 'was', 'per',
  'tahun', 'year', 'years', 'lalu', 'last', 'sejak', 'since', 'lebih', 'more', 'than', 'over', 'hampir',
  'menurut', 'according', 'claimed', 'total', 'jumlah', 'number', 'sebagai', 'about', 'sekitar',
]);

/**
 * Function words of four letters or more, which say nothing of what a figure's label names: "share that failed in
 * flight" is found in any sentence with "that" otherwise. (Stemmed as `tokens` stems them.)
 */
const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'that', 'this', 'these', 'those', 'which', 'what', 'when', 'where', 'while', 'whose', 'have', 'been', 'were', 'will',
  'would', 'could', 'should', 'their', 'there', 'them', 'they', 'into', 'onto', 'then', 'also', 'such', 'only', 'some',
  'most', 'other', 'each', 'under', 'against', 'between', 'within', 'without', 'through',
  'across', 'because', 'akan', 'telah', 'sudah', 'juga', 'bahwa', 'tersebut', 'yaitu', 'yakni', 'saat', 'ketika',
  'karena', 'namun', 'tetapi', 'serta', 'seperti', 'hingga', 'sampai', 'antara', 'kepada', 'terhadap', 'bagi', 'lain',
  'lainnya', 'masih', 'hanya', 'dapat', 'bisa', 'belum', 'tidak', 'bukan',
].map(stem));

/** Light stemming shared by text and keywords: case, Indonesian "-nya", English plural "-s". */
export function stem(token: string): string {
  let t = withoutNya(token);
  if (t.length > 4 && t.endsWith('ies')) return `${t.slice(0, -3)}y`;
  if (t.length > 3 && t.endsWith('s') && !t.endsWith('ss') && !t.endsWith('us') && !t.endsWith('is')) t = t.slice(0, -1);
  // English verb and noun endings, so that "allocated", "allocating" and "allocations" are one word.
  if (t.length > 5) {
    if (t.endsWith('ied')) return `${t.slice(0, -3)}y`;
    if (t.endsWith('ing') || t.endsWith('ion')) return t.slice(0, -3);
    if (t.endsWith('ed')) return t.slice(0, -2);
  }
  return t;
}

export function tokens(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []).map(stem);
}

export function tokenSet(text: string): Set<string> {
  const set = new Set<string>();
  for (const t of text.toLowerCase().match(WORD) ?? []) set.add(stem(t));
  return set;
}

/** The text around one figure, prepared once. */
export class ContextText {
  private figureTokens: Set<string> | undefined;

  constructor(
    /** The weights by vocabulary number, for evidenceScore (see Weights). */
    readonly scope: PlaceScope,
    readonly weights: Weights,
    /** The figure's own text ("6.700 kontainer"). */
    private readonly figureText: string,
  ) {}

  /**
   * Tokens of the figure itself ("dua dekade"): a keyword made only of them is not evidence. Split on first use: only
   * a keyword found around the figure asks.
   */
  get figure(): Set<string> {
    return (this.figureTokens ??= figureStems(this.figureText));
  }
}

/** Whether the keyword tokens `tokens[start..end)` are all the figure's own. */
function onlyFigureTokens(ctx: ContextText, tokens: readonly string[], start: number, end: number): boolean {
  const figure = ctx.figure;
  for (let i = start; i < end; i++) if (!figure.has(tokens[i] as string)) return false;
  return true;
}

/**
 * Numbers for the words and entity ids of the records' features, one per string and index (dataset side: it grows
 * only as records are first scored). evidenceScore then reads weights from arrays instead of hashing each string.
 */
export class Vocabulary {
  private readonly nos = new Map<string, number>();
  /** Number → its string, shared by every record's features. */
  readonly strings: string[] = [];

  no(word: string): number {
    let n = this.nos.get(word);
    if (n === undefined) {
      n = this.strings.length;
      this.nos.set(word, n);
      this.strings.push(word);
    }
    return n;
  }

  lookup(word: string): number | undefined {
    return this.nos.get(word);
  }
}

/** The words (or entity ids) of one text with vocabulary numbers (as of `size`): each text is numbered once per batch. */
class Numbered {
  size = -1;
  nos: number[] = [];
}

/** Per batch: the vocabulary numbers of each text's words, by the words' list (or set) as the builder keeps it. */
export class Numbering {
  private readonly lists = new Map<Iterable<string>, Numbered>();

  constructor(readonly vocab: Vocabulary) {}

  of(words: Iterable<string>): number[] {
    let n = this.lists.get(words);
    if (!n) this.lists.set(words, (n = new Numbered()));
    const size = this.vocab.strings.length;
    if (n.size !== size) {
      n.size = size;
      n.nos = [];
      for (const w of words) {
        const no = this.vocab.lookup(w);
        if (no !== undefined) n.nos.push(no);
      }
    }
    return n.nos;
  }
}

/**
 * One sentence's places: its words and entities with those of its paragraph and the title, each with the weight of
 * the closest place it occurs in (sentence 1, paragraph 0.7, title 0.5). As vocabulary numbers with their weights,
 * title first, sentence last: a later write wins (see Weights), so repeats across places need not be removed.
 */
export class PlaceScope {
  size = -1;
  tokenNos: number[] = [];
  tokenWeights: number[] = [];
  entityNos: number[] = [];
  entityWeights: number[] = [];

  constructor(
    private readonly sentence: Iterable<string>,
    private readonly paragraph: Iterable<string>,
    private readonly title: Iterable<string>,
    private readonly entSentence: Iterable<string>,
    private readonly entParagraph: Iterable<string>,
    private readonly entTitle: Iterable<string>,
  ) {}

  numbered(numbering: Numbering): void {
    if (this.size === numbering.vocab.strings.length) return;
    this.size = numbering.vocab.strings.length;
    this.tokenNos = [];
    this.tokenWeights = [];
    this.entityNos = [];
    this.entityWeights = [];
    numberPlaces(numbering, this.sentence, this.paragraph, this.title, this.tokenNos, this.tokenWeights);
    numberPlaces(numbering, this.entSentence, this.entParagraph, this.entTitle, this.entityNos, this.entityWeights);
  }
}

function numberPlaces(numbering: Numbering, sentence: Iterable<string>, paragraph: Iterable<string>, title: Iterable<string>, nos: number[], weights: number[]): void {
  append(numbering.of(title), KEYWORD_PLACE.title, nos, weights);
  // A one-sentence paragraph: the sentence's weights override all of it.
  if (paragraph !== sentence) append(numbering.of(paragraph), KEYWORD_PLACE.paragraph, nos, weights);
  append(numbering.of(sentence), KEYWORD_PLACE.sentence, nos, weights);
}

function append(from: number[], weight: number, nos: number[], weights: number[]): void {
  for (let i = 0; i < from.length; i++) {
    nos.push(from[i] as number);
    weights.push(weight);
  }
}

/**
 * The place weights of one scope at a time by vocabulary number (0 elsewhere), for one batch: the figures of a
 * sentence are matched one after the other, so a scope is written in once per figure at most, not once per record.
 */
export class Weights {
  private scope: PlaceScope | undefined;
  private size = -1;
  token = new Float64Array(256);
  entity = new Float64Array(256);

  readonly numbering: Numbering;

  constructor(readonly vocab: Vocabulary) {
    this.numbering = new Numbering(vocab);
  }

  /** Makes the arrays hold `scope`'s weights for every number the vocabulary has now. */
  use(scope: PlaceScope): void {
    const size = this.vocab.strings.length;
    if (this.scope === scope && this.size === size) return;
    const old = this.scope;
    if (old) {
      for (const n of old.tokenNos) this.token[n] = 0;
      for (const n of old.entityNos) this.entity[n] = 0;
    }
    if (this.token.length < size) {
      const length = Math.max(size, this.token.length * 2);
      this.token = new Float64Array(length);
      this.entity = new Float64Array(length);
    }
    scope.numbered(this.numbering);
    for (let i = 0; i < scope.tokenNos.length; i++) this.token[scope.tokenNos[i] as number] = scope.tokenWeights[i] as number;
    for (let i = 0; i < scope.entityNos.length; i++) this.entity[scope.entityNos[i] as number] = scope.entityWeights[i] as number;
    this.scope = scope;
    this.size = size;
  }
}

/** Whether a word (by vocabulary number) occurs in the figure's sentence or paragraph (not only in the title). */
export function nearFigure(ctx: ContextText, no: number, within: 'sentence' | 'paragraph' = 'paragraph'): boolean {
  ctx.weights.use(ctx.scope);
  return (ctx.weights.token[no] as number) >= KEYWORD_PLACE[within];
}

interface Keyword {
  /** As written, for explanations. */
  text: string;
  tokens: string[];
  weight: number;
}

export interface RecordFeatures {
  entities: readonly string[];
  /** Their vocabulary numbers. */
  entityNos: Int32Array;
  keywords: Keyword[];
  /** The same keywords for evidenceScore, end to end in arrays (it reads them for every candidate). */
  keywordTokens: string[];
  keywordNos: Int32Array;
  keywordEnds: number[];
  keywordWeights: number[];
  /** Per figure: the words of its label ("penjinak ranjau", "sappers") that say what it counts, by vocabulary number. */
  labels: (Int32Array | undefined)[];
  /** Per figure: its label counts a change ("kapal armada bayangan tambahan", "additional troops"), which a page may give as one. */
  changes: boolean[];
  /** The same without the label's names ("Eropa", "Korea"): the words that tell a figure from its record's others. */
  commonLabels: (Int32Array | undefined)[];
  /**
   * Per figure: the entities its label names and the first figure's label does not ("Ukrainian casualties" beside
   * "Russian casualties": Ukraine), which a page names by any alias.
   */
  labelEntities: (readonly string[] | undefined)[];
  /** Per figure: the period its label counts over ("per hari", "in one week", "in 2023"), if any. */
  periods: (Period | undefined)[];
  /** The calibres the record names ("152 mm" shells, its 122 mm measure), in mm; empty when it names none. */
  calibres: readonly number[];
  /**
   * Per figure whose label names a side ("North Korean troops", "korban Ukraina"): the sides its label names, and
   * those the record's other figures' labels name instead (lexicon `side`).
   */
  sides: ({ own: readonly string[]; others: readonly string[] } | undefined)[];
  /** The sides of the record's entities (a South Korean source's claim about North Korea: both). */
  entitySides: readonly string[];
  /** Per figure: the sides its label names as a recipient ("bantuan AS untuk Ukraina", "US aid for Ukraine"). */
  recipients: readonly (readonly string[])[];
  /** Per figure: whether its label makes it the whole for several recipients ("whole package for all recipients"). */
  wholes: readonly boolean[];
  /** Whether any figure is such a whole (most records have none). */
  hasWhole: boolean;
  /** Whether the record reports a poll (its keywords or labels say so): the only shares a poll's sentence can quote. */
  poll: boolean;
  /**
   * The words of the first figure's label that say what happened, without the countries it names: an event's
   * "pengiriman pasukan gelombang pertama ke Rusia" is named by "pengiriman", not by "Rusia" (namesInSentence).
   */
  what: Int32Array | undefined;
  /**
   * The person or body that made the claim, where the lexicon knows them ("Kyrylo Budanov": budanov; "CSIS"); not a
   * country, which too many sentences name; else undefined.
   */
  claimant: string | undefined;
}

/** Words of an opinion poll: "In a poll this month, 62 percent of South Koreans", "survei Litbang Kompas". */
export const POLL = new RegExp(`(?<![\\p{L}])(?:${POLL_WORDS.join('|')})(?![\\p{L}])`, 'iu');

/** A recipient in a label: the words after "untuk", "for", "kepada", "to". */
const RECIPIENT = /(?<![\p{L}])(?:untuk|kepada|for|to)\s+((?:[\p{L}-]+\s*){1,3})/giu;
/** A label that makes its figure the whole of several recipients' shares. */
const WHOLE = /(?<![\p{L}])(?:semua penerima|seluruh penerima|all recipients)(?![\p{L}])/iu;

/** Each figure's side (RecordFeatures.sides): undefined where neither its label nor its record's first names one. */
function recordSides(index: EvidenceIndex, labelTexts: readonly (string | undefined)[]): RecordFeatures['sides'] {
  const named = labelTexts.map((t) => (t ? sidesIn(index, t) : []));
  // (A later figure whose label names no side counts for its record's first: the 15,000 "troops sent in two
  // deployments" of the North Korean casualties' record are North Korean.)
  const first = named[0] ?? [];
  return named.map((labelled, i) => {
    const own = labelled.length === 0 && i > 0 ? first : labelled;
    if (own.length === 0) return undefined;
    const others = [...new Set(named.flatMap((n, j) => (j === i ? [] : n.filter((e) => !own.includes(e)))))];
    return { own, others };
  });
}

/** A calibre as written: "152 mm", "155mm", "122-mm", "152 milimeter". */
const CALIBRE = /(?<![\p{L}\p{N}.,])(\d{2,3})[ \u00a0-]?(?:mm|milimeter|millimet(?:er|re)s?)(?![\p{L}])/giu;

/** The calibres named in a text, in mm. */
export function calibresIn(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(CALIBRE)) {
    const v = Number(m[1]);
    if (!out.includes(v)) out.push(v);
  }
  return out;
}

/** Words of a label that make its figure a total, whatever period its record's first figure counts over. */
const TOTAL = /(?<![\p{L}])(?:total|jumlah|keseluruhan|kumulatif|cumulative|overall|sejak|since)(?![\p{L}])/iu;

/**
 * Each figure's period (labelSpan). A later figure without one counts over its record's first figure's period ("13
 * rudal" of the night of 810 drones), unless its label makes it a total ("total korban menurut Zelensky").
 */
function recordPeriods(labelTexts: readonly (string | undefined)[], figures: readonly ClaimFigure[]): (Period | undefined)[] {
  const own = labelTexts.map((t, i) => (t ? labelSpan(t) : undefined) ?? calendarSpan(figures[i]?.period));
  return own.map((p, i) => p ?? (i > 0 && !TOTAL.test(labelTexts[i] ?? '') ? own[0] : undefined));
}

/**
 * The period a figure's `period` field covers when it is one calendar year or one month ("2024-01" to "2024-12":
 * a year's count, which a page gives as "in a single year"); else undefined.
 */
function calendarSpan(period: ClaimFigure['period']): Period | undefined {
  const from = period?.from;
  const to = period?.to;
  if (!from || !to) return undefined;
  if (from === to) return /^\d{4}$/.test(from) ? 'year' : /^\d{4}-\d{2}$/.test(from) ? 'month' : undefined;
  return from.length === 7 && to.length === 7 && from.slice(0, 4) === to.slice(0, 4) && from.endsWith('-01') && to.endsWith('-12') ? 'year' : undefined;
}

export interface Evidence {
  score: number;
  entityScore: number;
  keywordScore: number;
  entities: string[];
  words: string[];
}

/** Weight of where a word or entity occurs: in the figure's sentence, its paragraph, or only the page title. */
const KEYWORD_PLACE = { sentence: 1, paragraph: 0.7, title: 0.5 } as const;
const ENTITY_CAP = 3;
const KEYWORD_CAP = 3;

function isMonth(token: string): boolean {
  return MONTHS.id[token] !== undefined || MONTHS.en[token] !== undefined;
}

/**
 * A record's keywords as token lists, without those that only repeat a number, a unit or one of the record's
 * own entities (those are scored on their own, not twice).
 */
export function recordFeatures(index: EvidenceIndex, record: DatasetRecord, vocab = new Vocabulary()): RecordFeatures {
  const own = new Set(record.entities);
  const seen = new Set<string>();
  const keywords: Keyword[] = [];
  // People are named again by one name ("ucap Shin"): each capitalised word of the claimant counts on its own.
  const names = record.claimant.name.match(WORD)?.filter((w) => w.length >= 3 && /^\p{Lu}/u.test(w)) ?? [];
  const phrases = [...record.keywords.id, ...record.keywords.en, record.claimant.name, ...(names.length > 1 ? names : [])];
  for (const phrase of phrases) {
    const toks = tokens(phrase).filter((t) => !STOPWORDS.has(t));
    // (A month alone, "sejak September" without its year, names no record: any page's date has one.)
    if (toks.length === 0 || toks.some((t) => /\d/.test(t)) || toks.every(isMonth)) continue;
    if (toks.length === 1 && (toks[0] ?? '').length < 3) continue;
    const key = toks.join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    if (index.unitOfWord(phrase.toLowerCase()) !== undefined) continue;
    const ents = [...index.entitiesIn(phrase)];
    if (ents.length > 0 && ents.every((e) => own.has(e)) && entityOnly(phrase)) continue;
    keywords.push({ text: phrase, tokens: toks, weight: toks.length > 1 ? 1 : 0.6 });
  }
  // Unit words are left out (the unit is scored on its own), except in a share's label: "pabrik" is what 30% of
  // factories' capacity is about (the share's own unit, "persen", still goes; `share` names it).
  const wordsOf = (text: string): string[] => tokens(text).filter((t) => t.length >= 4 && !STOPWORDS.has(t) && !FUNCTION_WORDS.has(t) && !/\d/.test(t));
  const numbered = (words: string[]): Int32Array | undefined => (words.length > 0 ? Int32Array.from(new Set(words), (w) => vocab.no(w)) : undefined);
  const labelWords = (text: string, share?: string): Int32Array | undefined =>
    numbered(wordsOf(text).filter((t) => (share === undefined ? index.unitOfWord(t) === undefined : index.unitOfWord(t) !== share)));
  // (A measure's label, like a share's, keeps its unit words: "rudal" is what an accuracy of 50-100 m is about.)
  // Each figure's label, both languages in one text.
  // (The two labels apart: "bantuan AS untuk Ukraina | US aid for Ukraine", or its recipient would run on into "US".)
  const labelTexts = record.figures.map((f) => (f.label ? `${f.label.id} | ${f.label.en}` : undefined));
  // (A part counted in its whole's unit keeps the unit words that name it, where its label has no others: "sappers",
  // 1,000 of 6,000 troops.)
  const partWords = (f: ClaimFigure): Int32Array | undefined =>
    numbered(
      [f.label!.id, f.label!.en].flatMap((t) => {
        const own = wordsOf(t);
        const kept = own.filter((w) => index.unitOfWord(w) === undefined);
        return kept.length > 0 ? kept : own;
      }),
    );
  const labels = record.figures.map((f, i) =>
    !labelTexts[i] ? undefined : i > 0 && f.unit === record.figures[0]?.unit && f.kind !== 'measure' ? partWords(f) : labelWords(labelTexts[i], f.kind === 'measure' ? f.unit : undefined),
  );
  // (Without its names: "Russia-to-North Korea" says which record, which the entities score, not which figure.)
  const commonLabels = record.figures.map((f, i) =>
    labelTexts[i] ? labelWords(labelTexts[i].match(WORD)?.filter((w) => !/^\p{Lu}/u.test(w)).join(' ') ?? '', f.kind === 'percent' ? f.unit : undefined) : undefined,
  );
  // One string per word across records: the hot loop then reads a few shared strings, not each record's copies.
  const keywordTokens: string[] = [];
  const keywordEnds: number[] = [];
  const keywordNos: number[] = [];
  for (const k of keywords) {
    for (const t of k.tokens) {
      const n = vocab.no(t);
      keywordNos.push(n);
      keywordTokens.push(vocab.strings[n] as string);
    }
    keywordEnds.push(keywordTokens.length);
  }
  const entityNos = record.entities.map((e) => vocab.no(e));
  const wholes = labelTexts.map((t) => !!t && WHOLE.test(t));
  return {
    changes: labelTexts.map((t) => !!t && CHANGE_LABEL.test(t)),
    entities: entityNos.map((n) => vocab.strings[n] as string),
    entityNos: Int32Array.from(entityNos),
    keywords,
    keywordTokens,
    keywordNos: Int32Array.from(keywordNos),
    keywordEnds,
    keywordWeights: keywords.map((k) => k.weight),
    labels,
    commonLabels,
    labelEntities: labelEntitiesOf(index, labelTexts),
    periods: recordPeriods(labelTexts, record.figures),
    sides: recordSides(index, labelTexts),
    entitySides: sidesOf(index, record.entities),
    recipients: labelTexts.map((t) => (t ? [...new Set([...t.matchAll(RECIPIENT)].flatMap((m) => sidesIn(index, m[1] ?? '')))] : [])),
    wholes,
    hasWhole: wholes.includes(true),
    poll: [...record.keywords.id, ...record.keywords.en, ...labelTexts].some((t) => !!t && POLL.test(t)),
    what: labelTexts[0] ? numbered(wordsOf(labelTexts[0]).filter((w) => index.unitOfWord(w) === undefined && ![...index.entitiesIn(w)].some((e) => index.entity(e)?.side === e))) : undefined,
    claimant: [...index.entitiesIn(record.claimant.name)].find((e) => {
      const entity = index.entity(e);
      return own.has(e) && (entity?.kind === 'person' || (entity?.kind === undefined && entity?.side !== e));
    }),
    calibres: [
      ...new Set([
        ...record.figures.filter((f) => f.kind === 'measure' && f.unit === 'mm').map((f) => f.value),
        ...labelTexts.flatMap((t) => (t ? calibresIn(t) : [])),
      ]),
    ],
  };
}

/** Words of a label that make its figure a change: an addition, an increase, a gap. */
const CHANGE_LABEL = /(?<![\p{L}])(?:tambahan|bertambah|kenaikan|naik|turun|penurunan|selisih|lonjakan|lebih|di bawah|di atas|additional|added|extra|more|fewer|less|increase|rise|jump|drop|fall|gap|difference|another|below|above|higher|lower)(?![\p{L}])/iu;

/** RecordFeatures.labelEntities. */
function labelEntitiesOf(index: EvidenceIndex, labelTexts: readonly (string | undefined)[]): (readonly string[] | undefined)[] {
  const first = new Set(labelTexts[0] ? index.entitiesIn(labelTexts[0]) : []);
  return labelTexts.map((t, i) => (t ? [...index.entitiesIn(t)].filter((e) => i === 0 || !first.has(e)) : undefined));
}

/** A keyword that is only a name ("Korea Utara", "Pyongyang"), not a name within a phrase ("perang Rusia-Ukraina"). */
function entityOnly(phrase: string): boolean {
  return phrase.trim().split(/\s+/u).every((w) => /^[\p{Lu}\p{N}]/u.test(w));
}

export type Score = Pick<Evidence, 'score' | 'entityScore' | 'keywordScore'>;

/** A class, not an object literal, for the reason given at match.ts's Candidate (scores are kept per record). */
class RecordScore implements Score {
  constructor(
    readonly score: number,
    readonly entityScore: number,
    readonly keywordScore: number,
  ) {}
}

export function recordScore(score: number, entityScore: number, keywordScore: number): Score {
  return new RecordScore(score, entityScore, keywordScore);
}

/** Where evidenceInto writes a record's evidence (a RecordSlot). */
export interface EvidenceSlot {
  evidenceScore: number;
  entityScore: number;
  keywordScore: number;
}

/** How strongly the context supports the record: numbers only, for every candidate (the hot path). */
export function evidenceScore(features: RecordFeatures, ctx: ContextText): Score {
  const out: EvidenceSlot = { evidenceScore: 0, entityScore: 0, keywordScore: 0 };
  evidenceInto(features, ctx, out);
  return new RecordScore(out.evidenceScore, out.entityScore, out.keywordScore);
}

/** evidenceScore written into `out`: no object per candidate. */
export function evidenceInto(features: RecordFeatures, ctx: ContextText, out: EvidenceSlot): void {
  // (Read by vocabulary number: each word's or entity's weight in its closest place, 0 where it does not occur.)
  const weights = ctx.weights;
  weights.use(ctx.scope);
  const entityW = weights.entity;
  const tokenW = weights.token;
  let entityScore = 0;
  const { entityNos } = features;
  for (let i = 0; i < entityNos.length; i++) entityScore += entityW[entityNos[i] as number] as number;
  let keywordScore = 0;
  const { keywordTokens, keywordNos, keywordEnds, keywordWeights } = features;
  for (let k = 0, start = 0; k < keywordEnds.length; start = keywordEnds[k++] as number) {
    const end = keywordEnds[k] as number;
    let place = 1;
    for (let i = start; i < end; i++) {
      const w = tokenW[keywordNos[i] as number] as number;
      if (w < place) place = w;
      if (place === 0) break;
    }
    // (The figure's own words are asked about only for a keyword found: most are not.)
    if (place > 0 && !onlyFigureTokens(ctx, keywordTokens, start, end)) keywordScore += place * (keywordWeights[k] as number);
  }
  entityScore = Math.min(entityScore, ENTITY_CAP);
  keywordScore = Math.min(keywordScore, KEYWORD_CAP);
  out.evidenceScore = entityScore + keywordScore;
  out.entityScore = entityScore;
  out.keywordScore = keywordScore;
}

/**
 * The entities and words that gave the evidence, for a shown match's explanation (its score is known already). In a
 * place map means a weight above 0 (every place weighs more): read by vocabulary number, as evidenceScore does.
 */
export function evidenceFor(features: RecordFeatures, ctx: ContextText): Pick<Evidence, 'entities' | 'words'> {
  const weights = ctx.weights;
  weights.use(ctx.scope);
  const entityW = weights.entity;
  const tokenW = weights.token;
  const entities: string[] = [];
  for (let i = 0; i < features.entities.length; i++) {
    if ((entityW[features.entityNos[i] as number] as number) > 0) entities.push(features.entities[i] as string);
  }
  const words: string[] = [];
  const { keywords, keywordNos, keywordTokens, keywordEnds } = features;
  for (let k = 0, start = 0; k < keywords.length; start = keywordEnds[k++] as number) {
    const end = keywordEnds[k] as number;
    let all = true;
    for (let i = start; i < end && all; i++) all = (tokenW[keywordNos[i] as number] as number) > 0;
    if (all && !onlyFigureTokens(ctx, keywordTokens, start, end)) words.push((keywords[k] as Keyword).text);
  }
  return { entities, words };
}

/** Entity ids found around one figure (sentence, paragraph and title), for the candidate lookup. */
export interface ContextEntities {
  all: Set<string>;
  /** The same, sorted. */
  sorted: string[];
  /** The candidate index's lookups for these entities (candidates.ts), shared by the figures of this page. */
  memo: Map<string, unknown>;
}

/** Per UTF-16 unit below U+0250: 1 if WORD takes it, 2 if toLowerCase changes it, NOT_ALIKE if SAME_WORD_CHAR does not take it. */
const CHAR_CLASS = new Uint8Array(0x250);
const NOT_ALIKE = 4;
for (let c = 0; c < 0x250; c++) {
  const ch = String.fromCharCode(c);
  CHAR_CLASS[c] = (/[A-Za-z0-9\u00c0-\u024f]/.test(ch) ? 1 : 0) | (ch.toLowerCase() !== ch ? 2 : 0) | (SAME_WORD_CHAR.test(ch) ? 0 : NOT_ALIKE);
}

/** A text's words as written and lowercased, and whether the index splits it alike (splitsLikeWords). */
export interface SplitWords {
  raw: string[];
  lower: string[];
  alike: boolean;
}

/**
 * text.match(WORD), and each word lowercased, in one pass over the text: a word with nothing toLowerCase changes is
 * its own lowercase (most words of a page), so only the others are lowercased (each on its own, as before). The same
 * pass tells splitsLikeWords(text), which would be another pass.
 */
export function splitWords(text: string): SplitWords {
  const raw: string[] = [];
  const lower: string[] = [];
  const n = text.length;
  let lowerText: string | undefined;
  // The classes of the characters seen, OR-ed: NOT_ALIKE once one is not SAME_WORD_CHAR's.
  let seen = 0;
  for (let i = 0; i < n; ) {
    let c = text.charCodeAt(i);
    if (c >= 0x250 || ((CHAR_CLASS[c] as number) & 1) === 0) {
      if (c < 0x250) seen |= CHAR_CLASS[c] as number;
      else if (!(seen & NOT_ALIKE) && !SAME_WORD_CHAR.test(text.charAt(i))) seen |= NOT_ALIKE;
      i++;
      continue;
    }
    const start = i;
    let upper = 0;
    do {
      upper |= CHAR_CLASS[c] as number;
      if (++i >= n) break;
      c = text.charCodeAt(i);
    } while (c < 0x250 && ((CHAR_CLASS[c] as number) & 1) === 1);
    seen |= upper;
    const w = text.slice(start, i);
    raw.push(w);
    if (upper & 2) {
      // Lowercasing the text once is the same where it keeps every character's place: a word's characters lowercase
      // alike wherever they stand (only a final sigma depends on its neighbours, and it is no word character).
      lowerText ??= text.toLowerCase();
      lower.push(lowerText.length === n ? lowerText.slice(start, i) : w.toLowerCase());
    } else lower.push(w);
  }
  return { raw, lower, alike: (seen & NOT_ALIKE) === 0 && !hasAcronymDollar(text) };
}

/**
 * A text of the page (a paragraph, a sentence, the title) split into words once per batch: its light stems and its
 * entities come from the same words where the index would split it alike (see splitsLikeWords), else each as before.
 */
class TextWords {
  private words: SplitWords | undefined;
  private wordStemList: string[] | undefined;
  private stemSet: Iterable<string> | undefined;
  private entitySet: Set<string> | undefined;

  constructor(private readonly text: string) {}

  /** Its words as written, and each lowercased. */
  split(): SplitWords {
    return (this.words ??= splitWords(this.text));
  }

  /** splitsLikeWords(text), told by its split (a text that does not split alike, rare, is split for nothing). */
  private get alike(): boolean {
    return this.split().alike;
  }

  /** The stems of `split`'s lowercased words (repeats kept: only ever read as a set). */
  wordStems(): readonly string[] {
    if (!this.wordStemList) {
      const lower = this.split().lower;
      const list = new Array<string>(lower.length);
      for (let i = 0; i < lower.length; i++) list[i] = stem(lower[i] as string);
      this.wordStemList = list;
    }
    return this.wordStemList;
  }

  /** tokenSet(text): the same as wordStems where lowercasing the text keeps its words. */
  stems(): Iterable<string> {
    return (this.stemSet ??= this.alike ? this.wordStems() : tokenSet(this.text));
  }

  /** The index's entitiesIn(text). */
  entities(index: EvidenceIndex): Set<string> {
    if (!this.entitySet) {
      const found = this.alike ? index.entitiesInWords(this.split().raw, this.split().lower) : index.entitiesIn(this.text);
      this.entitySet = new Set(found);
    }
    return this.entitySet;
  }
}

/** A number passed around: a post, a viral chart, "claims that" (ASCII cues: `\b` keeps the scan fast). */
const CIRCULATING = /\b(?:viral|hoaks|hoax|unggahan|postingan|beredar|tersebar|warganet|posts?|shared|chart|video|tiktok|facebook|whatsapp|instagram|youtube|fact[ -]?check|cek fakta|claims? that|klaim(?: lain)?|mengklaim bahwa|(?:an? )?(?:earlier|previous) (?:version|update|headline)|versi (?:awal|sebelumnya)|sebelumnya tertulis|semula (?:di)?tulis|(?:seperti )?yang kami tulis|(?:we )?first wrote|as we (?:had )?(?:earlier |previously )?(?:wrote|reported)|from '|incorrectly|read back|(?:a|one|seorang) (?:reporter|wartawan|jurnalis)|(?:reporter|wartawan)'s)\b/i;
/** Words that call a number false, in a paragraph or a fact-check's title (regex sources). */
const FALSE_WORDS = ['keliru', 'tidak benar', 'hoaks', 'hoax', 'menyesatkan', 'false', 'misleading', 'fact[ -]?check', 'cek fakta'];
/** Words that call a number false in a paragraph. */
const CALLED_FALSE = new RegExp(`\\b(?:${[...FALSE_WORDS, 'faktanya', 'unsupported', 'not true', 'not what', 'no evidence', 'ralat', 'koreksi', 'corrections?', 'corrects', 'corrected (?:him|her|them|the)', 'meluruskan', 'merevisi', 'diperbarui', 'incorrectly', 'yang benar'].join('|')})\\b`, 'i');
/** A fact-check's title that calls what it checks false: a verdict tag, "Cek Fakta", "Fact Check", or its words. */
const FACT_CHECK_TITLE = new RegExp(
  `^\\s*\\[(?:salah|hoaks|hoax|keliru|klaim|menyesatkan|konteks keliru|disinformasi|misinformasi)\\]|(?<![\\p{L}])(?:${[...FALSE_WORDS, 'inflates?', 'overstates?', 'misquotes?', 'misstates?', 'wrongly'].join('|')})(?![\\p{L}])`,
  'iu',
);
/** A fact-check's title that finds the claim true ("Cek Fakta: Benar, ...", "Yes, ..."). */
const TRUE_TITLE = /^\s*(?:\[?(?:cek fakta|fact[ -]?check)\]?:?\s*)?(?:benar|yes|true)\b/iu;

function factCheckTitle(title: string): boolean {
  return FACT_CHECK_TITLE.test(title) && !TRUE_TITLE.test(title);
}

const EMPTY_SET: ReadonlySet<string> = new Set();

/**
 * Prepares the text around figures, sharing work between figures of the same sentence or paragraph. The dataset
 * index finds a paragraph's entities; a sentence's are those of its paragraph whose alias words it contains.
 */
export class ContextBuilder {
  private readonly paragraphs = new Map<string, ParagraphInfo>();
  private readonly sentences = new Map<string, SentenceInfo>();
  /** Where each paragraph's digest items begin (itemOf); empty for a paragraph that is one story. */
  private readonly itemStarts = new Map<string, number[]>();
  private readonly title: TextWords;
  /** A fact-check page's title gives its verdict for every paragraph ("[SALAH] ...", "Fact Check: ..."). */
  private readonly titleCallsFalse: boolean;
  private readonly entTitle: Set<string>;
  /** By text: a one-sentence paragraph is its sentence, and the title is often a paragraph too. */
  private readonly texts = new Map<string, TextWords>();

  private readonly weights: Weights;

  constructor(
    private readonly index: EvidenceIndex & EntityAliasSource,
    title: string,
    vocab: Vocabulary,
  ) {
    this.weights = new Weights(vocab);
    this.title = this.textWords(title);
    this.titleCallsFalse = factCheckTitle(title);
    this.contextual = index.contextAliases?.() ?? [];
    this.entTitle = this.withContextAliases(title, this.title.entities(index), EMPTY_SET);
  }

  private readonly contextual: readonly ContextAlias[];

  /**
   * `found` (the entities a text names) with those it names by a context alias, where it or `also` (the title's)
   * names a party beside which the alias counts: "the North" beside Shin Won-sik. A new set only when one is added.
   */
  private withContextAliases(text: string, found: Set<string>, also: ReadonlySet<string>): Set<string> {
    let out = found;
    for (const c of this.contextual) {
      if (out.has(c.entity) || !namesByContextAlias(c, text)) continue;
      if (!c.beside.some((b) => this.names(out, b) || this.names(also, b))) continue;
      if (out === found) out = new Set(found);
      out.add(c.entity);
    }
    return out;
  }

  /** Whether the entities name `party`: itself, or an entity of that side. */
  private names(entities: ReadonlySet<string>, party: string): boolean {
    if (entities.has(party)) return true;
    for (const e of entities) if (this.index.entity(e)?.side === party) return true;
    return false;
  }

  private textWords(text: string): TextWords {
    let words = this.texts.get(text);
    if (!words) this.texts.set(text, (words = new TextWords(text)));
    return words;
  }

  private paragraph(paragraph: string): ParagraphInfo {
    let p = this.paragraphs.get(paragraph);
    if (!p) this.paragraphs.set(paragraph, (p = { entities: this.withContextAliases(paragraph, this.textWords(paragraph).entities(this.index), this.entTitle) }));
    return p;
  }

  private sentence(sentence: string, paragraph: string): SentenceInfo {
    let s = this.sentences.get(sentence);
    if (s) return s;
    const para = this.paragraph(paragraph);
    if (sentence === paragraph) s = { entities: para.entities };
    else if (!paragraph.includes(sentence)) s = { entities: this.withContextAliases(sentence, this.textWords(sentence).entities(this.index), this.entTitle) };
    else {
      const words = this.textWords(sentence);
      const raw = new Set(words.split().raw);
      const lower = new Set(words.split().lower);
      const entities = new Set<string>();
      for (const e of para.entities) {
        if (aliasTokens(this.index, e).some((a) => a.tokens.every((t) => (a.acronym ? raw : lower).has(t)))) entities.add(e);
      }
      // (A name the paragraph gave by a context alias: "the North" in this sentence.)
      for (const c of this.contextual) if (para.entities.has(c.entity) && !entities.has(c.entity) && namesByContextAlias(c, sentence)) entities.add(c.entity);
      s = { entities, tokens: words.wordStems() };
    }
    this.sentences.set(sentence, s);
    return s;
  }

  /** The entities the paragraph names. */
  paragraphEntities(paragraph: string): ReadonlySet<string> {
    return this.paragraph(paragraph).entities;
  }

  /** The entities the sentence itself names. */
  sentenceEntities(sentence: string, paragraph: string): ReadonlySet<string> {
    return this.sentence(sentence, paragraph).entities;
  }

  /**
   * The part of a paragraph a sentence's evidence comes from: the whole paragraph, or in a digest that moves on to
   * other news ("Elsewhere, ...", "Di dalam negeri, ..."), the item the sentence belongs to: "Elsewhere, Apple's
   * market value topped $3 trillion" is not about the Russian assets of the sentence before.
   */
  private itemOf(sentence: string, paragraph: string): string {
    let starts = this.itemStarts.get(paragraph);
    if (!starts) {
      starts = [];
      if (MAY_MOVE_ON.test(paragraph)) {
        for (const m of paragraph.matchAll(MOVES_ON)) {
          if (!answersAbroad(paragraph, m.index, m[1]!)) starts.push(m.index + m[0].length - m[1]!.length);
        }
      }
      this.itemStarts.set(paragraph, starts);
    }
    if (starts.length === 0) return paragraph;
    const at = paragraph.indexOf(sentence);
    if (at < 0) return paragraph;
    let from = 0;
    let to = paragraph.length;
    for (const st of starts) {
      if (st <= at) from = st;
      else {
        to = st;
        break;
      }
    }
    return from === 0 && to === paragraph.length ? paragraph : paragraph.slice(from, to);
  }

  entities(sentence: string, full: string): ContextEntities {
    const paragraph = this.itemOf(sentence, full);
    const s = this.sentence(sentence, paragraph);
    const p = this.paragraph(paragraph);
    if (!s.all || s.allOf !== paragraph) {
      // A sentence names no entity its paragraph does not (usually): the figures of a paragraph share its lookups.
      let own = false;
      for (const e of s.entities) if (!p.entities.has(e)) own = true;
      s.all = own ? this.lookupEntities([...p.entities, ...s.entities]) : (p.all ??= this.lookupEntities([...p.entities]));
      s.allOf = paragraph;
    }
    return s.all;
  }

  /**
   * Whether the sentence reports a number as passed around in a paragraph that calls it false ("Klaim itu keliru",
   * "are unsupported", "Fact check:"): match.ts DEBUNKED_RATIO. (The paragraph is read once, most sentences not at all.)
   */
  debunks(sentence: string, paragraph: string): boolean {
    return ((this.paragraph(paragraph).callsFalse ??= CALLED_FALSE.test(paragraph)) || this.titleCallsFalse) && CIRCULATING.test(sentence);
  }

  /**
   * The entities candidates are looked up by: those the text names, the countries of the places it names, and those
   * the title names (not their countries: each would add pairs to every paragraph's lookup).
   */
  private lookupEntities(ids: string[]): ContextEntities {
    const n = ids.length;
    for (let i = 0; i < n; i++) {
      const within = this.index.entity(ids[i] as string)?.within;
      if (within) ids.push(within);
    }
    for (const e of this.entTitle) ids.push(e);
    return contextEntities(ids);
  }

  /**
   * A text's entities (its sentence's, paragraph's or the title's) with the countries of the people it names (lexicon
   * `kind: person`), as evidence: "Kim Jong Un sudah kirim 12 juta peluru ke Putin" is about North Korea and Russia as
   * much as a sentence naming them.
   */
  private withCountries(ids: ReadonlySet<string>): ReadonlySet<string> {
    let out: Set<string> | undefined;
    for (const id of ids) {
      const e = this.index.entity(id);
      if (e?.kind === 'person' && e.within && !ids.has(e.within)) (out ??= new Set(ids)).add(e.within);
    }
    return out ?? ids;
  }

  build(sentence: string, full: string, figureText = ''): ContextText {
    const paragraph = this.itemOf(sentence, full);
    const s = this.sentence(sentence, paragraph);
    const p = this.paragraph(paragraph);
    s.tokens ??= this.textWords(sentence).stems();
    p.tokens ??= this.textWords(paragraph).stems();
    const titleTokens = this.title.stems();
    if (!s.scope || s.placesOf !== paragraph) {
      s.scope = new PlaceScope(s.tokens, p.tokens, titleTokens, this.withCountries(s.entities), this.withCountries(p.entities), this.withCountries(this.entTitle));
      s.placesOf = paragraph;
    }
    return new ContextText(s.scope, this.weights, figureText);
  }
}

/** Openings of a sentence that move a digest on to other news. */
const MOVES_ON = /(?:^|[.!?…]["'”’)]*[ \t\u00a0]+|[\n•|][ \t\u00a0]*)((?:Elsewhere|In other news|Di tempat lain|Di Tanah Air|Di dalam negeri|Dari dalam negeri|Dari luar negeri|Kabar lain|Berita lain)[ \u00a0]*,)/gu;
const MAY_MOVE_ON = /Elsewhere|In other news|Di tempat lain|Di Tanah Air|dalam negeri|luar negeri|Kabar lain|Berita lain/;
/**
 * "... pengungsi di luar negeri. Di dalam negeri, 12,7 juta orang ...": home set against abroad just said is the same
 * country's inside, not a digest moving on to Indonesian news.
 */
function answersAbroad(paragraph: string, at: number, opening: string): boolean {
  const other = opening.includes('dalam negeri') ? 'luar negeri' : opening.includes('luar negeri') ? 'dalam negeri' : undefined;
  return other !== undefined && paragraph.lastIndexOf(other, at) >= 0;
}

/** tokenSet of a figure's own text ("6.700 kontainer"), by the same words as the page's texts. */
function figureStems(text: string): Set<string> {
  return new Set(new TextWords(text).stems());
}

function contextEntities(ids: string[]): ContextEntities {
  const all = new Set(ids);
  return { all, sorted: [...all].sort(), memo: new Map() };
}

interface ParagraphInfo {
  entities: Set<string>;
  callsFalse?: boolean;
  tokens?: Iterable<string>;
  /** Entities of the paragraph and the title. */
  all?: ContextEntities;
}

interface SentenceInfo {
  entities: Set<string>;
  /** Entities of the sentence, its paragraph and the title; `allOf` is that paragraph. */
  all?: ContextEntities;
  allOf?: string;
  tokens?: Iterable<string>;
  scope?: PlaceScope;
  /** The paragraph the places were computed with. */
  placesOf?: string;
}

/** What the sentence-level entity check needs: an entity's names and aliases. */
export interface EntityAliasSource {
  entity(id: string): { name: { id: string; en: string }; aliases: string[] } | undefined;
}

interface AliasTokens {
  tokens: string[];
  acronym: boolean;
}

const ALIAS_TOKENS = new WeakMap<object, Map<string, AliasTokens[]>>();

function aliasTokens(index: EntityAliasSource, id: string): AliasTokens[] {
  let cache = ALIAS_TOKENS.get(index);
  if (!cache) ALIAS_TOKENS.set(index, (cache = new Map()));
  let list = cache.get(id);
  if (list) return list;
  const e = index.entity(id);
  list = (e ? [e.name.id, e.name.en, ...e.aliases] : []).map((alias) => {
    const acronym = isAcronym(alias);
    const toks = alias.match(WORD) ?? [];
    return { tokens: acronym ? toks : toks.map((t) => t.toLowerCase()), acronym };
  });
  cache.set(id, list);
  return list;
}
