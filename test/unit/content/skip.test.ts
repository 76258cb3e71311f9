// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { skipTest } from '../../../src/content/skip';
import { COMMON_SKIP, SITE_RULES } from '../../../src/core/sites';

const SELECTORS = [...COMMON_SKIP, ...SITE_RULES.flatMap((r) => r.skip ?? [])];

const tag = fc.constantFrom('p', 'div', 'span', 'a', 'button', 'time', 'nav', 'aside', 'figure', 'script', 'cek-angka', 'li', 'blockquote', 'section');
const word = fc.constantFrom('', 'x', 'share', 'share-count', 'social', 'comments', 'post-related', 'baca-juga', 'bacajuga', 'advert', 'div-gpt-ad-1', 'true', 'false', 'baca', 'summary-article', 'read__paging', 'kompasidRec', 'kompasidrec', 'SHARE', 'paging', 'komentar', 'bn_12', 'promo', 'promotion', 'baca-juga-collections', 'x.y', 'a[b]');
/** One word, or several as a class list is written (any HTML white space between them). */
const value = fc.oneof(word, fc.tuple(word, fc.constantFrom(' ', '  ', '\t', '\n', ' \f'), word).map(([a, s, b]) => `${a}${s}${b}`));
const attr = fc.constantFrom('class', 'id', 'aria-hidden', 'hidden', 'contenteditable', 'data-x');

describe('skipTest', () => {
  it('agrees with Element.matches on the common and every site rule selector list', () => {
    const test = skipTest(SELECTORS);
    const list = SELECTORS.join(',');
    fc.assert(
      fc.property(tag, fc.array(fc.tuple(attr, value), { maxLength: 3 }), (t, attrs) => {
        const el = document.createElement(t);
        for (const [a, v] of attrs) el.setAttribute(a, v);
        expect(test(el)).toBe(el.matches(list));
      }),
      { numRuns: 2000 },
    );
  });

  it('tells class names apart by whole token, and ids by whole value', () => {
    const test = skipTest(['.promo', 'p.baca', '#paging']);
    const el = (tag: string, attrs: Record<string, string>) => {
      const e = document.createElement(tag);
      for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
      return e;
    };
    expect(test(el('div', { class: 'x promo' }))).toBe(true);
    expect(test(el('div', { class: 'promotion' }))).toBe(false);
    expect(test(el('p', { class: 'baca\tx' }))).toBe(true);
    expect(test(el('div', { class: 'baca' }))).toBe(false);
    expect(test(el('div', { id: 'paging' }))).toBe(true);
    expect(test(el('div', { id: 'paging-2' }))).toBe(false);
  });

  it('skips nothing for an invalid selector, and still tests the simple ones', () => {
    const test = skipTest(['button', '[class*="share"]', 'p..bad']);
    const p = document.createElement('p');
    expect(test(p)).toBe(false);
    p.className = 'share-bar';
    expect(test(p)).toBe(true);
    expect(test(document.createElement('button'))).toBe(true);
  });
});
