/** Dates as the matcher compares them: days since 1970-01-01 (UTC), from partial or full ISO dates. */

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

/** Day number → YYYY-MM-DD. */
export function isoOfDay(day: number): string {
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
