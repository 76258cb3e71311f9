/**
 * Matching: from figures in context to the sourced claims they refer to, with a verdict on the number.
 * Candidates come from the index's unit/value buckets (never a scan of all records); a candidate needs a fitting
 * value AND context evidence (the record's entities or keywords around the figure), so the same number about
 * something else does not match.
 */
import type { DatasetIndex } from '../claims/compiled';
import type { ClaimFigure, DatasetRecord } from '../claims/schema';
import type { Figure } from '../figures/figure';
import { dayOf, isoOfDay, yearOfDay, yearsBetween } from './dates';
import { ContextBuilder, evidenceFor, recordFeatures, type ContextText, type Evidence, type RecordFeatures } from './evidence';
import { explain, type ExplainInput } from './explain';
import type { Agreement, FigureInContext, FigureMatches, Match, PageContext } from './types';
import { valueFit, type ValueFit } from './value-fit';

export interface MatchOptions {
  /** Lowest score shown; below it the figure is "not in the dataset". */
  threshold?: number;
  /** Most matches returned per figure. */
  maxMatches?: number;
}

export const DEFAULT_THRESHOLD = 0.6;
const DEFAULT_MAX = 3;
/** Least context evidence (entities + keywords, see evidence.ts) for any match. */
const MIN_EVIDENCE = 1.6;
/** A number that contradicts the source is only attributed to it on strong evidence. */
const MIN_EVIDENCE_DIFFERS = 3;
/** Bucket width asked of the index: claim values within ×/÷ this of the page's. */
const BUCKET_FACTOR = 2;

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

/** Words around a number that say the page itself presents it as a capacity or an equivalent, not a count. */
const CAPACITY_CUES = [
  'setara', 'kapasitas', 'daya tampung', 'bisa memuat', 'dapat memuat', 'mampu memuat', 'bisa menampung',
  'dapat menampung', 'cukup untuk', 'bisa berisi', 'dapat berisi', 'berpotensi', 'equivalent', 'capacity',
  'could hold', 'could contain', 'could carry', 'enough to', 'can hold', 'capable of holding', 'worth of',
];
/** Words before a year that make it the start of a period ("sejak 2014", "since 2014"). */
const SINCE_CUES = ['sejak', 'since', 'semenjak', 'mulai'];

interface Candidate {
  record: DatasetRecord;
  figure: ClaimFigure;
  fit: ValueFit;
  unitFit: number;
  evidence: Evidence;
  dateFit: number;
  score: number;
  /** Set by a derived check against a dated event. */
  expected?: { value: number; unit: string };
  eventNote?: ExplainInput['event'];
}

/** Lazily computed keyword sets per record, shared by every batch against the same index. */
const FEATURES = new WeakMap<object, Map<string, RecordFeatures>>();

function featuresOf(index: DatasetIndex, record: DatasetRecord): RecordFeatures {
  let cache = FEATURES.get(index);
  if (!cache) {
    cache = new Map();
    FEATURES.set(index, cache);
  }
  let f = cache.get(record.id);
  if (!f) {
    f = recordFeatures(index, record);
    cache.set(record.id, f);
  }
  return f;
}

/** Match a page's figures (one batch per page). Results keep the order of `items`. */
export function matchFigures(
  index: DatasetIndex,
  items: readonly FigureInContext[],
  page: PageContext,
  opts: MatchOptions = {},
): FigureMatches[] {
  const threshold = opts.threshold ?? DEFAULT_THRESHOLD;
  const maxMatches = opts.maxMatches ?? DEFAULT_MAX;
  const contexts = new ContextBuilder(index, page.title ?? '');
  const pageDay = dayOf(page.published);
  return items.map((item) => {
    const ctx = contexts.build(item.sentence, item.paragraph, `${item.figure.surface} ${item.figure.unit ?? ''}`);
    const candidates = candidatesFor(index, item, ctx, pageDay);
    const shown = candidates
      .filter((c) => c.score >= threshold)
      .sort((a, b) => b.score - a.score || a.record.id.localeCompare(b.record.id))
      .slice(0, maxMatches)
      .map((c) => toMatch(index, item.figure, c, ctx, page));
    return { key: item.key, matches: shown };
  });
}

/** Canonical units the figure may be counted in, with how directly the text says so. */
export function unitsOf(index: DatasetIndex, figure: Figure, sentence: string): { unit: string; fit: number }[] {
  const out: { unit: string; fit: number }[] = [];
  const add = (unit: string | undefined, fit: number): void => {
    if (unit && !out.some((u) => u.unit === unit)) out.push({ unit, fit });
  };
  if (figure.kind === 'percent') add(index.unitOfWord('%') ?? 'percent', 1);
  if (figure.currency) add(index.unitOfWord(figure.currency.toLowerCase()), 1);
  if (figure.unit) {
    const u = figure.unit.toLowerCase();
    add(index.unitOfWord(u), 1);
    const head = u.split(/\s+/u)[0];
    if (head && head !== u) add(index.unitOfWord(head), 0.9);
  }
  if (out.length > 0 || figure.kind === 'year' || figure.kind === 'date' || figure.kind === 'time') return out;
  // The counted noun a few words on ("6,700 shipping containers") or just before ("kontainer sebanyak 6.700").
  const sentenceStart = Math.max(0, sentence.indexOf(figure.surface));
  const after = words(sentence.slice(sentenceStart + figure.surface.length)).slice(0, 4);
  for (let i = 0; i < after.length && out.length === 0; i++) {
    for (let n = 3; n >= 1; n--) {
      const phrase = after.slice(i, i + n).join(' ');
      const unit = phrase ? index.unitOfWord(phrase) : undefined;
      if (unit) {
        add(unit, 0.8);
        break;
      }
    }
  }
  if (out.length === 0) {
    const before = words(sentence.slice(0, sentenceStart)).slice(-3);
    for (const w of before.reverse()) {
      const unit = index.unitOfWord(w);
      if (unit) {
        add(unit, 0.7);
        break;
      }
    }
  }
  return out;
}

function words(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}%$€-]+/u).filter(Boolean);
}

/** (unit, value) pairs to look up: a duration also in the other time units ("dua dekade" = 20 years). */
function lookups(units: { unit: string; fit: number }[], figure: Figure): { unit: string; fit: number; value: number; max?: number }[] {
  const out: { unit: string; fit: number; value: number; max?: number }[] = [];
  for (const u of units) {
    out.push({ ...u, value: figure.value, ...(figure.valueMax !== undefined ? { max: figure.valueMax } : {}) });
    const years = YEARS_PER_UNIT[u.unit];
    if (years === undefined) continue;
    for (const [other, y] of Object.entries(YEARS_PER_UNIT)) {
      if (other === u.unit) continue;
      const v = (figure.value * years) / y;
      if (v >= 1 && v < 1e6) {
        out.push({
          unit: other,
          fit: u.fit * 0.95,
          value: v,
          ...(figure.valueMax !== undefined ? { max: (figure.valueMax * years) / y } : {}),
        });
      }
    }
  }
  return out;
}

/** Calendar years have no unit: claims of kind `year` are found by their value. */
function yearUnits(index: DatasetIndex): string[] {
  const u = index.unitOfWord('tahun kalender');
  return u ? [u] : [];
}

function candidatesFor(index: DatasetIndex, item: FigureInContext, ctx: ContextText, pageDay: number | undefined): Candidate[] {
  const figure = item.figure;
  const byRecord = new Map<string, Candidate>();
  const consider = (c: Candidate): void => {
    const prev = byRecord.get(c.record.id);
    if (!prev || c.score > prev.score) byRecord.set(c.record.id, c);
  };
  const units = unitsOf(index, figure, item.sentence);
  const queries = lookups(units, figure);
  if (figure.kind === 'year') for (const u of yearUnits(index)) queries.push({ unit: u, fit: 1, value: figure.value });
  for (const q of queries) {
    const page = { value: q.value, max: q.max, qualifier: figure.qualifier };
    for (const hit of index.figuresByUnit(q.unit, q.value, BUCKET_FACTOR)) {
      const claimFigure = hit.figure;
      if (figure.kind === 'year' && claimFigure.kind !== 'year') continue;
      if (figure.kind !== 'year' && claimFigure.kind === 'year') continue;
      const fit = valueFit(page, { value: claimFigure.value, max: claimFigure.max, qualifier: claimFigure.qualifier });
      if (fit.relation === 'none') continue;
      const evidence = evidenceFor(featuresOf(index, hit.record), ctx);
      if (evidence.entityScore === 0 && evidence.keywordScore < 2) continue;
      if (evidence.score < (fit.relation === 'differs' ? MIN_EVIDENCE_DIFFERS : MIN_EVIDENCE)) continue;
      const dateFit = datePlausibility(pageDay, claimDay(hit.record, claimFigure));
      consider({
        record: hit.record,
        figure: claimFigure,
        fit,
        unitFit: q.fit,
        evidence,
        dateFit,
        score: scoreOf(fit.fit, q.fit, evidence.score, dateFit),
      });
    }
  }
  derivedChecks(index, item, ctx, pageDay, units, byRecord);
  const all = [...byRecord.values()];
  // A number that some claim holds as written is not a misquote of another one.
  if (all.some((c) => c.fit.relation !== 'differs')) return all.filter((c) => c.fit.relation !== 'differs' || c.expected);
  return all;
}

function scoreOf(valueFitScore: number, unitFit: number, evidence: number, dateFit: number): number {
  const context = 1 - Math.exp(-evidence / 2);
  const s = 0.4 * valueFitScore + 0.1 * unitFit + 0.35 * context + 0.15 * dateFit;
  return Math.round(s * 1000) / 1000;
}

function claimDay(record: DatasetRecord, figure: ClaimFigure): number | undefined {
  return dayOf(figure.asOf) ?? dayOf(record.claimDate);
}

/**
 * How plausible it is that a page of `pageDay` cites a claim of `claimDay`: a claim made long after the page
 * cannot be its source; an old one is less likely than a recent one. 0..1; 0.6 when either date is unknown.
 */
export function datePlausibility(pageDay: number | undefined, claimDayN: number | undefined): number {
  if (pageDay === undefined || claimDayN === undefined) return 0.6;
  const gap = pageDay - claimDayN;
  if (gap < -45) return 0;
  if (gap < -7) return 0.4;
  if (gap <= 120) return 1;
  return Math.max(0.4, 1 - (gap - 120) / 1500);
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
  units: { unit: string; fit: number }[],
  byRecord: Map<string, Candidate>,
): void {
  if (pageDay === undefined) return;
  const figure = item.figure;
  const durationUnit = units.find((u) => YEARS_PER_UNIT[u.unit] !== undefined);
  const isSince = figure.kind === 'year' && hasCueBefore(item.sentence, figure.surface, SINCE_CUES);
  if (!durationUnit && !isSince) return;
  const events = index.events().flatMap((record) => {
    if (record.type !== 'event') return [];
    const start = dayOf(record.event.start);
    if (start === undefined || start > pageDay) return [];
    const evidence = evidenceFor(featuresOf(index, record), ctx);
    if (evidence.entityScore === 0 || evidence.score < MIN_EVIDENCE) return [];
    return [{ record, start, end: dayOf(record.event.end), evidence }];
  });
  if (events.length === 0) return;

  let pageYears: number;
  let actual: (e: (typeof events)[number]) => number;
  let tolerance: (e: number) => boolean;
  if (durationUnit) {
    const per = YEARS_PER_UNIT[durationUnit.unit] ?? 1;
    pageYears = figure.value * per;
    actual = (e) => yearsBetween(e.start, Math.min(e.end ?? pageDay, pageDay));
    // The page may round to its own unit: "dua tahun" for 2.4 years, "satu dekade" for 9 years.
    tolerance = (a) => Math.abs(a - pageYears) <= Math.max(per * 0.5, 0.15 * a) || agreesWithQualifier(figure, a / per);
  } else {
    pageYears = figure.value;
    actual = (e) => yearOfDay(e.start);
    tolerance = (a) => a === pageYears;
  }
  // The page agrees with one of the events it is about: nothing to correct.
  if (events.some((e) => tolerance(actual(e)))) return;
  events.sort((a, b) => b.evidence.score - a.evidence.score || b.start - a.start);
  const best = events[0];
  if (!best) return;
  const real = actual(best);
  const expected = durationUnit ? expectedDuration(real) : { value: real, unit: 'year' };
  const eventNote: ExplainInput['event'] = {
    id: best.record.id,
    start: isoOfDay(best.start),
    pageDate: isoOfDay(pageDay),
    expected,
  };
  // A claim record that holds the page's figure and points at the event carries the verdict (seed-08 style).
  for (const c of byRecord.values()) {
    if (c.record.related.includes(best.record.id) || c.record.entities.some((e) => best.record.entities.includes(e))) {
      c.expected = expected;
      c.eventNote = eventNote;
      c.score = Math.max(c.score, scoreOf(0.9, 1, Math.max(c.evidence.score, best.evidence.score), 1));
    }
  }
  if ([...byRecord.values()].some((c) => c.expected)) return;
  const evFigure: ClaimFigure = {
    value: durationUnit ? Math.round((real / (YEARS_PER_UNIT[durationUnit.unit] ?? 1)) * 10) / 10 : real,
    unit: durationUnit ? durationUnit.unit : 'year',
    kind: durationUnit ? 'duration' : 'year',
    qualifier: 'exact',
    basis: 'official',
  };
  byRecord.set(best.record.id, {
    record: best.record,
    figure: evFigure,
    fit: { relation: 'differs', fit: 0.6 },
    unitFit: 1,
    evidence: best.evidence,
    dateFit: 1,
    score: scoreOf(0.6, 1, best.evidence.score, 1),
    expected,
    eventNote,
  });
}

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

function hasCueBefore(sentence: string, surface: string, cues: readonly string[]): boolean {
  const at = sentence.indexOf(surface);
  if (at < 0) return false;
  const before = words(sentence.slice(Math.max(0, at - 40), at)).slice(-2);
  return before.some((w) => cues.includes(w));
}

function hasCue(text: string, cues: readonly string[]): boolean {
  return cues.some((c) => text.includes(c));
}

/** The agreement rule (shared with the labelled set): differs > basis > outdated > rounded > same. */
function agreementOf(c: Candidate, ctx: ContextText): Agreement {
  if (c.expected || c.fit.relation === 'differs') return 'differs';
  if (c.figure.basis === 'capacity_equivalent' && !hasCue(ctx.sentenceLower, CAPACITY_CUES)) return 'basis';
  if (c.record.status === 'outdated') return 'outdated';
  if (c.fit.relation === 'rounded' || c.fit.relation === 'range') return 'rounded';
  return 'same';
}

function latestIdOf(index: DatasetIndex, id: string): string | undefined {
  const latest = index.latestFor(id);
  return latest && latest.id !== id ? latest.id : undefined;
}

function toMatch(index: DatasetIndex, figure: Figure, c: Candidate, ctx: ContextText, page: PageContext): Match {
  const agreement = agreementOf(c, ctx);
  const latestId = agreement === 'outdated' || c.record.status === 'outdated' ? latestIdOf(index, c.record.id) : undefined;
  const latest = latestId ? index.get(latestId) : undefined;
  const explanation = explain(index, {
    figure,
    record: c.record,
    claimFigure: c.figure,
    relation: c.fit.relation,
    agreement,
    entities: c.evidence.entities,
    words: c.evidence.words,
    ...(latest ? { latest } : {}),
    ...(c.eventNote ? { event: c.eventNote } : {}),
    lang: page.lang,
  });
  return {
    claimId: c.record.id,
    score: c.score,
    agreement,
    status: c.record.status,
    claimValue: c.figure.value,
    ...(c.figure.max !== undefined ? { claimValueMax: c.figure.max } : {}),
    unit: c.figure.unit,
    explanation,
    ...(latestId ? { latestId } : {}),
    ...(c.expected ? { expected: c.expected } : {}),
  };
}
