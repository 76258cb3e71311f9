/**
 * Dataset benchmark: compile time, compiled size (raw and gzip), worker-style load time (JSON.parse + new
 * DatasetIndex) and figure lookups through the bucket index next to a linear scan, for the bundled data and for
 * 10,000 and 100,000 generated claims. Figures are medians of repeated runs; nothing here asserts timings.
 */
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { loadDataset } from '../src/node/dataset-files';
import { compileDataset, DatasetIndex, type DatasetInput } from '../src/core/claims/compiled';
import type { DatasetRecord } from '../src/core/claims/schema';
import { prng, time, type Row } from './lib';

/** Claims shaped like imported ClaimReview records: short texts, one source, one or two figures. */
function generate(base: DatasetInput, n: number): DatasetInput {
  const r = prng(n);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const units = base.units.map((u) => u.id);
  const entities = base.entities.map((e) => e.id);
  const topics = base.topics.map((t) => t.id);
  const statuses = ['confirmed', 'reported', 'disputed', 'misleading', 'false', 'unverified'] as const;
  const records: DatasetRecord[] = [];
  for (let i = 0; i < n; i++) {
    const figures = Array.from({ length: 1 + Math.floor(r() * 2) }, () => {
      const value = Math.round(10 ** (r() * 9) * 100) / 100;
      return {
        value,
        ...(r() < 0.1 ? { max: value * 2 } : {}),
        unit: pick(units),
        kind: 'count' as const,
        qualifier: 'approx' as const,
        basis: 'claimed' as const,
      };
    });
    const text = `Generated claim ${i} about ${figures.map((f) => `${f.value} ${f.unit}`).join(' and ')}.`;
    records.push({
      id: `gen-${i.toString(36).padStart(5, '0')}`,
      type: 'claim',
      summary: { id: text, en: text },
      claimant: { name: `Claimant ${i % 997}` },
      claimDate: `20${10 + Math.floor(r() * 16)}-0${1 + Math.floor(r() * 9)}`,
      topics: [pick(topics)],
      entities: [pick(entities), pick(entities)].filter((e, j, a) => a.indexOf(e) === j),
      status: pick(statuses),
      rationale: { id: 'Contoh.', en: 'Example.' },
      caveats: [],
      sources: [{ publisher: 'Example', url: `https://factcheck.example.org/${i}`, title: `Review ${i}`, primary: true }],
      supersededBy: [],
      related: [],
      keywords: { id: [], en: [] },
      reviewed: '2026-01',
      figures,
    });
  }
  return { ...base, records };
}

interface Measured {
  name: string;
  records: number;
  compileMs: number;
  bytes: number;
  gzipBytes: number;
  loadMs: number;
  lookupUs: number;
  scanUs: number;
}

function measure(name: string, input: DatasetInput, runs: number): Measured {
  let json = '';
  const compileMs = time(runs, () => {
    json = JSON.stringify(compileDataset(input));
  });
  const bytes = Buffer.byteLength(json);
  const gzipBytes = gzipSync(json).length;
  let index: DatasetIndex | undefined;
  const loadMs = time(runs, () => {
    index = new DatasetIndex(JSON.parse(json));
  });
  const idx = index!;
  // Lookups as the matcher makes them: a unit and a value, factor 1.5.
  const r = prng(42);
  const units = input.units.map((u) => u.id);
  const queries = Array.from({ length: 2000 }, () => ({ unit: units[Math.floor(r() * units.length)]!, value: 10 ** (r() * 9) }));
  const all = idx.records.flatMap((record) => record.figures.map((figure) => ({ record, figure })));
  const lookupUs =
    (time(Math.max(3, runs), () => {
      for (const q of queries) idx.figuresByUnit(q.unit, q.value, 1.5);
    }) *
      1000) /
    queries.length;
  const scanQueries = queries.slice(0, input.records.length > 20000 ? 50 : 500);
  const scanUs =
    (time(Math.max(3, runs), () => {
      for (const q of scanQueries) {
        const lo = q.value / 1.5;
        const hi = q.value * 1.5;
        all.filter((x) => x.figure.unit === q.unit && (x.figure.max ?? x.figure.value) >= lo && x.figure.value <= hi);
      }
    }) *
      1000) /
    scanQueries.length;
  return { name, records: input.records.length, compileMs, bytes, gzipBytes, loadMs, lookupUs, scanUs };
}

export async function bench(opts: { json: boolean }): Promise<{ name: string; rows: Row[]; json: Record<string, unknown> }> {
  const root = join(import.meta.dirname, '..');
  const t0 = performance.now();
  const ds = loadDataset(join(root, 'data'), root);
  const readMs = performance.now() - t0;
  if (ds.errors.length) throw new Error(`data/ has ${ds.errors.length} errors; run npm run data:check`);
  const results = [
    measure('bundled', ds, 20),
    measure('10k', generate(ds, 10_000), 5),
    measure('100k', generate(ds, 100_000), 3),
  ];
  const rows: Row[] = [{ label: 'bundled: read + validate data/ (YAML, zod, cross-checks)', value: round(readMs), unit: 'ms' }];
  for (const m of results) {
    const p = `${m.name} (${m.records} records)`;
    rows.push(
      { label: `${p}: compile`, value: round(m.compileMs), unit: 'ms' },
      { label: `${p}: compiled JSON`, value: m.bytes, unit: 'bytes' },
      { label: `${p}: compiled JSON gzip`, value: m.gzipBytes, unit: 'bytes' },
      { label: `${p}: worker load (JSON.parse + DatasetIndex)`, value: round(m.loadMs), unit: 'ms' },
      { label: `${p}: figuresByUnit lookup`, value: round(m.lookupUs), unit: 'µs/query' },
      { label: `${p}: linear scan of the same query`, value: round(m.scanUs), unit: 'µs/query' },
      { label: `${p}: scan / index`, value: round(m.scanUs / m.lookupUs), unit: 'x' },
    );
  }
  void opts;
  return { name: 'data', rows, json: { readMs: round(readMs), results } };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

// Run directly: npx tsx bench/data.ts
if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const r = await bench({ json: process.argv.includes('--json') });
  if (process.argv.includes('--json')) console.log(JSON.stringify(r.json, null, 2));
  else for (const row of r.rows) console.log(`${row.label.padEnd(62)} ${String(row.value).padStart(12)} ${row.unit}`);
}
