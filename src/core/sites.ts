/**
 * The news sites Cek Angka runs on by default, and how each lays out an article page.
 * Kept as data: the manifest's match patterns, the options page and the article finder all read this one table.
 * Selectors come from ../shared/research/site-structure.md; sites change markup, so every rule has a fallback.
 */
export interface SiteRule {
  /** Registrable domain; subdomains match too. */
  domain: string;
  name: string;
  /** Article body containers, tried in order. */
  body?: string[];
  /** Paragraph-level blocks inside the body, when the body itself is not a container of <p>. */
  blocks?: string[];
  /** Elements inside the body that are not article text ("Baca juga", ads, captions). */
  skip?: string[];
  /** Where the article text ends (everything from here on is skipped). */
  end?: string[];
}

/** Skipped on every site: captions, forms, embedded media, link lists, share widgets. */
export const COMMON_SKIP = [
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'canvas', 'video', 'audio',
  'input', 'textarea', 'select', 'button', 'form', 'nav', 'aside', 'footer', 'header', 'figure', 'figcaption',
  '[contenteditable]', '[aria-hidden="true"]', '[hidden]', 'time', 'code', 'pre', 'kbd', 'samp',
  '[class*="share"]', '[class*="social"]', '[class*="comment"]', '[id*="comment"]', '[class*="related"]',
  '[class*="baca-juga"]', '[class*="bacajuga"]', '[id*="baca-juga"]', '[class*="advert"]', '[id^="div-gpt-ad"]',
  // Tables of contents (Wikipedia's numbered "1.1 History"), other navigation inside the article, and reference
  // lists (their "Retrieved 2016-05-01" dates are the page's furniture, not its claims).
  '#toc', '.toc', '[role="navigation"]', '.reflist', 'ol.references', '.mw-references-wrap',
  'cek-angka', 'cek-angka-popover',
];

export const SITE_RULES: readonly SiteRule[] = [
  {
    domain: 'tribunnews.com', name: 'Tribunnews',
    body: ['div.side-article.txt-article', '.txt-article'],
    // ?page=all joins the pages with "N dari M halaman" separators.
    skip: ['p.baca', 'blockquote.summary-article', 'div.ads-placeholder', 'div.paging', '.article-content-body__item-break-index'],
  },
  {
    domain: 'kompas.com', name: 'Kompas',
    body: ['div.read__content'],
    skip: ['a.inner-link-baca-juga', '.kompasidRec', '.ads-on-body', '.read__paging', '.gate-kgplus'],
    end: ['#EndOfArticle'],
  },
  {
    domain: 'detik.com', name: 'Detik',
    body: ['div.detail__body-text.itp_bodycontent', '.itp_bodycontent'],
    skip: ['.noncontent', '.linksisip', '.parallaxindetail', '.detail__body-tag', '.detail__long-nav'],
  },
  {
    domain: 'cnnindonesia.com', name: 'CNN Indonesia',
    body: ['.detail-text', '.detail_text'],
    skip: ['.linksisip', '.paradetail', '.newstag', '.end-of-article', 'a.border'],
  },
  {
    domain: 'antaranews.com', name: 'Antara',
    body: ['div.post-content', '.wrap__article-detail-content'],
    skip: ['span.baca-juga', 'p.text-muted', 'ul.blog-tags'],
  },
  // Nuxt renders one div#content-wrapper per paragraph (the id repeats); older pages have div#isi.
  { domain: 'tempo.co', name: 'Tempo', blocks: ['div#content-wrapper', 'div#isi p'] },
  {
    domain: 'liputan6.com', name: 'Liputan6',
    body: ['.article-content-body'], blocks: ['.article-content-body__item-content'],
    skip: ['.baca-juga-collections', '.promo', '.advertisement-text', '.article-content-body__item-break-index'],
  },
  { domain: 'kumparan.com', name: 'Kumparan', blocks: ['p[data-qa-id="story-paragraph"]'] },
  {
    domain: 'cnbcindonesia.com', name: 'CNBC Indonesia',
    body: ['.detail-text', '.detail_text'],
    skip: ['.linksisip', '.baca-juga', '.detail-share', '.video_detail', '#komentar', '.media-institusi'],
  },
  { domain: 'okezone.com', name: 'Okezone', body: ['div.c-detail.read'], skip: ['#baca-juga', '.vicon', '#paging'] },
  {
    domain: 'republika.co.id', name: 'Republika',
    body: ['.article-content article'], skip: ['.picked-article', '[id^="bn_"]'], end: ['#next-article'],
  },
  { domain: 'thejakartapost.com', name: 'The Jakarta Post', body: ['div.tjp-single__content', 'div.tjp-single'] },
  { domain: 'bbc.com', name: 'BBC', blocks: ['div[data-component="text-block"]'] },
  { domain: 'reuters.com', name: 'Reuters', blocks: ['div[data-testid^="paragraph"]', 'p[data-testid^="paragraph"]'] },
  { domain: 'apnews.com', name: 'AP News', body: ['div.RichTextStoryBody'] },
  { domain: 'yna.co.kr', name: 'Yonhap', body: ['.story-news', 'article.story-news'] },
];

export const DEFAULT_DOMAINS: readonly string[] = SITE_RULES.map((s) => s.domain);

/** `www.tribunnews.com` → the rule for tribunnews.com. */
export function ruleForHost(host: string): SiteRule | undefined {
  const h = host.toLowerCase().replace(/\.$/, '');
  return SITE_RULES.find((s) => h === s.domain || h.endsWith(`.${s.domain}`));
}

/** The default domain a host belongs to, if any. */
export function defaultDomainOf(host: string): string | undefined {
  return ruleForHost(host)?.domain;
}

/** Match patterns for a domain and all its subdomains. */
export function matchPatterns(domain: string): string[] {
  return [`https://${domain}/*`, `https://*.${domain}/*`];
}

/** `https://news.example.org/x` → `news.example.org`; undefined for non-web URLs. */
export function hostOf(url: string): string | undefined {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.hostname : undefined;
  } catch {
    return undefined;
  }
}

/** The optional host permission asked for a site the user enables. */
export const userSitePattern = (host: string) => `*://${host}/*`;
