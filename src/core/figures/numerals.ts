import type { Lang } from './figure';

const THOUSANDS_DOT = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
const THOUSANDS_COMMA = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

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
    if (c === 46) dots++;
    else if (c === 44) commas++;
  }
  if (dots === 0 && commas === 0) return run;
  if (lang === 'id') {
    if (THOUSANDS_DOT.test(run)) return run.replace(/\./g, '').replace(',', '.');
    if (commas === 1 && dots === 0) return run.replace(',', '.');
    // English-style figures inside Indonesian text: "1,250,000" or "1.5 juta".
    if (commas >= 2 && THOUSANDS_COMMA.test(run)) return run.replace(/,/g, '');
    if (dots === 1 && commas === 0) return run;
    return null;
  }
  if (THOUSANDS_COMMA.test(run)) return run.replace(/,/g, '');
  if (dots === 1 && commas === 0) return run;
  if (dots >= 2 && THOUSANDS_DOT.test(run)) return run.replace(/\./g, '').replace(',', '.');
  if (commas === 1 && dots === 0) return run.replace(',', '.');
  return null;
}

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

/** `mantissa` × 10^exp without binary rounding noise ("1.5", 12 → 1500000000000). */
export function scaleDecimal(mantissa: string, scale: number): number {
  const int = smallInt(mantissa);
  if (scale === 1) return int >= 0 ? int : Number(mantissa);
  const exp = Math.round(Math.log10(scale));
  if (10 ** exp === scale) {
    // An exact integer product is what parsing "<mantissa>e<exp>" gives; larger ones go through the parser.
    const v = int * scale;
    return int >= 0 && v <= Number.MAX_SAFE_INTEGER ? v : Number(`${mantissa}e${exp}`);
  }
  return Number(mantissa) * scale;
}
