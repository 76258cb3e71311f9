/**
 * Figure detection benchmark: throughput (MB/s of news text) of detectFigures next to a bare digit scan
 * `/\d[\d.,]*\/g` over the same text in the same run, and the time for one seed article. Texts: the seed
 * article as one block and repeated ×100 as one text, the labelled corpus texts one by one (as the
 * content script calls it, block by block), and the paragraphs of the 20 saved real pages one by one with
 * lang 'auto' (most are English, a few French, German, Portuguese or Chinese: ordinary text with few figures).
 * Medians of repeated runs; nothing here asserts timings.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { countAnchors, detectFigures } from '../src/core/figures/detect';
import { parseCorpus } from '../src/core/figures/corpus';
import type { Lang } from '../src/core/figures/figure';
import { median, time, type Row } from './lib';

const ROOT = join(import.meta.dirname, '..');
const SEED_CANDIDATES = [
  join(ROOT, 'test', 'fixtures', 'tribunnews-kim-6700-kontainer.txt'),
  join(ROOT, '..', 'shared', 'fixtures', 'tribunnews-kim-6700-kontainer.txt'),
];

/** The seed article: from the repository's fixtures if copied there, else the shared fixture. */
function seedText(): string {
  const corpusSeed = join(ROOT, 'test', 'corpus', 'figures', 'seed.jsonl');
  for (const f of SEED_CANDIDATES) if (existsSync(f)) return readFileSync(f, 'utf8');
  if (existsSync(corpusSeed)) return parseCorpus(readFileSync(corpusSeed, 'utf8'), corpusSeed).lines.map((l) => l.text).join('\n');
  throw new Error('seed article not found');
}

const PAGES_DIR = join(ROOT, '..', 'shared', 'pages', 'readability');
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', mdash: '—', ndash: '–', hellip: '…' };

/**
 * The visible text of a saved page, block by block, read crudely: scripts, styles and comments dropped, block
 * tags split paragraphs, other tags removed, a few entities decoded, whitespace folded.
 */
export function pageParagraphs(html: string): string[] {
  return html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|noscript|template|svg)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .split(/<\/?(?:p|div|li|ul|ol|h[1-6]|br|hr|tr|td|th|table|section|article|header|footer|nav|aside|blockquote|pre|figure|figcaption|dl|dd|dt|form|main|option)\b[^>]*>/i)
    .map((b) =>
      b
        .replace(/<[^>]*>/g, '')
        .replace(/&(?:#(\d+)|#x([0-9a-f]+)|(\w+));/gi, (m, d?: string, h?: string, name?: string) =>
          d ? String.fromCodePoint(Number(d)) : h ? String.fromCodePoint(parseInt(h, 16)) : (ENTITIES[name!.toLowerCase()] ?? m),
        )
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((t) => t !== '');
}

/** The 20 saved real pages (../shared/pages/readability), each as its paragraphs; empty when not there. */
export function pageTexts(): { name: string; paragraphs: string[] }[] {
  if (!existsSync(PAGES_DIR)) return [];
  return readdirSync(PAGES_DIR)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => ({ name: f.slice(0, -5), paragraphs: pageParagraphs(readFileSync(join(PAGES_DIR, f), 'utf8')) }));
}

function corpusTexts(): Record<Lang, string[]> {
  const dir = join(ROOT, 'test', 'corpus', 'figures');
  const out: Record<Lang, string[]> = { id: [], en: [] };
  if (existsSync(dir)) {
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.jsonl')).sort()) {
      for (const line of parseCorpus(readFileSync(join(dir, f), 'utf8'), f).lines) out[line.lang].push(line.text);
    }
  }
  return out;
}

/**
 * MB/s of detectFigures and of the bare digit scan over `texts`, each text on its own (UTF-16 code units
 * counted as bytes of text).
 */
/** CPU milliseconds (user + system) per call of fn, over `reps` calls: steadier than wall time on a loaded machine. */
function cpuMs(reps: number, fn: () => void): number {
  const a = process.cpuUsage();
  for (let i = 0; i < reps; i++) fn();
  const d = process.cpuUsage(a);
  return (d.user + d.system) / 1000 / reps;
}

function throughput(texts: string[], lang: Lang | 'auto', runs: number): { detect: number; bare: number; cpuRatio: number; figures: number } {
  let figures = 0;
  const detectAll = () => {
    let n = 0;
    for (const t of texts) n += detectFigures(t, { lang }).length;
    return n;
  };
  const bareAll = () => {
    let n = 0;
    for (const t of texts) {
      const re = /\d[\d.,]*/g;
      while (re.exec(t) !== null) n++;
    }
    return n;
  };
  // Warm up both so that neither pays for compilation in the timed runs.
  for (let i = 0; i < 5; i++) {
    figures = detectAll();
    bareAll();
  }
  // Interleaved, so that both see the same load on a shared machine.
  const td: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < runs; i++) {
    td.push(time(1, () => void detectAll()));
    tb.push(time(1, () => void bareAll()));
  }
  const tDetect = median(td);
  const tBare = median(tb);
  // The same ratio by CPU time (the lowest of a few rounds): wall-clock ratios grow with the machine's load,
  // since the longer detection runs are preempted more often than the short bare scans.
  const cd: number[] = [];
  const cb: number[] = [];
  // About 200 ms of detection per round (tDetect is in ms).
  const reps = Math.max(1, Math.round(200 / Math.max(tDetect, 0.001)));
  for (let i = 0; i < 5; i++) {
    cd.push(cpuMs(reps, () => void detectAll()));
    cb.push(cpuMs(reps * 20, () => void bareAll()));
  }
  const mb = texts.reduce((n, t) => n + t.length, 0) / 1e6;
  return { detect: mb / (tDetect / 1000), bare: mb / (tBare / 1000), cpuRatio: Math.min(...cd) / Math.min(...cb), figures };
}

/** Median ms of the detector's anchor scan alone and of the bare digit scan over `text`, interleaved. */
function anchorScanMs(text: string): { anchors: number; bare: number } {
  const bare = () => {
    const re = /\d[\d.,]*/g;
    while (re.exec(text) !== null);
  };
  for (let i = 0; i < 5; i++) {
    countAnchors(text, 'id');
    bare();
  }
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < 31; i++) {
    ta.push(time(1, () => void countAnchors(text, 'id')));
    tb.push(time(1, bare));
  }
  return { anchors: median(ta), bare: median(tb) };
}

export async function bench(opts: { json: boolean }): Promise<{ name: string; rows: Row[]; json: Record<string, unknown> }> {
  void opts;
  const seed = seedText();
  for (let i = 0; i < 500; i++) {
    detectFigures(seed, { lang: 'id' });
    detectFigures(seed, { lang: 'auto' });
  }
  const seedMs = time(300, () => {
    detectFigures(seed, { lang: 'id' });
  });
  const seedAutoMs = time(300, () => {
    detectFigures(seed, { lang: 'auto' });
  });
  const seedFigures = detectFigures(seed, { lang: 'id' }).length;

  const big = Array.from({ length: 100 }, () => seed).join('\n');
  const seedTp = throughput([big], 'id', 15);
  const anchorsMs = anchorScanMs(big);
  const corpus = corpusTexts();
  const idTp = corpus.id.length > 0 ? throughput(corpus.id, 'id', 25) : undefined;
  const enTp = corpus.en.length > 0 ? throughput(corpus.en, 'en', 25) : undefined;
  // Real pages, paragraph by paragraph, each guessing its language as the content script does without a page language.
  const pages = pageTexts();
  const pageBlocks = pages.flatMap((p) => p.paragraphs);
  const pagesTp = pageBlocks.length > 0 ? throughput(pageBlocks, 'auto', 15) : undefined;

  const rows: Row[] = [
    { label: `seed article (${seed.length} chars, ${seedFigures} figures), lang id`, value: seedMs, unit: 'ms' },
    { label: 'seed article, lang auto', value: seedAutoMs, unit: 'ms' },
    { label: 'detect, seed ×100', value: seedTp.detect, unit: 'MB/s' },
    { label: 'bare /\\d[\\d.,]*/g scan, seed ×100', value: seedTp.bare, unit: 'MB/s' },
    { label: 'bare scan ÷ detect (slowdown), seed', value: seedTp.bare / seedTp.detect, unit: 'x' },
    { label: 'slowdown by CPU time, seed', value: seedTp.cpuRatio, unit: 'x' },
    // The floor of a detector that reads number words: finding where figures may start, before reading any.
    { label: "anchor scan alone (detect's first step: digit runs and number words), seed ×100", value: anchorsMs.anchors, unit: 'ms' },
    { label: 'anchor scan ÷ bare scan, seed ×100', value: anchorsMs.anchors / anchorsMs.bare, unit: 'x' },
  ];
  for (const [name, tp] of [['id corpus', idTp], ['en corpus', enTp], [`${pages.length} real pages`, pagesTp]] as const) {
    if (!tp) continue;
    rows.push(
      { label: `detect, ${name} (text by text, ${tp.figures} figures)`, value: tp.detect, unit: 'MB/s' },
      { label: `bare scan, ${name}`, value: tp.bare, unit: 'MB/s' },
      { label: `bare scan ÷ detect (slowdown), ${name}`, value: tp.bare / tp.detect, unit: 'x' },
      { label: `slowdown by CPU time, ${name}`, value: tp.cpuRatio, unit: 'x' },
    );
  }
  const json = {
    detect: {
      seedMs,
      seedAutoMs,
      seedMBps: seedTp.detect,
      seedBareMBps: seedTp.bare,
      seedSlowdown: seedTp.bare / seedTp.detect,
      seedCpuSlowdown: seedTp.cpuRatio,
      seedAnchorScanMs: anchorsMs.anchors,
      seedAnchorScanSlowdown: anchorsMs.anchors / anchorsMs.bare,
      ...(idTp ? { idCorpusMBps: idTp.detect, idCorpusBareMBps: idTp.bare, idCorpusSlowdown: idTp.bare / idTp.detect, idCorpusCpuSlowdown: idTp.cpuRatio } : {}),
      ...(enTp ? { enCorpusMBps: enTp.detect, enCorpusBareMBps: enTp.bare, enCorpusSlowdown: enTp.bare / enTp.detect, enCorpusCpuSlowdown: enTp.cpuRatio } : {}),
      ...(pagesTp ? { pagesMBps: pagesTp.detect, pagesBareMBps: pagesTp.bare, pagesSlowdown: pagesTp.bare / pagesTp.detect, pagesCpuSlowdown: pagesTp.cpuRatio } : {}),
    },
  };
  return { name: 'figure detection', rows, json };
}

// `tsx bench/detect.ts` runs this benchmark alone.
if (process.argv[1] !== undefined && import.meta.filename === process.argv[1]) {
  const r = await bench({ json: process.argv.includes('--json') });
  if (process.argv.includes('--json')) console.log(JSON.stringify(r.json, null, 2));
  else for (const row of r.rows) console.log(`${row.label.padEnd(52)} ${row.value.toFixed(row.unit === 'ms' ? 4 : 1).padStart(10)} ${row.unit}`);
}
