/** How the UI words a figure, a claim and a verdict: shared by the popover, the popup and the exports. */
import type { Figure, Lang } from '../core/figures/figure';
import type { DatasetRecord } from '../core/claims/schema';
import type { MatchSummary } from '../core/match/types';
import { isCalendarUnit, valueRangeText } from '../core/match/explain';
import { formatDate, formatNumber, type Translate } from './i18n';
import { fillLabel, labelKey, labelTemplate } from './mark-label';

/** "6.700 kontainer" read as "6,700 containers": the value in the interface language with its unit. */
export function figureReading(f: Figure, lang: Lang): string {
  const read = (n: number) => (isCalendar(f) ? String(n) : formatNumber(n, lang));
  const range = f.valueMax !== undefined ? `${read(f.value)}–${read(f.valueMax)}` : read(f.value);
  const unit = f.currency ?? f.unit ?? '';
  return unit ? `${range} ${unit}` : range;
}

/** Calendar figures read the same in every language: no "= …" reading for them. */
export const isCalendar = (f: Figure) => f.kind === 'date' || f.kind === 'time' || f.kind === 'year';

/** Canonical unit id → its label in the interface language ("container" → "kontainer"). */
export type UnitLabel = (unit: string, lang: Lang) => string;

/** "10.000 kontainer", "2 tahun", "2022", "24 Februari 2022": an amount with its unit, a date or a year as such. */
function amountText(value: number, max: number | undefined, unit: string, lang: Lang, unitLabel: UnitLabel): string {
  if (isCalendarUnit(unit)) return valueRangeText(value, max, unit, lang);
  const v = formatNumber(value, lang);
  return `${max !== undefined ? `${v}–${formatNumber(max, lang)}` : v} ${unitLabel(unit, lang)}`;
}

export function claimValueText(m: MatchSummary, lang: Lang, unitLabel: UnitLabel): string {
  return amountText(m.claimValue, m.claimValueMax, m.unit, lang, unitLabel);
}

/** The verdict line: "Berbeda: sumber menyebut 10.000 container". */
export function agreementText(m: MatchSummary, t: Translate, lang: Lang, unitLabel: UnitLabel, latest?: DatasetRecord): string {
  switch (m.agreement) {
    case 'same':
      return t('agreement_same');
    case 'rounded':
      return t('agreement_rounded', claimValueText(m, lang, unitLabel));
    case 'differs':
      return m.expected
        ? t('agreement_differsExpected', amountText(m.expected.value, undefined, m.expected.unit, lang, unitLabel))
        : t('agreement_differs', claimValueText(m, lang, unitLabel));
    case 'outdated': {
      const f = latest?.figures.find((x) => x.unit === m.unit) ?? latest?.figures[0];
      if (!latest || !f) return t('agreement_outdatedPlain');
      return t('agreement_outdated', amountText(f.value, undefined, f.unit, lang, unitLabel), formatDate(f.asOf ?? latest.claimDate, lang));
    }
    case 'basis':
      return t('agreement_basis', claimValueText(m, lang, unitLabel));
  }
}

/** A plain-text citation for a claim, for copying into notes or a fact-check. */
export function citation(r: DatasetRecord, lang: Lang): string {
  const s = r.sources[0];
  const src = s ? `${s.publisher}${s.date ? `, ${formatDate(s.date, lang)}` : ''}: ${s.url}` : '';
  return `${r.summary[lang]} (${r.claimant.name}, ${formatDate(r.claimDate, lang)}) [${r.status}] ${src} — Cek Angka ${r.id}`;
}

/** Sources with the primary ones first, keeping the dataset's order otherwise. */
export function sourcesPrimaryFirst(r: DatasetRecord) {
  return [...r.sources].sort((a, b) => Number(b.primary) - Number(a.primary));
}

/** A mark's accessible name: "6.700 kontainer, cocok dengan klaim, status: usang". */
export function markLabel(f: Figure, matches: readonly MatchSummary[], t: Translate): string {
  return fillLabel(labelTemplate(labelKey(matches), t), f);
}

/** The sentence around a figure, cut to about `max` characters with the figure kept in view. */
export function sentenceAround(sentence: string, surface: string, max = 130): { before: string; figure: string; after: string } {
  const text = sentence.replace(/\s+/g, ' ').trim();
  const at = text.indexOf(surface);
  if (at < 0) return { before: text.length > max ? `${text.slice(0, max - 1)}…` : text, figure: '', after: '' };
  const room = Math.max(0, max - surface.length);
  let start = Math.max(0, at - Math.floor(room / 2));
  const end = Math.min(text.length, start + surface.length + room);
  start = Math.max(0, Math.min(start, end - surface.length - room));
  return {
    before: `${start > 0 ? '…' : ''}${text.slice(start, at)}`,
    figure: surface,
    after: `${text.slice(at + surface.length, end)}${end < text.length ? '…' : ''}`,
  };
}
