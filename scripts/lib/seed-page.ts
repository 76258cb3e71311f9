/**
 * The seed article as a Tribunnews-shaped HTML page, built from ../shared/fixtures (plain text) with the outlet's
 * real structure (site-structure.md): h1#arttitle, div.side-article.txt-article, p.baca, JSON-LD @graph, comments.
 * Used by the end-to-end tests, `npm start`, the CLI tests and the benchmarks.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const SEED_URL =
  'https://www.tribunnews.com/internasional/2024/02/27/kim-jong-un-turun-gunung-kirim-6700-kontainer-berisi-amunisi-ke-putin';
export const SEED_DATE = '2024-02-27T09:15:00+07:00';
export const SHARED_DIR = join(import.meta.dirname, '..', '..', '..', 'shared');
export const SEED_TEXT_FILE = join(SHARED_DIR, 'fixtures', 'tribunnews-kim-6700-kontainer.txt');

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function seedLines(): string[] {
  return readFileSync(SEED_TEXT_FILE, 'utf8').split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
}

/** The article body's paragraphs (no title, byline, "Baca juga" or comment furniture). */
export function seedBodyParagraphs(): string[] {
  const lines = seedLines();
  const start = lines.findIndex((l) => l.startsWith('TRIBUNNEWS.COM'));
  const end = lines.findIndex((l) => l === 'Kirim Komentar');
  return lines.slice(start, end).filter((l) => !l.startsWith('Baca juga'));
}

export function seedPageHtml(): string {
  const lines = seedLines();
  const [title = '', dek = ''] = lines;
  const author = lines.find((l) => l.startsWith('Penulis:'))?.replace('Penulis:', '').trim() ?? '';
  const editor = lines.find((l) => l.startsWith('Editor:'))?.replace('Editor:', '').trim() ?? '';
  const report = lines.find((l) => l.startsWith('Laporan Wartawan')) ?? '';
  const bodyStart = lines.findIndex((l) => l.startsWith('TRIBUNNEWS.COM'));
  const bodyEnd = lines.findIndex((l) => l === 'Kirim Komentar');
  const body = lines.slice(bodyStart, bodyEnd);
  const comments = lines.slice(bodyEnd);
  const paragraphs = body
    .map((l) => {
      if (l.startsWith('Baca juga:')) {
        const rest = l.replace('Baca juga:', '').trim();
        return `<p class="baca">Baca juga: <a href="https://www.tribunnews.com/internasional/2024/02/26/zelensky-arab-saudi">${escapeHtml(rest)}</a></p>`;
      }
      if (l.length < 40 && !/[.!?"”]$/.test(l)) return `<h2>${escapeHtml(l)}</h2>`;
      if (l.startsWith('TRIBUNNEWS.COM')) {
        const [dateline, ...rest] = l.split(' – ');
        return `<p><strong>${escapeHtml(dateline ?? '')}</strong> – ${escapeHtml(rest.join(' – '))}</p>`;
      }
      return `<p>${escapeHtml(l)}</p>`;
    })
    .join('\n');
  const jsonLd = JSON.stringify({
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'WebPage', url: SEED_URL },
      { '@type': 'NewsArticle', headline: title, datePublished: SEED_DATE, author: { '@type': 'Person', name: author } },
    ],
  }).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} - Tribunnews.com</title>
<meta property="og:title" content="${escapeHtml(title)} - Tribunnews.com">
<meta property="og:url" content="${SEED_URL}">
<script type="application/ld+json">${jsonLd}</script>
<style>
body { font-family: Georgia, serif; max-width: 760px; margin: 0 auto; padding: 0 16px; color: #222; }
.site-header nav a { margin-right: 12px; font-family: sans-serif; font-size: 13px; }
h1#arttitle { font-size: 28px; line-height: 1.25; }
.credit { color: #666; font-size: 13px; font-family: sans-serif; }
.txt-article p { font-size: 17px; line-height: 1.6; }
p.baca { background: #f4f4f4; padding: 6px 10px; font-family: sans-serif; font-size: 14px; }
.side-article.mb5, #comments, footer { font-family: sans-serif; font-size: 13px; color: #555; border-top: 1px solid #ddd; padding: 8px 0; }
</style>
</head>
<body>
<header class="site-header"><nav><a href="/">Home</a><a href="/nasional">Nasional</a><a href="/internasional">Internasional</a><a href="/topik/pemilu-2024">Pemilu 2024</a><span class="share-count">1.024 shares</span></nav></header>
<main>
<h1 id="arttitle">${escapeHtml(title)}</h1>
<p class="dek">${escapeHtml(dek)}</p>
<div class="credit"><div id="penulis">Penulis: <a href="/penulis/namira">${escapeHtml(author)}</a></div><div id="editor">Editor: <a href="/editor/seno">${escapeHtml(editor)}</a></div><time datetime="${SEED_DATE}">Selasa, 27 Februari 2024 09:15 WIB</time></div>
<div class="side-article txt-article multi-fontsize">
<p><strong>${escapeHtml(report)}</strong></p>
${paragraphs}
</div>
<div class="side-article mb5"><h3>Sesuai Minatmu</h3><ul><li><a href="/a">5 Fakta Terbaru Perang Rusia-Ukraina Hari Ke-734</a></li><li><a href="/b">Harga Emas Naik 2 Persen</a></li></ul></div>
<section id="comments">${comments.map((c) => `<p>${escapeHtml(c)}</p>`).join('')}</section>
</main>
<footer>© 2024 Tribunnews.com, a subsidiary of KG Media. All Right Reserved. Telp 021-5356 3000</footer>
</body>
</html>
`;
}
