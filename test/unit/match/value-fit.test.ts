import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { digitSlip, fitWindow, roundingStep, significantDigits, valueFit } from '../../../src/core/match/value-fit';

const q = (value: number, qualifier: 'exact' | 'approx' | 'more_than' | 'less_than' | 'at_least' | 'at_most' = 'exact', max?: number) => ({
  value,
  qualifier,
  ...(max !== undefined ? { max } : {}),
});

describe('roundingStep', () => {
  it('reads the precision a writer used', () => {
    expect(roundingStep(6700)).toBe(100);
    expect(roundingStep(3_000_000)).toBe(1_000_000);
    expect(roundingStep(12.5)).toBeCloseTo(0.1);
    expect(roundingStep(10582)).toBe(1);
    expect(roundingStep(0)).toBe(1);
  });
});

describe('valueFit', () => {
  it('same number is exact', () => {
    expect(valueFit(q(6700), q(6700, 'approx')).relation).toBe('exact');
    expect(valueFit(q(3e6), q(3e6, 'more_than')).relation).toBe('exact');
  });

  it('a page that rounds or bounds the source fits as rounded', () => {
    expect(valueFit(q(7000, 'approx'), q(6700, 'approx')).relation).toBe('rounded');
    expect(valueFit(q(7000), q(6700, 'approx')).relation).toBe('rounded');
    expect(valueFit(q(5_000_000, 'approx'), q(4_800_000, 'at_most')).relation).toBe('rounded');
    expect(valueFit(q(950_000), q(991_820)).relation).toBe('rounded');
  });

  it('a qualifier that excludes the source value is not a rounding', () => {
    // "lebih dari 7.000" cannot stand for 6,700.
    expect(valueFit(q(7000, 'more_than'), q(6700, 'approx')).relation).toBe('differs');
  });

  it('a page range containing the claim fits as range', () => {
    const fit = valueFit(q(3e6, 'exact', 5e6), q(4.8e6, 'at_most'));
    expect(fit.relation).toBe('range');
    expect(fit.fit).toBeGreaterThan(0.5);
  });

  it("a page number within an approximate source's rounding fits within a rounding's share of it, and beyond that is neither a fit nor a contradiction", () => {
    expect(valueFit(q(6712), q(6700, 'approx')).relation).toBe('within');
    expect(valueFit(q(1130), q(1000, 'approx')).relation).toBe('none');
    expect(valueFit(q(1_200_000), q(1_000_000, 'approx')).relation).toBe('none');
    expect(valueFit(q(1_600_000), q(1_000_000, 'approx')).relation).toBe('differs');
    // (Up to two digits finer: "919,820" is a count of its own, not within "about 900,000".)
    expect(valueFit(q(919_820), q(900_000, 'approx')).relation).toBe('none');
    expect(valueFit(q(912_000), q(900_000, 'approx')).relation).toBe('within');
  });

  it('an approximate page number as precise as its source, or more, is not a rounding of it', () => {
    expect(valueFit(q(58, 'approx'), q(60)).relation).toBe('differs');
    expect(valueFit(q(6500, 'approx'), q(6700)).relation).toBe('rounded');
    // Against an approximate source: inside its rounding it is within it; at its own precision it is another estimate.
    expect(valueFit(q(58, 'approx'), q(60, 'approx')).relation).toBe('within');
    expect(valueFit(q(6_900_000, 'approx'), q(6_500_000, 'approx')).relation).toBe('differs');
  });

  it('a bound the source keeps neither contradicts nor quotes it; a bound it breaks differs', () => {
    expect(valueFit(q(40, 'at_least'), q(73)).relation).toBe('none');
    expect(valueFit(q(5000, 'more_than'), q(6700, 'approx')).relation).toBe('none');
    expect(valueFit(q(9000, 'less_than'), q(6700)).relation).toBe('none');
    expect(valueFit(q(40, 'approx'), q(73)).relation).toBe('differs');
    expect(valueFit(q(100, 'at_least'), q(73)).relation).toBe('differs');
    expect(valueFit(q(5000, 'at_most'), q(6700)).relation).toBe('differs');
    // The source's own bound: restated with its digits swapped it differs, loosened it is no quote, rounded it fits.
    expect(valueFit(q(352_000, 'at_most'), q(325_000, 'at_most')).relation).toBe('differs');
    expect(valueFit(q(400_000, 'at_most'), q(325_000, 'at_most')).relation).toBe('none');
    expect(valueFit(q(330_000, 'at_most'), q(325_000, 'at_most')).relation).toBe('rounded');
    expect(valueFit(q(7000, 'more_than'), q(6700, 'more_than')).relation).toBe('differs');
    // Cut to fewer digits toward its bound, it fits: "lebih dari 12.000" for "at least 12,654" (not a slip of 13,000).
    expect(valueFit(q(12_000, 'more_than'), q(12_654, 'at_least')).relation).toBe('rounded');
    expect(valueFit(q(13_000, 'less_than'), q(12_654, 'at_most')).relation).toBe('rounded');
    expect(valueFit(q(13_000, 'more_than'), q(12_654, 'at_least')).relation).toBe('differs');
  });

  it('same order of magnitude but contradicting is differs; far apart is none', () => {
    expect(valueFit(q(8500), q(6700, 'approx')).relation).toBe('differs');
    expect(valueFit(q(67_000), q(6700, 'approx')).relation).toBe('none');
    expect(valueFit(q(67), q(6700, 'approx')).relation).toBe('none');
  });

  it('a more precise page number inside an approximate source fits, less well than the same number', () => {
    const fit = valueFit(q(6712), q(6700, 'approx'));
    expect(fit.relation).toBe('within');
    expect(fit.fit).toBeLessThan(valueFit(q(6700), q(6700, 'approx')).fit);
    expect(valueFit(q(6712), q(6700, 'exact')).relation).toBe('differs');
  });
});

describe('digitSlip', () => {
  it('finds zeros added or dropped, one digit changed and neighbours swapped', () => {
    expect(digitSlip(67_000, 6700)).toBe(true);
    expect(digitSlip(30e6, 3e6)).toBe(true);
    expect(digitSlip(500, 50)).toBe(true);
    expect(digitSlip(910, 810)).toBe(true);
    expect(digitSlip(9.6e6, 6.9e6)).toBe(true);
  });

  it('a number the page gives as rough slips by a power of ten or swapped digits, not by one digit changed', () => {
    expect(digitSlip(50_000, 5000, undefined, true)).toBe(true);
    expect(digitSlip(7600, 6700, undefined, true)).toBe(true);
    // "sekitar 15 ribu" against 12,654: another count, not a typo of 13 thousand.
    expect(digitSlip(15_000, 12_654, 1000, true)).toBe(false);
    expect(digitSlip(15_000, 12_654, 1000)).toBe(true);
  });

  it('does not call different numbers slips', () => {
    expect(digitSlip(6700, 6700)).toBe(false);
    expect(digitSlip(8500, 6700)).toBe(false);
    expect(digitSlip(20_000, 6700)).toBe(false);
    expect(digitSlip(67_500, 6700)).toBe(false);
    // A digit the source never wrote cannot slip: "1.2 million" against "1 million".
    expect(digitSlip(1_200_000, 1_000_000)).toBe(false);
    expect(digitSlip(9_600_000, 6_906_500)).toBe(true);
  });
});

describe('digitSlip at the page precision', () => {
  it('reads "9,6 juta" against 6,906,500 as a swap, but not against 5,640,475', () => {
    expect(digitSlip(9.6e6, 6_906_500)).toBe(true);
    expect(digitSlip(9.6e6, 5_640_475)).toBe(false);
  });
  it('reads "69 juta" against 6,906,500 as a power of ten off the rounded "6,9 juta", not "20 juta" against 1,960,000', () => {
    expect(digitSlip(69e6, 6_906_500)).toBe(true);
    expect(digitSlip(690_000, 6_906_500)).toBe(true);
    expect(digitSlip(20e6, 1_960_000)).toBe(false);
    expect(digitSlip(68e6, 6_906_500)).toBe(false);
  });
});

describe('fitWindow', () => {
  const qualifiers = ['exact', 'approx', 'more_than', 'less_than', 'at_least', 'at_most'] as const;
  // Values as pages and datasets write them: a few significant digits at any scale, and their float artefacts.
  const value = fc
    .tuple(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: -4, max: 9 }), fc.boolean())
    .map(([m, e, artefact]) => (artefact ? (m * 10 ** e) / 3 * 3 : m * 10 ** e));
  const quantity = fc.tuple(value, fc.constantFrom(...qualifiers));

  it('leaves out only claim numbers that fit no better than "differs"', () => {
    fc.assert(
      fc.property(quantity, quantity, fc.double({ min: 0.8, max: 1.25, noNaN: true }), ([p, pq], [c0, cq], ratio) => {
        // Claims near the page's number, where the window decides.
        const c = Number((p * ratio).toPrecision(3)) || c0;
        const w = fitWindow(q(p, pq), false)!;
        const left = (c < w.lo || c > w.hi) && !(w.reach && cq === 'approx' && Math.abs(p - c) <= roundingStep(c) / 2);
        if (left) expect(['none', 'differs']).toContain(valueFit(q(p, pq), q(c, cq)).relation);
      }),
      { numRuns: 20_000 },
    );
  });

  it('keeps only the same number for a date or a year', () => {
    const w = fitWindow(q(20220224), true)!;
    expect(w.lo <= 20220224 && w.hi >= 20220224).toBe(true);
    expect(w.lo > 20220223 && w.hi < 20220225).toBe(true);
    expect(w.reach).toBe(false);
  });

  it('has no window for a range or a number too small to bound', () => {
    expect(fitWindow(q(3e6, 'approx', 5e6), false)).toBeUndefined();
    expect(fitWindow(q(0), false)).toBeUndefined();
  });
});

describe('roundingStep of numbers with decimals', () => {
  /** The definition it implements: the fewest significant digits (up to 15) that give the number back. */
  function byPrecision(value: number): number {
    const v = Math.abs(value);
    let digits = 1;
    while (digits < 15 && Number(v.toPrecision(digits)) !== v) digits++;
    return 10 ** (Math.floor(Math.log10(v)) - digits + 1);
  }

  it('counts the digits String writes', () => {
    expect(significantDigits('730.485')).toBe(6);
    expect(significantDigits('0.0012')).toBe(2);
    expect(significantDigits('1.5e-7')).toBe(2);
    expect(significantDigits('1000000000000000')).toBe(1);
    expect(significantDigits('1.0000000000000002')).toBe(17);
  });

  it('is the precision loop it replaces', () => {
    for (const v of [0.1, 0.2 + 0.1, 730.485, 2 / 3, 1e15 + 0.5, 1.5e-7, 12.5, 6.9, 1e21, 123456789.123, 5e-324]) {
      expect(roundingStep(v)).toBe(byPrecision(v));
    }
    // Powers of two, where a number's neighbours below are nearer than those above.
    for (let k = -80; k <= 100; k++) expect(roundingStep(2 ** k)).toBe(byPrecision(2 ** k));
    fc.assert(
      fc.property(fc.double({ min: 1e-12, max: 1e22, noNaN: true }), (v) => {
        if (Number.isInteger(v) && v < 1e15) return;
        expect(roundingStep(v)).toBe(byPrecision(v));
      }),
      { numRuns: 20000 },
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e7 }), fc.integer({ min: 0, max: 8 }), (n, places) => {
        const v = n / 10 ** places;
        if (Number.isInteger(v)) return;
        expect(roundingStep(v)).toBe(byPrecision(v));
      }),
      { numRuns: 20000 },
    );
  });
});

describe('valueFit of two vague ranges', () => {
  it('"hundreds" (200-999) says the same as "ratusan" (100-999); ranges that barely touch do not', () => {
    expect(valueFit(q(200, 'approx', 999), q(100, 'approx', 999)).relation).toBe('exact');
    expect(valueFit(q(100, 'approx', 999), q(200, 'approx', 999)).relation).toBe('exact');
    expect(valueFit(q(1000, 'approx', 9999), q(100, 'approx', 999)).relation).not.toBe('exact');
    expect(valueFit(q(500, 'approx', 1500), q(100, 'approx', 999)).relation).not.toBe('exact');
  });
});
