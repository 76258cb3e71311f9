/** The page's figures as CSV, JSON or Markdown, for a fact-checker's notes. Pure. */
import type { DatasetRecord } from './claims/schema';
import type { Figure } from './figures/figure';
import type { MatchSummary } from './match/types';
import { markStatus } from './verdict';

export interface ExportFigure {
  figure: Figure;
  sentence: string;
  matches: readonly MatchSummary[];
}

export interface ExportRow {
  figure: string;
  value: number;
  valueMax: number | '';
  kind: string;
  unit: string;
  sentence: string;
  status: string;
  claimId: string;
  claimStatus: string;
  agreement: string;
  claim: string;
  sources: string;
}

export function exportRows(figures: readonly ExportFigure[], records: ReadonlyMap<string, DatasetRecord>, lang: 'id' | 'en'): ExportRow[] {
  return figures.map(({ figure, sentence, matches }) => {
    const top = matches[0];
    const rec = top ? records.get(top.claimId) : undefined;
    return {
      figure: figure.surface,
      value: figure.value,
      valueMax: figure.valueMax ?? '',
      kind: figure.kind,
      unit: figure.currency ?? figure.unit ?? '',
      sentence: sentence.replace(/\s+/g, ' ').trim(),
      status: markStatus(matches),
      claimId: top?.claimId ?? '',
      claimStatus: top?.status ?? '',
      agreement: top?.agreement ?? '',
      claim: rec?.summary[lang] ?? '',
      sources: rec ? rec.sources.map((s) => s.url).join(' ') : '',
    };
  });
}

const COLUMNS: (keyof ExportRow)[] = ['figure', 'value', 'valueMax', 'kind', 'unit', 'sentence', 'status', 'claimId', 'claimStatus', 'agreement', 'claim', 'sources'];

/** RFC 4180 CSV; cells that a spreadsheet would run as a formula are prefixed with an apostrophe. */
export function toCsv(rows: readonly ExportRow[]): string {
  const cell = (v: unknown) => {
    let s = String(v ?? '');
    // Leading spaces do not stop a spreadsheet from reading "=…" as a formula.
    if (typeof v === 'string' && /^(?:\s*[=+\-@]|[\t\r\n])/.test(s)) s = `'${s}`;
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [COLUMNS.join(','), ...rows.map((r) => COLUMNS.map((c) => cell(r[c])).join(','))].join('\r\n') + '\r\n';
}

export interface ExportMeta {
  title: string;
  /** The page's address, when known. */
  url?: string;
  /** ISO timestamp. */
  exported: string;
}

export function toJson(rows: readonly ExportRow[], meta: ExportMeta): string {
  return JSON.stringify({ ...meta, figures: rows }, null, 2);
}

/** A Markdown table; pipes and line breaks in cells are escaped so the table stays a table. */
export function toMarkdown(rows: readonly ExportRow[], meta: ExportMeta): string {
  // Markdown renderers pass HTML through: "<" and "&" are written as entities so page text cannot inject markup.
  const esc = (v: unknown) =>
    String(v ?? '')
      .replace(/\\/g, '\\\\')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/\|/g, '\\|')
      .replace(/[\r\n]+/g, ' ');
  const cols: (keyof ExportRow)[] = ['figure', 'sentence', 'status', 'claimId', 'claim', 'agreement', 'sources'];
  return [
    `# ${esc(meta.title)}`,
    '',
    `Cek Angka, ${esc(meta.exported)}${meta.url ? `, <${encodeURI(decodeURI(meta.url)).replace(/>/g, '%3E')}>` : ''}`,
    '',
    `| ${cols.join(' | ')} |`,
    `| ${cols.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${cols.map((c) => esc(r[c])).join(' | ')} |`),
    '',
  ].join('\n');
}
