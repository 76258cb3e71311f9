import type { Qualifier } from '../figures/figure';

/** How a page's number relates to a claim's number, before context is considered. */
export type ValueRelation = 'exact' | 'within' | 'rounded' | 'range' | 'differs' | 'none';

export interface ValueFit {
  relation: ValueRelation;
  /** 0..1: how well the value supports the match. */
  fit: number;
}

export interface Quantity {
  value: number;
  max?: number | undefined;
  qualifier: Qualifier;
  /** roundingStep(value), when the caller keeps it (it costs more than the rest of a fit test). */
  step?: number | undefined;
}

/** The rounding step the writer used: 6700 → 100, 3e6 → 1e6, 12.5 → 0.1. Trailing zeros count as rounding. */
export function roundingStep(value: number): number {
  const v = Math.abs(value);
  if (v === 0 || !Number.isFinite(v)) return 1;
  if (Number.isInteger(v) && v < 1e15) {
    let step = 1;
    for (let x = v; x >= 10 && x % 10 === 0; x /= 10) step *= 10;
    return step;
  }
  // The fewest significant digits (up to 15) that give back v: those of its shortest decimal form, which String writes.
  const digits = Math.min(15, significantDigits(String(v)));
  return 10 ** (Math.floor(Math.log10(v)) - digits + 1);
}

/** Significant digits of a positive number as String writes it ("730.485" → 6, "1.5e-7" → 2, "1000" → 1). */
export function significantDigits(written: string): number {
  const e = written.indexOf('e');
  const mantissa = e < 0 ? written : written.slice(0, e);
  let first = 0;
  let last = mantissa.length - 1;
  while (first <= last && (mantissa[first] === '0' || mantissa[first] === '.')) first++;
  while (last >= first && (mantissa[last] === '0' || mantissa[last] === '.')) last--;
  if (first > last) return 1;
  const dot = mantissa.indexOf('.');
  return last - first + 1 - (dot > first && dot < last ? 1 : 0);
}

/** `value` written to the precision `step`. */
function roundTo(value: number, step: number): number {
  return Math.round(value / step) * step;
}

const near = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** The fixed outcomes, shared (frozen): valueFit runs for every candidate figure. */
const NONE: ValueFit = Object.freeze({ relation: 'none', fit: 0 });
export const EXACT: ValueFit = Object.freeze({ relation: 'exact', fit: 1 });
const EXACT_CLASH: ValueFit = Object.freeze({ relation: 'exact', fit: 0.8 });
const WITHIN: ValueFit = Object.freeze({ relation: 'within', fit: 0.85 });
const DIFFERS: ValueFit = Object.freeze({ relation: 'differs', fit: 0.3 });
/** A range with one end ten times the source's: a misquote of that range, checked like one (match.ts). */
export const RANGE_SLIP: ValueFit = Object.freeze({ relation: 'differs', fit: 0.5 });
const RANGE: readonly ValueFit[] = [0.85, 0.6, 0.4].map((fit) => Object.freeze({ relation: 'range', fit }));

/** Largest share a writer may round away from the source ("hampir 7.000" for 6,700; "7 ribu" for 6,700). */
const ROUNDING_SHARE = 0.1;
/** Beyond this ratio two numbers are about different things, not a misquote. */
const DIFFERS_RATIO = 2;

/**
 * Does the page's number fit the claim's? `exact` when the values (or ranges) agree, `within` when a more precise
 * page number lies inside an approximate source's rounding ("6.712" for "about 6,700"), `rounded` when the page
 * writes the source to fewer significant digits or bounds it by its qualifier ("hampir 7.000" for 6,700,
 * "lebih dari 3 juta" for 3,000,000+), `range` when a vague page range ("jutaan", "3-5 juta") contains it,
 * `differs` when it is the same order of magnitude but contradicts it, else `none`.
 */
export function valueFit(page: Quantity, claim: Quantity): ValueFit {
  const p = page.value;
  const c = claim.value;
  if (!Number.isFinite(p) || !Number.isFinite(c)) return NONE;
  const cMax = claim.max ?? c;
  const pMax = page.max ?? p;
  // Same number, or a page point inside the claim's own range.
  if (page.max === undefined) {
    if (near(p, c) || (claim.max !== undefined && p >= c && p <= cMax)) {
      return qualifierClash(page.qualifier, claim.qualifier) ? EXACT_CLASH : EXACT;
    }
  } else if (near(p, c) && near(pMax, cMax)) {
    return EXACT;
  }
  // Two ranges that mostly agree say the same ("hundreds", 200-999, for "ratusan", 100-999).
  if (page.max !== undefined && claim.max !== undefined && mostlyOverlap(p, pMax, c, cMax)) return EXACT;
  if (page.max !== undefined && claim.max !== undefined && endSlip(p, pMax, c, cMax)) return RANGE_SLIP;
  // A page range around the claim's number.
  if (page.max !== undefined && c >= p && cMax <= pMax) {
    const width = pMax / Math.max(p, 1e-9);
    return RANGE[width <= 1.7 ? 0 : width <= 3.5 ? 1 : 2] as ValueFit;
  }
  const point = page.max === undefined ? p : (p + pMax) / 2;
  const target = claim.max === undefined ? c : (c + cMax) / 2;
  if (target === 0) return NONE;
  const share = Math.abs(point - target) / Math.abs(target);
  if (page.max === undefined && share <= ROUNDING_SHARE && boundedAsWritten(page.qualifier, p, c, cMax)) {
    const step = page.step ?? roundingStep(p);
    const claimStep = claim.step ?? roundingStep(c);
    // The page keeps fewer digits than the source and agrees at its own precision.
    if (step > claimStep && (near(roundTo(c, step), p) || near(roundTo(cMax, step), p) || share <= ROUNDING_SHARE / 2)) {
      return { relation: 'rounded', fit: 0.9 - share };
    }
    // The page bounds the source: "hampir 7.000" (nearly) for 6,700, "lebih dari 6.000" for 6,700. (Not "sekitar 58"
    // for an exact 60: a page more precise than its source is not rounding it; nor "hingga 352.000" for "up to
    // 325,000": a bound restating the source's own bound must give its number.)
    // A bound restating the source's own bound rounds it only by cutting its digits off ("lebih dari 12.000" for "at
    // least 12,654").
    const finer = page.qualifier === 'approx' && (claim.qualifier === 'exact' ? step < claimStep : step <= claimStep);
    if (page.qualifier !== 'exact' && !finer && (!sameBound(page.qualifier, claim.qualifier) || cutsTo(page.qualifier, p, c, step))) {
      return { relation: 'rounded', fit: 0.8 - share };
    }
  }
  // A more precise page number inside the source's own rounding ("6.712" for "about 6,700").
  // Farther than a rounding's share, it is neither: "about 1 million" makes 1.2 million or 1,130 neither its own
  // nor a contradiction.
  // (Within two digits of it: "919,820" is a count of its own, no reading of "about 900,000".)
  if (page.max === undefined && claim.qualifier === 'approx' && Math.abs(p - c) <= (claim.step ?? roundingStep(c)) / 2) {
    return share <= ROUNDING_SHARE && (claim.step ?? roundingStep(c)) <= MAX_FINER * (page.step ?? roundingStep(p)) ? WITHIN : NONE;
  }
  // A bound that the source's number keeps ("sedikitnya 40" against 73, "hingga 400.000" for "up to 325,000")
  // neither contradicts nor quotes it; the source's own bound restated with its digits slipped does ("hingga 352.000").
  if (
    page.max === undefined && page.qualifier !== 'exact' && page.qualifier !== 'approx' && boundedAsWritten(page.qualifier, p, c, cMax) &&
    !(sameBound(page.qualifier, claim.qualifier) && digitSlip(p, c, page.step))
  ) {
    return NONE;
  }
  const ratio = Math.max(point, target) / Math.max(Math.min(point, target), 1e-9);
  if (point > 0 && target > 0 && ratio <= DIFFERS_RATIO) return DIFFERS;
  return NONE;
}

/** How much finer than the source's rounding a page number inside it may be: two more digits ("6.712" for "about 6,700"). */
const MAX_FINER = 100;

/** Whether two ranges share at least 80% of the span they cover together. */
function mostlyOverlap(a: number, aMax: number, b: number, bMax: number): boolean {
  const shared = Math.min(aMax, bMax) - Math.max(a, b);
  // (Of both: "1.7 to 55 billion" holds all of "1.7 to 5.5 billion" but says something else.)
  return shared > 0 && shared >= 0.8 * (Math.max(aMax, bMax) - Math.min(a, b));
}

/** One end of two ranges the same, the other ten times apart: a slipped digit ("$1.7 billion and $55 billion"). */
function endSlip(p: number, pMax: number, c: number, cMax: number): boolean {
  const tenfold = (x: number, y: number) => near(x, y * 10) || near(x * 10, y);
  return (near(p, c) && tenfold(pMax, cMax)) || (near(pMax, cMax) && tenfold(p, c));
}

/**
 * The claim values a page's point number can fit better than "differs": point claims outside `lo..hi` do not, unless
 * `reach` and the claim is approximate and within half its own rounding step of `value` (`within`).
 */
export interface FitWindow {
  value: number;
  lo: number;
  hi: number;
  reach: boolean;
}

/**
 * The FitWindow of a page's point number, a little wider than what valueFit accepts, never narrower: within 10%,
 * and for a number without a qualifier within 5% or within half its own rounding step (it keeps fewer digits than
 * the source and agrees at its precision). `exactOnly` (dates, years): the same number. Undefined for a range.
 */
export function fitWindow(page: Quantity, exactOnly: boolean): FitWindow | undefined {
  const p = page.value;
  // (Below 1e-6 the absolute tolerance of `near` would be wider than these shares.)
  if (page.max !== undefined || !(p >= 1e-6)) return undefined;
  if (exactOnly) {
    const tolerance = 1e-8 * Math.max(1, p);
    return { value: p, lo: p - tolerance, hi: p + tolerance, reach: false };
  }
  if (page.qualifier !== 'exact') return { value: p, lo: p / 1.11, hi: p / 0.89, reach: true };
  const half = (page.step ?? roundingStep(p)) * 0.51;
  return { value: p, lo: Math.max(p / 1.11, Math.min(p - half, p / 1.051)), hi: Math.min(p / 0.89, Math.max(p + half, p / 0.949)), reach: true };
}

/** The page's qualifier does not rule the source value out: "lebih dari 7.000" cannot mean 6,700. */
function boundedAsWritten(q: Qualifier, p: number, c: number, cMax: number): boolean {
  switch (q) {
    case 'more_than':
      return cMax > p * 0.999;
    case 'at_least':
      return cMax >= p * 0.999;
    case 'less_than':
    case 'at_most':
      return c <= p * 1.001;
    default:
      return true;
  }
}

/** Qualifiers that say opposite things about the same number ("kurang dari 3 juta" vs "more than 3 million"). */
function qualifierClash(page: Qualifier, claim: Qualifier): boolean {
  return (up(page) && down(claim)) || (down(page) && up(claim));
}

/** Both bound the number from the same side ("hingga" and "up to", "lebih dari" and "at least"). */
function sameBound(page: Qualifier, claim: Qualifier): boolean {
  return (up(page) && up(claim)) || (down(page) && down(claim));
}

/** The source's number with the digits below the page's step cut off, toward the page's bound, is the page's number. */
function cutsTo(q: Qualifier, p: number, c: number, step: number): boolean {
  if (up(q)) return c > p && near(Math.floor(c / step) * step, p);
  return down(q) && c < p && near(Math.ceil(c / step) * step, p);
}

const up = (q: Qualifier): boolean => q === 'more_than' || q === 'at_least';
const down = (q: Qualifier): boolean => q === 'less_than' || q === 'at_most';

/** Significant digits without leading or trailing zeros: 6700 → "67", 0.05 → "5". */
function mantissa(v: number): string {
  return String(Math.round(Math.abs(v) * 1e6) / 1e6)
    .replace('.', '')
    .replace(/^0+/, '')
    .replace(/0+$/, '');
}

/**
 * A typical misquote of `claim` as `page`: zeros added or dropped (67.000 for 6.700, "30 juta" for 3 million, "69
 * juta" for 6,906,500), one digit changed (910 for 810) or two neighbouring digits swapped (9,6 juta for 6,9 juta).
 * With `rough` (the page gives its number as approximate) one digit changed is no slip: "sekitar 15 ribu" against
 * 12,654 is another count, not a typo of 13 thousand.
 */
export function digitSlip(page: number, claim: number, pageStep?: number, rough = false): boolean {
  if (!(page > 0) || !(claim > 0) || page === claim) return false;
  const ratio = page / claim;
  const k = Math.round(Math.log10(ratio));
  if (k !== 0 && mantissa(page) === mantissa(claim)) return Math.abs(ratio / 10 ** k - 1) < 1e-9;
  // Compared at the page's precision: "9,6 juta" against 6,906,500 is 96 against 69.
  const step = pageStep ?? roundingStep(page);
  // ("69 juta" for 6,906,500: the claim as the page would round it, "6,9 juta", off by the power of ten. Two digits at
  // least: "20 juta" is a round number, not a slip of 1,960,000.)
  if (k !== 0) return mantissa(page).length >= 2 && Math.round((claim * 10 ** k) / step) === Math.round(page / step);
  const a = String(Math.round(page / step));
  const b = String(Math.round(claim / step));
  // One significant digit ("20.000") is a round number, not a slip of another; nor is a digit the source never
  // wrote ("1.2 million" against "1 million": the source's 10 is a rounding, its 0 no digit to slip).
  if (a.length !== b.length || a.length < 2 || significantDigits(String(claim)) < a.length) return false;
  const diff: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff.push(i);
  // One digit changed (910 for 810); a leading digit far off ("96" for 56: ×1.7) is a different number.
  if (diff.length === 1) return !rough && ratio >= 0.8 && ratio <= 1.25;
  const [i, j] = diff;
  return diff.length === 2 && i !== undefined && j === i + 1 && a[i] === b[j] && a[j] === b[i];
}
