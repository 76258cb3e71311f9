// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { skipTest } from '../../../src/content/skip';
import { COMMON_SKIP, SITE_RULES } from '../../../src/core/sites';

const SELECTORS = [...COMMON_SKIP, ...SITE_RULES.flatMap((r) => r.skip ?? [])];

const tag = fc.constantFrom('p', 'div', 'span', 'a', 'button', 'time', 'nav', 'aside', 'figure', 'script', 'cek-angka', 'li', 'blockquote', 'section');
const value = fc.constantFrom('', 'x', 'share', 'share-count', 'social', 'comments', 'post-related', 'baca-juga', 'bacajuga', 'advert', 'div-gpt-ad-1', 'true', 'false', 'baca', 'summary-article', 'read__paging', 'kompasidRec', 'SHARE');
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

  it('skips nothing for an invalid selector, and still tests the simple ones', () => {
    const test = skipTest(['button', '[class*="share"]', 'p..bad']);
    const p = document.createElement('p');
    expect(test(p)).toBe(false);
    p.className = 'share-bar';
    expect(test(p)).toBe(true);
    expect(test(document.createElement('button'))).toBe(true);
  });
});
