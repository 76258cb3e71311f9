import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { labelPeriod, labelSpan, periodAfter } from '../../../src/core/match/periods';

describe('periods', () => {
  it("reads a claim label's period in either language", () => {
    expect(labelPeriod('korban Rusia per hari Russian casualties per day')).toBe('day');
    expect(labelPeriod('korban Korea Utara dalam satu pekan North Korean casualties in one week')).toBe('week');
    expect(labelPeriod('batas impor minyak olahan tahunan menurut sanksi PBB')).toBe('year');
    expect(labelPeriod('total korban Korea Utara menurut Zelensky')).toBeUndefined();
    expect(labelPeriod('peluru 152 mm (setara daya tampung)')).toBeUndefined();
    // A year's total spans a year, though it is no rate to write after its number.
    expect(labelPeriod('artillery rounds fired by Russia in 2023')).toBeUndefined();
    expect(labelSpan('artillery rounds fired by Russia in 2023')).toBe('year');
    expect(labelSpan('warga sipil tewas pada 2025')).toBe('year');
    expect(labelSpan('korban Rusia per hari')).toBe('day');
    expect(labelSpan('total korban Korea Utara menurut Zelensky')).toBeUndefined();
  });

  it("reads the page's period after a figure, within its clause, and not a moment", () => {
    expect(periodAfter('an average of about 1,000 killed or wounded a day during the past year', '1,000')).toBe('day');
    expect(periodAfter('sekitar 1.000 korban setiap hari', '1.000')).toBe('day');
    expect(periodAfter('kehilangan 1.130 personel yang tewas atau terluka dalam 24 jam terakhir', '1.130')).toBe('day');
    expect(periodAfter('1,130 troops in the past 24 hours', '1,130')).toBe('day');
    // (Further on in the clause, after what is counted and where.)
    expect(periodAfter('sekitar 10.000 tentara Korut tewas atau terluka di Kursk hanya dalam sepekan terakhir.', '10.000')).toBe('week');
    expect(periodAfter('653 drones and 51 missiles at Ukraine overnight, the air force said', '51')).toBe('day');
    expect(periodAfter('810 drone dan 13 rudal ke Ukraina dalam semalam', '13')).toBe('day');
    expect(periodAfter('about 1,000 North Korean troops killed or wounded in a week, Kirby said', '1,000')).toBe('week');
    expect(periodAfter('Korut mengirim 2.000 kontainer sehari setelah KTT', '2.000')).toBeUndefined();
    expect(periodAfter('1,000 troops arrived a year ago', '1,000')).toBeUndefined();
    expect(periodAfter('naik dari 486 miliar dolar AS dalam penilaian setahun sebelumnya', '486 miliar dolar AS')).toBeUndefined();
    expect(periodAfter('3 million shells, a day later', '3 million')).toBeUndefined();
    // (A span of time, not a rate.)
    expect(periodAfter('Congress passed $60.84 billion for Kyiv after half a year of delay', '$60.84 billion')).toBeUndefined();
    expect(periodAfter('12,000 troops have fought there for more than a year', '12,000')).toBeUndefined();
    expect(periodAfter('$10bn a year in aid', '$10bn')).toBe('year');
    expect(periodAfter('no figure here', '5')).toBeUndefined();
  });

  it('never throws, and reads only a period or nothing, on any text', () => {
    const periods = new Set([undefined, 'day', 'week', 'month', 'year']);
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ maxLength: 12 }), (text, surface) => {
        expect(periods.has(labelPeriod(text))).toBe(true);
        expect(periods.has(periodAfter(text, surface))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
