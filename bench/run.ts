/**
 * npm run bench [-- --json] [-- --only detect,match]: runs every benchmark module and prints its figures and ratios,
 * or one JSON object with each module's `json` (the pages benchmark's per-page figures under `page`).
 * Benchmarks measure; they never pass or fail on a time.
 */
import type { Bench, Section } from './lib';

const MODULES: Record<string, () => Promise<Bench>> = {
  detect: async () => (await import('./detect')).bench,
  data: async () => (await import('./data')).bench,
  match: async () => (await import('./match')).bench,
  ui: async () => (await import('./ui')).bench,
  pages: async () => (await import('./pages')).bench,
};

function fmt(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  const abs = Math.abs(v);
  return abs >= 100 ? v.toFixed(0) : abs >= 1 ? v.toFixed(2) : v.toPrecision(3);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const onlyArg = args.find((a) => a.startsWith('--only'));
  const only = onlyArg ? (onlyArg.includes('=') ? onlyArg.split('=')[1] : args[args.indexOf(onlyArg) + 1])?.split(',') : undefined;
  const out: Record<string, unknown> = {};
  const log = json ? (s: string) => process.stderr.write(`${s}\n`) : (s: string) => console.log(s);
  for (const [name, load] of Object.entries(MODULES)) {
    if (only && !only.includes(name)) continue;
    let section: Section;
    try {
      section = await (await load())({ json });
    } catch (e) {
      log(`${name}: failed: ${e instanceof Error ? e.message : String(e)}`);
      out[name] = { error: String(e) };
      continue;
    }
    Object.assign(out, name === 'pages' ? section.json : { [name]: section.json });
    if (!json) {
      console.log(`\n== ${section.name}`);
      const width = Math.max(...section.rows.map((r) => r.label.length), 10);
      for (const r of section.rows) console.log(`  ${r.label.padEnd(width)}  ${fmt(r.value).padStart(10)} ${r.unit}`);
    }
  }
  if (json) console.log(JSON.stringify(out, null, 2));
}

void main();
