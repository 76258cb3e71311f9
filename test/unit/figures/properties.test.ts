import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectFigures, detectLang } from '../../../src/core/figures/detect';
import { FigureSchema } from '../../../src/core/figures/figure';
import type { Figure, Lang } from '../../../src/core/figures/figure';

/** Every invariant of the output contract, checked on one result. */
function checkContract(text: string, figures: Figure[], lang: Lang): void {
  let prevEnd = 0;
  for (const f of figures) {
    expect(FigureSchema.safeParse(f).success).toBe(true);
    expect(Number.isInteger(f.start) && Number.isInteger(f.end)).toBe(true);
    expect(f.start).toBeGreaterThanOrEqual(prevEnd);
    expect(f.end).toBeGreaterThan(f.start);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(f.surface).toBe(text.slice(f.start, f.end));
    expect(f.lang).toBe(lang);
    if (f.valueMax !== undefined) expect(f.valueMax).toBeGreaterThan(f.value);
    // A span never starts or ends in whitespace, and always holds a digit or a letter.
    expect(f.surface.trim()).toBe(f.surface);
    expect(/[\p{L}\p{N}]/u.test(f.surface)).toBe(true);
    prevEnd = f.end;
  }
}

// Text made of pieces news text is made of, so that figures actually occur and interact.
const piece = fc.oneof(
  fc.constantFrom(
    ' ', ' ', ' ', '.', ',', '-', '–', '/', '(', ')', '%', '$', 'Rp', 'US$', '€', '±', ':', '+', '@', '\n', '\u00a0',
    'lebih dari', 'sekitar', 'setidaknya', 'hingga', 'antara', 'dan', 'juta', 'ribu', 'miliar', 'triliun', 'rb', 'M', 'T',
    'persen', 'kontainer', 'orang', 'tahun', 'dekade', 'pukul', 'WIB', 'sore', 'Februari', 'Juli', 'ke', 'ke-',
    'dua', 'ketiga', 'ratusan', 'puluhan', 'beberapa', 'setengah', 'Pasal', 'No.', 'km', 'COVID', 'KN', 'www', '.com',
    'million', 'bn', 'm', 'a', 'dozen', 'half', 'more than', 'at least', 'to', 'between', 'and', 'of', 'GMT', 'July',
    'thousands', 'first', 'one', 'mm', 'kg', 'derajat', 'Celsius', 'kali', 'lainnya',
  ),
  fc.stringMatching(/^\d{1,6}$/),
  fc.stringMatching(/^\d{1,3}([.,]\d{3}){0,3}([.,]\d{1,2})?$/),
  fc.string({ maxLength: 4 }),
  fc.stringMatching(/^[a-z]{30,90}(\/[a-z]{20,40})?$/),
);
const newsLike = fc.array(piece, { maxLength: 40 }).map((xs) => xs.join(' '));
const lang = fc.constantFrom<Lang>('id', 'en');

describe('detectFigures properties', () => {
  it('never throws and keeps the output contract on news-like text', () => {
    fc.assert(
      fc.property(newsLike, lang, (text, l) => {
        checkContract(text, detectFigures(text, { lang: l }), l);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on any string, including lone surrogates and control characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), lang, (text, l) => {
        checkContract(text, detectFigures(text, { lang: l }), l);
      }),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('\ud800', '\udfff', '\u0000', '\u0007', '\u200b', '9', '٣', '١٢', '½', '²'), maxLength: 60 }), lang, (text, l) => {
        checkContract(text, detectFigures(text, { lang: l }), l);
      }),
    );
  });

  it('handles huge digit runs and long texts without blowing up', () => {
    const huge = '9'.repeat(5000);
    for (const text of [huge, `${huge}.${huge}`, `5 ${'x'.repeat(100)}`, `5 ${'x'.repeat(35)}/${'y'.repeat(40)}`, `five ${'x'.repeat(100)}s`, `Rp ${'1.000'.repeat(400)}`, '1,'.repeat(3000), `${'dua '.repeat(2000)}juta`, 'a'.repeat(10000) + '1']) {
      for (const l of ['id', 'en'] as const) checkContract(text, detectFigures(text, { lang: l }), l);
    }
    expect(detectFigures('1e400', { lang: 'en' }).every((f) => Number.isFinite(f.value))).toBe(true);
  });

  it('is deterministic and does not depend on earlier calls', () => {
    fc.assert(
      fc.property(newsLike, newsLike, lang, (a, b, l) => {
        const first = detectFigures(a, { lang: l });
        detectFigures(b, { lang: l === 'id' ? 'en' : 'id' });
        expect(detectFigures(a, { lang: l })).toEqual(first);
      }),
      { numRuns: 300 },
    );
  });

  it('finds the same figures in a text embedded after a paragraph break, shifted', () => {
    fc.assert(
      fc.property(newsLike, lang, (text, l) => {
        const prefix = 'Paragraf pembuka.\n\n';
        const alone = detectFigures(text, { lang: l });
        const shifted = detectFigures(prefix + text, { lang: l }).filter((f) => f.start >= prefix.length);
        expect(shifted.map((f) => ({ ...f, start: f.start - prefix.length, end: f.end - prefix.length }))).toEqual(alone);
      }),
      { numRuns: 500 },
    );
  });

  it('detectLang always answers id or en', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (text) => {
      expect(['id', 'en']).toContain(detectLang(text));
    }));
  });
});
