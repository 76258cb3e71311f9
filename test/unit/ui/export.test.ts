import { describe, expect, it } from 'vitest';
import bundled from '../../../src/generated/dataset.json';
import { DatasetIndex, type CompiledDataset } from '../../../src/core/claims/compiled';
import type { DatasetRecord } from '../../../src/core/claims/schema';
import type { Figure } from '../../../src/core/figures/figure';
import type { Match } from '../../../src/core/match/types';
import { exportRows, toCsv, toJson, toMarkdown, type ExportFigure } from '../../../src/core/export';

const index = new DatasetIndex(bundled as unknown as CompiledDataset);
const seed = index.get('seed-01-containers-6700')!;
const records = new Map<string, DatasetRecord>([[seed.id, seed]]);

const fig = (surface: string, value: number, extra: Partial<Figure> = {}): Figure => ({
  start: 0, end: surface.length, surface, value, kind: 'count', qualifier: 'exact', lang: 'id', ...extra,
});
const match: Match = {
  claimId: seed.id, score: 0.9, agreement: 'outdated', status: 'outdated', claimValue: 6700, unit: 'container',
  explanation: { id: 'cocok', en: 'fits' }, latestId: 'seed-01b',
};
const figures: ExportFigure[] = [
  { figure: fig('6.700', 6700, { unit: 'kontainer' }), sentence: 'Korut mengirim 6.700\nkontainer.', matches: [match] },
  { figure: fig('=HYPERLINK("http://x","y")', 1), sentence: '  =1+2 | @SUM(A1) -3 +4', matches: [] },
  { figure: fig('Rp 5 miliar', 5e9, { kind: 'currency', currency: 'IDR' }), sentence: 'a "quoted", comma', matches: [] },
];
const rows = exportRows(figures, records, 'id');
const meta = { title: 'Judul | <b>x</b>', url: 'https://www.tribunnews.com/a?b=1', exported: '2026-11-25T19:00:00.000Z' };

/** A small RFC 4180 reader, to check that the CSV round-trips. */
function parseCsv(text: string): string[][] {
  const out: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(cell), out.push(row), (row = []), (cell = ''), i++;
    else cell += c;
  }
  return out;
}

describe('export rows', () => {
  it('carry figure, sentence, status, matched claim, agreement and sources', () => {
    const r = rows[0]!;
    expect(r).toMatchObject({ figure: '6.700', value: 6700, unit: 'kontainer', status: 'outdated', claimId: seed.id, agreement: 'outdated', claimStatus: 'outdated' });
    expect(r.sentence).toBe('Korut mengirim 6.700 kontainer.');
    expect(r.claim).toBe(seed.summary.id);
    expect(r.sources).toContain(seed.sources[0]!.url);
    expect(rows[1]).toMatchObject({ status: 'unmatched', claimId: '', claim: '' });
    expect(rows[2]!.unit).toBe('IDR');
  });

  it('use the requested language for the claim', () => {
    expect(exportRows(figures, records, 'en')[0]!.claim).toBe(seed.summary.en);
  });
});

describe('CSV', () => {
  const csv = toCsv(rows);
  const table = parseCsv(csv);

  it('has a header and one line per figure, and round-trips quotes, commas and line breaks', () => {
    expect(table).toHaveLength(4);
    const head = table[0]!;
    expect(head.slice(0, 3)).toEqual(['figure', 'value', 'valueMax']);
    const col = (name: string, i: number) => table[i]![head.indexOf(name)];
    expect(col('sentence', 3)).toBe('a "quoted", comma');
    expect(col('figure', 1)).toBe('6.700');
    expect(col('value', 3)).toBe('5000000000');
  });

  it('neutralises cells a spreadsheet would run as formulas (CSV injection)', () => {
    const head = table[0]!;
    const figure = table[2]![head.indexOf('figure')]!;
    const sentence = table[2]![head.indexOf('sentence')]!;
    expect(figure).toBe(`'=HYPERLINK("http://x","y")`);
    expect(sentence.startsWith("'")).toBe(true);
    for (const line of table.slice(1)) for (const c of line) expect(c).not.toMatch(/^\s*[=+\-@]/);
  });

  it('leaves numbers alone, negative ones included', () => {
    const neg = toCsv(exportRows([{ figure: fig('-3', -3), sentence: 'x', matches: [] }], records, 'id'));
    expect(parseCsv(neg)[1]![1]).toBe('-3');
  });
});

describe('JSON', () => {
  it('is the rows with the page metadata', () => {
    const parsed = JSON.parse(toJson(rows, meta)) as { title: string; url: string; figures: unknown[] };
    expect(parsed.title).toBe(meta.title);
    expect(parsed.url).toBe(meta.url);
    expect(parsed.figures).toEqual(rows);
  });
});

describe('Markdown', () => {
  const md = toMarkdown(rows, meta);
  const tableLines = md.split('\n').filter((l) => l.startsWith('|'));

  it('escapes pipes and line breaks so every row keeps its columns', () => {
    const cols = (l: string) => l.replace(/\\\|/g, '').split('|').length;
    expect(tableLines).toHaveLength(2 + rows.length);
    for (const l of tableLines) expect(cols(l)).toBe(cols(tableLines[0]!));
    expect(md).toContain('=1+2 \\| @SUM(A1)');
  });

  it('writes page text as text, not HTML, and names the page', () => {
    expect(md.split('\n')[0]).toBe('# Judul \\| &lt;b>x&lt;/b>');
    expect(md).not.toContain('<b>');
    expect(md).toContain('<https://www.tribunnews.com/a?b=1>');
    expect(md).toContain(seed.summary.id);
  });
});
