/**
 * npm run eval:figures [-- --verbose] [-- --json] [-- FILE...]
 * Scores the detector against the labelled corpus test/corpus/figures/*.jsonl: precision and recall
 * (exact span and overlapping span) per kind and language, and value accuracy of exact-span matches.
 * Exit 0 unless the corpus is malformed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectFigures } from '../src/core/figures/detect';
import { parseCorpus, resolveGold } from '../src/core/figures/corpus';
import type { CorpusLine, GoldFigure } from '../src/core/figures/corpus';
import type { Figure } from '../src/core/figures/figure';
import { quietOnClosedPipe } from '../src/cli/pipe';

quietOnClosedPipe();

const FIELDS = ['value', 'valueMax', 'kind', 'unit', 'currency', 'qualifier'] as const;
type Field = (typeof FIELDS)[number];

interface Tally {
  gold: number;
  pred: number;
  tpGold: number;
  tpPred: number;
  ovGold: number;
  ovPred: number;
}
const tally = (): Tally => ({ gold: 0, pred: 0, tpGold: 0, tpPred: 0, ovGold: 0, ovPred: 0 });

/** Equal, or equal to the six decimals a labeller writes a fraction with (0.666667 for two-thirds). */
function sameNumber(a: number | undefined, b: number | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a === b || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b)) || (Math.abs(a) < 1 && Math.abs(a - b) < 5e-7);
}
function fieldOk(field: Field, g: GoldFigure, p: Figure): boolean {
  if (field === 'value' || field === 'valueMax') return sameNumber(g[field], p[field]);
  return g[field] === p[field];
}

export interface LineResult {
  line: CorpusLine;
  gold: GoldFigure[];
  pred: Figure[];
  /** gold index → pred index for exact spans */
  exact: Map<number, number>;
  overlapGold: Set<number>;
  overlapPred: Set<number>;
}

export function scoreLine(line: CorpusLine, gold: GoldFigure[], pred: Figure[]): LineResult {
  const byspan = new Map<string, number>();
  pred.forEach((p, i) => byspan.set(`${p.start}:${p.end}`, i));
  const exact = new Map<number, number>();
  gold.forEach((g, i) => {
    const j = byspan.get(`${g.start}:${g.end}`);
    if (j !== undefined) exact.set(i, j);
  });
  const overlapGold = new Set<number>();
  const overlapPred = new Set<number>();
  gold.forEach((g, i) => {
    for (let j = 0; j < pred.length; j++) {
      const p = pred[j]!;
      if (overlapPred.has(j)) continue;
      if (p.start < g.end && g.start < p.end) {
        overlapGold.add(i);
        overlapPred.add(j);
        break;
      }
    }
  });
  return { line, gold, pred, exact, overlapGold, overlapPred };
}

function pct(n: number, d: number): string {
  return d === 0 ? '    -' : `${((100 * n) / d).toFixed(1).padStart(5)}`;
}
function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

function loadCorpus(files: string[]): { lines: CorpusLine[]; errors: string[] } {
  const lines: CorpusLine[] = [];
  const errors: string[] = [];
  for (const f of files) {
    const r = parseCorpus(readFileSync(f, 'utf8'), f);
    lines.push(...r.lines);
    errors.push(...r.errors);
  }
  return { lines, errors };
}

function main(argv: string[]): number {
  const verbose = argv.includes('--verbose') || argv.includes('-v');
  const asJson = argv.includes('--json');
  let files = argv.filter((a) => !a.startsWith('-'));
  if (files.length === 0) {
    const dir = join(import.meta.dirname, '..', 'test', 'corpus', 'figures');
    files = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(dir, f));
  }
  const { lines, errors } = loadCorpus(files);
  const results: LineResult[] = [];
  const seen = new Set<string>();
  for (const line of lines) {
    if (seen.has(line.id)) errors.push(`duplicate id ${line.id}`);
    seen.add(line.id);
    const { figures, error } = resolveGold(line);
    if (error) {
      errors.push(error);
      continue;
    }
    results.push(scoreLine(line, figures, detectFigures(line.text, { lang: line.lang })));
  }
  if (errors.length > 0) {
    for (const e of errors) console.error(`corpus error: ${e}`);
    return 1;
  }

  const byKind = new Map<string, Tally>();
  const byLang = new Map<string, Tally>();
  const all = tally();
  const fieldHits = new Map<string, Record<Field | 'all', number>>();
  const fieldTotal = new Map<string, number>();
  const bump = (m: Map<string, Tally>, k: string): Tally => {
    let t = m.get(k);
    if (!t) m.set(k, (t = tally()));
    return t;
  };
  const misses: string[] = [];
  const falseMarks: string[] = [];
  const wrongValues: string[] = [];
  for (const r of results) {
    const lang = r.line.lang;
    const matchedPred = new Set(r.exact.values());
    r.gold.forEach((g, i) => {
      for (const t of [all, bump(byKind, g.kind), bump(byLang, lang)]) {
        t.gold++;
        if (r.exact.has(i)) t.tpGold++;
        if (r.overlapGold.has(i)) t.ovGold++;
      }
      const j = r.exact.get(i);
      if (j === undefined) {
        const near = r.pred.find((p) => p.start < g.end && g.start < p.end);
        misses.push(`${r.line.id} [${g.kind}] ${JSON.stringify(g.surface)}${near ? ` (read ${JSON.stringify(near.surface)})` : ''}`);
        return;
      }
      const p = r.pred[j]!;
      for (const key of ['all', g.kind, lang]) {
        fieldTotal.set(key, (fieldTotal.get(key) ?? 0) + 1);
        let h = fieldHits.get(key);
        if (!h) fieldHits.set(key, (h = { value: 0, valueMax: 0, kind: 0, unit: 0, currency: 0, qualifier: 0, all: 0 }));
        let allOk = true;
        for (const f of FIELDS) {
          if (fieldOk(f, g, p)) h[f]++;
          else allOk = false;
        }
        if (allOk) h.all++;
      }
      const bad = FIELDS.filter((f) => !fieldOk(f, g, p));
      if (bad.length > 0) {
        wrongValues.push(`${r.line.id} ${JSON.stringify(g.surface)}: ${bad.map((f) => `${f} ${JSON.stringify(p[f])} ≠ ${JSON.stringify(g[f])}`).join(', ')}`);
      }
    });
    r.pred.forEach((p, j) => {
      for (const t of [all, bump(byKind, p.kind), bump(byLang, lang)]) {
        t.pred++;
        if (matchedPred.has(j)) t.tpPred++;
        if (r.overlapPred.has(j)) t.ovPred++;
      }
      if (!matchedPred.has(j)) {
        const near = r.gold.find((g) => p.start < g.end && g.start < p.end);
        falseMarks.push(`${r.line.id} [${p.kind}] ${JSON.stringify(p.surface)}${near ? ` (label ${JSON.stringify(near.surface)})` : ''}`);
      }
    });
  }

  const summary = (t: Tally) => {
    const p = t.pred ? t.tpPred / t.pred : 0;
    const r = t.gold ? t.tpGold / t.gold : 0;
    const op = t.pred ? t.ovPred / t.pred : 0;
    const or = t.gold ? t.ovGold / t.gold : 0;
    return { gold: t.gold, pred: t.pred, precision: p, recall: r, f1: f1(p, r), overlapPrecision: op, overlapRecall: or, overlapF1: f1(op, or) };
  };
  if (asJson) {
    const acc = Object.fromEntries([...fieldHits].map(([k, h]) => [k, Object.fromEntries(Object.entries(h).map(([f, n]) => [f, n / (fieldTotal.get(k) ?? 1)]))]));
    console.log(JSON.stringify({
      texts: results.length, all: summary(all),
      byKind: Object.fromEntries([...byKind].map(([k, t]) => [k, summary(t)])),
      byLang: Object.fromEntries([...byLang].map(([k, t]) => [k, summary(t)])),
      valueAccuracy: acc,
    }, null, 2));
    return 0;
  }

  const out: string[] = [];
  out.push(`Figure corpus: ${files.length} file(s), ${results.length} texts, ${all.gold} labelled figures, ${all.pred} detected.`);
  out.push('');
  out.push('                 |        exact span        |     overlapping span');
  out.push('group       gold  pred |  prec   rec    F1 |  prec   rec    F1');
  const row = (name: string, t: Tally) => {
    const s = summary(t);
    out.push(`${name.padEnd(10)} ${String(t.gold).padStart(5)} ${String(t.pred).padStart(5)} | ${pct(t.tpPred, t.pred)} ${pct(t.tpGold, t.gold)} ${(100 * s.f1).toFixed(1).padStart(5)} | ${pct(t.ovPred, t.pred)} ${pct(t.ovGold, t.gold)} ${(100 * s.overlapF1).toFixed(1).padStart(5)}`);
  };
  for (const k of [...byKind.keys()].sort()) row(k, byKind.get(k)!);
  out.push('-'.repeat(64));
  for (const k of [...byLang.keys()].sort()) row(`lang ${k}`, byLang.get(k)!);
  row('all', all);
  out.push('');
  out.push('Value accuracy on exact-span matches (% of matched figures with the field right):');
  out.push(`group          n${FIELDS.map((f) => f.padStart(10)).join('')}       all`);
  const keysOrder = ['all', 'id', 'en', ...[...fieldHits.keys()].filter((k) => !['all', 'id', 'en'].includes(k)).sort()];
  for (const k of keysOrder) {
    const h = fieldHits.get(k);
    const n = fieldTotal.get(k) ?? 0;
    if (!h) continue;
    out.push(`${k.padEnd(10)} ${String(n).padStart(5)}${FIELDS.map((f) => pct(h[f], n).padStart(10)).join('')}     ${pct(h.all, n)}`);
  }
  out.push('');
  out.push(`${misses.length} missed, ${falseMarks.length} false marks, ${wrongValues.length} matched with a wrong field${verbose ? '' : ' (--verbose lists them)'}.`);
  if (verbose) {
    out.push('', 'Missed (labelled, no detection with the same span):', ...misses.map((s) => `  ${s}`));
    out.push('', 'False marks (detected, no label with the same span):', ...falseMarks.map((s) => `  ${s}`));
    out.push('', 'Wrong fields (detected ≠ labelled):', ...wrongValues.map((s) => `  ${s}`));
  }
  console.log(out.join('\n'));
  return 0;
}

process.exitCode = main(process.argv.slice(2));
