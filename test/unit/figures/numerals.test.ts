import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { digitRunToDecimal, scaleDecimal } from '../../../src/core/figures/numerals';

describe('digitRunToDecimal', () => {
  it.each([
    ['6.700', 'id', '6700'],
    ['1.250.000', 'id', '1250000'],
    ['1.250.000,75', 'id', '1250000.75'],
    ['1,5', 'id', '1.5'],
    ['1.5', 'id', '1.5'],
    ['1,250,000', 'id', '1250000'],
    // (Three zeros after a comma are English thousands even in Indonesian text; other decimals stay decimals.)
    ['11,000', 'id', '11000'],
    ['1,250', 'id', '1.250'],
    ['6,700', 'en', '6700'],
    ['1,250,000.5', 'en', '1250000.5'],
    ['6.7', 'en', '6.7'],
    ['2018', 'en', '2018'],
  ] as const)('%s (%s) → %s', (run, lang, want) => {
    expect(digitRunToDecimal(run, lang)).toBe(want);
  });

  it.each(['1.2.3', '192.168.1.1', '1,2.3,4'])('%s is no number', (run) => {
    expect(digitRunToDecimal(run, 'id')).toBeNull();
    expect(digitRunToDecimal(run, 'en')).toBeNull();
  });
});

describe('scaleDecimal', () => {
  it('scales without binary noise', () => {
    expect(scaleDecimal('1.5', 1e12)).toBe(1_500_000_000_000);
    expect(scaleDecimal('0.1', 1e3)).toBe(100);
    expect(scaleDecimal('2.3', 1e6)).toBe(2_300_000);
    expect(scaleDecimal('12.5', 1)).toBe(12.5);
  });

  it('gives what parsing "<mantissa>e<exp>" gives, for a power of ten', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{1,18}(?:\.\d{1,18})?$/), fc.integer({ min: 1, max: 24 }), (m, exp) => {
        expect(scaleDecimal(m, 10 ** exp)).toBe(Number(`${m}e${exp}`));
      }),
      { numRuns: 2000 },
    );
  });
});
