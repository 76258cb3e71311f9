import { describe, expect, it } from 'vitest';
import { dayOf, isoOfDay } from '../../../src/core/match/dates';

describe('isoOfDay', () => {
  it('writes days of years 1-9999 as toISOString does', () => {
    const DAY_MS = 86_400_000;
    const iso = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
    let wrong = 0;
    // Every day of 1899-2101, and every 13th of the rest (each weekday, month day and leap-year place in turn).
    for (let day = -25_567; day <= 48_213; day++) if (isoOfDay(day) !== iso(day)) wrong++;
    for (let day = -719_162; day <= 2_932_896; day += 13) if (isoOfDay(day) !== iso(day)) wrong++;
    for (const day of [-354_286, -354_285, 2_932_896, 2_932_897]) if (isoOfDay(day) !== iso(day)) wrong++;
    expect(wrong).toBe(0);
    expect(isoOfDay(0.5)).toBe(new Date(0.5 * DAY_MS).toISOString().slice(0, 10));
    expect(isoOfDay(dayOf('2024-02-27') as number)).toBe('2024-02-27');
    expect(isoOfDay(dayOf('2000-02-29') as number)).toBe('2000-02-29');
  });
});
