import type { Lang } from './figure';

const DOT = 46;
const COMMA = 44;

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Whether `run` is digits grouped by thousands with `sep`, with an optional decimal part after `dec`
 * (/^\d{1,3}(?:SEP\d{3})+(?:DEC\d+)?$/), read by char codes: this runs for every number.
 */
function thousandsGrouped(run: string, sep: number, dec: number): boolean {
  const n = run.length;
  let i = 0;
  while (i < n && isDigitCode(run.charCodeAt(i))) i++;
  // ("0.023", "0,5": a leading zero starts no thousands group.)
  if (i < 1 || i > 3 || run.charCodeAt(0) === 48) return false;
  let groups = 0;
  // Indices stay inside the run (see codeAt in detect.ts).
  while (i < n && run.charCodeAt(i) === sep) {
    if (i + 3 >= n || !isDigitCode(run.charCodeAt(i + 1)) || !isDigitCode(run.charCodeAt(i + 2)) || !isDigitCode(run.charCodeAt(i + 3))) return false;
    i += 4;
    if (i < n && isDigitCode(run.charCodeAt(i))) return false;
    groups++;
  }
  if (groups === 0) return false;
  if (i === n) return true;
  if (run.charCodeAt(i) !== dec) return false;
  let j = i + 1;
  while (j < n && isDigitCode(run.charCodeAt(j))) j++;
  return j > i + 1 && j === n;
}

/** `run` without any `drop` character, and with its commas as decimal points when `commaIsPoint`. */
function plainDecimal(run: string, drop: number, commaIsPoint: boolean): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < run.length; i++) {
    const c = run.charCodeAt(i);
    if (c === drop) {
      out += run.slice(from, i);
      from = i + 1;
    } else if (c === COMMA && commaIsPoint) {
      out += `${run.slice(from, i)}.`;
      from = i + 1;
    }
  }
  return out + run.slice(from);
}

/**
 * Reading a run of digits with separators ("6.700", "1,5", "1,250,000.5") by the writing
 * convention of the language. Returns the number as a plain decimal string ("6700", "1.5"),
 * or null when the run is no number (versions, IP addresses, "1.2.3").
 */
export function digitRunToDecimal(run: string, lang: Lang): string | null {
  let dots = 0;
  let commas = 0;
  for (let i = 0; i < run.length; i++) {
    const c = run.charCodeAt(i);
    if (c === DOT) dots++;
    else if (c === COMMA) commas++;
  }
  if (dots === 0 && commas === 0) return run;
  // With a dot for thousands a grouped run has at most one comma, its decimal point.
  if (lang === 'id') {
    if (thousandsGrouped(run, DOT, COMMA)) return plainDecimal(run, DOT, true);
    // ("11,000" in an English quote: three zeros after a comma are no decimals anyone writes.)
    if (commas === 1 && dots === 0 && run.endsWith(',000') && run.length <= 7) return plainDecimal(run, COMMA, false);
    if (commas === 1 && dots === 0) return plainDecimal(run, -1, true);
    // English-style figures inside Indonesian text: "1,250,000" or "1.5 juta".
    if (commas >= 2 && thousandsGrouped(run, COMMA, DOT)) return plainDecimal(run, COMMA, false);
    // (And with its decimals after a dot, "$91,203.55" in a quoted price: Indonesian would write 91.203,55.)
    if (dots === 1 && commas >= 1 && run.lastIndexOf('.') > run.lastIndexOf(',') && thousandsGrouped(run, COMMA, DOT)) return plainDecimal(run, COMMA, false);
    if (dots === 1 && commas === 0) return run;
    return null;
  }
  if (thousandsGrouped(run, COMMA, DOT)) return plainDecimal(run, COMMA, false);
  if (dots === 1 && commas === 0) return run;
  if (dots >= 2 && thousandsGrouped(run, DOT, COMMA)) return plainDecimal(run, DOT, true);
  if (commas === 1 && dots === 0) return plainDecimal(run, -1, true);
  // Indian copy groups lakhs and crores in twos: "1,50,000", "17,26,000", "1,23,45,678".
  if (commas >= 2 && dots <= 1 && INDIAN_GROUPED.test(run)) return plainDecimal(run, COMMA, false);
  return null;
}
const INDIAN_GROUPED = /^\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?$/;

/** A string of 1 to 15 digits as its integer value (exact), else -1: skips the number parser. */
function smallInt(s: string): number {
  if (s.length === 0 || s.length > 15) return -1;
  let v = 0;
  for (let i = 0; i < s.length; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

/**
 * Which power of ten each scale is (NaN: none), as found: Math.log10 and ** cost more than the rest of
 * scaleDecimal. Scales are products of at most three scale words, so the map stays small.
 */
const POWER_OF_TEN = new Map<number, number>();
function powerOfTen(scale: number): number {
  let exp = POWER_OF_TEN.get(scale);
  if (exp === undefined) {
    const e = Math.round(Math.log10(scale));
    exp = 10 ** e === scale ? e : NaN;
    POWER_OF_TEN.set(scale, exp);
  }
  return exp;
}
/** 10^0 … 10^22, each exact (products of exact integers). */
const POW10: number[] = [1];
for (let k = 1; k <= 22; k++) POW10.push(POW10[k - 1]! * 10);

/**
 * "1.5" × 10^exp as an exact integer (15 × 10^(exp-1)), or -1 when the product is no safe integer: the value
 * parsing "<mantissa>e<exp>" gives, without the parser.
 */
function decimalTimesPow10(mantissa: string, exp: number): number {
  const dot = mantissa.indexOf('.');
  if (dot < 0) return -1;
  const frac = mantissa.length - dot - 1;
  const shift = exp - frac;
  if (frac < 1 || shift < 0 || shift > 22) return -1;
  const digits = smallInt(mantissa.slice(0, dot) + mantissa.slice(dot + 1));
  const v = digits * POW10[shift]!;
  return digits >= 0 && v <= Number.MAX_SAFE_INTEGER ? v : -1;
}

/** `mantissa` × 10^exp without binary rounding noise ("1.5", 12 → 1500000000000). */
export function scaleDecimal(mantissa: string, scale: number): number {
  const int = smallInt(mantissa);
  if (scale === 1) return int >= 0 ? int : Number(mantissa);
  const exp = powerOfTen(scale);
  if (!Number.isNaN(exp)) {
    // An exact integer product is what parsing "<mantissa>e<exp>" gives; larger ones go through the parser.
    const v = int >= 0 ? int * scale : decimalTimesPow10(mantissa, exp);
    return v >= 0 && v <= Number.MAX_SAFE_INTEGER ? v : Number(`${mantissa}e${exp}`);
  }
  return Number(mantissa) * scale;
}
