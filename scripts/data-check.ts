/** npm run data:check — validates data/ and prints every problem as `file: field: what is wrong`; exit 1 on any. */
import { join } from 'node:path';
import { loadDataset, formatError } from '../src/node/dataset-files';

const root = join(import.meta.dirname, '..');
const dataDir = process.argv[2] ?? join(root, 'data');
const ds = loadDataset(dataDir, root);
for (const e of ds.errors) console.error(formatError(e));
if (ds.errors.length > 0) {
  console.error(`data:check: ${ds.errors.length} error${ds.errors.length === 1 ? '' : 's'}`);
  process.exit(1);
}
const claims = ds.records.filter((r) => r.type === 'claim').length;
const figures = ds.records.reduce((n, r) => n + r.figures.length, 0);
const sources = ds.records.reduce((n, r) => n + r.sources.length, 0);
console.log(
  `data:check: ok — ${claims} claims, ${ds.records.length - claims} events, ${figures} figures, ${sources} sources, ` +
    `${ds.units.length} units, ${ds.entities.length} entities, ${ds.topics.length} topics`,
);
