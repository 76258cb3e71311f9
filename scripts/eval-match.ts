/**
 * npm run eval:match [-- --verbose] [--file PATH]: precision and recall of the matches the popover would show (the
 * top match of each figure) on the labelled set, agreement accuracy and a confusion table.
 * npm run eval:match -- --all [--verbose]: the same figures for every match set (development and held-out), one line
 *   each (with --verbose, each set's failing cases under its line).
 * npm run eval:match -- --texts [--date YYYY-MM-DD]: the matches shown on every labelled figure text, for review.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as z from 'zod/mini';
import '../src/core/zod-locale';
import { LANGS } from '../src/core/figures/figure';
import { AGREEMENTS, type Match } from '../src/core/match/types';
import { figuresInBlocks } from '../src/core/match/context';
import { matchFigures } from '../src/core/match/match';
import { loadIndex } from '../src/cli/annotate';
import { quietOnClosedPipe } from '../src/cli/pipe';

quietOnClosedPipe();

const CaseSchema = z.object({
  id: z.string(),
  lang: z.enum(LANGS),
  title: z._default(z.string(), ''),
  published: z.optional(z.string()),
  paragraph: z.string(),
  figure: z.object({ surface: z.string(), nth: z._default(z.number().check(z.int(), z.nonnegative()), 0) }),
  expect: z.object({ claimId: z.nullable(z.string()), agreement: z.optional(z.enum(AGREEMENTS)) }),
});
export type Case = z.infer<typeof CaseSchema>;

export interface CaseResult {
  c: Case;
  found: boolean;
  top: Match | undefined;
}

export function readCases(path: string): { cases: Case[]; errors: string[] } {
  const cases: Case[] = [];
  const errors: string[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      let raw: unknown;
      try {
        raw = JSON.parse(line);
      } catch (e) {
        errors.push(`${path}:${i + 1}: not JSON: ${(e as Error).message}`);
        return;
      }
      const parsed = CaseSchema.safeParse(raw);
      if (parsed.success) cases.push(parsed.data);
      else errors.push(`${path}:${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
    });
  return { cases, errors };
}

/** Runs one case through the pipeline: figuresInBlocks on the paragraph, then matchFigures on all its figures. */
export function runCase(c: Case): CaseResult {
  const index = loadIndex();
  const found = figuresInBlocks([c.paragraph], c.lang);
  // (`nth` counts every occurrence of the surface in the paragraph, as ../test/corpus/README.md defines it, including
  // those inside longer figures: "45" in "45 juta ton" before "45 negara".)
  let at0 = -1;
  for (let k = 0; k <= c.figure.nth; k++) {
    at0 = c.paragraph.indexOf(c.figure.surface, at0 + 1);
    if (at0 < 0) break;
  }
  const target = found.find((f) => f.item.figure.start === at0 && f.item.figure.surface === c.figure.surface);
  if (!target) return { c, found: false, top: undefined };
  const page = { title: c.title, lang: c.lang, ...(c.published ? { published: c.published } : {}) };
  const results = matchFigures(
    index,
    found.map((f) => f.item),
    page,
  );
  const at = found.indexOf(target);
  return { c, found: true, top: results[at]?.matches[0] };
}

const pct = (n: number, d: number): string => (d === 0 ? '   n/a' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

/**
 * --texts: the matches shown on every labelled figure text (test/corpus/figures and heldout), each text its own page
 * dated `--date` (default today). Most of them are about other things than the dataset: a review list of likely
 * false matches, not a score.
 */
function listTextMatches(date: string): number {
  const index = loadIndex();
  let texts = 0;
  let shown = 0;
  for (const dir of ['test/corpus/figures', 'test/corpus/heldout']) {
    for (const file of readdirSync(dir).sort()) {
      if (!file.endsWith('.jsonl') || file.startsWith('match')) continue;
      for (const line of readFileSync(`${dir}/${file}`, 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const parsed = TextSchema.safeParse(JSON.parse(line));
        if (!parsed.success) continue;
        const { id, lang, text } = parsed.data;
        texts++;
        const found = figuresInBlocks([text], lang);
        const res = matchFigures(index, found.map((f) => f.item), { title: '', lang, published: date }, { explain: 'none' });
        res.forEach((r, i) => {
          const top = r.matches[0];
          const item = found[i]?.item;
          if (!top || !item) return;
          shown++;
          console.log(`${file}:${id} "${item.figure.surface}" → ${top.claimId}/${top.agreement} ${top.score.toFixed(2)} | ${item.sentence.slice(0, 140)}`);
        });
      }
    }
  }
  console.log(`${texts} texts, ${shown} figures with a match shown`);
  return 0;
}

const TextSchema = z.object({ id: z.string(), lang: z.enum(LANGS), text: z.string() });

interface Score {
  cases: number;
  positives: number;
  shown: number;
  correct: number;
  missingFigure: number;
  agreementTotal: number;
  agreementRight: number;
  confusion: Map<string, Map<string, number>>;
  failures: string[];
}

/** Precision, recall, agreement and the confusion table of one set's cases. */
function score(cases: Case[]): Score {
  const s: Score = { cases: cases.length, positives: 0, shown: 0, correct: 0, missingFigure: 0, agreementTotal: 0, agreementRight: 0, confusion: new Map(), failures: [] };
  for (const r of cases.map(runCase)) {
    const want = r.c.expect.claimId;
    const got = r.top?.claimId ?? null;
    if (!r.found) s.missingFigure++;
    if (want !== null) s.positives++;
    if (got !== null) {
      s.shown++;
      if (got === want) s.correct++;
    }
    const wantA = want === null ? 'no-match' : (r.c.expect.agreement ?? '?');
    const gotA = got === null ? 'no-match' : got === want ? (r.top?.agreement ?? '?') : 'wrong-claim';
    const row = s.confusion.get(wantA) ?? new Map<string, number>();
    row.set(gotA, (row.get(gotA) ?? 0) + 1);
    s.confusion.set(wantA, row);
    let ok = got === want;
    if (ok && want !== null && r.c.expect.agreement) {
      s.agreementTotal++;
      if (r.top?.agreement === r.c.expect.agreement) s.agreementRight++;
      else ok = false;
    }
    if (!ok) {
      const why = !r.found
        ? `figure "${r.c.figure.surface}"#${r.c.figure.nth} not detected`
        : `expected ${want ?? 'no match'}${r.c.expect.agreement ? `/${r.c.expect.agreement}` : ''}, got ${got ?? 'no match'}${r.top ? `/${r.top.agreement} (${r.top.score})` : ''}`;
      s.failures.push(`${r.c.id}: "${r.c.figure.surface}": ${why}\n    ${r.c.paragraph.slice(0, 220)}`);
    }
  }
  return s;
}

/** Every match set (the development set, then the held-out ones), one line each. */
function scoreAll(verbose: boolean): number {
  const held = 'test/corpus/heldout';
  const files = ['test/corpus/match/cases.jsonl', ...readdirSync(held).filter((f) => /^match(-\d+)?\.jsonl$/.test(f)).sort((a, b) => (Number(a.match(/\d+/)?.[0] ?? 1) - Number(b.match(/\d+/)?.[0] ?? 1))).map((f) => `${held}/${f}`)];
  console.log(`${'set'.padEnd(16)}${'cases'.padStart(7)}${'precision'.padStart(11)}${'recall'.padStart(9)}${'agreement'.padStart(11)}`);
  for (const path of files) {
    const { cases, errors } = readCases(path);
    for (const e of errors) console.error(e);
    const s = score(cases);
    console.log(`${path.split('/').pop()!.padEnd(16)}${String(s.cases).padStart(7)}${pct(s.correct, s.shown).padStart(11)}${pct(s.correct, s.positives).padStart(9)}${pct(s.agreementRight, s.agreementTotal).padStart(11)}`);
    if (verbose) for (const f of s.failures) console.log(`  ${f.replace(/\n/g, '\n  ')}`);
  }
  return 0;
}

function main(argv: string[]): number {
  const dateAt = argv.indexOf('--date');
  if (argv.includes('--texts')) return listTextMatches(dateAt >= 0 ? (argv[dateAt + 1] ?? '') : new Date().toISOString().slice(0, 10));
  const verbose = argv.includes('--verbose') || argv.includes('-v');
  if (argv.includes('--all')) return scoreAll(verbose);
  const fileAt = argv.indexOf('--file');
  const path = fileAt >= 0 ? (argv[fileAt + 1] ?? '') : 'test/corpus/match/cases.jsonl';
  const { cases, errors } = readCases(path);
  for (const e of errors) console.error(e);
  if (cases.length === 0) {
    console.error(`no cases in ${path}`);
    return 1;
  }
  const s = score(cases);
  console.log(`cases ${cases.length} (with a claim ${s.positives}, without ${cases.length - s.positives}); figure not detected: ${s.missingFigure}`);
  console.log(`shown matches ${s.shown}, correct ${s.correct}`);
  console.log(`precision of shown matches ${pct(s.correct, s.shown)}   recall ${pct(s.correct, s.positives)}`);
  console.log(`agreement accuracy (correct claim, labelled agreement) ${pct(s.agreementRight, s.agreementTotal)} of ${s.agreementTotal}`);
  const cols = ['no-match', 'wrong-claim', ...AGREEMENTS];
  console.log(`\nconfusion (rows: expected, columns: shown)\n${'expected'.padEnd(12)}${cols.map((c) => c.padStart(12)).join('')}`);
  for (const [want, row] of [...s.confusion.entries()].sort()) {
    console.log(`${want.padEnd(12)}${cols.map((c) => String(row.get(c) ?? 0).padStart(12)).join('')}`);
  }
  if (verbose && s.failures.length > 0) console.log(`\nfailing cases (${s.failures.length}):\n${s.failures.join('\n')}`);
  else if (s.failures.length > 0) console.log(`\n${s.failures.length} failing cases (--verbose lists them)`);
  return 0;
}

// (Run as a script, not when a test imports runCase.)
if (process.argv[1] !== undefined && import.meta.filename === process.argv[1]) process.exitCode = main(process.argv.slice(2));
