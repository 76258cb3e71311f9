/**
 * `import-claimreview FILE` prints the ClaimReview items of FILE (or stdin with `-`) as dataset records (JSON);
 * errors per bad item go to stderr, the good items are still printed; exit 0 when any item was imported.
 * `export-claimreview [--lang en|id]` prints every claim of the bundled dataset as a ClaimReview JSON-LD array.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadDataset, formatError } from '../node/dataset-files';
import { compileDataset, DatasetIndex } from '../core/claims/compiled';
import { exportClaimReviews, formatImportProblem, importClaimReviews } from '../core/claims/claimreview';
import type { CliIo } from './io';


const DATA_DIR = join(import.meta.dirname, '..', '..', 'data');

/** The bundled dataset, compiled fresh from data/ so the CLI works without a build. */
function bundledIndex(io: CliIo): DatasetIndex | undefined {
  const ds = loadDataset(DATA_DIR);
  if (ds.errors.length > 0) {
    for (const e of ds.errors) io.stderr(`${formatError(e)}\n`);
    io.stderr('the bundled dataset has errors (npm run data:check)\n');
    return undefined;
  }
  return new DatasetIndex(compileDataset(ds));
}

export async function importMain(args: string[], io: CliIo): Promise<number> {
  const files = args.filter((a) => a === '-' || !a.startsWith('-'));
  if (files.length !== 1 || args.includes('--help')) {
    io.stderr('usage: import-claimreview FILE   (FILE is ClaimReview JSON-LD; - reads stdin)\n');
    return 2;
  }
  const file = files[0]!;
  let text: string;
  try {
    text = file === '-' ? await io.stdin() : await readFile(file, 'utf8');
  } catch (e) {
    io.stderr(`import-claimreview: cannot read ${file}: ${(e as Error).message}\n`);
    return 1;
  }
  const index = bundledIndex(io);
  if (!index) return 1;
  const result = importClaimReviews(text, index);
  for (const p of result.errors) io.stderr(`${file}: ${formatImportProblem(p)}\n`);
  io.stdout(`${JSON.stringify(result.records, null, 2)}\n`);
  io.stderr(`import-claimreview: ${result.records.length} imported, ${result.errors.length} error${result.errors.length === 1 ? '' : 's'}, ${result.skipped.length} other node${result.skipped.length === 1 ? '' : 's'} skipped\n`);
  return result.records.length > 0 ? 0 : 1;
}

export async function exportMain(args: string[], io: CliIo): Promise<number> {
  const i = args.indexOf('--lang');
  const lang = i >= 0 ? args[i + 1] : 'en';
  if ((lang !== 'en' && lang !== 'id') || args.includes('--help')) {
    io.stderr('usage: export-claimreview [--lang en|id]\n');
    return 2;
  }
  const index = bundledIndex(io);
  if (!index) return 1;
  io.stdout(`${JSON.stringify(exportClaimReviews(index.records, index, lang), null, 2)}\n`);
  return 0;
}
