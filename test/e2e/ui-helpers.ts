/** Shared steps of the ui-*.spec.ts flows: the seed article, its popover, axe-core. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, launchWithExtension, ROOT, servePage, setSettings, type Ext } from './extension';
import { seedPageHtml, SEED_URL } from '../../scripts/lib/seed-page';

export { SEED_URL };
export const EN_URL = 'https://www.thejakartapost.com/world/2024/02/28/north-korea-shipments.html';

function simplePage(lang: string, title: string, paragraphs: string[]): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title>
<meta property="article:published_time" content="2024-02-28T08:00:00+07:00"></head>
<body><main><article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article></main></body></html>`;
}

export const EN_HTML = simplePage('en', 'North Korea sent 6,700 containers of munitions to Russia', [
  'Seoul — South Korean Defence Minister Shin Won-sik said on Monday that North Korea has shipped around 6,700 containers of munitions to Russia since July last year.',
  'The containers could hold more than 3 million rounds of 152 mm artillery shells, he said.',
]);

/** Default settings, the seed article and the English article served under their real URLs. */
export async function serveArticles(ext: Ext, settings: Record<string, unknown> = {}): Promise<void> {
  await setSettings(ext, settings);
  await ext.context.unroute('**/*');
  await servePage(ext.context, { [SEED_URL]: seedPageHtml(), [EN_URL]: EN_HTML });
}

/** Opens the seed article and waits until its figures are marked. */
export async function openSeed(ext: Ext, url = SEED_URL): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(url);
  await settled(page);
  return page;
}

/** Waits for the first marks and for the scan to settle (the same marks, still attached, a moment later). */
async function settled(page: Page): Promise<void> {
  await expect(page.locator('cek-angka').first()).toBeVisible();
  const keys = () => page.evaluate(() => Array.from(document.querySelectorAll<HTMLElement>('cek-angka')).map((m) => m.dataset['key']).join(','));
  let last = '';
  await expect
    .poll(async () => {
      const now = await keys();
      const same = now === last;
      last = now;
      return same;
    }, { intervals: [300] })
    .toBe(true);
}

/** How much wider than its text each mark is, in px (0 when marks take no room of their own). */
export function marksExtraWidth(marks: Locator): Promise<number[]> {
  return marks.evaluateAll((ms) =>
    ms.map((m) => {
      const r = document.createRange();
      r.selectNodeContents(m);
      return m.getBoundingClientRect().width - r.getBoundingClientRect().width;
    }),
  );
}

export const popover = (page: Page): Locator => page.locator('cek-angka-popover [role="dialog"]');
export const mark = (page: Page, value: number | string): Locator => page.locator(`cek-angka[data-value="${value}"]`);

const AXE = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/**
 * Runs axe-core in the page (evaluated over the DevTools protocol, so extension pages' CSP does not block it) on
 * `selector`, or the whole document; returns the violations as short strings.
 */
export async function axeViolations(page: Page, selector?: string): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async (sel) => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; impact: string; nodes: { target: unknown; failureSummary?: string }[] }[] }> } }).axe;
    const ctx = sel ? document.querySelector(sel) : document;
    if (!ctx) throw new Error(`axe: nothing matches ${sel}`);
    const res = await axe.run(ctx, { resultTypes: ['violations'] });
    return res.violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`));
  }, selector);
}

/** A browser of its own (for a colour scheme or viewport), on the seed article with its figures marked. */
export async function launchSeeded(opts: Parameters<typeof launchWithExtension>[1]) {
  const ext = await launchWithExtension(undefined, opts);
  await setSettings(ext, { uiLang: 'id' });
  await servePage(ext.context, { [SEED_URL]: seedPageHtml() });
  const page = await ext.context.newPage();
  await page.goto(SEED_URL);
  await settled(page);
  return { ext, page };
}
