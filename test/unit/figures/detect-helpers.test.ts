import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { verbOrAdverbEnding } from '../../../src/core/figures/detect';

describe('verbOrAdverbEnding', () => {
  it('finds -ed, -ing and -ly', () => {
    for (const w of ['injured', 'bed', 'missing', 'ing', 'nearly', 'ly']) expect(verbOrAdverbEnding(w)).toBe(true);
    for (const w of ['containers', 'missiles', 'd', 'g', 'y', 'day', 'big', 'edition', '']) expect(verbOrAdverbEnding(w)).toBe(false);
  });
  it('agrees with /(?:ed|ing|ly)$/ on any word', () => {
    const word = fc.string({ unit: fc.constantFrom('e', 'd', 'i', 'n', 'g', 'l', 'y', 'a', 's'), maxLength: 8 });
    fc.assert(fc.property(word, (w) => verbOrAdverbEnding(w) === /(?:ed|ing|ly)$/.test(w)));
  });
});
