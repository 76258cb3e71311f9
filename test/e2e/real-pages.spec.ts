/**
 * The 20 real saved pages (../shared/pages/readability, copied to a temporary folder), each served under a default
 * news domain so that the content script runs, in fact-checker mode (every figure marked), compared with the same
 * HTML on a URL the extension does not run on: no new page errors, the same text, the same positions of the main
 * blocks, marks only in the article text, and a second scan adds nothing.
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, servePage, setSettings, tabIdOf, ROOT } from './extension';
import { ContentWorld } from './scan-state';

const SOURCE = join(ROOT, '..', 'shared', 'pages', 'readability');

/** Where each page's article text is (read off the saved markup by hand): marks must be inside it. */
const ARTICLE: Record<string, string> = {
  'ars-1': '.article-content',
  'bbc-1': '.story-body',
  breitbart: '.entry-content',
  cnn: '#storytext',
  engadget: '.article-text',
  folha: '.c-news__body',
  'guardian-1': '.content__article-body',
  heise: '.meldung_wrapper',
  'herald-sun-1': '#story',
  'lemonde-1': '#articleBody',
  'medium-1': '.postField--body',
  msn: 'section.articlebody',
  'nytimes-1': 'article#story',
  'nytimes-3': 'article#story',
  qq: '#Cnt-Main-Article-QQ',
  'seattletimes-1': '#article-content, [itemprop="articleBody"]:not(meta), article',
  telegraph: '.article__content',
  'wapo-1': '#article-body',
  wikipedia: '#mw-content-text',
  'yahoo-1': '.canvas-body',
};

/** Never article text, on any page. */
const NOT_ARTICLE = 'nav, header, footer, aside, button, time, figcaption, form, script, style, [class*="share"], [class*="comment"]';

/**
 * The pages' subresources do not exist here (no network): they are unlinked, the same way for both URLs, so that a
 * page loads in about a second instead of waiting on a hundred refused requests. Inline scripts still run.
 */
function offline(html: string): string {
  return html
    .replace(/(<(?:script|img|iframe|source|video|audio|embed|input)\b[^>]*?\s)(src|srcset)=/gi, '$1data-offline-$2=')
    .replace(/(<link\b[^>]*?\s)href=/gi, '$1data-offline-href=')
    .replace(/<meta\b[^>]*http-equiv=["']?refresh[^>]*>/gi, '');
}

let dir = '';
const names = readdirSync(SOURCE).filter((f) => f.endsWith('.html')).map((f) => f.slice(0, -5)).sort();
const extUrl = (n: string) => `https://www.bbc.com/news/${n}`;
const plainUrl = (n: string) => `https://example.org/saved/${n}`;

test.beforeAll(async ({ ext }) => {
  dir = mkdtempSync(join(tmpdir(), 'cek-angka-pages-'));
  const pages: Record<string, string> = {};
  for (const n of names) {
    copyFileSync(join(SOURCE, `${n}.html`), join(dir, `${n}.html`));
    const html = offline(readFileSync(join(dir, `${n}.html`), 'utf8'));
    pages[extUrl(n)] = html;
    pages[plainUrl(n)] = html;
  }
  await ext.context.unroute('**/*');
  await servePage(ext.context, pages);
  await setSettings(ext, { mode: 'factchecker' });
});

test.afterAll(async ({ ext }) => {
  await setSettings(ext, {});
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Snapshot {
  text: string;
  boxes: [number, number, number][];
}

/** The page's text (marks' glyphs live in shadow roots, so they are not in it) and where its main blocks are. */
const SETTLE_MS = 800;
async function snapshot(page: Page): Promise<Snapshot> {
  return page.evaluate(`(() => {
    const els = Array.from(document.querySelectorAll('h1, h2, h3, p, li, blockquote, img, table')).slice(0, 400);
    // Text outside scripts and styles: a page script may write a time stamp into a script URL on each load.
    let text = '';
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!n.parentElement.closest('script, style, noscript, template')) text += n.data;
    }
    return {
      // herald-sun-1 writes its load time (ms since 1970) into its text on every load.
      text: text.replace(/\\b1\\d{12}\\b/g, '<time stamp>'),
      boxes: els.map((e) => { const r = e.getBoundingClientRect(); return [r.left + scrollX, r.top + scrollY, r.width]; }),
    };
  })()`) as Promise<Snapshot>;
}

async function open(ext: Parameters<Parameters<typeof test>[2]>[0]['ext'], url: string) {
  const page = await ext.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e).slice(0, 200)));
  await page.goto(url, { waitUntil: 'load' });
  return { page, errors };
}

for (const name of names) {
  test(`${name}: harmless, marks only article text, idempotent`, async ({ ext }) => {
    const article = ARTICLE[name];
    expect(article, `article selector for ${name}`).toBeTruthy();
    // Without the extension.
    const plain = await open(ext, plainUrl(name));
    await plain.page.waitForTimeout(SETTLE_MS);
    const before = await snapshot(plain.page);
    await plain.page.close();

    const { page, errors } = await open(ext, extUrl(name));
    const world = await ContentWorld.of(ext, page);
    const first = await world.idle(1);
    await page.waitForTimeout(SETTLE_MS);
    const after = await snapshot(page);

    // No error the page does not throw by itself.
    const own = new Set(plain.errors);
    expect(errors.filter((e) => !own.has(e))).toEqual([]);
    // The same text, and the main blocks where they were.
    expect(after.text).toBe(before.text);
    expect(after.boxes.length).toBe(before.boxes.length);
    const moved = after.boxes.flatMap((b, i) => {
      const a = before.boxes[i]!;
      return Math.abs(a[0] - b[0]) > 1 || Math.abs(a[1] - b[1]) > 1 || Math.abs(a[2] - b[2]) > 1 ? [{ i, before: a, after: b }] : [];
    });
    expect(moved.slice(0, 3)).toEqual([]);

    // Marks: only inside the article, never in page furniture, never nested.
    const marks = await page.evaluate(`(() => {
      const article = ${JSON.stringify(article)};
      const roots = Array.from(document.querySelectorAll(article));
      const marks = Array.from(document.querySelectorAll('cek-angka'));
      return {
        roots: roots.length,
        total: marks.length,
        outside: marks.filter((m) => !roots.some((r) => r.contains(m))).map((m) => m.textContent),
        furniture: marks.filter((m) => m.parentElement.closest(${JSON.stringify(NOT_ARTICLE)})).map((m) => m.textContent),
        nested: document.querySelectorAll('cek-angka cek-angka').length,
        texts: marks.map((m) => m.textContent),
      };
    })()`) as { roots: number; total: number; outside: string[]; furniture: string[]; nested: number; texts: string[] };
    expect(marks.roots).toBeGreaterThan(0);
    expect(marks.outside).toEqual([]);
    expect(marks.furniture).toEqual([]);
    expect(marks.nested).toBe(0);
    expect(marks.total).toBe(first.marked);

    // A second scan adds nothing: the page touches a marked paragraph (same text), then a full rescan.
    await page.evaluate(`(() => {
      const m = document.querySelector('cek-angka');
      const t = m && m.parentElement && Array.from(m.parentElement.childNodes).find((n) => n.nodeType === 3);
      if (t) t.data = t.data;
      else document.body.appendChild(document.createComment('touch'));
    })()`);
    await world.idle(first.scans + 1);
    const tabId = await tabIdOf(ext, extUrl(name));
    await ext.worker.evaluate(async (id) => chrome.tabs.sendMessage(id, { type: 'rescan' }), tabId);
    await world.idle(first.scans + 2);
    const again = (await page.evaluate(`Array.from(document.querySelectorAll('cek-angka')).map((m) => m.textContent)`)) as string[];
    expect(again).toEqual(marks.texts);
    expect(await page.evaluate(`document.querySelectorAll('cek-angka cek-angka').length`)).toBe(0);
    expect((await snapshot(page)).text).toBe(before.text);
    await world.detach();
    await page.close();
  });
}
