// @vitest-environment happy-dom
/**
 * Property tests for the marking code on generated DOM trees: blockText reads exactly the article text, wrapping
 * figures never throws, never changes the text, never nests marks, is idempotent, and unwrapping restores the markup.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bareText, blockText, unwrap, wrapFigure, MARK_TAG } from '../../../src/content/marks';
import { COMMON_SKIP } from '../../../src/core/sites';
import { skipTest } from '../../../src/content/skip';
import { detectFigures } from '../../../src/core/figures/detect';
import type { Figure } from '../../../src/core/figures/figure';

const SKIP = COMMON_SKIP.join(',');
const SKIP_TEST = skipTest(COMMON_SKIP);

/** Text pieces with figures in Indonesian and English news style, markup look-alikes and odd characters. */
const words = fc.constantFrom(
  'Rp 5,2 triliun', '6.700 kontainer', '3 juta', '45 persen', 'pada 2024', '10.000 tentara', ' ', 'dan ', 'sekitar ',
  '1,5 miliar', 'US$ 20 miliar', '12%', '<b>7</b>', '&lt;script&gt;9&lt;/script&gt;', 'No. 11', '08.30 WIB', '—', '\u00a0',
  'naik 2 kali', 'x', '1', '2.5', 'ribu', '', 'Kim Jong Un ', '"99"', '100.000.000',
);
const text = fc.array(words, { maxLength: 6 }).map((ws) => ws.join(''));

type Tree = { kind: 'text'; text: string } | { kind: 'comment'; text: string } | { kind: 'el'; tag: string; cls?: string; children: Tree[] };

const inlineTags = ['b', 'i', 'em', 'strong', 'a', 'span', 'sup', 'small', 'u'];
const skippedTags = ['button', 'time', 'code', 'figcaption', 'script', 'style'];

const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text.map((t): Tree => ({ kind: 'text', text: t })),
    text.map((t): Tree => ({ kind: 'comment', text: t })),
    fc.record({
      kind: fc.constant('el' as const),
      tag: fc.constantFrom(...inlineTags, ...skippedTags),
      cls: fc.option(fc.constantFrom('share-count', 'x', 'related-link', 'baca-juga'), { nil: undefined }),
      children: fc.array(tie('node'), { maxLength: 4 }),
    }),
  ),
})).node;

function build(doc: Document, parent: Element, nodes: Tree[]): void {
  for (const n of nodes) {
    if (n.kind === 'text') {
      if (n.text) parent.appendChild(doc.createTextNode(n.text));
    } else if (n.kind === 'comment') {
      parent.appendChild(doc.createComment(n.text));
    } else {
      const el = doc.createElement(n.tag);
      if (n.cls) el.className = n.cls;
      build(doc, el, n.children);
      parent.appendChild(el);
    }
  }
}

function makeBlock(nodes: Tree[]): HTMLElement {
  document.body.innerHTML = '';
  const p = document.createElement('p');
  build(document, p, nodes);
  document.body.appendChild(p);
  p.normalize();
  return p;
}

/** The article text by a plain recursive reading: text nodes not inside a skipped element. */
function expectedText(el: Element): string {
  let out = '';
  for (const n of Array.from(el.childNodes)) {
    if (n.nodeType === 3) out += (n as Text).data;
    else if (n.nodeType === 1 && ((n as Element).localName === MARK_TAG || !(n as Element).matches(SKIP))) out += expectedText(n as Element);
  }
  return out;
}

/** Figures of the block text: the detector's, plus every plain digit run (as mark.js would find them). */
function figuresOf(t: string): Figure[] {
  const out: Figure[] = detectFigures(t, { lang: 'id' });
  for (const m of t.matchAll(/\d[\d.,]*\d|\d/g)) {
    out.push({ start: m.index, end: m.index + m[0].length, surface: m[0], value: 0, kind: 'count', qualifier: 'exact', lang: 'id' });
  }
  return out;
}

function markAll(block: Element): HTMLElement[] {
  const bt = blockText(block, SKIP_TEST);
  const marks: HTMLElement[] = [];
  let i = 0;
  for (const f of figuresOf(bt.text)) {
    const m = wrapFigure(bt, f, { key: `k${i++}`, status: 'unmatched', label: f.surface });
    if (m) marks.push(m);
  }
  return marks;
}

const forest = fc.array(tree, { minLength: 1, maxLength: 5 });

describe('blockText', () => {
  it('reads every text node outside skipped elements, in order', () => {
    fc.assert(
      fc.property(forest, (nodes) => {
        const p = makeBlock(nodes);
        const bt = blockText(p, SKIP_TEST);
        expect(bt.text).toBe(expectedText(p));
        // Segments tile the text exactly.
        let at = 0;
        for (const s of bt.segments) {
          expect(s.start).toBe(at);
          at += s.node.data.length;
        }
        expect(at).toBe(bt.text.length);
      }),
      { numRuns: 300 },
    );
  });

  it('reads the same text alone (bareText) from a block without elements, and leaves the others to blockText', () => {
    const flat = fc.array(fc.oneof(text.map((t): Tree => ({ kind: 'text', text: t })), text.map((t): Tree => ({ kind: 'comment', text: t }))), { maxLength: 5 });
    fc.assert(
      fc.property(fc.oneof(forest, flat), (nodes) => {
        const p = makeBlock(nodes);
        const bare = bareText(p);
        if (p.childElementCount === 0) expect(bare).toBe(blockText(p, SKIP_TEST).text);
        else expect(bare).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });

  it('skips "Baca juga", share counters and captions inside a paragraph', () => {
    const p = makeBlock([]);
    p.innerHTML = 'Harga naik 5 persen <span class="share-count">1.024 shares</span><figcaption>Foto 2</figcaption><button>3 komentar</button> pada 2024.';
    expect(blockText(p, SKIP_TEST).text).toBe('Harga naik 5 persen  pada 2024.');
  });

  it('walks a deeply nested block without recursion', () => {
    const p = makeBlock([]);
    let inner: Element = p;
    for (let i = 0; i < 5000; i++) inner = inner.appendChild(document.createElement('span'));
    inner.textContent = 'sebanyak 6.700 kontainer';
    expect(blockText(p, SKIP_TEST).text).toBe('sebanyak 6.700 kontainer');
  });
});

describe('wrapFigure and unwrap', () => {
  it('never throws, keeps the text, never nests marks, wraps exactly the figure', () => {
    fc.assert(
      fc.property(forest, (nodes) => {
        const p = makeBlock(nodes);
        const before = p.textContent;
        const marks = markAll(p);
        expect(p.textContent).toBe(before);
        expect(p.querySelectorAll(`${MARK_TAG} ${MARK_TAG}`)).toHaveLength(0);
        for (const m of marks) {
          expect(m.isConnected).toBe(true);
          expect(m.childNodes).toHaveLength(1);
          expect(m.firstChild?.nodeType).toBe(3);
          expect(m.closest('button, time, code, figcaption, script, style, .share-count')).toBeNull();
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is idempotent: a second pass over the marked block adds nothing', () => {
    fc.assert(
      fc.property(forest, (nodes) => {
        const p = makeBlock(nodes);
        markAll(p);
        const html = p.innerHTML;
        const again = markAll(p);
        expect(again).toHaveLength(0);
        expect(p.innerHTML).toBe(html);
      }),
      { numRuns: 200 },
    );
  });

  it('unwrapping every mark restores the original markup', () => {
    fc.assert(
      fc.property(forest, (nodes) => {
        const p = makeBlock(nodes);
        const html = p.innerHTML;
        const marks = markAll(p);
        for (const m of marks.reverse()) unwrap(m);
        expect(p.querySelector(MARK_TAG)).toBeNull();
        expect(p.innerHTML).toBe(html);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses a span that crosses elements, is stale, or whose node left the page', () => {
    const p = makeBlock([]);
    p.innerHTML = 'naik <b>6.</b>700 kontainer';
    const bt = blockText(p, SKIP_TEST);
    const cross: Figure = { start: 5, end: 10, surface: '6.700', value: 6700, kind: 'count', qualifier: 'exact', lang: 'id' };
    expect(wrapFigure(bt, cross, { key: 'a', status: 'unmatched', label: '' })).toBeNull();
    // The page changed the text after it was read: the surface no longer matches.
    const q = makeBlock([{ kind: 'text', text: 'sebanyak 6.700 kontainer' }]);
    const bt2 = blockText(q, SKIP_TEST);
    (q.firstChild as Text).data = 'sebanyak 9.100 kontainer';
    const fig: Figure = { start: 9, end: 14, surface: '6.700', value: 6700, kind: 'count', qualifier: 'exact', lang: 'id' };
    expect(wrapFigure(bt2, fig, { key: 'b', status: 'unmatched', label: '' })).toBeNull();
    // The node was removed.
    const r = makeBlock([{ kind: 'text', text: 'sebanyak 6.700 kontainer' }]);
    const bt3 = blockText(r, SKIP_TEST);
    r.firstChild!.remove();
    expect(wrapFigure(bt3, fig, { key: 'c', status: 'unmatched', label: '' })).toBeNull();
    expect(q.textContent).toBe('sebanyak 9.100 kontainer');
  });

  it('markup look-alikes stay text: a mark holds the page text node, never parsed HTML', () => {
    const p = makeBlock([{ kind: 'text', text: '<img src=x onerror=alert(1)> 45 persen <script>7</script>' }]);
    const marks = markAll(p);
    expect(marks.map((m) => m.textContent)).toContain('45 persen');
    expect(p.querySelector('img, script')).toBeNull();
    expect(p.textContent).toBe('<img src=x onerror=alert(1)> 45 persen <script>7</script>');
  });
});
