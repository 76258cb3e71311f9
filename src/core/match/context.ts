import type { Lang } from '../figures/figure';
import { detectFigures } from '../figures/detect';
import { MONTHS } from '../figures/lexicon';
import type { FigureInContext } from './types';

/** Words that end with a dot without ending the sentence ("Dr. Shin", "No. 11", "Rp. 5", "dll. yang"). */
const ABBREVIATIONS = new Set([
  // Indonesian titles, ranks and forms of address
  'dr', 'drs', 'dra', 'ir', 'prof', 'h', 'hj', 'kh', 'sdr', 'sdri', 'bpk', 'bp', 'ny', 'nn', 'tn', 'yth',
  'kol', 'jend', 'letjen', 'mayjen', 'brigjen', 'laksma', 'marsma', 'kapt', 'lettu', 'letda', 'serda', 'sertu',
  'kompol', 'akbp', 'aipda', 'aiptu', 'ipda', 'iptu', 'bripka', 'brigpol', 'kombes', 'irjen', 'komjen',
  'mr', 'mrs', 'ms', 'jr', 'sr', 'st', 'gen', 'lt', 'col', 'capt', 'sgt', 'gov', 'sen', 'rep', 'rev', 'pres',
  // references and numbering
  'no', 'nos', 'nr', 'hal', 'hlm', 'vol', 'fig', 'art', 'ps', 'jl', 'jln', 'kel', 'kec', 'kab', 'prov',
  'rp', 'tbk', 'pt', 'cv', 'inc', 'ltd', 'co', 'corp', 'bros', 'vs', 'dkk', 'dll', 'dsb', 'dst', 'tsb', 'ybs',
  'etc', 'eg', 'ie', 'approx', 'est', 'cf', 'al', 'u.s', 'u.k', 'a.m', 'p.m', 's.h', 's.e', 's.pd', 'm.si',
  // months as wires abbreviate them ("on Nov. 12", "Sept. 13, 2023")
  ...monthAbbreviations(),
]);

/** The lexicon's month words that a longer word of the same month and language stands beside: "nov", "sept", "agt". */
function monthAbbreviations(): string[] {
  return Object.values(MONTHS).flatMap((months) => {
    const entries = Object.entries(months);
    return entries.filter(([w, m]) => entries.some(([o, n]) => n === m && o.length > w.length)).map(([w]) => w);
  });
}

const TERMINATORS = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['"', '\'', '”', '’', '»', ')', ']']);

function isSentenceStart(ch: string): boolean {
  return /[\p{Lu}\p{N}"'“‘«(\[]/u.test(ch);
}

/** The word (letters and inner dots) that ends right before `dot`. */
function wordBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0 && /[\p{L}.]/u.test(text.charAt(i - 1))) i--;
  return text.slice(i, dot);
}

function endsSentence(text: string, dot: number): boolean {
  const ch = text.charAt(dot);
  if (ch !== '.') return true;
  const word = wordBefore(text, dot);
  if (word.length === 0) return true;
  const bare = word.replace(/^\.+/, '').toLowerCase();
  if (ABBREVIATIONS.has(bare)) return false;
  // A single initial ("J. Smith", "Kim J. Un") or dotted initials ("A.S.", "U.S.").
  if (word.length === 1 && /\p{Lu}/u.test(word)) return false;
  if (/^(\p{L}\.)+\p{L}$/u.test(bare)) return false;
  return true;
}

/** Marks between the items of a list written inline: a sentence ends before one that follows white space. */
const SEPARATORS = new Set(['•', '●', '▪', '■', '◆', '►', '▶', '|']);

/**
 * Sentence spans `[start, end)` of `text`. A sentence ends at . ! ? … (with any closing quotes or brackets) that is
 * followed by white space and then a capital, digit or opening quote, unless the dot closes an abbreviation or an
 * initial; a line break or a list's separator (SEPARATORS) always ends one. Dots inside numbers ("6.700", "10.30")
 * never end one: no space follows.
 */
export function sentenceSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/u.test(text.charAt(s))) s++;
    while (e > s && /\s/u.test(text.charAt(e - 1))) e--;
    if (e > s) spans.push([s, e]);
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    // ("IN NUMBERS • Containers shipped: more than 20,000 • North Korean troops to be deployed: about 12,000")
    if (ch === '\n' || ch === '\r' || (SEPARATORS.has(ch) && i > 0 && /[ \t\u00a0]/u.test(text.charAt(i - 1)))) {
      push(i);
      start = i + 1;
      continue;
    }
    if (!TERMINATORS.has(ch)) continue;
    let j = i + 1;
    while (j < text.length && (TERMINATORS.has(text.charAt(j)) || CLOSERS.has(text.charAt(j)))) j++;
    if (j >= text.length) break;
    if (!/[ \t\u00a0]/u.test(text.charAt(j))) continue;
    let k = j;
    while (k < text.length && /[ \t\u00a0]/u.test(text.charAt(k))) k++;
    const next = text.charAt(k);
    if (next === '' || next === '\n' || next === '\r') {
      i = j - 1;
      continue;
    }
    if (!isSentenceStart(next) || !endsSentence(text, i)) continue;
    push(j);
    start = j;
    i = j - 1;
  }
  push(text.length);
  return spans;
}

/** Split text into sentences (trimmed). */
export function splitSentences(text: string): string[] {
  return sentenceSpans(text).map(([s, e]) => text.slice(s, e));
}

/** Where a window of at most `max` characters around [start, end) begins in a text of `length` characters. */
function windowStart(length: number, start: number, end: number, max: number): number {
  if (length <= max) return 0;
  const mid = (start + end) >> 1;
  return Math.max(0, Math.min(length - max, mid - (max >> 1)));
}

const SENTENCE_MAX = 2000;
const PARAGRAPH_MAX = 8000;

export interface BlockFigure {
  block: number;
  item: FigureInContext;
  /** Where `item.sentence` lies in the block's text: [start, end). */
  sentenceSpan: [number, number];
}

/**
 * Detect the figures of each text block and attach their sentence and paragraph (the block). Keys are
 * `${keyPrefix}${block}-${n}`: stable for the same blocks, unique within a page.
 */
export function figuresInBlocks(blocks: string[], lang: Lang | 'auto', keyPrefix = 'f'): BlockFigure[] {
  const out: BlockFigure[] = [];
  blocks.forEach((text, block) => {
    const figures = detectFigures(text, { lang });
    if (figures.length === 0) return;
    const spans = sentenceSpans(text);
    let si = 0;
    figures.forEach((figure, n) => {
      while (si < spans.length - 1 && (spans[si]?.[1] ?? 0) <= figure.start) si++;
      const span = spans[si];
      let [s, e] = span && span[0] <= figure.start ? span : [figure.start, figure.end];
      // (A figure the sentence ends split, "on Nov. 12, had shown", keeps the sentence it runs on into.)
      for (let sj = si + 1; e < figure.end && sj < spans.length; sj++) e = spans[sj]![1];
      const from = s + windowStart(e - s, figure.start - s, figure.end - s, SENTENCE_MAX);
      const to = Math.min(e, from + SENTENCE_MAX);
      const sentence = text.slice(from, to);
      const p0 = windowStart(text.length, figure.start, figure.end, PARAGRAPH_MAX);
      const paragraph = text.slice(p0, p0 + PARAGRAPH_MAX);
      out.push({ block, item: { key: `${keyPrefix}${block}-${n}`.slice(0, 40), figure, sentence, paragraph }, sentenceSpan: [from, to] });
    });
  });
  return out;
}
