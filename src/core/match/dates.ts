/** Dates as the matcher compares them: days since 1970-01-01 (UTC), from partial or full ISO dates. */

const DAY_MS = 86_400_000;

/**
 * "2024", "2024-02", "2024-02-27" or a full ISO timestamp → day number. A year alone stands for its middle,
 * a month for its 15th. Anything else (e.g. "unknown") → undefined.
 */
export function dayOf(date: string | undefined): number | undefined {
  if (!date) return undefined;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date.trim());
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = m[2] === undefined ? 7 : Number(m[2]);
  const d = m[3] === undefined ? (m[2] === undefined ? 1 : 15) : Number(m[3]);
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
