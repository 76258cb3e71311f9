/**
 * UI-side costs: building the search index, number-aware and word queries (the popup searches as the user types),
 * and exporting a long page's figures as CSV, JSON and Markdown. `npx tsx bench/ui.ts` runs it alone.
 */
import bundled from '../src/generated/dataset.json';
import { DatasetIndex, type CompiledDataset } from '../src/core/claims/compiled';
import { ClaimSearch } from '../src/core/search';
import { exportRows, toCsv, toJson, toMarkdown, type ExportFigure } from '../src/core/export';
import type { DatasetRecord } from '../src/core/claims/schema';
import { median, time } from './lib';

export async function bench(_opts: { json: boolean }) {
  const compiled = bundled as unknown as CompiledDataset;
  const index = new DatasetIndex(compiled);
  const records = index.records;
  const names = (id: string) => {
    const e = compiled.entities.find((x) => x.id === id);
    return e ? [e.name.id, e.name.en, ...e.aliases] : [];
  };

  const build = time(15, () => void new ClaimSearch(records, names));
  const search = new ClaimSearch(records, names);
  const queries = ['6700', '6.700', '6,700', '6,7 ribu', '61 miliar dolar', 'kontainer amunisi', 'Kursk', 'containers munitions'];
  const perQuery = Object.fromEntries(queries.map((q) => [q, time(40, () => void search.search(q, 20))]));
  const numeric = median(queries.slice(0, 4).map((q) => perQuery[q]!));
  const words = median(queries.slice(5).map((q) => perQuery[q]!));

  // A long live blog: 1,000 figures, a third matched.
  const seed = index.get('seed-01-containers-6700')!;
  const recMap = new Map<string, DatasetRecord>([[seed.id, seed]]);
  const figures: ExportFigure[] = Array.from({ length: 1000 }, (_, i) => ({
    figure: { start: 0, end: 5, surface: `${i}.700`, value: i * 1000 + 700, kind: 'count', unit: 'kontainer', qualifier: 'exact', lang: 'id' },
    sentence: `Korea Utara telah mengirim sekitar ${i}.700 kontainer ke Rusia, kata "menteri" | sumber =${i}.`,
    matches: i % 3 === 0 ? [{ claimId: seed.id, score: 0.9, agreement: 'differs', status: 'outdated', claimValue: 6700, unit: 'container', explanation: { id: 'x', en: 'x' } }] : [],
  }));
  const meta = { title: 'Live blog', exported: new Date(0).toISOString() };
  const rows = exportRows(figures, recMap, 'id');
  const tRows = time(20, () => void exportRows(figures, recMap, 'id'));
  const tCsv = time(20, () => void toCsv(rows));
  const tJson = time(20, () => void toJson(rows, meta));
  const tMd = time(20, () => void toMarkdown(rows, meta));

  const out = [
    { label: `search index build (${records.length} records)`, value: build, unit: 'ms' },
    { label: 'number query, median of 4 forms', value: numeric, unit: 'ms' },
    { label: 'word query, median of 3', value: words, unit: 'ms' },
    { label: 'ratio number / word query', value: numeric / words, unit: 'x' },
    { label: 'export rows, 1,000 figures', value: tRows, unit: 'ms' },
    { label: 'CSV, 1,000 figures', value: tCsv, unit: 'ms' },
    { label: 'JSON, 1,000 figures', value: tJson, unit: 'ms' },
    { label: 'Markdown, 1,000 figures', value: tMd, unit: 'ms' },
  ];
  return {
    name: 'ui: popup search and exports',
    rows: out,
    json: { records: records.length, buildMs: build, queryMs: perQuery, exportMs: { rows: tRows, csv: tCsv, json: tJson, markdown: tMd } },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  void bench({ json: false }).then((r) => {
    console.log(`== ${r.name}`);
    for (const row of r.rows) console.log(`  ${row.label.padEnd(40)} ${row.value.toFixed(3).padStart(10)} ${row.unit}`);
  });
}
