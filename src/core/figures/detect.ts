/**
 * Figure detection (issue 3). One left-to-right pass: one global regex finds anchors (digit runs and number
 * words); at each anchor `readAt` looks back a few tokens (qualifier, currency sign, label words such as
 * "Pasal" or "km", month names, cues like "pukul" or "sejak") and reads forward with sticky regexes
 * (scale words, ranges, units, percent, currency words, the counted noun, suffix qualifiers). Word tables
 * live in ./lexicon; nothing here touches the DOM or Node.
 */
import type { DetectOptions, Figure, FigureKind, Lang, Qualifier } from './figure';
import {
  CURRENCY_PREFIXES, LOCAL_DOLLARS, US_DOLLAR_HOME, GLUED_ONLY_CURRENCY_SIGNS, CURRENCY_WORDS, DAY_PARTS_ID, FEW_WORDS, HYPHEN_PREFIXES, LABEL_WORDS, LANG_MARKERS,
  MEASURE_UNITS, CAPITALISED_SYMBOLS, MODEL_MAKERS, NUMBERED_NAMES, COUNTS_AFTER_NAME, MONTHS, NOT_NOUNS, SIGN_QUALIFIERS, CLOCK_ONLY_ZONES, NUMBER_WORDS, ORDINAL_WORDS, PERCENT_WORDS, QUALIFIER_PREFIXES,
  AGED_GROUPS_EN, AGE_OWNERS_EN, CHANGE_VERBS_ID, CHANGE_VERBS_EN, COMPANY_WORDS_EN, LEVEL_BEFORE, AVERAGE_WORDS, REGULATIONS_WITH_YEAR, QUALIFIER_SUFFIXES, SCALE_ABBREVIATIONS, SCALE_WORDS, SMALL_SCALES, TEEN_WORD_ID, TIME_CUES, TIME_UNITS, TIME_UNIT_ADJECTIVES,
  TIME_ZONES, VAGUE_AMOUNTS, YEAR_CUES, GLUED_TIME_UNITS, CLASSIFIERS_ID, UNITS_BEFORE, IRREGULAR_PLURALS_EN,
  DETERMINERS_EN, AGE_WORDS, AGE_JOINERS, PERSON_INITIAL_BEFORE, PERSON_NOUNS_EN, TITLE_NOUNS, TITLE_CUES, RANKED_BEFORE_NO, CHART_VERBS_AT, DATE_NAME_HEADS_ID, ADJECTIVE_BOUNDS_ID, PAST_VERBS_EN, ROUGH_SCALES_ID, RANK_WORDS, SCORE_BEFORE, FRACTION_BEFORE, ROUGH_PERIODS,
  PHRASAL_UP, PHRASE_OPENERS_EN, QUAKE_WORDS, NOT_NAMES,
  CURRENCY_BY_COUNTRY, CURRENCY_HOME, OTHERS_WORDS, FRACTION_WORDS, MULTIPLIER_WORDS, MARKET_MOVES, POINT_WORDS, TIME_UNIT_SUBDIVISIONS, MEASURE_SUBDIVISIONS, SUFFIX_BLOCKERS, NUMBERING_WORDS, VERSIONED_NAMES, SOFTWARE_NAMES, POLL_WORDS, VOTE_WORDS_EN, QUANTITY_CUES, RANGE_WORDS, RANGE_VERBS_EN,
  SPEECH_WORDS_ID, NUMBER_IDIOMS, withoutNya,
} from './lexicon';
import { digitRunToDecimal, scaleDecimal } from './numerals';

// ---------------------------------------------------------------------------------------------
// Regex building. Every table becomes one alternation, longest first; spaces match any run of
// inline whitespace. Sticky (`y`) regexes read forwards at a position; backwards, the few tokens
// before a number are read by char codes (class Back) and looked up in maps.

const SP = '[ \\t\\u00a0\\u202f]';
const END = '(?![\\p{L}\\p{N}])';
/** Signs that stand before an amount in a price or a sum ("Rp 1.000/10 km", "plus Rp 1.000"). */
const COMMON_SIGNS = String.raw`Rp\.?|US\$|\$|RM|S\$|€|£`;
/** A quote's fraction after a hyphen: "-3/4", "-1/8" (eighths, quarters, halves; a bond's 32nds too). */
const QUOTE_FRACTION_SOURCE = String.raw`-([1-9]|[12]\d|3[01])\/(2|4|8|16|32)(?![\d/])`;

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
function alt(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRe(w).replace(/ /g, `${SP}+`))
    .join('|');
}
/** An alternation shaped as a trie ("s(?:atu|e(?:puluh|belas))"): far fewer retries per position. */
function trieAlt(words: Iterable<string>): string {
  const byFirst = new Map<string, string[]>();
  for (const w of new Set(words)) {
    const c = w.charAt(0);
    const list = byFirst.get(c) ?? [];
    list.push(w.slice(1));
    byFirst.set(c, list);
  }
  return [...byFirst]
    .map(([c, rest]) => {
      const more = rest.filter((r) => r !== '');
      if (more.length === 0) return escapeRe(c);
      return `${escapeRe(c)}(?:${trieAlt(more)})${more.length < rest.length ? '?' : ''}`;
    })
    .join('|');
}

function keys(o: Readonly<Record<string, unknown>>): string[] {
  return Object.keys(o);
}
/** A lowercase key with runs of whitespace folded to one space. */
function norm(s: string): string {
  const l = lower(s);
  return mayHave(l, isSpaceCode) ? l.replace(/\s+/g, ' ') : l;
}
/** ASCII white space (\s) and any non-ASCII character, which may be some. */
function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c >= 128;
}
/** ASCII capital letters and any non-ASCII character, which may be one. */
function isUpperCode(c: number): boolean {
  return (c >= 65 && c <= 90) || c >= 128;
}
/** Whether some character of s passes `test`: a cheap check before a regex that needs one. */
function mayHave(s: string, test: (c: number) => boolean): boolean {
  for (let i = 0; i < s.length; i++) if (test(s.charCodeAt(i))) return true;
  return false;
}

/**
 * A filter over some keys by length and first, middle and last character: most words before and after a
 * number are in none of the tables, and this answers for them without hashing a fresh string.
 */
class KeyFilter {
  private readonly slots = new Uint8Array(1 << 12);
  constructor(keys: Iterable<string>) {
    for (const k of keys) this.slots[keySlot(k)] = 1;
  }
  /** False when `w` equals no key. */
  may(w: string): boolean {
    return this.slots[keySlot(w)] === 1;
  }
}
/** A set of words behind a KeyFilter. */
class WordSet {
  private readonly set: ReadonlySet<string>;
  private readonly filter: KeyFilter;
  constructor(words: Iterable<string>) {
    this.set = new Set(words);
    this.filter = new KeyFilter(this.set);
  }
  has(w: string): boolean {
    return this.filter.may(w) && this.set.has(w);
  }
}
function keySlot(w: string): number {
  const n = w.length;
  if (n === 0) return 0;
  let h = Math.imul(n, 0x9e3779b1) ^ w.charCodeAt(0);
  h = Math.imul(h, 0x85ebca6b) ^ w.charCodeAt(n - 1);
  h = Math.imul(h, 0xc2b2ae35) ^ w.charCodeAt(n >> 1);
  return Math.imul(h, 0x27d4eb2f) >>> 20;
}

/** Phrases indexed by their last word, longest first, for matching backwards token by token. */
class PhraseTable<T> {
  readonly byLast = new Map<string, { words: string[]; value: T }[]>();
  readonly lastFilter: KeyFilter;
  constructor(entries: Readonly<Record<string, T>>) {
    for (const [phrase, value] of Object.entries(entries)) {
      const words = phrase.toLowerCase().split(' ');
      const last = words[words.length - 1]!;
      const list = this.byLast.get(last) ?? [];
      list.push({ words, value });
      list.sort((x, y) => y.words.length - x.words.length);
      this.byLast.set(last, list);
    }
    this.lastFilter = new KeyFilter(this.byLast.keys());
  }
}

const UNITS_BEFORE_TABLE = new PhraseTable(UNITS_BEFORE);

/** An idiom of NUMBER_IDIOMS at its first number word: the words before it, and after it up to its last one. */
interface NumberIdiom {
  before: RegExp | null;
  after: RegExp;
}

/** NUMBER_IDIOMS of a language, compiled. */
function numberIdioms(lang: Lang): Map<string, NumberIdiom[]> {
  const out = new Map<string, NumberIdiom[]>();
  const spaced = (src: string) => src.trim().replace(/ +/g, '[ \\u00a0]+');
  for (const phrase of NUMBER_IDIOMS[lang]) {
    const open = phrase.indexOf('[');
    const close = phrase.indexOf(']', open);
    const last = phrase.lastIndexOf(']');
    const before = phrase.slice(0, open);
    const upTo = phrase.slice(close + 1, last + 1).replace(/[[\]]/g, '');
    const tail = phrase.slice(last + 1);
    const word = phrase.slice(open + 1, close);
    const list = out.get(word) ?? [];
    list.push({
      before: before.trim() ? new RegExp(`(?<![\\p{L}])${spaced(before)}[ \\u00a0]+$`, 'iu') : null,
      after: new RegExp(`(${upTo.trim() ? `[ \\u00a0]+${spaced(upTo)}` : ''})${tail.trim() ? `[ \\u00a0]+${spaced(tail)}` : ''}(?![\\p{L}\\p{N}])`, 'iuy'),
    });
    out.set(word, list);
  }
  return out;
}

interface Grammar {
  lang: Lang;
  /** NUMBER_IDIOMS by their first number word. */
  idioms: ReadonlyMap<string, readonly NumberIdiom[]>;
  /** Where a figure may start: a digit run, a number word, English "a" before a scale word. */
  anchor: RegExp;
  /** The number, vague and ordinal words of `anchor`, lowercase. */
  anchorWords: readonly string[];
  numberWords: ReadonlyMap<string, number>;
  scales: ReadonlyMap<string, number>;
  vague: ReadonlyMap<string, readonly [number, number]>;
  ordinals: ReadonlyMap<string, number>;
  months: ReadonlyMap<string, number>;
  /**
   * Lowercase first words of every percent, currency, measure and time word that may follow a number, to
   * which of those tables (UNIT_* bits) they belong.
   */
  unitFirstWords: ReadonlyMap<string, number>;
  /** By lowercase ASCII first letter, a bit per length (1-31) of the all-ASCII unitFirstWords. */
  unitShapes: WordShapes;
  /** Filter for the words that end a counted noun: notNouns, months, number, scale and vague words. */
  stopFilter: KeyFilter;
  monthFirstChars: FirstChars;
  /** First characters (lowercase) that may start a suffix qualifier or a range separator after a number. */
  qualAfterFirst: FirstTwoChars;
  rangeFirst: FirstChars;
  yearCues: WordSet;
  qualPrefixes: PhraseTable<Qualifier>;
  timeCues: WordSet;
  betweenWords: readonly string[];
  fromWords: readonly string[];
  timeUnits: ReadonlySet<string>;
  notNouns: ReadonlySet<string>;
  qualAfter: RegExp;
  currencyWordAfter: RegExp;
  percentAfter: RegExp;
  timeUnitAfter: RegExp;
  monthAfter: RegExp;
  rangeSep: RegExp;
  rangeAnd: RegExp;
  scaleWordAfter: RegExp;
  /** Shapes of the scale words (see wordShapes); ASCII characters that may start a spaced abbreviation (see asciiFirst). */
  scaleShapes: WordShapes;
  abbrSpacedFirst: Uint8Array;
  abbrAttached: RegExp;
  abbrSpaced: RegExp;
}

/**
 * The ASCII characters that may start one of `words` (both cases when matched ignoring case), as a table
 * indexed by char code. Only a filter before the real test: callers let every non-ASCII character through,
 * since case folding maps some of them onto ASCII letters (/k/iu matches the Kelvin sign), and a word
 * starting with a non-ASCII character lets everything through.
 */
function asciiFirst(words: Iterable<string>, ignoreCase: boolean): Uint8Array {
  const t = new Uint8Array(128);
  for (const w of words) {
    if (w === '') continue;
    const c = w.charAt(0);
    if (c.charCodeAt(0) >= 128) return t.fill(1);
    for (const v of ignoreCase ? [c.toLowerCase(), c.toUpperCase()] : [c]) t[v.charCodeAt(0)] = 1;
  }
  return t;
}
/**
 * Word shapes, by lowercase ASCII first letter: a bit per length (1-31) of the first words of `words` that are
 * all ASCII letters, and a bit per second letter (a-z) of every first word; see mayStartWord. With `strict`, a
 * first word of any other form lets every word through.
 */
interface WordShapes {
  lengths: Uint32Array;
  seconds: Uint32Array;
}
function wordShapes(words: Iterable<string>, strict = true): WordShapes {
  const lengths = new Uint32Array(128);
  const seconds = new Uint32Array(128);
  for (const phrase of words) {
    const w = phrase.toLowerCase().split(' ')[0]!;
    const ascii = /^[a-z]{1,31}$/.test(w);
    if (!ascii && strict) return { lengths: lengths.fill(0xffffffff), seconds: seconds.fill(0xffffffff) };
    if (ascii) lengths[w.charCodeAt(0)]! |= 1 << w.length;
    // mayStartWord rejects by the second letter first, so every word counts here; a non-ASCII second
    // character may fold to any letter.
    const c0 = w.charCodeAt(0);
    const c1 = w.charCodeAt(1);
    if (c0 >= 97 && c0 <= 122) seconds[c0]! |= c1 >= 97 && c1 <= 122 ? 1 << (c1 - 97) : c1 >= 128 ? 0x3ffffff : 0;
  }
  return { lengths, seconds };
}
/**
 * Whether a word of the shapes may start at p (ignoring case). An ASCII word is judged by its first two
 * letters, then by its first letter and length, without building a string; anything non-ASCII passes, for
 * the regex to decide.
 */
function mayStartWord(shapes: WordShapes, text: string, p: number): boolean {
  const c0 = codeAt(text, p);
  const c1 = codeAt(text, p + 1);
  // Two ASCII letters that start no word: rejected before the length is known.
  if (isAsciiLetter(c0) && isAsciiLetter(c1) && ((shapes.seconds[c0 | 0x20]! >>> ((c1 | 0x20) - 97)) & 1) === 0) return false;
  let e = p;
  const n = text.length;
  while (e < n && isAsciiLetter(text.charCodeAt(e))) e++;
  const c = codeAt(text, e);
  if (e === p) return c >= 128;
  if (c >= 128) return true;
  const len = e - p;
  return len > 31 || ((shapes.lengths[c0 | 0x20]! >>> len) & 1) === 1;
}
function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
/** Whether the character at i may start a word of the table (always, past the end: the regex then fails). */
function mayStart(table: Uint8Array, text: string, i: number): boolean {
  const c = codeAt(text, i);
  return !(c < 128) || table[c] === 1;
}

/** The lowercase first characters of some words; `has` asks about the character at text[i], any case. */
class FirstChars {
  private readonly chars: ReadonlySet<string>;
  /** The answer for every ASCII code, precomputed: no string per question. */
  private readonly ascii = new Uint8Array(128);
  constructor(words: readonly string[]) {
    this.chars = new Set(words.map((w) => w.charAt(0).toLowerCase()));
    for (let c = 0; c < 128; c++) this.ascii[c] = this.chars.has(String.fromCharCode(c).toLowerCase()) ? 1 : 0;
  }
  has(text: string, i: number): boolean {
    const c = codeAt(text, i);
    return c < 128 ? this.ascii[c] === 1 : this.chars.has(text.charAt(i).toLowerCase());
  }
}

/**
 * Like FirstChars, on the first two characters of ASCII words ("ke atas" and "and older" start like many words:
 * "kali", "and"); a one-character word ("-") passes any second character.
 */
class FirstTwoChars {
  private readonly pairs = new Uint8Array(128 * 128);
  private readonly other: FirstChars;
  constructor(words: readonly string[]) {
    this.other = new FirstChars(words);
    for (const w of words) {
      const a = w.toLowerCase().charCodeAt(0);
      const b = w.toLowerCase().charCodeAt(1);
      if (a >= 128) continue;
      for (let c = 0; c < 128; c++) {
        if (w.length === 1 || b >= 128 || String.fromCharCode(c).toLowerCase().charCodeAt(0) === b) this.pairs[a * 128 + c] = 1;
      }
    }
  }
  has(text: string, i: number): boolean {
    // (Past the end charCodeAt is NaN: no pair; letters are lowered by their 0x20 bit, other keys have it set.)
    const a = text.charCodeAt(i);
    const b = text.charCodeAt(i + 1);
    if (a < 128 && b < 128) return this.pairs[(a | 0x20) * 128 + b] === 1;
    return i < text.length && this.other.has(text, i);
  }
}

/**
 * English "a"/"an" before a scale word starts a number ("a million"): an alternative inside \b(?:…)\b (the
 * boundary after the spaces always holds).
 */
const ARTICLE_ANCHOR = 'an?[ \\t\\u00a0]+(?=(?:hundred|thousand|million|billion|trillion|dozen)\\b)';

/** Which tables may match after a number (see mayStartUnit): a word's bits, or all of them after a symbol. */
const UNIT_PERCENT = 1;
const UNIT_CURRENCY = 2;
const UNIT_MEASURE = 4;
const UNIT_TIME = 8;
const UNIT_ANY = 15;

function buildGrammar(lang: Lang): Grammar {
  const numberWords = NUMBER_WORDS[lang];
  const vague = VAGUE_AMOUNTS[lang];
  const ordinals = ORDINAL_WORDS[lang];
  // (A fraction's last word anchors it: "quarter", "thirds", "seperempat".)
  const fractionWords = keys(FRACTION_WORDS[lang]).map((w) => w.slice(Math.max(w.lastIndexOf(' '), w.lastIndexOf('-')) + 1));
  const anchorWords = [...keys(numberWords), ...keys(vague), ...keys(ordinals), ...fractionWords, ...keys(MULTIPLIER_WORDS[lang])].map((w) => w.toLowerCase());
  const abbr = SCALE_ABBREVIATIONS[lang];
  const unitFirstWords = new Map<string, number>();
  const unitTables: [readonly string[], number][] = [
    [PERCENT_WORDS[lang], UNIT_PERCENT], [keys(CURRENCY_WORDS[lang]), UNIT_CURRENCY], [MEASURE_UNITS, UNIT_MEASURE],
    [TIME_UNITS[lang], UNIT_TIME], [TIME_UNIT_ADJECTIVES[lang], UNIT_TIME],
  ];
  for (const [words, bit] of unitTables) {
    for (const w of words) {
      const first = w.toLowerCase().split(/[^\p{L}]/u)[0]!;
      unitFirstWords.set(first, (unitFirstWords.get(first) ?? 0) | bit);
    }
  }
  const spacedAbbr = lang === 'id' ? ['rb', 'jt', 'M', 'T'] : ['bn', 'mn', 'mln', 'tn', 'trn', 'mil', 'bil'];
  // scaleWordEnd reads scale words as runs of ASCII letters.
  for (const w of keys(SCALE_WORDS[lang])) if (!/^[a-z]+$/i.test(w)) throw new Error(`scale word ${w}: ASCII letters only`);
  return {
    lang,
    // Digit runs are consumed whole: the scan then does not stop at every digit. One regex for both kinds
    // scans a tenth faster than a digit regex and a word regex side by side.
    // ASCII word boundaries keep this scan fast; readAt re-checks the letter before a word anchor.
    anchor: new RegExp(`\\d[\\d.,]*|\\b(?:${trieAlt(anchorWords)}${lang === 'en' ? `|${ARTICLE_ANCHOR}` : ''})\\b`, 'gi'),
    anchorWords,
    idioms: numberIdioms(lang),
    numberWords: new Map(Object.entries(numberWords)),
    scales: new Map(Object.entries(SCALE_WORDS[lang])),
    vague: new Map(Object.entries(vague)),
    ordinals: new Map(Object.entries(ordinals)),
    months: new Map(Object.entries(MONTHS[lang])),
    unitFirstWords,
    unitShapes: wordShapes(unitFirstWords.keys(), false),
    stopFilter: new KeyFilter([
      ...NOT_NOUNS[lang], ...keys(MONTHS[lang]), ...keys(numberWords), ...keys(SCALE_WORDS[lang]), ...keys(vague),
    ]),
    monthFirstChars: new FirstChars(keys(MONTHS[lang])),
    qualAfterFirst: new FirstTwoChars([...keys(QUALIFIER_SUFFIXES[lang]), '-']),
    rangeFirst: new FirstChars(RANGE_WORDS[lang]),
    qualPrefixes: new PhraseTable(QUALIFIER_PREFIXES[lang]),
    yearCues: new WordSet(YEAR_CUES[lang].map((w) => w.toLowerCase())),
    timeCues: new WordSet(TIME_CUES[lang]),
    betweenWords: lang === 'id' ? ['antara'] : ['between'],
    fromWords: lang === 'id' ? ['dari'] : ['from'],
    timeUnits: new Set(TIME_UNITS[lang]),
    notNouns: NOT_NOUNS[lang],
    qualAfter: new RegExp(
      // ("Rp 3.000 plus Rp 1.000/10 km", "25 GB plus 5 GB": a sum, when another amount follows.)
      `(?:${SP}+|-)(${alt(keys(QUALIFIER_SUFFIXES[lang]))})${END}(?!${SP}+(?:${alt(SUFFIX_BLOCKERS[lang])})${END})(?!(?<=plus)${SP}+(?:\\d|${COMMON_SIGNS}))`,
      'iuy',
    ),
    // ("a 300-baht fee", "a 10,000-yen pass": the currency joined by a hyphen, as an adjective.)
    currencyWordAfter: new RegExp(`(?:${SP}*|-)(${alt(keys(CURRENCY_WORDS[lang]))})${END}`, 'iuy'),
    // ("a 28-percent increase": joined to it, too.)
    percentAfter: new RegExp(`(?:-(?=\\p{L})|${SP}*)(${alt(PERCENT_WORDS[lang])})(?![\\p{L}\\p{N}])`, 'iuy'),
    timeUnitAfter: new RegExp(`(?:${SP}+|-|(?=(?:${alt(GLUED_TIME_UNITS[lang])})${END}))${TIME_UNIT_ADJECTIVES[lang].length ? `(?:(?:${alt(TIME_UNIT_ADJECTIVES[lang])})${SP}+(?=days?|hours?|weeks?|months?))?` : ''}(${alt(TIME_UNITS[lang])})${END}(?!(?<=second)-\\p{L})`, 'iuy'),
    monthAfter: new RegExp(`${SP}+(${alt(keys(MONTHS[lang]))})\\.?${END}`, 'iuy'),
    rangeSep: new RegExp(
      // ("12- to 28-nanometer", "two- or three-bedroom": a hyphen left hanging before the word of a range.)
      `(?:-${SP}+(?:${lang === 'id' ? 'hingga|sampai|atau' : 'to|or'})${SP}+(?=\\p{N}|\\p{L}+-)|${SP}*[-–—]${SP}*|${SP}+(?:${lang === 'id' ? 'hingga|sampai(?:' + SP + '+dengan)?|s\\.d\\.?|s/d' : 'to|through'})${SP}+)`,
      'iuy',
    ),
    rangeAnd: new RegExp(`${SP}+(?:${lang === 'id' ? 'dan|hingga|sampai' : 'and'})${SP}+`, 'iuy'),
    scaleWordAfter: new RegExp(`${SP}+(${alt(keys(SCALE_WORDS[lang]))})${END}`, 'iuy'),
    abbrAttached: new RegExp(`(${alt(keys(abbr))})${END}`, 'uy'),
    abbrSpaced: new RegExp(`${SP}(${alt(spacedAbbr)})${END}`, 'uy'),
    scaleShapes: wordShapes(keys(SCALE_WORDS[lang])),
    abbrSpacedFirst: asciiFirst(spacedAbbr, false),
  };
}

const GRAMMARS: Record<Lang, Grammar> = { id: buildGrammar('id'), en: buildGrammar('en') };

/**
 * How many places the scan of detectFigures stops at in `text` (digit runs and number words), without reading any:
 * the floor of detection, for the benchmark.
 */
export function countAnchors(text: string, lang: Lang): number {
  const re = new RegExp(GRAMMARS[lang].anchor.source, GRAMMARS[lang].anchor.flags);
  let n = 0;
  while (re.exec(text) !== null) n++;
  return n;
}
/**
 * A digit or a number word of either language: where any figure must start. One trie of both languages'
 * words (much faster than the two alternations side by side), built on first use: it takes a millisecond.
 */
let anyAnchor: RegExp | undefined;
function anyAnchorRe(): RegExp {
  anyAnchor ??= new RegExp(`\\d|\\b(?:${trieAlt([...GRAMMARS.id.anchorWords, ...GRAMMARS.en.anchorWords])}|${ARTICLE_ANCHOR})\\b`, 'i');
  return anyAnchor;
}

const DIGITS = /\d+(?:[.,]\d+)*/y;
const WORD = /[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*/uy;
const LETTERS = /\p{L}+/uy;
/** Longer "words" are no counted noun (and FigureSchema caps `unit` at 60). */
const MAX_UNIT = 40;
const CLASSIFIER_FILTER = new KeyFilter(CLASSIFIERS_ID);
const CURRENCY_SIGNS: ReadonlyMap<string, string> = new Map(Object.entries(CURRENCY_PREFIXES));
const MAX_SIGN = Math.max(...keys(CURRENCY_PREFIXES).map((k) => k.length));
/** Verbs of a market's move that a level may follow, beside CHANGE_EN: "SM Investments added P12 to P850 a share". */
const MOVED_BY_EN: ReadonlySet<string> = new Set(['added', 'adding', 'lost', 'losing', 'shed', 'gave']);
/** The sign after a token's last slash, if that is short enough to be one ("42.000/Rp" → "Rp"). */
function afterSlash(token: string): string | undefined {
  const i = token.lastIndexOf('/');
  // (After an amount's digits or alone, not in a pair: "USD/IDR 15.650" is a rate in rupiah, its sign outside.)
  return i >= 0 && (i === 0 || isDigit(token.charCodeAt(i - 1))) && token.length - i - 1 <= MAX_SIGN && token.length - i > 1 ? token.slice(i + 1) : undefined;
}
/** Verbs right before a vote's tally: "voted 7-2", "a ruling 2-1". */
const TALLY_VERBS: ReadonlySet<string> = new Set(['voted', 'voting', 'ruled', 'ruling']);
/** Verbs before a tally when its first count is the larger: "the budget passed 18-7" ("approved 20-30 new permits" is a range). */
const PASSED_VERBS: ReadonlySet<string> = new Set(['passed', 'approved', 'adopted', 'rejected']);
/** Words of a rough amount between a verb and its number: "rise by about $49 to $1,976". */
const ROUGHLY_BEFORE: ReadonlySet<string> = new Set(['about', 'around', 'roughly', 'nearly', 'almost', 'some', 'approximately', 'sekitar', 'hampir', 'kira-kira']);
/** The word before the number's token `k` (and its rough-amount word, if any). */
function verbBefore(back: Back, k: number): string | undefined {
  const w = back.low(k);
  return w !== undefined && ROUGHLY_BEFORE.has(w) ? back.low(k + 1) : w;
}
/** Currencies English copy writes with a bare letter (PESO_AMOUNT, LETTER_AMOUNT): "P42", "N1,500", "R13.5 billion". */
const LETTER_CURRENCIES: Readonly<Record<string, string>> = { P: 'PHP', N: 'NGN', R: 'ZAR' };
/** Each of those currencies' letter, as a char code. */
const CURRENCY_LETTER: Readonly<Record<string, number>> = Object.fromEntries(Object.entries(LETTER_CURRENCIES).map(([l, c]) => [c, l.charCodeAt(0)]));
const CURRENCY_SIGN_AT = new RegExp(`(${alt(keys(CURRENCY_PREFIXES))})${SP}?(?=\\d)`, 'uy');
const CODE_SLASH_WORD = /\d+\/\p{L}/uy;
const CODE_HYPHEN_WORD = /\d+-(?!(?:of|to|in|for|by|and|or|on|per|from|out|lawan|dari|ke|banding)-)\p{L}+-\d/iuy;
/** "18 U.S.C. § 371", "40 CFR Part 60", "89 FR 48710": a title of a code of laws or of a register. */
const LAW_CODE_AFTER = /[ \u00a0](?:U\.S\.C\.|CFR|FR)(?![\p{L}])/uy;
/** "the 30318 ZIP code", "12190 kode pos": the five digits before are a postal code. */
const POSTAL_WORD_AFTER = /[ \u00a0](?:zip(?:[ \u00a0]?codes?)?|postcodes?|postal[ \u00a0]codes?|kode[ \u00a0]pos)(?![\p{L}])/iuy;
/** The US states' postal codes and the AP's abbreviations, as written before a ZIP code. */
const US_STATE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  ...'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY'.split(' '),
  ...'Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Ky. La. Md. Mass. Mich. Minn. Miss. Mo. Mont. Neb. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. R.I. S.C. S.D. Tenn. Tex. Vt. Va. Wash. W.Va. Wis. Wyo.'.split(' '),
]);
const ZIP_PLUS_FOUR = /-\d{4}(?!\d)/y;
/** First letters of LAW_CODE_AFTER's codes: U, C, F. */
const LAW_CODE_FIRST: ReadonlySet<number> = new Set([85, 67, 70]);
/** "8800 1234 5678 9012": an account's or a card's groups of four digits. */
const DIGIT_GROUPS = /\d{4}(?:[ \u00a0-]\d{4}){2,}(?!\d)/y;
/** The Hijri months in order, as Indonesian and English copy spell them. */
const HIJRI_MONTH_NAMES: readonly string[] = [
  'muharr?am', 'safar', 'rabiul[ \\u00a0]?awal', 'rabiul[ \\u00a0]?akhir', 'jumadil[ \\u00a0]?awal', 'jumadil[ \\u00a0]?akhir', 'rajab',
  "sya['’]?ban|syakban|sha['’]?ban", 'ramadh?an', 'syawal|shawwal', "dzulqa['’]?dah|zulkaidah|dhul[ \\u00a0-]?qa['’]?dah|dhu[ \\u00a0-]al[ \\u00a0-]qa['’]?dah", 'dzulhijj?ah|zulhijj?ah|dhul[ \\u00a0-]?hijj?ah|dhu[ \\u00a0-]al[ \\u00a0-]hijj?ah',
];
const HIJRI_MONTHS: readonly RegExp[] = HIJRI_MONTH_NAMES.map((m) => new RegExp(`^(?:${m})$`, 'iu'));
/** The Hijri month (1-12) named by the word or two right before a number ("Ramadan", "Rabiul Awal"), and where it starts. */
function hijriMonthBefore(back: Back): { month: number; start: number } | undefined {
  const one = back.low(0);
  if (one === undefined || one.length < 4) return undefined;
  const m1 = HIJRI_MONTHS.findIndex((re) => re.test(one)) + 1;
  if (m1 > 0) return { month: m1, start: back.start(0)! };
  const two = back.low(1);
  const m2 = two === undefined ? 0 : HIJRI_MONTHS.findIndex((re) => re.test(`${two} ${one}`)) + 1;
  return m2 > 0 ? { month: m2, start: back.start(1)! } : undefined;
}
/** "1 Syawal 1445 H": a day of a Hijri month (with its year: a date of that calendar). */
const HIJRI_DATE = new RegExp(`(\\d{1,2})[ \\u00a0]+(${HIJRI_MONTH_NAMES.join('|')})(?:[ \\u00a0]+(1[3-5]\\d\\d)(?![\\p{L}\\p{N}]))?(?![\\p{L}\\p{N}])`, 'iuy');
const LABELS: ReadonlySet<string> = new Set(LABEL_WORDS);
const OVER_WORDS: ReadonlySet<string> = new Set(['over']);
/** A percent before "or" and a move in points ("1.68 percent, or 122.4 points"): either language's percent words. */
const PERCENT_BEFORE = new RegExp(`(?:${alt([...PERCENT_WORDS.id, ...PERCENT_WORDS.en])}),?${SP}*$`, 'iu');
/** "old" after a span of time: an age ("over 65 years old"). */
const OLD_AFTER = /^[ \u00a0]+old(?![\p{L}])/u;
/** Words before "over" that make it a bound even before a span of time ("just over two years"). */
const OVER_BOUND: ReadonlySet<string> = new Set(['just', 'well', 'slightly', 'little']);
const LABEL_FILTER = new KeyFilter([...LABELS, ...LABEL_WORDS.map((w) => w.slice(w.lastIndexOf(' ') + 1))]);
const LABEL_LAST_WORDS: ReadonlySet<string> = new Set(LABEL_WORDS.filter((w) => w.includes(' ')).map((w) => w.slice(w.lastIndexOf(' ') + 1)));
const NUMBERING: ReadonlySet<string> = new Set(NUMBERING_WORDS);
const NUMBERING_FIRST = asciiFirst(NUMBERING_WORDS, false);
/** The longest numbering word: a longer token before the label word is none. */
const NUMBERING_MAX_LEN = Math.max(...NUMBERING_WORDS.map((w) => w.length));
const QUANTITY = new WordSet(QUANTITY_CUES);
const AREA_CODE = /^\(0\d{1,4}\)-?$/;
const PLATE_LETTERS = /^\p{Lu}{1,2}$/u;
/** After "tahun", "bulan": "ini", "lalu", "depan" make it a time ("kedua tahun ini" is second this year). */
const THIS_TIME_AFTER = /[ \u00a0]+(?:ini|lalu|depan)(?![\p{L}\p{N}])/iuy;
/** After "tahun", "bulan": words that make it this, the next or the previous one, never a span of a large number. */
const TIME_DEIXIS_ID = /[ \u00a0]+(?:ini|depan|sebelumnya|berikutnya|mendatang)(?![\p{L}\p{N}])/iuy;
/** "lalu" after "tahun", "bulan": the last one, or a span ago ("65 juta tahun lalu"): CHANGE_FROM_ID before decides. */
const LAST_TIME_ID = /[ \u00a0]+lalu(?![\p{L}\p{N}])/iuy;
const CHANGE_EN: ReadonlySet<string> = new Set(CHANGE_VERBS_EN);
/** Words of polls and elections around "points": percentage points, not a game's or an index's. */
const POLL_OR_VOTE = new RegExp(`\\b(?:${[...POLL_WORDS, ...VOTE_WORDS_EN].join('|')})\\b`, 'i');
/** A change from a level right before a number ("turun dari", "naik dari lebih dari"). */
const CHANGE_FROM_ID = new RegExp(`(?<![\\p{L}])(?:${CHANGE_VERBS_ID.join('|')})[ \\u00a0]+dari(?:[ \\u00a0]+(?:lebih|kurang)[ \\u00a0]+dari|[ \\u00a0]+sekitar|[ \\u00a0]+hampir)?[ \\u00a0]*$`, 'iu');
const FOLD = /-fold(?![\p{L}\p{N}])/iuy;
const NUMBER_NAMED_THING = /-(?:pointers?|wheelers?|seaters?|footers?|deckers?|point(?=[ \u00a0]+(?:range|line|shot|shots|shooting|play|attempts?|arc)(?![\p{L}\p{N}])))(?![\p{L}\p{N}])/iuy;
/** Things named by a year and a code ("Asteroid 2026 XK"). */
/** Bodies named by a catalogue's number ("Asteroid 2026 XK", "asteroid 99942 Apophis", "planet ekstrasurya 55 Cancri e"). */
const CATALOGUED: ReadonlySet<string> = new Set(['asteroid', 'asteroida', 'komet', 'comet', 'supernova', 'planet', 'exoplanet', 'eksoplanet', 'ekstrasurya', 'galaxy', 'galaksi', 'star', 'bintang']);
const DESIGNATION_AFTER = /[ \u00a0]\p{Lu}{1,2}\d{0,3}(?![\p{L}\p{N}])/uy;
const PLATE_AFTER = /\d{1,4} \p{Lu}{1,3}(?![\p{L}\p{N}])/uy;
const NAME_WORD = /^[\p{L}\p{N}]*\p{Lu}[\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*$/u;
/** An event's acronym in brackets before its year: "Olimpiade Sains Nasional (OSN) 2026". */
const BRACKETED_ACRONYM = /^\(\p{Lu}[\p{Lu}\p{N}]+\)$/u;
/** The word that makes a spelled number after it a rank. */
const RANK_NUMBER_WORD: Record<Lang, string> = { id: 'nomor', en: 'number' };
/** A capital after small letters: "iPhone", "PlayStation", "eSIM" name a product wherever they stand. */
const INNER_CAPITAL = /^\p{Lu}?\p{Ll}+\p{Lu}/u;
const SENTENCE_END = /[.!?:;"“”'‘’(–—|•·●■◆▶►-]$/;
// ("roll numbers 240011 to 240053": a range of labels.)
// ("seksi 5A dan 6C": each label with its letter.)
/** LABEL_AND's joins before a label of four to six digits, no year ("and 24172", not "and 2024"). */
const LONG_LABEL_AND = /(,?[ \u00a0]+(?:dan|and|atau|or)[ \u00a0]+|,[ \u00a0]*)(?!(?:19|20)\d\d(?!\d))\d{4,6}(?![\d.,]*\d)(?![\p{L}\p{N}%])/uy;
const LABEL_AND = /(,?[ \u00a0]+(?:dan|and|atau|or)[ \u00a0]+|[ \u00a0]*[-–][ \u00a0]*|,[ \u00a0]*)\d{1,3}(?![\d.,]*\d)(?:[A-Z](?![\p{L}\p{N}]))?(?![\p{L}\p{N}%])|([ \u00a0]+(?:to|hingga|sampai)[ \u00a0]+)\d+(?![\d.,]*\d)(?![\p{L}\p{N}%])/uy;
// ("KM 47+200": a road post's metres after its kilometre.)
const LABEL_TAIL = /[ \u00a0]?[A-Z](?![\p{L}\p{N}])|[a-z](?![\p{L}\p{N}])|\+\d{1,3}(?![\d.,]*\d)|\((?:\d{1,3}|[a-z])\)/uy;
const YEAR_SPAN = /^\d{4}[-–]\d{4}$/;
const OF_AFTER = /[ \u00a0]+of[ \u00a0]/iy;
const DASH = /[-–—]/;
const COMPOUND_MEASURE = /(?:,?[ \u00a0]+(?:and[ \u00a0]+)?|[ \u00a0]*)(\d{1,2})[ \u00a0]?(in|ins|inch|inches|oz)(?![\p{L}\p{N}])/iuy;
const TOTAL_OF_YEAR_AFTER = /^[ \u00a0]+(?:yang[ \u00a0]+)?(?:mencapai|sebanyak|sebesar|yakni|yaitu)[ \u00a0]+\d/u;
/** "08" after "2007-": the next year's last two digits, a season's or a fiscal year's. */
function nextSeasonYear(text: string, p: number, n1: Num, sep: string): boolean {
  return looksLikeYear(n1) && DASH.test(sep) && isDigit(codeAt(text, p + 1)) && !isDigit(codeAt(text, p + 2)) && Number(text.slice(p, p + 2)) === (n1.value + 1) % 100;
}
/** "-an" after a round number: "20-an" (twenty-odd), "300-an", "1.200-an". */
const TENS_ODD_ID = /-an(?![\p{L}\p{N}])/uy;
/** A decimal separator and two digits: the end of "8,147.03". */
const HUNDREDTHS = /[.,]\d\d(?!\d)/y;
/** Points to the hundredth, or after an index named in their sentence, and not a poll's: an index's level or move. */
function indexPoints(text: string, pos: number, end: number, value: number, hundredths: boolean, g: Grammar): boolean {
  return !Number.isInteger(value) && (hundredths || INDEX_BEFORE.test(text.slice(Math.max(0, pos - 120), pos))) && !(g.lang === 'en' && POLL_OR_VOTE.test(sentenceAround(text, pos, end, 1)));
}

/** An index named before a level in points, within its sentence ("Indeks Harga Pangan FAO pada April tercatat"). */
const INDEX_BEFORE = /\b(?:indeks|index)\b[^.!?\n]*$/i;
/** A no-break or thin space between a group of one to three digits and one of three: a thousands separator. */
const SPACED_THOUSANDS = /(?<=(?<![\d.,])\d{1,3}|[\u00a0\u2009\u202f]\d{3})[\u00a0\u2009\u202f](?=\d{3}(?!\d))/g;
const SPACED_THOUSANDS_MAY = /\d[\u00a0\u2009\u202f]\d/;
/** Signs glued before a number (or its currency) that qualify it (lexicon SIGN_QUALIFIERS). */
const SIGNS: ReadonlyMap<string, Qualifier> = new Map(Object.entries(SIGN_QUALIFIERS));
/** A lowercase word of five letters or more right after a number: "6.700kontainer". */
const GLUED_NOUN_ID = /\p{Ll}{5,}(?![\p{L}\p{N}])/uy;
/** "2,5±1 persen": a value and its margin. */
const PLUS_MINUS = /[ \u00a0]?±[ \u00a0]?(?=\d)/y;
/** After a decimal number, a multiplier: "4,33 kali", "33.5 times", "2,1x". */
const DECIMAL_MULTIPLIER: Record<Lang, RegExp> = {
  // ("3x lipat": the informal x with its "lipat".)
  id: /[ \u00a0]+kali(?:[ \u00a0]+lipat)?(?![\p{L}\p{N}])|x(?:[ \u00a0]+lipat)?(?![\p{L}\p{N}])/uy,
  en: /[ \u00a0]+times(?![\p{L}\p{N}])|x(?![\p{L}\p{N}])/uy,
};
/** After an English ordinal, compounds that are no rank ("first-party", "third-party", "first-hand"). */
const ORDINAL_COMPOUND = /-(?:party|hand)(?![\p{L}\p{N}])/iuy;
const PLACE_AFTER = /[ \u00a0]+place(?![\p{L}\p{N}])/iuy;
const HAND_AFTER = /[ \u00a0]+hand(?![\p{L}\p{N}])/iuy;
/** Hours, minutes and seconds ("2:09:56", "1:02:03.5"). */
const HMS = /(\d{1,2}):(\d{2}):(\d{2})([.,]\d+)?(?![\d:])/y;
const MIN_SEC = /(\d{1,2}):(\d{2})[.,](\d{1,3})(?![\d:])/y;
const MIN_SEC_WHOLE = /(\d{2}):([0-5]\d)(?![\d:]|[.,]\d)/y;
const TIME_ZONE_AFTER = new RegExp(`${SP}+(?:${alt(TIME_ZONES)})${END}`, 'uy');
// ("kuartal III-2024", "semester I/2024": a period's year.)
const QUARTER_GLUE = /^(?:[IV]{1,3}|Q[1-4]|K[1-4])[-/]$/;
const PERIOD_ROMAN_BEFORE = /(?<![\p{L}])(?:semester|triwulan|kuartal|caturwulan|kuarter|tw|smt)[ \u00a0]+(?:I{1,3}|IV)\/$/iu;
/** After an ordinal and a hyphen, words that keep it a rank ("third-quarter revenue", "first-round exit"). */
const ORDINAL_NOUN_COMPOUND = /^(?:quarter|half|round|place|term|year|half-year|leg|stage|tier|generation|placed|seeded|ranked|degree|ever|grade|graders?|preference|month|home|semester)$/;
/** After "at" and an ordinal, where it ranks: "at eighth globally" (not "at first"). */
const RANKED_WHERE_AFTER = /[ \u00a0]+(?:globally|nationally|overall|worldwide|place)(?![\p{L}\p{N}])/iuy;
const AND_A_HALF = /(?:[ \u00a0]+and[ \u00a0]+a[ \u00a0]+|-and-a-)half(?![\p{L}\p{N}])/iuy;
const ARAH_AFTER = /[ \u00a0]+arah(?![\p{L}\p{N}])/iuy;
const SPEECH_VERBS_EN: ReadonlySet<string> = new Set(['said', 'says', 'wrote', 'writes', 'added', 'adds', 'explained', 'recalled', 'asked', 'complained', 'admitted']);
/** After "said one": a noun, not a share's "in" or a length of time ("says one in five", "said one year"). */
const SPEAKER_NOUN_AFTER = /[ \u00a0]+(?!(?:in|out|of|or|per|more|year|years|day|days|week|weeks|month|months|hour|hours|time|million|thousand|hundred|billion)(?![\p{L}]))\p{Ll}/uy;
/** Before "one", words that make it a count: "only one member said". */
const COUNTED_ONE_BEFORE: ReadonlySet<string> = new Set(['only', 'just', 'not', 'least', 'than', 'exactly', 'single']);
/** After "one": a noun phrase of a few words and a verb of speech ("one college president said"). */
const SPEAKER_AFTER_ONE = /(?=[ \u00a0]+(?!(?:in|out|of|or|per|more)(?![\p{L}])))(?:[ \u00a0]+[\p{Ll}-]+){1,3}[ \u00a0]+(?:said|says|wrote|writes|told|added|explained|recalled|admitted)(?![\p{L}])/uy;
/** A Boeing jet's model, with a variant ("777F", "737-8200", "777-200F"), not before what it would count ("747 passengers"). */
const BOEING_MODEL = /7[0-8]7(?:-\d{1,4}[A-Z]{0,3}|[A-Z]{1,3})?(?![\p{L}\p{N}-])(?![ \u00a0]+(?:passengers|people|seats|flights|workers|employees|jobs|staff|crew|pilots|dollars|euros|pounds|miles|kilometres|kilometers|feet|metres|meters|tonnes|tons|hours|days)(?![\p{L}]))/uy;
const AVIATION_WORDS = /\b(?:Boeing|Airbus|jets?|jetliners?|aircraft|planes?|airliners?|freighters?|airlines?|FAA|NTSB|pilots?)\b/;
const DOZEN_AFTER = /^[ \u00a0]+dozen(?![\p{L}])/iu;
/** An amount of money right before: "$4.95 ", "€2 ", "50 cents ", "3 dollars ". */
const AMOUNT_BEFORE = /(?:[$€£¥]\s?\d(?:[\d.,]*\d)?|\d(?:[\d.,]*\d)?\s?(?:cents?|dollars?|euros?|pence|p))[ \u00a0]+$/iu;
const WAY_AFTER = /[ \u00a0]+way(?![\p{L}\p{N}])/iuy;
/** Words after "4K"/"8K" that make it a picture format, not four thousand. */
// ("a 1.5K AMOLED display", "a 14-inch 3K OLED panel": a panel's kind may stand between.)
const DISPLAY_AFTER = /(?:[ \u00a0]+(?:a?mo?led|oled|lcd|ips|ltpo|touch|touchscreen))?[ \u00a0]+(?:tvs?|video|resolution|displays?|screens?|monitors?|panels?|hdr|uhd|ultra|blu-ray|content|gaming|streaming|cameras?|footage|support|sets?)(?![\p{L}\p{N}])/iuy;
/** Whether a word at p may be one of ROUGH_SCALES_ID's: its first letter, its length (6-9) and its "-an". */
function mayBeRoughScale(text: string, p: number): boolean {
  if (!ROUGH_SCALE_STARTS.has(((text.charCodeAt(p) | 0x20) << 8) | (text.charCodeAt(p + 1) | 0x20))) return false;
  const e = lettersEnd(text, p);
  return e - p >= 6 && e - p <= 9 && (codeAt(text, e - 1) | 0x20) === 0x6e && (codeAt(text, e - 2) | 0x20) === 0x61;
}
/** ROUGH_SCALES_ID's words by their first two letters (char codes, the first shifted by 8). */
const ROUGH_SCALE_STARTS: ReadonlySet<number> = new Set(Object.keys(ROUGH_SCALES_ID).map((w) => (w.charCodeAt(0) << 8) | w.charCodeAt(1)));
const ROUGH_SCALE_ID = new RegExp(`[ \\t\\u00a0]+(${Object.keys(ROUGH_SCALES_ID).join('|')})(?![\\p{L}\\p{N}])`, 'iuy');
/** First letters of the words before a rank or an age (see readFigure). */
/** Verbs of a birthday: "who turns 24 on Saturday" (an age, where a plain whole number follows). */
const TURNS_AGE: ReadonlySet<string> = new Set(['turns', 'turned', 'turning']);
const RANK_OR_AGE_FIRST = asciiFirst([...RANK_WORDS, ...AGE_WORDS, ...TURNS_AGE], false);
/**
 * After a number, a multiplier: "tiga kali lipat", "2,6 kali Bumi", "1,5 kali lebih cepat", "8.6 times as massive",
 * "three times the amount", "20 times closer than" (not "17 kali", "dua kali sehari", "three times in a row": how often).
 */
const MULTIPLIER: Record<Lang, RegExp> = {
  id: /[ \u00a0]+kali(?:[ \u00a0]+lipat(?![\p{L}\p{N}])|(?=[ \u00a0]+(?:lebih|dari|ukuran|rata-rata|nilai|penghasilan|pendapatan|gaji|upah|harga|luas|jumlah|cicilan|baku|batas|ambang|standar|target|kapasitas|biaya|anggaran|tingkat|angka|kecepatan|produksi|berat|panjang|volume|tarif|diameter|massa|lebar|\p{Lu})))/uy,
  // ("trades at 33 times forward earnings": a valuation's multiple; "three times Arizona's legal limit": a named one's.)
  en: /[ \u00a0]+times(?=[ \u00a0]+(?:as|the|that|its|their|his|her|what|more|less|larger|bigger|higher|greater|faster|smaller|lower|heavier|longer|worse|better|forward|trailing|estimated|expected|earnings|sales|revenue|book|ebitda|profits?|median|average|annual|typical|\p{L}{2,}er[ \u00a0]+than|\p{Lu}\p{L}+['’]s)(?![\p{L}\p{N}]))/uy,
};
const TICKER = /\d{4}\.[A-Z]{1,2}(?![\p{L}\p{N}])/uy;
/** "62 US cents": an amount of US dollars; "420 pence": of pounds. */
const ROOM_ABBR = /[ \u00a0]?(KT|KM|BR)(?![\p{L}\p{N}])/uy;
const ROOMS_NEAR = /\d[ \u00a0]?(?:KT|BR)[ \u00a0,/]*$/u;
const HYPHEN_CENT = /-cent(?![\p{L}\p{N}-])/uy;
const US_CENTS = /U\.?S/i;
const CENTS_OF: Readonly<Record<string, string>> = { singapore: 'SGD', australian: 'AUD', canadian: 'CAD', 'hong kong': 'HKD', hk: 'HKD', 'new zealand': 'NZD', taiwan: 'TWD' };
const CENTS_AFTER: Record<Lang, RegExp> = {
  // ("40 sen" a share, "781.00 sen" a kilo: Malaysian copy's hundredths of a ringgit.)
  // ("24 fils": the Gulf's hundredths of a dirham.)
  // ("80 centavos": a Philippine peso's.)
  en: /[ \u00a0]+(?:(?:U\.?S\.?[ \u00a0]+)?cents?|(pence)|(Singapore|Australian|Canadian|Hong[ \u00a0]Kong|HK|New[ \u00a0]Zealand|Taiwan)[ \u00a0]+cents?|(sen)|(fils)|(piastres?)|(centavos?))(?![\p{L}\p{N}])/iuy,
  // ("5,8 sen dolar AS"; "sen" alone is a ringgit's or a rupiah's.)
  id: /[ \u00a0]+sen[ \u00a0]+dolar(?:[ \u00a0]+(?:AS|Amerika(?:[ \u00a0]+Serikat)?))?(?![\p{L}\p{N}])/iuy,
};
const DAY_RANGE_SLASH = /(\d{1,2})-(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?(?![\d/])/y;
/** Full month names of four letters or fewer: a dot after them ends the sentence ("5 Mei."). */
const SHORT_MONTH_NAMES: ReadonlySet<string> = new Set(['mei', 'may', 'juni', 'juli', 'june', 'july']);
const DAY_NUMBER = /(\d{1,2})(?![\d.,])/y;
/** "May 3" after a range word, in English dates. */
/** Plural units of time after a number: it counts them ("12 weeks"), no day. */
const SPANS_AFTER_EN = /^[ \u00a0]+(?:days|weeks|months|years|hours|minutes)(?![\p{L}])/iu;
/** A range's "to" or "through" after a full date, its comma kept out (", to May 31, 2022"). */
const DATE_TO_EN = /,?[ \u00a0]+(?:to|through|until|till)[ \u00a0]+/iy;
const MONTH_DAY_EN = new RegExp(`(${alt(keys(MONTHS.en))})\\.?${SP}+(\\d{1,2})(?!\\d|[.,]\\d)`, 'iuy');
/** What a bare "P" before it makes a peso amount: two digits or more, or a decimal ("P42", "P6.352"). */
const PESO_AMOUNT = /\d(?:\d|[.,]\d|[ \u00a0](?:million|billion|trillion)(?![\p{L}]))/uy;
const BUS_AFTER = /[ \u00a0]+(?:night[ \u00a0]+)?bus(?:es)?(?![\p{L}])/iuy;
const LETTER_AMOUNT = /(?:\d{1,3}(?:,\d{3})+|\d+\.\d+|\d{3,}|\d+(?=trn|tn|bn|m|[ \u00a0](?:million|billion|trillion)(?![\p{L}])))(?:(?:trn|tn|bn|m)(?![\p{L}\p{N}])|(?![\p{L}\p{N}]))/uy;
/** "8/256 GB", "12/512GB": memory and storage (the unit after the second number). */
const MEMORY_PAIR = /\d{1,2}\/\d{2,4}[ \u00a0]?(GB|TB)(?![\p{L}\p{N}])/uy;
/** A stock exchange's suffix after a code: ".KS", ".HK", ".SI", ".T". */
const TICKER_EXCHANGE = /\.(?:KS|KQ|SI|HK|T|SS|SZ|TW|TWO|BO|NS|JK|KL|BK|AX|TO)(?![\p{L}\p{N}])/uy;
/** Groups of digits after a dialled number's first: " 23 23 89", "-567". */
const DIGIT_GROUPS_AFTER = /(?:[ \u00a0-]\d{2,4})+(?![\d.,]*\d)/y;
/** A bearing after a number of degrees: a coordinate ("degrees south latitude", "degrees east"). */
const DEGREES_BEARING = /[ \u00a0]+(?:degrees?[ \u00a0]+(?:north|south|east|west)(?:[ \u00a0]+(?:latitude|longitude))?|derajat[ \u00a0]+(?:bujur|lintang)[ \u00a0]+(?:timur|barat|utara|selatan))(?![\p{L}])/iuy;
/** A clock time to the second written with dots: "14.21.35". */
const HMS_DOT = /(\d{1,2})\.(\d{2})\.(\d{2})(?![\d.,]*\d)/y;
/** A fiscal year after "FY": "FY2025", "FY25", "FY2025-26". */
const FISCAL_YEAR = /(\d{4}|\d{2})(?:[-–\/](\d{4}|\d{2}))?(?![\d\p{L}])/uy;
/** After a number and its degree sign or space: a coordinate's hemisphere ("7,64 LS", "107,24° BT", "6.2° S"). */
const HEMISPHERE = /[ \u00a0]*(?:LS|LU|BT|BB|N|S|E|W)(?![\p{L}\p{N}])/uy;
const HEMISPHERE_ID = /[ \u00a0]+(?:LS|LU|BT|BB)(?![\p{L}\p{N}])/uy;
/** From a degree sign: minutes, maybe seconds, maybe a hemisphere ("°12' LU", "°10'25\" LS", "°40′10″ BT"). */
const DMS_AFTER = /°[ \u00a0]*\d{1,2}(?:[.,]\d+)?['′’][ \u00a0]*(?:\d{1,2}(?:[.,]\d+)?(?:["″”]|'')[ \u00a0]*)?(?:(?:LS|LU|BT|BB|N|S|E|W)(?![\p{L}\p{N}]))?/uy;
/** After four digits: the Hijri or the Common Era ("1445 H", "1446 H/2025 M"). */
/** What follows "9/11" where it names the attacks (see readAt). */
const ATTACKS_AFTER = /^[ \u00a0]+(?:attacks?|hijack\w*|terror\w*|commission|memorial|victims|families|first responders)(?![\p{L}])/iu;
// ("Decree 168/2024/ND-CP": a code may follow the year.)
const LAW_YEAR = /\d{1,4}\/((?:19|20)\d{2})(?!\d|\/\d)/y;
const DECREE_CODE = /^[A-Z][A-Z0-9.]*(?:[-/][A-Z0-9.]+)+$/;
const LAW_TAHUN_YEAR = /\d{1,4}[ \u00a0]+[Tt]ahun[ \u00a0]+((?:19|20)\d{2})(?![\p{L}\p{N}])/uy;
/**
 * "Kepmen ESDM No. 255.K/30/MEM/2020", "Keputusan Menteri ESDM Nomor 72.K/MB.01/MEM.B/2025", "Keputusan Menteri PUPR
 * Nomor 689/KPTS/M/2023", "POJK Nomor 12/POJK.03/2021": a minister's or a regulator's decree
 * numbered with its codes before the year (DECREE_BEFORE); a case's or a register's number ("18/PID.TPK/2025/PT DKI",
 * "0012/KP/2024") is no figure.
 */
// ("Permen LHK Nomor P.68/Menlhk/Setjen/Kum.1/8/2016": a ministry's codes may be written in mixed case.)
// ("Nomor 27/SK-HR.02/III/2025", "SK Wali Kota Nomor 188.45/251/436.1.2/2009": codes with dashes, or digits only.)
const DECREE_CODE_YEAR = /\d{1,4}(?:[./][A-Z][A-Za-z0-9.-]*(?:\/[A-Z0-9][A-Za-z0-9.-]*)*?|(?:[./]\d[\d.]*)+)\/((?:19|20)\d{2})(?!\d|\/\d)/y;
const DECREE_LETTER = /^[A-Z]{1,3}\.$/;
/** The year that ends a law's or a decree's number read at `pos` (LAW_YEAR, DECREE_CODE_YEAR): the only figure in it. */
function codeYear(text: string, pos: number, m: RegExpExecArray, g: Grammar): Read {
  const y = pos + m[0].length;
  return { figure: make(text, y - 4, y, Number(m[1]), 'year', g), next: y };
}
const RETIREMENT_PLAN = /^40[13]\([kb]\)/i;
// (Any decree: "Keputusan Kepala Bappebti Nomor", "Keputusan Menteri ATR/Kepala BPN Nomor", "SK Wali Kota Nomor"; not a
// court's "putusan".)
const DECREE_BEFORE = /(?<![\p{L}\p{N}])(?:kepmen|keputusan|permen|peraturan menteri|pojk|seojk|pbi|padg|pmk|sk)(?![\p{L}\p{N}])(?:(?!\.\s+\p{Lu})[^;]){0,45}$/iu;
const CE_YEAR = /(?:1[89]|20)\d{2}(?:[ \u00a0]?M)?(?![\p{L}\p{N}])/uy;
const ERA_AFTER = /[ \u00a0]?(H|M|Hijriah|Hijriyah|Masehi|BE)(?![\p{L}\p{N}])/uy;
/** A match score ("2-1", "1–1", a Ryder Cup's "16½-11½"); SCORE_AFTER, the words after one ("a 2-2 draw"), and SCORE_BEFORE those before. */
const SCORE_PATTERN = '\\d{1,2}½?[-–]\\d{1,2}½?(?!\\d|[.,]\\d|[-–]\\d)';
const SCORE = new RegExp(SCORE_PATTERN, 'y');
/** A set or game score right after another ("4-6 6-3 7-5"). */
const SCORE_NEXT = new RegExp(`,?[ \\u00a0]+${SCORE_PATTERN}`, 'y');
/** A game score, maybe ending in a comma, the token before the next game's ("21-18, 19-21", "21-19 14-21 19-21"). */
const SCORE_TOKEN = new RegExp(`^${SCORE_PATTERN},?$`);
/** A capitalised name word, as results lines write teams' names ("Bali United", "West Ham", "St. Pauli"). */
const TEAM_WORD = "\\p{Lu}[\\p{L}'’.-]*";
/** A capitalised word right after a score: the other team. */
const TEAM_AFTER = new RegExp(`[ \\u00a0]+(${TEAM_WORD})`, 'uy');
/** A score anywhere, to tell a results line from a headline. */
const ANY_SCORE = new RegExp(`(?<![\\d.,])${SCORE_PATTERN}`, 'g');

/**
 * "PSM 2-2 Bali United": a score between two teams' names, not before a month ("Pada 2-3 Maret") or a unit. In a
 * title-cased line, which capitalises its nouns too ("Naik 3-5 Orang"), only beside another score ("Arsenal 2-1
 * Chelsea, Liverpool 1-2 Everton").
 */
function betweenTeams(text: string, pos: number, len: number, back: Back, g: Grammar): boolean {
  const w = back.glue === '' ? back.raw(0) : undefined;
  if (w === undefined || !isUpperCode(w.charCodeAt(0)) || SENTENCE_END.test(w)) return false;
  const team = execAt(TEAM_AFTER, text, pos + len);
  if (team === null) return false;
  const at = pos + len + team[0].length - team[1]!.length;
  if (g.months.get(team[1]!.toLowerCase().replace(/\.$/, '')) !== undefined || measureAt(text, pos + len) || percentAfter(g, text, pos + len) || isTimeUnitAt(text, at, g)) return false;
  if (!titleCased(text, pos)) return true;
  const near = text.slice(Math.max(0, pos - 120), pos + len + 120);
  return (near.match(ANY_SCORE)?.length ?? 0) >= 2;
}
/** "dikalahkan Bali United 1-2", "beat Manchester City 3-1": a score word, then the other team's name. */
function scoreAfterTeam(back: Back): boolean {
  if (back.glue !== '') return false;
  for (let k = 0; k < 4; k++) {
    const w = back.raw(k);
    if (w === undefined || !isUpperCode(w.charCodeAt(0)) || SENTENCE_END.test(w) || w.endsWith(',')) return false;
    if (SCORE_BEFORE.has(back.low(k + 1) ?? '')) return true;
  }
  return false;
}
const STREET_WORDS = String.raw`(?:Avenue|Ave\.?|Street|St\.?|Road|Rd\.?|Way|Rise|Close|Grove|Mews|Gardens|Boulevard|Blvd\.?|Lane|Drive|Square|Place|Court|Parkway|Terrace|Highway|Walk|Crescent|Parade)(?![\p{L}\p{N}])`;
// ("255 West 94th Street": a numbered street's ordinal among the name's words.)
const STREET_AFTER = new RegExp(String.raw`(?:[ \u00a0]+(?:\p{Lu}[\p{L}'’.-]*|\d{1,3}(?:st|nd|rd|th))){1,3}[ \u00a0]+` + STREET_WORDS, 'uy');
/**
 * After an ordinal, a word that makes it part of a name: a street ("5th Avenue") or a numbered body or amendment
 * ("the 22nd Amendment", "Georgia's 14th Congressional District", "the 24th Ward").
 */
const NAME_WORD_AFTER_ORDINAL = new RegExp(
  String.raw`[ \u00a0]+(?:${STREET_WORDS}|(?:Amendment|Congressional|District|Ward|Precinct|Circuit|Battalion|Regiment|Brigade|Division|Fleet|Infantry|Airborne|Army|Corps|parallel|Minister|Lady|Secretary)(?![\p{L}\p{N}]))`,
  'uy',
);
/** "of July" after "Fourth": the holiday. */
const FOURTH_OF_JULY = /^[ \u00a0]+of[ \u00a0]+July(?![\p{L}])/u;
/** A street name or "block of" after a number's digits ending at `e`. */
function isAddress(text: string, e: number): boolean {
  if (!isInlineSpace(codeAt(text, e))) return false;
  // (A capital or the "b" of "block" comes next, or nothing does: most numbers stop here.)
  const c = codeAt(text, e + 1);
  return (c >= 65 && c <= 90 && (!!execAt(STREET_AFTER, text, e) || !!execAt(NUMBERED_ROAD_AFTER, text, e))) || (c === 98 && !!execAt(BLOCK_OF, text, e));
}
/** "2500 Route 59", "1200 Highway 7": a house number on a numbered road. */
// ("480 Lorong 6 Toa Payoh", "12 Jalan Ampang": Malay street words come before the street's name or number.)
const NUMBERED_ROAD_AFTER = /[ \u00a0]+(?:(?:Route|Highway|Hwy\.?|State Route|County Road)[ \u00a0]+\d{1,4}[A-Z]?(?![\p{L}\p{N}])|(?:Lorong|Jalan|Jln\.?|Lebuh|Persiaran)[ \u00a0]+(?:\p{Lu}|\d))/uy;
const BLOCK_OF = /[ \u00a0]+block[ \u00a0]+of[ \u00a0]/y;
const PHONE_AU_13 = /13(?:\d[ \u00a0]\d{3}|[ \u00a0]\d{2}[ \u00a0]?\d{2})(?![\d.,]*\d)/y;
const ROAD_NAME_AFTER = /[ \u00a0]+(?:Loop|Freeway|Beltway|Expressway|Turnpike|Tollway)(?![\p{L}])/uy;
/** The rest of a British postcode after its letters: "3 0BQ" of "LE3 0BQ", "1A 1AA" of "W1A 1AA". */
const UK_POSTCODE_REST = /\d[A-Z\d]?[ \u00a0]\d[A-Z]{2}(?![\p{L}\p{N}])/uy;
const POSTAL_LABELS: ReadonlySet<string> = new Set(['postcode', 'postcodes', 'zip', 'pin']);
const POSTCODE_AND = /(?:,?[ \u00a0]+(?:and|or|dan|atau)[ \u00a0]+|,[ \u00a0]*)\d{4,6}(?![\d.,]*\d)(?![\p{L}\p{N}%])/uy;
const HOUSE_RANGE_END = /\d{1,4}[A-Za-z]?(?![\d.,])/y;
// ("an 8-K filing", "a 10-Q report": a form's name, a single capital after the dash.)
const NAME_AFTER_DASH = /-\p{Lu}(?:\p{Ll}+)?(?![\p{L}\p{N}\p{Sc}-])/uy;
/** After a three-digit number: the rest of an aircraft's name ("737 MAX", "787 Dreamliner", "A350" is a code already). */
const AIRCRAFT_AFTER = /[ \u00a0]+(?:MAX|Max|Dreamliners?|Jumbo)(?![\p{L}\p{N}])/uy;
const FUEL_GRADE_AFTER = /(?:[ \u00a0]+unleaded|[ \u00a0-]octane)(?![\p{L}])/iuy;
const TOLL_FREE_REST = /[ \u00a0](?:\d{2}|\d{4,5})(?![-\p{L}\p{N}]|[.,]\d)/uy;
/** Before a number that a closing quote follows: its opening quote, after nothing or capitalised words ("“Moana "). */
const TITLE_OPENING = /[“"](?:\p{Lu}[\p{L}'’:.&-]*[ \u00a0]+){0,4}$/u;
const TITLE_AFTER_NUMBER = /(?:[ \u00a0]+\p{Lu}[\p{L}'’&-]*){2,5}[”"]/uy;

/** Whether the number at `pos` ends a quoted title: “1917”, “Moana 2” (its quote opens right before it or before capitalised words; "“we lost 20”" is speech). */
function quotedTitle(text: string, pos: number): boolean {
  return TITLE_OPENING.test(text.slice(Math.max(0, pos - 40), pos));
}
const PHONE_4_4 = /\d{4}[ \u00a0]\d{4}(?!\d|[.,]\d)/y;
const PHONE_4_3_3 = /\d{4}[ \u00a0]\d{3}[ \u00a0]\d{3}(?!\d|[.,]\d)/y;
const PHONE_US = /\d{3}\)[ \u00a0]?\d{3}-\d{4}(?!\d)/y;
const PHONE_US_DASHED = /\d{3}-\d{3}-\d{4}(?![\d-])/y;
const BARE_DECIMAL_PERCENT = /(\d{1,3})%/y;
const TOLL_FREE_US = /1-8(?:00|33|44|55|66|77|88)-[A-Z\d]{3,}(?:-[A-Z\d]+)*(?![\p{L}\p{N}])/uy;
const US_DOCKET = /\d:\d{2}-[a-z]{2,3}-\d{3,6}(?![\d])/y;
/** Whether the word at i is a unit of time ("20-Year-Old" in a headline). */
function isTimeUnitAt(text: string, i: number, g: Grammar): boolean {
  return g.timeUnits.has(lowerSlice(text, i, wordEnd(text, i)));
}
/** Four digits at pos between 1800 and 2100. */
function looksLikeYearAt(text: string, pos: number): boolean {
  const y = Number(text.slice(pos, pos + 4));
  return y >= 1800 && y <= 2100;
}
/** Before "satu dari tiga": one of a group, not a share ("salah satu", "menjadi satu dari tiga pemain"). */
const ONE_OF_ID: ReadonlySet<string> = new Set(['salah', 'menjadi', 'adalah', 'merupakan']);
// ("one in every five", "three of every 10", "1 dari setiap 4", "a 1-in-3 chance": the same share.)
const PROPORTION_WORD: Record<Lang, RegExp> = { id: /[ \u00a0]+dari(?:[ \u00a0]+setiap)?[ \u00a0]+/y, en: /[ \u00a0]+(?:in(?:[ \u00a0]+every)?|of[ \u00a0]+every)[ \u00a0]+|-in-(?=\d)/y };
/** After "N in M": what makes it a rate of time or of games ("2 in 5 minutes", "3 in 10 games"), not a share. */
// (Not a school's "Year 9" after it: "one in three Year 9 students".)
const NOT_SHARE_AFTER = /[ \u00a0]+(?:minutes?|hours?|days?|weeks?|months?|years?|seconds?|games?|matches|innings|overs|starts|attempts|tries|menit|jam|hari|pekan|minggu|bulan|tahun|detik|laga|pertandingan)(?![\p{L}\p{N}])(?![ \u00a0]+\d)/iuy;
/**
 * "one in four", "Four in 10", "1 dari 3 orang dewasa", "satu dari lima balita": the end of the share and its whole.
 * Indonesian only for one of a small whole, and not "salah satu dari tiga" nor "menjadi satu dari tiga pemain".
 */
function proportionAt(text: string, end: number, g: Grammar, part: number, back: Back): { end: number; of: number } | null {
  if (!Number.isInteger(part) || part < 1 || (g.lang === 'id' && ONE_OF_ID.has(back.low(0) ?? ''))) return null;
  // ("in", "of" or "dari" after one space: most counts stop at the first check.)
  const c1 = isInlineSpace(codeAt(text, end)) || (codeAt(text, end) === 45 && g.lang === 'en') ? codeAt(text, end + 1) | 0x20 : 0;
  if (g.lang === 'en' ? c1 !== 0x69 && c1 !== 0x6f : c1 !== 0x64) return null;
  const w = execAt(PROPORTION_WORD[g.lang], text, end);
  if (!w) return null;
  const n = readNum(text, end + w[0].length, g);
  // (Indonesian "9 dari 10 orang" is a share, "17 dari 50 anggota" a tally of two counts.)
  // (English odds of one in any number, "1 in 139,838,160", "1 in 292.2 million", but not a year: "No. 1 in 2024".)
  if (!n || n.hi !== undefined || !Number.isInteger(n.value) || n.value <= part || n.value > (g.lang === 'id' ? (part === 1 ? 20 : 10) : part === 1 && !looksLikeYear(n) ? Infinity : 1000) || (n.scale > 1 && !(g.lang === 'en' && part === 1))) return null;
  if (execAt(NOT_SHARE_AFTER, text, n.end)) return null;
  return { end: n.end, of: n.value };
}

/** Video resolutions written like pence ("1080p"). */
const PICTURE_LINES = new Set([144, 240, 360, 480, 576, 720, 1080, 1440, 2160, 4320]);
const VOTE_AFTER = /[ \u00a0]+(?:votes?|ruling|decision|verdict|majority)(?![\p{L}\p{N}])/iuy;
/** The step of a whole number's last non-zero digit: 300 → 100, 20 → 10, 22 → 1, 110000 → 10000 (0 → 1). */
function roundStep(n: number): number {
  let step = 1;
  while (n !== 0 && n % (step * 10) === 0) step *= 10;
  return step;
}

/** The end of "281-140" at pos (digits, a hyphen, digits), or pos when it is no such tally. */
function skipTally(text: string, pos: number): number {
  const m = execAt(TALLY, text, pos);
  return m ? pos + m[0].length : pos;
}
const TALLY = /\d{1,3}-\d{1,3}(?![\d-]|[.,]\d)/y;
/** A subsection's number closing its bracket: "(2)", "(12)" (see SUBSECTION's use). */
const SUBSECTION = /\d{1,2}\)/y;
/**
 * "The Senate confirmed the nominee 51-49", "the court upheld it 6-3": a chamber or a court before a tally, which
 * puts the larger side first (a range, "20-30", rises).
 */
// ("The vote was 7-3", "the council voted 9-2 to", "the motion passed 31-19".)
const TALLY_BEFORE = /\b(?:senate|house|chamber|parliament|lawmakers|justices|council(?:lors|ors|members| members)|commissioners|supervisors|aldermen|alderpersons|trustees|selectmen|senators|confirmed|upheld|overturned|struck down|acquitted|convicted|(?:the|final|council) vote (?:was|is|went)|a vote of|motion (?:passed|carried|failed))\b[^.;!?\d]{0,30}[ \u00a0]$/i;
function descendingTally(text: string, pos: number): boolean {
  const m = execAt(TALLY, text, pos);
  if (!m) return false;
  const dash = m[0].indexOf('-');
  return Number(m[0].slice(0, dash)) >= Number(m[0].slice(dash + 1));
}
const SCORE_AFTER = /[ \u00a0]+(?:draw|win|victory|defeat|loss|lead|triumph|kemenangan|kekalahan)(?![\p{L}\p{N}])/iuy;
/** An "x" or "×" at i, or after one space: where TIMES_DURATION may match. */
function timesSignAt(text: string, i: number): boolean {
  let c = codeAt(text, i);
  if (isInlineSpace(c)) c = codeAt(text, i + 1);
  return c === 0x78 || c === 0x58 || c === 0xd7;
}
/** "2 x 24 jam": a count of spans of time. */
const TIMES_DURATION = /[ \t\u00a0]?[x×][ \t\u00a0]?(\d{1,3})(?=[ \t\u00a0]+(?:jam|hari|minggu|pekan|bulan|tahun|hours?|days?|weeks?|months?|years?)(?![\p{L}\p{N}]))/iuy;
/** Words after a slash fraction ("1/3 dari", "1/2 jam", "2/3 of"), which is then no date. */
const FRACTION_AFTER = /[ \t\u00a0]+(?:dari|of|bagian|di[ \t\u00a0]+antaranya|jam|hour|porsi|cents?|sen|inch(?:es)?|inci|miles?|mil|points?|poin|cups?|gelas|cangkir|sendok|sdt|sdm|gr|gram|teaspoons?|tablespoons?|pounds?|kg|kilo|liter|litre|ons)(?![\p{L}\p{N}])/iuy;
/** "four or five", "dua atau tiga": see the range reading in readFigure. */
const RANGE_OR = /[ \t\u00a0]+(?:or|atau)[ \t\u00a0]+/iy;
/** The end of an age written as one adjective: "22-year-old". */
const AGE_OLD = /-olds?(?![\p{L}\p{N}])/iuy;
/** "1990-an", "1990s", "1990's": the decade. */
const DECADE_SUFFIX: Record<Lang, RegExp> = { id: /-?an(?![\p{L}\p{N}])/uy, en: /['’]?s(?![\p{L}\p{N}])/uy };
const APPROX_SUFFIX_ID = /-an(?![\p{L}\p{N}])/uy;
const URL_GLUE = /[/=?&@:_]/;
// ("100 F-35 jets": a letter and digits after a hyphen name a model, not a unit.)
// (A unit before "-" and a digit is a code's part, "5m-2", except a degree's: "25°C-30°C" is a range.)
const MEASURE_AFTER = new RegExp(`${SP}*(${alt(MEASURE_UNITS)})${END}(?:(?<=°[CF]?)|(?!-\\d))`, 'uy');
const MEASURE_AFTER_CI = new RegExp(`${SP}*(${alt(MEASURE_UNITS.filter((u) => u.length > 3))})${END}`, 'iuy');
/** Short symbols as a headline's title case or capitals write them: "900 Km", "152 MM". */
const MEASURE_AFTER_CAPS = new RegExp(`${SP}*(${alt(CAPITALISED_SYMBOLS.flatMap((u) => [u[0]!.toUpperCase() + u.slice(1), u.toUpperCase()]))})${END}`, 'uy');
/** A unit of measure at i: as written, or (a unit word of four letters or more) in any case, or a capitalised symbol. */
function measureAt(text: string, i: number): RegExpExecArray | null {
  const m = execAt(MEASURE_AFTER, text, i) ?? execAt(MEASURE_AFTER_CI, text, i) ?? (CAPS_FIRST.has(codeAt(text, nextNonSpace(text, i))) ? execAt(MEASURE_AFTER_CAPS, text, i) : null);
  // ("87 kaki palsu": prosthetic legs, counted, not feet.)
  return m && m[1] === 'kaki' && execAt(PALSU_AFTER, text, i + m[0].length) ? null : m;
}
const PALSU_AFTER = /[ \u00a0]+palsu(?![\p{L}])/uy;
/** The first letters of CAPITALISED_SYMBOLS in capitals, as char codes: most numbers are followed by none. */
const CAPS_FIRST: ReadonlySet<number> = new Set(CAPITALISED_SYMBOLS.map((u) => u.toUpperCase().charCodeAt(0)));
/** A unit word joined by a hyphen: "300-pound", "five-mile" (short symbols such as "-m" are left out). */
// ("6.3-inch", "350-kW charging", "77.4-kWh battery", "the 6-ft-deep channel")
const MEASURE_HYPHEN = new RegExp(`-(${alt([...MEASURE_UNITS.filter((u) => u.length > 3 && /^\p{L}+$/u.test(u)), 'kg', 'km', 'cm', 'mm', 'nm', 'ft', 'lb', 'kW', 'kWh', 'MW', 'mAh', 'MP', 'GB', 'TB', 'mph', 'kph', 'bit', 'degree', 'TEU', 'mg', 'ml', 'square-foot', 'square-metre', 'square-meter', 'square-mile', 'square-kilometre', 'square-kilometer', 'sq-ft', 'sq-m'])})${END}`, 'iuy');
// ("10h00", "15h00": the clock of South African and francophone copy.)
const TIME_HM = /(\d{1,2})([.:h])(\d{2})(?![\d]|[.,]\d)/y;
/** Clock times listed after a word of time, right before a number: "pukul 07.30, 10.00, dan (14.00 WITA)". */
const timeListBefore = (cues: readonly string[], and: string): RegExp =>
  new RegExp(`(?:^|[^\\p{L}])(?:${alt(cues)})${SP}+\\d{1,2}[.:]\\d{2}(?:,${SP}*\\d{1,2}[.:]\\d{2})*(?:,${SP}*|,?${SP}+${and}${SP}+)$`, 'iu');
const TIME_LIST_BEFORE: Record<Lang, RegExp> = { id: timeListBefore(TIME_CUES.id, 'dan'), en: timeListBefore(TIME_CUES.en, 'and') };
/** "waktu setempat", "waktu London": after an Indonesian clock time, the place whose time it is (capitalised, as written). */
const LOCAL_TIME_ID = /^[ \u00a0]+waktu[ \u00a0]+(?:setempat|\p{Lu}\p{Ll}+)/u;
// (Indonesian copy from the hajj: "Zuhur 12.20 WAS", Waktu Arab Saudi; not among the zones English copy is read with.)
const TIME_AFTER_ID = new RegExp(`(?:${SP}+(${alt(keys(DAY_PARTS_ID))}))?(?:${SP}+(${alt([...TIME_ZONES, 'WAS'])}))?${END}`, 'iuy');
// ("6pm." at a sentence's end keeps its full stop; "6 p.m." has its own.)
const TIME_AFTER_EN = new RegExp(`${SP}*(?:([ap])(?:\\.m\\.?|m)(?![\\p{L}])|(${alt(TIME_ZONES)})${END})(?:${SP}+(${alt([...TIME_ZONES, ...CLOCK_ONLY_ZONES])})${END})?`, 'iuy');
const HRS_TIME = /([01]\d|2[0-3])([0-5]\d)[ \u00a0]?hrs(?![\p{L}\p{N}])/uy;
const MATCH_MINUTE = /(\d{1,3})(?:\+(\d{1,2}))?(?!\d|[.,:]\d|[\/-])/y;
/** Words before "menit" that make the number after it the minute of a match: "pada menit 81". */
const MINUTE_BEFORE: ReadonlySet<string> = new Set(['pada', 'di', 'sejak', 'hingga', 'sampai', 'jelang', 'memasuki']);
/** Words before a coordinate's number. */
const COORDINATE_WORDS: ReadonlySet<string> = new Set(['latitude', 'longitude', 'lat', 'lon', 'lintang', 'bujur']);
const ADVISORY_TIME = new RegExp(`(\\d{1,2})(\\d{2}) (AM|PM) (?:${alt([...TIME_ZONES, ...CLOCK_ONLY_ZONES])})${END}`, 'uy');
// ("after 2000 local time (1200 GMT)": the place's own clock.)
const MILITARY_TIME = new RegExp(`(\\d{2})(\\d{2})(?:${SP}+(?:${alt(TIME_ZONES)})${END}|(?=${SP}+local${SP}+time${END}))`, 'uy');
// ("3m-high wall", "the 100m freestyle title": metres, not millions.)
/** A race's distance before "m": "the women's 1,500m" is metres, not millions. */
const RACE_BEFORE = /(?:^|[^\p{L}])(?:men|women|boys|girls)['’]s[ \u00a0]+[\d.,]+$/iu;
/** "live within 400m of a bus stop": a distance. */
const WITHIN_BEFORE = /(?:^|[^\p{L}])within[ \u00a0]+[\d.,]+$/iu;
/** A percent's word after a number ("%", "persen", "25bp"), not the oil company's "BP". */
function percentAfter(g: Grammar, text: string, at: number): RegExpExecArray | null {
  const m = execAt(g.percentAfter, text, at);
  return m && m[1] !== 'BP' && m[1] !== 'Bp' ? m : null;
}
/** A unit of time's symbol glued after a number ("0.190s", "2.5h", "300ms"). */
const GLUED_TIME_SYMBOL = /(?:ms|s|h)(?![\p{L}\p{N}])/uy;
// ("up to 7m (23ft) high": a conversion into feet after it, too; "0.3m/s": a rate's metres.)
const DIMENSION_AFTER = new RegExp(
  `\\/s(?![\\p{L}])|` +
  `(?:-|${SP}+)(?:high|long|wide|deep|tall|thick|across|title|final|finals|race|sprint|dash|hurdles|freestyle|butterfly|backstroke|breaststroke|medley|relay|gold|silver|bronze|heats?|semi-finals?|semifinals?|world${SP}+record|record|champions?|time|runners?|event|specialist|medall?ists?|winner|crown|podium|splits?)${END}` +
    `|${SP}*\\(${SP}*[\\d.,]+${SP}*(?:ft|feet|foot)${SP}*\\)` +
    // ("took the 800m in 1:41.11", "won the 100m in 9.58": a race's time after it.)
    `|${SP}+in${SP}+\\d{1,2}(?::\\d{2})?[.,]\\d{2}(?!\\d)`,
  'iuy',
);
// ("six years and eight months": a spelled part too.)
// ("2hr 14min 26sec": digits may take their unit glued.)
const COMPOUND_DURATION = new RegExp(`(?:,?${SP}+(?:dan|and)|,)?${SP}+(\\d{1,2}(?:[.,]\\d{1,3})?|\\p{L}+(?=${SP}))${SP}*(\\p{L}+)${END}`, 'uy');
const OTHERS_AFTER = new RegExp(`${SP}+(?:${alt(OTHERS_WORDS)})${END}`, 'iuy');
const SLASH_DATE = /(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?(?![\d/])/y;
const DASH_DATE = /(\d{1,2})-(\d{1,2})-(\d{4})(?![\d-])/y;
const RATIO = /\d+(?::\d+)+/y;
/** Two numbers of a ratio, the second maybe in thousands ("1:16", "1:1.000", "1:250,000"). */
const RATIO_PAIR = /(\d{1,3}):(\d{1,3}(?:[.,]\d{3})+|\d{1,4})(?![\d:]|[.,]\d)/y;
const RATIO_WORD_BEFORE = /(?<![\p{L}])(?:rasio|ratio|perbandingan|skala|scale)(?![\p{L}])/iu;
const CLOCK_AFTER = /[ \u00a0]*(?:[ap]\.?m\.?|WIB|WITA|WIT|GMT|UTC|ET|pagi|siang|sore|malam|dini)(?![\p{L}])/iuy;
const RATIO_WORD_AFTER = /[ \u00a0]+(?:ratio|rasio)(?![\p{L}])/iuy;

/**
 * The text before `pos` back to its clause's start (". ", "! ", "? ", ";" or a line break), at most `reach` characters.
 * (Plainer than sentenceBounds, which lets "1.000. " run on as a number's dot: here any full stop and space ends it.)
 */
function clauseBefore(text: string, pos: number, reach: number): string {
  const before = text.slice(Math.max(0, pos - reach), pos);
  const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf('! '), before.lastIndexOf('? '), before.lastIndexOf(';'), before.lastIndexOf('\n'));
  return cut >= 0 ? before.slice(cut + 1) : before;
}

/**
 * A ratio: in thousands ("1:1.000"), or in a sentence that calls it one ("Rasio guru dan murid ... 1:16", "a 3:1
 * ratio"). Its value is the share, as a share's is (1/16); a score or a clock time is none of these.
 */
function ratioAt(text: string, pos: number, g: Grammar): Read | null {
  const m = execAt(RATIO_PAIR, text, pos);
  if (!m) return null;
  const a = Number(m[1]);
  const b = Number(m[2]!.replace(/[.,]/g, ''));
  const end = pos + m[0].length;
  if (!(b > 0) || a === 0) return null;
  if (m[2]!.length <= 4 || !/[.,]/.test(m[2]!)) {
    if (execAt(CLOCK_AFTER, text, end) || (!RATIO_WORD_BEFORE.test(clauseBefore(text, pos, 120)) && !execAt(RATIO_WORD_AFTER, text, end))) return null;
  }
  // (As written out: "1:32" is 0.03125; "1:7" to three significant digits, as a share is.)
  const v = a / b;
  return { figure: make(text, pos, end, Number.isInteger(v * 1e5) ? v : shareValue(v), 'other', g), next: end };
}
const MINISTER_REGULATION = /^(?:permen|kepmen)[a-z]{2,}$/;
const TO_ONE = /(\d{1,3}(?:\.\d{1,2})?)-to-(?:1|one)(?![\p{L}\p{N}]|[.,]\d)/iuy;
const ISO_DATE = /(\d{4})-(\d{2})-(\d{2})(?!\d)/y;
// ("555-0199": a phone line, its four digits led by a zero, is no range.)
const DIGIT_CODE = /\d+(?:[-/]\d+){2,}|\d+\/\d+|\d{3}-0\d{3}(?![\d.,]*\d)/y;
/** Digits grouped in thousands (or the Indian way): "21,89,000", "1,200", "7.000". */
const GROUPED_AMOUNT = /\d{1,3}(?:[.,]\d{2})*[.,]\d{3}(?![\d.,]*\d)/y;
/** A subsection glued after a section's number: "21(c)", "318(4)". */
const SUBSECTION_AFTER = /\((?:[a-z]|\d{1,3})\)/y;
/** After a section's number, the law it is of: "29 of the NDPS Act", "66D of the IT Act". */
const SECTION_OF_ACT = /[ \u00a0]+of[ \u00a0]+the[ \u00a0]+(?:\p{Lu}[\p{L}.&-]*[ \u00a0]+){1,6}(?:Act|Code|Ordinance|Constitution|Regulations?|Rules)(?![\p{L}'’])/uy;
/** Scale abbreviations read after a space only in money. */
const SPACED_MONEY_SCALES: ReadonlySet<string> = new Set(['M', 'T', 'mil', 'bil']);
/** The seconds after a lap's glued minutes: "1m 34.876s". */
const MINUTES_SECONDS_AFTER = /[ \u00a0]?([0-5]?\d(?:\.\d{1,3})?)s(?![\p{L}\p{N}])/uy;
/** "× 10^19", "x 10^-6", "× 10¹⁶" after a number; "^12" after a bare 10. */
const TIMES_POWER_OF_TEN = /[ \u00a0]*[×x][ \u00a0]*10(?:\^([-\u2212]?\d{1,3})(?!\d)|([\u207b]?[\u2070\u00b9\u00b2\u00b3\u2074-\u2079]{1,3})(?![\u2070\u00b9\u00b2\u00b3\u2074-\u2079]))/y;
/** Superscript digits and minus as ASCII: "¹⁶" → "16". */
const SUPERSCRIPT_ASCII: Readonly<Record<string, string>> = { '\u207b': '-', '\u2070': '0', '\u00b9': '1', '\u00b2': '2', '\u00b3': '3', '\u2074': '4', '\u2075': '5', '\u2076': '6', '\u2077': '7', '\u2078': '8', '\u2079': '9' };
const CARET_POWER = /\^([-\u2212]?\d{1,3})(?!\d)/y;
const DOTTED_DATE = /(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?![\d\p{L}]|[.,]\d)/uy;
const PHONE = /\(?0\d{1,4}\)?(?:[ .-]?\d{2,5}){1,4}/y;
// ("+44 (0)20 7008 5000": a trunk prefix in brackets after the country code; "+81 3 4578 9980": a one-digit area code.)
const INTL_PHONE = /\d{1,4}(?:[ \u00a0]?\(0\)\d{1,4})?[ .-]\(?\d{1,5}\)?(?:[ .-]\(?\d{2,5}\)?)+/y;
const US_PHONE = /\d{3}[-. ]\d{3}[-. ]\d{4}(?!\d)/y;
const YEAR_AFTER = new RegExp(`(?:,?${SP}+|,)(\\d{4})(?![\\p{L}\\p{N}]|[.,]\\d)`, 'uy');
/** "(the 5th) of May", "(the twenty-fourth) of February 2022": a day's month after it, maybe its year. */
const OF_MONTH = new RegExp(`${SP}+of${SP}+(${alt(keys(MONTHS.en))})(?:,?${SP}+((?:19|20)\\d{2})(?![\\d]))?${END}`, 'iuy');
const EN_ORDINAL_SUFFIX = /(st|nd|rd|th)(?![\p{L}\p{N}])/uy;
/** The suffix English writes after a number as an ordinal: 1st, 2nd, 3rd, 11th, 21st. */
function ordinalSuffixEn(n: number): string {
  const t = n % 100;
  if (t >= 11 && t <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}
/** Indonesian thousands grouped with dots: "1.000", "12.500". */
const GROUPED_ID = /\d{1,3}(?:\.\d{3})+(?![\d.,])/y;
const NOUN_OF = new RegExp(`${SP}+of(?:${SP}+(the|these|those|their|its|his|her|our))?(?:${SP}+(\\p{L}+['’]s))?(?=${SP})`, 'iuy');
/** The whole's number after "of the": "151 of the 500 seats", "17 million of Sudan's 19 million children". */
const WHOLE_NUMBER = new RegExp(`${SP}+\\d[\\d.,]*(?:${SP}+(?:thousand|million|billion))?(?=${SP})`, 'iuy');
const OF_SCALE = new RegExp(`${SP}+of${SP}+(thousands|millions|billions)${END}`, 'iuy');
const URLISH = /:\/\/|www\.|@|\.(?:com|co|id|org|net|go|ac|gov|edu|html?|php|io|tv|news)(?![\p{L}])/iu;
const LETTER = /[\p{L}]/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

/**
 * text.charCodeAt(i), NaN outside the text, as charCodeAt gives: reading past either end is common here
 * (the character after a word at the end of the text), and optimised code deoptimises the first time a
 * charCodeAt reads out of range, then recompiles (large functions take long to recompile).
 */
function codeAt(text: string, i: number): number {
  return i >= 0 && i < text.length ? text.charCodeAt(i) : NaN;
}
/** text.charAt(i), '' outside the text; see codeAt. */
function charOf(text: string, i: number): string {
  return i >= 0 && i < text.length ? text.charAt(i) : '';
}

/**
 * text.slice(a, b).toLowerCase(), without the call for words with nothing to lower: toLowerCase is slow on
 * two-byte strings (news text with a curly quote or a dash is one, and so are its slices).
 */
function lowerSlice(text: string, a: number, b: number): string {
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 || (c >= 65 && c <= 90)) return text.slice(a, b).toLowerCase();
  }
  return text.slice(a, b);
}
/** s.toLowerCase(); see lowerSlice. */
function lower(s: string): string {
  return lowerSlice(s, 0, s.length);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
/** MILITARY_TIME ("1344 GMT") needs four digits, inline space and a zone: checks the last three cheaply. */
/** Four digits of a clock with their zone or "hrs" after them ("0743 GMT", "0830 hrs"), which no phone number starts. */
function militaryTimeAt(text: string, pos: number): boolean {
  return (mayBeMilitaryTime(text, pos) && execAt(MILITARY_TIME, text, pos) !== null) || execAt(HRS_TIME, text, pos) !== null;
}
function mayBeMilitaryTime(text: string, pos: number): boolean {
  return isDigit(codeAt(text, pos + 3)) && isInlineSpace(codeAt(text, pos + 4)) && (ZONE_FIRST.has(codeAt(text, nextNonSpace(text, pos + 4))) || codeAt(text, nextNonSpace(text, pos + 4)) === 108 /* l */);
}
/** The first characters of the time zones (matched case-sensitively after a military time). */
const ZONE_FIRST: ReadonlySet<number> = new Set(TIME_ZONES.map((z) => z.charCodeAt(0)));
/** EN_ORDINAL_SUFFIX starts with s, n, r or t. */
function mayBeOrdinalSuffix(text: string, i: number): boolean {
  const c = codeAt(text, i);
  return c === 115 || c === 110 || c === 114 || c === 116;
}
export function isLetterAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  if (c < 128) return false;
  return LETTER.test(text.charAt(i));
}
/**
 * Which of the percent, currency, measure and time tables may match after the number at `end` (UNIT_* bits):
 * all after a symbol ("%", "°C", "-year"), else those whose entries begin with the next word (lowercase).
 */
function mayStartUnit(text: string, end: number, g: Grammar): number {
  const p = nextNonSpace(text, end);
  if (p >= text.length) return 0;
  if (!isLetterAt(text, p)) {
    const c = codeAt(text, p);
    // (%, °, a hyphen, ‰; "1.200 €" and "25.450₫": a sign after the amount.)
    return c === 37 || c === 176 || c === 45 || c === 0x2030 ? UNIT_ANY : c === 0x20ac || c === 0x20ab ? UNIT_CURRENCY : 0;
  }
  if (!mayStartWord(g.unitShapes, text, p)) return 0;
  const e = lettersEnd(text, p);
  return e > p ? (g.unitFirstWords.get(lowerSlice(text, p, e)) ?? 0) : 0;
}

/** Whether the first non-space character at or after i is one of `first` (lowercase). */
function mayFollow(text: string, i: number, first: { has(text: string, i: number): boolean }): boolean {
  const p = nextNonSpace(text, i);
  return p < text.length && first.has(text, p);
}

/** The first index at or after i that is not an inline space. */
function nextNonSpace(text: string, i: number): number {
  while (i < text.length && isInlineSpace(text.charCodeAt(i))) i++;
  return i;
}

/**
 * End of WORD (letters, marks, inner hyphens) at p, or p when none starts there: ASCII letters by char codes,
 * the regex only where a non-ASCII character may extend the word.
 */
function wordEnd(text: string, p: number): number {
  const n = text.length;
  let e = p;
  for (;;) {
    while (e < n && isAsciiLetter(text.charCodeAt(e))) e++;
    const c = codeAt(text, e);
    if (c >= 128) break;
    if (c !== 45 || e === p) return e;
    const d = codeAt(text, e + 1);
    if (d >= 128) break;
    if (!isAsciiLetter(d)) return e;
    e++;
  }
  const m = execAt(WORD, text, p);
  return m === null ? p : p + m[0].length;
}

/** End of LETTERS at p, or p when none starts there; as wordEnd. */
function lettersEnd(text: string, p: number): number {
  const n = text.length;
  let e = p;
  while (e < n && isAsciiLetter(text.charCodeAt(e))) e++;
  if (!(codeAt(text, e) >= 128)) return e;
  const m = execAt(LETTERS, text, p);
  return m === null ? p : p + m[0].length;
}

function execAt(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

// ---------------------------------------------------------------------------------------------
// Language guess

const LANG_RE = new RegExp(`\\b(?:${alt([...LANG_MARKERS.id, ...LANG_MARKERS.en])})\\b`, 'gi');
/**
 * Which language a marker belongs to, by lowercase ASCII first letter × 32 + length (1 id, 2 en, 3 both or
 * unsure, decided by LANG_WORDS): tells a match apart without capture groups or a string per match.
 */
const LANG_SHAPE = new Uint8Array(128 * 32);
// English first, so that a word in both tables counts as Indonesian (as the first group of LANG_RE did).
const LANG_WORDS: ReadonlyMap<string, number> = new Map([
  ...LANG_MARKERS.en.map((w) => [w.toLowerCase(), 2] as const),
  ...LANG_MARKERS.id.map((w) => [w.toLowerCase(), 1] as const),
]);
for (const [w, l] of LANG_WORDS) {
  // Found by walking back over ASCII letters, so markers must be ASCII words.
  if (!/^[a-z]{1,31}$/.test(w)) throw new Error(`language marker ${w}: ASCII letters only`);
  const k = w.charCodeAt(0) * 32 + w.length;
  LANG_SHAPE[k] = LANG_SHAPE[k] === 0 || LANG_SHAPE[k] === l ? l : 3;
}

/** Guess the language of a text from its function words; Indonesian when undecided. */
export function detectLang(text: string): Lang {
  const sample = text.length > 4000 ? text.slice(0, 4000) : text;
  let id = 0;
  let en = 0;
  LANG_RE.lastIndex = 0;
  while (LANG_RE.test(sample)) {
    // The marker ends at lastIndex (a word boundary) and starts after the last non-letter before it.
    const e = LANG_RE.lastIndex;
    let b = e - 1;
    while (b > 0 && isAsciiLetter(sample.charCodeAt(b - 1))) b--;
    let l = e - b < 32 ? LANG_SHAPE[(codeAt(sample, b) | 0x20) * 32 + e - b]! : 3;
    if (l === 3) l = LANG_WORDS.get(lowerSlice(sample, b, e))!;
    if (l === 1) id++;
    else en++;
  }
  return en > id ? 'en' : 'id';
}

// ---------------------------------------------------------------------------------------------
// Numbers

interface Num {
  start: number;
  end: number;
  value: number;
  /** Upper bound of a vague amount. */
  hi?: number;
  spelled: boolean;
  /** Digits as a decimal string before scaling (digit numbers only). */
  mantissa: string | null;
  scale: number;
  /** Integer written as bare digits, no separators, no scale ("2018", "26"). */
  plainInt: boolean;
  /** End of the digits themselves (before any scale word). */
  runEnd: number;
}

/** What a karat's "K" is of: "24K gold", "22K emas". */
const GOLD_AFTER = /[ \u00a0]+(?:gold|emas|white|rose|yellow)(?![\p{L}])/iuy;

/** Scale words and abbreviations after a number: "juta", "ratus ribu", "bn", " M". */
function readScale(text: string, pos: number, g: Grammar, attached: boolean, money: boolean): { end: number; scale: number } {
  let scale = 1;
  let end = pos;
  // Cheap exits: a scale word or abbreviation starts with a letter, glued or after one space.
  const glued = isLetterAt(text, pos);
  if (!glued && !(isInlineSpace(codeAt(text, pos)) && isLetterAt(text, nextNonSpace(text, pos)))) return { end, scale };
  if (attached && glued) {
    // "$163M", "$1.5B": English money abbreviations (without a currency, "3M" is a company).
    const c = codeAt(text, end);
    if (money && g.lang === 'en' && (c === 77 || c === 66) && !isLetterAt(text, end + 1) && !isDigit(codeAt(text, end + 1))) {
      return { end: end + 1, scale: c === 77 ? 1e6 : 1e9 };
    }
    const a = execAt(g.abbrAttached, text, end);
    // "3m shells" is three million, "3m-high wall" three metres.
    // "gerakan 3M Plus" is a campaign: an Indonesian "M" or "T" is miliar or triliun in money only ("Rp 3,5M").
    // ("24K gold": a karat, not thousands.)
    if (a && a[1] === 'K' && !money && execAt(GOLD_AFTER, text, end + 1)) return { end, scale };
    if (a && (money || g.lang !== 'en' || a[1] !== 'm' || !(execAt(DIMENSION_AFTER, text, end + 1) || RACE_BEFORE.test(text.slice(Math.max(0, end - 24), end)) || WITHIN_BEFORE.test(text.slice(Math.max(0, end - 16), end)))) && (money || g.lang !== 'id' || (a[1] !== 'M' && a[1] !== 'T'))) {
      scale *= SCALE_ABBREVIATIONS[g.lang][a[1]!] ?? 1;
      return { end: end + a[0].length, scale };
    }
    // "3juta", "US$61miliar", "Rp1,5triliun": a scale word typed without its space.
    const we = wordEnd(text, end);
    const word = we - end >= 4 ? lowerSlice(text, end, we) : '';
    const whole = word ? g.scales.get(word) : undefined;
    if (whole !== undefined) return { end: we, scale: scale * whole };
  }
  for (let k = 0; k < 3 && !glued; k++) {
    const p = nextNonSpace(text, end);
    const e = mayStartWord(g.scaleShapes, text, p) ? scaleWordEnd(text, end, p, g) : -1;
    // ("₹1.5 cr" is crore after a currency only: "No. 2024 CR 01877" is a case number.)
    if (e >= 0 && !money && e - p === 2 && lowerSlice(text, p, e) === 'cr') break;
    if (e >= 0) {
      scale *= g.scales.get(lowerSlice(text, p, e))!;
      end = e;
      continue;
    }
    const w = e === -2 ? execAt(g.scaleWordAfter, text, end) : null;
    if (w && !money && lower(w[1]!) === 'cr') break;
    if (w) {
      scale *= g.scales.get(lower(w[1]!)) ?? 1;
      end += w[0].length;
      continue;
    }
    if (k === 0) {
      const a = isInlineSpace(codeAt(text, end)) && mayStart(g.abbrSpacedFirst, text, end + 1) ? execAt(g.abbrSpaced, text, end) : null;
      // A spaced "M" or "T" is miliar or triliun only in money ("Rp 3,5 M"); "2025 M" is the Common Era. So is a spaced
      // "mil" or "bil" a scale ("$2.21 mil"): "3 mil plastic" is thousandths of an inch.
      if (a && (money || !SPACED_MONEY_SCALES.has(a[1]!))) {
        scale *= SCALE_ABBREVIATIONS[g.lang][a[1]!] ?? 1;
        end += a[0].length;
      }
    }
    break;
  }
  return { end, scale };
}

/**
 * Where scaleWordAfter's match at `end` ends when the word (at p, after the spaces) is plain ASCII; -1 when it
 * does not match; -2 when only the regex can tell (a non-ASCII character may fold to a letter).
 */
function scaleWordEnd(text: string, end: number, p: number, g: Grammar): number {
  if (p === end) return -1;
  const n = text.length;
  let e = p;
  while (e < n && isAsciiLetter(text.charCodeAt(e))) e++;
  const c = codeAt(text, e);
  if (c >= 128) return -2;
  // A scale word is a whole word: no letter (the run stops at none) and no digit after it.
  if (e === p || isDigit(c)) return -1;
  return g.scales.has(lowerSlice(text, p, e)) ? e : -1;
}

/** End of DIGITS (`\d+(?:[.,]\d+)*`) at pos by char codes, or pos when no digit is there. */
function digitsEnd(text: string, pos: number): number {
  const n = text.length;
  let i = pos;
  while (i < n && isDigit(text.charCodeAt(i))) i++;
  if (i === pos) return pos;
  for (;;) {
    const c = codeAt(text, i);
    if ((c !== 46 && c !== 44) || !isDigit(codeAt(text, i + 1))) return i;
    i += 2;
    while (i < n && isDigit(text.charCodeAt(i))) i++;
  }
}

/** Money whose home writes dots for thousands and a comma for decimals, as English copy often quotes it. */
const DOTTED_MONEY: ReadonlySet<string> = new Set(['IDR', 'CLP', 'COP', 'ARS', 'BRL', 'PYG']);
/**
 * Whose separators a Rupiah amount (or another of DOTTED_MONEY) in English copy uses: groups of three are thousands
 * either way ("Rp 42.000", "Rp 16,400"), else a comma is Indonesian decimals ("Rp1,5 juta") and a dot English ones
 * ("Rp 3.2 quadrillion").
 */
function rupiahFormat(run: string): Lang {
  if (/^\d{1,3}(?:[.,]\d{3})+$/.test(run)) return run.includes('.') ? 'id' : 'en';
  return /,\d{1,2}$/.test(run) ? 'id' : 'en';
}

/** `format`: whose separators the digits use (Rupiah amounts in English copy are written the Indonesian way). */
function readDigitNum(text: string, pos: number, g: Grammar, money: boolean, format: Lang = g.lang): Num | null {
  const e = digitsEnd(text, pos);
  if (e === pos) return null;
  const run = text.slice(pos, e);
  const dec = digitRunToDecimal(run, format);
  if (dec === null || run.length > 24) return null;
  let after = pos + run.length;
  // A number with a fraction after its digits (ending at `runEnd`), and its scale after that.
  const withFraction = (runEnd: number, mantissa: string): Num => {
    const { end, scale } = readScale(text, runEnd, g, true, money);
    return { start: pos, end, value: scaleDecimal(mantissa, scale), spelled: false, mantissa, scale, plainInt: false, runEnd };
  };
  // "8½ minutes", "4½ years": a whole number and a vulgar fraction.
  const frac = dec === run ? VULGAR_FRACTIONS.get(codeAt(text, after)) : undefined;
  if (frac !== undefined) return withFraction(after + 1, String(Math.round((Number(run) + frac) * 1000) / 1000));
  // A slash fraction readFigure let through ("3/4 wilayah", "1/2 kg"), and a whole number before one ("3 1/2 hours").
  const slash = dec === run && run.length <= 2 && codeAt(text, after) === 47 ? execAt(SLASH_FRACTION, text, pos) : null;
  const mixed = !slash && dec === run && isInlineSpace(codeAt(text, after)) && isDigit(codeAt(text, after + 1)) ? execAt(MIXED_FRACTION, text, after) : null;
  const parts = slash ? [0, slash[1], slash[2]] : mixed ? [Number(run), mixed[1], mixed[2]] : null;
  if (parts && Number(parts[1]) < Number(parts[2])) {
    const mantissa = String(Number((Number(parts[0]) + Number(parts[1]) / Number(parts[2])).toPrecision(3)));
    return withFraction(pos + (slash ? slash[0].length : run.length + mixed![0].length), mantissa);
  }
  // ("$5.42-3/4 a bushel", "up 8-1/4 cents": grain and bond quotes add eighths of their last digit's place.)
  const quote = g.lang === 'en' && codeAt(text, after) === 45 ? execAt(QUOTE_FRACTION, text, after) : null;
  if (quote && Number(quote[1]) < Number(quote[2])) {
    const places = dec.includes('.') ? dec.length - dec.indexOf('.') - 1 : 0;
    return withFraction(after + quote[0].length, String(Math.round((Number(dec) + (Number(quote[1]) / Number(quote[2])) * 10 ** -places) * 1e6) / 1e6));
  }
  // ("$500-million", "P1.2-billion", "10-thousand": the scale word joined by a hyphen.)
  const hs = codeAt(text, after) === 45 ? execAt(HYPHEN_SCALE, text, after) : null;
  // ("4,000m" without a currency is a length: a runway "extended to 4,000m", not four billion; "£4,000m" stays money.)
  const metres = !money && g.lang === 'en' && codeAt(text, after) === 109 && !isLetterAt(text, after + 1) && run.includes(',') && dec === run.replace(/,/g, '');
  // ("₹4.2-crore", "a Rs 12-lakh bribe".)
  const { end, scale } = hs ? { end: after + hs[0].length, scale: SCALE_WORDS.en[lower(hs[1]!)]! } : metres ? { end: after, scale: 1 } : readScale(text, after, g, true, money);
  const value = scaleDecimal(dec, scale);
  if (!Number.isFinite(value)) return null;
  return { start: pos, end, value, spelled: false, mantissa: dec, scale, plainInt: scale === 1 && dec === run, runEnd: after };
}

/** A whole number and a quote's fraction before a unit of its move: "up 8-1/4 cents", "rose 1-3/4 points". */
const QUOTED_FRACTION = new RegExp(
  String.raw`\d{1,3}${QUOTE_FRACTION_SOURCE}[ \u00a0]+(?:cents?|points?|inch(?:es)?|feet|miles?|pounds?|percent|(?:hour|day|week|month|year|minute)s?)(?![\p{L}\p{N}])`,
  'uy',
);
function quotedFraction(text: string, pos: number, g: Grammar): boolean {
  return g.lang === 'en' && codeAt(text, pos + 1) !== 47 && !!execAt(QUOTED_FRACTION, text, pos);
}
/** A fraction of two short numbers, "3/4", "11/12"; and one after a whole number and a space, before a word ("3 1/2 hours"). */
const SLASH_FRACTION = /(\d{1,2})\/(\d{1,2})(?![\d/]|[.,]\d)/y;
const MIXED_FRACTION = /[ \u00a0](\d)\/(2|3|4|8)(?![\d/]|[.,]\d)(?=[ \u00a0]+\p{L})/uy;
/** A price right before a slash: "Rp 1.000/", "$2.50/". */
const PRICE_BEFORE_SLASH = new RegExp(String.raw`(?:${COMMON_SIGNS})[ \u00a0]?\d[\d.,]*\/$`);
/** QUOTE_FRACTION_SOURCE alone, after a number's digits. */
const QUOTE_FRACTION = new RegExp(QUOTE_FRACTION_SOURCE, 'y');
const HYPHEN_SCALE = /-(thousand|million|billion|trillion|lakhs?|crores?)(?![\p{L}\p{N}])/iuy;
/** Vulgar fractions by char code: ½ ¼ ¾ ⅓ ⅔ ⅛. */
const VULGAR_FRACTIONS: ReadonlyMap<number, number> = new Map([[0xbd, 0.5], [0xbc, 0.25], [0xbe, 0.75], [0x2153, 1 / 3], [0x2154, 2 / 3], [0x215b, 0.125]]);

/** What readSpelledNum has read so far; one instance, since it never nests (no closure per call). */
const SPELL = {
  total: 0,
  group: 0,
  lastUnit: 0,
  last: 'none' as 'none' | 'unit' | 'small' | 'big' | 'half',
  // English "a"/"an" belongs to the number only before a scale word ("a million", "half a million").
  article: false,
  any: false,
};

/** Adds one word to SPELL; false when it does not continue the number. */
function spellStep(w: string, g: Grammar, en: boolean): boolean {
  const s = SPELL;
  if (en && (w === 'a' || w === 'an')) {
    if (s.article || (s.any && s.last !== 'half')) return false;
    s.article = true;
    return true;
  }
  if (en && w === 'dozen') {
    s.group = (s.group || 1) * 12;
    s.article = false;
    s.last = 'small';
    s.any = true;
    return true;
  }
  const n = g.numberWords.get(w);
  if (n !== undefined && !s.article) {
    if (n === 0.5) {
      if (s.last === 'half' || s.last === 'big') return false;
      s.group += 0.5;
      s.last = 'half';
    } else if (n >= 1000) {
      // sejuta, seribu: a self-scaled word.
      if (s.last === 'unit' || s.last === 'small' || s.last === 'half') return false;
      s.total += n;
      s.last = 'big';
    } else if (n >= 100) {
      if (s.last === 'unit' || s.last === 'half') return false;
      s.group += n;
      s.last = 'small';
    } else {
      const tensThenUnit = en && s.last === 'unit' && s.lastUnit >= 20 && s.lastUnit % 10 === 0 && n < 10;
      if ((s.last === 'unit' && !tensThenUnit) || s.last === 'half') return false;
      s.group += n;
      s.lastUnit = n;
      s.last = 'unit';
    }
    s.any = true;
    return true;
  }
  if (!en && w === TEEN_WORD_ID && s.last === 'unit' && s.lastUnit < 10) {
    s.group += 10;
    s.last = 'small';
    return true;
  }
  const sc = g.scales.get(w);
  if (sc === undefined) return false;
  if (s.article) {
    if (s.group === 0) s.group = 1;
    s.article = false;
  } else if (!s.any) {
    return false;
  }
  if (SMALL_SCALES.has(w)) {
    if (en) s.group = (s.group || 1) * sc;
    else if (s.last === 'unit') s.group += s.lastUnit * (sc - 1);
    else return false;
    s.last = 'small';
  } else {
    s.total += (s.group || 1) * sc;
    s.group = 0;
    s.last = 'big';
  }
  s.any = true;
  return true;
}

/** The word a spelled decimal's point is read as. */
const DECIMAL_WORD: Record<Lang, string> = { id: 'koma', en: 'point' };

/**
 * The digits spelled after a decimal point from `pos` ("sembilan", "dua lima"), added to SPELL's group as the
 * fraction; returns where they end (`pos` when none is there).
 */
function readSpelledDigits(text: string, pos: number, g: Grammar): number {
  let end = pos;
  let scale = 0.1;
  for (let k = 0; k < 6; k++) {
    const p = nextNonSpace(text, end);
    if (p === end) break;
    const we = wordEnd(text, p);
    const d = g.numberWords.get(lowerSlice(text, p, we));
    if (d === undefined || d > 9 || !Number.isInteger(d)) break;
    SPELL.group += d * scale;
    scale /= 10;
    end = we;
  }
  // (Binary fractions: 6.9 read as 6 + 0.9 is 6.9000000000000004.)
  SPELL.group = Math.round(SPELL.group * 1e6) / 1e6;
  return end;
}

/** A spelled number: "dua puluh lima ribu", "satu setengah juta", "twenty-five", "half a million". */
function readSpelledNum(text: string, pos: number, g: Grammar): Num | null {
  const s = SPELL;
  s.total = 0;
  s.group = 0;
  s.lastUnit = 0;
  s.last = 'none';
  s.article = false;
  s.any = false;
  const en = g.lang === 'en';
  let end = pos;
  let cursor = pos;
  for (let k = 0; k < 12; k++) {
    let p = cursor;
    if (k > 0) {
      const q = nextNonSpace(text, p);
      if (q === p) break;
      p = q;
    }
    const we = wordEnd(text, p);
    if (we === p) break;
    const raw = lowerSlice(text, p, we);
    let ok = true;
    // A spelled decimal, as a broadcast reads it: "enam koma sembilan juta", "two point five million".
    // (SPELL.last as spellStep left it: the compiler only sees this loop's own assignments.)
    const last: string = s.last;
    if (raw === DECIMAL_WORD[g.lang] && s.any && (last === 'unit' || last === 'small')) {
      const digitsEnd = readSpelledDigits(text, we, g);
      if (digitsEnd === we) break;
      cursor = end = digitsEnd;
      s.last = 'small';
      continue;
    }
    // "two hundred and fifty", "nine hundred and fifty thousand": British English's "and" after a hundred.
    if (en && raw === 'and' && last === 'small' && s.group >= 100 && s.group % 100 === 0 && !s.article) {
      const q = nextNonSpace(text, we);
      const next = q > we ? g.numberWords.get(lowerSlice(text, q, wordEnd(text, q)).split('-')[0]!) : undefined;
      if (next === undefined || next >= 100 || next < 1) break;
      cursor = we;
      continue;
    }
    if (!en || raw.indexOf('-') < 0) {
      ok = spellStep(raw, g, en);
    } else {
      let at = p;
      for (const w of raw.split('-')) {
        if (!spellStep(w, g, en)) {
          ok = false;
          break;
        }
        at += w.length + 1;
      }
      // "six-month", "three-day", "five-mile": the number ends at the hyphen before its unit; "a seven-storey building",
      // "a two-bedroom flat": before what it counts.
      // ("eight-and-a-half years": readFigure adds the half.)
      if (!ok && at > p && at - 1 < we && (execAt(g.timeUnitAfter, text, at - 1) || execAt(MEASURE_HYPHEN, text, at - 1) || execAt(HYPHEN_COUNTED, text, at - 1) || execAt(AND_A_HALF, text, at - 1))) {
        end = at - 1;
        break;
      }
    }
    if (!ok) break;
    cursor = we;
    if (!s.article) end = cursor;
  }
  let value = s.total + s.group;
  // The rest of a spelled thousand in digits, as KBS writes it: "six-thousand-700".
  const rest = en && codeAt(text, end) === 45 && s.group === 0 && s.total % 1000 === 0 ? execAt(THOUSAND_REST, text, end) : null;
  if (rest && /thousand$/i.test(text.slice(pos, end))) {
    value += Number(rest[1]);
    end += rest[0].length;
  }
  if (!s.any || end === pos || !Number.isFinite(value)) return null;
  if (value === 0 && !/^(?:nol|zero)$/i.test(text.slice(pos, end))) return null;
  return { start: pos, end, value, spelled: true, mantissa: null, scale: 1, plainInt: false, runEnd: end };
}

/** A space and a digit: "Year 9". */
const DIGIT_AFTER_SPACE = /[ \u00a0]+\d/y;

/** Bounds after a number that make it an age: "12 and under", "65 or older". */
const AGE_BOUND_SUFFIX = /^(?:and|or)[ \u00a0]+(?:under|younger|older)$/i;

/** What a spelled number joined by a hyphen counts: "seven-storey", "two-bedroom", "six-seat" (not "two-way", "one-off"). */
const HYPHEN_COUNTED = /-(?:storey|storeys|story|bedroom|bed|room|seat|lane|floor|door|member|zone|nation|country|team|car|carriage|page|episode|part|game|match|test|stage|level|phase|judge|ward)(?![\p{L}-])/iuy;

/** "-700" after a spelled thousand: one to three digits, not the start of a longer number or a word. */
const THOUSAND_REST = /-(\d{1,3})(?![\d\p{L}]|[.,]\d)/uy;

/** "ratusan", "puluhan ribu", "beberapa juta", "hundreds of thousands", "several million". */
function readVague(text: string, pos: number, g: Grammar, word: string): Num | null {
  const base = g.vague.get(word);
  if (!base) return null;
  let end = pos + word.length;
  let scale = 1;
  if (g.lang === 'en') {
    const of = execAt(OF_SCALE, text, end);
    if (of) {
      scale = { thousands: 1e3, millions: 1e6, billions: 1e9 }[lower(of[1]!) as 'thousands'] ?? 1;
      end += of[0].length;
    }
  }
  if (scale === 1) {
    const s = readScale(text, end, g, false, false);
    scale = s.scale;
    end = s.end;
  }
  const few = FEW_WORDS.has(word);
  if ((few || word === 'tens') && scale === 1) return null;
  const lo = base[0] * scale;
  const hi = few ? base[1] * scale : (base[1] + 1) * scale - 1;
  return { start: pos, end, value: lo, hi, spelled: true, mantissa: null, scale, plainInt: false, runEnd: end };
}

function readNum(text: string, pos: number, g: Grammar, money = false, format: Lang = g.lang): Num | null {
  if (isDigit(codeAt(text, pos))) return readDigitNum(text, pos, g, money, format);
  const we = wordEnd(text, pos);
  if (we === pos) return null;
  const w = lowerSlice(text, pos, we);
  if (g.vague.get(w)) return readVague(text, pos, g, w);
  // "tiga puluhan" (thirty-odd: 30..39), "dua ratusan" (200..299).
  if (g.lang === 'id' && isInlineSpace(codeAt(text, we))) {
    const d = g.numberWords.get(w);
    const tens = d !== undefined && d >= 2 && d <= 9 && Number.isInteger(d) ? execAt(SPELLED_TENS_ODD_ID, text, we) : null;
    if (tens) {
      const step = lower(tens[1]!) === 'puluhan' ? 10 : 100;
      const end = we + tens[0].length;
      return { start: pos, end, value: d! * step, hi: (d! + 1) * step - 1, spelled: true, mantissa: null, scale: 1, plainInt: false, runEnd: end };
    }
  }
  return readSpelledNum(text, pos, g);
}
const SPELLED_TENS_ODD_ID = /[ \u00a0]+(puluhan|ratusan)(?![\p{L}])/iuy;

// ---------------------------------------------------------------------------------------------
// Figures

interface Read {
  figure?: Figure;
  /** A second figure read with the first ("8/256 GB": the storage after the memory). */
  then?: Figure;
  next: number;
}

function make(
  text: string, start: number, end: number, value: number, kind: FigureKind, g: Grammar,
  extra: { valueMax?: number; unit?: string; currency?: string; qualifier?: Qualifier } = {},
): Figure {
  // Fields in reading order: where, what number, what it counts, how bounded.
  const f: Figure = { start, end, surface: text.slice(start, end), value } as Figure;
  if (extra.valueMax !== undefined && extra.valueMax !== value) f.valueMax = extra.valueMax;
  f.kind = kind;
  if (extra.unit !== undefined) f.unit = extra.unit;
  if (extra.currency !== undefined) f.currency = extra.currency;
  // "kisaran" is "about" before a number and "the range" before a range: "di kisaran 30 persen", "kisaran 3-4 persen".
  f.qualifier = extra.qualifier === 'approx' && f.valueMax !== undefined && wordBefore(text, start) === 'kisaran' ? 'exact' : (extra.qualifier ?? 'exact');
  f.lang = g.lang;
  return f;
}

/** End of the digit-ish run at pos, used to skip codes and names in one step. */
function skipRun(text: string, pos: number): number {
  let i = pos;
  const n = text.length;
  while (i < n) {
    const c = codeAt(text, i);
    if (isDigit(c) || isLetterAt(text, i)) { i++; continue; }
    if ((c === 46 || c === 44 || c === 45 || c === 47 || c === 95) && i + 1 < n && (isDigit(codeAt(text, i + 1)) || isLetterAt(text, i + 1))) { i++; continue; }
    break;
  }
  return Math.max(i, pos + 1);
}

/**
 * When the number sits inside a URL or an e-mail address ("liputan6.com/2024/...", "a1@b.com"),
 * the end of that token; else 0. Only looked at when the digits are followed by URL punctuation.
 */
function urlAround(text: string, pos: number, glue: string): number {
  let e = pos;
  while (e < text.length && isDigit(text.charCodeAt(e))) e++;
  const c = codeAt(text, e);
  const urlTail = c === 64 || c === 47 || c === 58 || c === 95 || (c === 46 && isLetterAt(text, e + 1));
  if (!urlTail && (glue === '' || !URL_GLUE.test(glue))) return 0;
  let a = pos;
  const lo = Math.max(0, pos - 200);
  while (a > lo && !isSpaceAt(text, a - 1)) a--;
  let b = e;
  const hi = Math.min(text.length, e + 200);
  while (b < hi && !isSpaceAt(text, b)) b++;
  return URLISH.test(text.slice(a, b)) ? b : 0;
}

function isSpaceAt(text: string, i: number): boolean {
  const c = codeAt(text, i);
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x202f || c === 0x2028 || c === 0x2029;
}

function stripOpeners(s: string): string {
  let b = 0;
  while (b < s.length - 1 && isOpener(s.charCodeAt(b))) b++;
  return b > 0 ? s.slice(b) : s;
}

/** "12-Nov-24": a day, a month's three letters (English or Indonesian: MONTHS), a two-digit year. */
const DAY_MON_YY = /(\d{1,2})-([A-Za-z]{3})-(\d{2})(?![\d\p{L}])/uy;

/** A field of BMKG's earthquake bulletin glued before its number: the magnitude and the depth. */
const BULLETIN_FIELD = /(?<![\p{L}])(mag|kedlmn|kedalaman):$/iu;
const BULLETIN_VALUE = /(\d{1,3}(?:\.\d)?)(?:[ \u00a0]*(km|Km|KM))?(?![\d\p{L}])/uy;

/** "Mag:5.2" (a magnitude), "Kedlmn:10 Km" (a depth): BMKG writes decimals with a point in either language. */
function bulletinField(text: string, pos: number, g: Grammar): Read | null {
  const f = BULLETIN_FIELD.exec(text.slice(Math.max(0, pos - 11), pos));
  const v = f ? execAt(BULLETIN_VALUE, text, pos) : null;
  if (!f || !v) return null;
  const end = pos + v[0].length;
  const mag = f[1]!.toLowerCase() === 'mag';
  if (!mag && !v[2]) return null;
  return { figure: make(text, pos, end, Number(v[1]), 'measure', g, { unit: mag ? (g.lang === 'id' ? 'magnitudo' : 'magnitude') : 'km' }), next: end };
}

/** "140/90 mmHg": two readings of two or three digits over a slash before the unit. */
const BLOOD_PRESSURE = /(\d{2,3})\/(\d{2,3})[ \u00a0]?mm[ \u00a0]?Hg(?![\p{L}])/uy;

/**
 * Whether points before the number are a move: after a verb or a noun of change ("melemah", "Penurunan"), with a
 * qualifier between ("kenaikan rata-rata sekitar 0,6 poin"), or a percent's move restated ("fell 1.68 percent, or
 * 122.4 points").
 */
function pointsMove(text: string, back: Back, qualified: boolean): boolean {
  const t = back.low(0) ?? '';
  if (MARKET_MOVES.has(t) || (qualified && (MARKET_MOVES.has(back.low(1) ?? '') || MARKET_MOVES.has(back.low(2) ?? '')))) return true;
  return (t === 'or' || t === 'atau') && PERCENT_BEFORE.test(text.slice(Math.max(0, back.start(0)! - 12), back.start(0)!));
}

/** One or two digits, "." or ")", a space and a capital: a list item's number ("1. Jawa Barat", "2) Prabowo"). */
// ("1. Jawa Barat", "2) Prabowo", and a table row's number before its first cell: "1 | Jawa Barat".)
const LIST_NUMBER = /\d{1,2}(?:[.)][ \u00a0]+\p{Lu}|[ \u00a0]*[|\t])/uy;

/** Whether the number at pos numbers a list item: it opens a line (or the text) and reads like "1. Name". */
function listNumber(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && isInlineSpace(text.charCodeAt(i))) i--;
  return (i < 0 || text.charCodeAt(i) === 10) && execAt(LIST_NUMBER, text, pos) !== null;
}

/** Two capitals opening a line or a cell ("GA"), then one space and a number that ends the line or the cell. */
function cellCode(text: string, pos: number, back: Back): boolean {
  const w = back.raw(0)!;
  if (!CODE_LETTERS.test(w) || codeAt(text, pos - 1) !== 32) return false;
  let i = back.start(0)! - 1;
  while (i >= 0 && isInlineSpace(text.charCodeAt(i))) i--;
  if (i >= 0 && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 124 /* | */) return false;
  return execAt(CELL_END, text, skipRun(text, pos)) !== null;
}
const CODE_LETTERS = /^[A-Z]{2}$/;
/** The end of a line or a table's cell. */
const CELL_END = /[ \u00a0]*(?:$|[|\t\n])/y;

/** A year of a cited work before its page: "2023: ", "2013a:". */
const CITED_YEAR = /(?<![\p{L}\p{N}])(?:19|20)\d\d[a-z]?[ \u00a0]?:[ \u00a0]*$/u;

/** Whether the number after "2023:" is the page of a work cited in brackets: "(BPS, 2023: 27)". */
function citedPage(text: string, pos: number, end: number): boolean {
  // (A page ends the citation or comes before another: ")", ",", ";", "-"; "5 provinsi" counts.)
  const c = codeAt(text, end);
  if (c !== 41 && c !== 44 && c !== 59 && c !== 45 && c !== 0x2013) return false;
  if (!CITED_YEAR.test(text.slice(Math.max(0, pos - 10), pos))) return false;
  const open = text.lastIndexOf('(', pos);
  return open >= 0 && pos - open <= 80 && text.lastIndexOf(')', pos) < open;
}

const DIGITS_ONLY = /^\d+$/;
/** Nothing after a number that it could count: the sentence goes on or ends. */
// ("menghubungi 112 bila terjadi keadaan darurat", "call center Jasa Marga di 14080 yang melayani 24 jam": a word that
// names nothing counted.)
const NO_NOUN_AFTER = /^[ \u00a0]*(?:$|[^\p{L}\p{N} \u00a0]|(?:atau|or|dan|and|bila|jika|kalau|apabila|untuk|yang|di|ke|dari|selama|hingga|sampai|if|when|for|to|from|at|in|on|which|that|during|until)(?![\p{L}]))/iu;
/** A word of calling or writing to someone, before a number it is dialled on. */
const CONTACT_BEFORE = /(?:^|[^\p{L}])(?:hubungi|menghubungi|telepon|menelepon|call|contact|dial|sms|whatsapp)(?![\p{L}])/iu;

/** Emergency numbers, dialled rather than counted, beside a word of calling ("a 911 call", "dialled 999"). */
const EMERGENCY_LINES: ReadonlySet<string> = new Set(['911', '999', '112', '000', '311']);
const DIALLED_BEFORE: ReadonlySet<string> = new Set(['call', 'called', 'calling', 'calls', 'dial', 'dialled', 'dialed', 'dialling', 'dialing', 'phoned', 'rang']);
// ("the county's 911 dispatch center", "a 999 system")
const CALLS_AFTER = /[ \u00a0]+(?:calls?|callers?|dispatch|dispatchers?|operators?|emergency|lines?|cent(?:er|re)s?|system|services?)(?![\p{L}\p{N}])/iuy;
/** Lines a number is dialled on. */
const LINE_WORDS: ReadonlySet<string> = new Set(['hotline', 'helpline', 'telepon', 'telp', 'whatsapp', 'wa']);
/** A line's name after its number: "157 contact centre", "911 hotline". */
// ("the 1784 disaster hotline": a word or two may name it; "1,500 hotline calls" counts calls.)
const LINE_NAMED_AFTER = /[ \u00a0]+(?:\p{Ll}+[ \u00a0]+){0,2}?(?:(?:contact|call)[ \u00a0]+cent(?:re|er)|hotline|helpline)(?![\p{L}])(?![ \u00a0]+(?:staff|staffers|workers|agents|employees|operators|jobs|calls|callers|pegawai|karyawan|petugas|agen)(?![\p{L}]))/iuy;
/** Labels of a number that is dialled, whose later groups go with it ("call 1900 23 23 89"). */
const DIALLED_LABELS: ReadonlySet<string> = new Set([...LINE_WORDS, 'call', 'dial', 'tel', 'sms', 'fax', 'faks', 'freephone']);
/** "its 188 call centre" (not "100 call centre workers"), "119 ekstensi 8": the number names the line. */
const CALL_CENTRE_AFTER = /[ \u00a0]+(?:call[ \u00a0-]?cent(?:er|re)(?![\p{L}])(?![ \u00a0]+(?!(?:or|and|at|on|in|for|atau|dan|di|ke|untuk|yang)(?![\p{L}]))\p{L})|(?:ekstensi|extension|ext\.?)[ \u00a0]*\d)/iuy;

/**
 * A number of three digits or more dialled on a line: "the hotline at 117", "telepon di 112", "its 188 call centre".
 * (A shorter one may be a time: "the hotline at 5 p.m.")
 */
function lineNumber(text: string, pos: number, runEnd: number, back: Back): boolean {
  if (runEnd - pos < 3) return false;
  const t = back.low(0);
  const at = t === 'at' || t === 'on' || t === 'di' || t === 'ke';
  if (at && LINE_WORDS.has(back.low(1) ?? '')) return true;
  // ("the OJK's 157 contact centre, by WhatsApp ...": the line named by its number; "50 call centre staff" counts them.)
  const line = DIGITS_ONLY.test(text.slice(pos, runEnd)) ? execAt(LINE_NAMED_AFTER, text, runEnd) : null;
  if (line) return true;
  // ("call the ministry's hotline, 115.")
  if (t !== undefined && t.endsWith(',') && LINE_WORDS.has(t.slice(0, -1)) && NO_NOUN_AFTER.test(text.slice(runEnd, runEnd + 8))) return true;
  // "menghubungi layanan pengaduan Dukcapil di 1500537": five digits or more without a separator, after a word of
  // calling, are dialled (a count that large is written with its thousands marked).
  if (at && runEnd - pos >= 5 && DIGITS_ONLY.test(text.slice(pos, runEnd)) && NO_NOUN_AFTER.test(text.slice(runEnd, runEnd + 8)) && CONTACT_BEFORE.test(text.slice(Math.max(0, pos - 80), pos))) return true;
  // "jemaah diminta menghubungi 997.": right after a word of calling, a number that counts nothing is dialled
  // ("menghubungi 30 saksi" counts witnesses).
  // ("melalui layanan 112", "the emergency line 112": a service's number.)
  // (Digits only: "biaya layanan 2,5%" is a fee.)
  if (back.glue === '' && (t === 'hubungi' || t === 'menghubungi' || t === 'layanan') && DIGITS_ONLY.test(text.slice(pos, runEnd)) && NO_NOUN_AFTER.test(text.slice(runEnd, runEnd + 8))) return true;
  // "the first 911 call", "called 999": an emergency line, dialled.
  // ("Emergency services can be reached on 112.")
  if (EMERGENCY_LINES.has(text.slice(pos, runEnd)) && (DIALLED_BEFORE.has(t ?? '') || execAt(CALLS_AFTER, text, runEnd) || (t === 'on' && CLAUSE_END_AT.test(charOf(text, runEnd))))) return true;
  // (A "c" or an "e" after one space before the pattern is tried: most numbers have neither.)
  const c = codeAt(text, runEnd + 1) | 32;
  // ("the 24-hour call center": a run with a unit joined to it names no line.)
  return isInlineSpace(codeAt(text, runEnd)) && (c === 99 || c === 101) && execAt(CALL_CENTRE_AFTER, text, runEnd) !== null && DIGITS_ONLY.test(text.slice(pos, runEnd));
}

/** A player's or a car's number, not a rank: "Rose's No. 1 jersey", "the No. 7 shirt", "Norris's No. 4 car". */
const KIT_AFTER = /[ \u00a0]+(?:jerseys?|shirts?|kits?|cars?)(?![\p{L}\p{N}])/iuy;
const WEARS: ReadonlySet<string> = new Set(['wears', 'wore', 'wearing', 'worn', 'wear']);
/** A rank's number after "No.": one or two digits, not part of a code ("No. 1/2023", "No. 12-B"). */
const SEED_AFTER = /(?:[ \u00a0]+|-)(?:seed|seeded|pick|draft[ \u00a0]+pick)(?![\p{L}\p{N}])/iuy;
const RANK_AFTER_NO = /[1-9]\d?(?![\p{L}\p{N}]|[./-]\p{N})/uy;
/**
 * "No." or "number" after a possessive, "world" or a word of ranking: "Asia's No. 1", "world No. 3", "debuted at No.
 * 1", "ranked No. 2".
 */
function rankedNo(back: Back): boolean {
  const t = back.low(0);
  if (t !== 'no.' && t !== 'no' && t !== 'number') return false;
  const w = back.low(1);
  // ("who wears No. 8": a shirt's number.)
  if (w !== undefined && WEARS.has(w)) return false;
  if (w === 'at') return CHART_VERBS_AT.has(back.low(2) ?? ''); // ("host leaders at No. 10": Downing Street)
  return w !== undefined && (RANKED_BEFORE_NO.has(w) || w.endsWith("'s") || w.endsWith('’s'));
}

/** The sides of a contest or a deal, which "kedua" before them counts ("kedua kubu", "kedua belah pihak"). */
const PARTIES_ID: ReadonlySet<string> = new Set(['kubu', 'pasangan', 'paslon', 'pihak', 'belah', 'negara', 'tim', 'calon', 'kandidat', 'sisi', 'partai', 'kesebelasan', 'klub', 'delegasi']);
/** What a rank is within: "terbesar ketiga dunia", "peringkat kedua nasional". */
const RANK_SCOPES_ID: ReadonlySet<string> = new Set(['dunia', 'nasional']);
const SCHOOL_YEAR: ReadonlySet<string> = new Set(['Year', 'Years']);
const SCHOOL_YEAR_LEVEL = /^(?:[1-9]|1[0-3])$/;

/** Labels that a year can name: "edisi 2020", "seri 2024", "edition 2019". */
const YEAR_LABELS: ReadonlySet<string> = new Set(['edisi', 'edition', 'seri', 'series', 'versi', 'version', 'episode']);

/** "Pasal 27", "No. 11", "km 370", "nomor urut 2", "kode pos 12190": the number is a label. */
function isLabel(back: Back): boolean {
  const t = back.low(0);
  if (t === undefined) return false;
  // ("RT 03/RW 11": the second of two address labels.)
  if (t.endsWith('/rw')) return true;
  // "ID: 285217", "No. 11", "nomor: 5"
  const last = t.length > 1 ? t.charCodeAt(t.length - 1) : 0;
  const bare = last === 46 || last === 58 ? t.slice(0, -1) : t;
  const mayT = LABEL_FILTER.may(t);
  // ("Zelensky finally gives a number: 31,000": a number, not a label's.)
  if (last === 58 && bare === 'number' && back.low(1) === 'a') return false;
  if ((mayT && LABELS.has(t)) || (bare !== t && LABEL_FILTER.may(bare) && LABELS.has(bare))) return true;
  if (mayT && LABEL_LAST_WORDS.has(t)) {
    const two = back.phrase(0, 2);
    if (two !== undefined && LABELS.has(two)) return true;
    // ("call or text 988")
    const three = back.phrase(0, 3);
    if (three !== undefined && LABELS.has(three)) return true;
  }
  // "nomor urut 2", "No. perkara 12": a numbering word one token further back.
  const n1 = back.len(1);
  if (n1 === 0 || n1 > NUMBERING_MAX_LEN) return false;
  const f1 = back.lowFirst(1);
  if (f1 >= 0 && NUMBERING_FIRST[f1] !== 1) return false;
  const t1 = back.low(1);
  // "the number in 2017": a function word between them makes no label.
  return t1 !== undefined && NUMBERING.has(t1) && /^\p{L}+$/u.test(t) && !NOT_NOUNS.en.has(t) && !NOT_NOUNS.id.has(t);
}

function monthOf(token: string, g: Grammar): number | undefined {
  const t = token.endsWith('.') ? token.slice(0, -1) : token;
  return g.stopFilter.may(t) ? g.months.get(t) : undefined;
}

/** Words of a span before two months joined by "and" (see monthRangeBefore). */
const SPAN_OF_MONTHS: ReadonlySet<string> = new Set(['selama', 'sepanjang', 'during', 'throughout']);
/**
 * The first month of "Januari-Maret 2024", "Januari - Maret", "Januari hingga Maret" when token 0 is
 * the last month: its number, where it starts, and the token index just before it.
 */
function monthRangeBefore(back: Back, g: Grammar): { month: number; start: number; k0: number } | undefined {
  const t0 = back.low(0)!;
  const dash = t0.search(/[-–—]/);
  if (dash > 0) {
    const m = monthOf(t0.slice(0, dash), g);
    if (m !== undefined) return { month: m, start: back.start(0)! + back.raw(0)!.length - t0.length, k0: 1 };
  }
  const sep = back.low(1);
  const first = back.low(2);
  // ("between September and November 2024", "selama Januari dan Februari 2025": "and" after a word of a span.)
  const spanAnd = (sep === 'and' || sep === 'dan') && (g.betweenWords.includes(back.low(3) ?? '') || SPAN_OF_MONTHS.has(back.low(3) ?? ''));
  if (sep !== undefined && first !== undefined && (RANGE_WORDS[g.lang].includes(sep) || spanAnd)) {
    const m = monthOf(first, g);
    if (m !== undefined) return { month: m, start: back.start(2)! + back.raw(2)!.length - first.length, k0: 3 };
  }
  if (sep !== undefined && /[-–—]$/.test(sep)) {
    const m = monthOf(sep.slice(0, -1), g);
    if (m !== undefined) return { month: m, start: back.start(1)! + back.raw(1)!.length - sep.length, k0: 2 };
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Looking back: the few tokens before a number, read once per number by char codes.

export function isInlineSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x202f;
}
const OPENERS = '([{"\'“‘«';
/** A character of OPENERS, by code. */
function isOpener(c: number): boolean {
  return c === 40 || c === 91 || c === 123 || c === 34 || c === 39 || c === 0x201c || c === 0x2018 || c === 0xab;
}

/**
 * The text right before a number: `glue` is what sticks to it ("Rp", "US$", "±", "("), `raw[k]`/`low[k]`
 * the whitespace-separated tokens before that on the same line, nearest first (low: lowercase, leading
 * brackets and quotes removed), `starts[k]` where each raw token starts.
 */
class Back {
  // One reader serves every number (see `at`): the arrays keep their slots, `count` says how many are valid.
  private readonly rawT: (string | undefined)[] = [];
  private readonly endT: number[] = [];
  private readonly lowT: (string | undefined)[] = [];
  private readonly startT: number[] = [];
  private count = 0;
  private text = '';
  private lo = 0;
  glue = '';
  glueStart = 0;
  private scan = 0;
  private done = false;
  /** `lo` is where the previous figure ends. */
  private loIsFigure = false;

  /** Points the reader at the number at `pos`, reading back no further than `lo` (the previous figure's end if `figure`). */
  at(text: string, pos: number, lo: number, figure = false): this {
    this.text = text;
    this.lo = lo;
    this.loIsFigure = figure;
    this.count = 0;
    this.done = false;
    let i = pos;
    while (i > lo && !isSpaceOrBreak(text.charCodeAt(i - 1))) i--;
    this.glueStart = i;
    this.glue = i === pos ? '' : text.slice(i, pos);
    this.scan = i;
    return this;
  }

  /** Reads tokens up to index k, lazily: most numbers need one token or none. */
  private fill(k: number): boolean {
    const { text, lo } = this;
    while (this.count <= k && !this.done) {
      const i = this.scan;
      let e = i;
      while (e > lo && isInlineSpace(text.charCodeAt(e - 1))) e--;
      // No space before the token: the window's bound or a line break.
      if (e === i || e <= lo || isLineBreak(codeAt(text, e - 1))) {
        this.done = true;
        break;
      }
      let a = e;
      while (a > lo && !isSpaceOrBreak(text.charCodeAt(a - 1))) a--;
      const n = this.count++;
      this.rawT[n] = undefined;
      this.endT[n] = e;
      this.lowT[n] = undefined;
      this.startT[n] = a;
      this.scan = a;
    }
    return k < this.count;
  }

  /** Whether token k is missing only because the previous figure ends before it, with a space between ("800 Boeing"). */
  afterFigure(k: number): boolean {
    if (this.fill(k) || !this.loIsFigure) return false;
    let e = this.scan;
    while (e > this.lo && isInlineSpace(this.text.charCodeAt(e - 1))) e--;
    return e === this.lo && e < this.scan;
  }

  raw(k: number): string | undefined {
    if (!this.fill(k)) return undefined;
    let r = this.rawT[k];
    if (r === undefined) {
      r = this.text.slice(this.startT[k], this.endT[k]);
      this.rawT[k] = r;
    }
    return r;
  }

  /** Length of token k (0 when there is none), without reading it. */
  len(k: number): number {
    return this.fill(k) ? this.endT[k]! - this.startT[k]! : 0;
  }

  /** Token k in lowercase without leading brackets or quotes. */
  low(k: number): string | undefined {
    if (!this.fill(k)) return undefined;
    let l = this.lowT[k];
    if (l === undefined) {
      // stripOpeners(raw(k)).toLowerCase(), without the intermediate strings.
      let a = this.startT[k]!;
      const e = this.endT[k]!;
      while (a < e - 1 && isOpener(this.text.charCodeAt(a))) a++;
      l = lowerSlice(this.text, a, e);
      this.lowT[k] = l;
    }
    return l;
  }

  /** The first character of low(k) when it is ASCII (without building low(k)), else -1. */
  lowFirst(k: number): number {
    if (!this.fill(k)) return -1;
    let a = this.startT[k]!;
    const e = this.endT[k]!;
    while (a < e - 1 && isOpener(this.text.charCodeAt(a))) a++;
    const c = this.text.charCodeAt(a);
    return c >= 128 ? -1 : c >= 65 && c <= 90 ? c + 32 : c;
  }

  start(k: number): number | undefined {
    return this.fill(k) ? this.startT[k] : undefined;
  }

  /** Tokens k0+n-1 … k0 joined by single spaces (reading order), or undefined. */
  phrase(k0: number, n: number): string | undefined {
    if (!this.fill(k0 + n - 1)) return undefined;
    let s = this.low(k0)!;
    for (let k = k0 + 1; k < k0 + n; k++) s = `${this.low(k)!} ${s}`;
    return s;
  }

  /** The longest phrase of `table` that ends at token k0. */
  lookup<T>(table: PhraseTable<T>, k0: number): T | undefined {
    const last = this.low(k0);
    if (last === undefined || !table.lastFilter.may(last)) return undefined;
    const cands = table.byLast.get(last);
    if (cands === undefined) return undefined;
    for (const c of cands) {
      let ok = true;
      for (let i = 1; i < c.words.length && ok; i++) ok = this.low(k0 + i) === c.words[c.words.length - 1 - i];
      if (ok) return c.value;
    }
    return undefined;
  }
}

/** readAt never nests, so one reader is enough. */
const BACK = new Back();

function isLineBreak(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}
/** isInlineSpace(c) || isLineBreak(c), in one test for the backward token loops. */
function isSpaceOrBreak(c: number): boolean {
  return c <= 32 ? c === 32 || c === 9 || c === 10 || c === 13 : c === 0xa0 || c === 0x202f || c === 0x2028 || c === 0x2029;
}

/** The qualifier written before token k0 (or glued to the number as "±"). */
function qualifierOf(back: Back, k0: number, g: Grammar, glue = back.glue): Qualifier | undefined {
  if (k0 === 0 && glue.length === 1) {
    // "~500", "≈500", ">3 hari", "<Rp 4 juta", "≥ 17 thn": a sign glued before the number bounds it.
    const signed = SIGNS.get(glue);
    if (signed) return signed;
  }
  // ("P<0.001", "(p<.05)": a statistic's letter before its sign.)
  const pSign = k0 === 0 ? pSignGlued(glue) : undefined;
  if (pSign !== undefined) {
    const signed = SIGNS.get(pSign);
    if (signed) return signed;
  }
  if (k0 === 0 && glue !== '' && !OPENERS.includes(glue)) return undefined;
  // ("paling sedikit selama tiga tahun", "minimal selama 5 tahun": the bound before "selama".)
  if (g.lang === 'id' && back.low(k0) === 'selama' && back.lookup(g.qualPrefixes, k0) === undefined) k0++;
  const q = back.lookup(g.qualPrefixes, k0);
  // "amplitudo maksimum 22 mm", "tekanan udara minimum 1.004 hPa": after a noun, "maksimum"/"minimum" name the
  // measure (the maximum is 22 mm), where "maksimal"/"minimal" bound it.
  if (q !== undefined && g.lang === 'id' && ADJECTIVE_BOUNDS_ID.has(back.low(k0) ?? '')) {
    const noun = back.low(k0 + 1);
    if (noun !== undefined && back.raw(k0 + 1) === noun && !g.notNouns.has(noun) && !SENTENCE_END.test(noun) && !looksLikeVerbId(noun)) return undefined;
  }
  // "growth will pick up to 5.1%": a phrasal verb, not a bound.
  if (q === 'at_most' && g.lang === 'en' && back.low(k0) === 'to' && back.low(k0 + 1) === 'up' && PHRASAL_UP.has(back.low(k0 + 2) ?? '')) return undefined;
  return q;
}

/** The word after a count of how often something happened. */
const TIMES: Record<Lang, string> = { id: 'kali', en: 'times' };

/** The counted noun after a number, lowercase, if the next word can be one. */
function nounAfter(text: string, pos: number, g: Grammar, singular = false): { unit: string; end: number } | null {
  const p = nextNonSpace(text, pos);
  const we = p > pos && isLetterAt(text, p) ? wordEnd(text, p) : p;
  // "ditusuk 17 kali", "stabbed 17 times": how often, counted in times (a multiplier, "3 kali lipat", "8.6 times as
  // massive", is read before a noun is sought).
  const times = TIMES[g.lang];
  if (we - p === times.length && lowerSlice(text, p, we) === times) return { unit: times, end: we };
  if (g.lang === 'en') return nounPhraseHeadEn(text, pos, g, singular);
  if (we === p) return null;
  const w = lowerSlice(text, p, we);
  if (w.length < 2 || w.length > MAX_UNIT) return null;
  if (g.stopFilter.may(w)) {
    if (g.notNouns.has(w) || g.months.get(w) !== undefined) return null;
    // ("3 lusin kaos": dozens counted, as traders count them.)
    if ((g.numberWords.get(w) !== undefined && w !== 'lusin') || g.scales.get(w) !== undefined || g.vague.get(w) !== undefined) return null;
  }
  // ("213.320 dialokasikan untuk", "menyatakan"): a verb with -kan counts nothing.
  if (g.lang === 'id' && w.length >= 7 && w.endsWith('kan') && looksLikeVerbId(w)) return null;
  // ("tertinggi ketiga se-Jawa Barat": "se-" makes a place a scope, not a noun counted.)
  if (g.lang === 'id' && w.startsWith('se-')) return null;
  // "14,6 juta tahun sebelumnya", "2.500 bulan ini": the time of the number, not what it counts.
  if (g.timeUnits.has(w) && (execAt(THIS_TIME_AFTER, text, we) || execAt(TIME_DEIXIS_ID, text, we))) return null;
  let end = we;
  let unit = w;
  // "kabupaten/kota"
  if (codeAt(text, end) === 47 && isLetterAt(text, end + 1)) {
    const e2 = wordEnd(text, end + 1);
    if (e2 > end + 1 && w.length + (e2 - end - 1) < MAX_UNIT) {
      unit = `${w}/${lowerSlice(text, end + 1, e2)}`;
      end = e2;
      return { unit, end };
    }
  }
  if (g.lang === 'id') {
    if (CLASSIFIER_FILTER.may(w) && CLASSIFIERS_ID.has(w)) {
      // "9 juta butir amunisi" counts ammunition.
      const inner = nounAfter(text, end, g);
      if (inner) return inner;
    }
    // "ketiga anaknya": the noun without its possessive ("baginya", "untuknya": no noun at all).
    unit = withoutNya(unit);
    if (unit !== w && g.notNouns.has(unit)) return null;
  }
  return { unit, end };
}

/** A model's code or number inside a noun phrase, then a space and a lowercase word ("H800 chips", "5 units"). */
const MODEL_CODE = /\p{Lu}{1,3}\d{1,5}\p{L}{0,3}(?=[ \u00a0]+\p{Ll})/uy;
const MODEL_NUMBER = /\d{1,4}(?=[ \u00a0]+\p{Ll})/uy;
const isDoubleQuote = (c: number): boolean => c === 34 || c === 0x201c || c === 0x201d;

/**
 * The head of the English noun phrase after a number: "50 North Korean missiles struck" → missiles,
 * "6,700 containers loaded with" → containers, "115 injured" → none, "11-nation team" → nation.
 */
function nounPhraseHeadEn(text: string, pos: number, g: Grammar, singular: boolean): { unit: string; end: number } | null {
  if (codeAt(text, pos) === 45 && isLetterAt(text, pos + 1)) {
    const w = lowerSlice(text, pos + 1, wordEnd(text, pos + 1)).split('-')[0]!;
    // ("the 12,000-strong crowd", "40-odd people": what is counted follows the adjective.)
    if (w === 'strong' || w === 'odd') return nounPhraseHeadEn(text, pos + 1 + w.length, g, singular);
    if (w.length > MAX_UNIT || g.notNouns.has(w) || g.timeUnits.has(w)) return null;
    return { unit: w, end: pos + 1 + w.length };
  }
  let p = pos;
  let head: { unit: string; end: number } | null = null;
  let first: { unit: string; end: number } | null = null;
  let skipped = -1;
  for (let k = 0; k < 5; k++) {
    // ('204 "nationally significant" incidents': quotes around a modifier.)
    if (k > 0 && isDoubleQuote(codeAt(text, p))) p++;
    let at = nextNonSpace(text, p);
    if (at === p) break;
    if (isDoubleQuote(codeAt(text, at)) && isLetterAt(text, at + 1)) at++;
    if (isDigit(codeAt(text, at))) {
      // "3 million 152 mm artillery shells": a measure inside the phrase, the head comes after it.
      const d = execAt(DIGITS, text, at);
      const mu = d ? execAt(MEASURE_AFTER, text, at + d[0].length) : null;
      // ("14 million PlayStation 5 units", "3 Boeing 737 jets": a model's number after its name.)
      const model = !mu && first !== null && head === null && isUpperCode(codeAt(text, first.end - first.unit.length)) ? execAt(MODEL_NUMBER, text, at) : null;
      if (model) {
        p = at + model[0].length;
        continue;
      }
      if (!d || !mu) break;
      if (skipped < 0) skipped = at;
      p = at + d[0].length + mu[0].length;
      continue;
    }
    const we = wordEnd(text, at);
    if (we === at) break;
    // ("2,000 Nvidia H800 chips": a model's code, capitals glued to digits, before the noun.)
    if (isUpperCode(codeAt(text, at)) && isDigit(codeAt(text, we))) {
      const code = execAt(MODEL_CODE, text, at);
      if (code) {
        p = at + code[0].length;
        continue;
      }
    }
    const w = lowerSlice(text, at, we);
    if (k === 0 && PHRASE_OPENERS_EN.has(w)) {
      p = we;
      continue;
    }
    if (w.length < 2 || w.length > MAX_UNIT) break;
    if (g.stopFilter.may(w) && (g.notNouns.has(w) || g.months.get(w) !== undefined || g.numberWords.get(w) !== undefined)) break;
    if ((verbOrAdverbEnding(w) || (!first && w.length > 4 && w.endsWith('est'))) && !IRREGULAR_PLURALS_EN.has(w) && w !== 'building' && w !== 'bed') {
      // "11 automated stores", "40 wounded soldiers": a participle before the noun; "115 injured were" has none.
      if (first) break;
      p = we;
      continue;
    }
    // "300 such Prime promotions Whole Foods plans": a capitalised word after the head starts a name.
    if (head && isUpperCode(codeAt(text, at))) break;
    // "13,700 Covid-19 cases": a name with its number before the noun.
    if (codeAt(text, we) === 45 && isDigit(codeAt(text, we + 1))) {
      let e = we + 1;
      while (isDigit(codeAt(text, e))) e++;
      if (!isLetterAt(text, e) && isInlineSpace(codeAt(text, e))) {
        first ??= { unit: w, end: e };
        p = e;
        continue;
      }
    }
    const end = we;
    const cand = { unit: w, end };
    if (!first) first = cand;
    if (IRREGULAR_PLURALS_EN.has(w) || (pluralS(w, true) && w.length > 3) || w.endsWith('ies')) head = cand;
    p = end;
  }
  // After "one" the noun is singular and comes first ("one bronze"); "the middle one shows" has none.
  if (singular) return first && !pluralS(first.unit, false) ? first : null;
  const found = head ?? first;
  // The skipped measure is a figure of its own: resume scanning there.
  return found && skipped >= 0 ? { unit: found.unit, end: skipped } : found;
}


/** An English word ending in -ed, -ing or -ly; the last letter decides first (most words end otherwise). */
export function verbOrAdverbEnding(w: string): boolean {
  const c = w.charCodeAt(w.length - 1);
  if (c === 100) return w.endsWith('ed');
  if (c === 103) return w.endsWith('ing');
  return c === 121 && w.endsWith('ly');
}

/** Indonesian verbs by their prefixes ("tercatat", "disahkan", "mewajibkan", "bersama"). */
function looksLikeVerbId(w: string): boolean {
  return w.length >= 6 && (w.startsWith('me') || w.startsWith('di') || w.startsWith('ter') || w.startsWith('ber'));
}

/** /[^si]s$/ (or /[^siu]s$/ with `notU`) by char codes: a word ending in a plural s. */
function pluralS(w: string, notU: boolean): boolean {
  const n = w.length;
  if (n < 2 || w.charCodeAt(n - 1) !== 115) return false;
  const c = w.charCodeAt(n - 2);
  // ("crisis", "basis", "analysis": singular.)
  return c !== 115 && c !== 105 && !(notU && c === 117);
}

/** Four plain digits between 1800 and 2100. */
function looksLikeYear(n: Num): boolean {
  return n.plainInt && n.runEnd - n.start === 4 && n.value >= 1800 && n.value <= 2100;
}

/** A possessive word: "Indonesia's", "Asia’s", "farmers'". */
const POSSESSIVE_END = /['’]s?$/;

/**
 * "was first reported", "first became public": "first" before a verb in the past, with no determiner before it
 * ("the first reported case" ranks).
 */
function firstAsAdverb(text: string, end: number, w: string, back: Back): boolean {
  if (w !== 'first' || DETERMINERS_EN.has(back.low(0) ?? '') || back.low(0) === 'a') return false;
  // ("Indonesia's first high-speed railway": a possessive ranks it, and a compound adjective is no verb.)
  if (POSSESSIVE_END.test(back.raw(0) ?? '')) return false;
  const p = nextNonSpace(text, end);
  if (p === end) return false;
  const next = lowerSlice(text, p, wordEnd(text, p));
  return (next.length > 3 && next.endsWith('ed') && !next.includes('-')) || PAST_VERBS_EN.has(next);
}

/**
 * "gempa M5,6", "quake of M 7.1", "the M5.6 earthquake": a number with one decimal after an M (glued or not),
 * with a word for an earthquake before the M or right after the number.
 */
function magnitudeAt(text: string, pos: number, back: Back): boolean {
  const m = execAt(MAGNITUDE, text, pos);
  if (!m) return false;
  if (execAt(QUAKE_AFTER, text, pos + m[0].length)) return true;
  const glued = back.glue === 'M';
  for (let k = glued ? 0 : 1; k < (glued ? 3 : 4); k++) if (QUAKE_WORDS.has(back.low(k) ?? '')) return true;
  return false;
}
const MAGNITUDE = /\d[.,]\d(?![\d.,]\d|\d)/y;
/** What a magnitude before it measures ("a 6.4 quake"). */
const QUAKE_NOUNS: ReadonlySet<string> = new Set(['quake', 'earthquake', 'tremor', 'aftershock', 'temblor', 'quakes', 'earthquakes', 'tremors', 'aftershocks']);
/** Words before an amount of money ("worth 30m"). */
const MONEY_VERBS_EN: ReadonlySet<string> = new Set(['worth', 'cost', 'costs', 'costing', 'raised', 'raise', 'budget', 'paid', 'pay', 'spent', 'spend', 'fined', 'earned', 'earns', 'revenue', 'profit', 'funding']);
/** Words of heights and depths around a number in "m" ("waves of up to 30m"): metres, not millions. */
// (Field events: "won the high jump with 2.01m", "cleared 6.15m", "threw 90.2m".)
const METRE_CONTEXT = /\b(?:metres?|meters?|waves?|tsunami|deep|depth|height|tall|ft|feet|jump|vault|cleared|javelin|discus|hammer|shot put|threw|throw)\b/i;
const QUAKE_AFTER = /[ \u00a0]+(?:earthquake|quake|tremor)(?![\p{L}\p{N}])/iuy;

/** Whether a unit of measure or a percent follows the digits at pos ("100 meter", "73 kg", "tarif tol 20 persen"). */
/** After a label's number, the end of the next one it lists ("kelas 5 dan 6", "Pasal 27 and 28"), else `end`. */
function labelsEnd(text: string, end: number, g: Grammar, long = false): number {
  // ("lots 24171 and 24172", "tipe 4680 dan 21700": after a long label, the next of its length.)
  const next = (at: number) => execAt(LABEL_AND, text, at) ?? (long ? execAt(LONG_LABEL_AND, text, at) : null);
  for (let more = next(end); more; more = next(end)) {
    // (After a bare comma, only a list that goes on: "Pasal 27, 28 dan 29", not "kelas 5, 30 siswa".)
    if (more[1]?.startsWith(',') && !more[1].trim().slice(1) && !next(end + more[0].length)) break;
    // (Nor a number that counts a noun after it: "nomor 5 dan 30 orang".)
    if (countedNounAt(text, end + more[0].length, g)) break;
    end += more[0].length;
  }
  return end;
}

/** A lowercase word after `pos` that is no function word or label: what a number there counts ("30 orang"). */
function countedNounAt(text: string, pos: number, g: Grammar): boolean {
  const p = nextNonSpace(text, pos);
  if (p === pos || !LOWER.test(charOf(text, p))) return false;
  const w = lowerSlice(text, p, wordEnd(text, p));
  // ("unit 9 dan 10 berkapasitas 2.000 MW": a verb counts nothing.)
  return w.length > 1 && !NOT_NOUNS.id.has(w) && !NOT_NOUNS.en.has(w) && !LABELS.has(w) && !(g.lang === 'id' && looksLikeVerbId(w));
}

function measureAfterRun(text: string, pos: number, g: Grammar): boolean {
  const e = skipRun(text, pos);
  // (Not a one-letter unit: "km 370 A", "Ruang 3 C" are labels.)
  const m = measureAt(text, e);
  // ("edisi 27 November 2026": a day and its month are a date.)
  // ("kapasitas terminal 5,6 juta penumpang": a scale word makes it an amount, too; "paket 10-14 hari" a unit of time,
  // where no year follows it: "UU No. 11 Tahun 2008" stays a label.)
  // ("Putusan PK Nomor 275 PK/Pid.Sus/2025": a code's part after the number, not horsepower.)
  if (m !== null && m[1]!.length > 1 && codeAt(text, e + m[0].length) === 47 && isLetterAt(text, e + m[0].length + 1)) return false;
  if ((m !== null && m[1]!.length > 1) || !!percentAfter(g, text, e) || (e - pos <= 2 && !!execAt(g.monthAfter, text, e))) return true;
  if (!isInlineSpace(codeAt(text, e))) return false;
  const tu = execAt(g.timeUnitAfter, text, e);
  return (tu !== null && !YEAR_NEXT.test(text.slice(e + tu[0].length, e + tu[0].length + 6))) || readScale(text, e, g, false, false).scale > 1;
}
/** A year right after: "Tahun 2008". */
const YEAR_NEXT = /^[ \u00a0]*\d{4}(?!\d)/;

/**
 * A range whose two ends both carry the unit ("5.25%-5.50%", "1 bulan hingga 6 bulan", "20 km hingga 30 km", after
 * "between" "2.6C and 3.1C"): the second end, when its unit reads the same and its value is larger.
 */
function unitRangeAt(
  text: string, end: number, g: Grammar, unitAt: (text: string, i: number) => RegExpExecArray | null, unit: string, value: number, between: boolean,
  /** After a word of change and "from" in English: "to" joins a change's two ends, a dash still a range. */
  changeFrom: boolean,
  /** After a verb of change ("fell 64 basis points to 583 basis points"): a second end five times larger is a level. */
  moved = false,
): { n2: Num; valueMax: number; end: number } | null {
  const sep = (between ? execAt(g.rangeAnd, text, end) : null) ?? (mayFollow(text, end, g.rangeFirst) ? execAt(g.rangeSep, text, end) : null);
  if (sep && changeFrom && !DASH.test(sep[0])) return null;
  const cand = sep && isDigit(codeAt(text, end + sep[0].length)) ? readNum(text, end + sep[0].length, g) : null;
  const u2 = cand ? unitAt(text, cand.end) : null;
  if (!cand || !u2 || norm(u2[1]!) !== unit || !(cand.value > value) || (moved && value > 0 && cand.value > 5 * value)) return null;
  return { n2: cand, valueMax: cand.value, end: cand.end + u2[0].length };
}

/** A slash fraction, not a date: a word before or after it says so. */
function fractionAround(text: string, end: number, back: Back): boolean {
  return (back.glue === '' && FRACTION_BEFORE.has(back.low(0) ?? '')) || !!execAt(FRACTION_AFTER, text, end);
}
/** A slash fraction at `pos` ("3/4 wilayah", "1/2 kg", "11/12 dari harga jual"), which readDigitNum reads. */
function slashFraction(text: string, pos: number, back: Back): boolean {
  const f = execAt(SLASH_FRACTION, text, pos);
  return !!f && Number(f[1]) < Number(f[2]) && fractionAround(text, pos + f[0].length, back);
}

/** Words of speech before a name in Indonesian copy, after which ", 52," is the speaker's age ("kata Darsono, 52, petani"). */
const SAID_BEFORE_ID: ReadonlySet<string> = new Set(SPEECH_WORDS_ID);
/** Who a person is, right after ", 42," in Indonesian copy: "Siti Aminah, 42, penjual keripik". */
// (Or a verb of what the person says or does: "Arif Budiman, 34, mengaku", "Rizal Pahlevi, 62, menilai", "Budi, 45, yang".)
const PERSON_APPOSITIVE_ID = /^,[ \u00a0]+(?:(?:mengaku|mengakui|menilai|mengatakan|menyatakan|menyambut|menuturkan|menjelaskan|mengungkapkan|menyebut|mengeluh|mengeluhkan|menambahkan|menegaskan|menceritakan|meminta|berharap|bercerita|berkata|mengalami|terpaksa|tewas|meninggal|ditangkap|diamankan)(?![\p{L}])|yang|penjual|pedagang|petani|warga|pengemudi|sopir|ibu|bapak|guru|buruh|karyawan|karyawati|pegawai|nelayan|mahasiswa|mahasiswi|pelajar|siswa|pemilik|pengusaha|ketua|kepala|korban|tersangka|terdakwa|pelaku|pensiunan|peternak|perajin|pekerja|wiraswasta|pengrajin|ojol|kurir|asal|penduduk)(?![\p{L}])/u;

/** Words between the comma and an age after a name: "Cruz, now 71,", "Littler, just 17,". */
const AGE_ASIDE_WORDS: ReadonlySet<string> = new Set(['now', 'then', 'just', 'only']);

/**
 * "Parata, 75,": the number stands between commas right after a capitalised word that is no month (English news
 * style), or after a noun for a person ("the driver, 45,"); in Indonesian copy only after a word of speech or before
 * who the person is (`appositiveAfter`, PERSON_APPOSITIVE_ID); "Ahmad (35)": in brackets right after a name (Indonesian
 * news style, and English too).
 */
function ageAfterName(back: Back, g: Grammar, after: number, appositiveAfter = false): boolean {
  let name: string | undefined;
  if (after === 41 && back.glue === '(') {
    name = back.raw(0);
  } else if ((after === 44 || after === 46) && back.glue === '' && (g.lang === 'en' || (after === 44 && (SAID_BEFORE_ID.has(back.low(1) ?? '') || back.low(1) === 'berinisial' || appositiveAfter)))) {
    // ("Cruz, now 71,", "The inmate, then 29,", "Luke Littler, just 17,": the same with "now", "then", "just" or "only".)
    const w = AGE_ASIDE_WORDS.has(back.raw(0) ?? '') ? back.raw(1) : back.raw(0);
    if (w !== undefined && w.charCodeAt(w.length - 1) === 44) name = w.slice(0, -1);
  }
  if (name === undefined) return false;
  if (after !== 41 && PERSON_NOUNS_EN.has(name)) return true;
  if (!PERSON_NAME.test(name)) return false;
  // A single initial only where the words before say it names a person: "Korban, F (16)", "pelaku R (25)".
  if (name.length < 2) {
    const before = back.raw(1);
    if (g.lang !== 'id' || before === undefined || !(before.endsWith(',') || PERSON_INITIAL_BEFORE.has(before.toLowerCase()))) return false;
  }
  const low = name.toLowerCase().replace(/\.$/, '');
  // ("AS (36) dan NR (31)": the second of two people's initials, whatever the letters spell.)
  if (after === 41 && secondInitials(back)) return true;
  return g.months.get(low) === undefined && !NOT_NAMES.has(low) && !LABELS.has(low);
}
const INITIALS = /^\p{Lu}{1,3}$/u;

/** Initials after "dan"/"and" that follows a bracketed age: "AS (36) dan NR (" before the number. */
function secondInitials(back: Back): boolean {
  return INITIALS.test(back.raw(0) ?? '') && (back.raw(1) === 'dan' || back.raw(1) === 'and') && (back.raw(2) ?? '').endsWith(')');
}


/** Whether the words before "50s" make it a decade of age: "their 50s", "her mid-40s", "their late 30s", "50s and 60s". */
function decadeOfAge(text: string, pos: number, back: Back): 'rough' | 'exact' | null {
  if (back.glue === 'mid-') return AGE_OWNERS_EN.has(back.low(0) ?? '') ? 'rough' : null;
  if (back.glue !== '') return null;
  const w0 = back.low(0) ?? '';
  if (ROUGH_PERIODS.has(w0)) return AGE_OWNERS_EN.has(back.low(1) ?? '') ? 'rough' : null;
  if (AGE_OWNERS_EN.has(w0)) return 'exact';
  // (The second of two: "in their 50s and 60s".)
  return (w0 === 'and' || w0 === 'or' || w0 === 'to') && back.afterFigure(1) && SECOND_DECADE.test(text.slice(Math.max(0, pos - 40), pos)) ? 'exact' : null;
}
const SECOND_DECADE = /(?:^|[^\p{L}])(?:their|his|her|my|your|our)[ \u00a0]+(?:(?:early|late)[ \u00a0]+|mid-)?\d0s[ \u00a0]+(?:and|or|to)[ \u00a0]+$/iu;

/** A bound before "the age of": "under the age of five". */
const AGE_BOUNDS_EN: Readonly<Record<string, Qualifier>> = { under: 'less_than', below: 'less_than', over: 'more_than', above: 'more_than' };

/** The words before a number make it an age (see readFigure): "older than", "at age", "the age of", "children under". */
function ageBeforeEn(back: Back): boolean {
  const w0 = back.low(0);
  if (w0 === 'than') return back.low(1) === 'older' || back.low(1) === 'younger';
  // ("at age 2", "by age 75", "from age 12")
  if (w0 === 'age') return AGE_FROM_EN.has(back.low(1) ?? '');
  if (w0 === 'of') return back.low(1) === 'age' && back.low(2) === 'the';
  if (w0 === 'under' || w0 === 'over') return AGED_GROUPS_EN.has(back.low(1) ?? '');
  return false;
}
/** An age named a few words before the number, then a word that gives it its value ("age will rise from", "age from 68 to"). */
const AGE_OF_BEFORE = /\bage(?:[ \u00a0]+[\p{Ll}-]+){0,4}[ \u00a0]+(?:from|to|at|of|is|was|be|reach|reaches|hits?)[ \u00a0]+(?:\d{1,3}[ \u00a0]+to[ \u00a0]+)?$/iu;
/** A market index's level as wires print it: thousands and one or two decimals ("3,770.23", "104.28", "8,296.2"). */
const INDEX_LEVEL = /^\d{1,3}(?:,\d{3})*\.\d{1,2}$/;
/** Names of market indices and the words that call one so (acronyms by their case: "SET", not "set"). */
const INDEX_WORDS_EN = /(?<![\p{L}])(?:[Ii]ndex|[Ii]ndices|Average|share average|stock average|Composite|Kospi|KOSPI|Kosdaq|KOSDAQ|Nikkei|Topix|TOPIX|Sensex|Nifty|KLCI|PSEi|STI|JCI|IHSG|Hang Seng|FTSE|DAX|CAC|S&P|Dow|Nasdaq|STOXX|Stoxx|ASX|NZX|All Ordinaries|SET|TAIEX|Taiex)(?![\p{L}])/u;

/** What may follow a number that counts nothing (an age, an index's level): a function word or the clause's end. */
const NOTHING_COUNTED_AFTER: Record<Lang, RegExp> = {
  id: /^(?:[ \u00a0]+(?:pada|dan|atau|di|ke|dari|hingga|sampai|sebelum|setelah|dengan|menjelang|saat|usai|sore|siang|pagi)(?![\p{L}])|[ \u00a0]*(?:[,.;:)]|$))/iu,
  en: /^(?:[ \u00a0]+(?:to|and|or|on|in|at|by|from|between|for|with|as|under|over|this|next|last|a|the|years?)(?![\p{L}])|[ \u00a0]*(?:[,.;:)]|$))/iu,
};

/** The sign of "P<", "(p=" glued before a number (any last character after a p, maybe after an opener), else undefined. */
function pSignGlued(glue: string): string | undefined {
  const n = glue.length;
  return n >= 2 && n <= 3 && (codeAt(glue, n - 2) | 0x20) === 0x70 && (n === 2 || isOpener(glue.charCodeAt(0))) ? glue.charAt(n - 1) : undefined;
}

/** A p-value's letter and sign before the number: "P<", "(p=", "p =", "p <". */
function pValueBefore(back: Back): boolean {
  const glue = back.glue;
  if (glue !== '') return P_SIGNS.has(pSignGlued(glue) ?? '');
  const w = back.raw(0) ?? '';
  if (w.length === 2 && (w.charCodeAt(0) | 0x20) === 0x70 && P_SIGNS.has(w.charAt(1))) return true;
  return P_SIGNS.has(w) && /^[(\[]?[pP]$/.test(back.raw(1) ?? '');
}
const P_SIGNS: ReadonlySet<string> = new Set(['<', '>', '=', '≤', '≥']);

/** "and over", "or under" after an age, not before another number. */
const AGE_OVER_AFTER = /[ \u00a0]+(?:and|or)[ \u00a0]+(over|under)(?![\p{L}]|[ \u00a0]*\d)/iuy;
const AGE_FROM_EN: ReadonlySet<string> = new Set(['at', 'by', 'until', 'till', 'from', 'before', 'after']);
/** An age's bound after the number ("people 65 and older", "adults 18 or over"). */
const AGE_BOUND_AFTER = /^[ \u00a0]+(?:and|or)[ \u00a0]+(?:older|over|above|younger|under)(?![\p{L}])/iu;

/** An age and a joining word right before a number: it is the second age ("aged 24 and 27"). */
/** What follows a number inside a list, not its noun: "20 and", "20,", "24)". */
const LIST_GOES_ON = /^(?:,|[ \u00a0]+(?:and|dan|or|atau)(?![\p{L}])|[ \u00a0]*(?:[)\].;:!?]|$))/u;
// ("aged 19, 20 and 24", "berusia 14, 15, dan 16 tahun": the later ages of a list, too.)
const SECOND_AGE = new RegExp(`(?:^|[^\\p{L}])(?:${[...AGE_WORDS].join('|')})[ \\u00a0]+\\d{1,3}(?:,[ \\u00a0]*\\d{1,3})*(?:,?[ \\u00a0]+(?:and|dan|or|atau)[ \\u00a0]+|,[ \\u00a0]*)$`, 'iu');
/** "Pasal 55 ayat (1) " before "ke-1": an item of the article. */
const AYAT_BEFORE = /\bayat[ \u00a0]*\(\d+[a-z]?\)[ \u00a0]*$/i;

const S_AND_P_FAMILY = /^S&P\/\p{Lu}{2,5}$/u;

/** Verbs before an age that "when" follows ("was 18 when", "were only 15 when"). */
const AGE_VERBS_EN: ReadonlySet<string> = new Set(['was', 'were', 'is', 'be', 'been']);
const PRONOUNS_EN: ReadonlySet<string> = new Set(['he', 'she', 'they', 'I', 'we', 'you']);
const AGE_WHEN_AFTER = /^,?[ \u00a0]+when(?![\p{L}])/u;
/** Air-quality indices whose reading follows them ("ISPU 152" is no name). */
const AIR_INDICES: ReadonlySet<string> = new Set(['AQI', 'ISPU', 'AQHI']);
const AIR_INDEX_BEFORE = new RegExp(String.raw`(?:(?<![\p{L}])(?:${[...AIR_INDICES].join('|')})|air[ \u00a0]+quality[ \u00a0]+index|indeks[ \u00a0]+(?:standar[ \u00a0]+pencemar|kualitas)[ \u00a0]+udara)(?![\p{L}])[^.;!?\d]{0,30}$`, 'iu');

/** A capitalised name word, hyphens and apostrophes included ("Won-sik", "O'Brien"). */
const PERSON_NAME = /^\p{Lu}[\p{L}'’-]*$/u;

/**
 * Whether the word before the number is a capitalised name word that does not open a sentence. With `text` and the
 * number's `end`: in a headline's title case or in capitals ("Banjir Bandang Tewaskan 20 Orang", "KPK SITA UANG DAN 3
 * MOBIL", "Typhoon Kills 59 in Vietnam"), only a word that numbers a name is one, even opening the line ("Jadwal Liga
 * 1 Pekan Ini", "Apollo 11 Mendarat"), and a results line's team ("Arsenal 2 Everton 1").
 */
function partOfName(back: Back, text?: string, end = 0): boolean {
  if (back.glue !== '') return false;
  const w = back.raw(0);
  if (w === undefined || !mayHave(w, isUpperCode) || AIR_INDICES.has(w)) return false;
  // ("the S&P/ASX 200", "S&P/TSX 60": an index family's name.)
  if (!NAME_WORD.test(w)) return S_AND_P_FAMILY.test(w);
  if (INNER_CAPITAL.test(w)) return true;
  const numbered = NUMBERED_NAMES.has(w.toLowerCase());
  const before = back.raw(1);
  // (At a sentence's start a capital says nothing, but a word that numbers its names still names: "Proposition 50
  // passed", "Apollo 11 landed"; not "Max 3 orang per kamar".)
  if (before !== undefined ? SENTENCE_END.test(before) : !back.afterFigure(1)) return numbered && text !== undefined && (titleCased(text, end) || w.toLowerCase() !== 'max');
  if (numbered || text === undefined || !titleCased(text, end)) return true;
  // (And a postal code after a place: "Fort Lauderdale, Florida 33304", "Jakarta Selatan 12190.")
  return execAt(TEAM_SCORE_AFTER, text, end) !== null || execAt(BRACKET_AFTER, text, end) !== null || teamScoreBefore(text, end) || (POSTAL_CODE.test(text.slice(end - 6, end)) && (before!.endsWith(',') || !isLetterAt(text, nextNonSpace(text, end))));
}

/** A team and its score before this one's, which ends the line or a clause: "Manchester City 3 West Ham 1". */
const TEAM_SCORE_BEFORE = new RegExp(`(?:^|[ \\u00a0])\\d{1,2}(?:[ \\u00a0]+${TEAM_WORD}){1,3}[ \\u00a0]+$`, 'u');
function teamScoreBefore(text: string, end: number): boolean {
  if (UPPER.test(charOf(text, nextNonSpace(text, end)))) return false;
  let start = end;
  while (start > 0 && isDigit(codeAt(text, start - 1))) start--;
  return TEAM_SCORE_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}

/** Whether the clause before `at` counts `noun` after a number too ("58 titik, disusul Indragiri Hilir 41 titik"). */
function countedBefore(text: string, at: number, noun: string): boolean {
  const before = clauseBefore(text, at, 160);
  const i = before.lastIndexOf(noun);
  return i > 0 && new RegExp(`\\d[ \\u00a0]+${noun.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(before);
}

/** "37 of the 150", "37 dari 150": the number is a part of a whole written next. */
const PART_OF_WHOLE_AFTER = /[ \u00a0]+(?:of|dari)[ \u00a0]+(?:the[ \u00a0]+)?\d/iuy;

/** A bound "from here up" after a number: "and above", "ke atas" (not "or older", "or more"). */
const BOUND_ABOVE = /(?:above|atas)$/i;

/** Five digits after a space: a postal code where a place stands before it. */
const POSTAL_CODE = /^[ \u00a0]\d{5}$/;

/** A bracket right after a name's number: a results line's scorers or their minutes ("Everton 1 (Tomiyasu 89)"). */
const BRACKET_AFTER = /[ \u00a0]*[()]/y;

/** A unit of time or measure, or a scale already read, after a spelled number: "Dua Dekade", "Tiga Juta", "Lima Km". */
function unitAfterSpelled(text: string, n: Num, g: Grammar): boolean {
  return n.scale > 1 || endsInScale(text, n, g) || isTimeUnitAt(text, nextNonSpace(text, n.end), g) || measureAt(text, n.end) !== null;
}

/** A spelled number whose last word is a scale ("Tiga Juta", "Setengah Juta"): its value is scaled, its `scale` 1. */
function endsInScale(text: string, n: Num, g: Grammar): boolean {
  return lastScale(text, n, g) !== undefined;
}
/** The scale a spelled number's last word is ("lima miliar": 1e9), if it is one. */
function lastScale(text: string, n: Num, g: Grammar): number | undefined {
  let i = n.end;
  while (i > n.start && isLetterAt(text, i - 1)) i--;
  return i < n.end ? g.scales.get(lowerSlice(text, i, n.end)) : undefined;
}

/** Another name and a small number after a number: the other team and its score. */
const TEAM_SCORE_AFTER = new RegExp(`(?:[ \\u00a0]+${TEAM_WORD}){1,3}[ \\u00a0]+\\d{1,2}(?![\\d.,]*\\d)`, 'uy');
/** How far either way titleCased reads for its sentence's ends. */
const TITLE_REACH = 200;
/** titleCased's last answer: a headline asks once per number. */
let titleMemo = { text: '', from: 0, to: -1, title: false };

/**
 * Whether the sentence around `at` is set in title case or capitals: of its words of four letters or more, at least
 * three, and four in five of them capitalised. A sentence ends at a line break, "!", "?", or a full stop after two
 * small letters before a space ("1. Banjir", "Oct. 14" end none). A character scan: asked for many numbers.
 */
function titleCased(text: string, at: number): boolean {
  const memo = titleMemo;
  if (memo.text === text && at >= memo.from && at < memo.to) return memo.title;
  const [from, to] = sentenceBounds(text, at, at, 0, TITLE_REACH);
  let words = 0;
  let capitals = 0;
  let run = 0;
  let upper = false;
  for (let i = from; i <= to; i++) {
    if (i < to && isLetterAt(text, i)) {
      if (run++ === 0) upper = isUpperCode(text.charCodeAt(i));
      continue;
    }
    if (run >= 4) {
      words++;
      if (upper) capitals++;
    }
    run = 0;
  }
  const title = words >= 3 && capitals >= 0.8 * words;
  titleMemo = { text, from, to: Math.max(to, at + 1), title };
  return title;
}

function sentenceBreakAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 10 || c === 33 || c === 63) return true;
  if (c !== 46) return false;
  const next = text.charCodeAt(i + 1);
  return (Number.isNaN(next) || next === 32 || next === 10 || next === 160 || next === 9) && isLowerCode(text.charCodeAt(i - 1)) && isLowerCode(text.charCodeAt(i - 2));
}

/**
 * Where the sentence around [from, to) starts and ends (sentenceBreakAt bounds it), with the `before` sentences before
 * it, at most `reach` characters each way.
 */
function sentenceBounds(text: string, from: number, to: number, before = 0, reach = 200): [number, number] {
  let a = from;
  const lo = Math.max(0, from - reach);
  for (let n = 0; n <= before && a > lo; n++) {
    if (n > 0) a--;
    while (a > lo && !sentenceBreakAt(text, a - 1)) a--;
  }
  let b = to;
  const hi = Math.min(text.length, to + reach);
  while (b < hi && !sentenceBreakAt(text, b)) b++;
  return [a, b];
}

/** The text of sentenceBounds. */
function sentenceAround(text: string, from: number, to: number, before = 0, reach = 200): string {
  const [a, b] = sentenceBounds(text, from, to, before, reach);
  return text.slice(a, b);
}

function isLowerCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 128 && LOWER.test(String.fromCharCode(c)));
}

/**
 * A spelled number with nothing counted after it: "Three were killed" counts, but "satu" / "one" alone
 * ("menjadi satu"), a fraction alone ("setengah") and a capitalised word inside a sentence ("di Lima") do not.
 */
function loneWordIsNoCount(text: string, pos: number, n: Num, back: Back): boolean {
  // ("just one short of the total": a count of what is missing.)
  return (n.value <= 1 && !execAt(SHORT_OF, text, n.end)) || midSentenceCapital(text, pos, back);
}
const SHORT_OF = /[ \u00a0]+short[ \u00a0]+of(?![\p{L}])/iuy;

/** A capitalised word that does not open a sentence (nor the text, nor a line). */
function midSentenceCapital(text: string, pos: number, back: Back): boolean {
  if (!UPPER.test(text.charAt(pos)) || back.glue !== '') return false;
  const prev = back.raw(0);
  if (prev !== undefined) return !SENTENCE_END.test(prev);
  // (Right after a figure's word, which `back` leaves out: "a first Six Nations title".)
  let i = pos;
  while (i > 0 && isInlineSpace(codeAt(text, i - 1))) i--;
  return i < pos && isLetterAt(text, i - 1);
}

/** Dates, times and years take only "about" as a bound: "hingga 30 September" is not "at most". */
function onlyApprox(q: Qualifier | undefined): Qualifier | undefined {
  return q === 'approx' ? q : undefined;
}

/** The word before the number, or before its spaced currency sign, is `w`. */
function tokenBeforeIs(back: Back, words: readonly string[], currencySpaced: boolean): boolean {
  const t = back.low(currencySpaced ? 1 : 0);
  return t !== undefined && words.includes(t);
}

const HOUR_RANGE_ID = /[ \u00a0]*(?:-|–|hingga|sampai|sampe|s\.d\.?|s\/d)[ \u00a0]*(?:(?:jam|pukul)[ \u00a0]+)?(\d{1,2})(?![\d\p{L}]|[.,:]\d)/iuy;

/** After a bare hour and its part of the day, a second hour that closes a range later the same day. */
function hourRangeId(text: string, p: number, h: number, part1: string | undefined, g: Grammar): { from: number; to: number; end: number } | null {
  const m = execAt(HOUR_RANGE_ID, text, p);
  if (!m || Number(m[1]) > 24) return null;
  let end = p + m[0].length;
  const a2 = execAt(TIME_AFTER_ID, text, end);
  const part2 = a2?.[1];
  // ("jam 7 hingga 9 hari": a span of days, not an hour; "jam 11 malam" is an hour.)
  if (!part2 && isInlineSpace(codeAt(text, end)) && isTimeUnitAt(text, end + 1, g)) return null;
  if (a2) end += a2[0].length;
  const to = hourFromDayPart(Number(m[1]), part2 ?? part1) * 100;
  // ("jam 6-10 pagi": the second's part of the day is the first's too, unless that puts it later: "jam 9 hingga 12 siang".)
  let from = hourFromDayPart(h, part1 ?? part2) * 100;
  if (!part1 && from >= to) from = h * 100;
  return to > from ? { from, to, end } : null;
}

function hourFromDayPart(h: number, part: string | undefined): number {
  if (!part) return h;
  const kind = DAY_PARTS_ID[norm(part)];
  if (kind === 'pm' && h < 12) return h + 12;
  if (kind === 'noon' && h < 11) return h + 12;
  if (kind === 'night' && h >= 6 && h < 12) return h + 12;
  if (kind === 'night' && h === 12) return 0;
  return h;
}

/** An hour of the clock in Indonesian words at `pos` (after "jam"/"pukul"), with "setengah" (half before the hour) and its part of the day. */
function spelledTimeId(text: string, pos: number, g: Grammar, back: Back): Read | null {
  let at = pos;
  let e = wordEnd(text, at);
  let half = false;
  if (lower(text.slice(at, e)) === 'setengah' && isInlineSpace(codeAt(text, e))) {
    half = true;
    at = e + 1;
    e = wordEnd(text, at);
  }
  let h = g.numberWords.get(lower(text.slice(at, e)));
  if (h === undefined || !Number.isInteger(h) || h < 1 || h > 12) return null;
  // ("dua belas": twelve in two words.)
  const belas = h < 10 ? execAt(BELAS_AFTER, text, e) : null;
  if (belas) {
    h += 10;
    e += belas[0].length;
  }
  if (h > 12 || isLetterAt(text, e)) return null;
  let min = 0;
  if (half) {
    h = h === 1 ? 12 : h - 1;
    min = 30;
  }
  const a = execAt(TIME_AFTER_ID, text, e);
  if (a) e += a[0].length;
  return { figure: make(text, pos, e, hourFromDayPart(h, a?.[1]) * 100 + min, 'time', g, { qualifier: timeQualifier(back, true, g) }), next: e };
}
const BELAS_AFTER = /[ \u00a0]+belas(?![\p{L}])/iuy;

/** A clock time at pos; `cue` says whether a time cue word ("pukul", "at") stands right before it. */
/** A zero that starts a decimal ("0.36", "0,5") or a clock time ("00:30", "00.30"), where an area code would not. */
function zeroDecimalOrClock(text: string, pos: number): boolean {
  const c1 = codeAt(text, pos + 1);
  if ((c1 === 46 || c1 === 44) && isDigit(codeAt(text, pos + 2))) return true;
  const c2 = codeAt(text, pos + 2);
  return isDigit(c1) && (c2 === 58 || c2 === 46) && isDigit(codeAt(text, pos + 3)) && isDigit(codeAt(text, pos + 4)) && !isDigit(codeAt(text, pos + 5));
}

function readTime(text: string, pos: number, g: Grammar, back: Back, cue: boolean): Read | null {
  const mil = mayBeMilitaryTime(text, pos) ? execAt(MILITARY_TIME, text, pos) : null;
  if (mil) {
    // "1344 GMT" in wire copy.
    const h = Number(mil[1]);
    const mi = Number(mil[2]);
    if (h <= 24 && mi <= 59) return { figure: make(text, pos, pos + mil[0].length, h * 100 + mi, 'time', g), next: pos + mil[0].length };
  }
  // "valid till 0830 hrs": the services' and the Indian press's clock, after a word of time or with its leading zero.
  const hrs = codeAt(text, pos + 4) === 32 || codeAt(text, pos + 4) === 0x68 ? execAt(HRS_TIME, text, pos) : null;
  // ("at around 2345 hrs": the cue before a rough-amount word.)
  if (hrs && (codeAt(text, pos) === 48 || (back.glue === '' && (g.timeCues.has(back.low(0) ?? '') || (ROUGHLY_BEFORE.has(back.low(0) ?? '') && g.timeCues.has(back.low(1) ?? '')))))) {
    return { figure: make(text, pos, pos + hrs[0].length, Number(hrs[1]) * 100 + Number(hrs[2]), 'time', g, { qualifier: back.glue === '' ? onlyApprox(qualifierOf(back, 0, g)) : undefined }), next: pos + hrs[0].length };
  }
  const c1 = codeAt(text, pos + 1);
  const c2 = codeAt(text, pos + 2);
  // TIME_HM needs "." or ":" after one or two digits, then exactly two digits ("6.700" is no time).
  const sep = c1 === 46 || c1 === 58 || c1 === 0x68 ? pos + 1 : isDigit(c1) && (c2 === 46 || c2 === 58 || c2 === 0x68) ? pos + 2 : -1;
  const hm = sep > 0 && isDigit(codeAt(text, sep + 1)) && isDigit(codeAt(text, sep + 2)) && !isDigit(codeAt(text, sep + 3));
  const m = hm ? execAt(TIME_HM, text, pos) : null;
  let h: number;
  let min = 0;
  let end: number;
  if (m) {
    h = Number(m[1]);
    min = Number(m[3]);
    end = pos + m[0].length;
    if (h > 24 || min > 59) return null;
    if (g.lang === 'en' && m[2] === '.' && !cue) {
      const a = timeAfterEn(text, end);
      if (!a && !LOCAL_TIME_EN.test(text.slice(end, end + 16))) return null;
    }
  } else {
    if (!cue) {
      if (g.lang !== 'en') return null;
    }
    // One or two digits not followed by a digit, "." or "," (/\d{1,2}(?![\d.,])/), by char codes.
    let e = pos;
    while (e < pos + 3 && isDigit(codeAt(text, e))) e++;
    const after = codeAt(text, e);
    if (e - pos > 2 || after === 46 || after === 44) return null;
    h = e - pos === 1 ? codeAt(text, pos) - 48 : (codeAt(text, pos) - 48) * 10 + codeAt(text, pos + 1) - 48;
    end = e;
    if (h > 24) return null;
  }
  if (g.lang === 'id') {
    // "09.00-12.00 WIB", "13.00 hingga 15.00 WITA": a range of clock times, its zone after the second.
    let to: number | undefined;
    // ("antara pukul 11.00 dan 15.00 WIB": "dan" joins them after "antara".)
    const between = back.low(0) === 'antara' || (back.low(0) === 'pukul' && back.low(1) === 'antara');
    const rs = m ? (execAt(g.rangeSep, text, end) ?? (between ? execAt(g.rangeAnd, text, end) : null)) : null;
    const m2 = rs ? execAt(TIME_HM, text, end + rs[0].length) : null;
    // (Only a range that ends later the same day: "21.00-02.00" is read as its first time.)
    if (m2 && Number(m2[1]) <= 24 && Number(m2[3]) <= 59 && m2[2] === m![2] && Number(m2[1]) * 100 + Number(m2[3]) > h * 100 + min) {
      to = Number(m2[1]) * 100 + Number(m2[3]);
      end += rs![0].length + m2[0].length;
    }
    const a = execAt(TIME_AFTER_ID, text, end);
    const part = a?.[1];
    const zone = a?.[2];
    if (!m && !cue) return null;
    // ("12.30-17.00": two clock times in a range are times without "pukul" or a zone, too.)
    // ("Imsak 04.30", a timetable's "Bogor 04.01": an hour written with its leading zero is a clock time.)
    const zeroHour = m !== null && m[1]!.length === 2 && m[1]!.charCodeAt(0) === 48;
    // ("pukul 01.30 WIB atau 19.30 waktu London": the local time of a named place, its "waktu" a zone.)
    const local = m && !zone ? LOCAL_TIME_ID.test(text.slice(end, end + 40)) : false;
    if (m && !cue && !zone && !local && m[2] === '.' && ((to === undefined && !zeroHour) || percentAfter(g, text, end) || measureAt(text, end))) return null;
    if (a) end += a[0].length;
    // "jam 8-17", "jam 6-10 pagi", "jam 5 subuh sampe jam 11 malem": a range of hours, each maybe with its part of the day.
    if (to === undefined && !m && cue) {
      const r = hourRangeId(text, end, h, part, g);
      if (r) return { figure: make(text, pos, r.end, r.from, 'time', g, { qualifier: timeQualifier(back, cue, g), valueMax: r.to }), next: r.end };
    }
    // "09.00 WIB hingga 12.00 WIB": a range with the zone written twice.
    if (to === undefined && zone && m) {
      const rs2 = execAt(g.rangeSep, text, end);
      const m3 = rs2 ? execAt(TIME_HM, text, end + rs2[0].length) : null;
      const z3 = m3 ? execAt(TIME_AFTER_ID, text, end + rs2![0].length + m3[0].length) : null;
      if (m3 && z3?.[2] === zone && !z3[1] && Number(m3[1]) <= 24 && Number(m3[3]) <= 59 && Number(m3[1]) * 100 + Number(m3[3]) > h * 100 + min) {
        to = Number(m3[1]) * 100 + Number(m3[3]);
        end += rs2![0].length + m3[0].length + z3[0].length;
      }
    }
    h = hourFromDayPart(h, part);
    const valueMax = to !== undefined ? hourFromDayPart(Math.floor(to / 100), part) * 100 + (to % 100) : undefined;
    return { figure: make(text, pos, end, h * 100 + min, 'time', g, { qualifier: timeQualifier(back, cue, g), valueMax }), next: end };
  }
  // "By 9 o'clock", "at 10 o'clock tonight": an hour of the clock in words.
  const oc = !m && h >= 1 && h <= 12 ? execAt(O_CLOCK, text, end) : null;
  if (oc) {
    end += oc[0].length;
    if (h < 12 && EVENING_AFTER_EN.test(text.slice(end, end + 24))) h += 12;
    return { figure: make(text, pos, end, h * 100, 'time', g, { qualifier: timeQualifier(back, cue, g) }), next: end };
  }
  const a = timeAfterEn(text, end);
  if (a) {
    const ap = a[1]?.toLowerCase();
    if (ap === 'p' && h < 12) h += 12;
    if (ap === 'a' && h === 12) h = 0;
    end += a[0].length;
  } else if (execAt(NOON_AFTER, text, end) && h === 12) {
    // "12 noon", "12 noon GMT", "12 midnight" (the day's first minute)
    const noon = execAt(NOON_AFTER, text, end)!;
    if (lower(noon[1]!) === 'midnight') h = 0;
    end += noon[0].length;
    end += execAt(NOON_ZONE, text, end)?.[0].length ?? 0;
  } else if (m && m[2] === '.' && dotTimeEn(text, end, back, cue)) {
    // "at 10.30 on Wednesday", "10.30 local time": the British clock without "am" or a zone ("at 7.45 tonight": pm).
    if (h < 12 && EVENING_AFTER_EN.test(text.slice(end, end + 24))) h += 12;
  } else if (!m || (m[2] !== ':' && m[2] !== 'h')) {
    // "4 to 7 p.m.": the first hour takes the second's half of the day. (Not a month's day: "on July 11 until 5pm".)
    if (back.glue === '' && g.months.get(back.low(0) ?? '') !== undefined) return null;
    const s2 = rangeEndTime(text, end, g, back);
    if (!s2 || !timeAfterEnWithin(text, s2.start, s2.end)) return null;
    const first = s2.value >= 1200 && h < 12 && (h + 12) * 100 + min < s2.value ? (h + 12) * 100 + min : h * 100 + min;
    if (first >= s2.value) return null;
    return { figure: make(text, pos, s2.end, first, 'time', g, { qualifier: timeQualifier(back, cue, g), valueMax: s2.value }), next: s2.end };
  }
  // "6am to 3pm", "9 a.m. to 4 p.m.", "5pm until 10pm", "between 6 a.m. and 10 a.m.": a range of clock times,
  // when the second is later.
  let valueMax: number | undefined;
  const second = rangeEndTime(text, end, g, back);
  if (second && second.value > h * 100 + min) {
    valueMax = second.value;
    end = second.end;
  }
  return { figure: make(text, pos, end, h * 100 + min, 'time', g, { qualifier: timeQualifier(back, cue, g), valueMax }), next: end };
}

/** "local time" after an English clock time. */
const LOCAL_TIME_EN = /^[ \u00a0]+local[ \u00a0]+time\b/i;
/** The day a British clock time ("at 10.30") is on: "on Wednesday", "today", "tomorrow morning", "this evening". */
const DAY_AFTER_TIME_EN = /^[ \u00a0]+(?:on[ \u00a0]+(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tonight|tomorrow|yesterday|this[ \u00a0]+(?:morning|afternoon|evening)|last[ \u00a0]+night|in[ \u00a0]+the[ \u00a0]+(?:morning|afternoon|evening))\b/i;
const O_CLOCK = /[ \u00a0]+o['’]clock(?![\p{L}])/iuy;
const EVENING_AFTER_EN = /^[ \u00a0]+(?:tonight|this[ \u00a0]+(?:afternoon|evening)|last[ \u00a0]+night|in[ \u00a0]+the[ \u00a0]+(?:afternoon|evening))\b/i;
/** Verbs before "at" that give a price, not a time ("shares closed at 10.30 on Wednesday"). */
const PRICE_AT_EN = new Set(['closed', 'close', 'closing', 'traded', 'trading', 'trades', 'stood', 'stands', 'settled', 'ended', 'finished', 'priced', 'fixed', 'valued', 'opened', 'opening', 'rate', 'rates', 'level', 'yield', 'yields']);
/** An English "H.MM" with no "am" or zone that is still a clock time: before "local time", or after "at" before a day. */
function dotTimeEn(text: string, end: number, back: Back, cue: boolean): boolean {
  const after = text.slice(end, end + 32);
  if (LOCAL_TIME_EN.test(after)) return true;
  return cue && back.glue === '' && back.low(0) === 'at' && !PRICE_AT_EN.has(back.low(1) ?? '') && DAY_AFTER_TIME_EN.test(after);
}

/** The single clock time after "to", "until", "-" (or "and" after "between") that ends a range of times at `end`. */
function rangeEndTime(text: string, end: number, g: Grammar, back: Back): Figure | undefined {
  const to = mayFollow(text, end, RANGE_TO_FIRST) ? execAt(TIME_RANGE_EN, text, end) : back.low(0) === 'between' ? execAt(g.rangeAnd, text, end) : null;
  const p = to ? end + to[0].length : -1;
  const f = to && isDigit(codeAt(text, p)) ? readTime(text, p, g, back, true)?.figure : undefined;
  return f && f.kind === 'time' && f.valueMax === undefined ? f : undefined;
}
/** First characters of TIME_RANGE_EN's words ("-", "–", "to", "until", "till"). */
const RANGE_TO_FIRST = { has: (text: string, i: number): boolean => { const c = codeAt(text, i) | 0x20; return c === 0x74 || c === 0x75 || codeAt(text, i) === 45 || codeAt(text, i) === 0x2013; } };
const NOON_AFTER = /[ \u00a0]+(noon|midnight)(?![\p{L}\p{N}])/iuy;
const NOON_ZONE = new RegExp(`${SP}+(?:${alt([...TIME_ZONES, ...CLOCK_ONLY_ZONES])})${END}`, 'uy');
const TIME_RANGE_EN = /[ \u00a0]*(?:[-–]|to|until|till)[ \u00a0]*/iy;

/** Whether a time read from `start` to `end` has its "a.m."/"p.m." or zone written (not "7" alone). */
function timeAfterEnWithin(text: string, start: number, end: number): boolean {
  let e = start;
  while (e < end && (isDigit(codeAt(text, e)) || codeAt(text, e) === 58 || codeAt(text, e) === 46)) e++;
  return e < end;
}

/** TIME_AFTER_EN at pos ("5pm", "10.30 GMT"), tried only when its first letter follows. */
function timeAfterEn(text: string, pos: number): RegExpExecArray | null {
  return mayStart(TIME_AFTER_EN_FIRST, text, nextNonSpace(text, pos)) ? execAt(TIME_AFTER_EN, text, pos) : null;
}
const TIME_AFTER_EN_FIRST = asciiFirst(['a', 'p', ...TIME_ZONES], true);

/** "sekitar pukul 9 malam": the qualifier stands before the cue word. */
function timeQualifier(back: Back, cue: boolean, g: Grammar): Qualifier | undefined {
  return onlyApprox(qualifierOf(back, cue ? 1 : 0, g));
}

/** Days in each month (February with its leap day: the year may be unwritten). */
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function validDate(day: number, month: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= MONTH_DAYS[month - 1]!;
}
/** A date figure's value: YYYYMMDD, YYYYMM00 for a month, MMDD without a year (the issue's coding). */
export function dateValue(year: number | undefined, month: number, day: number): number {
  return (year ?? 0) * 10000 + month * 100 + day;
}

/** "twenty-ninth", "thirty-first": a spoken day of the month written with a hyphen. */
function compoundOrdinal(w: string, g: Grammar): number | undefined {
  const dash = w.indexOf('-');
  if (dash < 0) return undefined;
  const tens = g.numberWords.get(w.slice(0, dash));
  const unit = g.ordinals.get(w.slice(dash + 1));
  return (tens === 20 || tens === 30) && unit !== undefined && unit >= 1 && unit <= 9 ? tens + unit : undefined;
}

/** A comma and a space before a spoken year ("May twenty-ninth, twenty twenty-five"). */
const SPOKEN_YEAR_AFTER = /,[ \u00a0]+(?=(?:nineteen|twenty|two thousand)(?![\p{L}]))/iuy;

/**
 * An English year spoken in words from `p`: "twenty twenty-five" and "nineteen ninety-nine" (hundreds and the rest),
 * "two thousand and eighteen" and "two thousand nineteen"; null when none starts there.
 */
function spokenYearEn(text: string, p: number, g: Grammar): { value: number; end: number } | null {
  const first = readSpelledNum(text, p, g);
  if (!first || first.hi !== undefined) return null;
  if (first.value === 2000) {
    const and = execAt(AND_AFTER_THOUSAND, text, first.end);
    const rest = and ? readSpelledNum(text, first.end + and[0].length, g) : null;
    if (rest && rest.value >= 1 && rest.value <= 99 && Number.isInteger(rest.value)) return { value: 2000 + rest.value, end: rest.end };
    return first.end === p ? null : { value: 2000, end: first.end };
  }
  if (first.value >= 2001 && first.value <= 2099) return { value: first.value, end: first.end };
  if (first.value !== 19 && first.value !== 20) return null;
  const q = nextNonSpace(text, first.end);
  const rest = q > first.end && isLetterAt(text, q) ? readSpelledNum(text, q, g) : null;
  if (!rest || rest.hi !== undefined || !Number.isInteger(rest.value) || rest.value < 10 || rest.value > 99) return null;
  return { value: first.value * 100 + rest.value, end: rest.end };
}
const AND_AFTER_THOUSAND = /[ \u00a0]+(?:and[ \u00a0]+)?(?=\p{L})/iuy;

/**
 * A date or a year spoken in words: a day and its month, maybe with a spelled or written year ("dua puluh enam Februari
 * dua ribu dua puluh empat"); a spelled year after its month ("Februari dua ribu dua puluh dua", from the month) or after
 * a year's cue ("sejak dua ribu delapan belas").
 */
function spokenDate(text: string, pos: number, n1: Num, g: Grammar, back: Back): Read | null {
  const v = n1.value;
  // ("since twenty twenty-two", "in two thousand and eighteen": an English year spoken after its cue.)
  if (g.lang === 'en' && (v === 19 || v === 20 || v === 2000) && back.glue === '' && g.yearCues.has(back.low(0) ?? '')) {
    const year = spokenYearEn(text, pos, g);
    if (year && year.value >= 1900 && year.value <= 2099) return { figure: make(text, pos, year.end, year.value, 'year', g), next: year.end };
  }
  // (Indonesian says the day before its month; English "her six December shows" counts shows.)
  if (v <= 31) {
    if (g.lang !== 'id') return null;
    const m = execAt(g.monthAfter, text, n1.end);
    const month = m ? g.months.get(lower(m[1]!)) : undefined;
    if (month === undefined || !validDate(v, month)) return null;
    // (A full month's name keeps no full stop after it: "pada tiga Maret.", "Senin malam, dua puluh tujuh Mei.")
    let e = monthEnd(n1.end, m!);
    let year: number | undefined;
    const p = nextNonSpace(text, e);
    const y = p > e && isLetterAt(text, p) ? readSpelledNum(text, p, g) : null;
    const written = y ? null : execAt(YEAR_AFTER, text, e);
    if (y && y.hi === undefined && Number.isInteger(y.value) && y.value >= 1900 && y.value <= 2100) {
      year = y.value;
      e = y.end;
    } else if (written) {
      year = Number(written[1]);
      e += written[0].length;
    }
    return { figure: make(text, pos, e, dateValue(year, month, v), 'date', g), next: e };
  }
  if (v < 1900 || v > 2100 || back.glue !== '') return null;
  const month = g.months.get(back.low(0) ?? '');
  if (month !== undefined) return { figure: make(text, back.start(0)!, n1.end, dateValue(v, month, 0), 'date', g), next: n1.end };
  return g.yearCues.has(back.low(0) ?? '') ? { figure: make(text, pos, n1.end, v, 'year', g), next: n1.end } : null;
}

/** "24 Februari 2022", "26 September - 9 Oktober 2019", "26-28 September", after the day number(s). */
function readDayMonth(text: string, n1: Num, n2: Num | null, g: Grammar, qualifier: Qualifier | undefined, between = false): Read | null {
  if (!n1.plainInt || n1.value < 1 || n1.value > 31) return null;
  // "18, 19, 23, dan 24 Maret 2026": days listed before their month, each a date of it (the number alone is its span).
  if (!n2 && codeAt(text, n1.end) === 44) {
    const list = execAt(DAY_LIST, text, n1.end);
    const mm = list ? execAt(g.monthAfter, text, n1.end + list[0].length) : null;
    if (mm && (g.lang !== 'en' || UPPER.test(mm[1]!.charAt(0)))) {
      const month = g.months.get(lower(mm[1]!))!;
      const year = yearAfter(text, monthEnd(n1.end + list![0].length, mm))?.year;
      if (validDate(n1.value, month)) return { figure: make(text, n1.start, n1.end, dateValue(year, month, n1.value), 'date', g), next: n1.end };
    }
  }
  // "14 dan 15 Mei 2027", "24 and 25 March": two days of one month, read as their range.
  if (!n2 && isInlineSpace(codeAt(text, n1.end))) {
    const and = execAt(g.rangeAnd, text, n1.end);
    const d = and ? execAt(DAY_NUMBER, text, n1.end + and[0].length) : null;
    const day2 = d ? Number(d[1]) : 0;
    if (d && day2 > n1.value && execAt(g.monthAfter, text, n1.end + and![0].length + d[0].length)) {
      const e = n1.end + and![0].length + d[0].length;
      n2 = { start: e - d[0].length, end: e, value: day2, spelled: false, mantissa: d[1]!, scale: 1, plainInt: true, runEnd: e };
    }
  }
  if (n2 && (!n2.plainInt || n2.value > 31)) return null;
  const afterDays = n2 ? n2.end : n1.end;
  if (!isInlineSpace(codeAt(text, afterDays)) || !g.monthFirstChars.has(text, nextNonSpace(text, afterDays))) return null;
  const mm = execAt(g.monthAfter, text, afterDays);
  // (English months are capitalised: "anyone younger than 18 may not" has no date.)
  if (!mm || (g.lang === 'en' && !UPPER.test(mm[1]!.charAt(0)))) return null;
  const month = g.months.get(lower(mm[1]!))!;
  let end = monthEnd(afterDays, mm);
  let day2: number | undefined = n2?.value;
  let month2 = month;
  // "26 September - 9 Oktober 2019", "antara 1 Maret dan 18 Juni"
  if (!n2) {
    const sep = execAt(g.rangeSep, text, end) ?? (between ? execAt(g.rangeAnd, text, end) : null);
    if (sep) {
      const dm = execAt(DAY_NUMBER, text, end + sep[0].length);
      if (dm) {
        const at = end + sep[0].length + dm[0].length;
        const m2 = execAt(g.monthAfter, text, at);
        if (m2) {
          day2 = Number(dm[1]);
          month2 = g.months.get(lower(m2[1]!))!;
          end = monthEnd(at, m2);
        }
      }
    }
  }
  const ya = yearAfter(text, end);
  const year = ya?.year;
  if (ya) end += ya.length;
  // "21 Desember 2024 hingga 2 Januari 2025": each end with its own year.
  let year2 = year;
  if (!n2 && day2 === undefined && year !== undefined) {
    const sep = execAt(g.rangeSep, text, end) ?? (between ? execAt(g.rangeAnd, text, end) : null);
    const d = sep ? execAt(DAY_NUMBER, text, end + sep[0].length) : null;
    const m2 = d ? execAt(g.monthAfter, text, end + sep![0].length + d[0].length) : null;
    const y2 = m2 ? execAt(YEAR_AFTER, text, end + sep![0].length + d![0].length + m2[0].length) : null;
    const dd = d ? Number(d[1]) : 0;
    const mo = m2 ? g.months.get(lower(m2[1]!))! : 0;
    if (y2 && validDate(dd, mo) && dateValue(Number(y2[1]), mo, dd) > dateValue(year, month, n1.value)) {
      day2 = dd;
      month2 = mo;
      year2 = Number(y2[1]);
      end += sep![0].length + d![0].length + m2![0].length + y2[0].length;
    }
  }
  if (!validDate(n1.value, month) || (day2 !== undefined && !validDate(day2, month2))) return null;
  const lo = dateValue(year, month, n1.value);
  const hi = day2 !== undefined ? dateValue(year2, month2, day2) : undefined;
  if (hi !== undefined && hi <= lo) return null;
  return { figure: make(text, n1.start, end, lo, 'date', g, { valueMax: hi, qualifier: onlyApprox(qualifier) }), next: end };
}

/** The days after the first of a list of days before their month: ", 19, 23, dan 24" (the last day's number kept for the month's match). */
const DAY_LIST = /(?:[ \u00a0]*,[ \u00a0]*\d{1,2}(?!\d|[.,]\d))*[ \u00a0]*,?[ \u00a0]*(?:dan|serta|and|&)[ \u00a0]+\d{1,2}(?!\d|[.,]\d)/iy;

/** A year written after a day and its month (YEAR_AFTER at `at`, 1000-2999), and how many characters it takes. */
function yearAfter(text: string, at: number): { year: number; length: number } | undefined {
  const ym = execAt(YEAR_AFTER, text, at);
  const y = ym ? Number(ym[1]) : 0;
  return y >= 1000 && y <= 2999 ? { year: y, length: ym![0].length } : undefined;
}

/** Where a month name matched by `monthAfter` at `at` ends: a dot after a full name ends the sentence, not the name. */
function monthEnd(at: number, m: RegExpExecArray): number {
  return at + m[0].length - (m[0].endsWith('.') && (m[1]!.length > 4 || SHORT_MONTH_NAMES.has(lower(m[1]!))) ? 1 : 0);
}

/** What the text before a digit number says about it (see digitPrelude); one instance, since readAt never nests. */
interface Before {
  qualifier: Qualifier | undefined;
  start: number;
  currency: string | undefined;
  currencySpaced: boolean;
}
const BEFORE: Before = { qualifier: undefined, start: 0, currency: undefined, currencySpaced: false };

/**
 * Reads the figure whose number starts at pos; `prevEnd` bounds backward extensions. In parts, so that the
 * optimising compiler handles (and, after a deoptimisation, recompiles) each quickly.
 */
function readAt(text: string, pos: number, g: Grammar, prevEnd: number): Read {
  const back = BACK.at(text, pos, Math.max(prevEnd, pos - 64), prevEnd > 0 && prevEnd >= pos - 64);
  const digit = isDigit(codeAt(text, pos));
  const before = BEFORE;
  before.qualifier = undefined;
  before.start = pos;
  before.currency = undefined;
  before.currencySpaced = false;
  // The qualifier before is looked up only for numbers read on: most codes and names stop earlier.
  if (digit) {
    const early = digitPrelude(text, pos, g, back, before);
    if (early !== null) return early;
  } else {
    const early = spelledPrelude(text, pos, g, back);
    if (early !== null) return early;
    before.qualifier = qualifierOf(back, 0, g);
  }
  return readFigure(text, pos, g, back, digit, before.qualifier, before.start, before.currency, before.currencySpaced);
}

/**
 * Before a digit number: its currency sign and qualifier (into `before`), and the names, codes, labels, phone
 * numbers, times and numeric dates that settle the reading here (their Read; null to read on).
 */
function digitPrelude(text: string, pos: number, g: Grammar, back: Back, before: Before): Read | null {
  const c0 = codeAt(text, pos);
  let qualifier: Qualifier | undefined;
  let start = pos;
  let currency: string | undefined;
  let currencySpaced = false;
  const prev = pos > 0 ? codeAt(text, pos - 1) : 32;
  const glue = back.glue;
  // Currency sign before: "Rp 1,5 triliun", "US$20bn", "(Rp5.000".
  let sign = glue.length > 0 ? stripOpeners(glue) : '';
  // "±Rp5.000": a sign of approximation glued before the currency.
  const signed = sign.length > 1 ? SIGNS.get(sign.charAt(0)) : undefined;
  if (signed) sign = sign.slice(1);
  let glued = sign !== '' ? CURRENCY_SIGNS.get(sign) : undefined;
  // ("Narborough Road, LE3 0BQ": a British postcode, not three Egyptian pounds.)
  if (glued !== undefined && isUpperCode(sign.charCodeAt(0))) {
    const pc = execAt(UK_POSTCODE_REST, text, pos);
    if (pc) return { next: pos + pc[0].length };
  }
  // ("P42 a kilo", "P6.352-trillion": Philippine copy writes the peso as a bare P; not "P1", a grid position.)
  if (glued === undefined && sign === 'P' && g.lang === 'en' && execAt(PESO_AMOUNT, text, pos)) glued = LETTER_CURRENCIES.P;
  // ("N1,500", "R13.5 billion": the naira and the rand as a bare letter, before an amount no road or model number has:
  // "N1", "N95" and "R2" stay names.)
  // ("the N29 and N279 night buses": routes.)
  if (glued === undefined && (sign === 'N' || sign === 'R') && g.lang === 'en' && execAt(LETTER_AMOUNT, text, pos) && !execAt(BUS_AFTER, text, skipRun(text, pos))) glued = LETTER_CURRENCIES[sign];
  // ("K475 per bag": the kwacha, the kina or the kyat, in a text that names its country; "K100" stays a name elsewhere.)
  if (glued === undefined && sign === 'K' && g.lang === 'en' && execAt(LETTER_AMOUNT, text, pos)) glued = kCurrencyOf(text);
  // A token longer than every sign can only be one after leading brackets or quotes.
  const n0 = glue === '' ? back.len(0) : 0;
  // ("Rp 42.000/Rp 35.000": a sign after a slash, the second of two amounts.)
  const slashSign = glued === undefined && n0 > 1 ? afterSlash(back.raw(0)!) : undefined;
  let spacedSign = slashSign ?? (glued === undefined && n0 > 0 && (n0 <= MAX_SIGN || isOpener(codeAt(text, back.start(0)!))) ? stripOpeners(back.raw(0)!) : undefined);
  // ("±Rp 2,1 triliun": the sign of approximation before a spaced currency.)
  const spacedSigned = spacedSign !== undefined && spacedSign.length > 1 ? SIGNS.get(spacedSign.charAt(0)) : undefined;
  if (spacedSigned) spacedSign = spacedSign!.slice(1);
  const spaced = spacedSign !== undefined && !GLUED_ONLY_CURRENCY_SIGNS.has(spacedSign) ? CURRENCY_SIGNS.get(spacedSign) : undefined;
  if (glued !== undefined) {
    // ("Sydney's median price rose to $1.5 million": a bare dollar sign is the dollar of the country its sentence, or
    // the one before, names.)
    // (Not in brackets, where it converts the amount before it: "20.59 billion rupees ($276 million)".)
    // ("ISLAMABAD: ... by Rs10.37": a sign several countries write is the money of the country the text names.)
    currency =
      sign === '$' && g.lang === 'en' && glue.charCodeAt(0) !== 40
        ? localDollar(text, pos)
        : glued !== undefined && Object.hasOwn(CURRENCY_BY_COUNTRY, glued)
          ? localCurrency(glued, sentenceAround(text, pos, pos, 1), text)
          : glued;
    start = pos - sign.length;
    qualifier = signed ?? qualifierOf(back, 0, g, '');
    // ("US $53.6 billion": the country written apart from its sign.)
    if (sign === '$' && glue === '$' && back.raw(0) === 'US') {
      currency = 'USD';
      start = back.start(0)!;
      qualifier = signed ?? qualifierOf(back, 1, g);
    }
  } else if (spaced !== undefined) {
    sign = spacedSign!;
    currency = spaced;
    currencySpaced = true;
    start = back.start(0)! + back.raw(0)!.length - sign.length;
    qualifier = spacedSigned ?? qualifierOf(back, 1, g);
  }
  // Digits glued to letters are names and codes (G20, MH17, Liputan6).
  // (Except an earthquake's "M5,6", which readFigure reads as a magnitude, and a fiscal year, "FY2025".)
  if (currency === undefined && (isLetterAt(text, pos - 1) || prev === 36 /* $ */) && !(glue === 'M' && magnitudeAt(text, pos, back))) {
    // ("FY25": two digits of this century; "FY2025-26": a fiscal year across two calendar years.)
    const fym = glue === 'FY' || glue === 'TA' ? execAt(FISCAL_YEAR, text, pos) : null;
    if (fym) {
      const fy = fym[1]!.length === 2 ? 2000 + Number(fym[1]) : Number(fym[1]);
      const to = fym[2] === undefined ? undefined : fym[2].length === 2 ? fy - (fy % 100) + Number(fym[2]) : Number(fym[2]);
      const end = pos + fym[0].length;
      if (fy >= 1900 && fy <= 2100 && (to === undefined || to === fy + 1)) return { figure: make(text, pos - 2, end, fy, 'year', g, to === undefined ? {} : { valueMax: to }), next: end };
    }
    return { next: skipRun(text, pos) };
  }
  // "H-7 Lebaran", "H+3": a day named by its distance from the day itself (Indonesian "hari H"), no figure; nor is a
  // trade's settlement day ("the T+1 session").
  if (prev === 43 && (codeAt(text, pos - 2) === 72 || codeAt(text, pos - 2) === 84) && !isLetterAt(text, pos - 3)) return { next: skipRun(text, pos) };
  if (prev === 45 || prev === 0x2011) {
    // "ke-3", "mid-2020" keep; "KN-23", "COVID-19", "F-16" are names.
    let a = pos - 1;
    while (a > 0 && isLetterAt(text, a - 1)) a--;
    const word = lowerSlice(text, a, pos - 1);
    if (word.length > 0) {
      if (word === 'ke' && g.lang === 'id') {
        // ("hari ke-1.000": thousands grouped with dots.)
        const r = execAt(GROUPED_ID, text, pos) ?? execAt(DIGITS, text, pos);
        const n = Number(r?.[0].replaceAll('.', '') ?? 'x');
        if (r && Number.isInteger(n) && !isLetterAt(text, pos + r[0].length)) {
          const end = pos + r[0].length;
          // "Pasal 55 ayat (1) ke-1 KUHP": an item of the law's article, no rank.
          if (AYAT_BEFORE.test(text.slice(Math.max(0, a - 16), a))) return { next: end };
          // "menit ke-90+3": stoppage time, the 93rd minute.
          const added = codeAt(text, end) === 43 ? execAt(DIGITS, text, end + 1) : null;
          if (added && added[0].length <= 2 && !isLetterAt(text, end + 1 + added[0].length)) {
            const e2 = end + 1 + added[0].length;
            return { figure: make(text, a, e2, n + Number(added[0]), 'ordinal', g), next: e2 };
          }
          return { figure: make(text, a, end, n, 'ordinal', g), next: end };
        }
      }
      // "the magnitude-6.8 earthquake": a unit written before the number, joined to it.
      const unitBefore = Object.hasOwn(UNITS_BEFORE, word) ? UNITS_BEFORE[word] : undefined;
      const m = unitBefore !== undefined ? readNum(text, pos, g, false, g.lang) : null;
      if (m && m.hi === undefined && !isLetterAt(text, m.end)) return { figure: make(text, pos, m.end, m.value, 'measure', g, { unit: unitBefore }), next: m.end };
      // "kuartal II-2024": a Roman numeral before a year (but "I-95" is a road).
      if (!HYPHEN_PREFIXES.includes(word) && !(/^[ivx]+$/.test(word) && skipRun(text, pos) - pos === 4)) return { next: skipRun(text, pos) };
    }
  }
  if (prev === 43 /* + */) {
    // "+62 812 3456 7890": an international number, all of it.
    const intl = execAt(INTL_PHONE, text, pos);
    if (intl) return { next: pos + intl[0].length };
  }
  // ("1446 H/2025 M", "Idul Fitri 1446 H/2025": the Common Era year after the Hijri one.)
  if (prev === 47 && codeAt(text, pos - 2) === 72 && execAt(CE_YEAR, text, pos)) return { figure: make(text, pos, pos + 4, Number(text.slice(pos, pos + 4)), 'year', g), next: pos + 4 };
  // ("semester I/2024", "triwulan III/2024": a period's year after its Roman numeral.)
  if (prev === 47 && g.lang === 'id' && PERIOD_ROMAN_BEFORE.test(text.slice(Math.max(0, pos - 20), pos)) && execAt(CE_YEAR, text, pos)) return { figure: make(text, pos, pos + 4, Number(text.slice(pos, pos + 4)), 'year', g), next: pos + 4 };
  if (prev === 47 && currency === undefined && isDigit(codeAt(text, pos - 2))) {
    // (The second reading, after its slash: "90 mmHg".)
    let a = pos - 1;
    while (a > 0 && isDigit(codeAt(text, a - 1))) a--;
    const bp = execAt(BLOOD_PRESSURE, text, a);
    if (bp && a + bp[1]!.length + 1 === pos) return { figure: make(text, pos, a + bp[0].length, Number(bp[2]), 'measure', g, { unit: 'mmhg' }), next: a + bp[0].length };
  }
  // ("Rp 1.000/10 km": what a price is per, a measure of its own.)
  const perMeasure = prev === 47 && PRICE_BEFORE_SLASH.test(text.slice(Math.max(0, pos - 24), pos)) && measureAfterRun(text, pos, g);
  // (Not after a sign that ends in one: Peru's "S/3.58".)
  if ((prev === 35 /* # */ || (prev === 47 /* / */ && currency === undefined) || prev === 64 /* @ */ || prev === 95) && !perMeasure) {
    return { next: skipRun(text, pos) };
  }
  // BMKG's bulletin: "Mag:5.2", "Kedlmn:10 Km".
  if (prev === 58 && currency === undefined) {
    const field = bulletinField(text, pos, g);
    if (field) return field;
  }
  // ("Permen LHK Nomor P.68/Menlhk/Setjen/Kum.1/8/2016": a decree's letter glued before its number.)
  if (currency === undefined && DECREE_LETTER.test(glue) && DECREE_BEFORE.test(text.slice(Math.max(0, pos - 50), pos - glue.length))) {
    const code = execAt(LAW_YEAR, text, pos) ?? execAt(DECREE_CODE_YEAR, text, pos);
    if (code) return codeYear(text, pos, code, g);
  }
  // "§ 1512(c)(2)", "Section 5(1)": a statute's subsection, in brackets glued to the section or subsection before it.
  if (prev === 40 && pos >= 2 && (codeAt(text, pos - 2) === 41 || isDigit(codeAt(text, pos - 2))) && execAt(SUBSECTION, text, pos)) return { next: skipRun(text, pos) };
  // "401(k)", "a 403(b) plan": a US retirement plan named by its section of the tax code.
  if (c0 === 52 && codeAt(text, pos + 3) === 40 && RETIREMENT_PLAN.test(text.slice(pos, pos + 6))) return { next: pos + 6 };
  // "JN.1", "v2.3": digits after a dot glued to a word.
  if ((prev === 46 || prev === 58) && isLetterAt(text, pos - 2) && currency === undefined) return { next: skipRun(text, pos) };
  // ("the legal limit of .08%": a blood-alcohol reading written without its zero.)
  if (prev === 46 && g.lang === 'en' && currency === undefined && (pos < 2 || isInlineSpace(codeAt(text, pos - 2)))) {
    const bare = execAt(BARE_DECIMAL_PERCENT, text, pos);
    if (bare) return { figure: make(text, pos - 1, pos + bare[0].length, Number(`0.${bare[1]}`), 'percent', g, { unit: '%', qualifier: qualifierOf(back, 0, g) }), next: pos + bare[0].length };
  }
  // "(021) 5300700", "B 2024 PQR" (number plates): the token is read only when its first character may start one.
  const t0First = glue === '' && back.len(0) > 0 ? text.charCodeAt(back.start(0)!) : -1;
  if (t0First === 40 && AREA_CODE.test(back.raw(0)!)) return { next: skipRun(text, pos) };
  // At most two letters, each one or two UTF-16 units.
  if (t0First >= 0 && back.len(0) <= 4 && isUpperCode(t0First) && PLATE_LETTERS.test(back.raw(0)!) && execAt(PLATE_AFTER, text, pos)) {
    return { next: skipRun(text, pos) };
  }
  const urlEnd = urlAround(text, pos, glue);
  if (urlEnd > 0) return { next: urlEnd };
  // English phone numbers ("9123 4567": two groups of four; "1800 333 000"; "(301) 555-0188").
  // (Four digits and a space, or three after a bracket, before the patterns are tried.)
  if (g.lang === 'en' && c0 !== 48 && ((isInlineSpace(codeAt(text, pos + 4)) && isDigit(codeAt(text, pos + 3))) || (prev === 40 && codeAt(text, pos + 3) === 41))) {
    const ph = execAt(PHONE_4_3_3, text, pos) ?? (prev === 40 ? execAt(PHONE_US, text, pos) : null) ?? (looksLikeYearAt(text, pos) ? null : execAt(PHONE_4_4, text, pos));
    if (ph) return { next: pos + ph[0].length };
  }
  // ("call the SES on 132 500", "13 DFES (13 3337)": an Australian thirteen number.)
  if (g.lang === 'en' && c0 === 49 && codeAt(text, pos + 1) === 51 && (prev === 40 || (back.glue === '' && (back.low(0) === 'on' || DIALLED_BEFORE.has(back.low(0) ?? ''))))) {
    const ph = execAt(PHONE_AU_13, text, pos);
    if (ph) return { next: pos + ph[0].length };
  }
  // ("the 610 Loop", "the 101 Freeway": a road's name.)
  if (g.lang === 'en') {
    const e = skipRun(text, pos);
    // (A capital after one space before the pattern is tried: most numbers have none.)
    if (isInlineSpace(codeAt(text, e)) && isUpperCode(codeAt(text, e + 1)) && execAt(ROAD_NAME_AFTER, text, e)) return { next: e };
  }
  // ("716-858-2400": a North American number in three dashed groups; "1-800-CALL-FBI": a toll-free one, maybe in words.)
  if (g.lang === 'en' && codeAt(text, pos + 3) === 45 && codeAt(text, pos + 7) === 45) {
    const ph = execAt(PHONE_US_DASHED, text, pos);
    if (ph) return { next: pos + ph[0].length };
  }
  if (g.lang === 'en' && c0 === 49 && codeAt(text, pos + 1) === 45) {
    const ph = execAt(TOLL_FREE_US, text, pos);
    if (ph) return { next: pos + ph[0].length };
  }
  // ("At 500 PM AST (2100 UTC)": a hurricane advisory's clock, its hour and minutes run together before capital AM or PM.)
  if (g.lang === 'en' && (codeAt(text, pos + 3) === 32 || codeAt(text, pos + 4) === 32)) {
    const adv = execAt(ADVISORY_TIME, text, pos);
    if (adv && Number(adv[1]) >= 1 && Number(adv[1]) <= 12 && Number(adv[2]) <= 59) {
      const h = (Number(adv[1]) % 12) + (adv[3] === 'PM' ? 12 : 0);
      return { figure: make(text, pos, pos + adv[0].length, h * 100 + Number(adv[2]), 'time', g), next: pos + adv[0].length };
    }
  }
  // ("pada menit 81", "di menit 45+2", "Mirza 9'", "90+4'": a football match's minute, stoppage time added, is its rank.)
  if (g.lang === 'id') {
    const minute = execAt(MATCH_MINUTE, text, pos);
    const e = minute ? pos + minute[0].length : pos;
    // ("9'": a prime after it, nothing glued after that.)
    const prime = minute !== null && (codeAt(text, e) === 39 || codeAt(text, e) === 0x2019);
    const primed = prime && !isLetterAt(text, e + 1) && !isDigit(codeAt(text, e + 1)) && !isLetterAt(text, pos - 1);
    if (minute && (primed || (back.glue === '' && back.low(0) === 'menit' && MINUTE_BEFORE.has(back.low(1) ?? '')))) {
      return { figure: make(text, pos, e, Number(minute[1]) + Number(minute[2] ?? 0), 'ordinal', g), next: e + (prime ? 1 : 0) };
    }
  }
  // ("U.S. v. Sethi, 1:23-cr-00418": a federal docket, the court's office, the year, the kind of case and its number.)
  if (g.lang === 'en' && codeAt(text, pos + 1) === 58) {
    const docket = execAt(US_DOCKET, text, pos);
    if (docket) return { next: pos + docket[0].length };
  }
  // ("most of them on the 747", "Boeing's 737 production", "five Boeing 777F freighters": a Boeing jet's model in a
  // story about aircraft, not a count; "747 passengers" still counts.)
  if (g.lang === 'en' && c0 === 55 && currency === undefined && codeAt(text, pos + 2) === 55) {
    const jet = execAt(BOEING_MODEL, text, pos);
    if (jet && AVIATION_WORDS.test(sentenceAround(text, pos, pos + jet[0].length, 1))) return { next: pos + jet[0].length };
  }
  // "the 9/11 attacks": the name of what happened ("since 9/11" is the day; Indonesian "Senin (9/11)" is 9 November).
  if (g.lang === 'en' && c0 === 57 && codeAt(text, pos + 1) === 47 && codeAt(text, pos + 2) === 49 && codeAt(text, pos + 3) === 49 && ATTACKS_AFTER.test(text.slice(pos + 4, pos + 20))) return { next: pos + 4 };
  // "PMK 10/2025", "POJK 22/2023": a regulation by its number and year, only where the year is written (a "PMK"
  // before a number is also foot-and-mouth disease: "kasus PMK 1.200 ekor").
  // ("PM 89 Tahun 2015": a transport minister's regulation, its year written out.)
  // ("Permendag 8/2024", "Kepmenperin 12/2023": any minister's regulation or decree.)
  if (glue === '' && (REGULATIONS_WITH_YEAR.has(back.low(0) ?? '') || MINISTER_REGULATION.test(back.low(0) ?? ''))) {
    // ("PMK 191/PMK.010/2022": its codes before the year.)
    const lawYear = execAt(LAW_YEAR, text, pos) ?? execAt(LAW_TAHUN_YEAR, text, pos) ?? execAt(DECREE_CODE_YEAR, text, pos);
    if (lawYear) return codeYear(text, pos, lawYear, g);
  }
  // ("SKB Nomor KP-DRJD 1233 Tahun 2025": a decree's number after its code, its year written out.)
  if (glue === '' && (back.low(1) === 'nomor' || back.low(1) === 'no.') && DECREE_CODE.test(back.raw(0) ?? '')) {
    const lawYear = execAt(LAW_TAHUN_YEAR, text, pos);
    if (lawYear) return codeYear(text, pos, lawYear, g);
  }
  // (A measure after the number wins: "nomor lari 100 meter" is a distance.)
  // ("First-time voters number 21,89,000": "number" as a verb before an amount grouped in thousands.)
  // "HS 2604", "(HS 84 dan HS 87)": a tariff heading's code ("HS (52)" stays a person's initials and age).
  if (currency === undefined && glue === '' && stripOpeners(back.raw(0) ?? '') === 'HS') return { next: labelsEnd(text, skipRun(text, pos), g) };
  // "Year 9 students", "Years 3, 5, 7 and 9": a school's year level, capitalised, as Australian and British copy writes it.
  if (g.lang === 'en' && currency === undefined && glue === '' && SCHOOL_YEAR.has(back.raw(0) ?? '') && SCHOOL_YEAR_LEVEL.test(text.slice(pos, skipRun(text, pos)))) return { next: labelsEnd(text, skipRun(text, pos), g) };
  // ("207.586 unit (43.188 mobil, ...)": "unit" after a number is what that counts, no label of this one.)
  if (currency === undefined && (glue === '' || glue === '(') && isLabel(back) && !(glue === '(' && back.low(0) === 'unit' && isDigit(codeAt(text, back.start(0)! - 2))) && !measureAfterRun(text, pos, g) && !(back.low(0) === 'number' && execAt(GROUPED_AMOUNT, text, pos)) && !(glue === '(' && secondInitials(back))) {
    // "Asia's No. 1", "the world's No. 2 economy": a rank, as "world number one" is.
    const rank = g.lang === 'en' ? execAt(RANK_AFTER_NO, text, pos) : null;
    // ("the No. 14 seed", "the No. 1 pick": a rank by what follows.)
    if (rank && (rankedNo(back) || ((back.low(0) === 'no.' || back.low(0) === 'no') && execAt(SEED_AFTER, text, pos + rank[0].length))) && !execAt(KIT_AFTER, text, pos + rank[0].length)) return { figure: make(text, pos, pos + rank[0].length, Number(rank[0]), 'ordinal', g), next: pos + rank[0].length };
    // "Law No. 1/2023", "UU No. 11/2008": only the year is a figure.
    const lawYear = execAt(LAW_YEAR, text, pos) ?? (DECREE_BEFORE.test(text.slice(Math.max(0, pos - 50), pos)) ? execAt(DECREE_CODE_YEAR, text, pos) : null);
    if (lawYear) return codeYear(text, pos, lawYear, g);
    let next = skipRun(text, pos);
    // "nomor (021) 3190 5889", "WhatsApp 0812 8800 1234": a phone number's groups go with it.
    if (c0 === 48) {
      const from = prev === 40 ? pos - 1 : pos;
      const ph = execAt(PHONE, text, from);
      if (ph) next = Math.max(next, from + ph[0].length);
    } else if (DIALLED_LABELS.has(back.low(0) ?? '')) {
      // ("call 1900 23 23 89")
      const groups = execAt(DIGIT_GROUPS_AFTER, text, next);
      if (groups) next += groups[0].length;
    }
    // "edisi 2020", "seri 2024": an edition or a series named by its year is that year.
    if (next - pos === 4 && YEAR_LABELS.has(back.low(0) ?? '') && looksLikeYearAt(text, pos)) return { figure: make(text, pos, next, Number(text.slice(pos, next)), 'year', g), next };
    // "km 370 A", "Pasal 27 ayat (3)": the label's trailing letter goes too.
    const t = execAt(LABEL_TAIL, text, next);
    if (t) next += t[0].length;
    // ("postcodes 3081 and 3084": more codes listed after a postcode's.)
    if (POSTAL_LABELS.has(back.low(0) ?? '')) for (let more = execAt(POSTCODE_AND, text, next); more; more = execAt(POSTCODE_AND, text, next)) next += more[0].length;
    return { next: labelsEnd(text, next, g, skipRun(text, pos) - pos >= 4) };
  }
  // "140/90 mmHg": a blood pressure's two readings; the second is read next, with its unit.
  if (currency === undefined && (codeAt(text, pos + 2) === 47 || codeAt(text, pos + 3) === 47)) {
    const bp = execAt(BLOOD_PRESSURE, text, pos);
    if (bp) return { figure: make(text, pos, pos + bp[1]!.length, Number(bp[1]), 'measure', g, { unit: 'mmhg', qualifier: qualifierOf(back, 0, g) }), next: pos + bp[1]!.length + 1 };
  }
  // "1. Jawa Barat: 50,3 juta jiwa", "2) Prabowo": a list item's number at the start of a line.
  if (currency === undefined && glue === '' && back.len(0) === 0 && listNumber(text, pos)) return { next: skipRun(text, pos) };
  // "GA 402 | Denpasar", a cell "QZ 7510": a flight's code opening a line or a table's cell, with nothing after it.
  if (currency === undefined && glue === '' && back.len(0) === 2 && cellCode(text, pos, back)) return { next: skipRun(text, pos) };
  if (currency === undefined && (glue === '' || glue === '(')) {
    const e = skipRun(text, pos);
    // (With the groups dialled after it: "the helpline on 0808 223 1133".)
    if (lineNumber(text, pos, e, back)) return { next: e + (execAt(DIGIT_GROUPS_AFTER, text, e)?.[0].length ?? 0) };
    // "(Bank Dunia, 2023: 27)", "(2013: 12-14)": a cited work's page.
    if (back.raw(0) === ':' && citedPage(text, pos, e)) return { next: labelsEnd(text, e, g) };
  }
  // Phone numbers and codes.
  if (c0 === 48 && isDigit(codeAt(text, pos + 1)) && isDigit(codeAt(text, pos + 2)) && !militaryTimeAt(text, pos)) {
    const p = execAt(PHONE, text, pos);
    return { next: p ? pos + p[0].length : skipRun(text, pos) };
  }
  // ("(0743 GMT)" is wire copy's time, read below; so are "(0.36 degrees Fahrenheit)", "(0,5 persen)" and "(00:30 GMT)".)
  // ("32 F (0 C)": a zero with its unit is a measure.)
  if (prev === 40 /* ( */ && c0 === 48 && !zeroDecimalOrClock(text, pos) && !militaryTimeAt(text, pos) && !(!isDigit(codeAt(text, pos + 1)) && measureAt(text, pos + 1))) return { next: skipRun(text, pos) };
  // What follows the bare digits decides which of the checks below can apply at all.
  let runEnd = pos;
  while (runEnd < text.length && isDigit(text.charCodeAt(runEnd))) runEnd++;
  const runLen = runEnd - pos;
  const after = codeAt(text, runEnd);
  const slashOrDash = after === 47 || after === 45;
  // "the Kanchanjunga Express (13174)": a number of five digits or more in brackets after a name is its code.
  if (runLen >= 5 && after === 41 && glue === '(' && currency === undefined && UPPER.test((back.raw(0) ?? '').charAt(0))) return { next: runEnd + 1 };
  // "18.05.2025", "28.05.2025": a day, month and year written with dots (no thousands: a group of two digits).
  if (after === 46 && runLen <= 2 && currency === undefined) {
    const d = execAt(DOTTED_DATE, text, pos);
    if (d && Number(d[1]) >= 1 && Number(d[1]) <= 31 && Number(d[2]) >= 1 && Number(d[2]) <= 12) {
      return { figure: make(text, pos, pos + d[0].length, dateValue(Number(d[3]), Number(d[2]), Number(d[1])), 'date', g), next: pos + d[0].length };
    }
  }
  // "1418 Maple Avenue", "the 4300 block of Lindell Boulevard": a street address.
  if (g.lang === 'en' && currency === undefined && isAddress(text, runEnd)) return { next: runEnd };
  // ("14-18 Albert Lane": a block of house numbers.)
  if (g.lang === 'en' && currency === undefined && after === 45) {
    const r = execAt(HOUSE_RANGE_END, text, runEnd + 1);
    if (r && isAddress(text, runEnd + 1 + r[0].length)) return { next: runEnd + 1 + r[0].length };
  }
  // "Jalan Tun Sambanthan, 50470 Kuala Lumpur": a postal code before its city.
  if (runLen === 5 && currency === undefined && after === 32 && prev === 32 && codeAt(text, pos - 2) === 44 && isUpperCode(codeAt(text, runEnd + 1))) return { next: runEnd };
  // "8.39 degrees south latitude", "113 derajat Bujur Timur": a map coordinate in words (as "8.39°S" is).
  if (currency === undefined) {
    const e = skipRun(text, pos);
    if (isInlineSpace(codeAt(text, e)) && (codeAt(text, e + 1) | 0x20) === 100) {
      const deg = execAt(DEGREES_BEARING, text, e);
      if (deg) return { next: e + deg[0].length };
    }
  }
  // "RAM 8/256 GB": a phone's memory and storage, two measures in the unit written after the second.
  if (after === 47 && runLen <= 2 && currency === undefined) {
    const mem = execAt(MEMORY_PAIR, text, pos);
    if (mem) {
      const unit = mem[1]!.toLowerCase();
      const end = pos + mem[0].length;
      const second = runEnd + 1;
      let digitsEnd = second;
      while (isDigit(codeAt(text, digitsEnd))) digitsEnd++;
      return {
        figure: make(text, pos, runEnd, Number(text.slice(pos, runEnd)), 'measure', g, { unit }),
        then: make(text, second, end, Number(text.slice(second, digitsEnd)), 'measure', g, { unit }),
        next: end,
      };
    }
  }
  // "Hybe (352820.KS)", "Tencent (0700.HK)": a stock code and its exchange.
  if (after === 46 && currency === undefined && isUpperCode(codeAt(text, runEnd + 1))) {
    const tk = execAt(TICKER_EXCHANGE, text, runEnd);
    if (tk) return { next: runEnd + tk[0].length };
  }
  const us = runLen === 3 && (slashOrDash || after === 46 || after === 32) && isDigit(codeAt(text, pos + 4)) ? execAt(US_PHONE, text, pos) : null;
  if (us) return { next: pos + us[0].length };
  if (currency === undefined) {
    // "2:09:56": a race time (a duration in seconds), or a clock time to the second when a zone follows.
    const hms = after === 58 && runLen <= 2 ? execAt(HMS, text, pos) : null;
    if (hms && Number(hms[2]) < 60 && Number(hms[3]) < 60) {
      const e = pos + hms[0].length;
      const zone = execAt(TIME_ZONE_AFTER, text, e);
      if (zone) return { figure: make(text, pos, e + zone[0].length, Number(hms[1]) * 100 + Number(hms[2]), 'time', g), next: e + zone[0].length };
      const secs = Number(hms[1]) * 3600 + Number(hms[2]) * 60 + Number(hms[3]) + Number(`0${(hms[4] ?? '').replace(',', '.')}`);
      return { figure: make(text, pos, e, secs, 'duration', g), next: e };
    }
    // "pukul 14.21.35 WIB": BMKG's time of a quake to the second, with its zone (read as HHMM).
    const hmsDot = after === 46 && runLen <= 2 ? execAt(HMS_DOT, text, pos) : null;
    if (hmsDot && Number(hmsDot[1]) < 24 && Number(hmsDot[2]) < 60 && Number(hmsDot[3]) < 60) {
      const e = pos + hmsDot[0].length;
      const zone = execAt(TIME_ZONE_AFTER, text, e);
      if (zone) return { figure: make(text, pos, e + zone[0].length, Number(hmsDot[1]) * 100 + Number(hmsDot[2]), 'time', g), next: e + zone[0].length };
    }
    // "4:23.65": minutes, seconds and hundredths, a race time.
    const ms = after === 58 && runLen <= 2 && !hms ? execAt(MIN_SEC, text, pos) : null;
    if (ms && Number(ms[2]) < 60) {
      const e = pos + ms[0].length;
      return { figure: make(text, pos, e, Number(ms[1]) * 60 + Number(ms[2]) + Number(`0.${ms[3]}`), 'duration', g), next: e };
    }
    // "ran the second half in 61:08": minutes and seconds, past any hour of a clock.
    const mm = after === 58 && runLen === 2 && !hms && !ms ? execAt(MIN_SEC_WHOLE, text, pos) : null;
    // (Not midnight at the end of a day: "24:00 CET".)
    if (mm && Number(mm[1]) >= 24 && !(Number(mm[1]) === 24 && Number(mm[2]) === 0)) {
      const e = pos + mm[0].length;
      return { figure: make(text, pos, e, Number(mm[1]) * 60 + Number(mm[2]), 'duration', g), next: e };
    }
    // "rasio guru dan murid 1:16", "standar WHO 1:1.000": a ratio, kind other with its share, as shares are.
    const ratio = after === 58 ? ratioAt(text, pos, g) : null;
    if (ratio) return ratio;
    // "by a 3.1-to-1 ratio", "a 2-to-1 margin": how many times the other, kind other (the labels' value is the first).
    const toOne = (after === 45 || after === 46) && g.lang === 'en' ? execAt(TO_ONE, text, pos) : null;
    if (toOne) return { figure: make(text, pos, pos + toOne[0].length, Number(toOne[1]), 'other', g), next: pos + toOne[0].length };
    // Times before dates and numbers: "pukul 10.30 WIB".
    const cueWord = back.glue === '' && (g.timeCues.has(back.low(0) ?? '') || ((codeAt(text, pos - 2) === 44 || back.low(0) === 'dan' || back.low(0) === 'and') && TIME_LIST_BEFORE[g.lang].test(text.slice(Math.max(0, pos - 48), pos))));
    const maybeTime = (runLen <= 2 && (after === 46 || after === 58 || g.lang === 'en' || cueWord)) || (runLen === 4 && isInlineSpace(after));
    const t = maybeTime ? readTime(text, pos, g, back, cueWord) : null;
    if (t) return t;
    // "(11-12/3/2023)": a range of days in one month (not a quote's fraction: "up 1-3/4 cents").
    const dr = after === 45 && runLen <= 2 && !quotedFraction(text, pos, g) ? execAt(DAY_RANGE_SLASH, text, pos) : null;
    if (dr) {
      const [d1, d2, mo] = [Number(dr[1]), Number(dr[2]), Number(dr[3])];
      let year = dr[4] !== undefined ? Number(dr[4]) : undefined;
      if (year !== undefined && year < 100) year += 2000;
      if (d2 > d1 && validDate(d1, mo) && validDate(d2, mo)) {
        const end = pos + dr[0].length;
        return { figure: make(text, pos, end, dateValue(year, mo, d1), 'date', g, { valueMax: dateValue(year, mo, d2) }), next: end };
      }
    }
    // "26/9", "5/8/2024", "17-08-1945"
    const sd = after === 47 ? execAt(SLASH_DATE, text, pos) : after === 45 && runLen <= 2 ? execAt(DASH_DATE, text, pos) : null;
    // "24/7" is round the clock; "sebanyak 1/3 warga", "1/2 jam", "2/3 of voters" are fractions, which are left alone.
    if (sd && sd[0] === '24/7') return { next: pos + 4 };
    // (They are read as numbers below: a share, or an amount of the unit after them.)
    if (sd && !(after === 47 && slashFraction(text, pos, back))) {
      const a = Number(sd[1]);
      const b = Number(sd[2]);
      // (English copy writes the month first in the United States only: "12/09/2024" is 12 September in London,
      // Jeddah or Buenos Aires copy, 9 December in Trenton's.)
      const [day, month] = g.lang === 'en' && a <= 12 && (b > 12 || usText(text)) ? [b, a] : [a, b];
      if (validDate(day, month)) {
        let year = sd[3] !== undefined ? Number(sd[3]) : undefined;
        if (year !== undefined && year < 100) year += 2000;
        const end = pos + sd[0].length;
        return { figure: make(text, pos, end, dateValue(year, month, day), 'date', g), next: end };
      }
    }
    const iso = runLen === 4 && after === 45 ? execAt(ISO_DATE, text, pos) : null;
    if (iso) {
      const month = Number(iso[2]);
      const day = Number(iso[3]);
      if (validDate(day, month)) {
        const end = pos + iso[0].length;
        return { figure: make(text, pos, end, dateValue(Number(iso[1]), month, day), 'date', g), next: end };
      }
    }
  }
  // "[12]": a citation marker.
  if (after === 93 && prev === 91) return { next: pos + runLen + 1 };
  // "rasio 1:3", "skor 2:1": not a clock time, not an amount.
  // ("3:1" is a ratio; "Piala Dunia 2026: diikuti" ends a phrase at the colon.)
  if (after === 58 && isDigit(codeAt(text, runEnd + 1))) return { next: pos + (execAt(RATIO, text, pos)?.[0].length ?? runLen) };
  // "(7203.T)": a stock ticker.
  if (after === 46 && runLen === 4 && execAt(TICKER, text, pos)) return { next: skipRun(text, pos) };
  // "12-Nov-24": BMKG's bulletin date (day, month's abbreviation, two-digit year).
  const dmy = after === 45 && runLen <= 2 ? execAt(DAY_MON_YY, text, pos) : null;
  const dmyMonth = dmy ? (MONTHS.id[dmy[2]!.toLowerCase()] ?? MONTHS.en[dmy[2]!.toLowerCase()]) : undefined;
  if (dmy && dmyMonth !== undefined && validDate(Number(dmy[1]), dmyMonth)) {
    const e = pos + dmy[0].length;
    return { figure: make(text, pos, e, dateValue(2000 + Number(dmy[3]), dmyMonth, Number(dmy[1])), 'date', g), next: e };
  }
  // "05°12' LU", "107°35' BT", "06°10'25\" LS": a coordinate in degrees and minutes, no figure (nor are its minutes
  // and seconds).
  const dms = after === 0xb0 ? execAt(DMS_AFTER, text, runEnd) : null;
  if (dms) return { next: runEnd + dms[0].length };
  // "nomor urut 02": a leading zero makes a code.
  if (c0 === 48 && isDigit(codeAt(text, pos + 1))) return { next: skipRun(text, pos) };
  // ("US$52/MT", "Rp13.500/kg": a price per unit, not a code.)
  if (after === 47 && currency === undefined && execAt(CODE_SLASH_WORD, text, pos)) return { next: skipRun(text, pos) };
  // "1:23-cr-00257" (a docket), "2024-ABC-001": letters between hyphens, digits after them.
  if (after === 45 && execAt(CODE_HYPHEN_WORD, text, pos) && !execAt(MEASURE_HYPHEN, text, runEnd)) return { next: skipRun(text, pos) };
  // "18 U.S.C. § 371": a title of a code of laws, and the section after the sign.
  if ((isInlineSpace(after) && LAW_CODE_FIRST.has(codeAt(text, runEnd + 1)) && execAt(LAW_CODE_AFTER, text, runEnd)) || prev === 0xa7 || (isInlineSpace(prev) && codeAt(text, pos - 2) === 0xa7)) return { next: skipRun(text, pos) };
  if (runLen === 5 && isInlineSpace(after) && execAt(POSTAL_WORD_AFTER, text, runEnd)) return { next: runEnd };
  // "Beverly Hills, Calif. 90210", "Austin, TX 78701-1234": a ZIP code after a state's abbreviation.
  if (runLen === 5 && g.lang === 'en' && back.glue === '' && US_STATE_ABBREVIATIONS.has(back.raw(0) ?? '') && !isDigit(codeAt(text, runEnd + 1))) {
    return { next: after === 45 && execAt(ZIP_PLUS_FOUR, text, runEnd) ? runEnd + 5 : runEnd };
  }
  // "industri 4.0", "Society 5.0", "Web 3.0": a version's name ("IPK 3.0" is a grade).
  if (after === 46 && codeAt(text, runEnd + 1) === 48 && !isDigit(codeAt(text, runEnd + 2)) && VERSIONED_NAMES.has(back.low(0) ?? '') && back.glue === '') return { next: runEnd + 2 };
  // "Python 3.12", "Linux 6.13", "HDMI 2.1": a version after a software name or a standard.
  if (after === 46 && isDigit(codeAt(text, runEnd + 1)) && back.glue === '' && SOFTWARE_NAMES.has(back.low(0) ?? '')) return { next: skipRun(text, pos) };
  if (runLen === 4 && (isInlineSpace(after) || after === 45) && isDigit(codeAt(text, runEnd + 1))) {
    const groups = execAt(DIGIT_GROUPS, text, pos);
    if (groups) return { next: pos + groups[0].length };
  }
  // "1 Syawal 1445 H": a Hijri date (its day and month alone name no day of the Common Era: no figure).
  if (runLen <= 2 && isInlineSpace(after) && isLetterAt(text, runEnd + 1)) {
    const h = execAt(HIJRI_DATE, text, pos);
    if (h) {
      const end = pos + h[0].length;
      const month = HIJRI_MONTHS.findIndex((re) => re.test(h[2]!)) + 1;
      const day = Number(h[1]);
      if (!h[3] || month === 0 || day < 1 || day > 30) return { next: end };
      return { figure: make(text, pos, end, dateValue(Number(h[3]), month, day), 'date', g), next: end };
    }
  }
  // "Ramadan 1446 H": a month of a Hijri year, one date of that calendar (as "Juli 2023" is: YYYYMM00).
  // (Years of the Common Era, far more common, are ruled out first.)
  const hijriYear = runLen === 4 && c0 === 49 && back.glue === '' ? Number(text.slice(pos, runEnd)) : 0;
  if (hijriYear >= 1300 && hijriYear <= 1600) {
    const hm = hijriMonthBefore(back);
    if (hm) {
      const era = execAt(ERA_AFTER, text, runEnd);
      return { figure: make(text, hm.start, runEnd, dateValue(hijriYear, hm.month, 0), 'date', g), next: era ? runEnd + era[0].length : runEnd };
    }
  }
  // "1445 H", "2025 M": a year of the Hijri or the Common Era.
  const eraAt = isInlineSpace(after) ? codeAt(text, runEnd + 1) : after;
  // ("Waisak 2568 BE": a year of the Buddhist Era.)
  // "the '90s", "the early '60s": a decade by its last two digits ("'20s" could be either century: not read).
  if ((prev === 39 || prev === 0x2019) && runLen === 2 && g.lang === 'en' && codeAt(text, runEnd) === 115 && !isLetterAt(text, runEnd + 1) && !isDigit(codeAt(text, runEnd + 1))) {
    const d = Number(text.slice(pos, runEnd));
    if (d % 10 === 0 && d !== 20) {
      const y = d >= 30 ? 1900 + d : 2000 + d;
      const rough = ROUGH_PERIODS.has(back.low(0) ?? '');
      return { figure: make(text, pos - 1, runEnd + 1, y, 'year', g, { valueMax: y + 9, qualifier: rough ? 'approx' : 'exact' }), next: runEnd + 1 };
    }
  }
  const era = runLen === 4 && (c0 === 49 || c0 === 50) && (eraAt === 72 || eraAt === 77 || eraAt === 66) ? execAt(ERA_AFTER, text, runEnd) : null;
  if (era) {
    const y = Number(text.slice(pos, runEnd));
    const [lo, hi] = era[1]!.startsWith('H') ? [1300, 1600] : era[1] === 'BE' ? [2400, 2700] : [1800, 2100];
    if (y >= lo && y <= hi) return { figure: make(text, pos, runEnd, y, 'year', g), next: runEnd + era[0].length };
  }
  // ("dated B.E. 2568": the Buddhist Era may be named first.)
  if (runLen === 4 && c0 === 50 && glue === '' && (back.raw(0) === 'B.E.' || back.raw(0) === 'BE')) {
    const y = Number(text.slice(pos, runEnd));
    if (y >= 2400 && y <= 2700) return { figure: make(text, pos, runEnd, y, 'year', g), next: runEnd };
  }
  // "kelas 3 SD" is a school grade; "kelas 73 kg" a weight class, a measure.
  if (glue === '' && back.len(0) === 5 && back.low(0) === 'kelas' && !measureAfterRun(text, pos, g)) return { next: labelsEnd(text, skipRun(text, pos), g) };
  // "kalah 1-2 dari Jepang", "a 2-2 draw": a match score.
  if ((after === 45 || after === 0x2013 || after === 0xbd) && runLen <= 2 && !quotedFraction(text, pos, g)) {
    const sc = execAt(SCORE, text, pos);
    // ("21-18, 19-21": a game after a game.)
    const scoreNext = sc ? execAt(SCORE_NEXT, text, pos + sc[0].length) : null;
    // ("level the series at 2-2": a series' score.)
    if (sc && (SCORE_BEFORE.has(back.low(0) ?? '') || (back.low(0) === 'at' && back.low(1) === 'series') || execAt(SCORE_AFTER, text, pos + sc[0].length) || SCORE_TOKEN.test(back.raw(0) ?? '') || scoreNext || betweenTeams(text, pos, sc[0].length, back, g) || scoreAfterTeam(back))) {
      return { next: pos + sc[0].length };
    }
  }
  // "*123#", "*888#": a phone menu's code.
  if (codeAt(text, pos - 1) === 42 && (after === 35 || after === 42)) return { next: runEnd + 1 };
  // "its 737 MAX models", "150 firm orders for 787 Dreamliners": an aircraft's model.
  if (runLen === 3 && after === 32 && execAt(AIRCRAFT_AFTER, text, runEnd)) return { next: runEnd };
  // "95 unleaded", "92-octane gasoline": a fuel's grade.
  if (runLen === 2 && (after === 32 || after === 45) && execAt(FUEL_GRADE_AFTER, text, runEnd)) return { next: runEnd };
  // "on 800 9090", "reported on 800 60": a toll-free number (what follows is no group of three thousands).
  if (runLen === 3 && after === 32 && codeAt(text, pos) === 56 && text.startsWith('800', pos)) {
    const rest = execAt(TOLL_FREE_REST, text, runEnd);
    if (rest) return { next: runEnd + rest[0].length };
  }
  // “1917”, “Moana 2”, "Apollo 13": the number ends a quoted title.
  if ((after === 0x201d || after === 34) && quotedTitle(text, pos)) return { next: runEnd + 1 };
  // “100 Million Healthy Lives”: the number opens a quoted name, every word of it capitalised.
  if (after === 32 && (codeAt(text, pos - 1) === 0x201c || codeAt(text, pos - 1) === 34)) {
    const t = execAt(TITLE_AFTER_NUMBER, text, runEnd);
    if (t) return { next: runEnd + t[0].length };
  }
  // ("1800RESPECT", "13YARN": a phone number spelled in capitals, no unit.)
  if (isUpperCode(after) && isUpperCode(codeAt(text, runEnd + 1)) && isUpperCode(codeAt(text, runEnd + 2)) && isUpperCode(codeAt(text, runEnd + 3)) && !measureAt(text, runEnd)) return { next: wordEnd(text, runEnd) };
  // "7-Eleven": a name.
  if (after === 45 && g.lang === 'en' && execAt(NAME_AFTER_DASH, text, runEnd) && !isTimeUnitAt(text, runEnd + 1, g)) return { next: wordEnd(text, runEnd + 1) };
  // "a 281-140 vote", "voted 7-2": a tally, two counts (the second is read next).
  if (after === 45 && g.lang === 'en' && (TALLY_VERBS.has(back.low(0) ?? '') || (PASSED_VERBS.has(back.low(0) ?? '') && descendingTally(text, pos)) || execAt(VOTE_AFTER, text, skipTally(text, pos)) || (descendingTally(text, pos) && TALLY_BEFORE.test(text.slice(Math.max(0, pos - 50), pos))))) {
    return { figure: make(text, pos, runEnd, Number(text.slice(pos, runEnd)), 'count', g), next: runEnd + 1 };
  }
  const code = slashOrDash && !quotedFraction(text, pos, g) && !(after === 47 && slashFraction(text, pos, back)) ? execAt(DIGIT_CODE, text, pos) : null;
  // "tahun ajaran 2024/2025", "the 2024/25 fiscal year": a school, fiscal or farming year.
  if (code && after === 47 && (code[0].length === 9 || code[0].length === 7) && runLen === 4) {
    const y1 = Number(code[0].slice(0, 4));
    const y2 = code[0].length === 9 ? Number(code[0].slice(5)) : y1 - (y1 % 100) + Number(code[0].slice(5));
    const e = pos + code[0].length;
    if (y2 === y1 + 1 && y1 >= 1800 && y1 <= 2100) return { figure: make(text, pos, e, y1, 'year', g, { valueMax: y2 }), next: e };
  }
  // "3-5-7" or "11/2008" are labels, not amounts.
  if (code && !YEAR_SPAN.test(code[0])) return { next: pos + code[0].length };
  if (runLen >= 10) return { next: skipRun(text, pos) };
  before.qualifier = glued === undefined && spaced === undefined ? qualifierOf(back, 0, g) : qualifier;
  before.start = start;
  before.currency = currency;
  before.currencySpaced = currencySpaced;
  return null;
}

/** A lexicon table per language as maps (a word like "constructor" is no key of them). */
function mapsByLang(table: Record<Lang, Readonly<Record<string, number>>>): Record<Lang, ReadonlyMap<string, number>> {
  return { id: new Map(Object.entries(table.id)), en: new Map(Object.entries(table.en)) };
}
const FRACTIONS = mapsByLang(FRACTION_WORDS);
/** Every word of the fractions (either language), and the halves: only these can start or end a share. */
const FRACTION_PARTS: ReadonlySet<string> = new Set([
  ...[...keys(FRACTION_WORDS.id), ...keys(FRACTION_WORDS.en)].flatMap((f) => [f, ...f.split(/[ -]/)]),
  'half', 'setengah', 'separuh',
]);
/** The last words of two-word fractions ("third" of "a third"), and the first letters of their second words. */
const FRACTION_ENDS: ReadonlySet<string> = new Set([...keys(FRACTION_WORDS.id), ...keys(FRACTION_WORDS.en)].filter((f) => f.includes(' ')).map((f) => f.slice(f.indexOf(' ') + 1)));
const FRACTION_NEXT: ReadonlySet<number> = new Set([...FRACTION_ENDS].map((w) => w.charCodeAt(0)));
/** Anchors that are only fractions' words (not numbers or ranks): alone they are no figure. */
const FRACTION_ONLY: Record<Lang, ReadonlySet<string>> = {
  id: new Set(['sepertiga', 'seperempat', 'pertiga', 'perempat']),
  en: new Set(['quarter', 'quarters', 'thirds', 'one-third', 'two-thirds', 'one-quarter', 'three-quarters']),
};
/** After a share: "of" (and "the" after "half"), or in Indonesian "dari" and "total". */
// (A share before "of"; "of a percentage point", "of a mile" make it a measure, see OF_A_MEASURE.)
const SHARE_OF: Record<Lang, RegExp> = { id: /[ \u00a0]+(?:dari|total)(?![\p{L}\p{N}])/iuy, en: /[ \u00a0]+of(?![\p{L}\p{N}])/iuy };
const HALF_THE = /[ \u00a0]+(?:of(?![\p{L}\p{N}])(?![ \u00a0]+an?[ \u00a0])|(?:the|their|his|her|its|our|your|my)(?![\p{L}\p{N}]))/iuy;
/** "a third fewer than", "half as many as": a share compared with a whole. */
const SHARE_COMPARED = /[ \u00a0]+(?:(?:fewer|more|less|lower|higher|smaller|larger|bigger|cheaper)[ \u00a0]+than|as[ \u00a0]+(?:many|much)[ \u00a0]+as)(?![\p{L}\p{N}])/iuy;
/** Before "half": a part of a period, not a share ("the second half of the year"). */
const HALF_PERIOD = new Set(['first', 'second', 'last', 'latter', 'other', 'paruh', 'pertama', 'kedua']);

/**
 * A share at a spelled anchor ("a third of", "two-thirds of", "nearly half of", "seperempat total"), kind other
 * (as the held-out sets' labellers made them), with the qualifier before it; null when the words make none.
 */
function shareAt(text: string, pos: number, we: number, w: string, g: Grammar, back: Back): Read | null {
  // (Most spelled anchors are no fraction's word: one set look-up rules them out.)
  if (!FRACTION_PARTS.has(w)) return null;
  const fractions = FRACTIONS[g.lang];
  let value = fractions.get(w);
  let start = pos;
  let end = we;
  let k = 0;
  // "a third": the word before belongs to it; "two thirds", "dua pertiga": the word after (a t, q or p word).
  const pair = value === undefined && back.glue === '' && FRACTION_ENDS.has(w) ? back.low(0) : undefined;
  if (pair !== undefined && fractions.has(`${pair} ${w}`)) {
    value = fractions.get(`${pair} ${w}`);
    start = back.start(0)!;
    k = 1;
  } else if (value === undefined && isInlineSpace(codeAt(text, we)) && FRACTION_NEXT.has(codeAt(text, we + 1) | 0x20)) {
    const ne = wordEnd(text, we + 1);
    const next = fractions.get(`${w} ${lowerSlice(text, we + 1, ne)}`);
    if (next !== undefined) {
      value = next;
      end = ne;
    }
  }
  const half = value === undefined && (w === 'half' || w === 'setengah' || w === 'separuh');
  // Indonesian fractions need no "dari": "Sepertiga makanan", "seperempat responden", "separuh pekerja"; before a
  // unit of time they are a span ("seperempat abad").
  // ("hampir setengah anggota dewan", "lebih dari setengah jumlah anggota": "setengah" after a qualifier too, where no
  // scale word follows: "lebih dari setengah juta" is a number.)
  const halfShare = w === 'setengah' && qualifierOf(back, k, g) !== undefined && !isScaleWordAt(text, end, g);
  if (g.lang === 'id' && (value !== undefined || w === 'separuh' || halfShare)) {
    // ("sekitar setengah hektare": half of a measure.)
    const mu = half ? measureAt(text, end) : null;
    if (mu) return { figure: make(text, start, end + mu[0].length, 0.5, 'measure', g, { unit: norm(mu[1]!), qualifier: qualifierOf(back, k, g) }), next: end + mu[0].length };
    const tu = execAt(g.timeUnitAfter, text, end);
    if (tu) return { figure: make(text, start, end + tu[0].length, value ?? 0.5, 'duration', g, { unit: lower(tu[1]!), qualifier: qualifierOf(back, k, g) }), next: end + tu[0].length };
    if (value !== undefined || !execAt(HALF_IDIOM_ID, text, end)) {
      return { figure: make(text, start, end, shareValue(value ?? 0.5), 'other', g, { qualifier: qualifierOf(back, k, g) }), next: end };
    }
    return null;
  }
  // "fell by nearly a third", "cut by half": a change by a share (the word before it, or before its qualifier).
  // ("accounting for about a third.": after "for", only where the clause ends, not "for a third year".)
  const before = back.low(k) === 'by' || back.low(k) === 'for' || back.low(k) === 'down' || back.low(k) === 'up' ? back.low(k) : qualifierOf(back, k, g) !== undefined ? back.low(k + 1) : undefined;
  // ("leaving them down about a quarter since January 1": a fall by a share, where a time or the clause's end follows.)
  const moved = (before === 'down' || before === 'up') && (CLAUSE_END_AT.test(charOf(text, end)) || !!execAt(SINCE_AFTER, text, end));
  const byShare = g.lang === 'en' && (((before === 'by' || moved || (before === 'for' && CLAUSE_END_AT.test(charOf(text, end)))) && !execAt(OF_A_MEASURE, text, end)) || !!execAt(SHARE_COMPARED, text, end));
  // "a quarter of a percentage point", "half a percentage point": a percent.
  const point = g.lang === 'en' && (value !== undefined || half) ? execAt(A_PERCENTAGE_POINT, text, end) : null;
  if (point) return { figure: make(text, start, end + point[0].length, value ?? 0.5, 'percent', g, { unit: 'percentage point', qualifier: qualifierOf(back, k, g) }), next: end + point[0].length };
  // "a quarter of a century": a span of time.
  const spanOf = value !== undefined ? execAt(OF_A_MEASURE, text, end) : null;
  if (spanOf?.[1]) return { figure: make(text, start, end + spanOf[0].length, value!, 'duration', g, { unit: lower(spanOf[1]), qualifier: qualifierOf(back, k, g) }), next: end + spanOf[0].length };
  if (half) {
    // "half a second", "Half a century": a span of time.
    const span = g.lang === 'en' ? execAt(HALF_A_SPAN, text, we) : null;
    if (span) return { figure: make(text, pos, we + span[0].length, 0.5, 'duration', g, { unit: lower(span[1]!), qualifier: qualifierOf(back, 0, g) }), next: we + span[0].length };
    // "half a cup", "half a mile": half of a measure.
    const measure = g.lang === 'en' ? execAt(HALF_A_MEASURE, text, we) : null;
    if (measure) return { figure: make(text, pos, we + measure[0].length, 0.5, 'measure', g, { unit: lower(measure[1]!), qualifier: qualifierOf(back, 0, g) }), next: we + measure[0].length };
    // (The word before is read here, not through `back`: "second" may be a figure already.)
    if (HALF_PERIOD.has(wordBefore(text, pos)) || !(byShare || execAt(g.lang === 'en' ? HALF_THE : SHARE_OF.id, text, we))) return null;
    value = 0.5;
  } else if (value === undefined || !(byShare || (k === 1 && CLAUSE_END_AT.test(charOf(text, end))) || plainFraction(text, start, end, g) || (execAt(SHARE_OF[g.lang], text, end) && !execAt(OF_A_MEASURE, text, end)))) {
    return null;
  }
  return { figure: make(text, start, end, shareValue(value), 'other', g, { qualifier: qualifierOf(back, k, g) }), next: end };
}
/** A share as written in figures: three significant digits ("one in three" 0.333, "two-thirds" 0.667, "1 in 6" 0.167). */
function shareValue(v: number): number {
  return Number(v.toPrecision(3));
}

/**
 * An English fraction that can be nothing else ("two-thirds", "one-third", "three-quarters", "two thirds"): a share
 * without "of" too ("a two-thirds majority", "the one-third threshold", "about two-thirds were"). Not "a third" (also
 * a rank: "a third term") nor "three quarters" (also a span: "the past three quarters").
 */
function plainFraction(text: string, start: number, end: number, g: Grammar): boolean {
  if (g.lang !== 'en' || execAt(OF_A_MEASURE, text, end)) return false;
  const w = lowerSlice(text, start, end);
  return w.includes('-') ? !w.startsWith('a-') : w.endsWith('thirds');
}
const MULTIPLIERS = mapsByLang(MULTIPLIER_WORDS);
/** "twice as likely", "twice the legal limit", "nearly double its capacity", "triple what it cost": a multiplier compared. */
const COMPARED_AFTER = /[ \u00a0]+(?:as|the|that|its|their|his|her|our|this|what)(?![\p{L}\p{N}])/iuy;
/** English units of time in the singular, after "a"/"an" ("half a second", "a quarter of a century"). */
const TIME_UNITS_SINGULAR_EN = TIME_UNITS.en.filter((u) => !u.endsWith('s'));
/** "of a percentage point", "of a mile": what makes a fraction part of a measure. */
const OF_A_MEASURE = new RegExp(`${SP}+of${SP}+an?${SP}+(?:percentage${SP}+)?(?:point|mile|kilometre|kilometer|metre|meter|inch|foot|pound|kilo|gram|litre|liter|degree|(${alt(TIME_UNITS_SINGULAR_EN)}))${END}`, 'iuy');
const CLAUSE_END_AT = /^[.,;:)]$/;
/** Whether a scale word ("juta", "million") is the next word after `pos`. */
function isScaleWordAt(text: string, pos: number, g: Grammar): boolean {
  const p = nextNonSpace(text, pos);
  return p > pos && g.scales.get(lowerSlice(text, p, wordEnd(text, p))) !== undefined;
}

/** After "separuh": idioms, not a share ("separuh baya", "separuh hati", "separuh jalan"). */
const HALF_IDIOM_ID = /[ \u00a0]+(?:baya|hati|jalan|napas|nafas)(?![\p{L}\p{N}])/iuy;
const SINCE_AFTER = new RegExp(`${SP}+(?:since|from|this|last|so${SP}+far|over${SP}+the)${END}`, 'iuy');
const A_PERCENTAGE_POINT = new RegExp(`${SP}+(?:of${SP}+)?an?${SP}+percentage${SP}+point${END}`, 'iuy');
const COUNTED_CUPS = /^cups?$/i;
const DRINK_AFTER_ID = /[ \u00a0]+(?:kopi|teh|susu|cokelat|coklat|minuman|wedang|jamu)(?![\p{L}])/iuy;
const HALF_A_MEASURE = new RegExp(`${SP}+an?${SP}+(cup|teaspoon|tablespoon|pound|mile|kilometre|kilometer|kilo|kilogram|litre|liter|metre|meter|inch|foot|gallon|ounce)${END}`, 'iuy');
const HALF_A_SPAN = new RegExp(`${SP}+an?${SP}+(${alt(TIME_UNITS_SINGULAR_EN)})${END}`, 'iuy');

/** The word before pos, lowercase ('' when none). */
function wordBefore(text: string, pos: number): string {
  let e = pos;
  while (e > 0 && isInlineSpace(text.charCodeAt(e - 1))) e--;
  let a = e;
  while (a > 0 && isLetterAt(text, a - 1)) a--;
  return lowerSlice(text, a, e);
}

/** After "quarter" or "half": a point of percent ("-point", " percentage point", "-percentage-point"). */
const SHARE_OF_POINT = new RegExp(`(quarter|half)(?:-|${SP}+(?:a${SP}+)?)((?:percentage(?:-|${SP}+))?point)${END}`, 'iuy');
/** Words before a spelled number that make it a stage's name. */
const STAGE_WORDS: ReadonlySet<string> = new Set(['phase', 'stage', 'fase', 'tahap', 'stadium']);
/** The tens after an Indonesian ordinal's word: "(ketiga) belas", "(keempat) puluh delapan". */
const ID_ORDINAL_TENS = /[ \u00a0]+(?:(belas)|puluh(?:[ \u00a0]+(satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan))?)(?![\p{L}])/iuy;

/** Spelled anchors: ordinals, and the pronoun uses of "satu"/"one" (their Read; null to read on). */
function spelledPrelude(text: string, pos: number, g: Grammar, back: Back): Read | null {
  // Spelled anchors: ordinals, vague amounts and number words.
  if (isLetterAt(text, pos - 1)) return { next: pos + 1 };
  const we = wordEnd(text, pos);
  const w = we > pos ? lowerSlice(text, pos, we) : '';
  const ord = g.ordinals.get(w);
  // "May twenty-ninth, twenty twenty-five", "on June fourth": a spoken day after its month, and its spoken year.
  const day = g.lang === 'en' && back.glue === '' ? (ord ?? compoundOrdinal(w, g)) : undefined;
  if (day !== undefined && day >= 1 && day <= 31) {
    const month = g.months.get(back.low(0) ?? '');
    if (month !== undefined && validDate(day, month)) {
      let e = we;
      const year = execAt(SPOKEN_YEAR_AFTER, text, e) ? spokenYearEn(text, nextNonSpace(text, e + 1), g) : null;
      // ("March twenty-third, 2024": its year in digits.)
      const written = year ? undefined : yearAfter(text, e);
      if (year) e = year.end;
      else if (written) e += written.length;
      return { figure: make(text, back.start(0)!, e, dateValue(year?.value ?? written?.year, month, day), 'date', g), next: e };
    }
  }
  // "on the twenty-fourth of February 2022": a spoken day before its month (not the holiday, "the Fourth of July").
  const dayOf = g.lang === 'en' && back.low(0) === 'the' && !isUpperCode(codeAt(text, pos)) ? (ord ?? compoundOrdinal(w, g)) : undefined;
  const ofMonth = dayOf !== undefined && dayOf >= 1 && dayOf <= 31 ? execAt(OF_MONTH, text, we) : null;
  const month = ofMonth ? g.months.get(lower(ofMonth[1]!)) : undefined;
  if (ofMonth && month !== undefined && validDate(dayOf!, month)) {
    const e = we + ofMonth[0].length;
    return { figure: make(text, pos, e, dateValue(ofMonth[2] === undefined ? undefined : Number(ofMonth[2]), month, dayOf!), 'date', g), next: e };
  }
  // "a quarter-point cut", "by a quarter point", "a half-percentage-point rise": a share of a percentage point, a
  // percent (as labellers make it; "a" belongs to the spaced form only, the hyphened one is an adjective).
  const point = g.lang === 'en' && (w.startsWith('quarter') || w.startsWith('half')) ? execAt(SHARE_OF_POINT, text, pos) : null;
  if (point) {
    const e = pos + point[0].length;
    const spaced = codeAt(text, pos + point[1]!.length) !== 45;
    const s = spaced && back.glue === '' && back.low(0) === 'a' ? back.start(0)! : pos;
    return { figure: make(text, s, e, lower(point[1]!) === 'half' ? 0.5 : 0.25, 'percent', g, { unit: lower(point[2]!), qualifier: qualifierOf(back, s === pos ? 0 : 1, g) }), next: e };
  }
  // "a one-in-three chance": a share written as one word.
  const inShare = g.lang === 'en' && w.includes('-in-') ? /^([a-z]+)-in-([a-z]+)$/.exec(w) : null;
  const part = inShare ? g.numberWords.get(inShare[1]!) : undefined;
  const whole = inShare ? g.numberWords.get(inShare[2]!) : undefined;
  if (part !== undefined && whole !== undefined && whole > part && part >= 1) {
    return { figure: make(text, pos, we, shareValue(part / whole), 'other', g, { qualifier: qualifierOf(back, 0, g) }), next: we };
  }
  // "a third of voters", "nearly half of councils", "seperempat total produksi": a share.
  const share = we > pos ? shareAt(text, pos, we, w, g, back) : null;
  if (share) return share;
  // (A fraction's own word that makes no share: "a quarter-point cut", "sepertiga" alone.)
  if (we > pos && FRACTION_ONLY[g.lang].has(w)) return { next: we };
  // "twice as likely", "triple as many", "twice the legal limit" (36 labels of 43): a multiplier; "double digits" is none.
  const times = we > pos ? MULTIPLIERS[g.lang].get(w) : undefined;
  if (times !== undefined) {
    return w.endsWith('fold') || execAt(COMPARED_AFTER, text, we) ? { figure: make(text, pos, we, times, 'other', g, { qualifier: qualifierOf(back, 0, g) }), next: we } : { next: we };
  }
  // "kendaraan roda empat", "hotel bintang lima", "pedagang kaki lima", "dana pihak ketiga": kinds, not amounts.
  if (we > pos && g.lang === 'id' && ((back.glue === '' && (back.low(0) === 'roda' || back.low(0) === 'bintang' || (w === 'lima' && back.low(0) === 'kaki') || (w === 'ketiga' && back.low(0) === 'pihak'))) || (w === 'satu' && execAt(ARAH_AFTER, text, we)))) {
    return { next: we };
  }
  // ("$4.95 a dozen", "50 cents a dozen": the unit a price is for, no count.)
  if (w === 'a' && g.lang === 'en' && DOZEN_AFTER.test(text.slice(we, we + 8)) && AMOUNT_BEFORE.test(text.slice(Math.max(0, pos - 24), pos))) return { next: we + 7 };
  // ("said one head teacher in Kent", "one parent said": an unnamed speaker, no count.)
  if (w === 'one' && g.lang === 'en' && ((SPEECH_VERBS_EN.has(back.low(0) ?? '') && execAt(SPEAKER_NOUN_AFTER, text, we)) || (!COUNTED_ONE_BEFORE.has(back.low(0) ?? '') && execAt(SPEAKER_AFTER_ONE, text, we)))) return { next: we };
  // ("berpikir dua kali", "on cloud nine", "put two and two together": idioms, no amounts (NUMBER_IDIOMS).)
  const idioms = we > pos ? g.idioms.get(w) : undefined;
  if (idioms) {
    for (const idiom of idioms) {
      const m = execAt(idiom.after, text, we);
      if (m && (!idiom.before || idiom.before.test(text.slice(Math.max(0, pos - 40), pos)))) return { next: we + m[1]!.length };
    }
  }
  // "a phase three trial", "stage four cancer", "Fase dua": a stage's name, as "phase 3" is.
  if (we > pos && back.glue === '' && STAGE_WORDS.has(back.low(0) ?? '') && g.numberWords.has(w)) return { next: we };
  // "third-largest", "second-biggest", "third-highest-grossing", "fifth-most-watched": the rank before a superlative.
  const dash = g.lang === 'en' ? w.indexOf('-') : -1;
  const rank = dash > 0 ? g.ordinals.get(w.slice(0, dash)) : undefined;
  if (rank !== undefined) {
    const rest = w.slice(dash + 1);
    const next = rest.split('-', 1)[0]!;
    if (next.endsWith('est') || next === 'most' || next === 'least' || next === 'worst' || ORDINAL_NOUN_COMPOUND.test(rest)) {
      const e = pos + dash;
      return { figure: make(text, pos, e, rank, 'ordinal', g), next: e };
    }
  }
  // "at first", "in the first place", "first-party", "third-party": idioms, not ranks.
  if (we > pos && ord !== undefined && g.lang === 'en' && ((back.low(0) === 'at' && !execAt(RANKED_WHERE_AFTER, text, we)) || execAt(ORDINAL_COMPOUND, text, we) ||
    (back.low(0) === 'the' && back.low(1) === 'in' && execAt(PLACE_AFTER, text, we)) || firstAsAdverb(text, we, w, back))) {
    return { next: we };
  }
  // "the Group of Seven": a name.
  if (we > pos && back.low(0) === 'of' && back.low(1) === 'group' && isUpperCode(text.charCodeAt(pos))) return { next: we };
  // "the Second Amendment", "Perang Dunia Kedua": a capitalised rank inside a sentence, part of a name.
  // (Not in a headline's title case or capitals: "Kalah di Babak Pertama", "FIRST CUT SINCE 2020".)
  // ("1,280 gigabytes per second": a unit of time.)
  // ("8 terabytes of data every second.": each second, where its clause ends.)
  if (we > pos && ord === 2 && back.glue === '' && (back.low(0) === 'per' || ((back.low(0) === 'every' || back.low(0) === 'each') && CLAUSE_END_AT.test(charOf(text, we))))) return { next: we };
  // ("the Fourth of July": a holiday.)
  if (we > pos && ord === 4 && g.lang === 'en' && FOURTH_OF_JULY.test(text.slice(we, we + 9))) return { next: we };
  if (we > pos && ord !== undefined && midSentenceCapital(text, pos, back) && (UPPER.test(charOf(text, nextNonSpace(text, we))) || partOfName(back)) && !titleCased(text, pos)) {
    return { next: we };
  }
  // ("411 W. First St.", "Second Avenue": a street's name, wherever its sentence seems to start.)
  if (we > pos && ord !== undefined && g.lang === 'en' && isUpperCode(text.charCodeAt(pos)) && execAt(NAME_WORD_AFTER_ORDINAL, text, we)) return { next: we };
  if (we > pos && ord !== undefined) {
    let end = we;
    let ordValue = ord;
    // "ketiga belas" (13th), "keempat puluh delapan" (48th): the tens after the ordinal's word.
    const tens = g.lang === 'id' && ord < 10 && w.startsWith('ke') ? execAt(ID_ORDINAL_TENS, text, we) : null;
    if (tens) {
      ordValue = tens[1] !== undefined ? ord + 10 : ord * 10 + (tens[2] !== undefined ? (g.numberWords.get(lower(tens[2])) ?? 0) : 0);
      end = we + tens[0].length;
    }
    if (g.lang === 'id' && w.startsWith('ke')) {
      // "ketiga anaknya" counts three children; "anak ketiga" is the third.
      const noun = nounAfter(text, end, g);
      const pw = back.glue === '' ? back.low(0) : undefined;
      // At a clause start or after a function word or verb it counts; after a noun ("kali ketiga") it ranks.
      // ("hak asuh kedua anaknya": a possessed noun after it counts wherever it stands; "terlaris kedua tahun
      // ini": a time of the year after it ranks.)
      const possessed = noun !== null && lowerSlice(text, noun.end - 3, noun.end) === 'nya';
      const countPlace =
        pw === undefined || SENTENCE_END.test(pw) || pw.endsWith(',') || possessed ||
        (pw !== 'kali' && (g.notNouns.has(pw) || looksLikeVerbId(pw) || pw === 'bersama'));
      // ("Ribuan relawan kedua kubu", "selisih kedua pasangan": before the parties of a contest it is both, wherever it stands.)
      const parties = noun !== null && ordValue === 2 && PARTIES_ID.has(noun.unit);
      // ("produsen terbesar ketiga dunia": a rank in the world, not three worlds.)
      if (noun && noun.unit !== 'kali' && noun.unit !== 'kalinya' && !RANK_SCOPES_ID.has(noun.unit) && (countPlace || parties) && !(g.timeUnits.has(noun.unit) && execAt(THIS_TIME_AFTER, text, noun.end))) {
        return { figure: make(text, pos, end, ordValue, 'count', g, { unit: noun.unit }), next: end };
      }
    }
    return { figure: make(text, pos, end, ordValue, 'ordinal', g), next: end };
  }
  if (w === 'satu' || w === 'one') {
    const pw = back.low(0);
    const nextCh = charOf(text, pos + w.length);
    if (pw === 'salah' || pw === 'no' || nextCh === '-') return { next: pos + w.length };
    // "one of the largest": a pronoun, not a count; "on the one hand", "one way": idioms.
    if (w === 'one' && (execAt(OF_AFTER, text, pos + 3) || execAt(WAY_AFTER, text, pos + 3) || (pw === 'the' && execAt(HAND_AFTER, text, pos + 3)))) return { next: pos + 3 };
  }
  return null;
}

/** A day and its month after the word of a range: "(from 6 to) 8 May". */
const DAY_OF_MONTH_EN = new RegExp(`\\d{1,2}(?:st|nd|rd|th)?${SP}+(?:${alt(keys(MONTHS.en))})${END}`, 'iuy');
/** A month name and a four-digit year: the second end of a range of months. */
const MONTH_YEAR: Record<Lang, RegExp> = {
  id: new RegExp(`(${alt(keys(MONTHS.id))})\\.?${SP}+((?:1[89]|2\\d)\\d{2})${END}`, 'iuy'),
  en: new RegExp(`(${alt(keys(MONTHS.en))})\\.?${SP}+((?:1[89]|2\\d)\\d{2})${END}`, 'iuy'),
};

/** Whether the capitalised word right before a day and month makes them a name ("Stadion Gelora 10 November"). */
function namesAfterDay(back: Back, g: Grammar): boolean {
  if (g.lang !== 'id' || back.glue !== '') return false;
  const w = back.raw(0);
  const low = back.low(0) ?? '';
  // ("Jl. 17 Agustus": the abbreviation keeps its dot.)
  return w !== undefined && UPPER.test(w) && DATE_NAME_HEADS_ID.has(low.endsWith('.') ? low.slice(0, -1) : low);
}

/** Dates by month name around a digit number: "24 Februari 2022", "24th February", "Juli 2023", "Feb. 24". */
function readMonthDate(text: string, pos: number, g: Grammar, back: Back, n1: Num, n2: Num | null, qualifier: Qualifier | undefined): Read | null {
  const dm = readDayMonth(text, n1, n2 && n2.mantissa !== null ? n2 : null, g, qualifier, back.glue === '' && g.betweenWords.includes(back.low(0) ?? ''));
  if (dm) return namesAfterDay(back, g) ? { next: dm.next } : dm;
  if (g.lang === 'en' && (n1.plainInt || (n1.value >= 1000 && Number.isInteger(n1.value) && n1.scale === 1 && n1.hi === undefined)) && !n2) {
    // "24th February", "39th", "the 1,000th day"
    const sfx0 = mayBeOrdinalSuffix(text, n1.end) ? execAt(EN_ORDINAL_SUFFIX, text, n1.end) : null;
    // ("16st 1lb" is sixteen stone: only 1st, 2nd, 3rd, 4th… 11th, 12th, 13th… are ordinals.)
    const sfx = sfx0 && sfx0[1]!.toLowerCase() === ordinalSuffixEn(n1.value) ? sfx0 : null;
    if (sfx) {
      const asDay: Num = { ...n1, end: n1.end + sfx[0].length };
      const isDay = n1.value >= 1 && n1.value <= 31;
      const d2 = isDay ? readDayMonth(text, asDay, null, g, qualifier) : null;
      if (d2) return d2;
      // "the 5th of May", "the 24th of February 2022"
      const ofMonth = isDay ? execAt(OF_MONTH, text, asDay.end) : null;
      const m2 = ofMonth ? g.months.get(lower(ofMonth[1]!)) : undefined;
      if (ofMonth && m2 !== undefined) {
        const e = asDay.end + ofMonth[0].length;
        return { figure: make(text, pos, e, dateValue(ofMonth[2] === undefined ? undefined : Number(ofMonth[2]), m2, n1.value), 'date', g), next: e };
      }
      // "May 5th" is read below as a date.
      const before = back.glue === '' ? back.raw(0) : undefined;
      if (!(isDay && before !== undefined && monthOf(before.toLowerCase(), g) !== undefined && UPPER.test(before))) {
        if (execAt(NAME_WORD_AFTER_ORDINAL, text, asDay.end)) return { next: asDay.end };
        return { figure: make(text, pos, asDay.end, n1.value, 'ordinal', g), next: asDay.end };
      }
    }
  }
  // "Juli 2023", "Januari-Maret 2024", "July 24, 2022", "Feb. 24", "Oct. 8-13": plain integers only.
  if (!n1.plainInt) return null;
  const tok = back.glue === '' ? back.low(0) : undefined;
  // "Januari-Maret 2024": the month right before the year is after the dash.
  let dash = tok !== undefined ? tok.length - 1 : -1;
  while (dash >= 0 && tok!.charCodeAt(dash) !== 45 && tok!.charCodeAt(dash) !== 0x2013) dash--;
  const monthTok = tok !== undefined && dash >= 0 ? tok.slice(dash + 1) : tok;
  const named = monthTok !== undefined ? monthOf(monthTok, g) : undefined;
  // English months are capitalised: "prices may 5 rise" has no date. (Asked only of a month name: a regex.)
  const capital = named !== undefined && (g.lang !== 'en' || UPPER.test(back.raw(0)!.charAt(back.raw(0)!.length - monthTok!.length)));
  // ("a Long March 5 rocket": China's rockets, by name.)
  if (capital && named === 3 && tok === 'march' && back.raw(1) === 'Long') return { next: wordEnd(text, n1.runEnd) };
  const month = capital ? named : undefined;
  if (month !== undefined) {
    const mAt = back.start(0)! + back.raw(0)!.length - monthTok!.length;
    const q = onlyApprox(qualifierOf(back, 1, g));
    if (n1.value >= 1000 && n1.value <= 2999 && n1.runEnd - n1.start === 4) {
      const range = monthRangeBefore(back, g);
      if (range && range.month < month) {
        return {
          figure: make(text, range.start, n1.end, dateValue(n1.value, range.month, 0), 'date', g, {
            valueMax: dateValue(n1.value, month, 0), qualifier: onlyApprox(qualifierOf(back, range.k0, g)),
          }),
          next: n1.end,
        };
      }
      // "Maret 2023 hingga Juni 2025", "between March 2022 and June 2024": a range of months.
      const between = g.betweenWords.includes(back.low(1) ?? '');
      const sep = execAt(g.rangeSep, text, n1.end) ?? (between ? execAt(g.rangeAnd, text, n1.end) : null);
      const m2 = sep ? execAt(MONTH_YEAR[g.lang], text, n1.end + sep[0].length) : null;
      const month2 = m2 ? monthOf(lower(m2[1]!), g) : undefined;
      if (m2 && month2 !== undefined && (g.lang !== 'en' || UPPER.test(m2[1]!.charAt(0)))) {
        const to = dateValue(Number(m2[2]), month2, 0);
        if (to > dateValue(n1.value, month, 0)) {
          const e = n1.end + sep![0].length + m2[0].length;
          return { figure: make(text, mAt, e, dateValue(n1.value, month, 0), 'date', g, { qualifier: q, valueMax: to }), next: e };
        }
      }
      return { figure: make(text, mAt, n1.end, dateValue(n1.value, month, 0), 'date', g, { qualifier: q }), next: n1.end };
    }
    if (n1.value >= 1 && n1.value <= 31 && g.lang === 'en') {
      // ("sentenced on Oct 3 to 12 weeks' jail": the second number counts weeks, no day of October.)
      // (Not "July 26-28 weekend".)
      const day2 = n2 && n2.plainInt && n2.value <= 31 && !SPANS_AFTER_EN.test(text.slice(n2.end, n2.end + 10)) ? n2.value : undefined;
      let e = day2 !== undefined ? n2!.end : n1.end;
      const sfx = mayBeOrdinalSuffix(text, e) ? execAt(EN_ORDINAL_SUFFIX, text, e) : null;
      if (sfx) e += sfx[0].length;
      // "April 23 to May 3": a range into the next month.
      let month2 = month;
      let to = day2;
      // ("between March 1 and June 18")
      const sep = to === undefined ? (execAt(g.rangeSep, text, e) ?? (g.betweenWords.includes(back.low(1) ?? '') ? execAt(g.rangeAnd, text, e) : null)) : null;
      const md = sep && UPPER.test(charOf(text, e + sep[0].length)) ? execAt(MONTH_DAY_EN, text, e + sep[0].length) : null;
      const m2 = md ? g.months.get(lower(md[1]!)) : undefined;
      // ("April 8 to April 12": within the month, the month written again.)
      if (md && m2 !== undefined && (m2 > month || (m2 === month && Number(md[2]) > n1.value)) && validDate(Number(md[2]), m2)) {
        month2 = m2;
        to = Number(md[2]);
        e += sep![0].length + md[0].length;
      }
      // "April 8 and 9": two days of the month, one figure as "8 dan 9 April" is.
      const and = to === undefined ? execAt(AND_DAY_EN, text, e) : null;
      if (and && Number(and[1]) > n1.value && validDate(Number(and[1]), month) && !nounAfter(text, e + and[0].length, g)) {
        to = Number(and[1]);
        e += and[0].length;
      }
      let year: number | undefined;
      const ym = execAt(YEAR_AFTER, text, e);
      if (ym) {
        year = Number(ym[1]);
        e += ym[0].length;
      }
      // "from July 1, 2016, to May 31, 2022", "between Jan. 5, 2023 and March 3, 2024": each end with its own year.
      let year2 = year;
      if (to === undefined && year !== undefined) {
        const sep2 = execAt(DATE_TO_EN, text, e) ?? (g.betweenWords.includes(back.low(1) ?? '') ? execAt(g.rangeAnd, text, e) : null);
        const md2 = sep2 && UPPER.test(charOf(text, e + sep2[0].length)) ? execAt(MONTH_DAY_EN, text, e + sep2[0].length) : null;
        const m3 = md2 ? g.months.get(lower(md2[1]!)) : undefined;
        const y2 = md2 ? execAt(YEAR_AFTER, text, e + sep2![0].length + md2[0].length) : null;
        if (md2 && m3 !== undefined && y2 && validDate(Number(md2[2]), m3) && dateValue(Number(y2[1]), m3, Number(md2[2])) > dateValue(year, month, n1.value)) {
          month2 = m3;
          to = Number(md2[2]);
          year2 = Number(y2[1]);
          e += sep2![0].length + md2[0].length + y2[0].length;
        }
      }
      const hi = to !== undefined ? dateValue(year2, month2, to) : undefined;
      return { figure: make(text, mAt, e, dateValue(year, month, n1.value), 'date', g, { valueMax: hi, qualifier: q }), next: e };
    }
  }
  return null;
}

/** The second day after "April 8": " and 9" (not a count, "and 9 people", nor a time, "and 9 p.m."). */
const AND_DAY_EN = new RegExp(String.raw`${SP}+(?:and|&)${SP}+(\d{1,2})(?![\p{L}\p{N}]|[.:]\d|${SP}*[ap]\.?m\b)`, 'iuy');

/** One group of three digits after one separator, and no more: "6.700", "6,700". */
export const OTHER_THOUSANDS = /^[1-9]\d{0,2}[.,]\d{3}$/;
/** A ratio's "for each" after a counted noun. */
// (Not a day's "per": "991,820 personel per 4 Juni 2025" is the count as of that day.)
const EACH_AFTER = new RegExp(`^[ \\u00a0]+(?:for[ \\u00a0]+(?:each|every)|per(?![ \\u00a0]+\\d{1,2}[ \\u00a0]+(?:${alt([...keys(MONTHS.id), ...keys(MONTHS.en)])})(?![\\p{L}]))|untuk[ \\u00a0]+(?:setiap|tiap))(?![\\p{L}])`, 'iu');
/** "of" or "dari" after a number: a part of something counted ("about 2000 of them"). */
const PART_OF_AFTER = /^[ \u00a0]+(?:of|dari)(?![\p{L}])/iu;

const FIRST_LAST_ID: ReadonlySet<string> = new Set(['pertama', 'terakhir']);
/** Cues of a year that may stand before a qualifier ("until at least 2030"). */
/** Words of a deadline before a year: "paling lambat", "selambat-lambatnya", "no later than". */
const DEADLINE_BEFORE = /(?:paling[ \u00a0]+lambat|selambat-lambatnya|(?:no|not)[ \u00a0]+later[ \u00a0]+than)[ \u00a0]*$/iu;
const BOUND_YEAR_CUES: ReadonlySet<string> = new Set(['until', 'till', 'since', 'before', 'after', 'sejak', 'sampai', 'hingga']);

/** A four-digit number in a year's place (after a cue, or with nothing counted after it), else null. */
function readYear(
  text: string, pos: number, g: Grammar, back: Back, n1: Num, n2: Num | null, end: number, value: number, qualifier: Qualifier | undefined,
): Read | null {
  // "Asteroid 2026 XK", "Comet 2024 G3": a catalogue designation.
  // ("a newly found asteroid, 2025 YR4")
  if (!n2 && back.glue === '' && CATALOGUED.has((back.low(0) ?? '').replace(/,$/, '')) && execAt(DESIGNATION_AFTER, text, end)) return { next: end };
  const prev = back.glue === '' ? (back.low(0) ?? '') : '';
  // ("kuartal III-2025": a quarter's Roman numeral glued before the year.)
  // ("tiga bulan pertama 2025": the first months of a year, after an ordinal read as a figure of its own.)
  const cue = g.yearCues.has(prev) || (g.lang === 'en' && (prev === 'circa' || prev === 'c.')) || QUARTER_GLUE.test(back.glue) || (g.lang === 'id' && back.low(0) === undefined && n1.value % 100 !== 0 && FIRST_LAST_ID.has(wordBefore(text, pos)));
  // "in 2025 to 75,259 villages": after a year's cue, a second number with separators ends no range of years.
  if (cue && n2 && !n2.plainInt) return { figure: make(text, pos, n1.end, n1.value, 'year', g, { qualifier: onlyApprox(qualifier) }), next: n1.end };
  const noun = nounAfter(text, end, g);
  const nounWord = noun ? text.slice(end, noun.end).trim() : '';
  // "2000 orang" counts; "2023 tercatat", "2024 Kim" and "sejak 2018" are years; so are "the 2012 festival" and
  // "our 2013 research" (a year before one thing), unlike "the 2000 people".
  // ("Piala Dunia 2026 zona Asia": after an event's name, a year even before a noun.)
  // ("53% below 1990 levels", "to 2005 levels": the year of a baseline, whatever stands before it.)
  if (!n2 && noun?.unit === 'levels' && g.lang === 'en') return { figure: make(text, pos, end, value, 'year', g), next: end };
  // ("the 2024 elections", "The 2022 floods": the year of events, not a count of them.)
  if (!n2 && g.lang === 'en' && noun && YEAR_EVENTS_EN.has(noun.unit) && qualifier === undefined && back.glue === '' && (DETERMINERS_EN.has(prev) || POSSESSIVE_END.test(back.raw(0) ?? ''))) return { figure: make(text, pos, end, value, 'year', g), next: end };
  const counted =
    noun !== null && !UPPER.test(charOf(nounWord, 0)) && !(g.lang === 'id' && looksLikeVerbId(noun.unit)) && !partOfName(back) &&
    !(back.glue === '' && BRACKETED_ACRONYM.test(back.raw(0) ?? '')) &&
    !(g.lang === 'en' && !IRREGULAR_PLURALS_EN.has(noun.unit) && !noun.unit.endsWith('ies') && !pluralS(noun.unit, DETERMINERS_EN.has(prev)));
  const quantityCue = back.glue === '' && QUANTITY.has(back.low(0) ?? '');
  // ("until at least 2030", "sejak setidaknya 2014": a year's cue before the qualifier.)
  const cueBeforeQualifier = qualifier !== undefined && !n2 && back.glue === '' && (BOUND_YEAR_CUES.has(back.low(1) ?? '') || BOUND_YEAR_CUES.has(back.low(2) ?? ''));
  // ("said 2026 sales would": in English copy a count of thousands has its comma; four plain digits of a recent,
  // not round, year before a noun are that year.)
  // ("up 4% over 2021,": the year compared with, not "more than 2021".)
  const modifierYear = g.lang === 'en' && (qualifier === undefined ? !n2 : prev === 'over' && !counted && (!n2 || n2.plainInt)) && n1.value >= 1950 && n1.value <= 2099 && n1.value % 100 !== 0 && back.glue === '' && !QUANTITY.has(prev);
  // ("sekitar 2035 hingga 2040": a rough range of years, with nothing counted after it.)
  const roughYears = qualifier === 'approx' && n2 !== null && looksLikeYear(n2) && n2.value > n1.value;
  // ("projected to bottom out around 2035", "net zero by or around 2050": a rough year, with nothing counted.)
  // (Not "about 2000 of them", nor a level a count reached: "rose to about 2000".)
  // ("The Union Budget for 2025-26 pegs": a fiscal year, its second year cut to two digits, whatever follows it.)
  const fiscal = n2 !== null && n2.runEnd - n2.start === 2 && n2.value === n1.value + 1;
  // ("tuntas paling lambat 2027", "no later than 2030": a deadline's year.)
  const deadline = !n2 && back.glue === '' && n1.value >= 1900 && n1.value <= 2099 && DEADLINE_BEFORE.test(text.slice(Math.max(0, pos - 24), pos));
  // ("hampir menyamai total 2023 yang mencapai 2.301 orang": the total of a year, its number after.)
  const totalOfYear = g.lang === 'id' && !n2 && back.glue === '' && prev === 'total' && looksLikeYear(n1) && TOTAL_OF_YEAR_AFTER.test(text.slice(end, end + 32));
  if (cue || cueBeforeQualifier || modifierYear || fiscal || deadline || totalOfYear || (!counted && (qualifier === undefined || roughYears || (qualifier === 'approx' && !LEVEL_BEFORE.has(back.low(1) ?? '') && !PART_OF_AFTER.test(text.slice(end, end + 6)))) && !quantityCue)) {
    const vmax = n2 && n2.plainInt ? n2.value : undefined;
    // "1990-an": the decade.
    const an = !n2 && n1.value % 10 === 0 ? execAt(DECADE_SUFFIX[g.lang], text, end) : null;
    if (an) {
      const e = end + an[0].length;
      // "the 1800s" is a century, "the 1990s" (and "the 2000s") a decade: an exact span of years, unless
      // "early", "mid" or "late" narrows it roughly.
      const span = n1.value % 100 === 0 && n1.value < 2000 ? 99 : 9;
      const glued = back.glue.endsWith('-') ? back.glue.slice(0, -1).toLowerCase() : back.glue === '' ? back.low(0) : undefined;
      const rough = glued !== undefined && ROUGH_PERIODS.has(glued);
      return { figure: make(text, pos, e, n1.value, 'year', g, { valueMax: n1.value + span, qualifier: rough ? 'approx' : 'exact' }), next: e };
    }
    // ("by mid-2025": about then, as six labellers of seven read it; "end-2023" and "early 2024" stay exact.)
    const mid = !n2 && back.glue.toLowerCase() === 'mid-';
    // ("sekitar tahun 2072", "around the year 2050": about then.)
    if (qualifier === undefined && (prev === 'tahun' || prev === 'year') && back.glue === '') qualifier = onlyApprox(qualifierOf(back, prev === 'year' && back.low(1) === 'the' ? 2 : 1, g));
    // (A bound after a cue stays: "until at least 2030"; so does a deadline's, "paling lambat 2027".)
    return { figure: make(text, pos, end, value, 'year', g, { valueMax: vmax, qualifier: mid ? 'approx' : deadline ? 'at_most' : cueBeforeQualifier ? qualifier : onlyApprox(qualifier) }), next: end };
  }
  return null;
}

/** Events named by their year in the plural: "the 2024 elections". */
const YEAR_EVENTS_EN: ReadonlySet<string> = new Set([
  'elections', 'polls', 'floods', 'games', 'olympics', 'riots', 'protests', 'attacks', 'fires', 'wildfires', 'bombings',
  'earthquakes', 'midterms', 'primaries', 'playoffs', 'finals', 'championships', 'talks', 'negotiations', 'uprisings', 'strikes',
]);

/** Longest quoted title read as a name. */
const TITLE_MAX = 40;
/** The rest of a quoted title up to its closing quote, with no sentence's end inside (a quote of speech has one). */
const TITLE_QUOTED = new RegExp(`^(?:[^“”"\n.!?]|\\.(?=\\S)){0,${TITLE_MAX}}[,]?[”"]`, 'u');
/**
 * The word before the opening quote names a work or its title: "album", "lagu", "the drama", "titled". (Not an owner:
 * "Putin's “3 million shells”" quotes a claim.)
 */
function titleBefore(back: Back): boolean {
  const w = back.low(0);
  return w !== undefined && (TITLE_NOUNS.has(w) || TITLE_CUES.has(w));
}

/** The number at pos and what surrounds it: ranges, dates, units, years, the counted noun, qualifiers. */
function readFigure(
  text: string, pos: number, g: Grammar, back: Back, digit: boolean,
  qualifierBefore: Qualifier | undefined, start: number, currencyBefore: string | undefined, currencySpaced: boolean,
): Read {
  // ("net zero emissions", "net-zero": a target's name, not a figure.)
  if (!digit && (codeAt(text, pos) | 0x20) === 0x7a && lowerSlice(text, pos, pos + 4) === 'zero' && !isLetterAt(text, pos + 4) && /net[ \u00a0-]$/i.test(text.slice(Math.max(0, pos - 4), pos))) return { next: pos + 4 };
  let qualifier = qualifierBefore;
  let currency = currencyBefore;
  let plainCents = false;
  // "-5 derajat", "−2,1%": a minus sign glued to the number belongs to it.
  // ("minus 70 derajat": the word, too.)
  // ("(minus 58 degrees Fahrenheit)": after an opening bracket.)
  const minusLen = back.glue === '' ? back.len(0) : 0;
  const minusWord = digit && currency === undefined && (minusLen === 5 || (minusLen === 6 && isOpener(codeAt(text, back.start(0)!)))) && back.low(0) === 'minus';
  // ("281-140": the second number of a tally is not below zero; "plus or minus 3.1 points", "plus minus 4 poin" a margin.)
  // ("(-11°C)": the sign after an opening bracket.)
  const sign = back.glue.length === 2 && isOpener(back.glue.charCodeAt(0)) ? back.glue.charAt(1) : back.glue;
  const negative = (digit && currency === undefined && (sign === '-' || sign === '\u2212') && !isDigit(codeAt(text, pos - 2))) || (minusWord && !(back.low(1) === 'or' && back.low(2) === 'plus') && back.low(1) !== 'plus');
  // ("Rp 10.000 triliun" in English copy: ten thousand; so are "$529.000" in Chilean pesos and "R$5,47" five reais.)
  const format: Lang = currency !== undefined && DOTTED_MONEY.has(currency) && g.lang === 'en' && digit ? rupiahFormat(text.slice(pos, digitsEnd(text, pos))) : g.lang;
  // Adele's album “25”, lagu “22”, the drama “12.12: The Day”: a number opening a short quoted title after a word
  // for a work is part of the title.
  if (currency === undefined && (back.glue === '“' || back.glue === '"') && titleBefore(back)) {
    const close = TITLE_QUOTED.exec(text.slice(pos, pos + TITLE_MAX + 1));
    if (close) return { next: pos + close[0].length };
  }
  // "jam sepuluh malam", "pukul tujuh pagi", "jam setengah lima subuh" (half past four): a clock time in words.
  if (!digit && g.lang === 'id' && currency === undefined && back.glue === '' && g.timeCues.has(back.low(0) ?? '')) {
    const t = spelledTimeId(text, pos, g, back);
    if (t) return t;
  }
  const n1 = readNum(text, pos, g, currency !== undefined, format);
  if (!n1) return { next: digit ? skipRun(text, pos) : pos + Math.max(1, wordEnd(text, pos) - pos) };
  // "konser bertajuk 20 Tahun BCL", "a show titled 100 Days Wild": a title in title case after a word that names it.
  if (back.glue === '' && TITLE_CUES.has(back.low(0) ?? '') && UPPER.test(charOf(text, nextNonSpace(text, n1.end)))) return { next: n1.end };
  // "a 4K TV": a picture format.
  // ("resolusi 4K", "2,5K": Indonesian writes thousands as "rb" or "ribu", a bare "K" only after a currency.)
  if (digit && n1.scale === 1e3 && codeAt(text, n1.runEnd) === 75 && currency === undefined && (g.lang === 'id' || execAt(DISPLAY_AFTER, text, n1.end))) return { next: n1.end };
  // "Ninety Mile Beach", "Tiga Roda": a capitalised number word inside a sentence, before a capitalised word.
  // ("Formula One", "Air Force One": after a name word, too.) In a headline's title case, not before a unit of time or
  // measure or a scale ("Perang Selama Dua Dekade", "Tiga Juta Peluru"), while "Semen Tiga Roda" and "Dua Garis
  // Biru" stay names; in capitals always ("THE NINE NETWORK").
  if (n1.spelled && midSentenceCapital(text, pos, back) && (UPPER.test(charOf(text, nextNonSpace(text, n1.end))) || partOfName(back)) && !(LOWER.test(text.slice(pos, n1.end)) && unitAfterSpelled(text, n1, g) && titleCased(text, pos))) return { next: n1.end };
  // "sections 8(c), 21(c) and 29 of the NDPS Act", "Sections 318(4), 319(2)": a law's sections and subsections, whatever
  // word lists them.
  if (digit && n1.plainInt && (execAt(SUBSECTION_AFTER, text, n1.end) || (g.lang === 'en' && execAt(SECTION_OF_ACT, text, n1.end)))) return { next: n1.end };
  // "asteroid 3200 Phaethon", "planet ekstrasurya 55 Cancri e": a catalogue number before a body's name.
  if (digit && n1.plainInt && back.glue === '' && CATALOGUED.has(back.low(0) ?? '') && UPPER.test(charOf(text, nextNonSpace(text, n1.end)))) return { next: n1.end };
  // "world number one", "petenis nomor satu dunia": a rank.
  if (n1.spelled && n1.hi === undefined && Number.isInteger(n1.value) && n1.value >= 1 && back.glue === '' && back.low(0) === RANK_NUMBER_WORD[g.lang]) {
    return { figure: make(text, pos, n1.end, n1.value, 'ordinal', g), next: n1.end };
  }
  // Spoken dates in broadcast scripts: "dua puluh enam Februari dua ribu dua puluh empat", "sejak dua ribu delapan belas".
  if (n1.spelled && n1.hi === undefined && Number.isInteger(n1.value) && n1.value >= 1 && currency === undefined) {
    const spoken = spokenDate(text, pos, n1, g, back);
    if (spoken) return spoken;
  }
  let end = n1.end;
  let value = n1.value;
  let valueMax = n1.hi;
  // "1m 34.876s": a lap's minutes and seconds, in seconds (not a million).
  const lap = digit && g.lang === 'en' && n1.scale === 1e6 && n1.mantissa !== null && /^\d{1,2}$/.test(n1.mantissa) && codeAt(text, n1.runEnd) === 109 ? execAt(MINUTES_SECONDS_AFTER, text, n1.runEnd + 1) : null;
  if (lap) {
    const seconds = Number((Number(n1.mantissa) * 60 + Number(lap[1])).toPrecision(12));
    const lapEnd = n1.runEnd + 1 + lap[0].length;
    return { figure: make(text, start, lapEnd, seconds, 'duration', g, { unit: 's', qualifier }), next: lapEnd };
  }
  // "3.1 × 10^19 kilometres", "10^12 guesses": a power of ten written out.
  const caret = digit && n1.plainInt && value === 10 && codeAt(text, end) === 94 ? execAt(CARET_POWER, text, end) : null;
  const power = caret ?? (digit && n1.scale === 1 && n1.hi === undefined ? execAt(TIMES_POWER_OF_TEN, text, end) : null);
  if (power) {
    const exponent = power[1] !== undefined ? power[1].replace('\u2212', '-') : [...power[2]!].map((c) => SUPERSCRIPT_ASCII[c]).join('');
    value = Number(((caret ? 1 : value) * 10 ** Number(exponent)).toPrecision(12));
    end += power[0].length;
  }
  // "2 x 24 jam", "1x24 jam": so many times a span of time, one duration.
  const times = digit && n1.plainInt && n1.value <= 10 && currency === undefined && timesSignAt(text, end) ? execAt(TIMES_DURATION, text, end) : null;
  if (times) {
    value = n1.value * Number(times[1]);
    end += times[0].length;
  }
  // "6 (enam) tahun", "Rp 1.000.000.000 (satu miliar rupiah)": a legal text's number restated in words in brackets,
  // one figure, its unit after the bracket.
  if (digit && !times && n1.hi === undefined && (codeAt(text, end) === 40 || (isInlineSpace(codeAt(text, end)) && codeAt(text, end + 1) === 40))) {
    const open = end + (codeAt(text, end) === 40 ? 1 : 2);
    const words = isLetterAt(text, open) ? readSpelledNum(text, open, g) : null;
    if (words && words.hi === undefined && Math.abs(words.value - value) < 1e-9 * Math.max(1, value)) {
      const cw = currency !== undefined ? execAt(g.currencyWordAfter, text, words.end) : null;
      const close = words.end + (cw ? cw[0].length : 0);
      if (codeAt(text, close) === 41) end = close + 1;
    }
  }
  // "berusia 20-an tahun", "sekitar 20-an warga": twenty-odd, 20..29, rough. ("300-an": three hundred and some,
  // 300..399; "1.200-an kader" 1200..1299, "2.000-an siswa" 2000..2999: the step of its last digit written.)
  // ("120-an" 120..129, "Rp 16.200-an" 16200..16299, "Rp 110.000-an" 110000..119999, "22jt-an" 22..23 million less
  // one: the step of the last non-zero digit, as labellers read them.)
  const grouped = digit && !n1.plainInt && n1.scale === 1 && n1.hi === undefined && Number.isInteger(n1.value) && n1.value % 10 === 0;
  const scaledOdd = digit && n1.scale >= 1000 && n1.hi === undefined && n1.mantissa !== null && Number.isInteger(Number(n1.mantissa.replace(",", "."))) && end === n1.end && codeAt(text, end) === 45;
  // ("300 ribu-an" as "300-an" thousand: 300,000..399,999; "22jt-an" 22..23 million less one.)
  const oddStep = scaledOdd ? n1.scale * roundStep(Number(n1.mantissa!.replace(',', '.'))) : grouped ? roundStep(n1.value) : n1.value % 100 === 0 ? 100 : 10;
  const tensOdd = digit && g.lang === 'id' && !times && (grouped || scaledOdd || (n1.plainInt && n1.value >= 10 && n1.value <= 990)) && n1.value % oddStep === 0 && (end === n1.runEnd || scaledOdd) && execAt(TENS_ODD_ID, text, end) !== null;
  if (tensOdd) {
    valueMax = value + oddStep - 1;
    end += 3;
    qualifier ??= 'approx';
    // ("Rp 380-an juta": the scale word after the "-an", 380..389 million.)
    const sc = !scaledOdd && n1.scale === 1 ? readScale(text, end, g, false, currency !== undefined) : null;
    if (sc && sc.scale > 1) {
      value *= sc.scale;
      valueMax = (valueMax + 1) * sc.scale - 1;
      end = sc.end;
    }
  }
  // "2,5±1 persen": the span from value minus margin to value plus margin.
  const pm = digit && !tensOdd && !times && (codeAt(text, end) === 0xb1 || (isInlineSpace(codeAt(text, end)) && codeAt(text, end + 1) === 0xb1)) ? execAt(PLUS_MINUS, text, end) : null;
  const margin = pm ? readNum(text, end + pm[0].length, g, false, format) : null;
  if (margin && margin.hi === undefined && margin.value < value) {
    valueMax = value + margin.value;
    value -= margin.value;
    end = margin.end;
  }
  // "five and a half years", "eight-and-a-half years": plus a half.
  const half = g.lang === 'en' && n1.scale === 1 && Number.isInteger(n1.value) && (isInlineSpace(codeAt(text, end)) || codeAt(text, end) === 45) && (codeAt(text, end + 1) | 0x20) === 0x61 ? execAt(AND_A_HALF, text, end) : null;
  if (half) {
    value += 0.5;
    end += half[0].length;
    // "three and a half million"
    const sc = readScale(text, end, g, false, currency !== undefined);
    value *= sc.scale;
    end = sc.end;
  }
  // "Rp 50 ribuan", "2,5 jutaan": a scale word with -an after a number makes it rough, up to the step of its last
  // digit written, as "300-an" is: "Rp 9 jutaan" 9..10 million less one, "Rp 1,5 jutaan" 1.5..1.6 million less one.
  const roughScale =
    digit && g.lang === 'id' && n1.scale === 1 && isInlineSpace(codeAt(text, end)) && mayBeRoughScale(text, end + 1) ? execAt(ROUGH_SCALE_ID, text, end) : null;
  if (roughScale) {
    const scale = ROUGH_SCALES_ID[lower(roughScale[1]!)]!;
    value = scaleDecimal(n1.mantissa!, scale);
    const decimals = n1.mantissa!.split('.')[1]?.length ?? 0;
    valueMax = value + Math.round((decimals > 0 ? 10 ** -decimals : roundStep(Number(n1.mantissa))) * scale) - 1;
    end += roughScale[0].length;
    qualifier ??= 'approx';
  }

  // Ranges: "3-5 juta", "3 hingga 5 juta", "antara 3 dan 5 juta", "10-15 persen".
  // ("antara minus 10 dan 40 derajat Celsius")
  const between = tokenBeforeIs(back, g.betweenWords, currencySpaced) || (minusWord && g.betweenWords.includes(back.low(1) ?? ''));
  const from = tokenBeforeIs(back, g.fromWords, currencySpaced);
  // "from 3 to 5 percent" is a change, not a range ("ranged from ..." is one); with a unit on both ends, only after a
  // word of change ("rise from 10.5% to 20.8%", not "from 3.75% to 4.5% earlier").
  const changeFrom = from && g.lang === 'en' && !RANGE_VERBS_EN.has(back.low(currencySpaced ? 2 : 1) ?? '');
  // ("will raise employers' National Insurance from 13.8% to 15%": the verb may stand a few words before "from".)
  const k0 = currencySpaced ? 2 : 1;
  const changeFromVerb = changeFrom && [0, 1, 2, 3, 4].some((k) => CHANGE_EN.has(back.low(k0 + k) ?? ''));
  // ("rose $45 to $435", "fell 64 basis points to 583 basis points": after a verb of change, a far larger second end is a level.)
  const verb = verbBefore(back, currencySpaced ? 1 : 0) ?? '';
  // ("raised its forecast by 1.1 million tonnes to 83.8 million tonnes": "by" gives the change too.)
  const movedBefore = g.lang === 'en' && (CHANGE_EN.has(verb) || MOVED_BY_EN.has(verb) || verb === 'by');
  let n2: Num | null = null;
  if (n1.hi === undefined && !tensOdd && !margin) {
    const sep0 = between
      ? (execAt(g.rangeAnd, text, end) ?? execAt(g.rangeSep, text, end))
      : mayFollow(text, end, g.rangeFirst) ? execAt(g.rangeSep, text, end) : null;
    // "four or five buyers", "dua atau tiga hari": a rough range of two near whole numbers.
    const or = sep0 === null && isInlineSpace(codeAt(text, end)) && ((codeAt(text, end + 1) | 0x20) === 0x6f || (codeAt(text, end + 1) | 0x20) === 0x61) ? execAt(RANGE_OR, text, end) : null;
    const sep = sep0 ?? or;
    // ("from 2011 to 2013" is a period; Indonesian writes a change with "menjadi": "dari 10 hingga 80 persen" is a range.)
    // (Nor are days before a month: "from 6 to 8 May".)
    const change = !!sep && changeFrom && !DASH.test(sep[0]) && !(n1.plainInt && n1.value <= 31 && execAt(DAY_OF_MONTH_EN, text, end + sep[0].length));
    if (sep && (!change || looksLikeYear(n1))) {
      let p2 = end + sep[0].length;
      if (currency !== undefined) {
        // "Rp 200.000 hingga Rp 600.000"
        const cs = execAt(CURRENCY_SIGN_AT, text, p2);
        // (A bare "$" may stand for a local dollar: "$128 and $288" in Singapore copy.)
        // (Or a sign of several countries read as one's: "ISLAMABAD: ... Rs180 to Rs190".)
        if (cs && (CURRENCY_SIGNS.get(cs[1]!) === currency || (cs[1] === '$' && DOLLARS.has(currency)) || CURRENCY_BY_COUNTRY[CURRENCY_SIGNS.get(cs[1]!) ?? '']?.some(([, other]) => other === currency))) p2 += cs[0].length;
        // (The peso's, the naira's and the rand's bare letter before the second end too: "P45 to P50", "N75,000 and N85,000".)
        else if (CURRENCY_LETTER[currency] !== undefined && codeAt(text, p2) === CURRENCY_LETTER[currency] && isDigit(codeAt(text, p2 + 1))) p2 += 1;
      }
      const c2 = codeAt(text, p2);
      // Same kind of number on both ends, or English "five to 14" (small numbers are spelled out).
      // (A leading zero starts no second end, but a season's next year: "set in 2007-08".)
      if ((isDigit(c2) === digit || (g.lang === 'en' && !digit && !or && isDigit(c2))) && (!(c2 === 48 && isDigit(codeAt(text, p2 + 1))) || nextSeasonYear(text, p2, n1, sep[0]))) {
        let cand = readNum(text, p2, g, currency !== undefined, format);
        // "1950-53": a period whose second year keeps only its last two digits.
        if (cand && looksLikeYear(n1) && cand.plainInt && cand.runEnd - cand.start === 2 && DASH.test(sep[0]) && cand.value > n1.value % 100) {
          cand = { ...cand, value: n1.value - (n1.value % 100) + cand.value };
        }
        // ("Boeing 737-900ER": a model code, not a range.)
        if (cand && DASH.test(sep[0]) && sep[0].length === 1 && cand.end === cand.runEnd && isLetterAt(text, cand.end) && UPPER.test(charOf(text, cand.end)) && !measureAt(text, cand.end)) {
          return { next: wordEnd(text, cand.end) };
        }
        // ("Boeing 737-800", "Airbus 330-200": a model and its variant after a name word, not "BPS 10-15 persen".)
        if (cand && digit && sep[0] === '-' && n1.plainInt && cand.plainInt && back.glue === '' && MODEL_MAKERS.has(back.low(0) ?? '')) return { next: cand.end };
        if (cand && cand.hi === undefined && (!change || looksLikeYear(cand))) {
          // (A range from below zero only after "antara"/"between": "-5-10" is no range.)
          if (negative && !between) cand = null;
          // ("di kisaran 2,1 hingga 2045": a decimal until a year is no range.)
          else if (looksLikeYear(cand) && !n1.plainInt && n1.value < 100) cand = null;
          // ("Magnitude 6.1 - 23 km SW of Yonakuni": a unit before the number and another after the next one; the
          // spaced dash parts a feed's fields.)
          else if (sep[0].length > 1 && DASH.test(sep[0]) && back.glue === '' && !n1.spelled && back.lookup(UNITS_BEFORE_TABLE, 0) !== undefined && measureAt(text, cand.end)) cand = null;
        }
        if (cand && cand.hi === undefined && (!change || looksLikeYear(cand))) {
          let lo = negative ? -value : value;
          // "3-5 juta": the first number takes the second's scale; "Rp 250.000 hingga Rp 1,5 juta" keeps its own.
          if (n1.scale === 1 && cand.scale > 1 && n1.mantissa !== null && scaleDecimal(n1.mantissa, cand.scale) < cand.value) lo = scaleDecimal(n1.mantissa, cand.scale);
          // ("empat sampai lima miliar tahun": spelled, the second's last word is its scale.)
          else if (n1.spelled && cand.spelled && n1.scale === 1 && Number.isInteger(lo) && lo > 0 && lo < 1000) {
            const s2 = lastScale(text, cand, g);
            if (s2 !== undefined && s2 >= 100 && lo * s2 < cand.value) lo *= s2;
          }
          // ("fell by 1.39 million to 1.408 billion": a change and a level, a thousand times apart, are no range.)
          // ("raises funding by $241 to $9,849", "raise the fee by $3.25 to $28.90": after "by" or a verb of change, a change
          // and then a level five times above it: "rose $45 to $435-$445", "added P12 to P850".)
          if (cand.value > lo && !(lo > 0 && cand.value > 100 * lo && cand.scale !== n1.scale) && !(lo > 0 && cand.value > 5 * lo && (movedBefore || verb === 'by')) && (!or || (Number.isInteger(lo) && Number.isInteger(cand.value) && cand.value <= 2 * lo + 1))) {
            n2 = cand;
            value = lo;
            valueMax = cand.value;
            end = cand.end;
          } else if (digit && n1.plainInt && cand.plainInt && sep[0] === '-' && !between && !from && cand.value < lo) {
            // "1500-123": descending, a code rather than a range.
            return { next: cand.end };
          }
        }
      }
    }
  }

  // Dates by month name.
  if (digit && currency === undefined) {
    const date = readMonthDate(text, pos, g, back, n1, n2, qualifier);
    if (date !== null) return date;
  }

  // What the number measures.
  let kind: FigureKind = 'count';
  let unit: string | undefined;
  // ("magnitudo -4,9": a star's brightness, below zero, its sign glued.)
  const unitBefore = (back.glue === '' || (negative && !minusWord && back.glue.length === 1)) && !n1.spelled && currency === undefined ? back.lookup(UNITS_BEFORE_TABLE, 0) : undefined;
  if (unitBefore !== undefined) {
    // "gempa bermagnitudo 5,6": the unit is written before the number.
    kind = 'measure';
    unit = unitBefore;
  } else if (digit && currency === undefined && n2 === null && (back.glue === 'M' || (back.glue === '' && back.len(0) === 1 && back.raw(0) === 'M')) && magnitudeAt(text, pos, back)) {
    // "gempa M5,6", "gempa berkekuatan M 4,2": a magnitude.
    kind = 'measure';
    unit = g.lang === 'id' ? 'magnitudo' : 'magnitude';
  }
  // "40+ years", "10,000+ people": a plus sign after the number bounds it from below; a unit after it is read.
  const plus = digit && n2 === null && codeAt(text, end) === 43 && !isDigit(codeAt(text, end + 1));
  if (plus) {
    qualifier ??= 'more_than';
    end += 1;
  }
  // Units, percent, currency and time words: try each table's regex only when the next word could start one.
  const mayUnit = mayStartUnit(text, end, g);
  const pc = kind === 'count' && (mayUnit & UNIT_PERCENT) !== 0 ? percentAfter(g, text, end) : null;
  if (pc && (!n1.spelled || pc[1] !== '%')) {
    kind = 'percent';
    unit = norm(pc[1]!);
    end += pc[0].length;
    // "5.25%-5.50%": a range written with the sign on both ends.
    const r = n2 === null && digit ? unitRangeAt(text, end, g, (t, i) => percentAfter(g, t, i), unit!, value, between, changeFromVerb, movedBefore) : null;
    if (r) ({ n2, valueMax, end } = r);
  }
  // ("a 290-billion-baht line", "a 1.3-billion-euro fund": the currency joined by a hyphen, as an adjective.)
  if (kind === 'count' && currency === undefined && g.lang === 'en' && n1.scale > 1 && codeAt(text, end) === 45 && isLetterAt(text, end + 1)) {
    const cw = execAt(g.currencyWordAfter, text, end + 1);
    const cur = cw && cw[0].length === cw[1]!.length ? CURRENCY_WORDS[g.lang][norm(cw[1]!)] : undefined;
    if (cur) {
      currency = cur;
      end += 1 + cw![0].length;
    }
  }
  if (kind === 'count' && currency === undefined && (mayUnit !== 0 || g.lang === 'en')) {
    const cw = (mayUnit & UNIT_CURRENCY) !== 0 ? execAt(g.currencyWordAfter, text, end) : null;
    const ofc = !cw && g.lang === 'en' && (n1.hi !== undefined || n1.scale > 1) ? execAt(NOUN_OF, text, end) : null;
    const cw2 = ofc ? execAt(g.currencyWordAfter, text, end + ofc[0].length) : null;
    const hit = cw ?? cw2;
    const cur = hit ? CURRENCY_WORDS[g.lang][norm(hit[1]!)] : undefined;
    if (hit && cur) {
      currency = Object.hasOwn(CURRENCY_BY_COUNTRY, cur) ? localCurrency(cur, sentenceAround(text, start, end, 1), text) : cur;
      // ("65.000đ", "1.200 €" in English copy: the dong and the continental euro are written with dots for thousands,
      // as the rupiah is.)
      if ((currency === 'VND' || hit[1] === '€') && g.lang === 'en' && !n2 && execAt(GROUPED_ID, text, start)?.[0].length === end - start) value = Number(text.slice(start, end).replace(/\./g, '')) * n1.scale;
      end += (cw ? 0 : ofc![0].length) + hit[0].length;
    }
  }
  const c1 = isInlineSpace(codeAt(text, end)) ? codeAt(text, end + 1) | 0x20 : 0;
  // ("10 Singapore cents"; "a 31-cent loss": cents as an adjective.)
  // ("60 to 80 cents": a range of them too.)
  const cents =
    kind === 'count' && currency === undefined && digit && (n2 === null || valueMax !== undefined)
      ? (g.lang === 'en' ? c1 === 0x63 || c1 === 0x75 || c1 === 0x70 || c1 === 0x66 || isUpperCode(c1 & ~0x20) : c1 === 0x73)
        ? execAt(CENTS_AFTER[g.lang], text, end)
        : g.lang === 'en' && codeAt(text, end) === 45 ? execAt(HYPHEN_CENT, text, end) : null
      : null;
  if (cents) {
    // (Plain "cents" are the local dollar's, as a bare "$" is: "29.37 cents per kWh" in Singapore copy.)
    currency = cents[1] ? 'GBP' : cents[2] ? CENTS_OF[lower(cents[2]).replace(/[ \u00a0]+/g, ' ')] ?? 'USD' : cents[3] ? 'MYR' : cents[4] ? 'AED' : cents[5] ? 'EGP' : cents[6] ? 'PHP' : US_CENTS.test(cents[0]) ? 'USD' : namedDollar(text, start, true);
    // (Cents of no named money are of the money the text's other amounts are in: see centsLikeNeighbours.)
    plainCents = currency === undefined;
    currency ??= 'USD';
    value = hundredth(value);
    if (valueMax !== undefined) valueMax = hundredth(valueMax);
    end += cents[0].length;
  }
  if (currency !== undefined) kind = 'currency';
  // "mulai Rp 21,99 juta": a starting price is a lower bound ("mulai 1 Juli" stays a date).
  // ("Prices ... start from $367,000", "starting at P1,200": the same in English.)
  if (kind === 'currency' && qualifier === undefined && n2 === null) {
    const k = currencySpaced ? 1 : 0;
    const w = back.low(k);
    if (w === 'mulai' || ((w === 'from' || w === 'at') && STARTS_AT.has(back.low(k + 1) ?? ''))) qualifier = 'at_least';
  }
  // "3KT 2KM", "2 KT, 1 KM", "4BR": a listing's bedrooms and bathrooms ("KM" is kamar mandi only right after a KT or a BR).
  if (kind === 'count' && digit && n1.plainInt && n2 === null && value <= 20 && (codeAt(text, end) === 75 || codeAt(text, end) === 66 || isInlineSpace(codeAt(text, end)))) {
    const room = execAt(ROOM_ABBR, text, end);
    if (room && (room[1] !== 'KM' || ROOMS_NEAR.test(text.slice(Math.max(0, start - 16), start)))) {
      return { figure: make(text, start, end, value, 'count', g, { unit: lower(room[1]!), qualifier }), next: end + room[0].length };
    }
  }
  if (kind === 'count' && (mayUnit & UNIT_MEASURE) !== 0) {
    const mu = measureAt(text, end) ?? (codeAt(text, end) === 45 ? execAt(MEASURE_HYPHEN, text, end) : null);
    // ("laku 80 cup": Indonesian copy counts cups of a drink sold; English recipes measure in them, as Indonesian
    // ones do in "cangkir", unless a drink follows: "tiga cangkir kopi".)
    // ("5,6 SR" on the Richter scale, but "4.000 SR": house connections, counted.)
    if (mu && !(g.lang === 'id' && (COUNTED_CUPS.test(mu[1]!) || (mu[1] === 'cangkir' && execAt(DRINK_AFTER_ID, text, end + mu[0].length)))) && !(mu[1] === 'SR' && value >= 10)) {
      kind = 'measure';
      unit = norm(mu[1]!);
      end += mu[0].length;
      // "20 km hingga 30 km"
      const r = n2 === null && digit ? unitRangeAt(text, end, g, measureAt, unit, value, between, changeFromVerb, movedBefore) : null;
      if (r) ({ n2, valueMax, end } = r);
      // "5ft 10in", "75 feet, 2 inches", "7lb 4oz": one measure in its smaller unit, as a compound duration is.
      const sub = n2 === null && digit ? MEASURE_SUBDIVISIONS[unit] : undefined;
      const more = sub ? execAt(COMPOUND_MEASURE, text, end) : null;
      const factor = more ? sub![more[2]!.toLowerCase()] : undefined;
      if (factor !== undefined && Number(more![1]) < factor) {
        value = value * factor + Number(more![1]);
        unit = more![2]!.toLowerCase();
        end += more![0].length;
      }
    }
  }
  // "naik tiga kali lipat", "2,6 kali Bumi": a multiplier (kind other, as the held-out sets label it).
  // ("5x optical zoom": a whole number glued to its "x" too, not "4x4".)
  const fold =
    kind === 'count' && (!Number.isInteger(value) || (digit && codeAt(text, end) === 120)) && valueMax === undefined
      ? execAt(DECIMAL_MULTIPLIER[g.lang], text, end)
      : kind === 'count' && isInlineSpace(codeAt(text, end)) && codeAt(text, end + 1) === (g.lang === 'id' ? 0x6b : 0x74) ? execAt(MULTIPLIER[g.lang], text, end) : null;
  if (fold) {
    end += fold[0].length;
    // ("three to 10 times as massive": a range of multipliers.) No unit: "kali lipat" and "times" say how to read the
    // number, as "twice" does (the held-out sets leave it out, 151 labels against one).
    return { figure: make(text, start, end, value, 'other', g, { qualifier, valueMax }), next: end };
  }
  // "7,64 LS dan 107,24 BT", "6.2° S", "24.35°N", "latitude 14.8 North": map coordinates, no figures.
  if ((kind === 'count' && digit && back.glue === '' && COORDINATE_WORDS.has(back.low(0) ?? '')) || (kind === 'measure' && unit === '°' && execAt(HEMISPHERE, text, end)) || (kind === 'count' && codeAt(text, end) === 0xb0 && execAt(HEMISPHERE, text, end + 1)) || (kind === 'count' && digit && g.lang === 'id' && isInlineSpace(codeAt(text, end)) && (codeAt(text, end + 1) === 76 || codeAt(text, end + 1) === 66) && execAt(HEMISPHERE_ID, text, end))) {
    return { next: end };
  }
  if (kind === 'count' && (mayUnit & UNIT_TIME) !== 0) {
    let tu = execAt(g.timeUnitAfter, text, end);
    // ("380 Year 9 students": a school year's name after a count, not years.)
    if (tu && tu[1] === 'Year' && execAt(DIGIT_AFTER_SPACE, text, end + tu[0].length)) tu = null;
    // ("tuition for the 2024-25 year": an academic or fiscal year, the span of years itself.)
    if (tu && n2 !== null && looksLikeYear(n1) && valueMax === n1.value + 1 && (tu[1] === 'year' || tu[1] === 'tahun') && codeAt(text, end) !== 45) {
      return { figure: make(text, start, end, n1.value, 'year', g, { valueMax }), next: end };
    }
    const old = tu && codeAt(text, end + tu[0].length) === 45 ? execAt(AGE_OLD, text, end + tu[0].length) : null;
    // "four century-old schooners" counts schooners; "93 year-old" and "22-year-old" are ages.
    if (tu && old && n1.spelled && codeAt(text, end) !== 45) tu = null;
    // "turun dari 14,6 juta tahun sebelumnya", "US$ 100 juta tahun ini": a time phrase after a large number, not
    // its unit. ("65 juta tahun lalu" stays ambiguous: geology's "million years ago".)
    // ("turun dari lebih dari 14,6 juta tahun lalu": after a change from a level, "tahun lalu" is last year too.)
    if (tu && g.lang === 'id' && value >= 1000 && (execAt(TIME_DEIXIS_ID, text, end + tu[0].length) || (execAt(LAST_TIME_ID, text, end + tu[0].length) && CHANGE_FROM_ID.test(text.slice(Math.max(0, start - 30), start))))) tu = null;
    // "Liga 1 pekan ke-25", "Tahap 2 minggu depan": the number names the league or the stage, not a span of weeks.
    if (tu && digit && n1.plainInt && !n2 && back.glue === '' && isUpperCode(codeAt(back.raw(0) ?? '', 0)) && NUMBERED_NAMES.has(back.low(0) ?? '')) return { next: end };
    if (tu) {
      kind = 'duration';
      // "over five years", "selama 3 bulan": a span of time, not a bound.
      // ("just over two years" is a bound.)
      // ("over 65 years old" is an age's bound.)
      if (qualifier === 'more_than' && OVER_WORDS.has(back.low(currencySpaced ? 1 : 0) ?? '') && !OVER_BOUND.has(back.low(currencySpaced ? 2 : 1) ?? '') && !OLD_AFTER.test(text.slice(end + tu[0].length, end + tu[0].length + 5))) qualifier = undefined;
      // ("trees older than 25 years")
      if (back.glue === '' && back.low(0) === 'than' && (back.low(1) === 'older' || back.low(1) === 'younger')) qualifier ??= back.low(1) === 'older' ? 'more_than' : 'less_than';
      unit = lower(tu[1]!);
      end += tu[0].length + (old ? old[0].length : 0);
      // "1 bulan hingga 6 bulan"
      const r = n2 === null && !old ? unitRangeAt(text, end, g, (t, i) => execAt(g.timeUnitAfter, t, i), unit, value, between, changeFromVerb, movedBefore) : null;
      if (r) ({ n2, valueMax, end } = r);
      // "1 jam 10 menit" = 70 menit; "2 jam 11 menit 8 detik", "1 menit 48,35 detik" (a race time) likewise.
      for (let step = 0; step < 2 && !n2; step++) {
        const sub: Readonly<Record<string, number>> | undefined = TIME_UNIT_SUBDIVISIONS[unit!];
        const more: RegExpExecArray | null = sub ? execAt(COMPOUND_DURATION, text, end) : null;
        const smaller: string = more ? lower(more[2]!) : '';
        const factor: number | undefined = more ? sub![smaller] : undefined;
        const part = more ? (isDigit(more[1]!.charCodeAt(0)) ? Number(more[1]!.replace(',', '.')) : (g.numberWords.get(lower(more[1]!)) ?? NaN)) : NaN;
        if (factor === undefined || !(part < factor)) break;
        value = value * factor + part;
        unit = smaller;
        end += more![0].length;
      }
    }
  }

  // "peringkat 3", "ranked 5": a rank; "aged 65": an age.
  const f0 = kind === 'count' && back.glue === '' && back.len(0) >= 4 ? back.lowFirst(0) : -1;
  if (f0 >= 0 && RANK_OR_AGE_FIRST[f0] === 1) {
    const w = back.low(0) ?? '';
    if (RANK_WORDS.has(w) && digit && n1.plainInt && !n2) return { figure: make(text, start, end, value, 'ordinal', g), next: end };
    if (AGE_WORDS.has(w) || (TURNS_AGE.has(w) && n1.plainInt && !n2 && value <= 120 && !PART_OF_AFTER.test(text.slice(end, end + 6)))) kind = 'duration';
  }
  // "older than 65", "at age 2", "before the age of 50", "children under five": an age.
  if (kind === 'count' && g.lang === 'en' && !n2 && value <= 120 && Number.isInteger(value) && back.glue === '' && (ageBeforeEn(back) || (AGED_GROUPS_EN.has(back.low(0) ?? '') && AGE_BOUND_AFTER.test(text.slice(end, end + 16))))) {
    kind = 'duration';
    if (back.low(0) === 'than') qualifier ??= back.low(1) === 'older' ? 'more_than' : 'less_than';
    // "children under the age of five": below it; "over the age of 65": above it.
    if (back.low(0) === 'of') qualifier ??= AGE_BOUNDS_EN[back.low(3) ?? ''];
  }
  // "The retirement age will rise from 63 to 64", "the state pension age to 67": an age, where nothing is counted after it.
  if (kind === 'count' && g.lang === 'en' && !n2 && digit && n1.plainInt && value >= 10 && value <= 120 && NOTHING_COUNTED_AFTER.en.test(text.slice(end, end + 12)) && AGE_OF_BEFORE.test(text.slice(Math.max(0, start - 48), start))) kind = 'duration';
  // "IHSG ditutup ke level 7.215,43": an index's level, a measure without a unit (as ten of fifteen labels have it).
  if (kind === 'count' && g.lang === 'id' && digit && back.glue === '' && back.low(0) === 'level' && NOTHING_COUNTED_AFTER.id.test(text.slice(end, end + 12))) kind = 'measure';
  // "The Kospi closed 1.4% lower at 2,561.15", "the SET index down 11.42 points, or 0.8%, to 1,398.54": a market index's
  // level, a measure without a unit, as the Indonesian one is.
  if (kind === 'count' && g.lang === 'en' && !n2 && INDEX_LEVEL.test(text.slice(start, end)) && (back.low(0) === 'to' || back.low(0) === 'at') && NOTHING_COUNTED_AFTER.en.test(text.slice(end, end + 12)) && INDEX_WORDS_EN.test(clauseBefore(text, start, 120))) kind = 'measure';
  // "Tyler Hughes was 18 when he attacked": an age, told by what happened at it.
  if (kind === 'count' && g.lang === 'en' && digit && n1.plainInt && !n2 && value <= 120 && back.glue === '' && AGE_WHEN_AFTER.test(text.slice(end, end + 8))) {
    const k = AGE_ASIDE_WORDS.has(back.low(0) ?? '') ? 1 : 0;
    const who = back.raw(k + 1) ?? '';
    if (AGE_VERBS_EN.has(back.low(k) ?? '') && (PERSON_NAME.test(who) || PRONOUNS_EN.has(who) || PERSON_NOUNS_EN.has(who.toLowerCase()))) kind = 'duration';
  }
  // "AQI 168", "ISPU 152", "indeks kualitas udara ... di angka 164": an air-quality index's reading, kind other (as
  // labellers made it), not a count.
  if (kind === 'count' && digit && !n2 && unit === undefined && value <= 999 && AIR_INDEX_BEFORE.test(text.slice(Math.max(0, start - 48), start))) kind = 'other';
  // "P<0.001", "p = 0.31": a p-value, kind other (as four labellers made it).
  if (kind === 'count' && !Number.isInteger(value) && value < 1 && pValueBefore(back)) kind = 'other';
  // "3/4 wilayah", "2/3 of voters": a slash fraction of things counted is a share, as "separuh" is.
  if (kind === 'count' && !n2 && value < 1 && text.lastIndexOf('/', n1.runEnd) > n1.start) {
    kind = 'other';
    unit = undefined;
  }
  // ("aged 60 and over": the bound of an age; "100 missiles and over 200 guns" is none.)
  if (kind === 'duration' && qualifier === undefined && g.lang === 'en' && !n2) {
    const bound = execAt(AGE_OVER_AFTER, text, end);
    if (bound) qualifier = bound[1]!.toLowerCase() === 'over' ? 'at_least' : 'at_most';
  }
  // "aged between 13 and 16", "aged 24 and 27": the second age of two, or a range of ages.
  // (The first age is the figure before: the words before it are read from the text.)
  if (kind === 'count' && digit && n1.plainInt && value <= 120 && back.glue === '' && AGE_JOINERS.has(back.low(0) ?? '')) {
    if (AGE_WORDS.has(back.low(1) ?? '') || (back.afterFigure(1) && SECOND_AGE.test(text.slice(Math.max(0, start - 32), start)))) kind = 'duration';
  } else if (kind === 'count' && digit && n1.plainInt && value <= 120 && codeAt(text, start - 1) !== 44 && /,[ \u00a0]*$/.test(text.slice(Math.max(0, start - 3), start)) && LIST_GOES_ON.test(text.slice(end, end + 8)) && SECOND_AGE.test(text.slice(Math.max(0, start - 40), start))) {
    kind = 'duration';
  }
  // "Parata, 75, has", "Ahmad (35), warga Bekasi": an age after a name.
  if (kind === 'count' && digit && n1.plainInt && value <= 120 && !n2 && qualifier === undefined && ageAfterName(back, g, codeAt(text, end), g.lang === 'id' && PERSON_APPOSITIVE_ID.test(text.slice(end, end + 24)))) {
    kind = 'duration';
    return { figure: make(text, start, end, value, kind, g, {}), next: end };
  }

  // No unit after the plus sign: the span is the number alone, its counted noun comes after the sign.
  const afterPlus = plus && (kind === 'count' || kind === 'currency') ? end : -1;
  if (afterPlus >= 0) end -= 1;

  // Years: a bare four-digit number in a year's place.
  // (Before 1800 only after a year's cue: "pada 1350", "in 1293".)
  if (
    kind === 'count' && digit && n1.plainInt && n1.runEnd - n1.start === 4 && n1.value <= 2100 &&
    (n1.value >= 1800 || (n1.value >= 1000 && back.glue === '' && g.yearCues.has(back.low(0) ?? '')))
  ) {
    const year = readYear(text, pos, g, back, n1, n2, end, value, qualifier);
    if (year !== null) return year;
  }

  // Post qualifiers and the counted noun.
  let next = afterPlus >= 0 ? afterPlus : end;
  if ((kind === 'count' || kind === 'currency') && g.lang === 'id') {
    const an = codeAt(text, end) === 45 ? execAt(APPROX_SUFFIX_ID, text, end) : null;
    if (an) {
      qualifier = 'approx';
      next += an[0].length;
    }
  }
  let q2 = mayFollow(text, next, g.qualAfterFirst) ? execAt(g.qualAfter, text, next) : null;
  if (q2) {
    qualifier = QUALIFIER_SUFFIXES[g.lang][norm(q2[1]!)] ?? qualifier;
    next += q2[0].length;
  }
  // "di atas Rp 60 juta sampai dengan Rp 250 juta", "above the 2 to 3 per cent": a bracket whose lower end is left
  // out, not a bound on the range.
  else if (n2 !== null && qualifier === 'more_than' && qualifierBefore === 'more_than') qualifier = undefined;
  // "Android 14 and above", "iOS 15 ke atas": the versions from one on, which leaves a name's number a name.
  const fromVersion = q2 !== null && qualifierBefore === undefined && qualifier === 'at_least' && BOUND_ABOVE.test(q2[1]!);
  if (kind === 'count') {
    // A bare fraction not before "of"/"dari" ("half", "separuh akibat cuaca"): no figure (shareAt reads the others).
    if (n1.spelled && value < 1 && value > 0 && n2 === null) return { next };
    // "one in four", "Four in 10", "1 dari 3 orang dewasa": a proportion (kind other, as seven labellers made it).
    const share = n2 === null ? proportionAt(text, end, g, value, back) : null;
    if (share) {
      // ("one in eight participants": what is shared, as a count's noun.)
      const sharedNoun = nounAfter(text, share.end, g);
      return { figure: make(text, start, share.end, shareValue(value / share.of), 'other', g, { qualifier, unit: sharedNoun?.unit }), next: sharedNoun?.end ?? share.end };
    }
    // "eight 3-pointers", "an 18-wheeler": a thing named by its number. "a 2.3-fold rise": a multiplier.
    if (digit && n2 === null && codeAt(text, end) === 45) {
      const thing = execAt(NUMBER_NAMED_THING, text, end);
      if (thing) return { next: end + thing[0].length };
      const fold = execAt(FOLD, text, end);
      if (fold) return { figure: make(text, start, end + fold[0].length, value, 'other', g, { qualifier }), next: end + fold[0].length };
    }
    let p = next;
    // ("263 of its employees", "11 of the country's 18 states", "17 million of Sudan's 19 million children": a part of
    // a whole counts what the whole does; a plain number only before a determiner or an owner, "5 of 10" counts two.)
    const ofAny = g.lang === 'en' ? execAt(NOUN_OF, text, p) : null;
    const ofBefore = n1.hi !== undefined || n1.scale > 1 || n1.spelled;
    const of = ofAny && (ofBefore || ofAny[1] !== undefined || ofAny[2] !== undefined) ? ofAny : null;
    if (of) p += of[0].length;
    // ("151 of the 500 House seats": past the whole's own number.)
    const whole = of ? execAt(WHOLE_NUMBER, text, p) : null;
    if (whole) p += whole[0].length;
    // ("children 12 and under get in free": after an age's bound comes no noun of its own.)
    const found = q2 !== null && AGE_BOUND_SUFFIX.test(q2[1]!) ? null : nounAfter(text, p, g, value === 1);
    // (What a part is counted in is a plural: "2 of the best" counts nothing.)
    const noun = of && !ofBefore && found && !IRREGULAR_PLURALS_EN.has(found.unit) && !pluralS(found.unit, false) ? null : found;
    // "12M shells" is twelve million; "3M said", "shares of 3M", "3M shares rose" name the company ("at 6.9M." names none).
    if (g.lang === 'en' && n1.end === n1.runEnd + 1 && codeAt(text, n1.runEnd) === 77 && Number.isInteger(value / 1e6) && (!noun || (value === 3e6 && COMPANY_WORDS_EN.has(noun.unit)))) return { next: n1.end };
    // "breaking the record by almost 2m", "waves of up to 30m": metres, not millions, among heights and depths.
    if (g.lang === 'en' && currency === undefined && n2 === null && n1.end === n1.runEnd + 1 && codeAt(text, n1.runEnd) === 109 && !(noun && (IRREGULAR_PLURALS_EN.has(noun.unit) || pluralS(noun.unit, false))) && !MONEY_VERBS_EN.has(back.low(0) ?? '') && METRE_CONTEXT.test(sentenceAround(text, pos, n1.end))) {
      return { figure: make(text, start, n1.end, Number((value / 1e6).toPrecision(12)), 'measure', g, { unit: 'm', qualifier }), next: n1.end };
    }
    // "a 6.4 quake", "the 4.0 aftershock": a magnitude, its span the number alone.
    if (noun && QUAKE_NOUNS.has(noun.unit) && digit && n2 === null && currency === undefined && execAt(MAGNITUDE, text, pos) && value >= 2 && value < 10) {
      return { figure: make(text, start, n1.end, value, 'measure', g, { unit: 'magnitude', qualifier }), next: n1.end };
    }
    // ("rising 0.6% to 6,842.10 points": an index's level, to the hundredth.)
    // ("to a record 8,147.03 points": two decimals after a thousand make it a level, whatever stands before.)
    // ("ended down 1.44 percent at 2,464.00 points": hundredths written, even zeros.)
    const hundredths = execAt(HUNDREDTHS, text, n1.runEnd - 3) !== null;
    // ("The index closed at 11,452 points": a whole level of an index named before it.)
    const level = ((!Number.isInteger(value) || hundredths) && value >= 100 && (back.low(0) === 'to' || back.low(0) === 'at' || (value >= 1000 && hundredths))) || (value >= 1000 && (back.low(0) === 'to' || back.low(0) === 'at') && INDEX_BEFORE.test(text.slice(Math.max(0, pos - 120), pos)));
    // ("naik dari 33,43 poin menjadi 60,58 poin": an index's points to the hundredth, which no game or vote counts.)
    // ("Indeks Harga Pangan FAO ... tercatat 128,3 poin": an index's level, named before it in its sentence.)
    if (noun && POINT_WORDS.has(noun.unit) && !of && back.glue === '' && (pointsMove(text, back, qualifierBefore !== undefined) || level || indexPoints(text, pos, end, value, hundredths, g))) {
      // "IHSG melemah 58,31 poin": a market's move, a measure with its unit.
      kind = 'measure';
      unit = noun.unit;
      end = next = noun.end;
    } else if (noun && POINT_WORDS.has(noun.unit) && POLL_OR_VOTE.test(sentenceAround(text, pos, noun.end, 1))) {
      // "won voters aged 18-29 by 11 points", "a 4-point lead" in a poll, "a margin of error of 3.5 points": percentage
      // points, a percent with its unit (its sentence or the one before speaks of a poll or a vote).
      kind = 'percent';
      unit = noun.unit;
      end = next = noun.end;
    } else if (noun) {
      unit = noun.unit;
      next = noun.end;
      // "6.700 containers" in English copy, "6,700 kontainer" in Indonesian: the other language's thousands, as
      // nothing is counted in thousandths (an average is, "rata-rata 1,625 anak", and a ratio, "1.025 Chevron shares
      // for each Hess share"). Not a span: "9.000 ± 0,2 orang" is 8,999.8..9,000.2 already.
      // ("11.000 North Korean soldiers" in English copy reads as a whole 11 too: read below a thousand, it was a decimal.)
      if (digit && !n2 && n1.scale === 1 && n1.hi === undefined && valueMax === undefined && value < 1000 && OTHER_THOUSANDS.test(text.slice(n1.start, n1.runEnd)) && !AVERAGE_WORDS.has(back.low(0) ?? '') && !EACH_AFTER.test(text.slice(noun.end, noun.end + 16))) {
        value = Math.round(value * 1000);
      }
      q2 = mayFollow(text, next, g.qualAfterFirst) ? execAt(g.qualAfter, text, next) : null;
      if (q2 && !q2[0].startsWith('-')) {
        qualifier = QUALIFIER_SUFFIXES[g.lang][norm(q2[1]!)] ?? qualifier;
        next += q2[0].length;
      }
    } else if (n1.spelled && n1.hi === undefined && !n2 && !execAt(OTHERS_AFTER, text, next) && loneWordIsNoCount(text, pos, n1, back)) {
      return { next };
    }
    // (The whole's number is a figure of its own: read on from the part.)
    if (whole && noun) next = end;
    // "BRI Liga 1", "Boeing 737", "iPhone 15": a bare number right after a name word is part of the name.
    // ("Partai Gerindra 86 kursi", "Persib 45 poin": a seat or point count follows the name.)
    // ("handed the Freedom Party 37 of the 150 seats": a part of a whole.)
    // ("dengan 58 titik, disusul Indragiri Hilir 41 titik": a list's count of what its sentence counted before.)
    // (countedBefore reads its clause back: asked last, only of a number after a name word.)
    if (digit && n1.plainInt && !n2 && (qualifier === undefined || fromVersion) && !(noun && COUNTS_AFTER_NAME.has(noun.unit)) && partOfName(back, text, end) && !execAt(PART_OF_WHOLE_AFTER, text, end) && !(noun && countedBefore(text, start, noun.unit))) return { next };
    // "in their 50s", "her mid-40s": a decade of someone's age.
    if (digit && g.lang === 'en' && end === n1.runEnd && n1.plainInt && !n2 && value >= 10 && value <= 90 && value % 10 === 0 && codeAt(text, end) === 115 && !isLetterAt(text, end + 1)) {
      const age = decadeOfAge(text, pos, back);
      if (age) return { figure: make(text, start, end + 1, value, 'duration', g, { valueMax: value + 9, qualifier: age === 'rough' ? 'approx' : qualifier }), next: end + 1 };
    }
    // "rose 12p to 402p": pence, in a share price (not "1080p", a picture's lines).
    if (digit && g.lang === 'en' && end === n1.runEnd && codeAt(text, end) === 112 && !isLetterAt(text, end + 1) && !PICTURE_LINES.has(value) && !n2) {
      return { figure: make(text, start, end + 1, value / 100, 'currency', g, { currency: 'GBP', qualifier }), next: end + 1 };
    }
    // "up 12.3c to 199.5c a litre": cents, as "cents" are ("12.3C" is a temperature).
    if (digit && g.lang === 'en' && end === n1.runEnd && codeAt(text, end) === 99 && !isLetterAt(text, end + 1) && !isDigit(codeAt(text, end + 1)) && value < 1000 && !n2) {
      const named = namedDollar(text, start, true);
      const f = make(text, start, end + 1, hundredth(value), 'currency', g, { currency: named ?? 'USD', qualifier });
      return { figure: named ? f : plainCentsOf(f), next: end + 1 };
    }
    // "+0.190s", "2.5h", "300ms": seconds, hours and milliseconds typed glued (a gap, a lap, a latency); a whole
    // number before "s" or "h" is a decade, a plural or a code ("the 40s", "24h").
    const timeGlued = digit && end === n1.runEnd && !n2 ? execAt(GLUED_TIME_SYMBOL, text, end) : null;
    if (timeGlued && (timeGlued[0] === 'ms' || n1.mantissa?.includes('.'))) {
      return { figure: make(text, start, end + timeGlued[0].length, value, 'duration', g, { unit: timeGlued[0], qualifier }), next: end + timeGlued[0].length };
    }
    // "6.700kontainer": a count with thousands typed without the space before its noun (Indonesian copy).
    const gluedNoun = digit && g.lang === 'id' && end === n1.runEnd && Number.isInteger(value) && value >= 1000 && n1.scale === 1 && !n1.plainInt ? execAt(GLUED_NOUN_ID, text, end) : null;
    if (gluedNoun && !g.notNouns.has(gluedNoun[0])) return { figure: make(text, start, end, value, 'count', g, { unit: gluedNoun[0], qualifier }), next: end + gluedNoun[0].length };
    // "5G", "4x4": digits glued to letters that are no unit.
    if (digit && end === n1.runEnd && isLetterAt(text, n1.runEnd)) return { next: skipRun(text, pos) };
  }
  // "korban meninggal usia 25", "usia 20-an": an age after the noun for one, where nothing counted follows ("usia enam
  // kandidat" counts them).
  if (kind === 'count' && g.lang === 'id' && unit === undefined && !n2 && value <= 120 && back.glue === '' && (back.low(0) === 'usia' || back.low(0) === 'umur')) kind = 'duration';
  // "handed over 193 aircraft", "76 drones over 17 oblasts", "5.8 seconds ahead over 58 laps": an "over" that hands
  // something on, or spreads what its clause counted already across places, rounds or a distance, bounds nothing.
  if (qualifier === 'more_than' && g.lang === 'en' && !n2 && back.low(currencySpaced ? 1 : 0) === 'over' && overAcross(text, back, currencySpaced ? 1 : 0, unit)) qualifier = undefined;
  if (n1.hi !== undefined && qualifier === undefined) qualifier = 'approx';
  if (negative && (valueMax === undefined || value < 0)) {
    if (valueMax === undefined) value = -value;
    start = minusWord ? back.start(0)! + minusLen - 5 : start - 1;
  } else if (sign === '+' && digit && kind === 'count' && unit === undefined && currency === undefined && start === pos && !isDigit(codeAt(text, pos - 2)) && !n1.plainInt) {
    // "indeks ONI +1,2", "net run rate +0.482": a plus sign glued before an index's decimal belongs to it ("terpaut
    // +3,467 detik" keeps its gap's sign out, as labellers do).
    start -= 1;
  }
  // "6.7 billion pounds ($8.4 billion)", "revenue of 615.0 million pounds": millions of pounds are sterling where a
  // dollar amount follows or the clause speaks of money (not "a target of 25 million pounds" of uranium).
  if (kind === 'measure' && g.lang === 'en' && n1.scale >= 1e6 && (unit === 'pounds' || unit === 'pound') && (DOLLARS_AFTER.test(text.slice(end, end + 6)) || MONEY_BEFORE.test(clauseBefore(text, start, 80)))) {
    kind = 'currency';
    currency = 'GBP';
    unit = undefined;
  }
  // Money without its sign: an exchange rate in the currency named before it, or an Indonesian price.
  if (kind === 'count' && unit === undefined && currency === undefined && digit && !negative && value > 0) {
    currency = impliedCurrency(text, start, end, g);
    if (currency !== undefined) kind = 'currency';
  }
  const fig = make(text, start, end, value, kind, g, { valueMax, unit, currency, qualifier });
  return { figure: plainCents ? plainCentsOf(fig) : fig, next: Math.max(end, next) };
}

/** A dollar amount in brackets right after an amount: "800 million pounds ($1 billion)". */
const DOLLARS_AFTER = /^[ \u00a0]*\((?:US)?\$/;
/** Words of money before an amount in its clause: "revenue of", "net debt rose to", "pledged more than". */
const MONEY_BEFORE = /\b(?:revenues?|profits?|debts?|backlog|pledged?|pledging|sales|income|losses|fees?|fines?|fined|budget|costs?|funding|wages?|salary|earnings|turnover|deal|bid|offer|valued|valuation|worth|paid|pay|raised|spent|spending)\b/i;

/** Verbs that "over" hands something on with ("handed over 1,850 flats"). */
const HAND_OVER: ReadonlySet<string> = new Set(['hand', 'hands', 'handed', 'handing', 'turn', 'turns', 'turned', 'turning']);
/** What a number already counted is spread across: places, rounds, events, a distance ("76 drones over 17 oblasts"). */
const ACROSS_UNITS: ReadonlySet<string> = new Set([
  'laps', 'stages', 'areas', 'states', 'oblasts', 'provinces', 'regions', 'districts', 'floors', 'storeys', 'stories', 'fences', 'climbs',
  'legs', 'innings', 'sessions', 'missions', 'expeditions', 'excursions', 'shows', 'episodes', 'games', 'matches', 'rounds',
  'races', 'holes', 'concerts', 'editions', 'km', 'kilometres', 'kilometers', 'metres', 'meters', 'miles',
]);
/** Words before "over" that make it a bound whatever follows ("with over 20 stages", "a lead of over 3 km"). */
const OVER_BOUND_BEFORE: ReadonlySet<string> = new Set([
  ...OVER_BOUND, 'with', 'of', 'to', 'from', 'at', 'by', 'for', 'in', 'on', 'is', 'was', 'were', 'are', 'be', 'been', 'and', 'or', 'than', 'some',
]);
const CLAUSE_BREAK = /[,;:.!?]\s|\s[—–-]\s|\n/g;
/** Whether "over" (word k of `back`) spreads its clause's figure across the number after it (readFigure). */
function overAcross(text: string, back: Back, k: number, unit: string | undefined): boolean {
  const before = back.low(k + 1);
  if (before !== undefined && HAND_OVER.has(before)) return true;
  if (unit === undefined || !ACROSS_UNITS.has(unit) || before === undefined || OVER_BOUND_BEFORE.has(before)) return false;
  const at = back.start(k)!;
  const clause = text.slice(Math.max(0, at - 120), at);
  let from = 0;
  for (const m of clause.matchAll(CLAUSE_BREAK)) from = m.index + m[0].length;
  return /\d/.test(clause.slice(from));
}

/** An amount in cents in its money's units, to the digits written: 5.8 / 100 is 0.057999… in binary. */
function hundredth(v: number): number {
  return Number((v / 100).toPrecision(12));
}

/** Amounts in plain cents ("46c", "18.5 cents"), whose money the text's other amounts tell (see centsLikeNeighbours). */
const PLAIN_CENTS = new WeakSet<Figure>();
function plainCentsOf(f: Figure): Figure {
  PLAIN_CENTS.add(f);
  return f;
}
/**
 * Plain cents are of the money the nearest other amount with cents is written in: "46c a litre ... R21.64" (rand),
 * "23.5 cents to 635c/kg ... A$2,400" (Australian dollars).
 */
/**
 * Indonesian plain cents ("naik 2,1 sen", counted in "sen") are cents of the money of the nearest amount quoted in cents
 * ("171,3 sen dolar AS"); with none near, they stay a count.
 */
function senLikeNeighbours(text: string, out: Figure[]): void {
  for (let i = 0; i < out.length; i++) {
    const f = out[i]!;
    if (f.kind !== 'count' || f.unit !== 'sen') continue;
    const near = [out[i - 1], out[i + 1], out[i - 2], out[i + 2]].find((o) => o?.kind === 'currency' && CENT_CURRENCIES.has(o.currency ?? '') && SEN_QUOTE.test(o.surface));
    const word = near ? SEN_AFTER.exec(text.slice(f.end, f.end + 8)) : null;
    if (!near || !word) continue;
    // (The word is the money's, inside the span, as "cents" is: "2,1 sen".)
    const end = f.end + word[0].length;
    out[i] = asCurrency({ ...f, end, surface: text.slice(f.start, end), value: hundredth(f.value), ...(f.valueMax !== undefined ? { valueMax: hundredth(f.valueMax) } : {}) }, near.currency!);
  }
}
const SEN_QUOTE = /\bsen\b/i;
const SEN_AFTER = /^[ \u00a0]+sen(?![\p{L}\p{N}])/iu;

function centsLikeNeighbours(out: Figure[]): void {
  for (let i = 0; i < out.length; i++) {
    const f = out[i]!;
    if (!PLAIN_CENTS.has(f)) continue;
    let best: Figure | undefined;
    for (let d = 1; d < out.length && !best; d++) {
      for (const o of [out[i - d], out[i + d]]) {
        if (o && o.kind === 'currency' && !PLAIN_CENTS.has(o) && CENT_CURRENCIES.has(o.currency ?? '')) {
          best = o;
          break;
        }
      }
    }
    if (best) f.currency = best.currency;
  }
}

/** Words before "from" or "at" that make a price a lower bound. */
const STARTS_AT: ReadonlySet<string> = new Set(['start', 'starts', 'starting', 'started']);
/** "per dollar", "against the dollar", "terhadap dolar AS" after a number: a rate of exchange. */
const PER_DOLLAR = /[ \u00a0]+(?:per|a|to[ \u00a0]+the|against[ \u00a0]+the|terhadap|per[ \u00a0]+satu)[ \u00a0]+(?:U\.?S\.?[ \u00a0]?)?(?:dollars?|dolar(?:[ \u00a0]+(?:AS|Amerika(?:[ \u00a0]+Serikat)?))?|greenback|euros?)(?![\p{L}])/iuy;
/** The currency whose rate is given: the last one named in the sentence before the number. */
const RATE_CURRENCY = /(?<![\p{L}])(rupiah|yen|(?:swiss[ \u00a0]+)?franc|forint|tenge|zloty|(?:korean|the|south[ \u00a0]+korean)[ \u00a0]+won|baht|ringgit|rupee|peso|yuan|renminbi|dong|naira|lira|rouble|ruble|rubel|rand|hryvnia|shekel|shilling|cedi|egyptian[ \u00a0]+pound|(?:taiwan|singapore|australian|new[ \u00a0]+zealand|hong[ \u00a0]+kong|canadian)[ \u00a0]+dollar|dolar[ \u00a0]+(?:singapura|australia|taiwan|hong[ \u00a0]?kong))(?![\p{L}])/giu;
/** "USD/JPY at 151.80", "EUR/USD slipped to 1.0712": a pair's rate is in its second currency. */
const PAIR_BEFORE = /(?<![\p{L}])(?:USD|EUR|GBP|JPY|AUD|NZD|CAD|CHF|CNY|SGD|HKD|KRW|IDR|INR|MYR|THB|PHP)\/(USD|EUR|GBP|JPY|AUD|NZD|CAD|CHF|CNY|SGD|HKD|KRW|IDR|INR|MYR|THB|PHP)(?:[ \u00a0]+[\p{L}]+){0,3}[ \u00a0]+$/u;
/** A price's slash or "per" after an Indonesian amount: "80rb/kg", "350rb/bln", "6.500/kg", "50rb per transaksi". */
const PRICE_PER_ID = /(?:\/(?:bln|bulan|hari|malam|jam|pekan|minggu|tahun|thn|org|orang|unit|kk|siswa|murid|anak|trip|order|rit)|(?:\/|[ \u00a0]+per[ \u00a0]+(?:\d+[ \u00a0]+)?)(?:kg|kilo(?:gram)?|gram|ons|liter|porsi|bungkus|pcs|biji|ekor|tabung|lembar|m2|tiket|transaksi|kepala|pasang|ikat|karung|sak|dus|botol|gelas|mangkuk|piring|pax))(?![\p{L}])/iuy;
// (A count per day or per year is as common as a price: "1.107 perjalanan per hari"; only the slash makes it a price.)
/** Money words of Indonesian copy before an amount in its sentence: what it costs, pays or earns. */
const MONEY_BEFORE_ID = /(?<![\p{L}])(?:harga(?:nya)?|seharga|senilai|tarif(?:nya)?|gaji(?:nya)?|upah(?:nya)?|iuran(?:nya)?|biaya(?:nya)?|ongkos(?:nya)?|ongkir|uang(?![ \u00a0]+elektronik)|duit|modal(?:nya)?|omzet(?:nya)?|pinjaman|cicilan(?:nya)?|setoran(?:nya)?|denda(?:nya)?|tiket|parkir|dijual|dihargai|dibanderol|dipatok|mematok|bayar|membayar|dibayar|dimintai|diskon|potongan|belanja|sewa(?:nya)?|pensiun|umr|umk|ump|spp|pangkal|penghasilan(?:nya)?|pendapatan(?:nya)?|kotor|bersih(?:nya)?|tabungan|menabung|jajan|patungan|sumbangan|donasi|saldo|thr|bonus|honor|rugi|untung|laba|tunai|nego|ditawarkan|ditebus|menebus|kembalian|utang|hutang|cair|jual|menjual|beli|membeli|tagihan(?:nya)?|argo(?:nya)?|tawar|menawar|ditawar)(?![\p{L}])/iu;
/** An amount in thousands or more: dotted thousands, or a scale word ("6.500", "80rb", "1,8 jt", "2 juta"). */
const THOUSANDS_OR_SCALED_ID = /\d\.\d{3}(?![\d,])|(?:rb|ribu|jt|juta|miliar|milyar|triliun)(?:-an)?$/i;

/**
 * A currency of one name in several countries, by the country its sentence (or the one before) names, else the one
 * the rest of the text names (CURRENCY_BY_COUNTRY): "ISLAMABAD: ... raised the price of petrol by Rs10.37 ... The
 * petroleum levy stays at Rs70" is in Pakistani rupees.
 */
function localCurrency(code: string, sentence: string, text: string): string {
  // (Then the dateline, which names where the story is filed: "LAHORE: ... finished ahead of India's Sachin Yadav ...
  // a cash award of Rs50 million" is in Pakistani rupees.)
  const line = DATELINE.exec(text)?.[1] ?? '';
  const home = CURRENCY_HOME[code];
  for (const within of [sentence, line, text]) {
    // (Of several countries, the one named last before the amount: "ahead of India's Sachin Yadav ... It was
    // Pakistan's first gold ... Rs50 million".)
    let best = home?.test(within) ? code : undefined;
    let at = best ? lastMatch(home!, within) : -1;
    for (const [country, other] of CURRENCY_BY_COUNTRY[code] ?? []) {
      if (!country.test(within)) continue;
      const i = lastMatch(country, within);
      if (best === undefined || i > at) [best, at] = [other, i];
    }
    if (best !== undefined) return best;
  }
  return code;
}

const GLOBAL_COPIES = new WeakMap<RegExp, RegExp>();
/** Where the last match of `re` in `s` starts (-1 if none). */
function lastMatch(re: RegExp, s: string): number {
  let g = GLOBAL_COPIES.get(re);
  if (!g) GLOBAL_COPIES.set(re, (g = new RegExp(re.source, `${re.flags.replace('g', '')}g`)));
  let at = -1;
  for (const m of s.matchAll(g)) at = m.index;
  return at;
}

/** A dateline's place in capitals: "LAHORE: ", "NEW DELHI, Jan 3 (Reuters) - ", "SANTIAGO (MercoPress) —". */
const DATELINE = /^[ \t]*([A-Z][A-Z .]{2,30}?)[ \t]*(?:[,:(]|[–—-]{1,2}[ \t])/;
/** Places whose "$" is their own money where they head the story, not elsewhere (US copy names them too often). */
const DATELINE_DOLLARS: Readonly<Record<string, string>> = {
  SANTIAGO: 'CLP', BOGOTA: 'COP', 'BUENOS AIRES': 'ARS', 'MEXICO CITY': 'MXN', KINGSTON: 'JMD', 'PORT OF SPAIN': 'TTD',
};
const WIRE_COPY = /\((?:Reuters|AP|AFP|Bloomberg|Dow Jones)\)|\bReuters\b/;
const LOCAL_DOLLAR_SIGN = /(?:^|[^\p{L}])(S|A|NZ|C|HK|AU|SG|NT|US)\$/u;
const USD_QUOTES = /\b(?:australian|singapore|canadian|new zealand|aussie|kiwi) dollar|\b(?:crude|brent|wti|lng|bunker|fuel oil|gasoil|platts|mmbtu|futures)\b|\/(?:mt|b|bbl|t)\b|\ba[ -](?:ton|tonne|barrel|bushel|pound|troy ounce|ounce)\b|\bper (?:ton|tonne|barrel|bushel|ounce)\b|\bbillion (?:ipo|listing)/i;
const DOLLARS: ReadonlySet<string> = new Set(['USD', ...LOCAL_DOLLARS.map(([, code]) => code)]);
/** Money whose hundredths English copy calls cents: the dollars above, Hong Kong's and the rand. */
const CENT_CURRENCIES: ReadonlySet<string> = new Set([...DOLLARS, 'HKD', 'ZAR']);
/** The dollar a bare "$" stands for: the one of the country its own sentence names, else the sentence before's, else the US dollar. */
function localDollar(text: string, pos: number): string {
  return namedDollar(text, pos) ?? 'USD';
}
/**
 * localDollar's answer where the text names it (a place, a quote, wire copy); undefined where the US dollar is only the
 * default. `cents`: for plain cents, which another dollar's sign ("A$2,400") does not make US cents.
 */
const CONVERSION_BEFORE = /\([ \u00a0]*(?:(?:about|around|roughly|approximately|some|nearly|almost|over|more than|less than|under)[ \u00a0]+)?\$[ \u00a0]*$/i;
function namedDollar(text: string, pos: number, cents = false): string | undefined {
  // (Wire copy prices in US dollars wherever it is filed; so do commodity and exchange-rate quotes.)
  // (Nor where the text writes a dollar with its own sign, "S$239 million ($184 million)", "US$ 98.3 billion ... $4.6
  // billion": there a bare "$" is the US dollar.)
  if (cents ? WIRE_COPY.test(text) : usDollarText(text)) return 'USD';
  // ("a levy of Rp 150,000 (about $10)": a conversion in brackets is into US dollars.)
  if (CONVERSION_BEFORE.test(text.slice(Math.max(0, pos - 24), pos))) return 'USD';
  const own = sentenceAround(text, pos, pos);
  if (USD_QUOTES.test(own) || US_DOLLAR_HOME.test(own)) return 'USD';
  // ("a median A$600 a week for a house, up $20 on the previous quarter": outside brackets, the bare "$" of a text that
  // signs one local dollar and no other is that one.)
  const signed = signedDollar(text);
  if (signed) return signed;
  // (A dateline names where the story is filed: "SINGAPORE – Singtel's ... 7.5 cents a share, while Australian unit
  // Optus ..." pays in Singapore dollars.)
  const line = DATELINE.exec(text);
  const code = (line ? (dollarOf(line[1]!) ?? (Object.hasOwn(DATELINE_DOLLARS, line[1]!) ? DATELINE_DOLLARS[line[1]!] : undefined)) : undefined) ?? dollarOf(own);
  if (code) return code;
  const before = sentenceAround(text, pos, pos, 1);
  if (US_DOLLAR_HOME.test(before)) return 'USD';
  // (Then the place the rest of the text names, where it names no American one: "NSW Treasurer ... $2.6 billion
  // deficit ... more than $10 billion a year" two sentences on.)
  return dollarOf(before) ?? textDollar(text);
}
/** `read` asked once per text, not once per figure: the answer for the last text is kept. */
function perText<T>(read: (text: string) => T): (text: string) => T {
  let last: string | undefined;
  let answer: T;
  return (text) => {
    if (text !== last) {
      last = text;
      answer = read(text);
    }
    return answer;
  };
}
/** Whether a text names the United States, where dates are written month first. */
const usText = perText((text) => US_PLACES.test(text));
const US_PLACES =
  /(?<![\p{L}])(?:U\.S\.(?!\$)|US(?![\p{L}$])|United States|America(?:n|ns)?(?![\p{L}])|Washington|New York|Wall Street|Congress|Pentagon|White House|(?:N\.[JCYHMD]|Calif|Fla|Ariz|Mass|Penn|Conn|Ill|Mich|Minn|Wis|Ga|Va|Tenn|Ky|La|Okla|Colo|Ore|Wash|Nev|Tex)\.|Texas|California|Florida|Arizona|Ohio|Illinois|Pennsylvania|Michigan|Massachusetts|Phoenix|Chicago|Los Angeles|San Francisco|Houston|Dallas|Boston|Seattle|Atlanta|Philadelphia|Denver|Miami|Detroit|\(AP\))/u;
/** The local dollar the whole text names, where it names no American place. */
const textDollar = perText((text): string | undefined => (US_DOLLAR_HOME.test(text) ? undefined : dollarOf(text)));
/** The one local dollar a text writes with its sign ("A$600"), where it writes no other dollar's sign (US$ included). */
const signedDollar = perText((text): string | undefined => {
  let code: string | undefined;
  for (const m of text.matchAll(LOCAL_DOLLAR_SIGNS)) {
    const c = SIGNED_DOLLARS[m[1]!];
    if (c === undefined || (code !== undefined && c !== code)) return undefined;
    code = c;
  }
  return code;
});
const LOCAL_DOLLAR_SIGNS = new RegExp(LOCAL_DOLLAR_SIGN.source, 'gu');
// (Not Hong Kong's or Taiwan's: their companies' copy gives its bare "$" in US dollars, "NT$ ... revenue of $26.1 billion".)
const SIGNED_DOLLARS: Readonly<Record<string, string>> = { S: 'SGD', SG: 'SGD', A: 'AUD', AU: 'AUD', NZ: 'NZD', C: 'CAD' };
/** WIRE_COPY or LOCAL_DOLLAR_SIGN anywhere in the text (but not one local sign alone, see signedDollar): asked once per text. */
function usDollarText(text: string): boolean {
  if (text !== usDollarOf) {
    usDollarOf = text;
    usDollarIs = WIRE_COPY.test(text) || (LOCAL_DOLLAR_SIGN.test(text) && signedDollar(text) === undefined);
  }
  return usDollarIs;
}
let usDollarOf: string | undefined;
let usDollarIs = false;
/** Countries whose money English copy writes with a bare K, to its code. */
const K_CURRENCIES: readonly (readonly [RegExp, string])[] = [
  [/\bzambia|\blusaka/i, 'ZMW'], [/\bmalawi|\blilongwe|\bblantyre/i, 'MWK'], [/\bpapua new guinea|\bport moresby/i, 'PGK'], [/\bmyanmar|\byangon|\bnaypyidaw|\bnay pyi taw/i, 'MMK'],
];
/** The K currency of the country the text names first, if it names one. */
function kCurrencyOf(text: string): string | undefined {
  if (text !== kCurrencyText) {
    kCurrencyText = text;
    let first = Infinity;
    kCurrency = undefined;
    for (const [place, code] of K_CURRENCIES) {
      const at = text.search(place);
      if (at >= 0 && at < first) [first, kCurrency] = [at, code];
    }
  }
  return kCurrency;
}
let kCurrencyText: string | undefined;
let kCurrency: string | undefined;
function dollarOf(sentence: string): string | undefined {
  for (const [place, code] of LOCAL_DOLLARS) if (place.test(sentence)) return code;
  return undefined;
}

/**
 * The currency of an amount written without its sign: an exchange rate ("the rupiah was at 16,310 per dollar",
 * "USD/JPY at 151.80") is in the currency named before it; an Indonesian amount in thousands or more with a price's
 * "/kg" or "per porsi" after it, or a money word before it in its sentence ("harga ... 80rb", "gaji 1,8jt"), is in rupiah.
 */
function impliedCurrency(text: string, start: number, end: number, g: Grammar): string | undefined {
  const sentence = clauseBefore(text, start, 160);
  if (execAt(PER_DOLLAR, text, end)) {
    let code: string | undefined;
    // (Its sentence first, then the text before it: "The rupiah ... Bank Indonesia's JISDOR reference rate was set at
    // 16,312 per dollar".)
    for (const before of [sentence, text.slice(0, start)]) {
      RATE_CURRENCY.lastIndex = 0;
      for (let m = RATE_CURRENCY.exec(before); m; m = RATE_CURRENCY.exec(before)) {
        const w = lower(m[1]!).replace(/[ \u00a0]+/g, ' ');
        const name = w.endsWith(' won') ? 'won' : w;
        // (The names are the currency words' own, in either language, "taiwan dollar" as "taiwan dollars".)
        code = CURRENCY_WORDS.en[name] ?? CURRENCY_WORDS.id[name] ?? CURRENCY_WORDS.en[`${name}s`];
      }
      if (code) return code;
    }
  }
  const pair = PAIR_BEFORE.exec(sentence.slice(-40));
  if (pair) return pair[1];
  if (g.lang !== 'id') return undefined;
  if (!THOUSANDS_OR_SCALED_ID.test(text.slice(start, end))) return undefined;
  if (execAt(PRICE_PER_ID, text, end)) return 'IDR';
  // (Within three words: "gaji 1,8jt", "dapet kotor 250rb"; not "tiket yang terjual sudah 2,1 juta".)
  const near = sentence.split(/[ \u00a0]+/).slice(-4).join(' ');
  if (MONEY_BEFORE_ID.test(near)) return 'IDR';
  // (The shorthand "rb"/"jt" is the price-tag's: a money word anywhere before it in its sentence will do, "harga tiket
  // Jakarta-Pontianak yang mencapai 2,3jt".)
  return INFORMAL_SCALE_ID.test(text.slice(start, end)) && MONEY_BEFORE_ID.test(sentence) ? 'IDR' : undefined;
}

/** An amount in the shorthand of prices and wages: "900rb", "2,3jt", "899 rb". */
const INFORMAL_SCALE_ID = /\d[ \u00a0]?(?:rb|jt)$/i;

/**
 * Shorthand amounts of no named money ("Biasanya cuma 900rb") are rupiah where the amount next to them is: "harga
 * tiket ... 2,3jt ... cuma 900rb", "dibanderol Rp 1.389.000 ... di angka 899 rb".
 */
function shorthandLikeNeighbours(out: Figure[]): void {
  for (let i = 0; i < out.length; i++) {
    const f = out[i]!;
    if (f.kind !== 'count' || f.unit !== undefined || f.currency !== undefined || !INFORMAL_SCALE_ID.test(f.surface)) continue;
    if (out[i - 1]?.currency === 'IDR' || out[i + 1]?.currency === 'IDR') out[i] = asCurrency(f, 'IDR');
  }
}

/** An amount in millions or more written with its scale word alone ("8.4 trillion", "2,1 triliun"). */
const SCALED_ALONE = new RegExp(`\\d[ \\u00a0]?(?:${alt([...Object.entries(SCALE_WORDS.en), ...Object.entries(SCALE_WORDS.id)].filter(([, v]) => v >= 1e6).map(([w]) => w))})$`, 'i');
/** What links a level to the one before it: "shrank to 2.1 trillion roubles, down from 8.4 trillion". */
const LEVEL_LINK = /^[ \u00a0]*,?[ \u00a0]*(?:(?:down|up)[ \u00a0]+from|from|compared[ \u00a0]+with|versus|vs\.?|against|turun[ \u00a0]+dari|naik[ \u00a0]+dari|dari|dibandingkan)[ \u00a0]*$/i;
/**
 * A scaled amount of no named money right after an amount of money it is compared with is in the same money:
 * "shrank to 2.1 trillion roubles, down from 8.4 trillion".
 */
function scaledLikeBefore(text: string, out: Figure[]): void {
  for (let i = 1; i < out.length; i++) {
    const a = out[i - 1]!;
    const b = out[i]!;
    if (a.kind !== 'currency' || a.currency === undefined || a.value < 1e6 || b.kind !== 'count' || b.unit !== undefined || !SCALED_ALONE.test(b.surface)) continue;
    if (LEVEL_LINK.test(text.slice(a.end, b.start))) out[i] = asCurrency(b, a.currency);
  }
}

/**
 * Every figure in `text`, sorted by start, none overlapping. One left-to-right pass: a global regex finds
 * number anchors (digit runs and number words) and sticky regexes read each figure from there.
 */
export function detectFigures(text: string, opts: DetectOptions = {}): Figure[] {
  let lang: Lang;
  let pos = 0;
  if (opts.lang === undefined || opts.lang === 'auto') {
    // No digit and no number word of either language: nothing to read in any, so no language to guess.
    const first = text.search(anyAnchorRe());
    if (first < 0) return [];
    lang = detectLang(text);
    // Either language's anchors are among these: none starts before the first, so the scan starts there.
    pos = first;
  } else {
    lang = opts.lang;
  }
  const g = GRAMMARS[lang];
  // "6 700", "25 220 000" with a no-break or thin space between groups of three (typeset pages): read as the
  // language's own thousands separator, which keeps every offset; the surfaces stay as written.
  const source = text;
  if (SPACED_THOUSANDS_MAY.test(text)) text = text.replace(SPACED_THOUSANDS, lang === 'id' ? '.' : ',');
  const out: Figure[] = [];
  const anchor = g.anchor;
  let prevEnd = 0;
  while (pos < text.length) {
    anchor.lastIndex = pos;
    const m = anchor.exec(text);
    if (m === null) break;
    const at = m.index;
    const r = readAt(text, at, g, prevEnd);
    if (r.figure && r.figure.start >= prevEnd && r.figure.end > r.figure.start) {
      if (text !== source) r.figure.surface = source.slice(r.figure.start, r.figure.end);
      out.push(r.figure);
      prevEnd = r.figure.end;
      if (r.then) {
        if (text !== source) r.then.surface = source.slice(r.then.start, r.then.end);
        out.push(r.then);
        prevEnd = r.then.end;
      }
    }
    let next = Math.max(r.next, at + 1);
    // Never resume inside a digit run: "6.700" must not yield "700".
    while (next < text.length && isDigit(text.charCodeAt(next)) && isDigit(text.charCodeAt(next - 1))) next++;
    pos = next;
  }
  sharedDimensionUnits(text, out);
  sharedUnitBefore(text, out);
  centsLikeNeighbours(out);
  if (lang === 'id') {
    shorthandLikeNeighbours(out);
    senLikeNeighbours(text, out);
  }
  scaledLikeBefore(text, out);
  return out;
}

/** Units written before their number ("magnitude 7.8"): a bare number right after "and"/"or" shares it. */
const UNITS_WRITTEN_BEFORE: ReadonlySet<string> = new Set(Object.values(UNITS_BEFORE));
/** What joins two numbers of one unit: "magnitude 7.8 and 7.5", "bermagnitudo 5,6 dan 4,9". */
const UNIT_SHARED_JOIN = /^[ \u00a0]*(?:,|and|or|dan|atau)[ \u00a0]*$/i;

function sharedUnitBefore(text: string, figures: Figure[]): void {
  for (let i = 1; i < figures.length; i++) {
    const a = figures[i - 1]!;
    const b = figures[i]!;
    if (a.kind !== 'measure' || a.unit === undefined || !UNITS_WRITTEN_BEFORE.has(a.unit) || b.kind !== 'count' || b.valueMax !== undefined) continue;
    // ("5,6 dan 4,9 mengguncang": a verb after the second, read as its noun, counts nothing.)
    if (b.unit !== undefined && !(b.lang === 'id' && looksLikeVerbId(b.unit))) continue;
    if (!UNIT_SHARED_JOIN.test(text.slice(a.end, b.start))) continue;
    figures[i] = asMeasure(b, a.unit);
  }
}

/**
 * "2.400 x 1.080 piksel", "3.800 x 1.680 x 1.485 mm": the dimensions of a list share the unit written after the last
 * one (read right to left, so a chain of three takes it too).
 */
function sharedDimensionUnits(text: string, figures: Figure[]): void {
  for (let i = figures.length - 2; i >= 0; i--) {
    const a = figures[i]!;
    const b = figures[i + 1]!;
    if (a.kind !== 'count' || a.unit !== undefined || b.kind !== 'measure' || b.unit === undefined) continue;
    if (!DIMENSION_TIMES.test(text.slice(a.end, b.start))) continue;
    figures[i] = asMeasure(a, b.unit);
  }
}

/** The figure as a measure in `unit`, rebuilt, not patched: its fields keep make's reading order in the CLI's JSON. */
function asMeasure(a: Figure, unit: string): Figure {
  return rebuilt(a, 'measure', unit, undefined);
}
/** The figure as an amount of `currency`, rebuilt as asMeasure does. */
function asCurrency(a: Figure, currency: string): Figure {
  return rebuilt(a, 'currency', undefined, currency);
}
function rebuilt(a: Figure, kind: FigureKind, unit: string | undefined, currency: string | undefined): Figure {
  const f: Figure = { start: a.start, end: a.end, surface: a.surface, value: a.value } as Figure;
  if (a.valueMax !== undefined) f.valueMax = a.valueMax;
  f.kind = kind;
  if (unit !== undefined) f.unit = unit;
  if (currency !== undefined) f.currency = currency;
  f.qualifier = a.qualifier;
  f.lang = a.lang;
  return f;
}
/** What stands between two dimensions: " x ", "×". */
const DIMENSION_TIMES = /^[ \u00a0]*[x×][ \u00a0]*$/;
