/** Dates as the matcher compares them: days since 1970-01-01 (UTC), from partial or full ISO dates. */

import { dateValue } from '../figures/detect';

const DAY_MS = 86_400_000;

/**
 * "2024", "2024-02", "2024-02-27" or a full ISO timestamp → day number. A partial date stands for its first day
 * (the earliest it can mean), or with `mid` for its middle (1 July, the 15th). Anything else ("unknown") → undefined.
 */
export function dayOf(date: string | undefined, partial: 'start' | 'mid' = 'start'): number | undefined {
  if (!date) return undefined;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date.trim());
  if (!m) return undefined;
  const y = Number(m[1]);
  const mid = partial === 'mid';
  const mo = m[2] === undefined ? (mid ? 7 : 1) : Number(m[2]);
  const d = m[3] === undefined ? (mid && m[2] !== undefined ? 15 : 1) : Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  return Math.floor(Date.UTC(y, mo - 1, d) / DAY_MS);
}

/**
 * Day number → YYYY-MM-DD. Years 1000-9999 by arithmetic (Hinnant's days_from_civil inverse: a tenth of the time of
 * a Date and its ISO string), the rest as toISOString writes them.
 */
export function isoOfDay(day: number): string {
  if (Number.isInteger(day)) {
    const z = day + 719_468;
    const era = Math.floor(z / 146_097);
    const dayOfEra = z - era * 146_097;
    const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
    const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
    // (A year from March: month 0 is March.)
    const m = Math.floor((5 * dayOfYear + 2) / 153);
    const d = dayOfYear - Math.floor((153 * m + 2) / 5) + 1;
    const month = m < 10 ? m + 3 : m - 9;
    const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    if (year >= 1000 && year <= 9999) return `${year}-${month < 10 ? '0' : ''}${month}-${d < 10 ? '0' : ''}${d}`;
  }
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Years between two day numbers, as a calendar reader counts them (fractional). */
export function yearsBetween(from: number, to: number): number {
  return (to - from) / 365.2425;
}

/** Year of a day number. */
export function yearOfDay(day: number): number {
  return new Date(day * DAY_MS).getUTCFullYear();
}

/** "2024-02-26" → 20240226, a date figure's value; a partial date or anything else → undefined. */
export function dateNumberOf(date: string | undefined): number | undefined {
  const m = date ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(date) : null;
  return m ? dateValue(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}
