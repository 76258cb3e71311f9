/** Short bilingual explanations of a match: what fitted, and what the verdict means for the page's number. */
import { singularForms, type DatasetIndex } from '../claims/compiled';
import type { ClaimFigure, DatasetRecord } from '../claims/schema';
import type { Figure, Lang } from '../figures/figure';
import type { Agreement } from './types';
import type { ValueRelation } from './value-fit';
import { periodSuffix } from './periods';

export interface ExplainInput {
  figure: Figure;
  record: DatasetRecord;
  claimFigure: ClaimFigure;
  relation: ValueRelation;
  agreement: Agreement;
  entities: string[];
  words: string[];
  latest?: DatasetRecord;
  event?: { id: string; start: string; pageDate: string; expected: { value: number; unit: string } };
  /** The page's date is the day the claim was made, not one of its figures. */
  said?: boolean;
  /** The page gives the claim's number to another side than the claim's. */
  wrongSide?: boolean;
  lang: Lang;
}

const SEPARATORS: Record<Lang, { group: string; decimal: string }> = {
  id: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

/** 6700 → "6.700" (id) / "6,700" (en); up to two decimals. Hand-rolled: Intl is slow in a hot path. */
export function formatNumber(n: number, lang: Lang): string {
  const { group, decimal } = SEPARATORS[lang];
  const sign = n < 0 ? '-' : '';
  const text = (Math.round(Math.abs(n) * 100) / 100).toString();
  const dot = text.indexOf('.');
  const int = dot < 0 ? text : text.slice(0, dot);
  const frac = dot < 0 ? '' : text.slice(dot + 1);
  if (int.includes('e') || !Number.isFinite(n)) return `${sign}${int}`;
  let grouped = int.slice(0, ((int.length - 1) % 3) + 1);
  for (let i = grouped.length; i < int.length; i += 3) grouped += group + int.slice(i, i + 3);
  return `${sign}${grouped}${frac ? decimal + frac : ''}`;
}

const UNIT_WORDS: Record<string, { id: string; en: string }> = {
  year: { id: 'tahun', en: 'years' },
  month: { id: 'bulan', en: 'months' },
  decade: { id: 'dekade', en: 'decades' },
  day: { id: 'hari', en: 'days' },
};

/** The unit's label from the index's lexicon when it has one, else the unit id. */
function unitLabel(index: DatasetIndex, unit: string, lang: Lang): string {
  return index.unit(unit)?.label[lang] ?? UNIT_WORDS[unit]?.[lang] ?? unit;
}

function entityName(index: DatasetIndex, id: string, lang: Lang): string {
  return index.entity(id)?.name[lang] ?? id.replace(/-/g, ' ');
}

const MONTHS: Record<Lang, readonly string[]> = {
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** A date figure's value (YYYYMMDD, YYYYMM00 or MMDD) as written: "24 Februari 2022", "October 2024", "28 March". */
function dateText(value: number, lang: Lang): string {
  const year = value >= 1e7 ? Math.floor(value / 1e4) : undefined;
  const month = MONTHS[lang][Math.floor((value % 1e4) / 100) - 1];
  const day = value % 100;
  if (!month) return String(value);
  return `${day ? `${day} ` : ''}${month}${year !== undefined ? ` ${year}` : ''}`;
}

/** A figure's value as a reader writes it: a date as a date, a year without grouping ("2014"), else a number. */
function valueText(value: number, kind: string | undefined, lang: Lang): string {
  return kind === 'date' ? dateText(value, lang) : kind === 'year' ? String(value) : formatNumber(value, lang);
}

/** The unit of a calendar year (lexicon units.yaml). */
export const CALENDAR_YEAR = 'calendar-year';
/** The units whose values are calendar positions, not amounts (lexicon units.yaml): their kind of figure. */
const CALENDAR_UNITS: Readonly<Record<string, 'date' | 'year'>> = { date: 'date', [CALENDAR_YEAR]: 'year' };

/** "24 Februari 2022", "2014", "6.700–7.000": a value or a range as a reader writes it, by its unit. */
export function valueRangeText(value: number, max: number | undefined, unit: string, lang: Lang): string {
  const kind = CALENDAR_UNITS[unit];
  return max !== undefined ? `${valueText(value, kind, lang)}–${valueText(max, kind, lang)}` : valueText(value, kind, lang);
}

/** Whether a unit's values are dates or years: written without a unit ("24 Februari 2022", "2014"). */
export function isCalendarUnit(unit: string): boolean {
  return CALENDAR_UNITS[unit] !== undefined;
}

/** "6.700 kontainer", "12,5%", "2014", "24 Februari 2022": a value (or range) with its unit where it needs one. */
function quantity(index: DatasetIndex, value: number, max: number | undefined, unit: string, lang: Lang): string {
  const num = valueRangeText(value, max, unit, lang);
  if (isCalendarUnit(unit)) return num;
  if (unit === 'percent') return `${num}%`;
  const label = unitLabel(index, unit, lang);
  // ("1 year", not "1 years": the English label's singular, when the lexicon knows it as the unit's word.)
  const one = lang === 'en' && value === 1 && max === undefined ? singularForms(label).find((w) => index.unitOfWord(w) === unit) : undefined;
  return `${num} ${one ?? label}`;
}

const RELATION: Record<ValueRelation, { id: string; en: string }> = {
  exact: { id: 'angka sama', en: 'same number' },
  within: { id: 'dalam pembulatan sumber', en: 'within the source’s rounding' },
  rounded: { id: 'angka dibulatkan', en: 'rounded number' },
  range: { id: 'dalam rentang halaman', en: 'within the page’s range' },
  differs: { id: 'angka berbeda', en: 'different number' },
  none: { id: '', en: '' },
};

const SAME_MONTH = { id: 'bulan yang sama', en: 'same month' };
const SAID_ON = { id: 'tanggal pernyataan sumber', en: 'the day the source said it' };
const OTHER_SIDE = { id: 'angka sama untuk pihak lain', en: 'the same number for another side' };

/** The languages of an explanation, in the order they are written. */
const EXPLAINED_LANGS = ['id', 'en'] as const;

export function explain(index: DatasetIndex, x: ExplainInput): { id: string; en: string } {
  const out = { id: '', en: '' };
  for (const lang of EXPLAINED_LANGS) {
    // ("1,000 casualties a day": a rate says its period.)
    const claimQty = quantity(index, x.claimFigure.value, x.claimFigure.max, x.claimFigure.unit, lang) + periodSuffix(x.claimFigure.label, lang);
    // The parts joined by "; " as they are written (no array to join: most of an explanation's own time was the join).
    // (A date inside the page's month: "Mei 2018" for 31 May 2018.)
    const relation = x.said ? SAID_ON : x.wrongSide ? OTHER_SIDE : x.relation === 'within' && x.claimFigure.kind === 'date' ? SAME_MONTH : RELATION[x.relation];
    let text =
      lang === 'id'
        ? `Sumber: ${claimQty} (${x.record.claimant.name}, ${x.record.claimDate}); ${relation.id}`
        : `Source: ${claimQty} (${x.record.claimant.name}, ${x.record.claimDate}); ${relation.en}`;
    if (x.entities.length > 0) {
      // (Loops, not map and join: no closure or array per explanation.)
      let names = entityName(index, x.entities[0] as string, lang);
      for (let i = 1; i < x.entities.length; i++) names += `, ${entityName(index, x.entities[i] as string, lang)}`;
      text += lang === 'id' ? `; tentang ${names}` : `; about ${names}`;
    }
    if (x.words.length > 0) {
      let w = `“${x.words[0] as string}”`;
      for (let i = 1; i < x.words.length && i < 4; i++) w += `, “${x.words[i] as string}”`;
      text += lang === 'id' ? `; kata kunci ${w}` : `; keywords ${w}`;
    }
    let verdict = '';
    switch (x.agreement) {
      case 'differs':
        if (x.event && x.event.expected.unit === CALENDAR_YEAR) {
          // A "since" year: the event's start says it all.
          verdict =
            lang === 'id'
              ? `Angka halaman keliru: peristiwanya dimulai ${x.event.start}, bukan pada ${x.figure.value}.`
              : `The page’s number is wrong: the event began on ${x.event.start}, not in ${x.figure.value}.`;
        } else if (x.event) {
          const exp = quantity(index, x.event.expected.value, undefined, x.event.expected.unit, lang);
          verdict =
            lang === 'id'
              ? `Angka halaman keliru: peristiwanya dimulai ${x.event.start}, jadi pada ${x.event.pageDate} baru sekitar ${exp}.`
              : `The page’s number is wrong: the event began on ${x.event.start}, so by ${x.event.pageDate} it was about ${exp}.`;
        } else if (x.wrongSide) {
          const label = x.claimFigure.label?.[lang];
          verdict =
            lang === 'id'
              ? `Halaman memberi angka ini kepada pihak lain: sumber menyebut ${claimQty}${label ? ` (${label})` : ''}.`
              : `The page gives this number to another side: the source's ${claimQty} are ${label ?? 'another side’s'}.`;
        } else if (x.record.status === 'false' && x.relation !== 'differs') {
          // (The page repeats a claim rated false: its number is the claim's, and the claim is wrong.)
          verdict =
            lang === 'id'
              ? `Halaman mengulang klaim yang dinilai keliru dalam dataset: ${claimQty}.`
              : `The page repeats a claim the dataset rates false: ${claimQty}.`;
        } else {
          // (A date as a date: "20 February 2022", not 20,220,220; a range as its two ends.)
          const page = valueRangeText(x.figure.value, x.figure.valueMax, x.claimFigure.unit, lang);
          verdict =
            lang === 'id'
              ? `Angka halaman (${page}) tidak sesuai dengan sumber (${claimQty}).`
              : `The page’s number (${page}) does not match the source (${claimQty}).`;
        }
        break;
      case 'basis':
        verdict =
          lang === 'id'
            ? 'Angka sumber adalah perkiraan daya tampung (setara), bukan hitungan barang yang dikirim.'
            : 'The source’s number is a capacity equivalent, not a count of what was sent.';
        break;
      case 'outdated': {
        const l = x.latest;
        const lf = l?.figures.find((f) => f.unit === x.claimFigure.unit) ?? l?.figures[0];
        const newer = l && lf ? quantity(index, lf.value, lf.max, lf.unit, lang) : undefined;
        verdict =
          lang === 'id'
            ? `Angka ini sudah diperbarui${newer && l ? `: terbaru ${newer} (${l.claimDate})` : ''}.`
            : `This figure has been superseded${newer && l ? `: latest ${newer} (${l.claimDate})` : ''}.`;
        break;
      }
      case 'rounded':
        verdict = lang === 'id' ? 'Halaman membulatkan angka sumber.' : 'The page rounds the source’s number.';
        break;
      case 'same':
        verdict = lang === 'id' ? 'Angka halaman sesuai sumber.' : 'The page’s number matches the source.';
        break;
    }
    out[lang] = `${text}. ${verdict}`.slice(0, 600);
  }
  return out;
}
