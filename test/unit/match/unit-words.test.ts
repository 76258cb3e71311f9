import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { withoutPlural } from '../../../src/core/match/match';

describe('withoutPlural', () => {
  it('drops "-ies", else "-es", else "-s"', () => {
    expect(withoutPlural('batteries')).toBe('batter');
    expect(withoutPlural('boxes')).toBe('box');
    expect(withoutPlural('containers')).toBe('container');
    expect(withoutPlural('kontainer')).toBe('kontainer');
    expect(withoutPlural('s')).toBe('');
  });

  it('is the regex it replaces', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z-]{0,8}$/), fc.constantFrom('', 's', 'es', 'ies', 'ss'), (w, end) => {
        expect(withoutPlural(w + end)).toBe((w + end).replace(/(ies|es|s)$/u, ''));
      }),
    );
  });
});
