// @vitest-environment happy-dom
/**
 * The article finder on each main Indonesian outlet's markup (site-structure.md) and on the generic fallback:
 * the body's paragraphs are found, navigation, "Baca juga" blocks, ads, captions, share and comment counts are not.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { articleBlocks, articleScope } from '../../../src/content/article';
import { blockText } from '../../../src/content/marks';

const FURNITURE = `<header><nav><a href="/">Home</a> <span>2.048 dibagikan</span></nav></header>`;
const FOOTER = `<footer>© 2024, telp 021-5350 3000</footer><div class="comment-count">12 komentar</div>`;

function texts(html: string, host: string): string[] {
  const doc = new DOMParser().parseFromString(`<!doctype html><html><body>${FURNITURE}${html}${FOOTER}</body></html>`, 'text/html');
  const scope = articleScope(doc, host);
  return articleBlocks(scope).map((b) => blockText(b, scope.skip).text.trim()).filter(Boolean);
}

const BODY = ['Harga beras naik 12 persen.', 'Stok Bulog 1,2 juta ton.'];
const ps = BODY.map((t) => `<p>${t}</p>`).join('');

describe('site rules', () => {
  it('Tribunnews: txt-article, without p.baca, the summary and the recommendation widget', () => {
    expect(texts(`<div class="side-article txt-article multi-fontsize">${ps}<p class="baca">Baca juga: <a>Harga emas naik 2 persen</a></p><blockquote class="summary-article">Ringkasan 3 poin</blockquote><div class="ads-placeholder"><p>Iklan 50% off</p></div></div><div class="side-article mb5"><p>Sesuai Minatmu: 5 fakta</p></div>`, 'www.tribunnews.com')).toEqual(BODY);
  });

  it('Kompas: read__content up to #EndOfArticle, without the Baca juga paragraph', () => {
    expect(texts(`<div class="read__content"><div class="clearfix">${ps}<p><strong>Baca juga: <a class="inner-link-baca-juga">Banjir 3 kecamatan</a></strong></p></div></div><div id="EndOfArticle"></div><div><p>Berita terkait dengan 4 angka dan cukup panjang untuk dihitung</p></div>`, 'nasional.kompas.com')).toEqual(BODY);
  });

  it('Kompas: an end marker inside the body cuts the blocks after it, wherever it falls among many', () => {
    for (const at of [0, 1, 7, 39, 40]) {
      const ps40 = Array.from({ length: 40 }, (_, i) => `<p>Paragraf ${i + 1} dengan ${i + 1} angka.</p>`);
      ps40.splice(at, 0, '<div id="EndOfArticle"></div>');
      expect(texts(`<div class="read__content">${ps40.join('')}</div>`, 'nasional.kompas.com')).toHaveLength(at);
    }
  });

  it('Detik: detail__body-text without .noncontent, .linksisip and the scroll ad', () => {
    expect(texts(`<div class="detail__body-text itp_bodycontent">${ps}<div class="noncontent"><p>Baca juga: 7 hal</p></div><table class="linksisip"><tr><td>Lihat 9 video</td></tr></table><div class="parallaxindetail"><p>SCROLL TO CONTINUE 1</p></div></div>`, 'news.detik.com')).toEqual(BODY);
  });

  it('CNN Indonesia: detail-text without Lihat Juga and tags', () => {
    expect(texts(`<div class="detail-text">${ps}<table class="linksisip"><tr><td>Lihat Juga: 3 hal</td></tr></table><div class="newstag"><p>tag 2024</p></div></div>`, 'www.cnnindonesia.com')).toEqual(BODY);
  });

  it('Antara: post-content without span.baca-juga and the muted editor lines', () => {
    expect(texts(`<div class="wrap__article-detail-content post-content">${ps}<p><span class="baca-juga">Baca juga: 8 hal</span></p><p class="text-muted">Pewarta: X. Copyright © ANTARA 2024</p></div>`, 'www.antaranews.com')).toEqual(BODY);
  });

  it('Tempo: the repeated div#content-wrapper paragraphs, without "Pilihan Editor"', () => {
    const html = BODY.map((t) => `<div id="content-wrapper"><p>${t}</p></div>`).join('') + '<div id="content-wrapper"><p>Pilihan Editor: 5 berita</p></div>';
    expect(texts(html, 'www.tempo.co')).toEqual(BODY);
  });

  it('Liputan6: every page of the article, without page breaks and Baca Juga collections', () => {
    const html = `<div class="article-content-body"><div class="article-content-body__item-page" data-page="1"><div class="article-content-body__item-content"><p>${BODY[0]}</p></div></div><div class="article-content-body__item-break-index">1 dari 2 halaman</div><div class="baca-juga-collections"><p>Baca Juga 4</p></div><div class="article-content-body__item-page" data-page="2"><div class="article-content-body__item-content"><p>${BODY[1]}</p></div></div></div>`;
    expect(texts(html, 'www.liputan6.com')).toEqual(BODY);
  });

  it('Kumparan: story paragraphs by their test hooks, without captions and asides', () => {
    const html = `<div>${BODY.map((t) => `<p data-qa-id="story-paragraph">${t}</p>`).join('<aside>Iklan 10 persen</aside>')}<figure data-qa-id="image-figure"><figcaption>Foto 1</figcaption></figure></div>`;
    expect(texts(html, 'kumparan.com')).toEqual(BODY);
  });
});

describe('generic fallback', () => {
  it('picks the element holding the most paragraph text, not the sidebar', () => {
    const long = (n: number) => `<p>Paragraf panjang nomor ${n} dengan cukup banyak kata untuk dihitung.</p>`;
    const html = `<div class="sidebar"><p>Terpopuler: 5 berita</p></div><div class="story">${[1, 2, 3, 4].map(long).join('')}</div>`;
    const got = texts(html, 'www.bbc.com');
    expect(got).toHaveLength(4);
    expect(got[0]).toContain('nomor 1');
  });

  it("skips a table of contents, navigation boxes and the reference list inside the body (Wikipedia's)", () => {
    const long = (n: number) => `<p>Paragraf panjang nomor ${n} dengan cukup banyak kata untuk dihitung.</p>`;
    const toc = '<div id="toc" class="toc"><ul><li>1.1 Sejarah</li><li>6 Lihat pula</li></ul></div>';
    const navbox = '<div role="navigation" class="navbox"><ul><li>1.0</li><li>3.6</li></ul></div>';
    const refs = '<div class="reflist"><ol class="references"><li>Lardinois (15 November 2012). Retrieved 2016-05-01.</li></ol></div>';
    const got = texts(`<div id="content">${long(1)}${toc}${long(2)}${long(3)}${navbox}${refs}</div>`, 'en.wikipedia.org');
    expect(got).toHaveLength(3);
    expect(got.join(' ')).not.toMatch(/Sejarah|3\.6|Retrieved/);
  });

  it('skips an itemprop=articleBody <meta> summary and reads the real body', () => {
    const html = `<meta itemprop="articleBody" content="Ringkasan 3 kalimat"><div id="body">${[1, 2, 3].map((n) => `<p>Isi artikel paragraf ${n} yang cukup panjang untuk dihitung sebagai teks.</p>`).join('')}</div>`;
    expect(texts(html, 'www.bbc.com')).toHaveLength(3);
  });
});

describe('"Baca juga" blocks', () => {
  it('are recognised from the start of their text, across elements and leading white space', () => {
    const blocks = [
      `<p>\n   <b>Baca</b>\n <i>juga</i>: <a>Harga emas naik 2 persen</a></p>`,
      `<p><span></span><strong> LIHAT   JUGA </strong><a>Banjir 3 kecamatan</a></p>`,
      `<p>Read also: <a>5 facts</a></p>`,
      `<p>Ekonom menyebut inflasi 3 persen, ${'sangat '.repeat(20)}tinggi. Baca juga: laporan 2023.</p>`,
    ];
    expect(texts(`<article>${blocks.join('')}</article>`, 'news.example.org')).toEqual([
      `Ekonom menyebut inflasi 3 persen, ${'sangat '.repeat(20)}tinggi. Baca juga: laporan 2023.`,
    ]);
  });
});

describe('nested blocks', () => {
  type Node = { tag: string; children: Node[] };
  const node: fc.Arbitrary<Node> = fc.letrec<{ n: Node }>((tie) => ({
    n: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.record({ tag: fc.constantFrom('p', 'li', 'span', 'h2'), children: fc.constant<Node[]>([]) }),
      fc.record({ tag: fc.constantFrom('p', 'li', 'div', 'blockquote', 'td', 'span', 'h2'), children: fc.array(tie('n'), { maxLength: 3 }) }),
    ),
  })).n;
  const build = (doc: Document, parent: Element, n: Node, id: { v: number }): void => {
    const el = doc.createElement(n.tag);
    el.appendChild(doc.createTextNode(`Teks ${++id.v} `));
    parent.appendChild(el);
    for (const c of n.children) build(doc, el, c, id);
  };

  it('keeps exactly the blocks that hold no other block, in document order', () => {
    const BLOCK = 'p, li, h2, h3, h4, blockquote, dd, td';
    fc.assert(
      fc.property(fc.array(node, { minLength: 1, maxLength: 5 }), (roots) => {
        const doc = document.implementation.createHTMLDocument('t');
        // A site rule's body, so that the blocks are those below it whatever the generic fallback would pick.
        const article = doc.createElement('div');
        article.className = 'read__content';
        doc.body.appendChild(article);
        const id = { v: 0 };
        for (const r of roots) build(doc, article, r, id);
        const all = Array.from(article.querySelectorAll(BLOCK));
        const expected = all.filter((b) => !b.querySelector(BLOCK));
        const got = articleScope(doc, 'nasional.kompas.com').blocks;
        const ids = (els: Element[]) => els.map((e) => (e === article ? 'article' : all.indexOf(e)));
        expect(ids(got)).toEqual(ids(expected.length ? expected : [article]));
      }),
      { numRuns: 500 },
    );
  });
});

describe('skipped containers', () => {
  type Node = { tag: string; cls: string; children: Node[] };
  const node: fc.Arbitrary<Node> = fc.letrec<{ n: Node }>((tie) => ({
    n: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.record({ tag: fc.constantFrom('p', 'li'), cls: fc.constantFrom('', 'x', 'share-bar'), children: fc.constant<Node[]>([]) }),
      fc.record({
        tag: fc.constantFrom('p', 'li', 'div', 'section', 'article', 'main', 'ul', 'blockquote'),
        cls: fc.constantFrom('', '', 'x', 'share-bar', 'related', 'entry'),
        children: fc.array(tie('n'), { maxLength: 4 }),
      }),
    ),
  })).n;
  const build = (doc: Document, parent: Element, n: Node, id: { v: number }): void => {
    const el = doc.createElement(n.tag);
    if (n.cls) el.className = n.cls;
    el.appendChild(doc.createTextNode(`Teks ${++id.v} `));
    parent.appendChild(el);
    for (const c of n.children) build(doc, el, c, id);
  };
  const skipped = (e: Element) => /share|related/.test(e.className);
  const ends = (e: Element) => ['article', 'main', 'body'].includes(e.localName);

  it('a block is left out exactly when it or a container below the body is skipped, up to the nearest article or main', () => {
    fc.assert(
      fc.property(fc.array(node, { minLength: 1, maxLength: 6 }), (roots) => {
        const doc = document.implementation.createHTMLDocument('t');
        const id = { v: 0 };
        for (const r of roots) build(doc, doc.body, r, id);
        const scope = articleScope(doc, 'news.example.org');
        for (const b of scope.blocks) {
          // The walk as written once, without any memory of earlier answers.
          let out = skipped(b);
          if (!out && !ends(b)) {
            for (let e = b.parentElement; e && e !== doc.body; e = e.parentElement) {
              if (skipped(e)) {
                out = true;
                break;
              }
              if (ends(e)) break;
            }
          }
          expect(scope.keep(b)).toBe(!out);
        }
      }),
      { numRuns: 500 },
    );
  });
});
