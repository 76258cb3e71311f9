/**
 * Matching latency: one page batch of 50 figures against the bundled data and against 10,000 and 100,000 claims
 * generated from the real ones (values, entities and keywords varied), next to a naive matcher that takes its
 * candidates from a linear scan of every figure instead of the index's buckets. Figures, never assertions.
 */
import { readFileSync } from 'node:fs';
import { compileDataset, DatasetIndex, type CompiledDataset } from '../src/core/claims/compiled';
import type { DatasetRecord } from '../src/core/claims/schema';
import { figuresInBlocks } from '../src/core/match/context';
import { matchFigures, type MatchOptions } from '../src/core/match/match';
import type { FigureInContext, PageContext } from '../src/core/match/types';
import { loadIndex } from '../src/cli/annotate';
import { median, prng } from './lib';

const BATCH = 50;

/** Two significant digits, as reported figures usually are. */
function roughly(v: number): number {
  if (v === 0) return 0;
  const p = 10 ** (Math.floor(Math.log10(Math.abs(v))) - 1);
  return Math.round(v / p) * p;
}

/** `n` claim records made from the real ones: values scaled, entities and keywords mixed from other records. */
export function generateRecords(base: readonly DatasetRecord[], entityIds: readonly string[], n: number, seed = 7): DatasetRecord[] {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const claims = base.filter((r) => r.figures.length > 0);
  const out: DatasetRecord[] = [];
  for (let i = 0; i < n; i++) {
    const r = claims[i % claims.length] as DatasetRecord;
    const other = pick(claims);
    const scale = 10 ** (rand() * 4 - 2);
    // Mostly other entities than the original's: a large dataset covers many subjects.
    const entities = [...new Set([rand() < 0.2 ? pick(r.entities.length ? r.entities : entityIds) : pick(entityIds), pick(entityIds), pick(entityIds)])];
    out.push({
      ...r,
      id: `gen-${String(i).padStart(6, '0')}-${r.id}`.slice(0, 80),
      type: 'claim',
      figures: r.figures.map((f) => ({
        ...f,
        value: f.kind === 'year' || f.kind === 'date' ? f.value : roughly(f.value * scale),
        ...(f.max !== undefined ? { max: roughly(f.max * scale) } : {}),
      })),
      entities,
      keywords: {
        id: [...r.keywords.id.slice(0, 3), ...other.keywords.id.slice(0, 3)],
        en: [...r.keywords.en.slice(0, 3), ...other.keywords.en.slice(0, 3)],
      },
      supersededBy: [],
      related: [],
    } as DatasetRecord);
  }
  return out;
}

const EXTRA_BLOCKS = [
  "North Korea has sent about 6,700 containers of munitions to Russia since September, South Korea's defence minister Shin Won-sik said, enough for more than 3 million 152mm shells or 500,000 122mm rounds.",
  'Menurut Departemen Luar Negeri AS, Korut mengirim lebih dari 10.000 kontainer amunisi ke Rusia sejak September 2023.',
  'Pelabuhan Tanjung Priok menangani 6.700 kontainer per hari, naik 12 persen dari tahun lalu.',
  'Polisi menyita 3 juta peluru dan 150 senjata api rakitan di Surabaya pada 2024.',
  'Rusia mengirim sekitar 9.000 kontainer, sebagian besar berisi makanan, ke Korea Utara sebagai imbalan.',
  'Russia has fought in Ukraine for two years since the full-scale invasion of 24 February 2022, and the war in Donbas began in 2014.',
  'Kongres AS menyetujui bantuan 61 miliar dolar untuk Ukraina, sementara G7 sepakat memberi pinjaman 50 miliar dolar.',
  'Sekitar 12.000 tentara Korea Utara dikirim ke Rusia, dan 11.000 di antaranya berada di wilayah Kursk.',
  'UNHCR mencatat 6,9 juta pengungsi dari Ukraina, dan 14,6 juta orang membutuhkan bantuan kemanusiaan.',
  'Harga cabai rawit naik 20 persen menjadi Rp 80.000 per kilogram di 34 pasar tradisional Jakarta.',
  'Timnas Indonesia menang 2-0 atas Vietnam di depan 60.000 penonton di Stadion Utama Gelora Bung Karno.',
];

/** 50 figures in context: the seed article, rewrites and unrelated stories (cycled only if fewer). */
export function pageBatch(): { items: FigureInContext[]; page: PageContext } {
  const seed = readFileSync('/work/shared/fixtures/tribunnews-kim-6700-kontainer.txt', 'utf8');
  // The worker gets its blocks' texts out of a message, as fresh strings, not as slices of a file read.
  const blocks = JSON.parse(JSON.stringify([...seed.split('\n').map((l) => l.trim()).filter(Boolean), ...EXTRA_BLOCKS])) as string[];
  const found = figuresInBlocks(blocks, 'auto').map((f) => f.item);
  const items: FigureInContext[] = [];
  for (let i = 0; items.length < BATCH && found.length > 0; i++) {
    const item = found[i % found.length] as FigureInContext;
    items.push({ ...item, key: `b${i}` });
  }
  return { items, page: { title: blocks[0] ?? '', lang: 'id', published: '2024-02-27' } };
}

/** Median ms per batch over `runs` runs, after a warm-up run. */
function time(index: DatasetIndex, items: FigureInContext[], page: PageContext, runs: number, opts: MatchOptions): { ms: number; cpuMs: number; shown: number } {
  const first = matchFigures(index, items, page, opts);
  const samples: number[] = [];
  // Process CPU time next to the wall-clock median: on a shared machine the wall clock also counts waiting.
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    matchFigures(index, items, page, opts);
    samples.push(performance.now() - t0);
  }
  const cpu = process.cpuUsage(cpu0);
  return { ms: median(samples), cpuMs: (cpu.user + cpu.system) / 1000 / runs, shown: first.filter((r) => r.matches.length > 0).length };
}

export async function bench(opts: { json: boolean }): Promise<{
  name: string;
  rows: { label: string; value: number; unit: string }[];
  json: Record<string, unknown>;
}> {
  void opts;
  const bundledIndex = loadIndex();
  const compiled: CompiledDataset = compileDataset({
    records: bundledIndex.records,
    units: bundledIndex.units,
    entities: bundledIndex.entities,
    topics: bundledIndex.topics,
  });
  const { items, page } = pageBatch();
  const distinct = new Set(items.map((i) => `${i.paragraph}|${i.figure.start}`)).size;
  const rows: { label: string; value: number; unit: string }[] = [];
  const json: Record<string, unknown> = { batchFigures: items.length, distinctFigures: distinct };
  const lexicon = compiled.entities.map((e) => e.id);
  // Two vocabularies: the 136 lexicon entities only (dense: every pair of entities on a page recurs in many
  // claims, a worst case), and a long tail of 5,000 further subjects, as a large real dataset would have.
  const longTail = [...lexicon, ...Array.from({ length: 5000 }, (_, i) => `subject-${i}`)];
  const sizes: [string, number, readonly string[]][] = [
    ['bundled', 0, lexicon],
    ['10k', 10_000, lexicon],
    ['100k', 100_000, lexicon],
    ['100k long-tail entities', 100_000, longTail],
  ];
  for (const [label, extra, entityIds] of sizes) {
    const records = extra === 0 ? compiled.records : [...compiled.records, ...generateRecords(compiled.records, entityIds, extra)];
    const data = extra === 0 ? compiled : compileDataset({ ...compiled, records });
    const indexed = new DatasetIndex(data);
    const runs = extra >= 100_000 ? 100 : extra > 0 ? 200 : 400;
    // What the worker runs: only each figure's top match is explained (the CLI explains every match).
    const fast = time(indexed, items, page, runs, { explain: 'top' });
    const all = time(indexed, items, page, runs, { explain: 'all' });
    const slow = time(indexed, items, page, extra >= 100_000 ? 3 : 15, { scan: true });
    rows.push({ label: `match ${items.length} figures as the worker does (top match explained), ${label} (${records.length} records)`, value: fast.ms, unit: 'ms/batch' });
    rows.push({ label: `  same, CPU time per batch (mean over all the process's threads, GC helpers too)`, value: fast.cpuMs, unit: 'ms/batch' });
    rows.push({ label: `  every match explained (CLI), ${label}`, value: all.ms, unit: 'ms/batch' });
    rows.push({ label: `naive linear scan, ${label}`, value: slow.ms, unit: 'ms/batch' });
    rows.push({ label: `index speed-up over scan, ${label}`, value: slow.ms / Math.max(fast.ms, 1e-6), unit: 'x' });
    json[label] = { records: records.length, msPerBatch: fast.ms, cpuMsPerBatch: fast.cpuMs, allExplainedMsPerBatch: all.ms, naiveMsPerBatch: slow.ms, figuresShown: fast.shown };
  }
  return { name: 'match', rows, json: { match: json } };
}

// Run directly: `npx tsx bench/match.ts`.
if (import.meta.url === `file://${process.argv[1]}`) {
  void bench({ json: false }).then((r) => {
    for (const row of r.rows) console.log(`${row.label.padEnd(60)} ${row.value.toFixed(3).padStart(10)} ${row.unit}`);
  });
}
