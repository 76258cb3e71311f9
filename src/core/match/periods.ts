/**
 * The period a figure counts over, where its words say one: "1,000 killed or wounded a day", "korban dalam satu
 * pekan", "annual import cap". A daily figure and a weekly one are different numbers even when they are equal.
 */
import type { Bilingual } from '../claims/schema';
import type { Lang } from '../figures/figure';

export type Period = 'day' | 'week' | 'month' | 'year';

/** How a period is written after a quantity ("1.000 korban per hari", "1,000 casualties a day"). */
const PERIOD_TEXT: Record<Period, { id: string; en: string }> = {
  day: { id: 'per hari', en: 'a day' },
  week: { id: 'per pekan', en: 'a week' },
  month: { id: 'per bulan', en: 'a month' },
  year: { id: 'per tahun', en: 'a year' },
};

const UNIT: Record<string, Period> = {
  day: 'day', hari: 'day', night: 'day', malam: 'day',
  week: 'week', pekan: 'week', minggu: 'week',
  month: 'month', bulan: 'month',
  year: 'year', tahun: 'year', annum: 'year',
};
const ADJECTIVE: Record<string, Period> = {
  daily: 'day', harian: 'day', overnight: 'day',
  weekly: 'week', mingguan: 'week',
  monthly: 'month', bulanan: 'month',
  annual: 'year', annually: 'year', yearly: 'year', tahunan: 'year',
};
const UNITS = Object.keys(UNIT).join('|');
const ADJECTIVES = Object.keys(ADJECTIVE).join('|');

/**
 * "a day", "per pekan", "setiap bulan", "in one week", "sehari", "sepekan", "daily", "in 24 hours": a rate's period, not a moment
 * ("a day after", "a year ago", "sehari setelah", "setahun lalu") nor a span of time ("after half a year of delay",
 * "for a year", "more than a year").
 */
const PERIOD = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:(?<!(?:half|after|for|than|nearly|almost|over)[ \\u00a0]+)(?:a|an|one)|per|each|every|setiap|tiap|satu)[ \\u00a0]+(?:single[ \\u00a0]+)?(${UNITS})|se(hari|malam|pekan|minggu|bulan|tahun)|(${ADJECTIVES})|(24)[ \\u00a0]?(?:jam|hours?))` +
    `(?![\\p{L}\\p{N}-])(?![ \\u00a0]+(?:ago|after|before|later|earlier|lalu|silam|setelah|setelahnya|sebelum|sebelumnya|sesudah|sesudahnya|kemudian|kemarin|berikutnya)(?![\\p{L}\\p{N}]))`,
  'iu',
);

function periodOf(m: RegExpExecArray | null): Period | undefined {
  if (m?.[4]) return 'day';
  const w = m && (m[1] ?? m[2] ?? m[3])?.toLowerCase();
  return w ? (UNIT[w] ?? ADJECTIVE[w]) : undefined;
}

/** The period a claim figure's label names ("korban Rusia per hari", "North Korean casualties in one week"). */
export function labelPeriod(label: string): Period | undefined {
  return periodOf(PERIOD.exec(label));
}

/** Some period word's letters: every PERIOD match holds one of these. */
const MAY_NAME_PERIOD = /hari|day|daily|night|malam|week|pekan|minggu|month|bulan|year|tahun|annu|24/i;

/** A calendar year a label's figure covers: "fired by Russia in 2023", "warga sipil tewas pada 2025". */
const IN_YEAR = /(?<![\p{L}\p{N}])(?:in|during|throughout|pada|selama|sepanjang)[ \u00a0]+(?:19|20)\d{2}(?![\p{L}\p{N}])/iu;

/**
 * The period a claim figure counts over, for comparing it with the page's: a rate's (labelPeriod) or, for a year's
 * total ("in 2023"), a year: "7 million shells a year" may quote it, "7,000 a day" may not.
 */
export function labelSpan(label: string): Period | undefined {
  return labelPeriod(label) ?? (IN_YEAR.test(label) ? 'year' : undefined);
}

/** " a day", " per hari": what to write after a figure whose label counts over a rate's period; '' for any other. */
export function periodSuffix(label: Bilingual | undefined, lang: Lang): string {
  if (!label) return '';
  let period = LABEL_PERIODS.get(label);
  if (period === undefined) LABEL_PERIODS.set(label, (period = labelPeriod(`${label.id} ${label.en}`) ?? null));
  return period ? ` ${PERIOD_TEXT[period][lang]}` : '';
}
/** Each label's period (null for none): explanations ask again for every match shown. */
const LABEL_PERIODS = new WeakMap<Bilingual, Period | null>();

/** How far after a page's figure its period may stand: "1,000 killed or wounded a day". */
const AFTER = 90;

/** The period the page gives a figure, in the words after it up to the end of its clause. */
export function periodAfter(sentence: string, surface: string): Period | undefined {
  const at = sentence.indexOf(surface);
  if (at < 0) return undefined;
  const after = sentence.slice(at + surface.length, at + surface.length + AFTER);
  const clause = after.slice(0, after.search(/[,;:()]|$/));
  // (Most clauses name no period: a plain search rules them out before the full pattern runs.)
  return MAY_NAME_PERIOD.test(clause) ? periodOf(PERIOD.exec(clause)) : undefined;
}
