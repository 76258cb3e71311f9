/** npm run data:build — checks data/, then writes src/generated/dataset.json (the CompiledDataset); exit 1 on errors. */
import { mkdirSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadDataset, formatError } from '../src/node/dataset-files';
import { compileDataset } from '../src/core/claims/compiled';

const root = join(import.meta.dirname, '..');
const ds = loadDataset(join(root, 'data'), root);
for (const e of ds.errors) console.error(formatError(e));
if (ds.errors.length > 0) {
  console.error(`data:build: ${ds.errors.length} error${ds.errors.length === 1 ? '' : 's'}; nothing written`);
  process.exit(1);
}
const json = `${JSON.stringify(compileDataset(ds))}\n`;
const outDir = join(root, 'src', 'generated');
const out = join(outDir, 'dataset.json');
mkdirSync(outDir, { recursive: true });
const same = existsSync(out) && readFileSync(out, 'utf8') === json;
if (!same) writeFileSync(out, json);
console.log(`data:build: ${ds.records.length} records → src/generated/dataset.json (${Buffer.byteLength(json)} bytes${same ? ', unchanged' : ''})`);
