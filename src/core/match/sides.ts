/**
 * Sides: the parties a number can belong to (lexicon `side`: a country, a bloc or a national body, or its country).
 * Where a page names them around a figure tells whose the number is ("21.000 personel militer Korea Selatan", "pasukan
 * Rusia telah kehilangan"), and which parties the dataset's stories know at all.
 */
import type { DatasetIndex } from '../claims/compiled';

/** What reading sides needs of an index. */
export interface SideIndex {
  entitiesIn(text: string): Iterable<string>;
  entity(id: string): { side?: string | undefined } | undefined;
}

/** The end of a clause, a comma included. (A regex search: several times faster than a loop over the characters.) */
export const CLAUSE_END_OR_COMMA = /[.;:!?()"“”,]/;

/** The sides (lexicon `side`) of these entities, each once. */
export function sidesOf(index: Pick<SideIndex, 'entity'>, entities: Iterable<string>): string[] {
  const out: string[] = [];
  for (const e of entities) {
    const side = index.entity(e)?.side;
    if (side !== undefined && !out.includes(side)) out.push(side);
  }
  return out;
}

/** The sides of the entities named in a text, each once. */
export function sidesIn(index: SideIndex, text: string): string[] {
  return sidesOf(index, index.entitiesIn(text));
}

/** How far around a figure its side is named: "pasukan Rusia telah kehilangan lebih dari", "Ukrainian casualties". */
const SIDE_BEFORE = 40;
const SIDE_AFTER = 40;
/** "US$": a currency's sign, which names no country. */
/** A dash between words: a dateline's ("Jakarta - ", "WASHINGTON -- ") or an aside's. */
const DASH = /\s[-–—]{1,2}\s/g;
/** A dateline before its dash at a sentence's start: "Jakarta - ", "WASHINGTON (AP) — ". */
const DATELINE_DASH = /^[^.!?]{0,40}?\s[-–—]{1,2}\s/;

/** A sentence without the dateline that opens it (whose place is where the story was filed, not what it is about). */
export function withoutDateline(sentence: string): string {
  const m = DATELINE_DASH.exec(sentence);
  return m ? sentence.slice(m[0].length) : sentence;
}

/** Verbs that say who reports a number: "said", "menyebut", "according to". */
const REPORTING_VERBS = 'said|says|say|told|tells|estimated|estimates|reported|reports|puts?|counted|counts|claimed|claims|cited|cites|according to|menyebut|menyebutkan|mengatakan|memperkirakan|mencatat|melaporkan|mengklaim|kata|ujar|menurut';
const REPORTED = new RegExp(`(?<![\\p{L}])(?:${REPORTING_VERBS})(?![\\p{L}])`, 'giu');
/** Reporting words after which the source stands, not before: "according to CSIS", "menurut NIS". */
const SOURCE_AFTER = /^(?:according to|menurut)(?![\p{L}])/iu;
/** A name right before a reporting verb after the figure: who cites it ("the 6,700 containers Seoul cited"). */
const REPORTER_AFTER = new RegExp(`(?:[ \\u00a0]+\\p{Lu}[\\p{L}\\p{M}'’.-]*)+[ \\u00a0]+(?:${REPORTING_VERBS})(?![\\p{L}])`, 'u');

/** Where the noun phrase after a number ends: a preposition, a relative word or an auxiliary ("1.500 personel sudah diangkut kapal Rusia"). */
const NOUN_PHRASE_END = /(?<![\p{L}])(?:untuk|ke|dari|di|yang|kepada|oleh|pada|dalam|sejak|sudah|telah|to|for|from|in|into|by|which|that|who|at|on|since|with|dengan)(?![\p{L}])/iu;

/** An auxiliary that opens the text: "(2.000 di antaranya) telah tewas" says what they are, it ends no noun phrase. */
const LEADING_AUXILIARY = /^\s*(?:sudah|telah)\s+/iu;

const LEADING_CONJUNCTION = /^\s*(?:and|or|but|while|whereas|dan|atau|serta|tetapi|namun|sedangkan|sementara)(?![\p{L}])/iu;

/** The text up to where a preposition or a relative word begins: what a number counts ("21.000 personel militer"). */
export function nounPhrase(text: string): string {
  // (A conjunction right after the number opens the next item: "Europe at €138 billion and the US at €115 billion".)
  if (LEADING_CONJUNCTION.test(text)) return '';
  const rest = text.replace(LEADING_AUXILIARY, ' ');
  const stop = rest.search(NOUN_PHRASE_END);
  return stop < 0 ? rest : rest.slice(0, stop);
}

/** The entities and the sides they stand for ("Departemen Luar Negeri AS": the department and the US). */
export function withSides(index: SideIndex, entities: Iterable<string>): string[] {
  const out = [...entities];
  return [...out, ...sidesOf(index, out)];
}

/**
 * The sides named just before the figure, just after it within its clause, and in what it counts (the noun phrase
 * after it up to a preposition: "21.000 personel militer Korea Selatan"; read by FigureLookup in match.ts). Words
 * before it may name who says so ("Seoul said"), words after the noun phrase a recipient or a source ("untuk
 * Ukraina"). Each is read on first use: most figures need only what stands before them.
 */
export class SidesAround {
  private readonly clause: string;
  private readonly afterText: string;
  private beforeSides: string[] | undefined;
  private afterSides: string[] | undefined;
  private countedSides: string[] | undefined;
  private subjectSides: string[] | undefined;

  constructor(
    private readonly index: SideIndex,
    sentence: string,
    /** Where the figure stands in its sentence, and how long it is. */
    at: number,
    length: number,
  ) {
    const before = sentence.slice(Math.max(0, at - SIDE_BEFORE), at);
    // (A comma, a semicolon or a dateline's dash ends what stands before: "Jakarta - Rusia kini menguasai sekitar".)
    let cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'));
    for (const m of before.matchAll(DASH)) cut = Math.max(cut, m.index + m[0].length - 1);
    this.clause = before.slice(cut + 1);
    const afterAll = sentence.slice(at + length, at + length + SIDE_AFTER);
    const end = afterAll.search(CLAUSE_END_OR_COMMA);
    const afterClause = end < 0 ? afterAll : afterAll.slice(0, end);
    // (Who cites it, named after it, is not whose it is: "the 6,700 containers Seoul cited".)
    const reporter = REPORTER_AFTER.exec(afterClause);
    this.afterText = reporter ? afterClause.slice(0, reporter.index) : afterClause;
  }

  get before(): string[] {
    return (this.beforeSides ??= sidesIn(this.index, this.clause));
  }

  get after(): string[] {
    return (this.afterSides ??= sidesIn(this.index, this.afterText));
  }

  /** What it counts ends where a preposition or a relative word begins: "138 miliar euro untuk Ukraina". */
  get counted(): string[] {
    if (!this.countedSides) {
      const phrase = nounPhrase(this.afterText);
      this.countedSides = phrase === this.afterText ? this.after : this.after.length === 0 ? [] : sidesIn(this.index, phrase);
    }
    return this.countedSides;
  }

  /** The last reporting verb before the figure, read once: where it starts and ends (null: none, or no side named). */
  private lastReported(): { at: number; end: number } | null {
    if (this.reported === undefined) {
      this.reported = null;
      if (this.before.length > 0) for (const m of this.clause.matchAll(REPORTED)) this.reported = { at: m.index, end: m.index + m[0].length };
    }
    return this.reported;
  }
  private reported: { at: number; end: number } | null | undefined;

  /** Before the last reporting verb: who says so ("The US said about 8,000 troops"); none without such a verb. */
  get reporters(): string[] {
    if (!this.reporterSides) {
      const said = this.lastReported();
      // ("according to CSIS, ...": the source stands after the words.)
      this.reporterSides = !said ? [] : sidesIn(this.index, SOURCE_AFTER.test(this.clause.slice(said.at)) ? this.clause.slice(said.end) : this.clause.slice(0, said.at));
    }
    return this.reporterSides;
  }
  private reporterSides: string[] | undefined;

  /** After the last reporting verb: who says so is not whose the number is ("Seoul said some 10,000 troops"). */
  get subject(): string[] {
    if (!this.subjectSides) {
      const said = this.lastReported();
      this.subjectSides = !said ? this.before : sidesIn(this.index, this.clause.slice(said.end));
    }
    return this.subjectSides;
  }
}

const KNOWN_SIDES = new WeakMap<DatasetIndex, ReadonlySet<string>>();

/** The sides some record of the dataset names. */
export function knownSides(index: DatasetIndex): ReadonlySet<string> {
  let known = KNOWN_SIDES.get(index);
  if (!known) {
    known = new Set(index.records.flatMap((r) => sidesOf(index, r.entities)));
    KNOWN_SIDES.set(index, known);
  }
  return known;
}

const COMMON_SIDES = new WeakMap<DatasetIndex, ReadonlySet<string>>();
/** A side is the dataset's context when a quarter of its records or more name it (Russia, North Korea, Ukraine). */
const COMMON_SHARE = 0.25;

export function commonSides(index: DatasetIndex): ReadonlySet<string> {
  let common = COMMON_SIDES.get(index);
  if (!common) {
    const counts = new Map<string, number>();
    for (const r of index.records) {
      for (const side of sidesOf(index, r.entities)) counts.set(side, (counts.get(side) ?? 0) + 1);
    }
    common = new Set([...counts].filter(([, n]) => n >= COMMON_SHARE * index.records.length).map(([side]) => side));
    COMMON_SIDES.set(index, common);
  }
  return common;
}
