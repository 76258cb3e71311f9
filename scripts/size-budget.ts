/**
 * What every page loads: the content script's loader and every chunk it imports statically (the popover UI, loaded
 * on first open, is not counted). Prints the gzip size per file and fails when the total is over the budget.
 */
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

// The aim of issue #7: what every page loads stays under 25 KB gzipped.
const BUDGET_GZIP = 25 * 1024;
const dist = process.argv[2] ?? join(import.meta.dirname, '..', 'dist');
const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as { content_scripts?: { js?: string[] }[] };
const entries = manifest.content_scripts?.flatMap((c) => c.js ?? []) ?? [];

const seen = new Set<string>();
const queue = [...entries];
while (queue.length) {
  const file = queue.shift()!;
  if (seen.has(file)) continue;
  seen.add(file);
  const code = readFileSync(join(dist, file), 'utf8');
  // The crxjs loader imports the real script through runtime.getURL("…"): always loaded.
  for (const m of code.matchAll(/getURL\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g)) queue.push(m[1]!.replace(/^\//, ''));
  // Static imports only: `import(` is lazy and not counted.
  for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*)["']([^"']+\.js)["']/g)) {
    queue.push(posix.normalize(posix.join(posix.dirname(file), m[1]!)));
  }
}

let total = 0;
for (const f of [...seen].sort()) {
  const buf = readFileSync(join(dist, f));
  const gz = gzipSync(buf, { level: 9 }).length;
  total += gz;
  console.log(`${(gz / 1024).toFixed(1).padStart(7)} KB gz  ${(buf.length / 1024).toFixed(1).padStart(7)} KB  ${f}`);
}
const ok = total <= BUDGET_GZIP;
console.log(`content script, every page: ${(total / 1024).toFixed(1)} KB gzipped (budget ${BUDGET_GZIP / 1024} KB) ${ok ? 'OK' : 'OVER BUDGET'}`);
process.exit(ok ? 0 : 1);
