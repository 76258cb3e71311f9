/**
 * Interface strings. They live in public/_locales/<lang>/messages.json (the files browser.i18n reads); the UI picks
 * the language itself, because a popover speaks the page's language and the user may choose one in the options.
 */
import id from '../../public/_locales/id/messages.json';
import en from '../../public/_locales/en/messages.json';
import type { Lang } from '../core/figures/figure';

export type MessageKey = keyof typeof id;
type Catalog = Record<string, { message: string }>;
const CATALOGS: Record<Lang, Catalog> = { id, en };

export type Translate = (key: MessageKey, ...subs: (string | number)[]) => string;

export function translator(lang: Lang): Translate {
  const cat = CATALOGS[lang];
  return (key, ...subs) => {
    const msg = cat[key]?.message ?? CATALOGS.en[key]?.message ?? key;
    return msg.replace(/\$(\d)/g, (_, n: string) => String(subs[Number(n) - 1] ?? ''));
  };
}

const LOCALE: Record<Lang, string> = { id: 'id-ID', en: 'en-GB' };

export function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 2 }).format(value);
}

/** "2024-02-26" → "26 Februari 2024" / "26 February 2024"; partial dates keep their precision. */
export function formatDate(date: string, lang: Lang): string {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date);
  if (!m) return date;
  const [, y, mo, d] = m;
  const dt = new Date(Date.UTC(Number(y), mo ? Number(mo) - 1 : 0, d ? Number(d) : 1));
  const opts: Intl.DateTimeFormatOptions = { year: 'numeric', timeZone: 'UTC' };
  if (mo) opts.month = 'long';
  if (d) opts.day = 'numeric';
  return new Intl.DateTimeFormat(LOCALE[lang], opts).format(dt);
}

/** The interface language: the user's choice, else the page's, else the browser's. */
export function resolveLang(choice: 'auto' | Lang, fallback: Lang | undefined, browserLang: string): Lang {
  if (choice !== 'auto') return choice;
  if (fallback) return fallback;
  return browserLang.toLowerCase().startsWith('id') ? 'id' : 'en';
}
