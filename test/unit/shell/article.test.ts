// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { articleBlocks, articleScope, pageContext } from '../../../src/content/article';
import { seedPageHtml, seedBodyParagraphs } from '../../../scripts/lib/seed-page';

function load(html: string): Document {
  document.open();
  document.write(html);
  document.close();
  return document;
}

describe('article finder on the seed page (Tribunnews rules)', () => {
  const doc = load(seedPageHtml());
  const scope = articleScope(doc, 'www.tribunnews.com');
  const texts = articleBlocks(scope).map((b) => b.textContent ?? '');

  it('takes every body paragraph and nothing else', () => {
    for (const p of seedBodyParagraphs()) expect(texts.some((t) => t.includes(p.slice(30, 80))), p.slice(0, 40)).toBe(true);
    expect(texts.some((t) => t.startsWith('Baca juga'))).toBe(false);
    expect(texts.some((t) => t.includes('Sesuai Minatmu') || t.includes('Hari Ke-734'))).toBe(false);
    expect(texts.some((t) => t.includes('Kirim Komentar') || t.includes('UU ITE'))).toBe(false);
    expect(texts.some((t) => t.includes('1.024 shares') || t.includes('021-5356'))).toBe(false);
    for (const b of articleBlocks(scope)) expect(b.closest('.txt-article')).not.toBeNull();
  });

  it('reads title, date and language from the metadata', () => {
    const ctx = pageContext(doc, articleBlocks(scope));
    expect(ctx.title).toMatch(/^Kim Jong Un Turun Gunung/);
    expect(ctx.title).not.toMatch(/Tribunnews\.com$/);
    expect(ctx.published).toBe('2024-02-27');
    expect(ctx.lang).toBe('id');
  });
});

describe('article finder fallback', () => {
  it('picks the paragraph-dense container and skips furniture', () => {
    const doc = load(`<html lang="en"><body class="has-share-bar">
      <nav><p>Menu 2024 with enough characters to look like text, really.</p></nav>
      <div id="story"><p>The ministry said 6,700 containers were shipped to Russia since August last year.</p>
      <p>Officials estimate the containers could hold 3 million artillery shells of 152 mm calibre.</p>
      <p>Read also: 5 things about the war that you should know about today.</p>
      <figure><figcaption>Photo 1 of 12 from the port in a long caption text</figcaption></figure></div>
      <footer><p>© 2024 Example News, phone 021-5356 3000, all rights reserved here.</p></footer></body></html>`);
    const texts = articleBlocks(articleScope(doc, "news.example.org")).map((b) => b.textContent);
    expect(texts).toHaveLength(2);
    expect(texts[0]).toContain('6,700');
    expect(pageContext(doc, []).lang).toBe('en');
  });

  it('survives a page with no body text and malformed JSON-LD', () => {
    const doc = load('<html><head><script type="application/ld+json">{not json</script></head><body></body></html>');
    expect(() => articleScope(doc, 'x.org')).not.toThrow();
    const ctx = pageContext(doc, []);
    expect(ctx.published).toBeUndefined();
  });
});
