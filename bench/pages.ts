/**
 * Real-page benchmark: the built extension (dist/) in the system Chromium on three pages made from real news text
 * (the seed article, a 200-paragraph article, a 10,000-paragraph live blog), in reader and fact-checker mode, next
 * to mark.js 8.11 marking every /\d[\d.,]*\d|\d/g match and a bare pass that walks the text nodes and runs that
 * regex without touching the DOM, all in the same browser run on the same pages.
 *
 * Main-thread figures come from a Chromium trace (the renderer main thread's tasks while the work runs), so layout
 * and style work that marking causes is counted for every contender alike. The extension is loaded switched off,
 * then switched on: the scan starts from the settings change, as when a user enables it. Medians of a few runs;
 * nothing here asserts a time. Needs `npm run build` (or data:build + vite build) first; CEK_ANGKA_DIST=dir measures
 * another build directory.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { launchWithExtension, servePage, setSettings, ROOT, type Ext } from '../test/e2e/extension';
import { escapeHtml, seedBodyParagraphs, seedPageHtml, SEED_URL } from '../scripts/lib/seed-page';
import { parseCorpus } from '../src/core/figures/corpus';
import { median, type Row } from './lib';
import type { ScanStats } from '../src/content/scanner';

type Mode = 'reader' | 'factchecker';

interface PageDef {
  name: string;
  url: string;
  html: string;
  /** The article container (what mark.js and the bare pass get as their root). */
  root: string;
  paragraphs: number;
}

interface Run {
  /** ms from the start of the work to the first mark in the DOM. */
  firstMarkMs: number;
  /** ms of renderer main-thread tasks from the start to the end of the work (trace). */
  mainMs: number;
  /**
   * The same tasks' CPU time (the trace's thread clock): what the work cost the main thread, without the time the
   * thread waited for a core. On a shared machine the task times above grow with the load; this grows much less.
   */
  cpuMs: number;
  /** Wall-clock ms from start to done. */
  wallMs: number;
  longestTaskMs: number;
  /** The longest task without a rendering update in it: the contender's own script and messaging. */
  longestScriptTaskMs: number;
  heapMB: number;
  marks: number;
}

const ARTICLE_URL = 'https://www.tribunnews.com/bench/2024/02/27/artikel-200-paragraf';
const LIVEBLOG_URL = 'https://www.kompas.com/bench/live/2024/02/27/live-blog-10000';
const FIGURE_RE_SOURCE = '\\d[\\d.,]*\\d|\\d';

/** Real news paragraphs: the seed article's body and every labelled corpus text. */
export function newsParagraphs(): string[] {
  const out = [...seedBodyParagraphs()];
  const dir = join(ROOT, 'test', 'corpus', 'figures');
  for (const f of ['id-news.jsonl', 'en-news.jsonl', 'seed.jsonl']) {
    try {
      for (const line of parseCorpus(readFileSync(join(dir, f), 'utf8'), f).lines) if (line.text.length > 60) out.push(line.text);
    } catch {
      /* a corpus file may be missing in a partial checkout */
    }
  }
  return out;
}

function cycle(texts: string[], n: number): string[] {
  return Array.from({ length: n }, (_, i) => texts[i % texts.length]!);
}

/** A Tribunnews-shaped article page with `n` paragraphs. */
export function articlePageHtml(paragraphs: string[], title: string): string {
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>${escapeHtml(title)} - Tribunnews.com</title>
<style>body{font-family:Georgia,serif;max-width:760px;margin:0 auto;padding:0 16px}.txt-article p{font-size:17px;line-height:1.6}</style></head>
<body><header><nav><a href="/">Home</a> <a href="/nasional">Nasional</a></nav></header><main><h1 id="arttitle">${escapeHtml(title)}</h1>
<div class="side-article txt-article">${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}</div></main>
<footer>© 2024 Tribunnews.com</footer></body></html>`;
}

/** A Kompas-shaped live blog: `n` timestamped entries of one paragraph each. */
export function liveBlogHtml(paragraphs: string[]): string {
  const entries = paragraphs
    .map((p, i) => `<div class="live-entry"><span class="live-time">${String(8 + Math.floor(i / 600) % 14).padStart(2, '0')}.${String(i % 60).padStart(2, '0')} WIB</span><p>${escapeHtml(p)}</p></div>`)
    .join('\n');
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>LIVE: Perkembangan terbaru - Kompas.com</title>
<style>body{font-family:Georgia,serif;max-width:760px;margin:0 auto;padding:0 16px}.live-entry{border-left:3px solid #ddd;padding-left:8px}.live-time{color:#888;font-size:12px}</style></head>
<body><header><nav><a href="/">Home</a></nav></header><h1 class="read__title">LIVE: Perkembangan terbaru</h1>
<div class="read__content"><div class="clearfix">${entries}</div></div><div id="EndOfArticle"></div><footer>© Kompas.com</footer></body></html>`;
}

export function benchPages(): PageDef[] {
  const news = newsParagraphs();
  return [
    { name: 'seed article', url: SEED_URL, html: seedPageHtml(), root: '.txt-article', paragraphs: seedBodyParagraphs().length },
    { name: '200-paragraph article', url: ARTICLE_URL, html: articlePageHtml(cycle(news, 200), 'Artikel 200 paragraf'), root: '.txt-article', paragraphs: 200 },
    { name: '10,000-paragraph live blog', url: LIVEBLOG_URL, html: liveBlogHtml(cycle(news, 10_000)), root: '.read__content', paragraphs: 10_000 },
  ];
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; src_func?: string };
}

/** The task that renders a frame (style, layout, paint): the page's own cost after any change to its DOM. */
const FRAME_TASK = 'ScheduledActionSendBeginMainFrame';

/**
 * Renderer main-thread tasks while `work` runs: the thread with the most task time, its total, its longest task,
 * and its longest task that holds no rendering update (script and messaging alone).
 */
async function traced(cdp: CDPSession, work: () => Promise<void>): Promise<{ mainMs: number; cpuMs: number; longestTaskMs: number; longestScriptTaskMs: number }> {
  const events: TraceEvent[] = [];
  const onData = (e: { value: TraceEvent[] }) => events.push(...e.value);
  cdp.on('Tracing.dataCollected', onData as (e: unknown) => void);
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: ['toplevel', '__metadata'] } });
  await work();
  await cdp.send('Tracing.end');
  await complete;
  cdp.off('Tracing.dataCollected', onData as (e: unknown) => void);
  const mainThreads = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  type Totals = { total: number; cpu: number; longest: number; longestScript: number };
  const perThread = new Map<string, Totals & { end: number; open: TraceEvent | null; frame: boolean }>();
  const close = (t: Totals & { open: TraceEvent | null; frame: boolean }) => {
    if (t.open && !t.frame) t.longestScript = Math.max(t.longestScript, t.open.dur! / 1000);
  };
  // A task shows up as a RunTask with a ThreadControllerImpl::RunTask inside it (which names the task's source):
  // only the outermost counts, or most of the main thread's time would be counted twice.
  const tasks = events.filter((e) => e.ph === 'X' && /RunTask/.test(e.name) && e.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  for (const e of tasks) {
    const id = `${e.pid}:${e.tid}`;
    if (!mainThreads.has(id)) continue;
    const t = perThread.get(id) ?? { total: 0, cpu: 0, longest: 0, longestScript: 0, end: -Infinity, open: null, frame: false };
    perThread.set(id, t);
    if (e.ts + e.dur! > t.end) {
      close(t);
      t.open = e;
      t.frame = false;
      t.end = e.ts + e.dur!;
      t.total += e.dur! / 1000;
      t.cpu += (e.tdur ?? e.dur!) / 1000;
      t.longest = Math.max(t.longest, e.dur! / 1000);
    }
    if (e.args?.src_func === FRAME_TASK) t.frame = true;
  }
  for (const t of perThread.values()) close(t);
  let best = { total: 0, cpu: 0, longest: 0, longestScript: 0 };
  for (const t of perThread.values()) if (t.total > best.total) best = t;
  return { mainMs: best.total, cpuMs: best.cpu, longestTaskMs: best.longest, longestScriptTaskMs: best.longestScript };
}

async function heapMB(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const h = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return h.usedSize / 1024 / 1024;
}

async function openPage(ext: Ext, def: PageDef): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await ext.context.newPage();
  await page.goto(def.url, { waitUntil: 'load' });
  // The scanner pauses in hidden tabs: make sure this one is the visible one.
  await page.bringToFront();
  await page.evaluate(TWO_FRAMES);
  const cdp = await ext.context.newCDPSession(page);
  return { page, cdp };
}

/** The content script's isolated world on this page (where its scan progress lives). */
async function contentWorld(cdp: CDPSession): Promise<number> {
  const ids: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  const on = (e: { context: { id: number; origin: string; auxData?: { type?: string } } }) => ids.push(e.context);
  cdp.on('Runtime.executionContextCreated', on);
  await cdp.send('Runtime.enable');
  cdp.off('Runtime.executionContextCreated', on);
  const world = ids.find((c) => c.auxData?.type === 'isolated' && c.origin.startsWith('chrome-extension://'));
  if (!world) throw new Error('content script world not found');
  return world.id;
}

/**
 * Waits, inside the content script's world, for the scan to finish, and returns its progress. One call: polling over
 * CDP compiled and ran an expression in the page every 50 ms, tasks that the trace counted as the extension's.
 */
async function scanDone(cdp: CDPSession, world: number, timeoutMs: number): Promise<ScanStats | null> {
  const expression = `new Promise((resolve) => {
    const t0 = performance.now();
    const check = () => {
      const s = globalThis.__cekAngkaScan;
      if ((s && s.scans > 0 && !s.busy && s.doneAt > 0) || performance.now() - t0 > ${timeoutMs}) resolve(JSON.stringify(s ?? null));
      else setTimeout(check, 20);
    };
    check();
  })`;
  const r = (await cdp.send('Runtime.evaluate', { contextId: world, expression, awaitPromise: true, returnByValue: true })) as { result: { value?: string } };
  return r.result.value ? (JSON.parse(r.result.value) as ScanStats | null) : null;
}

async function runExtension(ext: Ext, def: PageDef, mode: Mode): Promise<Run> {
  await setSettings(ext, { enabled: false, mode });
  const { page, cdp } = await openPage(ext, def);
  const world = await contentWorld(cdp);
  const heap0 = await heapMB(cdp);
  let s: ScanStats | null = null;
  const trace = await traced(cdp, async () => {
    await setSettings(ext, { enabled: true, mode });
    s = await scanDone(cdp, world, 120_000);
    if (!s || s.busy || !s.doneAt) throw new Error(`${def.name} ${mode}: scan did not finish (last state: ${JSON.stringify(s)})`);
    // Let the frames that paint the marks run inside the trace too.
    await page.evaluate(TWO_FRAMES);
  });
  const done = s as ScanStats | null;
  const heap1 = await heapMB(cdp);
  const marks = (await page.evaluate("document.querySelectorAll('cek-angka').length")) as number;
  await setSettings(ext, { enabled: false, mode });
  await cdp.detach();
  await page.close();
  return {
    firstMarkMs: done && done.firstMarkAt ? done.firstMarkAt - done.startedAt : NaN,
    wallMs: done ? done.doneAt - done.startedAt : NaN,
    mainMs: trace.mainMs,
    cpuMs: trace.cpuMs,
    longestTaskMs: trace.longestTaskMs,
    longestScriptTaskMs: trace.longestScriptTaskMs,
    heapMB: heap1 - heap0,
    marks,
  };
}

/**
 * The contenders' code, as a string: tsx would add helpers to a function passed to page.evaluate that the page does
 * not have. Returns { ms, count } for one synchronous pass over the article root.
 */
function referencePass(kind: Reference, root: string): string {
  return `(() => {
    const el = document.querySelector(${JSON.stringify(root)});
    const re = new RegExp(${JSON.stringify(FIGURE_RE_SOURCE)}, 'g');
    const t0 = performance.now();
    let count = 0;
    if (${JSON.stringify(kind)} === 'markjs') {
      new Mark(el).markRegExp(re, { done: (n) => { count = n; } });
    } else if (${JSON.stringify(kind)} === 'one-mark') {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        re.lastIndex = 0;
        const m = re.exec(n.data);
        if (!m) continue;
        const figure = n.splitText(m.index);
        figure.splitText(m[0].length);
        const mark = document.createElement('mark');
        figure.parentNode.insertBefore(mark, figure);
        mark.appendChild(figure);
        count = 1;
        break;
      }
    } else {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const data = n.data;
        re.lastIndex = 0;
        while (re.exec(data)) count++;
      }
    }
    return { ms: performance.now() - t0, count };
  })()`;
}

const TWO_FRAMES = 'new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))';

const MARKJS = () => readFileSync(join(ROOT, 'node_modules', 'mark.js', 'dist', 'mark.min.js'), 'utf8');

/**
 * mark.js, the bare text-node pass, or one mark: the first digit run wrapped in a <mark>, which measures what the
 * page's own style, layout and paint cost after any change to its text (the floor of every marker's longest task).
 */
type Reference = 'markjs' | 'bare' | 'one-mark';

async function runReference(ext: Ext, def: PageDef, kind: Reference): Promise<Run> {
  await setSettings(ext, { enabled: false });
  const { page, cdp } = await openPage(ext, def);
  if (kind === 'markjs') await page.addScriptTag({ content: MARKJS() });
  const heap0 = await heapMB(cdp);
  let result = { ms: 0, count: 0 };
  const trace = await traced(cdp, async () => {
    result = (await page.evaluate(referencePass(kind, def.root))) as { ms: number; count: number };
    await page.evaluate(TWO_FRAMES);
  });
  const heap1 = await heapMB(cdp);
  await cdp.detach();
  await page.close();
  return { firstMarkMs: result.ms, wallMs: result.ms, mainMs: trace.mainMs, cpuMs: trace.cpuMs, longestTaskMs: trace.longestTaskMs, longestScriptTaskMs: trace.longestScriptTaskMs, heapMB: heap1 - heap0, marks: result.count };
}

function medianRun(runs: Run[]): Run {
  const pick = (k: keyof Run) => median(runs.map((r) => r[k]));
  return { firstMarkMs: pick('firstMarkMs'), mainMs: pick('mainMs'), cpuMs: pick('cpuMs'), wallMs: pick('wallMs'), longestTaskMs: pick('longestTaskMs'), longestScriptTaskMs: pick('longestScriptTaskMs'), heapMB: pick('heapMB'), marks: pick('marks') };
}

async function repeat(n: number, fn: () => Promise<Run>): Promise<Run> {
  const runs: Run[] = [];
  for (let i = 0; i < n; i++) runs.push(await fn());
  return medianRun(runs);
}

export async function bench(opts: { json: boolean }): Promise<{ name: string; rows: Row[]; json: Record<string, unknown> }> {
  const log = (s: string) => process.stderr.write(`${s}\n`);
  const runsArg = process.argv.find((a) => a.startsWith('--page-runs='));
  const runs = runsArg ? Number(runsArg.split('=')[1]) : 3;
  // --page=live (a substring of a page name) measures only the pages whose name holds it.
  const only = process.argv.find((a) => a.startsWith('--page='))?.split('=')[1];
  const pages = benchPages().filter((p) => !only || p.name.includes(only));
  // CEK_ANGKA_DIST: a copy of the build to measure (dist/ may be rebuilt by someone else in the middle of a run).
  const ext = await launchWithExtension(process.env['CEK_ANGKA_DIST'] || undefined);
  const rows: Row[] = [];
  const page: Record<string, unknown> = {};
  try {
    await servePage(ext.context as BrowserContext, Object.fromEntries(benchPages().map((p) => [p.url, p.html])));
    // Warm up: the worker loads its dataset once, and each contender compiles its code.
    const warm = benchPages()[0]!;
    await runExtension(ext, warm, 'factchecker');
    await runReference(ext, warm, 'markjs');
    for (const def of pages) {
      if (!opts.json) log(`pages: ${def.name} …`);
      const bare = await repeat(runs, () => runReference(ext, def, 'bare'));
      const markjs = await repeat(runs, () => runReference(ext, def, 'markjs'));
      const fact = await repeat(runs, () => runExtension(ext, def, 'factchecker'));
      const reader = await repeat(runs, () => runExtension(ext, def, 'reader'));
      const oneMark = await repeat(runs, () => runReference(ext, def, 'one-mark'));
      const ratioToMarkjs = fact.mainMs / markjs.mainMs;
      const ratioToBarePass = reader.mainMs / bare.mainMs;
      const cpuRatioToMarkjs = fact.cpuMs / markjs.cpuMs;
      const cpuRatioToBarePass = reader.cpuMs / bare.cpuMs;
      page[def.name] = {
        paragraphs: def.paragraphs,
        firstMarkMs: fact.firstMarkMs,
        totalMs: fact.mainMs,
        readerMs: reader.mainMs,
        longestTaskMs: Math.max(fact.longestTaskMs, reader.longestTaskMs),
        longestScriptTaskMs: Math.max(fact.longestScriptTaskMs, reader.longestScriptTaskMs),
        heapMB: Math.max(fact.heapMB, reader.heapMB),
        ratioToMarkjs,
        ratioToBarePass,
        totalCpuMs: fact.cpuMs,
        readerCpuMs: reader.cpuMs,
        cpuRatioToMarkjs,
        cpuRatioToBarePass,
        oneMarkLongestTaskMs: oneMark.longestTaskMs,
        detail: { factchecker: fact, reader, markjs, bare, oneMark },
      };
      const n = def.name;
      rows.push(
        { label: `${n}: fact-checker, time to first mark`, value: fact.firstMarkMs, unit: 'ms' },
        { label: `${n}: fact-checker, main-thread time (${fact.marks} marks)`, value: fact.mainMs, unit: 'ms' },
        { label: `${n}: fact-checker, main-thread CPU time`, value: fact.cpuMs, unit: 'ms' },
        { label: `${n}: fact-checker, wall time to done`, value: fact.wallMs, unit: 'ms' },
        { label: `${n}: fact-checker, longest task`, value: fact.longestTaskMs, unit: 'ms' },
        { label: `${n}: fact-checker, longest task without a relayout`, value: fact.longestScriptTaskMs, unit: 'ms' },
        { label: `${n}: fact-checker, JS heap growth`, value: fact.heapMB, unit: 'MB' },
        { label: `${n}: reader, time to first mark`, value: reader.firstMarkMs, unit: 'ms' },
        { label: `${n}: reader, main-thread time (${reader.marks} marks)`, value: reader.mainMs, unit: 'ms' },
        { label: `${n}: reader, main-thread CPU time`, value: reader.cpuMs, unit: 'ms' },
        { label: `${n}: reader, longest task`, value: reader.longestTaskMs, unit: 'ms' },
        { label: `${n}: reader, longest task without a relayout`, value: reader.longestScriptTaskMs, unit: 'ms' },
        { label: `${n}: reader, JS heap growth`, value: reader.heapMB, unit: 'MB' },
        { label: `${n}: mark.js 8.11, main-thread time (${markjs.marks} marks)`, value: markjs.mainMs, unit: 'ms' },
        { label: `${n}: mark.js 8.11, main-thread CPU time`, value: markjs.cpuMs, unit: 'ms' },
        { label: `${n}: mark.js 8.11, longest task`, value: markjs.longestTaskMs, unit: 'ms' },
        { label: `${n}: bare text-node pass, main-thread time`, value: bare.mainMs, unit: 'ms' },
        { label: `${n}: bare text-node pass, main-thread CPU time`, value: bare.cpuMs, unit: 'ms' },
        { label: `${n}: one <mark> written, main-thread time`, value: oneMark.mainMs, unit: 'ms' },
        { label: `${n}: one <mark> written, main-thread CPU time`, value: oneMark.cpuMs, unit: 'ms' },
        { label: `${n}: one <mark> written, longest task (the page's relayout)`, value: oneMark.longestTaskMs, unit: 'ms' },
        { label: `${n}: fact-checker ÷ mark.js (aim ≤ 0.5)`, value: ratioToMarkjs, unit: 'x' },
        { label: `${n}: reader ÷ bare pass (aim ≤ 4)`, value: ratioToBarePass, unit: 'x' },
        { label: `${n}: fact-checker ÷ mark.js, by CPU time`, value: cpuRatioToMarkjs, unit: 'x' },
        { label: `${n}: reader ÷ bare pass, by CPU time`, value: cpuRatioToBarePass, unit: 'x' },
      );
    }
  } finally {
    await ext.close();
  }
  return { name: 'real pages (Chromium, built extension)', rows, json: { page } };
}

// `tsx bench/pages.ts [--json] [--page-runs=N]` runs this benchmark alone.
if (process.argv[1] !== undefined && import.meta.filename === process.argv[1]) {
  const json = process.argv.includes('--json');
  const r = await bench({ json });
  if (json) console.log(JSON.stringify(r.json, null, 2));
  else for (const row of r.rows) console.log(`${row.label.padEnd(64)} ${row.value.toFixed(row.unit === 'x' ? 2 : 1).padStart(10)} ${row.unit}`);
}
