/**
 * Matching: from figures in context to the sourced claims they refer to, with a verdict on the number.
 *
 * Per figure: the canonical units it may count (the detector's noun, or nouns in its clause), then candidates from
 * the entity-pair index (candidates.ts: same unit, value in a window, a record sharing two entities with the page),
 * then value fit (value-fit.ts), context evidence (evidence.ts: entities and keywords in the sentence, paragraph and
 * title) and date plausibility, combined into a score; nothing below the threshold is shown. Per page: figures
 * support each other (a record matched by one figure, or related to it, gains evidence for the others).
 * The same number about something else does not match: value and unit are never enough without the context.
 */
import type { DatasetIndex } from '../claims/compiled';
import type { ClaimFigure, DatasetRecord } from '../claims/schema';
import type { Figure } from '../figures/figure';
import { isInlineSpace, isLetterAt, OTHER_THOUSANDS } from '../figures/detect';
import { CHANGE_VERBS_EN, CHANGE_VERBS_ID, MONTHS, NUMBER_WORDS, withoutNya } from '../figures/lexicon';
import { candidateIndex, claimDay, ListCandidates, type CandidateIndex, ScanCandidates, sharesEntities, type CandidateSource, type Hit, type RecordSlot } from './candidates';
import { dateNumberOf, dayOf, isoOfDay, yearOfDay, yearsBetween } from './dates';
import { calibresIn, ContextBuilder, POLL, evidenceFor, evidenceInto, evidenceScore, nearFigure, recordFeatures, recordScore, tokens, tokenSet, Vocabulary, type ContextText, type RecordFeatures, type Score } from './evidence';
import { CALENDAR_YEAR, explain, type ExplainInput } from './explain';
import type { Agreement, Explanation, FigureInContext, FigureMatches, FigureMatchesTop, Match, MatchSummary, PageContext } from './types';
import { periodAfter, type Period } from './periods';
import { CLAUSE_END_OR_COMMA, commonSides, knownSides, nounPhrase, SidesAround, sidesIn, sidesOf, withoutDateline, withSides } from './sides';
import { digitSlip, EXACT, fitWindow, RANGE_SLIP, roundingStep, significantDigits, valueFit, type ValueFit } from './value-fit';

export interface MatchOptions {
  /** Lowest score shown; below it the figure is "not in the dataset". */
  threshold?: number;
  /** Most matches returned per figure. */
  maxMatches?: number;
  /** Benchmarks and tests only: take candidates from a scan of every record (the naive baseline). */
  scan?: boolean;
  /**
   * Which matches get their explanation: every one (the CLI, the default), each figure's top match only (the
   * worker sends no other; building them is a good part of a batch), or none (the worker counting matches).
   */
  explain?: 'all' | 'top' | 'none';
}

export const DEFAULT_THRESHOLD = 0.6;
const DEFAULT_MAX = 3;
/** Least context evidence (entities + keywords, see evidence.ts) for any match. */
const MIN_EVIDENCE = 1.6;
/** A number that contradicts the source is only attributed to it on strong evidence. */
const MIN_EVIDENCE_DIFFERS = 3;

/** Units of time in years, by canonical unit id (data/lexicon/units.yaml). */
const YEARS_PER_UNIT: Readonly<Record<string, number>> = {
  second: 1 / 31_556_952,
  day: 1 / 365.2425,
  week: 7 / 365.2425,
  month: 1 / 12,
  year: 1,
  decade: 10,
  century: 100,
};

/** YEARS_PER_UNIT's entries, listed once. */
const TIME_UNITS = Object.entries(YEARS_PER_UNIT);

/** Words around a number that say the page itself presents it as a capacity or an equivalent, not a count. */
const CAPACITY_CUES = [
  'setara', 'kapasitas', 'daya tampung', 'bisa memuat', 'dapat memuat', 'mampu memuat', 'bisa menampung',
  'dapat menampung', 'cukup untuk', 'bisa berisi', 'dapat berisi', 'berpotensi', 'equivalent', 'capacity',
  'could hold', 'could contain', 'could carry', 'enough to', 'can hold', 'capable of holding', 'worth of',
  // (A cue is found anywhere in the words, so "bila semua" also finds "apabila semuanya", "if all" "if all of it".)
  'mampu mengangkut', 'bisa mengangkut', 'dapat mengangkut', 'bila seluruhnya', 'jika seluruhnya', 'bila semua', 'jika semua',
  'if all',
  // (Informal: "kalo semuanya diisi peluru", "daya muat"; "if every container held".)
  'kalau semua', 'kalo semua', 'daya muat', 'muatannya bisa', 'if every', 'if each',
  'would come to', 'if they were all', 'could amount to', 'would amount to', 'able to carry',
  'able to hold', 'enough for', 'sufficient for', 'cukup bagi', 'would hold', 'would carry', 'would contain', 'can carry',
  'can contain', 'could have carried', 'could have held', 'could have contained', 'would have carried',
  'would have held', 'converted into', 'converted to', 'if converted', 'dikonversi', 'dikonversikan', 'bila penuh',
  'jika penuh', 'apabila penuh', 'if full', 'when full', 'if fully loaded', 'fully loaded', 'isinya bisa', 'isinya dapat',
  'bisa berisikan', 'dapat berisikan', 'if you convert', 'potentially containing', 'potentially carrying',
  'possibly containing', 'possibly carrying', 'may contain', 'may hold', 'might contain', 'might hold', 'kemungkinan berisi',
  'enough containers for', 'enough containers to', 'bisa muat', 'dapat muat', 'mampu muat', "' worth", '’ worth',
  'bisa dimuat', 'dapat dimuat', 'bisa ditampung', 'dapat ditampung', 'muat hingga',
  // ("Kalau isinya roket 122 milimeter, ya sekitar lima ratus ribu", "jika diisi peluru 152 mm": what a load would be.)
  'kalau isinya', 'kalo isinya', 'jika isinya', 'bila isinya', 'kalau diisi', 'kalo diisi', 'jika diisi', 'bila diisi',
  // ("that's 12M+ shells if you count them all as 152s": a count only on a supposition.)
  'if you count', 'if counted', 'kalau dihitung', 'jika dihitung',
];
/** "enough, he said, for", "enough, he said, to hold", "cukup, menurut hitungan itu, untuk": a cue split by an aside. */
const CAPACITY_SPLIT_CUES = ['enough(?:[ ,]+[^ ,.;]+){1,4}?,?[ ]+(?:for|to hold|to carry|to contain)', 'cukup(?:[ ,]+[^ ,.;]+){1,4}?,?[ ]+untuk'];
/** Whether a lowercased text holds one of CAPACITY_CUES: one regex search instead of a search per cue (3x faster). */
const CAPACITY_CUE = new RegExp([...CAPACITY_CUES.map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')), ...CAPACITY_SPLIT_CUES].join('|'), 'g');
/** "enough for about two months", "cukup untuk tiga bulan": how long a stock lasts, not what a container holds. */
const LASTS = /^[ \u00a0]+(?:\S+[ \u00a0]+){0,2}?(?:days?|weeks?|months?|years?|hari|minggu|pekan|bulan|tahun)(?![\p{L}])/u;

/**
 * Whether the page presents the figure as a capacity: a CAPACITY_CUES phrase up to a few words after it (capacityText),
 * not one saying how long a stock lasts (read on in the sentence).
 */
function presentsAsCapacity(item: FigureInContext): boolean {
  let cue = CAPACITY_CUES_SEEN.get(item);
  if (cue === undefined) CAPACITY_CUES_SEEN.set(item, (cue = readsAsCapacity(item)));
  return cue;
}
/** presentsAsCapacity's answers, per figure (the tie-break and the agreement both ask). */
const CAPACITY_CUES_SEEN = new WeakMap<FigureInContext, boolean>();

function readsAsCapacity(item: FigureInContext): boolean {
  const sentence = item.sentence.toLowerCase();
  const end = figureEnd(item);
  // (capacityText, lowercased once with the sentence; a list line's definition after a dash is read whole: "3 million —
  // 152 mm artillery shells those containers could hold".)
  const text = end < 0 || DEFINED_AFTER.test(sentence.slice(end, end + 4)) ? sentence : sentence.slice(0, end + CAPACITY_AFTER);
  CAPACITY_CUE.lastIndex = 0;
  for (let m = CAPACITY_CUE.exec(text); m; m = CAPACITY_CUE.exec(text)) {
    if (!LASTS.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 40))) return true;
  }
  return false;
}
/** A dash after a number that a list line's definition follows ("6.700 — kontainer ..."). */
const DEFINED_AFTER = /^[ \u00a0]*[—–][ \u00a0]/;
/** Words before a year that make it the start of a period ("sejak 2014", "since 2014"). */
const SINCE_CUES = ['sejak', 'since', 'semenjak', 'mulai'];
/** Words right before a date that make it the start of a period: SINCE_CUES and "from" ("from Sept. 3, 2025"). */
const PERIOD_START_CUES = [...SINCE_CUES, 'from'];
/** Words of a start a few words before a year that date it as the start of what they name ("invasi dimulai pada 2022"). */
const START_CUES = ['dimulai', 'bermula', 'pecah', 'meletus', 'began', 'begun', 'started', 'erupted'];
/**
 * Words right before a duration that make it how long something has lasted ("selama dua dekade", "raged for two
 * decades", "setelah dua tahun invasi"), which an event's dates can check; not a span within which something
 * happened ("in three months", "largest in two decades", "dalam tiga bulan mendatang").
 */
const ELAPSED_AFTER = /^[ \u00a0]*(?:lalu|silam|ago|(?:to[ \u00a0]+the[ \u00a0]+day[ \u00a0]+)?after|,?[ \u00a0]*(?:(?:today|now|hari[ \u00a0]+ini)[ \u00a0]+)?(?:since|sejak)|setelah|into|on[ \u00a0]+from|(?:on|in)(?=[ \u00a0]*[,;:])|sudah|udah|(?:of[ \u00a0]+)?(?:(?:the|full-scale)[ \u00a0]+)*(?:war|fighting|conflict|invasion)|perang|invasi|konflik|pertempuran)(?![\p{L}\p{N}])/iu;
/** A key of a list or an infobox that names a war's length, right before the span: "Lama perang: hampir empat tahun". */
const LENGTH_KEY_BEFORE = /(?<![\p{L}])(?:(?:lama|durasi|usia)[ \u00a0]+(?:perang|invasi|konflik)|(?:length|duration)[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?(?:war|invasion|conflict))[ \u00a0]*:[ \u00a0]*(?:\p{L}+[ \u00a0]+){0,2}$/iu;
/** Right after a span: what else it measures ("delapan bulan pendudukan", "two years of occupation", "a 30-day ceasefire"). */
const OTHER_SPAN_AFTER = /^[ \u00a0]*(?:of[ \u00a0]+)?(?:pendudukan|occupation|pengepungan|siege|blokade|blockade|gencatan[ \u00a0]+senjata|ceasefire|truce|penahanan|detention|captivity|masa[ \u00a0]+jabatan|kepemimpinan|negosiasi|talks)(?![\p{L}\p{N}])/iu;
/** Right after a span: counted from another time than now ("aneksasi itu baru terjadi dua tahun kemudian", "two years later"). */
const RELATIVE_SPAN = /^[ \u00a0]*(?:kemudian|sebelumnya|later|earlier|before|afterwards|berikutnya)(?![\p{L}])/iu;
/** Right after a span: "ago" and the year it points to, whose events the sentence tells ("Two decades ago, in 2004, ..."). */
const AGO_IN_YEAR = /^[ \u00a0]*(?:ago|lalu|silam|yang[ \u00a0]+lalu)[ \u00a0]*,?[ \u00a0]*(?:in|pada|tahun|pada[ \u00a0]+tahun)[ \u00a0]+\d{4}(?!\d)/iu;
/** Before a span in its clause: "then", "at the time" ("saat itu invasi ... baru berumur dua tahun"). */
const THEN_BEFORE = /(?<![\p{L}])(?:saat|ketika|waktu|pada[ \u00a0]+saat)[ \u00a0]+itu(?![\p{L}])[^.;:]*$|(?<![\p{L}])at[ \u00a0]+the[ \u00a0]+time(?![\p{L}])[^.;:]*$/iu;
/** Right after a span: "after" or "setelah", then the event it is counted from. */
const AFTER_EVENT = /^[ \u00a0]*(?:(?:to[ \u00a0]+the[ \u00a0]+day[ \u00a0]+)?after|setelah|sesudah)(?![\p{L}\p{N}])/iu;
/** After "after"/"setelah": another kind of event than the dataset's, which the span is counted from. */
const OTHER_EVENT = /(?<![\p{L}])(?:pemberontakan|mutiny|rebellion|kudeta|coup|pemilu|pemilihan|elections?|gempa|earthquake|banjir|floods?|kecelakaan|crash|pelantikan|inauguration)(?![\p{L}])/iu;
/** Words that make a "since" year the mark of a record rather than a start ("the largest war since 1945"). */
const SUPERLATIVE = /\b(?:largest|biggest|worst|deadliest|heaviest|highest|lowest|first|most|terbesar|terburuk|terparah|terberat|tertinggi|terendah|pertama|paling)\b/i;
// ("baru berjalan dua tahun", "invasi ... baru berumur dua tahun", informal "udh 5 thn".)
const ELAPSED_CUES = ['selama', 'for', 'setelah', 'after', 'memasuki', 'berlangsung', 'berkecamuk', 'sudah', 'telah', 'lasted', 'raged', 'berjalan', 'berumur', 'baru', 'udah', 'udh'];
/**
 * Words of an anniversary: they count the time since what the words right after the span name ("memperingati dua
 * tahun invasi", "marking two years of the war") or, with nothing after it, what came before ("konflik ... kini genap
 * satu dekade."); not the time since anything else ("memperingati 80 tahun berdirinya Partai Buruh Korea").
 */
const ANNIVERSARY_CUES = ['genap', 'memperingati', 'peringatan', 'marking', 'marks', 'marked', 'menandai'];
/** The end of a clause right after a figure, perhaps after the day it falls on ("genap dua tahun pada Sabtu (24/2).", "genap tiga tahun hari ini", "genap tiga tahun kemarin"). */
const CLAUSE_ENDS_AFTER = /^[ \u00a0]*(?:(?:hari[ \u00a0]+ini|today|kemarin|yesterday|(?:pada|on)[ \u00a0]+\p{Lu}\p{Ll}+(?:[ \u00a0]+kemarin)?(?:[ \u00a0]*\([^()]{1,12}\))?)[ \u00a0]*)?(?:$|[.,;:!?])/u;
/** "Old" after a span whose subject is the war: "the full-scale war ... is two years old", "now more than two years old". */
const OLD_AFTER = /^[ \u00a0]+old(?![\p{L}])/u;
const WAR_IS_BEFORE = /(?<![\p{L}])(?:war|invasion|conflict|fighting)(?:[ \u00a0]+in[ \u00a0]+\p{Lu}\p{L}+)?,?[ \u00a0]+(?:(?:is|was|will[ \u00a0]+be|turns|turned|now)[ \u00a0]+)+(?:(?:more[ \u00a0]+than|almost|nearly|just[ \u00a0]+over|over)[ \u00a0]+)?$/iu;

/**
 * A class, not an object literal: V8 moves a literal's allocation site to the old generation once its objects often
 * outlive a scavenge, and at 100,000 claims (hundreds of candidates per batch) that made every scavenge several
 * times slower.
 */
class Candidate {
  /** Its tie-breaks (FigureLookup.tieBreak), in units of TIE_BREAK: kept for rescoring in `coherence`. */
  ties = 0;
  /** Set by a derived check against a dated event. */
  expected?: { value: number; unit: string };
  eventNote?: ExplainInput['event'];
  /** The day its claim was made (statementDates), not a figure of the claim. */
  said?: boolean;

  constructor(
    readonly record: DatasetRecord,
    readonly slot: RecordSlot,
    readonly figure: ClaimFigure,
    readonly fit: ValueFit,
    readonly unitFit: number,
    public evidence: Score,
    /** For the explanation of a shown match. */
    readonly features: RecordFeatures,
    readonly ctx: ContextText,
    readonly dateFit: number,
    public score: number,
    /** Passes the evidence gate (possibly only with the page's support, see `coherence`). */
    public gated: boolean,
  ) {}
}

/** Another figure of `c`'s record, found by what found `c` (its evidence, context and date), as a gated candidate. */
function withFigure(c: Candidate, figure: ClaimFigure, fit: ValueFit, score: number, unitFit = c.unitFit): Candidate {
  return new Candidate(c.record, c.slot, figure, fit, unitFit, c.evidence, c.features, c.ctx, c.dateFit, score, true);
}

const VOCABULARIES = new WeakMap<DatasetIndex, Vocabulary>();

/** The numbers of the index's feature words (evidence.ts). */
function vocabularyOf(index: DatasetIndex): Vocabulary {
  let vocab = VOCABULARIES.get(index);
  if (!vocab) VOCABULARIES.set(index, (vocab = new Vocabulary()));
  return vocab;
}

/** A record's keyword sets, computed on first use and shared by every batch against the same index. */
function featuresOf(index: DatasetIndex, slot: RecordSlot): RecordFeatures {
  return (slot.features ??= recordFeatures(index, slot.record, vocabularyOf(index)));
}

/** Marks one figure's lookups: a record's evidence (RecordSlot) is computed once per mark. */
let lookupMark = 0;

/** Evidence added when another figure on the same page matched this record or a record related to it. */
const COHERENCE = 1;
/** Candidates below this evidence are dropped at once; between it and the gate they wait for page support. */
const WEAK_EVIDENCE = 0.5;

/** Match a page's figures (one batch per page). Results keep the order of `items`. */
export function matchFigures(
  index: DatasetIndex,
  items: readonly FigureInContext[],
  page: PageContext,
  opts?: MatchOptions & { explain?: 'all' },
): FigureMatches[];
/** The same matches with only each figure's top one explained (`explanation`), as the worker sends them, or none. */
export function matchFigures(
  index: DatasetIndex,
  items: readonly FigureInContext[],
  page: PageContext,
  opts: MatchOptions & { explain: 'top' | 'none' },
): FigureMatchesTop[];
export function matchFigures(
  index: DatasetIndex,
  items: readonly FigureInContext[],
  page: PageContext,
  opts?: MatchOptions,
): (FigureMatches | FigureMatchesTop)[];
export function matchFigures(
  index: DatasetIndex,
  items: readonly FigureInContext[],
  page: PageContext,
  opts: MatchOptions = {},
): FigureMatches[] | FigureMatchesTop[] {
  try {
    return matchBatch(index, items, page, opts);
  } finally {
    forgetUnitWords(index); // keyed by the page's words: they do not outlive the batch
  }
}

function matchBatch(index: DatasetIndex, items: readonly FigureInContext[], page: PageContext, opts: MatchOptions): FigureMatches[] | FigureMatchesTop[] {
  const threshold = opts.threshold ?? DEFAULT_THRESHOLD;
  // As slice(0, n) would read it: whole, never negative, NaN as none.
  const maxMatches = Math.max(0, Math.floor(opts.maxMatches ?? DEFAULT_MAX)) || 0;
  const contexts = new ContextBuilder(index, page.title ?? '', vocabularyOf(index));
  const pageDay = dayOf(page.published);
  const finder = opts.scan ? new ScanCandidates(index) : candidateIndex(index);
  const preps = items.map((item) => prepare(index, item, pageDay));
  asOfDays(items, preps, pageDay);
  siblingUnits(items, preps);
  const perItem = items.map((item, i) => candidatesFor(index, item, contexts, pageDay, finder, preps[i] as Prep));
  const page1 = pageSupport(index, perItem, threshold);
  // Second look: a figure with nothing to show checks the records the rest of the page matched, which a thin
  // paragraph (a quote: "setidaknya beberapa juta peluru", ucap Shin) would not find through its own entities.
  const supported = [...page1.support.entries()];
  let list: ListCandidates | undefined;
  items.forEach((item, i) => {
    const own = perItem[i] ?? [];
    const prep = preps[i] as Prep;
    if (prep.queries.length === 0 || own.some((c) => c.gated && c.score >= threshold)) return;
    const allowed = new Uint8Array(supported.length);
    let any = false;
    supported.forEach(([, from], at) => {
      if (!byOthers(from, i)) return;
      allowed[at] = 1;
      any = true;
    });
    if (!any) return;
    list ??= new ListCandidates(supported.map(([slot]) => slot.record), candidateIndex(index));
    // Its lookups would find nothing where the matched records hold no figure in any of its units.
    if (!holdsAnyUnit(list, prep.queries)) return;
    const known = new Set(own.map((c) => c.slot));
    list.only(allowed);
    for (const c of candidatesFor(index, item, contexts, pageDay, list, prep, false)) {
      if (!known.has(c.slot)) own.push(c);
    }
    perItem[i] = own;
  });
  coherence(items, perItem, page1);
  const ids = candidateIndex(index);
  oneQuotePerSentence(items, perItem, threshold, ids, contexts);
  noMisquoteBesideQuote(items, perItem, threshold, contexts);
  correctedBeside(items, perItem, threshold, contexts);
  slipOfSibling(items, perItem, threshold, preps, contexts);
  oneQuoteOfRepeatedNumber(items, perItem, contexts);
  comparisonAside(index, items, perItem, contexts);
  otherParties(index, items, perItem, contexts);
  wholeAsPart(index, items, perItem, contexts);
  statementDates(index, items, perItem, threshold);
  if (opts.explain === 'top' || opts.explain === 'none') {
    return items.map((item, i): FigureMatchesTop => {
      const shown = shownOf(perItem[i], threshold, maxMatches, ids);
      const matches = shown.map((c) => summaryOf(index, c, item));
      const top = shown[0];
      const m = matches[0];
      if (!top || !m || opts.explain === 'none') return { key: item.key, matches };
      return { key: item.key, matches, explanation: explanationOf(index, item.figure, top, m, page) };
    });
  }
  return items.map((item, i): FigureMatches => {
    const matches = shownOf(perItem[i], threshold, maxMatches, ids).map((c) => {
      const m = summaryOf(index, c, item);
      return withExplanation(m, explanationOf(index, item.figure, c, m, page));
    });
    return { key: item.key, matches };
  });
}

function holdsAnyUnit(list: ListCandidates, queries: readonly Query[]): boolean {
  for (const q of queries) if (list.holds(q.unit)) return true;
  return false;
}

/**
 * Two numbers of one sentence do not quote the same claim figure: where they would, the one that fits it less well
 * looks to its next candidate ("CSIS puts casualties at nearly 1 million, while Kyiv's General Staff claims 991,820").
 * (Two that fit it alike, "120 guns and 120 launchers", may be its two figures of that value: both keep it. A
 * misquote beside a correct figure of the same claim stays: "910 drones and 13 missiles" is how misquotes look.)
 */
function oneQuotePerSentence(items: readonly FigureInContext[], perItem: Candidate[][], threshold: number, ids: CandidateIndex, contexts: ContextBuilder): void {
  // (Only figures with a match can clash: most of a page's figures have none.)
  const bySentence = new Map<string, number[]>();
  items.forEach((item, i) => {
    if (!perItem[i]?.some((c) => c.gated)) return;
    const list = bySentence.get(item.sentence);
    if (list) list.push(i);
    else bySentence.set(item.sentence, [i]);
  });
  for (const group of bySentence.values()) {
    if (group.length < 2) continue;
    const tops = group.map((i) => shownOf(perItem[i], threshold, 1, ids)[0]);
    tops.forEach((ta, a) => {
      if (!ta) return;
      tops.forEach((tb, b) => {
        // (tb yields to ta, which fits the figure better, unless the page restates one as the other: "hampir 1 juta
        // orang, tepatnya 991.820", "more than half a trillion dollars, or $524 billion".)
        // (Nor does a number the page calls false beside the right one: correctedBeside.)
        if (tb && ta.record === tb.record && ta.figure === tb.figure && ta.fit.fit > tb.fit.fit && !restated(items[group[a] as number]!, items[group[b] as number]!) && !roundsOther(items[group[b] as number]!, items[group[a] as number]!) && !(tb.fit === MISQUOTE && contexts.debunks(items[group[b] as number]!.sentence, items[group[b] as number]!.paragraph))) {
          perItem[group[b] as number] = (perItem[group[b] as number] ?? []).filter((c) => c !== tb);
        }
      });
    });
  }
}

/**
 * Words that restate a number just said: "hampir 1 juta, tepatnya 991.820", "half a trillion dollars, or $524 billion",
 * "991.820 orang, atau hampir 1 juta", or round it in apposition: "$524 billion, more than half a trillion dollars".
 */
const RESTATED = /^[\s,;(–—-]*(?:tepatnya|persisnya|atau|yakni|yaitu|or|precisely|exactly|that is|i\.e\.)[\s,:]*(?:(?:more than|over|nearly|almost|about|around|roughly|lebih dari|hampir|sekitar|kurang lebih)\s*)?$|^\s*[,(–—-]\s*(?:more than|over|nearly|almost|about|around|roughly|lebih dari|hampir|sekitar|kurang lebih)\s*$/iu;

/** Words between two numbers that set them side by side as two figures, not one restated: "and", "while", "later". */
const SIDE_BY_SIDE = /;|(?<![\p{L}])(?:dan|serta|sedangkan|sementara|namun|tetapi|lalu|kemudian|and|while|whereas|but|then|later)(?![\p{L}])/iu;

/**
 * Whether the page's number `a` rounds its number `b`, with nothing between them that sets them side by side: the
 * sentence restates one figure ("nearly 1 million personnel ..., putting its tally at 991,820"), unlike "nearly 1
 * million ..., while Kyiv's General Staff claims 991,820" or "6,700 containers early on and around 7,000 a month later".
 */
function roundsOther(a: FigureInContext, b: FigureInContext): boolean {
  const fa = a.figure;
  const fb = b.figure;
  if (valueFit({ value: fa.value, max: fa.valueMax, qualifier: fa.qualifier }, { value: fb.value, max: fb.valueMax, qualifier: fb.qualifier }).relation !== 'rounded') return false;
  const [first, second] = fa.start < fb.start ? [a, b] : [b, a];
  return !SIDE_BY_SIDE.test(first.paragraph.slice(first.figure.end, second.figure.start));
}

/** Whether the text between two figures of one sentence only restates the first as the second. */
function restated(a: FigureInContext, b: FigureInContext): boolean {
  const [first, second] = a.figure.start < b.figure.start ? [a, b] : [b, a];
  // (Most numbers of a sentence stand farther apart: measured before the text between is read.)
  if (second.figure.start - first.figure.end > 40) return false;
  const between = first.paragraph.slice(first.figure.end, second.figure.start);
  // (What the first counts may stand between: "1 juta orang, tepatnya".)
  return RESTATED.test(between.replace(/^\s*[\p{L}]+(?:\s+[\p{L}]+)?(?=\s*[,;(–—-])/u, ''));
}

/**
 * A paragraph that quotes a claim figure as the source has it is not misquoting that figure with another number of
 * the same order: beside "batas harga 60 dolar AS per barel", "Brent bertahan di kisaran 78 dolar AS" is a market
 * price, not the cap. (A digit slip of three digits or more beside the right number, "67.000" after "6.700", still
 * reads as one; "58" beside 47.6 does not.)
 */
function noMisquoteBesideQuote(items: readonly FigureInContext[], perItem: Candidate[][], threshold: number, contexts: ContextBuilder): void {
  // The paragraphs with a misquote (few, if any), and in them the claim figures some figure quotes without
  // contradicting them.
  const quoted = new Map<string, Set<ClaimFigure>>();
  items.forEach((item, i) => {
    if (perItem[i]?.some((c) => c.fit === MISQUOTE)) quoted.set(item.paragraph, new Set());
  });
  if (quoted.size === 0) return;
  items.forEach((item, i) => {
    const set = quoted.get(item.paragraph);
    if (!set) return;
    for (const c of perItem[i] ?? []) {
      // (A vague range, "ribuan tentara", quotes no number: it leaves "5.000" free to contradict 2,000.)
      const r = c.fit.relation;
      if (c.gated && c.score >= threshold && (r === 'exact' || r === 'rounded' || r === 'within')) set.add(c.figure);
    }
  });
  items.forEach((item, i) => {
    const set = quoted.get(item.paragraph);
    const cands = perItem[i];
    if (!set?.size || !cands?.some((c) => c.fit === MISQUOTE && set.has(c.figure))) return;
    // (Beside the right number only a typo's slip stays: a zero, a digit; "1.2 million" soldiers beside 12,000 is
    // another count.)
    const slip = (c: Candidate) => {
      const ratio = item.figure.value / c.figure.value;
      return item.figure.value >= SPECIFIC && ratio > 0.099 && ratio < 10.1 && digitSlip(item.figure.value, c.figure.value);
    };
    // (A page that calls the number false quotes the right one beside it: that is how a correction reads.)
    if (contexts.debunks(item.sentence, item.paragraph)) return;
    perItem[i] = cands.filter((c) => !(c.fit === MISQUOTE && set.has(c.figure) && !slip(c)));
  });
}

/**
 * How surely a number must count a sibling figure's unit to slip it: its own noun, or words of its clause after it
 * ("25.000 tentara yang tewas" counts deaths) for a slip of one digit or one power of ten only (not "200.000 kontainer
 * ... serta 200 meriam"), never words before it.
 */
const SIBLING_UNIT_FIT = 0.8;
function withinTenfold(a: number, b: number): boolean {
  return Math.max(a, b) <= 10 * Math.min(a, b);
}

/**
 * A number with no claim that holds it beside a number that quotes a claim may slip a digit of that claim's other figure
 * in its unit: "sekitar 2.000 tentara Korut tewas ..., dan Pyongyang menyiapkan 60.000 tentara tambahan" misquotes the
 * same NIS estimate's 6,000 more troops. (A slip alone counts only for a claim's headline figure: see specificSlip.)
 */
function slipOfSibling(items: readonly FigureInContext[], perItem: Candidate[][], threshold: number, preps: readonly Prep[], contexts: ContextBuilder): void {
  let tops: (Candidate | undefined)[] | undefined;
  items.forEach((item, i) => {
    const f = item.figure;
    // (Counts and amounts: a calibre beside another, "152 mm ... 122 mm", is no slip of it.)
    if ((f.kind !== 'count' && f.kind !== 'currency') || f.valueMax !== undefined || f.value < SPECIFIC || (perItem[i] ?? []).some((c) => c.gated && c.score >= threshold && c.fit !== MISQUOTE)) return;
    const units = (preps[i] as Prep).units;
    if (units.length === 0) return;
    tops ??= perItem.map((cands) => bestShown(cands ?? [], threshold));
    items.forEach((other, j) => {
      const top = tops![j];
      if (j === i || !top || other.sentence !== item.sentence || top.fit === MISQUOTE || top.record.type !== 'claim') return;
      if ((perItem[i] ?? []).some((c) => c.record === top.record && c.fit === MISQUOTE)) return;
      const slipped = top.record.figures.find((cf) => cf !== top.figure && cf.max === undefined && units.some((u) => u.unit === cf.unit && (u.fit === 1 || (u.fit >= SIBLING_UNIT_FIT && withinTenfold(f.value, cf.value)))) && digitSlip(f.value, cf.value));
      if (!slipped) return;
      // (Where another claim's figure of that number was found already, it stays, unless the sentence names a party of
      // this claim's that the other lacks: "menurut NIS ..., dan Pyongyang menyiapkan 60.000 tentara tambahan" is the
      // NIS's, not Shoigu's 6,000; "Menurut laporan MSMT, ... 200.000 kontainer" stays the team's containers report.)
      const named = contexts.sentenceEntities(item.sentence, item.paragraph);
      const same = (perItem[i] ?? []).filter((o) => o.fit === MISQUOTE && o.figure.value === slipped.value && o.figure.unit === slipped.unit);
      if (same.some((o) => !top.record.entities.some((e) => named.has(e) && !o.record.entities.includes(e)))) return;
      const c = withFigure(top, slipped, MISQUOTE, Math.max(threshold, top.score - MISQUOTE.fit / 4));
      // (Its other misquotes, of claims its sentence does not quote, step aside.)
      perItem[i] = [...(perItem[i] ?? []).filter((o) => o.fit !== MISQUOTE), c];
    });
  });
}

/** Whether `value` lies inside lo..hi, a tenth of the way or more from either end. */
function insideRange(value: number, lo: number, hi: number): boolean {
  const [a, b] = lo < hi ? [lo, hi] : [hi, lo];
  const margin = (b - a) / 10;
  return value > a + margin && value < b - margin;
}

/**
 * A number the page calls false beside the right one misquotes the claim the right one quotes: "menyebut Eropa telah
 * menyalurkan 183 miliar euro untuk Ukraina, padahal data Kiel Institute mencatat 138 miliar euro" contradicts the
 * 138 billion, not another of Kiel's totals; "69 juta warga Ukraina mengungsi, padahal UNHCR mencatat sekitar 6,9
 * juta" the 6.9 million, not the same record's other figure. Its other misquotes step aside.
 */
function correctedBeside(items: readonly FigureInContext[], perItem: Candidate[][], threshold: number, contexts: ContextBuilder): void {
  let tops: (Candidate | undefined)[] | undefined;
  items.forEach((item, i) => {
    const own = perItem[i] ?? [];
    // (A figure with a claim that holds it as written is no misquote.)
    if (own.some((c) => c.gated && c.score >= threshold && c.fit !== MISQUOTE) || !MISQUOTE_KINDS.has(item.figure.kind)) return;
    if (!contexts.debunks(item.sentence, item.paragraph)) return;
    tops ??= perItem.map((cands) => bestShown(cands ?? [], threshold));
    let right: Candidate | undefined;
    items.forEach((other, j) => {
      const top = tops![j];
      if (j === i || right || !top || other.sentence !== item.sentence || other.figure.kind !== item.figure.kind) return;
      const r = top.fit.relation;
      if (r !== 'exact' && r !== 'rounded' && r !== 'within') return;
      if (item.figure.unit && other.figure.unit && item.figure.unit !== other.figure.unit) return;
      const ratio = item.figure.value / top.figure.value;
      if (digitSlip(item.figure.value, top.figure.value) || (ratio > 1 / DEBUNKED_RATIO && ratio < DEBUNKED_RATIO)) right = top;
    });
    if (!right) return;
    const was = own.find((c) => c.record === right!.record);
    const from = was ?? right;
    const c = withFigure(from, right.figure, MISQUOTE, Math.max(threshold, was?.score ?? right.score - MISQUOTE.fit / 4));
    perItem[i] = [...own.filter((o) => o.fit !== MISQUOTE), c];
  });
}

/**
 * A number said twice in a paragraph quotes a claim where its sentence names the claim's subjects: beside "About
 * 11,000 North Korean troops have moved into Russia's Kursk region", "NATO's own exercise in Poland involves some
 * 11,000 allied soldiers" names other subjects and none of the claim's, and is about something else. (A second
 * mention that names no one, "the 11,000 troops", still quotes it.)
 */
function oneQuoteOfRepeatedNumber(items: readonly FigureInContext[], perItem: Candidate[][], contexts: ContextBuilder): void {
  // (By paragraph, then value: a paragraph's string keeps its hash, a key built from it would hash it again.)
  const byParagraph = new Map<string, Map<number, number[]>>();
  items.forEach((item, i) => {
    if (!perItem[i]?.length) return;
    let byValue = byParagraph.get(item.paragraph);
    if (!byValue) byParagraph.set(item.paragraph, (byValue = new Map()));
    const group = byValue.get(item.figure.value);
    if (group) group.push(i);
    else byValue.set(item.figure.value, [i]);
  });
  /** How many of the record's entities the sentence of occurrence i names. */
  const names = (i: number, record: DatasetRecord) => {
    const own = contexts.sentenceEntities(items[i]!.sentence, items[i]!.paragraph);
    let n = 0;
    for (const e of record.entities) if (own.has(e)) n++;
    return n;
  };
  const foreign = (i: number, record: DatasetRecord) => {
    for (const e of contexts.sentenceEntities(items[i]!.sentence, items[i]!.paragraph)) if (!record.entities.includes(e)) return true;
    return false;
  };
  /** Whether another shown candidate's record holds every entity the sentence of occurrence i names beside c's. */
  const ownedByOther = (i: number, c: Candidate) => {
    const own = contexts.sentenceEntities(items[i]!.sentence, items[i]!.paragraph);
    return perItem[i]!.some((d) => d.gated && d.record !== c.record && names(i, d.record) > names(i, c.record) && [...own].every((e) => c.record.entities.includes(e) || d.record.entities.includes(e)));
  };
  for (const byValue of byParagraph.values()) for (const group of byValue.values()) {
    if (group.length < 2) continue;
    const drop = new Map<number, Set<Candidate>>();
    for (const j of group) {
      const item = items[j]!;
      if (contexts.sentenceEntities(item.sentence, item.paragraph).size === 0) continue;
      for (const c of perItem[j] ?? []) {
        // (Only a candidate that could be shown: at 100,000 claims a figure has hundreds that cannot.)
        if (!c.gated) continue;
        // (A sentence that names some of the claim's subjects yields only to one that names more of them, and only
        // where it names others too: "South Korea will invest $350 billion" under Trump's trade deal, beside
        // "Washington spent $350 billion on Ukraine".)
        const own = names(j, c.record);
        if (own > 0 && !foreign(j, c.record)) continue;
        // (As many of them yield too where another claim's subjects are all the sentence names besides: NIS's "6.000
        // tentara" beside "Shoigu lebih dulu mengumumkan 6.000 personel" for Kursk.)
        let elsewhere = false;
        let tie = false;
        for (const i of group) {
          if (i === j || items[i]!.sentence === item.sentence) continue;
          const n = names(i, c.record);
          if (n < own || !perItem[i]!.some((d) => d.record === c.record && d.figure === c.figure)) continue;
          if (n > own) {
            elsewhere = true;
            break;
          }
          tie = true;
        }
        if (!elsewhere && tie) elsewhere = ownedByOther(j, c);
        if (elsewhere) (drop.get(j) ?? drop.set(j, new Set()).get(j)!).add(c);
      }
    }
    for (const [j, gone] of drop) perItem[j] = perItem[j]!.filter((c) => !gone.has(c));
  }
}

/**
 * "Sebagai pembanding, ...", "By comparison, ...", "Ukraine, by comparison, ...", "That compares with ...": a sentence
 * set beside the story.
 */
const COMPARISON = /(?<![\p{L}])(?:(?:sebagai (?:pembanding|perbandingan|gambaran)|by comparison|for comparison|in comparison)\s*,|^\s*(?:that|this) (?:compares|compared) (?:with|to) )/iu;
/** Letters every COMPARISON holds: a plain search first (most sentences hold neither). */
const MAY_COMPARE = /banding|gambaran|comparison|compare/i;

/**
 * A sentence brought in for comparison is about another subject unless it names the claim's: "Sebagai pembanding,
 * ekspor kopi Indonesia tahun lalu mencapai 10.000 kontainer" beside North Korea's shipments is not one of them,
 * "Sebagai pembanding, intelijen AS ... menyebut 315.000 korban" quotes the US estimate.
 */
function comparisonAside(index: DatasetIndex, items: readonly FigureInContext[], perItem: Candidate[][], contexts: ContextBuilder): void {
  items.forEach((item, i) => {
    const cands = perItem[i];
    if (!cands?.length || !MAY_COMPARE.test(item.sentence) || !COMPARISON.test(item.sentence)) return;
    const named = contexts.sentenceEntities(item.sentence, item.paragraph);
    // (Two of them, or its only one, a national body naming its country too: "the EU's own annual budget" names the EU,
    // not the EU's frozen Russian assets; "Departemen Luar Negeri AS" names the department and the US.)
    const own = new Set(withSides(index, named));
    perItem[i] = cands.filter((c) => sharesEntities(c.record, own));
  });
}

/**
 * A whole presented as one recipient's share contradicts that share: "paket bantuan 95 miliar dolar AS untuk Ukraina"
 * quotes the package for all its recipients as Ukraine's $61 billion. Not where the sentence gives the share too
 * ("the $95 billion package, including about $61 billion for Ukraine") or names other recipients (Israel, Taiwan).
 */
function wholeAsPart(index: DatasetIndex, items: readonly FigureInContext[], perItem: Candidate[][], contexts: ContextBuilder): void {
  items.forEach((item, i) => {
    const cands = perItem[i];
    if (!cands?.length) return;
    // (The sentence's sides, read once for the item: at 100,000 claims many candidates hold a whole.)
    let sides: Set<string> | undefined;
    perItem[i] = cands.map((c) => {
      if (!c.gated || !c.features.hasWhole || c.fit.relation === 'differs') return c;
      const fi = c.record.figures.indexOf(c.figure);
      if (fi < 0 || !c.features.wholes[fi]) return c;
      // (Not the place of a dateline: "Jakarta - Ukraina akhirnya mendapatkan bantuan senilai US$ 95 miliar".)
      sides ??= new Set(sidesIn(index, withoutDateline(item.sentence)));
      const common = commonSides(index);
      for (const side of sides) if (!c.features.entitySides.includes(side) && !common.has(side)) return c;
      const part = c.record.figures.findIndex(
        (f, j) => j !== fi && f.unit === c.figure.unit && f.value < c.figure.value && c.features.recipients[j]!.some((r) => sides!.has(r)),
      );
      if (part < 0) return c;
      const share = c.record.figures[part]!;
      // (The sentence gives the share itself: it presents the whole as the whole.)
      if (items.some((o) => o.sentence === item.sentence && Math.abs(o.figure.value - share.value) <= 0.1 * share.value)) return c;
      const m = withFigure(c, share, MISQUOTE, c.score);
      m.ties = c.ties;
      return m;
    });
  });
}

/**
 * The day a claim was made, written beside its number: "Pernyataan itu disampaikan Shin dalam jumpa pers di Seoul,
 * Senin (26/2/2024)". A full date that matched nothing dates the claim another figure of its paragraph matched, when
 * it is that claim's day (its claimDate, or its figure's as-of date): the date is checked as the claim's, with its
 * verdict.
 */
function statementDates(index: DatasetIndex, items: readonly FigureInContext[], perItem: Candidate[][], threshold: number): void {
  const unit = index.unitOfWord('tanggal');
  if (!unit) return;
  // Each figure's best shown match, read once, before any day is added (a day never dates another day).
  let tops: (Candidate | undefined)[] | undefined;
  items.forEach((item, i) => {
    const f = item.figure;
    if (f.kind !== 'date' || f.value < 1e7 || f.value % 100 === 0 || f.valueMax !== undefined) return;
    tops ??= perItem.map((cands) => bestShown(cands ?? [], threshold));
    if (tops[i]) return;
    // (Of several such claims, one of the date's own sentence, else the paragraph's first: the lede's claim.)
    let by: Candidate | undefined;
    let bySentence = false;
    items.forEach((other, j) => {
      if (j === i || other.paragraph !== item.paragraph || (by && (bySentence || other.sentence !== item.sentence))) return;
      const top = tops![j];
      if (!top || top.record.type !== 'claim') return;
      if (dateNumberOf(top.record.claimDate) !== f.value && dateNumberOf(top.figure.asOf) !== f.value) return;
      by = top;
      bySentence = other.sentence === item.sentence;
    });
    if (!by) return;
    // (The day is a fact of the record, so no capacity basis of the figure that found it.)
    const day: ClaimFigure = { value: f.value, unit, kind: 'date', qualifier: 'exact', basis: 'claimed' };
    const c = withFigure(by, day, EXACT, by.score, 1);
    c.said = true;
    (perItem[i] ??= []).push(c);
  });
}

/** A sentence that opens on a place: "Di Gaza, ...", "In Sudan, ...", "Sementara itu di Jakarta, ...". */
const OPENS_ON_PLACE = /^[\s"'“(]*(?:(?:sementara itu|meanwhile|adapun|elsewhere)[\s,]+)?(?:di|in)\s+([^,.;:]{2,40}),/iu;

/**
 * A sentence about another party than a claim's is not about the claim. It opens on another country's place ("Di
 * Gaza, Kementerian Kesehatan setempat mencatat hampir 30.000 korban jiwa" beside Ukraine's civilian toll: the war's
 * own parties, which most records name, do not count), or it names an outsider to the dataset's stories, a party no
 * record names, and no party on the claim's sides ("More than 12.7 million people ... in Sudan, the UN refugee
 * agency said": the UN, on no side, names no party).
 */
function otherParties(index: DatasetIndex, items: readonly FigureInContext[], perItem: Candidate[][], contexts: ContextBuilder): void {
  items.forEach((item, i) => {
    const cands = perItem[i];
    if (!cands?.length) return;
    const sides = partiesOf(index, item, contexts);
    if (sides) perItem[i] = cands.filter((c) => c.features.entitySides.some((side) => sides.includes(side)));
    const contrasted = contrastedParties(index, item);
    if (contrasted) perItem[i] = (perItem[i] ?? []).filter((c) => c.features.entitySides.some((side) => contrasted.includes(side)) || c.record.entities.some((e) => contrasted.includes(e)));
  });
}

/** "..., while", "sedangkan", "sementara": where a sentence turns to another party. */
const CONTRAST = /[\s,](?:while|whereas|sedangkan|sementara)\s/giu;
/** Words that turn a whole sentence to another party than the one before: "The EU, meanwhile, says ...". */
const TURN = /\b(?:meanwhile|sementara itu|di sisi lain|on the other hand)\b/i;
const CLAUSE_OPENS = /[:;][ \u00a0]/;
/** Letters every CONTRAST and TURN holds ("meanwhile" holds "while"): a plain search first (most sentences hold none). */
const MAY_CONTRAST = /while|whereas|sedangkan|sementara/i;

/**
 * The party (with its sides) a figure's part of its sentence is about after a contrast ("North Korea has supplied
 * more than 12 million shells, while the European Union expects to have delivered about two million rounds to
 * Ukraine"), or in a sentence that turns to another party ("The EU, meanwhile, says it will have delivered 1 million
 * shells to Ukraine"): the first it names, its subject. Undefined where there is no such part or it names no party:
 * a number there is theirs.
 */
function contrastedParties(index: DatasetIndex, item: FigureInContext): string[] | undefined {
  if (!MAY_CONTRAST.test(item.sentence) && !item.sentence.includes('sisi lain') && !item.sentence.includes('other hand')) return undefined;
  const at = figureAt(item);
  let from = -1;
  for (const m of item.sentence.matchAll(CONTRAST)) if (m.index < at) from = m.index + m[0].length;
  if (from < 0 && TURN.test(item.sentence.slice(0, at))) from = 0;
  // (A colon or a semicolon after the contrast opens a clause of its own: "..., while producing about 2.5 million, RUSI
  // analyst Jack Watling estimated ..., a gap North Korea later helped fill: Seoul said ... 5.2 million".)
  if (from < 0 || CLAUSE_OPENS.test(item.sentence.slice(from, at))) return undefined;
  // (A currency's sign names no country, entitiesIn knows: "sementara kerusakan langsung mencapai US$ 176 miliar".)
  const named = index.entitiesIn(item.sentence.slice(from, at));
  return named.length > 0 ? withSides(index, named.slice(0, 1)) : undefined;
}

/** The parties a sentence is about instead of the dataset's (otherParties), or undefined for none. */
function partiesOf(index: DatasetIndex, item: FigureInContext, contexts: ContextBuilder): string[] | undefined {
  const place = OPENS_ON_PLACE.exec(item.sentence)?.[1];
  if (place) {
    const common = commonSides(index);
    const sides = sidesIn(index, place).filter((side) => !common.has(side));
    if (sides.length > 0) return sides;
  }
  // (A person stands for the country they belong to: "the $61 billion that President Joe Biden signed ... was part of a
  // $95 billion package that also covered Israel and Taiwan" is the US's, not only Israel's and Taiwan's.)
  const named = [...contexts.sentenceEntities(item.sentence, item.paragraph)];
  const sides = sidesOf(index, [...named, ...named.flatMap((e) => index.entity(e)?.within ?? [])]);
  const known = knownSides(index);
  return sides.some((side) => !known.has(side)) ? sides : undefined;
}

/** A figure's shown matches: gated, at the threshold or above, best first (ties by record id). */
function shownOf(cands: Candidate[] | undefined, threshold: number, maxMatches: number, ids: CandidateIndex): Candidate[] {
  // The few best by insertion, in the order a sort by score then record id would give (a total order: one
  // candidate per record), without sorting every candidate.
  const out: Candidate[] = [];
  if (!cands || maxMatches === 0) return out;
  for (const c of cands) {
    if (!c.gated || !(c.score >= threshold)) continue;
    let j = out.length;
    while (j > 0 && ranksBefore(c, out[j - 1] as Candidate, ids)) j--;
    if (j >= maxMatches) continue;
    out.splice(j, 0, c);
    if (out.length > maxMatches) out.pop();
  }
  return out;
}

function ranksBefore(a: Candidate, b: Candidate, ids: CandidateIndex): boolean {
  // (Scores are capped at 1: there the tie-breaks still decide.)
  return (b.score - a.score || b.ties - a.ties || ids.byId(a.slot, b.slot)) < 0;
}

/**
 * Page coherence: an article tells one story, so a record that another figure on the page matched (or one it names
 * as related) gains evidence. This settles vague figures ("jutaan amunisi" next to "6.700 kontainer") and lets a
 * figure whose own paragraph is thin match the story's claims.
 */
interface PageSupport {
  /** record → the figures (item indexes) whose shown match is that record, or names it as related. */
  support: Map<RecordSlot, Set<number>>;
  tops: (Candidate | undefined)[];
}

function pageSupport(index: DatasetIndex, perItem: Candidate[][], threshold: number): PageSupport {
  const support = new Map<RecordSlot, Set<number>>();
  const slots = candidateIndex(index);
  const tops = perItem.map((cands, i) => {
    const top = bestShown(cands, threshold);
    if (top) {
      markSupport(support, top.slot, i);
      for (const r of top.record.related) {
        const record = index.get(r);
        if (record) markSupport(support, slots.slotOf(record), i);
      }
    }
    return top;
  });
  return { support, tops };
}

function markSupport(support: Map<RecordSlot, Set<number>>, slot: RecordSlot, i: number): void {
  const set = support.get(slot) ?? new Set<number>();
  set.add(i);
  support.set(slot, set);
}

/** Whether a figure other than `i` is among `from`. */
function byOthers(from: ReadonlySet<number> | undefined, i: number): boolean {
  return from !== undefined && (from.size > 1 || (from.size === 1 && !from.has(i)));
}

function coherence(items: readonly FigureInContext[], perItem: Candidate[][], { support, tops }: PageSupport): void {
  if (support.size === 0) return;
  // record id → the figures whose top candidate it is.
  const topOf = new Map<string, Set<number>>();
  tops.forEach((t, j) => {
    if (!t) return;
    const set = topOf.get(t.record.id) ?? new Set<number>();
    set.add(j);
    topOf.set(t.record.id, set);
  });
  perItem.forEach((cands, i) => {
    for (const c of cands) {
      // One hop only: the record itself is shown elsewhere, named by a shown record, or names one.
      const supported =
        byOthers(support.get(c.slot), i) || (c.slot.relates && c.record.related.some((r) => byOthers(topOf.get(r), i)));
      if (!supported) continue;
      // Another figure of the same sentence shown with this record breaks a tie: "10,000 containers, enough to hold
      // up to 4.8 million shells" is the June count, not February's equal one named in the next sentence.
      const from = support.get(c.slot);
      if (from) for (const j of from) if (j !== i && items[j]?.sentence === items[i]?.sentence) { c.ties += 1; break; }
      c.evidence = recordScore(c.evidence.score + COHERENCE, c.evidence.entityScore, c.evidence.keywordScore);
      c.gated = c.evidence.entityScore > 0 && c.evidence.score >= minEvidence(c.fit);
      c.score = scoreOf(c.fit.fit, c.unitFit, c.evidence.score, c.dateFit, c.slot.event, c.ties);
    }
  });
}

function someGated(cands: Iterable<Candidate>): boolean {
  for (const c of cands) if (c.gated) return true;
  return false;
}

/** The first of the best-scored candidates that would be shown. */
function bestShown(cands: Candidate[], threshold: number): Candidate | undefined {
  let top: Candidate | undefined;
  for (const c of cands) if (c.gated && c.score >= threshold && (!top || c.score > top.score || (c.score === top.score && c.ties > top.ties))) top = c;
  return top;
}

function minEvidence(fit: ValueFit): number {
  return fit.relation === 'differs' ? MIN_EVIDENCE_DIFFERS : MIN_EVIDENCE;
}

type UnitHint = { unit: string; fit: number };

/** How well a count fits its unit's broader unit (units.yaml `broader`: rockets as rounds). */
const BROADER_FIT = 0.8;

function addUnit(index: DatasetIndex, out: UnitHint[], unit: string | undefined, fit: number): void {
  if (!unit) return;
  for (const u of out) if (u.unit === unit) return;
  const entry = index.unit(unit);
  // Nouns found around the number are counts, not times or dates ("50 rudal dalam tiga bulan").
  if (fit < 1 && (YEARS_PER_UNIT[unit] !== undefined || entry?.kind !== 'count')) return;
  out.push({ unit, fit });
  if (entry?.broader) addUnit(index, out, entry.broader, fit * BROADER_FIT);
}

/** Where the figure sits in its sentence. */
function figureAt(item: FigureInContext): number {
  const { figure, sentence, paragraph } = item;
  const off = paragraph.indexOf(sentence);
  if (off >= 0) {
    const at = figure.start - off;
    if (sentence.slice(at, at + figure.surface.length) === figure.surface) return at;
  }
  return Math.max(0, sentence.indexOf(figure.surface));
}

/** A change verb right before a number, with at most a "by" and a rough qualifier between ("naik sekitar 7.000"); not "made up about 11,000 of the troops". */
const CHANGE_BEFORE = new RegExp(
  `(?<![\\p{L}])(?<!(?:made|make|makes|making|took|take|takes|taking|end|ended|ends|wind|wound|winds)[ \\u00a0]+)(?:${[...CHANGE_VERBS_ID, ...CHANGE_VERBS_EN].join('|')})(?:[ \\u00a0]+(?:by|sebanyak|sebesar))?(?:[ \\u00a0]+(?:sekitar|kira-kira|hampir|nyaris|lebih dari|about|around|roughly|some|nearly|almost|more than|over))?[ \\u00a0]*$`,
  'iu',
);
/**
 * "more than", "lebih banyak dari" after a number and its noun: the number is a difference ("7,000 more than in
 * August"). Not "801 drones and more than a dozen missiles", nor "45 countries on more than 1,000 vessels", nor "6,700
 * containers carrying more than three million artillery shells": the words between are the number's own noun, and
 * what follows is no other number.
 */
const CHANGE_AFTER = new RegExp(
  `^[ \\u00a0]*(?:(?!(?:and|or|on|in|at|to|of|for|with|dan|atau|di|ke|pada|dengan|untuk)[ \\u00a0])[\\p{L}-]+[ \\u00a0]+){0,2}?(?:(?:more|fewer|less)[ \\u00a0]+than|lebih[ \\u00a0]+(?:banyak|sedikit)[ \\u00a0]+(?:dari|daripada|ketimbang|dibanding))[ \\u00a0]+(?!\\d|(?:a|an|about|around|some|nearly|sekitar|hampir|${[...Object.keys(NUMBER_WORDS.en), ...Object.keys(NUMBER_WORDS.id)].join('|')})[ \\u00a0])`,
  'iu',
);

/** Whether the page gives the figure as a change rather than a level (see candidatesFor). */
function givenAsChange(item: FigureInContext): boolean {
  const at = figureAt(item);
  const s = item.sentence;
  const after = s.slice(at + item.figure.surface.length, at + item.figure.surface.length + 48);
  return CHANGE_BEFORE.test(s.slice(Math.max(0, at - 40), at)) || CHANGE_AFTER.test(after) || (item.figure.kind === 'percent' && PERCENT_GAP_AFTER.test(after));
}
/** A percent that says how far one thing is from another: "running 20% behind last year's pace", "15% below". */
const PERCENT_GAP_AFTER = /^[ \u00a0]*(?:behind|ahead|below|above|lower|higher|di bawah|di atas|lebih (?:rendah|tinggi))(?![\p{L}])/iu;

const PHRASE_KINDS = new Set<Figure['kind']>(['count', 'other']);
/** Counters that say little about what is counted ("4.700 orang", "5.000 unit"): look around for the noun. */
const GENERIC_UNITS = new Set(['person']);
const CLAUSE_END = /[.;:!?()"“”]/;
const SPACE = /\s/u;
/** A verb of killing just before a number, at most two words between: "killed at least", "menewaskan sedikitnya". */
const KILLED_BEFORE = /(?<![\p{L}])(?:killed|kills|killing|menewaskan|tewaskan|membunuh)(?:\s+[\p{L}]+){0,2}\s+$/iu;
/** A conjunction among the words just before a number: "killed and 2,514". */
const CONJUNCTION_BEFORE = /(?<![\p{L}])(?:and|or|dan|atau|serta)(?:\s+[\p{L}]+)?\s+$/iu;
/** A loss verb just before a number, at most two words (a qualifier) between: "lost nearly", "kehilangan sekitar". */
const LOSS_BEFORE = /(?<![\p{L}])(?:lost|loses|losing|kehilangan)(?:\s+[\p{L}]+){0,2}\s+$/iu;

/** Words that make the number after them a forecast or a target ("forecast at about", "diproyeksikan mencapai"). */
const FORECAST_BEFORE = /(?<![\p{L}])(?:forecast|forecasts|projected|diproyeksikan|ditargetkan)(?:\s+(?:at|to\s+(?:reach|be|hit|total)|mencapai|sebesar|sebanyak))?\s+(?:(?:about|around|some|roughly|nearly|sekitar|hampir)\s+)?$/iu;
/** Verbs of a threshold to be passed, right before a number or one word before it ("pass roughly 1 million"). */
const FORECAST_VERBS = new Set(['pass', 'top', 'exceed', 'surpass', 'cross', 'hit', 'melampaui', 'menembus', 'melewati']);
/** Their first letters, as lowercase char codes. */
const FORECAST_FIRST = new Set([...FORECAST_VERBS].map((v) => v.charCodeAt(0)));
/** What makes such a verb a forecast, right before it: "is likely to pass", "diperkirakan akan menembus". */
const FORECAST_MODAL = /(?<![\p{L}])(?:(?:likely|expected|set|poised|on track|projected|forecast)\s+to|could|may|will|akan|bakal)\s+(?:soon\s+)?$/iu;

/**
 * Whether the words just before the figure (at `at` in its sentence) expect it to be passed: "is likely to pass one
 * million this summer", "diperkirakan akan menembus 1 juta". A threshold yet to be crossed quotes no source's figure.
 * (The last two words are read first: most numbers follow no such verb, and the pattern never runs for them.)
 */
function forecastAt(sentence: string, at: number): boolean {
  let end = at;
  for (let k = 0; k < 2; k++) {
    while (end > 0 && isInlineSpace(sentence.charCodeAt(end - 1))) end--;
    let start = end;
    while (isLetterAt(sentence, start - 1)) start--;
    if (start === end) return false;
    // (The verbs are 3 to 9 letters long, and start with one of a few letters.)
    if (end - start >= 3 && end - start <= 9 && FORECAST_FIRST.has(sentence.charCodeAt(start) | 32) && FORECAST_VERBS.has(sentence.slice(start, end).toLowerCase())) {
      return FORECAST_MODAL.test(sentence.slice(Math.max(0, start - 40), start));
    }
    end = start;
  }
  return false;
}

/** The unit the detector read after the figure ("kontainer"), and the first word of a phrase ("peluru artileri"). */
function addFigureUnit(index: DatasetIndex, uw: UnitWords, out: UnitHint[], unit: string): void {
  const u = unit.toLowerCase();
  addUnit(index, out, memoUnit(index, uw, u, false), 1);
  // (The text before its first space, as u.split(/\s+/u)[0] gives it, without the array.)
  const space = u.search(SPACE);
  const head = space < 0 ? u : u.slice(0, space);
  if (head && head !== u) addUnit(index, out, memoUnit(index, uw, head, false), 0.9);
}

/** What refers a number back to a noun said before it: "11,000 of them", "1.500 di antaranya". */
const ANAPHOR = /^[\s,]*(?:of them|of those|of whom|among them|di antaranya|di antara mereka|dari jumlah (?:itu|tersebut))(?![\p{L}])/iu;

/** A colon after a number, before its label. */
const LABEL_AFTER = /^[ \u00a0]?:[ \u00a0]+/;

/**
 * Canonical units the figure may be counted in, with how directly the text says so: the detector's noun or unit
 * (1), then nouns later in the clause ("2,000 soldiers ... killed", 0.8) and, when the detector's noun says little,
 * earlier in it ("jumlah kontainer ... mencapai 5.000 unit", 0.7).
 */
export function unitsOf(index: DatasetIndex, item: FigureInContext): UnitHint[] {
  const { figure, sentence } = item;
  const out: UnitHint[] = [];
  const uw = unitWords(index);
  if (figure.kind === 'percent') addUnit(index, out, index.unitOfWord('%'), 1);
  if (figure.currency) addUnit(index, out, index.unitOfWord(figure.currency.toLowerCase()), 1);
  if (figure.kind === 'date' && figure.value >= 1e7) addUnit(index, out, index.unitOfWord('tanggal'), 1);
  if (!PHRASE_KINDS.has(figure.kind)) {
    if (figure.unit) addFigureUnit(index, uw, out, figure.unit);
    return out;
  }
  const at = figureAt(item);
  // (A count the page expects to be passed counts nothing yet.)
  if (forecastAt(sentence, at)) return [];
  let afterText = sentence.slice(at + figure.surface.length);
  // A list of key numbers, each with its label after a colon: "About 15,000: civilians killed", "1,2 juta: korban".
  const label = afterText.charCodeAt(0) === 58 || afterText.charCodeAt(1) === 58 ? LABEL_AFTER.exec(afterText) : null;
  if (label && at <= 20 && !/\d/.test(sentence.slice(0, at))) afterText = afterText.slice(label[0].length);
  // "about 11,000 of them", "1.500 di antaranya": the number counts what was named before it, or what it says they
  // are right after ("250.000 di antaranya tewas"), not what follows further on ("... dengan kapal").
  const anaphor = figure.kind === 'count' ? ANAPHOR.exec(afterText) : null;
  if (figure.unit && !anaphor) addFigureUnit(index, uw, out, figure.unit);
  // Troops a side has lost are its casualties, or its dead: "Russia has lost 991,820 personnel", "kehilangan hingga
  // 325.000 tentara".
  // (The 40 characters before the number, which the verbs below are looked for in.)
  const before40 = sentence.slice(Math.max(0, at - 40), at);
  const lost = figure.kind === 'count' && LOSS_BEFORE.test(before40);
  if (lost) {
    addUnit(index, out, index.unitOfWord('casualties'), 0.9);
    addUnit(index, out, index.unitOfWord('deaths'), 0.8);
  }
  // Those a strike killed are its dead: "had killed 24 civilians", "menewaskan 24 orang".
  const killed = figure.kind === 'count' && KILLED_BEFORE.test(before40);
  if (killed) addUnit(index, out, index.unitOfWord('deaths'), 0.9);
  // The words after the number up to the end of its clause or a comma, whichever comes first (one search), at most 20:
  // "About 2,000 North Korean soldiers dispatched to help Russia in its war against Ukraine are believed to have been
  // killed" counts the dead.
  const clauseEnd = afterText.search(CLAUSE_END_OR_COMMA);
  const after = words(anaphor ? nounPhrase(afterText.slice(anaphor[0].length, clauseEnd < 0 ? undefined : clauseEnd)) : clauseEnd < 0 ? afterText : afterText.slice(0, clauseEnd), 20);
  for (let i = 0; i < after.length && out.length < 3; i++) {
    const first = after[i] ?? '';
    // ("450 shells per container", "430 peluru setiap kontainer": what a rate is counted by is not what it counts; nor
    // is the means, "showing four images of the shipments moving by ship", "dikirim dengan kapal".)
    if (RATE_WORDS.has(first) || MEANS_WORDS.has(first)) {
      i++;
      continue;
    }
    if (!mayStartUnit(uw, first)) continue;
    // Phrases of several words only where some unit alias of several words begins with this one.
    for (let n = index.beginsUnitPhrase(first) ? 3 : 1; n >= 1; n--) {
      if (i + n > after.length) continue;
      const unit = memoUnit(index, uw, n === 1 ? first : phraseAt(after, i, n), true);
      if (unit) {
        addUnit(index, out, unit, 0.8);
        i += n - 1;
        break;
      }
    }
  }
  if (out.some((u) => u.fit === 1 && !GENERIC_UNITS.has(u.unit))) return out;
  // (A bare number killed or lost counts the victims, not a noun said before: "missile strike kills at least 12";
  // not one after a conjunction, "12,142 civilians were killed and 2,514 injured".)
  if ((killed || lost) && !figure.unit && !CONJUNCTION_BEFORE.test(before40)) return out;
  const beforeParts = sentence.slice(0, at).split(CLAUSE_END);
  const before = words(beforeParts[beforeParts.length - 1] ?? '').slice(-10);
  for (let i = before.length - 1; i >= 0 && out.length < 3; i--) {
    // A phrase ending here first ("tewas atau terluka ... 900.000 orang", "kerugian personel"), then the word alone.
    let found = false;
    for (let n = 3; n >= 2 && !found; n--) {
      const from = i - n + 1;
      if (from < 0 || !index.beginsUnitPhrase(before[from] ?? '')) continue;
      const unit = memoUnit(index, uw, phraseAt(before, from, n), true);
      if (unit) {
        addUnit(index, out, unit, 0.7);
        i = from;
        found = true;
      }
    }
    const w = before[i] ?? '';
    // ("setiap peluncur roketnya memiliki 22 tabung": what a rate is per is not what it counts.)
    if (!found && mayStartUnit(uw, w) && !RATE_WORDS.has(before[i - 1] ?? '')) addUnit(index, out, memoUnit(index, uw, w, true), 0.7);
  }
  // A bare number whose noun was said just before: "the artillery shells Russia fires ..., some 3 million a year"; in
  // a timeline, "Desember 2023: ... 5.000 kontainer. Februari 2024: angka naik menjadi 6.700." The last noun before
  // it in its sentence, or in the text just before the sentence, stands in.
  // ("Jumlah kontainernya disebut sekitar 28.000": the noun without its "-nya". Two nouns, for "korban Rusia
  // mencapai 1.000 orang ..., dengan total sekitar 900.000".)
  if (out.length === 0 && figure.kind === 'count' && (!figure.unit || anaphor)) {
    const start = item.paragraph.indexOf(sentence);
    const earlier = words(`${item.paragraph.slice(Math.max(0, start - 200), Math.max(0, start))} ${sentence.slice(0, at)}`).slice(-14);
    for (let i = earlier.length - 1; i >= 0 && out.length < 2; i--) {
      const w = withoutNya(earlier[i] ?? '');
      if (mayStartUnit(uw, w)) addUnit(index, out, memoUnit(index, uw, w, true), 0.6);
    }
  }
  return out;
}

/** Words before the unit a rate is counted by (see unitsOf). */
const RATE_WORDS: ReadonlySet<string> = new Set(['per', 'setiap', 'tiap', 'each', 'every']);
/** Words before the means of a transport (see unitsOf). */
const MEANS_WORDS: ReadonlySet<string> = new Set(['by', 'via', 'dengan', 'lewat', 'melalui']);

/** words.slice(i, i + n).join(' '), without the array and the join. */
function phraseAt(words: readonly string[], i: number, n: number): string {
  let phrase = words[i] as string;
  for (let j = i + 1; j < i + n; j++) phrase += ` ${words[j] as string}`;
  return phrase;
}

/**
 * Memoised alias → unit lookups per index, for one batch: a page repeats its words, and the lookup normalises each
 * time. Emptied after every batch, since they are keyed by the page's words.
 */
interface UnitWords {
  heads: Set<string>;
  /** The heads, and those ending in "e" or "y" without it: `base` is here iff base, base + "e" or base + "y" is a head. */
  bases: Set<string>;
  /** phrase → its unit, null for none (one look-up tells a known phrase from a new one). */
  memo: Map<string, string | null>;
}
const UNIT_WORDS = new WeakMap<DatasetIndex, UnitWords>();
const MEMO_MAX = 20_000;

function unitWords(index: DatasetIndex): UnitWords {
  let u = UNIT_WORDS.get(index);
  if (!u) {
    // First words of every alias, so that most words of a sentence are ruled out without a lookup.
    const heads = new Set<string>();
    for (const unit of index.units) {
      for (const alias of [unit.id, ...unit.aliases]) {
        const head = alias.toLowerCase().split(/[\s-]+/u)[0];
        if (head) heads.add(withoutPlural(head));
      }
    }
    const bases = new Set(heads);
    for (const h of heads) if (h.endsWith('e') || h.endsWith('y')) bases.add(h.slice(0, -1));
    UNIT_WORDS.set(index, (u = { heads, bases, memo: new Map() }));
  }
  return u;
}

function forgetUnitWords(index: DatasetIndex): void {
  const u = UNIT_WORDS.get(index);
  u?.memo.clear();
}

/** The index's unit of a phrase; `normalised` for page words (`words`) and phrases of them, not normalised again. */
function memoUnit(index: DatasetIndex, u: UnitWords, phrase: string, normalised: boolean): string | undefined {
  const { memo } = u;
  const known = memo.get(phrase);
  if (known !== undefined) return known ?? undefined;
  if (memo.size > MEMO_MAX) memo.clear();
  const unit = normalised ? index.unitOfNormalisedWord(phrase) : index.unitOfWord(phrase);
  memo.set(phrase, unit ?? null);
  return unit;
}

/** A word without an English plural ending: "-ies", else "-es", else "-s" ("batteries" → "batter"). */
export function withoutPlural(word: string): string {
  if (word.endsWith('ies')) return word.slice(0, -3);
  if (word.endsWith('es')) return word.slice(0, -2);
  return word.endsWith('s') ? word.slice(0, -1) : word;
}

/**
 * Whether a word can begin a unit alias ("kontainer", "containers", "kontainer-kontainer"). Not memoised: most words
 * of a batch come up once, and the memo's look-up and insertion cost more than this.
 */
function mayStartUnit(u: UnitWords, word: string): boolean {
  const dash = word.indexOf('-');
  const base = withoutPlural(dash < 0 ? word : word.slice(0, dash));
  return u.bases.has(base) || u.heads.has(word);
}

/**
 * A text's lowercased words (and their hyphens, "%", "$", "€"): each as normaliseWord leaves it. The same as
 * text.toLowerCase().split(/[^a-z0-9\u00c0-\u024f%$€-]+/).filter(Boolean), in one pass without the regex; only
 * the first `max`.
 */
function words(text: string, max = Infinity): string[] {
  const lower = text.toLowerCase();
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= lower.length && out.length < max; i++) {
    if (i < lower.length && isWordUnit(lower.charCodeAt(i))) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push(lower.slice(start, i));
      start = -1;
    }
  }
  return out;
}

function isWordUnit(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0xc0 && c <= 0x24f) || c === 0x25 || c === 0x24 || c === 0x20ac || c === 0x2d;
}

/** (unit, value) pairs to look up: a duration also in the other time units ("dua dekade" = 20 years). */
function lookups(units: UnitHint[], figure: Figure): Query[] {
  const out: Query[] = [];
  const max = figure.valueMax;
  for (const u of units) {
    out.push(query(u.unit, u.fit, figure.value, max));
    const years = YEARS_PER_UNIT[u.unit];
    if (years === undefined || u.fit < 1) continue;
    for (const [other, y] of TIME_UNITS) {
      if (other === u.unit) continue;
      const v = (figure.value * years) / y;
      if (v < 1 || v >= 1e6) continue;
      out.push(query(other, u.fit * 0.95, v, max !== undefined ? (max * years) / y : undefined));
    }
  }
  return out;
}

/** The rounding a fraction stands for: "two-thirds" for 67%, "half" for 48-52%. */
const FRACTION_STEP = 5;

/** A (unit, value) pair to look up: how directly the text gives the unit, and the value's rounding step (computed once). */
interface Query {
  unit: string;
  fit: number;
  value: number;
  max: number | undefined;
  step: number;
  /** A month of a year ("Oktober 2024"): value..max are its first and last days (YYYYMMDD), which any day in it fits. */
  month?: true;
  /** Only a claim figure of this very value fits (not one whose own rounding reaches it: "about 2,700" is no 2703). */
  exact?: true;
}

function query(unit: string, fit: number, value: number, max: number | undefined): Query {
  return { unit, fit, value, max, step: roundingStep(value) };
}

/** A query that only the claim figure of this very value fits (Query.exact). */
function exactQuery(unit: string, fit: number, value: number): Query {
  return { unit, fit, value, max: undefined, step: 1, exact: true };
}

/** Calendar years have no unit: claims of kind `year` are found by their value. */
function yearUnits(index: DatasetIndex): string[] {
  const u = index.unitOfWord('tahun kalender');
  return u ? [u] : [];
}

/** Windows around the page's value: a rounding or bound (±20%), and a contradiction of the same order (×/÷2). */
const NEAR = 1.2;
const SLIP_RATIO = 2;
/** Date fit of a claim that was current when the page appeared (see datePlausibility). */
const CURRENT = 0.9;
/** Figures whose misquotes are checked: counts, amounts, shares and measures ("10 juta barel" for 1 million; a calibre, a later figure, is no headline to slip), not dates or years. */
const MISQUOTE_KINDS = new Set<Figure['kind']>(['count', 'currency', 'percent', 'measure']);
/** How a day fits the month that holds it ("Oktober 2024" for 23 October 2024; shared, never changed). */
const IN_MONTH: ValueFit = Object.freeze({ relation: 'within', fit: 0.9 });
/** How a misquote fits its source (shared: it is never changed). */
const MISQUOTE: ValueFit = Object.freeze({ relation: 'differs', fit: 0.5 });
/** A record's number that the page gives to a side the record holds no such figure for (swappedSides). */
const WRONG_SIDE: ValueFit = Object.freeze({ relation: 'differs', fit: 0.5 });
/**
 * A number the page reports as passed around (a post, a viral chart, "claims that") in a paragraph that calls it false
 * ("Klaim itu keliru", "are unsupported", "Fact check:"): it contradicts the claim it is about however far off it is
 * ("60 juta peluru" against 12 million, "30,000 North Korean soldiers have died" against 2,000), up to this ratio,
 * and whether or not that claim is still current ("cap Russian crude at $70" against the first cap of $60).
 */
const DEBUNKED_RATIO = 20;
/** How far (as YYYYMMDD numbers: about a month) a date the page calls false may stand from the one it contradicts. */
const DATE_SLIP = 100;

/** A year written out: 1900 to 2099. */
const WRITTEN_YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/;
/** Words that deny what follows: "did not begin on Feb. 20, 2022" states no date of the invasion. */
const DENIED = /(?<![\p{L}])(?:not|never|no|tidak|bukan|belum)(?![\p{L}])/iu;

/** A day's date a year off (YYYYMMDD): a slip of the year alone. */
const YEAR_SLIPS = [-10000, 10000];
/** How many characters before a date the words of what happened on it must end (namedJustBefore). */
const NAMED_BEFORE = 40;

/**
 * Whether all the words of one of the record's keywords stand in the few words right before the figure, in its clause
 * and not denied: what the date is the date of ("Malligyong-1 diluncurkan ke orbit pada 21 Desember 2023", "since
 * Russia's veto on March 26, 2024", "KTT di Kosmodrom Vostochny pada 12 September 2023"), not another day of the story
 * ("Setelah KTT di Vostochny, Korut mengirim 1.000 kontainer pada 7 Oktober 2023") nor a denied one ("did not begin
 * on Feb. 20, 2022").
 */
function namedJustBefore(record: DatasetRecord, item: FigureInContext, denied = false): boolean {
  const at = figureAt(item);
  const window = item.sentence.slice(Math.max(0, at - NAMED_BEFORE), at);
  // (A timeline's entry names it after the date and its colon: "Nov. 12, 2023: Malligyong-1 reaches orbit ...".)
  const entry = HEAD_DATE.test(item.sentence.slice(0, at)) ? TIMELINE_ENTRY.exec(item.sentence.slice(at + item.figure.surface.length))?.[1] : undefined;
  const clause = entry ?? window.slice(window.search(/[^,;:]*$/u));
  if (!denied && DENIED.test(clause)) return false;
  const words = tokenSet(clause);
  if (words.size === 0) return false;
  for (const kw of [...record.keywords.id, ...record.keywords.en]) {
    const toks = tokens(kw);
    if (toks.length > 0 && toks.every((t) => words.has(t))) return true;
  }
  return false;
}

/** After a timeline's date: its colon and the entry's first clause. */
const TIMELINE_ENTRY = /^[ \u00a0]*:[ \u00a0]*([^,;:.]*)/u;

/** Evidence of a page number that is exactly a claim's specific figure (isSpecific). */
const SPECIFIC_EVIDENCE = 0.6;

/** A count, amount or measure given to four significant digits or more, not a rounded or approximate one. */
function isSpecific(hit: Hit): boolean {
  if (hit.max !== undefined || hit.qualifier === 'approx' || !MISQUOTE_KINDS.has(hit.kind)) return false;
  const digits = significantDigits(String(hit.value));
  // (Or three that no one rounds to: "$486 billion", "810 drones"; not "$150 billion" or "125,000".)
  return digits >= 4 || (digits === 3 && !ROUND_LAST.test(String(hit.value).replace(/0+$/, '')));
}
const ROUND_LAST = /[05]$/;

/** Units that count people (see prepare), and how well one of them stands for another's very number. */
const PEOPLE_UNITS: ReadonlySet<string> = new Set(['person', 'civilian', 'death', 'casualty', 'injured', 'troop', 'child', 'refugee']);
const PEOPLE_FIT = 0.6;

/** The smallest number whose slip of an older claim is no likely coincidence: three digits. */
const SPECIFIC = 100;
/** Misquotes by a power of ten ("67.000" for 6,700): looked up in narrow windows. */
const SLIP_POWERS = [-3, -2, -1, 1, 2, 3];
/** 10 ** k for each (a power with a variable exponent is a slow call in the loop). */
const SLIP_FACTORS = SLIP_POWERS.map((k) => 10 ** k);

interface Prep {
  units: UnitHint[];
  queries: Query[];
  derived: 'duration' | 'since' | undefined;
  /** The period the page gives the figure ("a day", "setiap pekan"), read once for both looks. */
  period: Period | undefined;
  /** The day a timeline's sentence gives its figures ("Oktober 2024: lebih dari 20.000"), see asOfDays. */
  asOf?: number;
  /** The latest full date its sentence names, if any: a span it states may end there (derivedChecks). */
  sentenceDay?: number;
  /** The months (YYYYMM) of the dates with a year its sentence names, if any (FigureLookup.saidIn). */
  months?: readonly number[];
}

/** The last day of a month, as a day number. */
function monthEnd(year: number, month: number): number | undefined {
  const next = month === 12 ? dayOf(`${year + 1}-01-01`) : dayOf(`${year}-${String(month + 1).padStart(2, '0')}-01`);
  return next === undefined ? undefined : next - 1;
}

/** "last October", "Oktober lalu", "bulan Oktober kemarin": a month named by its distance, without its year. */
const LAST_MONTH = new RegExp(
  `(?<![\\p{L}])(?:last[ \\u00a0]+(${Object.keys(MONTHS.en).filter((m) => m.length > 3).join('|')})|(${Object.keys(MONTHS.id).filter((m) => m.length > 3).join('|')})[ \\u00a0]+(?:lalu|kemarin|silam))(?![\\p{L}])`,
  'giu',
);

/** Adds the month (YYYYMM) of each "last October" of a sentence, the last such month before the page's, to its months. */
function lastMonthNamed(sentence: string, pageDay: number, months: Map<string, number[]>): void {
  // (Most sentences name none: a plain search for the cue words first.)
  if (months.has(sentence) || !/last|lalu|kemarin|silam/i.test(sentence)) return;
  const iso = isoOfDay(pageDay);
  const year = Number(iso.slice(0, 4));
  const pageMonth = Number(iso.slice(5, 7));
  LAST_MONTH.lastIndex = 0;
  for (let m = LAST_MONTH.exec(sentence); m; m = LAST_MONTH.exec(sentence)) {
    const month = m[1] ? MONTHS.en[m[1].toLowerCase()] : MONTHS.id[m[2]!.toLowerCase()];
    if (month === undefined) continue;
    const ym = (month < pageMonth ? year : year - 1) * 100 + month;
    const list = months.get(sentence);
    if (list) list.push(ym);
    else months.set(sentence, [ym]);
  }
}

/** A date at the head of a sentence, after "Pada", "In", "By"…, and before a colon or a comma: "Oktober 2024: ...". */
const HEAD_DATE = /^[\s"'“(]*(?:(?:pada|per|hingga|sampai|in|on|by|as of|until)\s+)?$/iu;

/**
 * Sets the as-of day of figures whose sentence opens with a month or a day of a year, as timelines and chronologies
 * write them ("Oktober 2024: lebih dari 20.000.", "In December 2023, Shin put it at 5,000 containers."): the last
 * day of that month, or that day.
 */
function asOfDays(items: readonly FigureInContext[], preps: Prep[], pageDay: number | undefined): void {
  const heads = new Map<string, number>();
  const named = new Map<string, number>();
  const months = new Map<string, number[]>();
  // (A sentence's figures stand next to each other: each sentence is read once.)
  if (pageDay !== undefined) items.forEach((item, i) => item.sentence !== items[i - 1]?.sentence && lastMonthNamed(item.sentence, pageDay, months));
  for (const item of items) {
    const f = item.figure;
    if (f.kind !== 'date' || f.value < 1e7 || f.valueMax !== undefined) continue;
    // (Not a period's start: "Sejak Februari 2024, ... menjadi 7.000 pada Maret" is March's estimate.)
    if (!hasCueBefore(item.sentence, f.surface, PERIOD_START_CUES, 1)) {
      const list = months.get(item.sentence);
      if (list) list.push(Math.floor(f.value / 100));
      else months.set(item.sentence, [Math.floor(f.value / 100)]);
    }
    const y = Math.floor(f.value / 1e4);
    const m = Math.floor(f.value / 100) % 100;
    const d = f.value % 100;
    const exact = d ? dayOf(`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`) : undefined;
    if (exact !== undefined && exact > (named.get(item.sentence) ?? -Infinity)) named.set(item.sentence, exact);
    const at = item.sentence.indexOf(f.surface);
    if (at < 0 || !HEAD_DATE.test(item.sentence.slice(0, at)) || !/^\s*[:,]/u.test(item.sentence.slice(at + f.surface.length))) continue;
    // (A month's figure may be quoted from any day of it: its last day.)
    const day = exact ?? monthEnd(y, m);
    if (day !== undefined && !heads.has(item.sentence)) heads.set(item.sentence, day);
  }
  if (named.size > 0) {
    items.forEach((item, i) => {
      const day = named.get(item.sentence);
      if (day !== undefined && item.figure.kind === 'duration') preps[i]!.sentenceDay = day;
    });
  }
  if (months.size > 0) {
    items.forEach((item, i) => {
      const list = months.get(item.sentence);
      if (list && item.figure.kind !== 'date') preps[i]!.months = list;
    });
  }
  if (heads.size === 0) return;
  items.forEach((item, i) => {
    const day = heads.get(item.sentence);
    if (day !== undefined && item.figure.kind !== 'date') preps[i]!.asOf = day;
  });
}

/** How well a bare count fits the units of the count before it in its sentence (as the nouns said before it: unitsOf). */
const SIBLING_FIT = 0.6;

/** Words that refer a bare number back to a count just said: "puts the total at", "put the number at", "jumlahnya kini". */
const TOTAL_BEFORE = /(?<![\p{L}])(?:total|totalnya|tally|count|jumlah|jumlahnya|angkanya|the (?:number|figure))(?![\p{L}])/iu;
/** How far before a bare number, across sentences, the count it refers back to may stand. */
const TOTAL_REACH = 300;

/** Smallest number restated later in its paragraph that sameNumberBefore reads (small counts repeat by chance). */
const RESTATED_MIN = 100;

/**
 * The units of an earlier count of the item's paragraph with the very same value, if any (not past a dateline that
 * opens another story of a digest: "KYIV - Zelenskiy said 31,000 ... SYDNEY - A crowd of 31,000").
 */
function sameNumberBefore(items: readonly FigureInContext[], preps: Prep[], i: number): UnitHint[] | undefined {
  const item = items[i] as FigureInContext;
  const { value, valueMax } = item.figure;
  if (value < RESTATED_MIN || valueMax !== undefined) return undefined;
  for (let j = i - 1; j >= 0 && (items[j] as FigureInContext).paragraph === item.paragraph; j--) {
    const later = (items[j + 1] as FigureInContext).sentence;
    if (later !== (items[j] as FigureInContext).sentence && withoutDateline(later) !== later) return undefined;
    const f = (items[j] as FigureInContext).figure;
    const units = (preps[j] as Prep).units;
    if (f.kind === 'count' && f.value === value && f.valueMax === undefined && units.length) return units;
  }
  return undefined;
}

/** Kinds that date a count rather than count something (skipped when a count looks back to the one before it). */
const DATED_KINDS: ReadonlySet<string> = new Set(['date', 'year', 'time']);

/**
 * A bare count that names nothing it counts counts what the count before it counts: after it in its sentence
 * ("Seoul's spy agency estimated that 12,000 would be sent; the Pentagon later counted about 11,000 in the Kursk
 * region"), or in the sentence after it where it is the total ("... more than 10,000 containers ... The monitoring
 * team now puts the total at more than 20,000"). A count that restates the one before it counts the same, whatever
 * it was read as ("991.820 orang, atau hampir 1 juta"). (Items come in text order: the count before it is the
 * nearest item of its paragraph before it, past any dates.)
 */
function siblingUnits(items: readonly FigureInContext[], preps: Prep[]): void {
  for (let i = 1; i < items.length; i++) {
    const item = items[i] as FigureInContext;
    const prep = preps[i] as Prep;
    // ("12rb tentara Korut dikirim ... Angka 12.000 berasal dari NIS": the same number again later in its paragraph,
    // naming nothing, counts what it counted.)
    const same = item.figure.kind === 'count' && !item.figure.unit ? sameNumberBefore(items, preps, i)?.filter((u) => !prep.units.some((o) => o.unit === u.unit)) : undefined;
    if (same?.length) {
      prep.units = [...prep.units, ...same.map((u) => ({ unit: u.unit, fit: Math.min(u.fit, SIBLING_FIT) }))];
      prep.queries = lookups(prep.units, item.figure);
      prep.period = periodAfter(item.sentence, item.figure.surface);
      continue;
    }
    // (The count before it, past any dates between: "6.700 kontainer ... sejak Maret 2024, ketika Shin
    // memperbaruinya menjadi sekitar 7.000".)
    let j = i - 1;
    while (j > 0 && DATED_KINDS.has((items[j] as FigureInContext).figure.kind) && (items[j - 1] as FigureInContext).paragraph === item.paragraph) j--;
    const before = items[j] as FigureInContext;
    const units = (preps[j] as Prep).units;
    if (item.figure.kind !== 'count' || !units.length || before.paragraph !== item.paragraph || before.figure.kind !== 'count' || before.figure.end > item.figure.start) continue;
    const sameSentence = before.sentence === item.sentence;
    if (sameSentence && restated(before, item)) {
      const added = units.filter((u) => !prep.units.some((o) => o.unit === u.unit));
      if (added.length === 0) continue;
      prep.units = [...prep.units, ...added.map((u) => ({ unit: u.unit, fit: Math.min(u.fit, SIBLING_FIT) }))];
    } else {
      if (prep.units.length || item.figure.unit) continue;
      const at = figureAt(item);
      if (!sameSentence && (item.figure.start - before.figure.end > TOTAL_REACH || !TOTAL_BEFORE.test(item.sentence.slice(0, at)))) continue;
      if (forecastAt(item.sentence, at)) continue;
      prep.units = units.map((u) => ({ unit: u.unit, fit: Math.min(u.fit, SIBLING_FIT) }));
    }
    prep.queries = lookups(prep.units, item.figure);
    prep.period = periodAfter(item.sentence, item.figure.surface);
  }
}

/** Nouns of how often a post was liked, shared or seen: "31,000 likes", "560 komentar" ("kali" needs its verb). */
const ENGAGEMENT_UNITS = new Set(['likes', 'shares', 'views', 'retweets', 'reposts', 'reactions', 'reaksi', 'komentar', 'comments', 'followers', 'pengikut', 'tayangan', 'penayangan']);
const ENGAGEMENT_AFTER = new RegExp(`^[\\s\\u00a0]*(?:${[...ENGAGEMENT_UNITS].join('|')})(?![\\p{L}])`, 'iu');
/** "disukai 8.900 kali", "dibagikan lebih dari 4.100 kali", "shared 2,000 times" (not "43 kali pelayaran"). */
const ENGAGEMENT_BEFORE = /(?<![\p{L}])(?:disukai|dibagikan|ditonton|dilihat|diputar|dikomentari|shared|viewed|liked|watched|retweeted|reposted)[\s\u00a0]+(?:(?:lebih|dari|sebanyak|sekitar|hampir|more|than|over|about|nearly|almost|some|around)[\s\u00a0]+){0,2}$/iu;

/** Whether a count is how often a post was liked, shared, seen or commented on. */
function engagement(item: FigureInContext): boolean {
  const { figure, sentence } = item;
  // (A count with a noun of its own is engaged only by that noun: the regexes below run for bare counts alone, and for
  // how often, "disukai 15 ribu kali".)
  if (figure.unit !== undefined && figure.unit !== 'kali' && figure.unit !== 'times') return ENGAGEMENT_UNITS.has(figure.unit);
  const at = figureAt(item);
  return ENGAGEMENT_AFTER.test(sentence.slice(at + figure.surface.length)) || ENGAGEMENT_BEFORE.test(sentence.slice(Math.max(0, at - 60), at));
}

/**
 * "inflasi terendah dalam lebih dari dua dekade", "the highest in two decades": the span a record level is measured
 * over, which claims no length of anything. ("His first visit in 24 years" does: the time since the last one.)
 */
const RECORD_WINDOW_BEFORE = /(?<![\p{L}])(?:largest|biggest|worst|deadliest|heaviest|highest|lowest|strongest|weakest|fastest|slowest|terbesar|terburuk|terparah|terberat|tertinggi|terendah|terkuat|terlemah|tercepat|terlambat)(?:[ \u00a0]+[\p{L}-]+){0,3}?[ \u00a0]+(?:in|since|dalam|sejak|selama)(?:[ \u00a0]+(?:lebih|dari|hampir|sekitar|kurang|more|than|nearly|about|almost|over|the|past|last|nearly|at|least))*[ \u00a0]*$/iu;

function recordWindow(item: FigureInContext): boolean {
  const at = figureAt(item);
  return RECORD_WINDOW_BEFORE.test(item.sentence.slice(Math.max(0, at - 80), at));
}

/**
 * "sudah dua puluh tahun jadi wartawan", "dua dekade berkarier di dapur", "20 years of experience", "two decades
 * covering conflicts": the length of someone's work, whatever war the paragraph names.
 */
const CAREER_AFTER = /^(?:[ \u00a0]+(?:ini|itu))?[ \u00a0]+(?:jadi|menjadi|sebagai|berkarier|berkarir|bekerja|mengabdi|meliput|mengajar|berprofesi|berpengalaman|of[ \u00a0]+experience|in[ \u00a0]+journalism|on[ \u00a0]+the[ \u00a0]+job|covering|reporting|working|serving|teaching)(?![\p{L}])/iu;

function careerSpan(item: FigureInContext): boolean {
  return CAREER_AFTER.test(item.sentence.slice(figureAt(item) + item.figure.surface.length, figureAt(item) + item.figure.surface.length + 40));
}

/** A war named before a span of time in its clause: "Perang Padri yang berlangsung selama", "the Vietnam War lasted". */
const NAMED_WAR_BEFORE = /(?<![\p{L}])(?:[Pp]erang|[Ww]ar|[Kk]onflik|[Cc]onflict|[Pp]emberontakan)[ \u00a0]+(\p{Lu}[\p{L}-]*)|(\p{Lu}[\p{L}-]*)[ \u00a0]+(?:War|Conflict)(?![\p{L}])/gu;

/** Whether the clause before a span of time names a war by a name that is none of the dataset's parties. */
function otherWarNamed(index: DatasetIndex, item: FigureInContext): boolean {
  const at = figureAt(item);
  const before = item.sentence.slice(Math.max(0, at - 80), at);
  const clause = before.slice(before.search(/[^,;:]*$/u));
  for (const m of clause.matchAll(NAMED_WAR_BEFORE)) {
    const name = (m[1] ?? m[2])!;
    if (index.entitiesIn(name).length === 0) return true;
  }
  return false;
}

/** A year between an article and the noun it dates: "a 2018 military parade", "the 2024 budget". */
const YEAR_MODIFIER_BEFORE = /(?<![\p{L}])(?:a|an|the)[ \u00a0]+$/iu;
const YEAR_MODIFIER_AFTER = /^[ \u00a0]+\p{Ll}/u;

function yearAsModifier(item: FigureInContext): boolean {
  const at = figureAt(item);
  const end = at + item.figure.surface.length;
  return YEAR_MODIFIER_BEFORE.test(item.sentence.slice(Math.max(0, at - 6), at)) && YEAR_MODIFIER_AFTER.test(item.sentence.slice(end, end + 3));
}

/** "seratus persen yakin", "100 percent sure": certainty, not a share. */
const CERTAIN_AFTER = /^[\s\u00a0]*(?:yakin|pasti|percaya|sure|certain|confident|convinced|committed|behind)(?![\p{L}])/iu;

/** What a figure is looked up as: its units, the (unit, value) queries, and whether events can check it. */
function prepare(index: DatasetIndex, item: FigureInContext, pageDay: number | undefined): Prep {
  const figure = item.figure;
  if ((figure.kind === 'count' && engagement(item)) || (figure.kind === 'percent' && figure.value === 100 && figure.valueMax === undefined && CERTAIN_AFTER.test(item.sentence.slice(figureAt(item) + figure.surface.length))) || (figure.kind === 'duration' && (recordWindow(item) || careerSpan(item)))) {
    return { units: [], queries: [], derived: undefined, period: undefined };
  }
  const units = unitsOf(index, item);
  const queries = lookups(units, figure);
  // ("Perang Banjar berlangsung 46 tahun", "the Vietnam War lasted 20 years": the length of another, named war.)
  if (figure.kind === 'duration' && otherWarNamed(index, item)) return { units, queries, derived: undefined, period: undefined };
  if (figure.kind === 'year') for (const u of yearUnits(index)) queries.push(query(u, 1, figure.value, undefined));
  // "991.820" in English copy, "6,700" in Indonesian: read with the language's decimal mark, but three digits after
  // it are more likely another convention's thousands. The thousandfold value is looked up too, as written (step 1):
  // where a claim holds it, the page gave that number, not a thousandth of it.
  if (figure.kind === 'count' && figure.valueMax === undefined && OTHER_THOUSANDS.test(figure.surface) && !Number.isInteger(figure.value)) {
    const v = Math.round(figure.value * 1000);
    for (const u of units) queries.push(exactQuery(u.unit, u.fit, v));
  }
  // The very number of people, to four significant digits or more, is looked up among every count of people too:
  // "12.654 orang" beside "korban tewas" is the HRMMU's 12,654 civilians killed. (Only as written: its step is 1.)
  // (So is a bare one that counts nothing named: "The General Staff's number as of June 4 is 991,820".)
  if (figure.kind === 'count' && figure.valueMax === undefined && figure.qualifier !== 'approx' && (units.some((u) => PEOPLE_UNITS.has(u.unit)) || (units.length === 0 && !figure.unit)) && significantDigits(String(figure.value)) >= 4) {
    for (const unit of PEOPLE_UNITS) if (!units.some((u) => u.unit === unit) && index.unit(unit)) queries.push(exactQuery(unit, PEOPLE_FIT, figure.value));
  }
  // "On March 28, Russia vetoed": a day without its year is the last such day on or before the page's date.
  const dateUnit = figure.kind === 'date' && figure.value < 1e4 && figure.valueMax === undefined && pageDay !== undefined ? index.unitOfWord('tanggal') : undefined;
  if (dateUnit) queries.push(query(dateUnit, 0.9, fullDate(figure.value, pageDay!), undefined));
  // A month of a year ("Oktober 2024", YYYYMM00) holds any day of it: "Februari 2022" for 24 February 2022.
  if (figure.kind === 'date' && figure.value >= 1e7 && figure.value % 100 === 0 && figure.valueMax === undefined) {
    const unit = index.unitOfWord('tanggal');
    if (unit) queries.push({ unit, fit: 0.9, value: figure.value + 1, max: figure.value + 31, step: 1, month: true });
  }
  // A share written as a fraction ("half", "separuh", "three-quarters") is a percentage, to the nearest simple fraction.
  const percent = figure.kind === 'other' && figure.value > 0 && figure.value < 1 && figure.valueMax === undefined ? index.unitOfWord('%') : undefined;
  if (percent) queries.push({ unit: percent, fit: 1, value: Math.round(figure.value * 1000) / 10, max: undefined, step: FRACTION_STEP });
  return { units, queries, derived: derivedKind(item, units), period: queries.length ? periodAfter(item.sentence, figure.surface) : undefined };
}

/** MMDD on or before the page's day, as YYYYMMDD. */
function fullDate(mmdd: number, pageDay: number): number {
  const iso = isoOfDay(pageDay);
  const year = Number(iso.slice(0, 4));
  const pageMmdd = Number(iso.slice(5, 7)) * 100 + Number(iso.slice(8, 10));
  return (mmdd > pageMmdd ? year - 1 : year) * 1e4 + mmdd;
}

/** Letters every calibre's unit holds (see CALIBRE in evidence.ts). */
const MAY_NAME_CALIBRE = /mm|milimet|millimet/i;

/**
 * Where a sentence's coordinated parts meet: "500 ribu butir amunisi roket 122 mm dan lebih dari 3 juta peluru", or a
 * colon opens another ("a supply that dwarfs Western output: the United States was producing about 40,000 155mm shells").
 */
const COORDINATION = /;|:\s|\s(?:dan|serta|atau|sedangkan|and|or|while|whereas)\s/iu;

/** A sentence's comma parts (see FigureLookup.namedBesideAnother; not the comma inside "31,000" or "6,9 juta"). */
const COMMA_PARTS = /[,;]\s/;
const DIGIT = /\d/;

/** The coordinated part of a sentence that holds the figure (the whole sentence when none is found). */
function clauseOf(sentence: string, surface: string): string {
  const at = sentence.indexOf(surface);
  if (at < 0) return sentence;
  const parts = sentence.split(COORDINATION);
  let start = 0;
  for (const part of parts) {
    // (Split drops the separators: find each part from where the last one ended.)
    const from = sentence.indexOf(part, start);
    if (from <= at && at < from + part.length) return part;
    start = from + part.length;
  }
  return sentence;
}

/**
 * A calibre after a record's first figure ("152 mm" shells) describes it: it is no claim of its own. (Other later
 * measures are: Zelensky's 125,000 km² of occupied land, the KN-23's earlier 1-3 km miss.)
 */
function isCalibre(hit: Hit): boolean {
  return hit.figureIndex > 0 && hit.kind === 'measure' && !hit.part && hit.figure.unit === 'mm';
}

/** Calibres are never candidates, nor a date for a year (see consider). */
function eligible(figure: Figure, hit: Hit): boolean {
  return (
    !isCalibre(hit) &&
    (figure.kind === 'year') === (hit.kind === 'year') &&
    (figure.kind === 'date') === (hit.kind === 'date') &&
    !(roughRange(hit) && figure.valueMax === undefined && figure.qualifier === 'exact' && DIGIT_FIRST.test(figure.surface))
  );
}

const DIGIT_FIRST = /^\d/;
/**
 * A claim's rough range of an order of magnitude ("ratusan kontainer", 100–999): an exact number in figures inside it
 * is no quote of it ("670 containers", "Rusia mengirim 900 kontainer" are slips of 6,700 and 9,000); "hundreds" and
 * "sekitar 200 pabrik" are.
 */
function roughRange(hit: Hit): boolean {
  return hit.max !== undefined && hit.figure.qualifier === 'approx' && hit.max >= 5 * hit.value;
}

/**
 * One figure's candidates, at most one per record, in the order their records first came up (as a Map by slot would
 * keep them). A record's place is a number on its slot, valid while the slot's `listMark` is this list's: no map per
 * figure to grow and look up (at 100,000 claims its set was a few percent of a batch).
 */
class CandidateList {
  readonly all: Candidate[] = [];
  private readonly mark = ++lookupMark;

  get(slot: RecordSlot): Candidate | undefined {
    return slot.listMark === this.mark ? this.all[slot.listAt] : undefined;
  }

  set(slot: RecordSlot, c: Candidate): void {
    if (slot.listMark === this.mark) {
      this.all[slot.listAt] = c;
      return;
    }
    slot.listMark = this.mark;
    slot.listAt = this.all.length;
    this.all.push(c);
  }
}

/** One figure's candidates by record, as its lookups find them (a class: closures per figure cost more). */
class FigureLookup {
  readonly byRecord = new CandidateList();
  /** A record's figures come up in several queries: its evidence is computed once per figure (see RecordSlot). */
  private readonly mark = ++lookupMark;
  private text: ContextText | undefined;

  constructor(
    private readonly index: DatasetIndex,
    private readonly item: FigureInContext,
    private readonly contexts: ContextBuilder,
    private readonly pageDay: number | undefined,
    /** The figure says how long something has lasted (derivedKind 'duration'). */
    private readonly elapsed = false,
    /** The period the page gives the figure (Prep.period). */
    private readonly pagePeriod: Period | undefined = undefined,
    /** The day its sentence gives it (Prep.asOf). */
    private readonly asOf: number | undefined = undefined,
    /** The months its sentence names (Prep.months). */
    private readonly months: readonly number[] | undefined = undefined,
  ) {}

  private sinceStart: number | null | undefined;

  /** The first day of the dated event the figure's clause counts it from ("since the full-scale invasion"), if any. */
  private sinceEventStart(): number | undefined {
    if (this.sinceStart === undefined) this.sinceStart = eventCountedSince(this.index, this.item) ?? null;
    return this.sinceStart ?? undefined;
  }

  ctx(): ContextText {
    const { item } = this;
    return (this.text ??= this.contexts.build(item.sentence, item.paragraph, `${item.figure.surface} ${item.figure.unit ?? ''}`));
  }

  /**
   * Between records that fit alike: a share whose label's words stand around it (2 in the sentence, ½ in the
   * paragraph: "factories operating at 30%"; its own sentence outweighs a paragraph's stronger evidence), and a
   * capacity figure where the page presents its number as a capacity ("cukup untuk menampung lebih dari 1 juta
   * peluru": the containers' record, not a count of rounds), and, of the numbers a page calls false, the one it slips a
   * digit or a zero of ("280.000 kontainer ... kelebihan satu angka nol": the 28,000, not the 20,000 of another count).
   */
  private tieBreak(hit: Hit, share: number, features: RecordFeatures, fit: ValueFit): number {
    return share + (fit === MISQUOTE && digitSlip(this.item.figure.value, hit.value) ? 1 : 0) + (hit.figure.basis === 'capacity_equivalent' && presentsAsCapacity(this.item) ? 1 : 0) + (this.sameCalibre(features.calibres) ? 1 : 0) + (this.saidBy(features.claimant) ? 1 : 0) + (this.saidIn(hit) ? 1 : 0);
  }

  /**
   * Whether the figure's sentence names the month the claim was made or its figure is given for: "intelijen militer
   * Seoul menaksir lebih dari 20.000 kontainer pada Oktober 2024" is the estimate of October 2024, not the monitoring
   * team's same number of May 2025.
   */
  private saidIn(hit: Hit): boolean {
    const months = this.months;
    if (!months) return false;
    const month = (date: string | undefined) => (date && date.length >= 7 ? Number(date.slice(0, 4) + date.slice(5, 7)) : NaN);
    return months.includes(month(hit.record.claimDate)) || months.includes(month(hit.figure.asOf));
  }

  /**
   * Whether the figure's sentence names the person or body that made the claim: "sending about one million artillery
   * rounds, ... Kyrylo Budanov said" is his claim, not the NIS's of the same number; "CSIS estimated ... nearly 1
   * million casualties" is the CSIS's, not the General Staff's 991,820 of the sentence before.
   */
  private saidBy(claimant: string | undefined): boolean {
    return claimant !== undefined && this.contexts.sentenceEntities(this.item.sentence, this.item.paragraph).has(claimant) && !this.namedBesideAnother(claimant);
  }

  /**
   * Whether the sentence names the claimant only in other comma parts, each with a number of its own: that number's
   * source, not this one's ("about 12,000 troops by Seoul's count, with 11,000 reported in the Kursk region by the
   * Pentagon"; but "sending about one million rounds, ... Kyrylo Budanov said" names the source of the million).
   */
  private namedBesideAnother(claimant: string): boolean {
    const { sentence } = this.item;
    const at = figureAt(this.item);
    let from = 0;
    let besideAnother = false;
    for (const part of sentence.split(COMMA_PARTS)) {
      const start = sentence.indexOf(part, from);
      from = start + part.length;
      if (!this.index.entitiesIn(part).includes(claimant)) continue;
      if (start <= at && at < from) return false;
      if (!DIGIT.test(part)) return false;
      besideAnother = true;
    }
    return besideAnother;
  }

  /** Whether the figure's part of its sentence names a calibre the record names ("3 juta peluru artileri 152 mm"). */
  private sameCalibre(record: readonly number[]): boolean {
    return record.length > 0 && this.ownCalibres().some((c) => record.includes(c));
  }

  private ownCalibres(): number[] {
    // (Most sentences name no calibre: a plain search rules them out before the clause is split.)
    return (this.calibres ??= MAY_NAME_CALIBRE.test(this.item.sentence) ? calibresIn(clauseOf(this.item.sentence, this.item.figure.surface)) : []);
  }

  private calibres: number[] | undefined;

  private change: boolean | undefined;
  /** Whether the page gives the figure, a count, an amount or a percent, as a change (see givenAsChange). */
  private givenAsChange(): boolean {
    const kind = this.item.figure.kind;
    return (this.change ??= (kind === 'count' || kind === 'currency' || kind === 'percent') && givenAsChange(this.item));
  }

  /** Whether the figure's part of its sentence names calibres and none of these. */
  private otherCalibre(record: readonly number[]): boolean {
    const own = this.ownCalibres();
    return own.length > 0 && !own.some((c) => record.includes(c));
  }

  private sidesAround: SidesAround | undefined;

  /** Record figures at the page's value that the page gives another of their record's sides (see swappedSides). */
  swapped: Swap[] | undefined;

  /** The sides the page names as the figure's own: after any reporting verb before it, and right after it. */
  namedSides(): string[] {
    const near = this.around();
    return [...near.subject, ...near.after];
  }

  /** Whether the figure's sentence names one of the record's entities besides `parties` and their sides: who gave it. */
  namesSourceOf(record: DatasetRecord, parties: readonly string[]): boolean {
    const named = this.contexts.sentenceEntities(this.item.sentence, this.item.paragraph);
    return record.entities.some((e) => named.has(e) && !parties.includes(e) && !sidesOf(this.index, [e]).some((side) => parties.includes(side)));
  }

  /** Whether the figure's sentence names parties and none of the record's. */
  private sentenceNamesOthersOnly(record: DatasetRecord): boolean {
    const own = this.contexts.sentenceEntities(this.item.sentence, this.item.paragraph);
    if (own.size === 0) return false;
    for (const e of own) if (record.entities.includes(e)) return false;
    return true;
  }

  /** The sides named around the figure (read on first use). */
  private around(): SidesAround {
    return (this.sidesAround ??= new SidesAround(this.index, this.item.sentence, figureAt(this.item), this.item.figure.surface.length));
  }
  private sidesOfSentence: string[] | undefined;

  /** The sides of the entities the figure's sentence names. */
  private sentenceSides(): string[] {
    this.sidesOfSentence ??= sidesOf(this.index, this.contexts.sentenceEntities(this.item.sentence, this.item.paragraph));
    return this.sidesOfSentence;
  }

  /** Whether the words right around the figure, within its clause, name another side than `own` and not `own`. */
  private namesOtherSide(own: readonly string[], others: readonly string[]): boolean {
    // (A sentence that names no side but the label's has none other near the figure: most sentences.)
    if (this.sentenceSides().every((side) => own.includes(side))) return false;
    const near = this.around();
    const { before, after } = near;
    // What the number counts says whose it is, whatever else its clause names: "21,000 South Korean troops" are not
    // the North Korean troops of the label, and "Zelensky mengakui 180.000 prajurit Ukraina gugur sejak Rusia
    // melancarkan invasi" gives Ukraine the record's Russian dead.
    const counted = near.counted;
    if (counted.length > 0) return !counted.some((e) => own.includes(e));
    // (Who says so is not whose it is: "Presiden Ukraina Volodymyr Zelensky mengatakan 31.000 tentara Rusia tewas".)
    if (near.subject.some((e) => own.includes(e)) || after.some((e) => own.includes(e))) return false;
    // (The other side of the record's own figures, either side of the number, or who the page says lost it: "CSIS
    // memperkirakan Ukraina telah kehilangan sekitar 950.000 tentara" are not Russia's losses.)
    if (before.some((e) => others.includes(e)) || after.some((e) => others.includes(e))) return true;
    if (near.subject.length === 0) return false;
    const at = figureAt(this.item);
    return LOSS_BEFORE.test(this.item.sentence.slice(Math.max(0, at - 40), at));
  }

  /** Whether the noun the number counts names a party (a side), and none of the record's sides. */
  private countsOtherParty(recordSides: readonly string[]): boolean {
    // (Most sentences name no side the record lacks: checked before the clause is read.)
    if (this.sentenceSides().every((side) => recordSides.includes(side))) return false;
    const counted = this.around().counted;
    return counted.length > 0 && !counted.some((e) => recordSides.includes(e));
  }

  /** Whether the page names who gives the number, and none of them is a side of the record's. */
  private reportedByOther(recordSides: readonly string[]): boolean {
    const reporters = this.around().reporters;
    return reporters.length > 0 && !reporters.some((r) => recordSides.includes(r));
  }

  /**
   * Whether the words right before the figure, after any reporting verb, name a party (a side) that none of the
   * record's entities stands for and no record of the dataset names: an outsider to its stories (Romania, Gaza), not
   * a party that merely reports on them ("Seoul's estimate matches the more than 10,000 containers").
   */
  private foreignBefore(recordSides: readonly string[]): boolean {
    const known = knownSides(this.index);
    // (Only a sentence that names an outsider can name one before the figure; only one before it, after the verb.)
    if (this.sentenceSides().every((side) => known.has(side))) return false;
    const near = this.around();
    if (!near.before.some((s) => !known.has(s))) return false;
    return near.subject.some((s) => !recordSides.includes(s) && !known.has(s));
  }

  /** 2 when a word of the label stands in the figure's sentence, ½ when only in its paragraph, else 0. */
  private labelPlace(label: Int32Array | undefined): number {
    return this.labelNear(label, 'sentence') ? 2 : this.labelNear(label) ? 0.5 : 0;
  }

  /**
   * Whether a word of a figure's label occurs in the figure's sentence (or, by default, its paragraph), or an entity
   * the label names by any of its names ("Ukrainian casualties" beside "Ukraine's toll").
   */
  private labelNear(label: Int32Array | undefined, within: 'sentence' | 'paragraph' = 'paragraph', names?: readonly string[]): boolean {
    if (!label) return false;
    const c = this.ctx();
    for (let i = 0; i < label.length; i++) if (nearFigure(c, label[i] as number, within)) return true;
    if (!names?.length) return false;
    const { sentence, paragraph } = this.item;
    const named = within === 'sentence' ? this.contexts.sentenceEntities(sentence, paragraph) : this.contexts.paragraphEntities(paragraph);
    return names.some((e) => named.has(e));
  }

  /** Whether the figure's sentence reports a poll (POLL), read on first use. */
  private pollSentence: boolean | undefined;

  /** Whether the words of another percent figure of the hit's record stand in the figure's sentence. */
  private otherShareNear(hit: Hit, features: RecordFeatures): boolean {
    const figures = hit.record.figures;
    for (let i = 0; i < figures.length; i++) if (i !== hit.figureIndex && figures[i]!.kind === 'percent' && this.labelNear(features.commonLabels[i], 'sentence')) return true;
    return false;
  }

  consider(hit: Hit, q: Query, fit: ValueFit): void {
    const claimFigure = hit.figure;
    const slot = hit.slot;
    const features = featuresOf(this.index, slot);
    // A number that the page says another party gave is that party's own count: not a misquote of this one ("The US
    // said about 8,000 North Korean troops were now in Kursk" beside Seoul's 12,000), nor this one when it is the same
    // ("Ukraine's military intelligence said 11,000 North Korean soldiers had reached Kursk" is not the Pentagon's).
    if (this.reportedByOther(features.entitySides)) return;
    // A count the page gives since a dated event is not one of a period that ended before it: "13,000 Ukrainian
    // soldiers killed since the full-scale invasion began" is no count of the Donbas war's 2014-2021 dead.
    const until = claimFigure.period?.to;
    if (until !== undefined && this.item.figure.kind === 'count') {
      const since = this.sinceEventStart();
      if (since !== undefined && (dayOf(until) ?? Infinity) < since) return;
    }
    // Nor is a count of another party's people: "More than 30,000 North Korean soldiers have been killed or wounded"
    // counts no casualties of a record that has nothing to do with North Korea.
    if (this.item.figure.kind === 'count' && this.countsOtherParty(features.entitySides)) return;
    // A number the page gives a period counts over that period: "1,000 killed or wounded a day" is not "1,000
    // casualties in one week", nor is "lost 1,200 soldiers in the past 24 hours" a total of 12,000 troops sent.
    const pagePeriod = this.pagePeriod;
    if (pagePeriod && features.periods[hit.figureIndex] !== pagePeriod) return;
    // A count or an amount the page gives as a change is its own arithmetic, not a level the record gives: "bertambah
    // 7.000 kontainer", "7,000 more than the agency's count", "up 400,000 from his estimate" (but "bertambah 105
    // kapal" is the record's 105 additional vessels).
    if (!features.changes[hit.figureIndex] && this.givenAsChange()) return;
    // A record's later figures: a calibre ("152 mm" shells) is not a claim of its own, and a part in the same unit
    // (1,000 of 6,000 troops are "penjinak ranjau"; "30 juta ton" of farm produce in 45 million tonnes) needs its
    // label's words around the number.
    if (hit.figureIndex > 0) {
      if (isCalibre(hit)) return;
      const label = features.labels[hit.figureIndex];
      // (The page naming the label's period, "a day" for "per hari", names the part too.)
      // (Not a whole the page may give as one recipient's part: "bantuan senilai 95 miliar dolar AS untuk Ukraina" is the
      // whole package, misquoted by wholeAsPart.)
      if (hit.part && label && !pagePeriod && !(features.wholes[hit.figureIndex] && fit.relation === 'exact') && !this.labelNear(label, 'paragraph', features.labelEntities[hit.figureIndex])) return;
    }
    // A span of time says nothing of what it spans: "two decades" is the war's length only where the text says how
    // long something has lasted ("raged for two decades") or names what the claim's label names (a visit), not "the
    // first time in two decades" on a ballet tour.
    if (hit.kind === 'duration' && !this.elapsed && !this.labelNear(features.labels[hit.figureIndex])) return;
    // Nor does a length or a weight ("maju sekitar 50 meter per hari" is not a missile's accuracy of 50-100 m).
    if (hit.kind === 'measure' && !this.labelNear(features.labels[hit.figureIndex])) return;
    // Nor does a calendar year, the commonest number of all: "kuartal I-2025" is no year of a confirmation. A month
    // needs its day's words in its own sentence: "sejak Maret 2024" of oil deliveries dates no veto of that month.
    if (hit.kind === 'year' && !this.labelNear(features.labels[hit.figureIndex])) return;
    // ("shows a 2018 military parade in Pyongyang": a year that names what it dates needs the label's own words, not
    // only its parties' names.)
    if (hit.kind === 'year' && yearAsModifier(this.item) && !this.labelNear(features.commonLabels[hit.figureIndex])) return;
    if (q.month && !this.labelNear(features.labels[hit.figureIndex], 'sentence')) return;
    // Nor does a share: its label's words must stand in its sentence for a contradiction ("pabrik amunisi ... 20
    // persen kapasitas", not "harga beras naik 20 persen"), in its paragraph for a number merely near the claim's
    // ("around 70 percent" of districts is no rounding of 75.5% of parts); they also break ties (tieBreak).
    // (Any figure's label words in its own sentence also break ties: "mengirim 6.000 tentara dan insinyur tambahan" is
    // the NIS's additional troops, not the total Shoigu announced.)
    const share =
      hit.kind === 'percent' || hit.kind === 'date'
        ? this.labelPlace(features.commonLabels[hit.figureIndex])
        : this.labelNear(features.commonLabels[hit.figureIndex], 'sentence')
          ? 1
          : 0;
    // (A hundred percent is also a way of speaking, "laporan itu 100 persen rekayasa", and a fraction a vague share,
    // "postponed about half of the field drills": both need the label's words too.)
    if (hit.kind === 'percent' && (fit === MISQUOTE ? share < 1 : (fit.relation !== 'exact' || hit.value === 100 || this.item.figure.kind === 'other') && share === 0)) return;
    // Nor does a share its sentence gives parties of its own, without its label's words: "Trump threatened 30% tariffs
    // on goods from the EU" in a digest whose next item is North Korea's.
    if (hit.kind === 'percent' && share < 1 && this.sentenceNamesOthersOnly(hit.record)) return;
    // Nor is a share whose words are not around it while another share of its record's are: "Budanov has said North
    // Korea now supplies 60% of the ammunition Russia uses" misquotes his 40% of ammunition, not his 60% of losses.
    if (hit.kind === 'percent' && share === 0 && this.otherShareNear(hit, features)) return;
    // Nor is a poll's share any other claim's: "In a poll this month, 62 percent of South Koreans called ..." is not
    // Budanov's 60%.
    if (hit.kind === 'percent' && !features.poll && (this.pollSentence ??= POLL.test(this.item.sentence))) return;
    // An amount inside a claim's range of money, at neither end, is one of many the range holds: it quotes the claim only
    // where its sentence says what the range measures ("North Korea's trade with China ... rose 25 percent on-year to
    // $2.7 billion" is no value of arms deliveries estimated at $1.7 billion to $5.5 billion). (A count inside a vague
    // one, "sekitar 200 pabrik" in "ratusan pabrik", is what the vague one says.)
    if (hit.max !== undefined && hit.kind === 'currency' && this.item.figure.valueMax === undefined && insideRange(this.item.figure.value, hit.value, hit.max) && !this.labelNear(features.commonLabels[hit.figureIndex], 'sentence')) return;
    // Shells of another calibre are other shells: "exports of 155mm shells ... about 500,000 rounds" is not the
    // containers' capacity of 500,000 122 mm rounds.
    if (features.calibres.length > 0 && this.otherCalibre(features.calibres)) return;
    // A record's figures for different sides ("korban Rusia", "korban Ukraina"): a number the page gives the other
    // side ("pasukan Rusia telah kehilangan lebih dari 500 ribu personel") is not this one.
    const side = features.sides[hit.figureIndex];
    if (side && fit !== WRONG_SIDE && this.namesOtherSide(side.own, side.others)) {
      // (Kept for swappedSides: the page may give the record's number to the wrong side.)
      if (fit.relation === 'exact' || fit.relation === 'rounded') (this.swapped ??= []).push({ hit, q, exact: fit.relation === 'exact' });
      return;
    }
    // Nor is a number said of a party the record has nothing to do with: "Romania signed for 54 K9s" beside North
    // Korea's howitzers, "a Czech-led initiative aims to deliver 500,000 rounds".
    if (this.foreignBefore(features.entitySides)) return;
    let dateFit = datePlausibility(this.pageDay, claimDay(hit));
    // A page cannot cite what was said well after it appeared (checked first: it costs less than the evidence).
    if (dateFit === 0) return;
    if (slot.mark !== this.mark) {
      slot.mark = this.mark;
      evidenceInto(features, this.ctx(), slot);
    }
    // The very number of a count or an amount, to four significant digits or more ("12.654 warga sipil", "991,820"), in
    // the claim's unit and beside its entities, is no coincidence: it counts as much as a keyword.
    const evidence = slot.evidenceScore + (fit.relation === 'exact' && isSpecific(hit) && !this.item.figure.valueMax ? SPECIFIC_EVIDENCE : 0);
    if (evidence < WEAK_EVIDENCE) return;
    // A date or a year names a moment: citing it years later is as plausible as the next day.
    if (hit.kind === 'date' || hit.kind === 'year') dateFit = 1;
    // A timeline's entry dates its number: "Oktober 2024: lebih dari 20.000" quotes October's count, not a later
    // report of the same number (which it could not have quoted then).
    else if (this.asOf !== undefined) dateFit = datePlausibility(this.asOf, claimDay(hit)) || AFTER_AS_OF;
    // (Nor is a claim old whose month the sentence names: "the more than 20,000 containers it reported last October".)
    else if (this.saidIn(hit)) dateFit = 1;
    const ties = this.tieBreak(hit, share, features, fit);
    const score = scoreOf(fit.fit, q.fit, evidence, dateFit, slot.event, ties);
    const gated = slot.entityScore > 0 && evidence >= minEvidence(fit);
    const prev = this.byRecord.get(slot);
    // Only a better candidate for its record is kept (and built).
    // (Scores are capped at 1: between two figures of the record that reach it, the one the number fits better.)
    if (prev && !(gated && !prev.gated) && !(gated === prev.gated && (score > prev.score || (score === prev.score && fit.fit > prev.fit.fit)))) return;
    const ev = recordScore(evidence, slot.entityScore, slot.keywordScore);
    const c = new Candidate(hit.record, slot, claimFigure, fit, q.fit, ev, features, this.ctx(), dateFit, score, gated);
    c.ties = ties;
    this.byRecord.set(slot, c);
  }
}

function candidatesFor(
  index: DatasetIndex,
  item: FigureInContext,
  contexts: ContextBuilder,
  pageDay: number | undefined,
  cands: CandidateSource,
  prep: Prep,
  /** Check the figure against dated events too (a second look at the page's records does not). */
  checkEvents = true,
): Candidate[] {
  const figure = item.figure;
  const { units, queries } = prep;
  const derived = checkEvents ? prep.derived : undefined;
  if (queries.length === 0 && !derived) return [];
  const ents = contexts.entities(item.sentence, item.paragraph);
  if (ents.all.size === 0) return [];
  const look = new FigureLookup(index, item, contexts, pageDay, prep.derived === 'duration', prep.period, prep.asOf, prep.months);
  const byRecord = look.byRecord;
  // Figures the page cannot cite (dateFit 0 in consider) are left out by the lookup, before their hits are read.
  const until = lastCitableDay(pageDay);

  const hits: Hit[] = [];
  for (const q of queries) {
    const top = q.max ?? q.value;
    hits.length = 0;
    cands.begin();
    const page = { value: q.value, max: q.max, qualifier: figure.qualifier, step: q.step };
    // Dates and calendar years do not round (see below): only the same number fits them.
    const near = fitWindow(page, figure.kind === 'date' || figure.kind === 'year');
    cands.find(q.unit, Math.min(q.value / NEAR, q.value * NEAR), Math.max(top * NEAR, top / NEAR), ents, hits, near, until);
    for (const hit of hits) {
      if (!eligible(figure, hit) || (q.exact && (hit.value !== q.value || hit.max !== undefined))) continue;
      hit.step ??= roundingStep(hit.value);
      if (q.month) {
        if (hit.max === undefined && hit.value >= q.value && hit.value <= top) look.consider(hit, q, IN_MONTH);
        continue;
      }
      const fit = valueFit(page, hit);
      if (fit.relation === 'none' || (fit.relation === 'differs' && fit !== RANGE_SLIP)) continue;
      // Dates and calendar years do not round.
      if ((figure.kind === 'date' || figure.kind === 'year') && fit.relation !== 'exact') continue;
      look.consider(hit, q, fit);
    }
  }
  // A number that some claim holds as written is not a misquote of another one: look for misquotes only when none does.
  // Durations are judged against dated events instead (derivedChecks).
  // (A full date is a misquote only where the page calls it false: "No, the full-scale invasion did not begin on Feb.
  // 20, 2022".)
  // (Or where the words of what happened stand right before it: "diluncurkan ke orbit pada 21 Desember 2023", "Russia's
  // veto on March 26, 2024": see namedJustBefore.)
  // (A day without its year, "on March 26", is looked up as that day of the page's year or the one before: not where
  // its sentence writes a year, "since 2018, when Lavrov visited Pyongyang on 31 May".)
  // A number too specific to be a coincidence ("524 miliar dolar AS", "2,514"), exactly a claim's, may be that claim's
  // where the page names only one of its entities ("biaya rekonstruksi Ukraina mencapai 524 miliar dolar AS"): the
  // claim's keywords and labels around it still have to be there (consider's evidence).
  if (checkEvents && cands.findOne && !someGated(byRecord.all)) {
    for (const q of queries) {
      if (q.max !== undefined || q.month) continue;
      hits.length = 0;
      cands.begin();
      cands.findOne(q.unit, q.value, ents, hits, until);
      for (const hit of hits) {
        if (!eligible(figure, hit) || !isSpecific(hit)) continue;
        const fit = valueFit({ value: q.value, qualifier: figure.qualifier, step: q.step }, hit);
        if (fit.relation === 'exact') look.consider(hit, q, fit);
      }
    }
  }
  if (look.swapped && !someGated(byRecord.all)) swappedSides(index, look, look.swapped);
  const monthDay = figure.kind === 'date' && figure.value < 1e4 && figure.valueMax === undefined && !WRITTEN_YEAR.test(item.sentence);
  const fullDate = (figure.kind === 'date' && figure.value >= 1e7) || monthDay;
  // (A forecast is nobody's misquote: "This year's grain harvest is now forecast at about 59 million tonnes".)
  if (!someGated(byRecord.all) && !derived && (MISQUOTE_KINDS.has(figure.kind) || fullDate) && !FORECAST_BEFORE.test(item.sentence.slice(Math.max(0, figureAt(item) - 60), figureAt(item)))) {
    const refuted = contexts.debunks(item.sentence, item.paragraph);
    const ratio = refuted ? DEBUNKED_RATIO : SLIP_RATIO;
    // (A day's date only: a month's is a looser way of speaking.)
    const dated = fullDate && !refuted && figure.value % 100 !== 0 && figure.valueMax === undefined;
    for (const q of queries) {
      // (A query of the very number only, exact, finds no misquote.)
      if (q.max !== undefined || q.exact || (fullDate && !refuted && !dated) || (monthDay && q.value < 1e7)) continue;
      const step = q.step;
      const page = { value: q.value, qualifier: figure.qualifier, step };
      hits.length = 0;
      cands.begin();
      if (fullDate) {
        cands.find(q.unit, q.value - DATE_SLIP, q.value + DATE_SLIP, ents, hits, undefined, until);
        // (The same day a year off: "on April 25, 2018" for the summit of 25 April 2019.)
        if (dated && !monthDay) for (const y of YEAR_SLIPS) cands.find(q.unit, q.value + y, q.value + y, ents, hits, undefined, until);
      } else cands.find(q.unit, q.value / ratio, q.value * ratio, ents, hits, undefined, until);
      // (A slip by a power of ten counts only for a number of three digits or more: see specificSlip.)
      if (q.value >= SPECIFIC && !fullDate) {
        for (const f of SLIP_FACTORS) {
          const v = q.value * f;
          cands.find(q.unit, v * 0.99, v * 1.01, ents, hits, undefined, until);
        }
      }
      for (const hit of hits) {
        if (!eligible(figure, hit) || hit.max !== undefined) continue;
        hit.step ??= roundingStep(hit.value);
        const fit = valueFit(page, hit);
        // A slip ("67.000" for 6,700, "910" for 810) counts only for a claim's headline figure and a number too
        // specific to be a coincidence: not a night's "81 drones" against a record 810, nor "1,500" troops against a
        // record's side figure of 15,000. (The slip test costs more than the others: it runs only when it decides.)
        // A number merely in the same range contradicts only the figure that was current at the page's date;
        // against an older one it more likely reports a newer count the dataset does not hold.
        // (Dates do not round: any other day contradicts.)
        if (fullDate ? hit.value === q.value : refuted ? fit.relation !== 'differs' && fit.relation !== 'none' : fit.relation === 'differs' ? (!currentAt(index, hit, pageDay) || laterTotal(item, hit, q.value, pageDay)) && !specificSlip(q.value, hit, step, figure) : !specificSlip(q.value, hit, step, figure)) continue;
        if (dated && !namedJustBefore(hit.record, item)) continue;
        // (In a paragraph that calls a number false, too: "Unggahan pada 21 Oktober 2024 itu disukai 8.900 kali" dates
        // the post, not the deployment; "the full-scale invasion did not begin on Feb. 20, 2022" names it.)
        if (fullDate && refuted && !namedJustBefore(hit.record, item, true)) continue;
        look.consider(hit, q, MISQUOTE);
      }
    }
  }
  // (Measured to the day its sentence gives it, where it gives one: "By 27 February 2024, the war had lasted two years".)
  if (derived) derivedChecks(index, item, look.ctx(), prep.asOf ?? pageDay, units, byRecord, derived, ents.all, prep.sentenceDay);
  const all = byRecord.all;
  // An event record dates something; a claim states the number: when a claim holds it, the event steps aside,
  // unless the words of the event's label stand nearer than the claim's ("Kunjungan Putin ke Pyongyang pada 19 Juni
  // 2024" dates the visit, not the treaty's signing on that day).
  // (A claim's later figure does not: the year "the conflict began" beside the invasion's date is the Donbas war's
  // own start, better sourced by its event.)
  // (Most figures have no event among their candidates: then nothing steps aside, and no claim's record is read.)
  if (!all.some((c) => c.slot.event)) return all;
  // A bare year ("sejak 2014", "since 2014") dates an event: a claim that holds the same year among its later figures
  // steps aside for the event's own record (the labelled sets: 32 against 11). A month or a day stays with the claim, as
  // labellers mostly keep it ("June 2024" for the treaty signed then, not for the visit of that month).
  // (A claim whose headline is that year keeps it, and the event steps aside for it as below: "ties since 2018".)
  const f = item.figure;
  let left = all;
  if (f.kind === 'year') {
    const fits = (c: Candidate) => c.gated && c.expected === undefined && c.fit.relation !== 'differs' && c.fit.relation !== 'none';
    if (all.some((c) => c.slot.event && fits(c))) left = all.filter((c) => c.slot.event || !fits(c) || c.figure === c.record.figures[0]);
  }
  let claimTies = -1;
  for (const c of left) if (c.gated && !c.slot.event && c.fit.relation !== 'differs' && c.figure === c.record.figures[0]) claimTies = Math.max(claimTies, c.ties);
  if (claimTies >= 0) return left.filter((c) => !c.slot.event || c.expected !== undefined || c.ties > claimTies);
  return left;
}

/**
 * Whether the hit's figure was the current one when the page appeared: recent enough, and not yet superseded by a
 * record the page could know ("roughly 1.2 million rounds" in February 2024 contradicts no NIS count of November
 * 2023 that February's 3 million had replaced).
 */
function currentAt(index: DatasetIndex, hit: Hit, pageDay: number | undefined): boolean {
  if (datePlausibility(pageDay, claimDay(hit)) < CURRENT) return false;
  if (pageDay === undefined) return true;
  for (const id of hit.record.supersededBy) {
    const later = index.get(id);
    const day = later && dayOf(later.claimDate);
    if (day !== undefined && day <= pageDay) return false;
  }
  return true;
}

/**
 * A record's number given to its other side ("Zelensky mengatakan 31.000 tentara Rusia tewas" for his 31,000
 * Ukrainian dead, 180,000 Russian): the page contradicts the figure the record gives the side the page names.
 */
/** A record figure the page gives another side (FigureLookup.swapped); `exact`: at the page's very number. */
interface Swap {
  hit: Hit;
  q: Query;
  exact: boolean;
}

function swappedSides(index: DatasetIndex, look: FigureLookup, swapped: readonly Swap[]): void {
  const named = look.namedSides();
  for (const { hit, q, exact } of swapped) {
    const sides = featuresOf(index, hit.slot).sides;
    // (Of the named side's figures in the unit, the nearest to the page's: the US total beside Europe's, not the
    // US military aid.)
    let best = -1;
    let bestRatio = Infinity;
    hit.record.figures.forEach((figure, k) => {
      const own = sides[k]?.own;
      if (k === hit.figureIndex || !own?.some((s) => named.includes(s)) || figure.unit !== hit.figure.unit || figure.value === hit.value || !(figure.value > 0)) return;
      const ratio = Math.max(figure.value / hit.value, hit.value / figure.value);
      if (ratio < bestRatio) {
        best = k;
        bestRatio = ratio;
      }
    });
    // No figure of the named side: the page still gives this one to the wrong side ("315.000 tentara Ukraina" for the
    // US estimate of Russia's casualties), when it is the very number and who gave it is named in the sentence; a
    // near number, or one a party gives of the other, is more likely that party's own claim ("Belousov claimed
    // Ukraine had lost about 950,000" is not CSIS's count of Russia's).
    if (best < 0) {
      if (exact && look.namesSourceOf(hit.record, [...named, ...(sides[hit.figureIndex]?.own ?? [])])) look.consider(hit, q, WRONG_SIDE);
      continue;
    }
    const other = candidateIndex(index).hitOf(hit.record, best);
    other.step ??= roundingStep(other.value);
    look.consider(other, q, MISQUOTE);
  }
}

/** How long after a claim's figure a page's higher total reads as a newer count. */
const LATER_TOTAL_DAYS = 30;

/**
 * A page's total above a claim's, given a month or more after it ("sehingga totalnya melampaui 550 kapal" in
 * October against July's 444): a running total that grew, not a contradiction.
 */
function laterTotal(item: FigureInContext, hit: Hit, value: number, pageDay: number | undefined): boolean {
  const day = claimDay(hit);
  return pageDay !== undefined && day !== undefined && pageDay - day > LATER_TOTAL_DAYS && value > hit.value && item.figure.kind === 'count' && TOTAL_BEFORE.test(item.sentence);
}

/** A digit slip of the claim's headline figure by a page number of three digits or more (see candidatesFor). */
function specificSlip(value: number, hit: Hit, step: number | undefined, figure: Figure): boolean {
  return hit.figureIndex === 0 && value >= SPECIFIC && digitSlip(value, hit.value, step, figure.qualifier === 'approx');
}

/** A unit the figure states directly that measures how long an event has lasted: a month or more, or a hundred days or more, not "705 seconds after". */
function isEventSpan(u: UnitHint, value: number): boolean {
  const years = YEARS_PER_UNIT[u.unit];
  // ("1.000 hari sejak invasi", not "dua hari setelah".)
  return u.fit === 1 && years !== undefined && (years >= YEARS_PER_UNIT.month! || value * years >= MIN_DAYS_SPAN_YEARS);
}

/** The shortest span in days or weeks dated events check: about a hundred days. */
const MIN_DAYS_SPAN_YEARS = 0.25;

/** Whether the figure is a duration or a "since" year that dated events can check. */
function derivedKind(item: FigureInContext, units: UnitHint[]): 'duration' | 'since' | undefined {
  if (units.some((u) => isEventSpan(u, item.figure.value))) {
    // ("raged for the past two decades"; "dua tahun lalu", "two years after Russia launched")
    const after = afterFigure(item);
    // ("setelah delapan bulan pendudukan", "dua bulan setelah memimpin pemberontakan": the length of something else, or
    // the time since another event, not since the war's start.)
    if (OTHER_SPAN_AFTER.test(after) || RELATIVE_SPAN.test(after) || AGO_IN_YEAR.test(after)) return undefined;
    const at = figureAt(item);
    const before = item.sentence.slice(Math.max(0, at - 60), at);
    // ("Itu keliru: saat itu invasi baru berumur dua tahun": measured to a day the sentence does not give.)
    if (THEN_BEFORE.test(before)) return undefined;
    const since = AFTER_EVENT.exec(after);
    if (since) {
      const end = figureEnd(item) + since[0].length;
      if (OTHER_EVENT.test(item.sentence.slice(end, end + 60))) return undefined;
    }
    if (hasCueBefore(item.sentence, item.figure.surface, ELAPSED_CUES, 3) || ELAPSED_AFTER.test(after) || LENGTH_KEY_BEFORE.test(before)) return 'duration';
    if (OLD_AFTER.test(after) && WAR_IS_BEFORE.test(before)) return 'duration';
    return hasCueBefore(item.sentence, item.figure.surface, ANNIVERSARY_CUES, 3) && CLAUSE_ENDS_AFTER.test(after) ? 'duration' : undefined;
  }
  // (Not the mark of a superlative: "the largest war in Europe since 1945", "serangan terbesar sejak 2022".)
  // (A month too: "casualties since February 2022"; only ever shown as agreeing, see derivedChecks.)
  if ((item.figure.kind === 'year' || isMonthDate(item.figure)) && (hasCueBefore(item.sentence, item.figure.surface, SINCE_CUES) || hasCueBefore(item.sentence, item.figure.surface, START_CUES, 3)) && !SUPERLATIVE.test(clauseOf(item.sentence, item.figure.surface))) return 'since';
  return undefined;
}

/** A month of a year as a date figure ("February 2022": 20220200). */
function isMonthDate(figure: Figure): boolean {
  return figure.kind === 'date' && figure.value >= 1e7 && figure.value % 100 === 0 && figure.valueMax === undefined;
}

function scoreOf(valueFitScore: number, unitFit: number, evidence: number, dateFit: number, event: boolean, ties = 0): number {
  const context = 1 - Math.exp(-evidence / 2);
  // A claim states a number; an event record only dates something: on a tie the claim is the better source.
  const s = 0.4 * valueFitScore + 0.1 * unitFit + 0.35 * context + 0.15 * dateFit - (event ? 0.02 : 0) + ties * TIE_BREAK;
  return Math.round(Math.min(1, Math.max(0, s)) * 1000) / 1000;
}

/** The date fit of a claim made after the day a sentence gives its figure (Prep.asOf). */
const AFTER_AS_OF = 0.4;

/** What a tie-break adds to a score (FigureLookup.tieBreak). */
const TIE_BREAK = 0.04;

/** A claim dated more than this many days after a page is not its source (datePlausibility 0). */
const CITABLE_AHEAD = 45;

/** The last claimDay a page of `pageDay` can cite (datePlausibility > 0), for lookups; Infinity when undated. */
function lastCitableDay(pageDay: number | undefined): number {
  return pageDay === undefined ? Infinity : pageDay + CITABLE_AHEAD;
}

/**
 * How plausible it is that a page of `pageDay` cites a claim of `claimDay`: a claim made long after the page
 * cannot be its source; an old one is less likely than a recent one. 0..1; 0.6 when either date is unknown.
 */
export function datePlausibility(pageDay: number | undefined, claimDayN: number | undefined): number {
  if (pageDay === undefined || claimDayN === undefined) return 0.6;
  const gap = pageDay - claimDayN;
  if (gap < -CITABLE_AHEAD) return 0;
  if (gap < -7) return 0.4;
  // News cites the latest statements: a claim of the last fortnight fits best.
  if (gap <= 14) return 1;
  if (gap <= 120) return 1 - (0.1 * (gap - 14)) / 106;
  return Math.max(0.4, 0.9 - (gap - 120) / 1500);
}

/**
 * Derived checks against dated events: a duration ("selama dua dekade") or a start year ("sejak 2014") on the page,
 * compared with the events the context is about, measured to the page's date.
 */
function derivedChecks(
  index: DatasetIndex,
  item: FigureInContext,
  ctx: ContextText,
  pageDay: number | undefined,
  units: UnitHint[],
  byRecord: CandidateList,
  kind: 'duration' | 'since',
  allEntities: ReadonlySet<string>,
  sentenceDay?: number,
): void {
  if (pageDay === undefined) return;
  // A span may end on a day its sentence names after the event began: "mengakui pengerahan itu pada 28 April 2025,
  // lebih dari enam bulan setelah kabar pertama beredar" (not at the page's date).
  const end = (e: { start: number }): number => (sentenceDay !== undefined && sentenceDay > e.start && sentenceDay <= pageDay ? sentenceDay : pageDay);
  const figure = item.figure;
  const durationUnit = kind === 'duration' ? units.find((u) => isEventSpan(u, figure.value)) : undefined;
  const events: (DatedEvent & { evidence: Score; features: RecordFeatures })[] = [];
  // (A claim rated wrong that the page repeats names the events it is about: "raged for two decades" measures the
  // war even where the text names only Russia.)
  const named = new Set<string>();
  for (const c of byRecord.all) if (c.gated && WRONG.has(c.record.status)) for (const id of c.record.related) named.add(id);
  // Events the sentence names by a word of their label only ("their fourth summit since 2019" and the first summit's
  // "date of the first summit"): too weak to correct the page, but a page that agrees with one is not contradicted.
  const weak: typeof events = [];
  for (const dated of datedEvents(index)) {
    const { record, slot, start } = dated;
    // (One of its entities will do: the event's own words must stand in the figure's sentence anyway, below. "Dua tahun
    // perang skala penuh di Ukraina" names no Russia.)
    if (start > pageDay || !(record.entities.some((e) => allEntities.has(e)) || named.has(record.id))) continue;
    const features = featuresOf(index, slot);
    const evidence = evidenceScore(features, ctx);
    if (evidence.entityScore === 0 || evidence.score < MIN_EVIDENCE) continue;
    // What has lasted must be named, not only who took part: "Kim throws his weight behind Putin in a war that has
    // raged for two decades" measures no Kim-Putin summit.
    // (In the figure's own sentence: "80 years since the end of World War II" measures no troop deployment named
    // in the sentence before, and "harga pupuk ... naik 40 persen sejak 2022" dates no war.)
    if (named.has(record.id) || (evidence.keywordScore > 0 && namesInSentence(features, ctx))) events.push({ ...dated, evidence, features });
    else if (namesInSentence(features, ctx)) weak.push({ ...dated, evidence, features });
  }
  if (events.length === 0) return;

  // Years per unit of the page's duration; 0 for a "since" year.
  const per = durationUnit ? (YEARS_PER_UNIT[durationUnit.unit] ?? 1) : 0;
  // (An event a wrong claim of the page is about comes first: "raged for twenty years" measures the war the claim got
  // wrong, not the Donbas fighting the next sentence names.)
  events.sort((a, b) => Number(named.has(b.record.id)) - Number(named.has(a.record.id)) || b.evidence.score - a.evidence.score || b.start - a.start);
  // The page agrees with one of the events it is about: nothing to correct, and, where no claim holds the number, it
  // is shown as consistent with that event ("dua tahun lalu, pada 24 Februari"). (The event's words stand in the
  // figure's sentence already: ordinary evidence will do, not the strong evidence a contradiction needs.)
  const agreeing = events.find((e) => agreesWithEvent(figure, per, end(e), e));
  if (agreeing) {
    if (agreeing.evidence.score < MIN_EVIDENCE || byRecord.all.some((c) => c.gated)) return;
    // ("hampir empat tahun", "more than six months": a bound or an estimate of the length rounds it, as "lebih dari
    // 2.500" rounds a claim's 2,514; "dua tahun" states it.)
    byRecord.set(agreeing.slot, eventCandidate(agreeing, figure.value, durationUnit, figure.qualifier === 'exact' || per === 0 ? EXACT : ROUNDED_SPAN, ctx));
    return;
  }
  // (A month that is not the event's proves nothing: "since March 2022" may count from anything that month.)
  if (isMonthDate(figure)) return;
  if (weak.some((e) => agreesWithEvent(figure, per, end(e), e))) return;
  // ("two years since the full-scale invasion and ten years since the fighting in Donbas": what the span counts from is
  // named right after it, or before it in its clause; a span counted from an event the context does not qualify is
  // not judged.)
  const from = countedFrom(index, item);
  const best = from ? events.find((e) => e.record === from) : events[0];
  if (!best) return;
  // (Nor one that agrees with an event related to it: "meski konflik bersenjata sudah pecah sejak 2014" is the year
  // the Donbas war began, which the full-scale invasion continued, not a misquote of the invasion's.)
  if (datedEvents(index).some((e) => best.record.related.includes(e.record.id) && agreesWithEvent(figure, per, end(e), e))) return;
  // The dataset's own verdict on a claim that holds this number comes first: the derived correction is attached
  // only to claims already rated wrong (seed-08: "dua dekade", false), or stands alone when no claim holds it.
  const claims = byRecord.all.filter((c) => c.fit.relation !== 'differs');
  if (claims.some((c) => c.gated && !WRONG.has(c.record.status))) return;
  const real = actualOf(per, end(best), best);
  const expected = durationUnit ? expectedDuration(real) : { value: real, unit: CALENDAR_YEAR };
  // (Written out only when some candidate takes it.)
  let eventNote: ExplainInput['event'] | undefined;
  let attached = false;
  for (const c of claims) {
    if (!WRONG.has(c.record.status)) continue;
    if (c.record.related.includes(best.record.id) || c.record.entities.some((e) => best.record.entities.includes(e))) {
      c.expected = expected;
      c.eventNote = eventNote ??= eventNoteOf(best, end(best), expected);
      attached = true;
    }
  }
  if (attached || best.evidence.score < MIN_EVIDENCE_DIFFERS) return;
  // (A span alone in its clause, "Three years on, it trades around $74, and the sanctions imposed in 2014 after the
  // annexation ...", counts from what the text before said, not from an event a later clause names: not judged, unless
  // a wrong claim the page repeats names the event.)
  // (Nor where its sentence gives the event's own day: "pada 13 September 2023, lima bulan lalu" counts from it.)
  if (!named.has(best.record.id) && sentenceDay !== best.start && bareClause(item)) return;
  const value = durationUnit ? Math.round((real / (YEARS_PER_UNIT[durationUnit.unit] ?? 1)) * 10) / 10 : real;
  const derived = eventCandidate(best, value, durationUnit, { relation: 'differs', fit: 0.6 }, ctx);
  derived.expected = expected;
  derived.eventNote = eventNote ??= eventNoteOf(best, end(best), expected);
  byRecord.set(best.slot, derived);
}

/** Whether the figure's clause (its sentence between the marks around it) holds little else: "Three years on,". */
function bareClause(item: FigureInContext): boolean {
  const at = figureAt(item);
  const s = item.sentence;
  let from = at;
  while (from > 0 && !CLAUSE_MARK.test(s.charAt(from - 1))) from--;
  let to = at + item.figure.surface.length;
  while (to < s.length && !CLAUSE_MARK.test(s.charAt(to))) to++;
  const rest = `${s.slice(from, at)} ${s.slice(at + item.figure.surface.length, to)}`.trim();
  return rest === '' || rest.split(/\s+/).length <= 2;
}
const CLAUSE_MARK = /[,;:()]/;

/** The dated event whose keyword the words right after the figure ("since the full-scale invasion") or before it in its clause name. */
function countedFrom(index: DatasetIndex, item: FigureInContext): DatasetRecord | undefined {
  const end = figureEnd(item);
  if (end < 0) return undefined;
  const after = item.sentence.slice(end, end + SINCE_REACH).toLowerCase();
  // (Or in its clause before it: "and the full-scale invasion two years ago".)
  const start = end - item.figure.surface.length;
  const head = item.sentence.slice(Math.max(0, start - SINCE_REACH), start);
  const before = head.slice(Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf(':')) + 1).toLowerCase();
  const texts = SINCE_AFTER.test(after) ? [after, before] : [before];
  return datedEventNamed(index, (k) => texts.some((t) => t.includes(k)))?.record;
}

/** The first dated event one of whose names passes `named`. */
function datedEventNamed(index: DatasetIndex, named: (name: string) => boolean): DatedEvent | undefined {
  for (const e of datedEvents(index)) for (const k of e.names) if (named(k)) return e;
  return undefined;
}
const SINCE_REACH = 64;

/** The start day of a dated event the words after the figure count it since ("tewas sejak invasi skala penuh"). */
function eventCountedSince(index: DatasetIndex, item: FigureInContext): number | undefined {
  const end = figureEnd(item);
  if (end < 0) return undefined;
  const after = item.sentence.slice(end, end + SINCE_REACH * 2).toLowerCase();
  const m = SINCE_WORD.exec(after);
  if (!m) return undefined;
  const rest = after.slice(m.index + m[0].length, m.index + m[0].length + SINCE_REACH);
  return datedEventNamed(index, (k) => rest.startsWith(k) || rest.startsWith(`the ${k}`))?.start;
}
/** "since" or "sejak" before the event a count runs from. */
const SINCE_WORD = /(?<![\p{L}])(?:since|sejak)[ \u00a0]+/u;
/** A word of a keyword that is a number: "November 2023" (not the digits of a name, "Malligyong-1"). */
const NUMBER_WORD = /(?:^|\s)\d/;
const SINCE_AFTER = /^[ \u00a0,]*(?:(?:today|now|hari ini)[ \u00a0]+)?(?:since|sejak|after|setelah)(?![\p{L}])/u;

/** Whether a word of the record's keywords or of its first figure's label stands in the figure's sentence. */
function namesInSentence(features: RecordFeatures, ctx: ContextText): boolean {
  for (let i = 0; i < features.keywordNos.length; i++) if (nearFigure(ctx, features.keywordNos[i] as number, 'sentence')) return true;
  const label = features.what;
  if (label) for (let i = 0; i < label.length; i++) if (nearFigure(ctx, label[i] as number, 'sentence')) return true;
  return false;
}

/** An event as the candidate of a duration or "since" year: its figure in the page's unit (years for a year). */
function eventCandidate(
  e: { record: DatasetRecord; slot: RecordSlot; evidence: Score; features: RecordFeatures },
  value: number,
  durationUnit: UnitHint | undefined,
  fit: ValueFit,
  ctx: ContextText,
): Candidate {
  const month = !durationUnit && value >= 1e7;
  const fig: ClaimFigure = {
    value,
    unit: durationUnit ? durationUnit.unit : month ? 'date' : CALENDAR_YEAR,
    kind: durationUnit ? 'duration' : month ? 'date' : 'year',
    qualifier: 'exact',
    basis: 'official',
  };
  return new Candidate(e.record, e.slot, fig, fit, 1, e.evidence, e.features, ctx, 1, scoreOf(fit.fit, 1, e.evidence.score, 1, e.slot.event), true);
}

function eventNoteOf(best: DatedEvent, pageDay: number, expected: { value: number; unit: string }): ExplainInput['event'] {
  return { id: best.record.id, start: isoOfDay(best.start), pageDate: isoOfDay(pageDay), expected };
}

/** What the event says the page's figure should be: years since its start (to its end), or its start year (`per` 0). */
function actualOf(per: number, pageDay: number, e: DatedEvent): number {
  return per > 0 ? yearsBetween(e.start, Math.min(e.end ?? pageDay, pageDay)) : yearOfDay(e.start);
}

/** The fit of a span the page gives with a qualifier, agreeing with an event's length (derivedChecks). */
const ROUNDED_SPAN: ValueFit = Object.freeze({ relation: 'rounded', fit: 0.9 });

/** How far, as a share of the longer, a span the page rounds to its unit may be from the real one. */
const ROUNDED_SPAN_SHARE = 0.35;
function agreesWithEvent(figure: Figure, per: number, pageDay: number, e: DatedEvent): boolean {
  if (per === 0 && isMonthDate(figure)) return Math.floor((dateNumberOf(isoOfDay(e.start)) ?? 0) / 100) === figure.value / 100;
  const a = actualOf(per, pageDay, e);
  if (per === 0) return a === figure.value;
  // The page may round to its own unit: "dua tahun" for 2.4 years, "satu dekade" for 9 years; not by a third or more
  // of the length ("satu tahun" for six months).
  const off = Math.abs(a - figure.value * per);
  return (off <= Math.max(per * 0.5, 0.15 * a) && off <= ROUNDED_SPAN_SHARE * Math.max(a, figure.value * per)) || agreesWithQualifier(figure, a / per);
}

interface DatedEvent {
  record: DatasetRecord;
  slot: RecordSlot;
  start: number;
  end: number | undefined;
  /** Its keywords of more than four characters and no digit, lowercase: what names it in a text (countedFrom). */
  names: string[];
}

const DATED_EVENTS = new WeakMap<DatasetIndex, DatedEvent[]>();

/** The index's event records with a known start, their days parsed once per index. */
function datedEvents(index: DatasetIndex): DatedEvent[] {
  let events = DATED_EVENTS.get(index);
  if (events) return events;
  const slots = candidateIndex(index);
  events = [];
  for (const record of index.events()) {
    if (record.type !== 'event') continue;
    const start = dayOf(record.event.start);
    if (start === undefined) continue;
    // (A name may hold digits, "Malligyong-1"; a date, "November 2023", names no event.)
    const names = [...record.keywords.id, ...record.keywords.en].filter((k) => k.length > 4 && !NUMBER_WORD.test(k)).map((k) => k.toLowerCase());
    events.push({ record, slot: slots.slotOf(record), start, end: dayOf(record.event.end), names });
  }
  DATED_EVENTS.set(index, events);
  return events;
}

/** Statuses under which a derived correction is attached to the claim itself. */
const WRONG = new Set<string>(['false', 'misleading', 'disputed']);

/** A duration in years as a reader would write it: whole years from one year up, else months. */
function expectedDuration(years: number): { value: number; unit: string } {
  if (years >= 1) return { value: Math.round(years), unit: 'year' };
  return { value: Math.max(1, Math.round(years * 12)), unit: 'month' };
}

function agreesWithQualifier(figure: Figure, actualInUnit: number): boolean {
  switch (figure.qualifier) {
    case 'more_than':
    case 'at_least':
      return actualInUnit >= figure.value && actualInUnit < figure.value * 1.5 + 1;
    case 'less_than':
    case 'at_most':
      return actualInUnit <= figure.value && actualInUnit > figure.value * 0.5;
    default:
      return false;
  }
}

/** Where the figure's text ends in its sentence (its first occurrence there), -1 when it is not in it. */
function figureEnd(item: FigureInContext): number {
  const at = item.sentence.indexOf(item.figure.surface);
  return at < 0 ? -1 : at + item.figure.surface.length;
}

/** The sentence after the figure (its first AFTER_REACH characters). */
function afterFigure(item: FigureInContext): string {
  const end = figureEnd(item);
  return end < 0 ? '' : item.sentence.slice(end, end + AFTER_REACH);
}
/** How far afterFigure reads: "genap tiga tahun pada Senin (24/2/2025)." */
const AFTER_REACH = 32;

/** Whether one of the `n` words before the figure (within 40 characters) is a cue. */
function hasCueBefore(sentence: string, surface: string, cues: readonly string[], n = 2): boolean {
  const at = sentence.indexOf(surface);
  if (at < 0) return false;
  const before = words(sentence.slice(Math.max(0, at - 40), at)).slice(-n);
  return before.some((w) => cues.includes(w));
}

/**
 * How far after the figure its sentence can say the number is a capacity: a few words ("mampu mengangkut 5,2 juta
 * peluru", "3 million shells' worth of"), not a later clause ("as factories work at full capacity").
 */
const CAPACITY_AFTER = 40;

/** The agreement rule (shared with the labelled set): differs > basis > outdated > rounded > same. */
function agreementOf(c: Candidate, item: FigureInContext): Agreement {
  // (A claim the dataset rates false, repeated: the page's number contradicts the facts even where no dated event
  // gives the right one in its words, as in a data box's "Lama perang: dua dekade".)
  if (c.expected || c.fit.relation === 'differs' || c.record.status === 'false') return 'differs';
  if (c.figure.basis === 'capacity_equivalent' && !presentsAsCapacity(item)) return 'basis';
  if (c.record.status === 'outdated') return 'outdated';
  // (A vague amount that holds the number says the same, "belasan rudal" for 13; a written range rounds it.)
  if (c.fit.relation === 'rounded' || (c.fit.relation === 'range' && /\d/.test(item.figure.surface))) return 'rounded';
  return 'same';
}

function latestIdOf(index: DatasetIndex, id: string): string | undefined {
  const latest = index.latestFor(id);
  return latest && latest.id !== id ? latest.id : undefined;
}

/** A shown match without its explanation (the verdict and the numbers). */
function summaryOf(index: DatasetIndex, c: Candidate, item: FigureInContext): MatchSummary {
  const agreement = agreementOf(c, item);
  const latestId = agreement === 'outdated' || c.record.status === 'outdated' ? latestIdOf(index, c.record.id) : undefined;
  // Keys added in the schema's order (as the spreads of optional keys gave them), without a temporary object each.
  const m = { claimId: c.record.id, score: c.score, agreement, status: c.record.status, claimValue: c.figure.value } as MatchSummary;
  if (c.figure.max !== undefined) m.claimValueMax = c.figure.max;
  m.unit = c.figure.unit;
  if (latestId) m.latestId = latestId;
  if (c.expected) m.expected = c.expected;
  return m;
}

function explanationOf(index: DatasetIndex, figure: Figure, c: Candidate, m: MatchSummary, page: PageContext): Explanation {
  const latest = m.latestId ? index.get(m.latestId) : undefined;
  const { entities, words } = evidenceFor(c.features, c.ctx);
  const x: ExplainInput = { figure, record: c.record, claimFigure: c.figure, relation: c.fit.relation, agreement: m.agreement, entities, words, lang: page.lang };
  if (latest) x.latest = latest;
  if (c.eventNote) x.event = c.eventNote;
  if (c.said) x.said = true;
  if (c.fit === WRONG_SIDE) x.wrongSide = true;
  return explain(index, x);
}

/** The match with its explanation, its keys in the schema's order (the CLI and tests print them as they come). */
function withExplanation({ latestId, expected, ...m }: MatchSummary, explanation: Explanation): Match {
  return { ...m, explanation, ...(latestId ? { latestId } : {}), ...(expected ? { expected } : {}) };
}
