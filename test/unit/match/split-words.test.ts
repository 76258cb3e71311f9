import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitsLikeWords, WORD } from '../../../src/core/claims/compiled';
import { splitWords, stem } from '../../../src/core/match/evidence';

describe('splitWords', () => {
  const expectSplit = (text: string) => {
    const words = splitWords(text);
    const raw = text.match(WORD) ?? [];
    const want = { raw, lower: raw.map((w) => w.toLowerCase()), alike: splitsLikeWords(text) };
    // (Compared as JSON first: expect's deep equality for 130,000 texts takes seconds.)
    if (JSON.stringify(words) !== JSON.stringify(want)) expect(words).toEqual(want);
  };

  it('splits as WORD does and tells splitsLikeWords in the same pass, for every UTF-16 unit', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      expectSplit(`Korea Utara${ch}Rusia AS${ch}x ${ch}PBB`);
      expectSplit(ch);
    }
  });

  it('is the regex split on random text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => expectSplit(text)), { numRuns: 2000 });
  });
});

describe('stem', () => {
  it('makes one word of an English verb and its noun, and keeps short words whole', () => {
    expect(new Set(['allocated', 'allocating', 'allocations', 'allocation'].map(stem)).size).toBe(1);
    expect(stem('signed')).toBe(stem('signing'));
    expect(stem('supplied')).toBe(stem('supply'));
    expect(stem('shells')).toBe('shell');
    expect(stem('red')).toBe('red');
    expect(stem('kontainernya')).toBe('kontainer');
  });
});
