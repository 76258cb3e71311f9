/**
 * Finds the article's text blocks and the page's metadata. Standard DOM only, so the CLI runs the same code
 * under happy-dom. Per-site rules come from core/sites; other pages get a paragraph-density fallback.
 */
import { COMMON_SKIP, ruleForHost, type SiteRule } from '../core/sites';
import { skipTest, type SkipTest } from './skip';
import { bareText } from './marks';
import type { PageContext } from '../core/match/types';

/** A page context whose language may still be unknown (the worker detects it from the text). */
export type PageInfo = Omit<PageContext, 'lang'> & { lang?: Lang };
import type { Lang } from '../core/figures/figure';

const BLOCK_SELECTOR = 'p, li, h2, h3, h4, blockquote, dd, td';
/** Link-list paragraphs that point at other stories ("Baca juga: ...", Tempo's "Pilihan Editor:", Liputan6's "BACA BERITA TERKINI"). */
const READ_ALSO = /^\s*(baca|lihat|simak)\s+(juga|pula)\b|^\s*(read|see)\s+(also|more)\s*:|^\s*pilihan\s+editor\s*:|^\s*\*?\s*baca\s+berita\s+terkini/i;
/** Characters of a block's text, after leading white space, that READ_ALSO needs to see. */
const READ_ALSO_PREFIX = 40;
/** First letters of READ_ALSO's words (b, l, s, r, p) and '*', as char codes. */
const READ_ALSO_FIRST = [0x62, 0x6c, 0x73, 0x72, 0x70, 0x2a];
const MIN_FALLBACK_TEXT = 25;
const MARKED_BODY = '[itemprop="articleBody"], .article-body, .articleBody, .story-body, .entry-content, .post-content';
const MIN_MARKED_TEXT = 200;

export interface ArticleScope {
  /**
   * Candidate blocks in document order. `keep` says which of them are article text: the scanner asks as it reads
   * them, in slices, so that a live blog's 10,000 blocks are not all tested in one long task.
   */
  blocks: Element[];
  /** `text`: the block's whole text when the caller has read it already (a block without child elements). */
  keep: (block: Element, text?: string) => boolean;
  /** Whether an element inside a block is not article text. */
  skip: SkipTest;
}

function hostOf(doc: Document): string {
  try {
    return doc.location?.hostname ?? '';
  } catch {
    return '';
  }
}

function first(doc: ParentNode, selectors: readonly string[] | undefined): Element | null {
  for (const s of selectors ?? []) {
    try {
      const el = doc.querySelector(s);
      if (el) return el;
    } catch {
      /* a selector this engine cannot parse: try the next */
    }
  }
  return null;
}

function all(root: ParentNode, selectors: readonly string[]): Element[] {
  for (const s of selectors) {
    try {
      const els = Array.from(root.querySelectorAll(s));
      if (els.length) return els;
    } catch {
      /* unsupported selector */
    }
  }
  return [];
}

/** Enough of the start of an element's text for READ_ALSO, without copying all of it as textContent would. */
function textStart(el: Element): string {
  let out = '';
  for (let n: Node | null = el.firstChild; n; ) {
    if (n.nodeType === 3) {
      out += (n as Text).data;
      if (out.trimStart().length >= READ_ALSO_PREFIX) break;
    }
    if (n.firstChild) {
      n = n.firstChild;
      continue;
    }
    while (n && n !== el && !n.nextSibling) n = n.parentNode;
    n = n && n !== el ? n.nextSibling : null;
  }
  return out;
}

/**
 * The blocks before `end` in document order (the rule's end of the article). Blocks are in document order, so a
 * binary search finds the cut with a few comparisons instead of one per block.
 */
function beforeEnd(blocks: Element[], end: Element | null): Element[] {
  if (!end) return blocks;
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid]!.compareDocumentPosition(end) & 4 /* FOLLOWING */) lo = mid + 1;
    else hi = mid;
  }
  return lo === blocks.length ? blocks : blocks.slice(0, lo);
}

/**
 * Whether a block is a "Baca juga" link block. Most blocks are rejected on their first letter. A block of bare text
 * (most paragraphs) gives its text in one call, without a wrapper object for its text node.
 */
function readAlso(b: Element, text?: string): boolean {
  const t = text ?? bareText(b) ?? textStart(b);
  const c = t.trimStart().charCodeAt(0) | 0x20; // lower case for letters; '*' (0x2a) stays itself
  return READ_ALSO_FIRST.includes(c) && READ_ALSO.test(t);
}

/** The blocks of the scope that are article text (the first `n` of them). */
export function articleBlocks(scope: ArticleScope, n = Infinity): Element[] {
  const out: Element[] = [];
  for (const b of scope.blocks) {
    if (out.length >= n) break;
    if (scope.keep(b)) out.push(b);
  }
  return out;
}

/** Paragraph-density fallback: the element holding the most paragraph text is the article. */
function fallbackBody(doc: Document): Element | null {
  // Marked bodies, when they hold text: some pages put itemprop="articleBody" on a <meta> summary.
  for (const el of Array.from(doc.querySelectorAll(MARKED_BODY))) {
    if (el.localName !== 'meta' && (el.textContent ?? '').trim().length >= MIN_MARKED_TEXT) return el;
  }
  const scores = new Map<Element, number>();
  for (const p of Array.from(doc.querySelectorAll('p'))) {
    const len = (p.textContent ?? '').trim().length;
    if (len < MIN_FALLBACK_TEXT) continue;
    const parent = p.parentElement;
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + len);
    const grand = parent.parentElement;
    if (grand) scores.set(grand, (scores.get(grand) ?? 0) + len / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) {
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  return best ?? doc.querySelector('article') ?? doc.querySelector('main') ?? doc.body;
}

function skipFor(doc: Document, rule: SiteRule | undefined): SkipTest {
  return skipTest([...COMMON_SKIP, ...(rule?.skip ?? [])], doc.compatMode === 'BackCompat');
}

/**
 * Removes blocks inside other blocks (a <p> in an <li>): the innermost carries the text. Blocks are in document
 * order, where a block's descendants come right after it: a block holds another block exactly when it holds the
 * next one. At most one `contains` per block (walking up from each block with a set costs several times more), and
 * none for a block without child elements (most paragraphs), which holds no other block.
 */
function innermost(blocks: Element[]): Element[] {
  let out: Element[] | null = null;
  for (let i = 0; i < blocks.length; i++) {
    const next = blocks[i + 1];
    const b = blocks[i]!;
    if (next && b.childElementCount !== 0 && b.contains(next)) out ??= blocks.slice(0, i);
    else out?.push(b);
  }
  return out ?? blocks;
}

/**
 * Whether an element or an ancestor below `stop` is not article text. The walk stops at the article body (or at
 * <article>/<main>/<body>) so that a page-wide class such as `<body class="has-share-bar">` does not hide it all.
 * Answers are kept per container above a block's parent: a live blog's 10,000 blocks share those. A parent is asked
 * directly (a live blog wraps each paragraph in an entry of its own: keeping 10,000 answers that are never asked
 * again cost more than asking), and its answer is reused for the blocks after it with the same parent.
 */
function skippedBelow(skip: SkipTest, stop: Element | null): (el: Element) => boolean {
  const known = new Map<Element, boolean>();
  const ends = (e: Element) => e.localName === 'article' || e.localName === 'main' || e.localName === 'body';
  let lastParent: Element | null = null;
  let lastAnswer = false;
  const above = (parent: Element): boolean => {
    if (skip(parent)) return true;
    if (ends(parent)) return false;
    const path: Element[] = [];
    let result = false;
    for (let e: Element | null = parent.parentElement; e && e !== stop; e = e.parentElement) {
      const k = known.get(e);
      if (k !== undefined) {
        result = k;
        break;
      }
      path.push(e);
      if (skip(e)) {
        result = true;
        break;
      }
      if (ends(e)) break;
    }
    // Every element on the path has the answer of where the walk ended: skipped there, or not at all.
    for (const e of path) known.set(e, result);
    return result;
  };
  return (block) => {
    // The block itself is asked once (blocks do not hold each other).
    if (block === stop) return false;
    if (skip(block)) return true;
    if (ends(block)) return false;
    const parent = block.parentElement;
    if (!parent || parent === stop) return false;
    if (parent !== lastParent) {
      lastParent = parent;
      lastAnswer = above(parent);
    }
    return lastAnswer;
  };
}

export function articleScope(doc: Document, host = hostOf(doc)): ArticleScope {
  const rule = ruleForHost(host);
  const skip = skipFor(doc, rule);
  let blocks: Element[] = [];
  const body = first(doc, rule?.body);
  if (rule?.blocks) blocks = all(body ?? doc, rule.blocks);
  if (!blocks.length) {
    const root = body ?? fallbackBody(doc);
    if (root) {
      blocks = Array.from(root.querySelectorAll(BLOCK_SELECTOR));
      if (!blocks.length) blocks = [root];
    }
  }
  const stop = body ?? doc.body;
  const skipped = skippedBelow(skip, stop);
  return { blocks: beforeEnd(innermost(blocks), first(doc, rule?.end)), keep: (b, text) => !skipped(b) && !readAlso(b, text), skip };
}

function jsonLdArticles(doc: Document): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(visit);
    if (!v || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    const type = o['@type'];
    const types = Array.isArray(type) ? type : [type];
    if (types.some((t) => typeof t === 'string' && /Article|Posting|Report/.test(t))) out.push(o);
    if (o['@graph']) visit(o['@graph']);
  };
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(s.textContent ?? ''));
    } catch {
      /* malformed JSON-LD is common; ignore it */
    }
  }
  return out;
}

/** The content of the first <meta> named `names[0]` (property, name or itemprop), else of `names[1]`… */
function meta(doc: Document, names: string[]): string | undefined {
  // One look at the page's <meta> elements instead of an attribute query over every element per name.
  const metas = Array.from(doc.getElementsByTagName('meta'));
  for (const n of names) {
    const el = metas.find((m) => m.getAttribute('property') === n || m.getAttribute('name') === n || m.getAttribute('itemprop') === n);
    const c = el?.getAttribute('content')?.trim();
    if (c) return c;
  }
  return undefined;
}

/** An ISO date (YYYY-MM-DD…) from a metadata value, or undefined when it is not one. */
function isoDate(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(v.trim());
  return m ? m[1] : undefined;
}

function langOf(doc: Document, sample: string, detect?: (text: string) => Lang): Lang | undefined {
  const attr = (doc.documentElement.getAttribute('lang') ?? '').toLowerCase();
  if (attr.startsWith('id') || attr.startsWith('in')) return 'id';
  if (attr.startsWith('en')) return 'en';
  return detect?.(sample);
}

/** Title, publication date and language; without `detectLang`, the language comes only from the markup. */
export function pageContext(doc: Document, blocks: Element[], detectLang: (text: string) => Lang): PageContext;
export function pageContext(doc: Document, blocks: Element[]): PageInfo;
export function pageContext(doc: Document, blocks: Element[], detectLang?: (text: string) => Lang): PageInfo {
  const articles = jsonLdArticles(doc);
  const headline = articles.map((a) => a['headline']).find((h): h is string => typeof h === 'string');
  const title = (
    headline ??
    meta(doc, ['og:title']) ??
    doc.querySelector('h1')?.textContent ??
    doc.title ??
    ''
  )
    .replace(/\s+[-|–]\s+(Tribunnews\.com|Kompas\.com|detik\w*|Halaman \d+).*$/i, '')
    .trim()
    .slice(0, 500);
  const published =
    articles.map((a) => isoDate(a['datePublished'])).find(Boolean) ??
    isoDate(meta(doc, ['article:published_time', 'datePublished', 'pubdate', 'content_PublishedDate'])) ??
    isoDate(doc.querySelector('time[datetime]')?.getAttribute('datetime'));
  const sample = blocks
    .slice(0, 8)
    .map((b) => b.textContent ?? '')
    .join(' ')
    .slice(0, 4000);
  const lang = langOf(doc, sample, detectLang);
  return { title, ...(lang ? { lang } : {}), ...(published ? { published } : {}) };
}
