/**
 * schema.org ClaimReview JSON-LD ⇄ dataset records. Pure (no DOM, no Node).
 *
 * Import reads what fact-checkers and the Data Commons feed publish: a single ClaimReview, an array, an `@graph`,
 * or a DataFeed (`dataFeedElement[].item`). Each ClaimReview becomes one claim record; figures are read out of
 * `claimReviewed` with the figure detector and mapped to canonical units through the dataset index. A bad item is
 * reported (with its index and url) and the good ones are still imported.
 *
 * Field mapping (what a round trip import(export(x)) keeps):
 *   identifier                        ↔ id
 *   claimReviewed                     ↔ summary[lang]          (import fills both languages with the one text)
 *   inLanguage                        ↔ the export language
 *   itemReviewed.author.name/jobTitle ↔ claimant.name / claimant.role[lang]
 *   itemReviewed.datePublished        ↔ claimDate
 *   itemReviewed.appearance[].name    ↔ appearedIn             (appearances with a url become primary sources)
 *   reviewRating.alternateName/ratingValue ↔ status         (verdict words in Indonesian and English)
 *   reviewRating.ratingExplanation    ↔ rationale[lang]
 *   datePublished                     ↔ reviewed
 *   isBasedOn[] / citation[]          ↔ sources (primary / secondary): url, name=title, publisher.name,
 *                                        datePublished=date, text=quote, inLanguage=lang
 *   about[] (identifier "entity:…" / "topic:…") ↔ entities, topics (without entity ids in `about`, the entities
 *                                        are found in the claim text through the entity lexicon)
 *   keywords                          ↔ keywords[lang]
 *   itemReviewed.mentions[] (QuantitativeValue: value, maxValue, unitText = canonical unit, name = label[lang],
 *     additionalProperty kind/qualifier/basis/asOf/periodFrom/periodTo) ↔ figures; without them the figures are
 *     read out of claimReviewed with the detector (basis "claimed", asOf = the claim date)
 *   url, author (the fact-checker)    → on import, the review itself becomes a primary source
 * Not carried: the second language, caveats, supersededBy, related. Events are not claims and are not exported.
 */
import * as z from 'zod/mini';
import { detectFigures } from '../figures/detect';
import type { Lang } from '../figures/figure';
import { ClaimFigureSchema, DatasetRecordSchema, PartialDate, STATUSES, describeIssues, type ClaimStatus, type DatasetRecord, type Source } from './schema';
import type { DatasetIndex } from './compiled';

/** Topic given to imported claims that name no known topic. */
export const IMPORTED_TOPIC = 'imported';
const EXPORT_AUTHOR = 'Cek Angka';

// ---------------------------------------------------------------------------------------------------------------
// JSON-LD reading: values may be a string, {"@value": ...}, an object or an array of any of these.

function first(v: unknown): unknown {
  return Array.isArray(v) ? v[0] : v;
}

function ldText(v: unknown): string | undefined {
  const x = first(v);
  if (typeof x === 'string') return x.trim() || undefined;
  if (typeof x === 'number') return String(x);
  if (x && typeof x === 'object' && '@value' in x) return ldText((x as { '@value': unknown })['@value']);
  return undefined;
}

function ldList(v: unknown): unknown[] {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}

/** `z.preprocess` of classic zod (zod/mini has none): `fn` runs first, then `schema` checks what it returns. */
interface Preprocess<S extends z.core.$ZodType> extends z.ZodMiniPipe<z.core.$ZodTransform<unknown, unknown>, S> {
  _zod: z.core.$ZodPreprocessInternals<S>;
}
const preprocess = <S extends z.core.$ZodType>(fn: (v: unknown) => unknown, schema: S) => z.pipe(z.transform(fn), schema) as Preprocess<S>;

const LdText = /* @__PURE__ */ preprocess(ldText, z.optional(z.string().check(z.minLength(1))));
const LdRequiredText = /* @__PURE__ */ preprocess(ldText, z.string().check(z.minLength(1)));
const LdNumber = /* @__PURE__ */ preprocess((v) => {
  const x = first(v);
  const n = typeof x === 'string' ? Number(x.replace(',', '.')) : x;
  return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
}, z.optional(z.number()));
const LdUnknown = /* @__PURE__ */ z.optional(z.unknown());

const PartyLd = /* @__PURE__ */ preprocess(
  (v) => {
    const x = first(v);
    return typeof x === 'string' ? { name: x } : x;
  },
  z.optional(z.looseObject({ name: LdText, jobTitle: LdText, url: LdText })),
);

const CreativeWorkLd = /* @__PURE__ */ preprocess(
  (v) => (typeof v === 'string' ? { url: v } : v),
  z.looseObject({
    url: LdText,
    name: LdText,
    headline: LdText,
    text: LdText,
    datePublished: LdText,
    inLanguage: LdUnknown,
    publisher: PartyLd,
    author: PartyLd,
  }),
);
type CreativeWorkLd = z.infer<typeof CreativeWorkLd>;

/** The fields of a ClaimReview that the importer reads; everything else passes through untouched. */
export const ClaimReviewLdSchema = /* @__PURE__ */ z.looseObject({
  '@type': z.unknown(),
  claimReviewed: LdRequiredText,
  identifier: LdText,
  url: LdText,
  headline: LdText,
  name: LdText,
  datePublished: LdText,
  inLanguage: LdUnknown,
  author: PartyLd,
  keywords: LdUnknown,
  about: LdUnknown,
  reviewRating: preprocess(
    first,
    z.looseObject({
      ratingValue: LdNumber,
      bestRating: LdNumber,
      worstRating: LdNumber,
      alternateName: LdText,
      name: LdText,
      ratingExplanation: LdText,
    }),
  ),
  itemReviewed: preprocess(
    first,
    z.optional(
      z.looseObject({
        author: PartyLd,
        datePublished: LdText,
        appearance: LdUnknown,
        firstAppearance: LdUnknown,
        mentions: LdUnknown,
      }),
    ),
  ),
  citation: LdUnknown,
  isBasedOn: LdUnknown,
});

/** A figure carried as a schema.org QuantitativeValue in `itemReviewed.mentions`. */
const QuantitativeValueLd = /* @__PURE__ */ z.looseObject({
  '@type': z.unknown(),
  value: LdNumber,
  minValue: LdNumber,
  maxValue: LdNumber,
  unitText: LdText,
  unitCode: LdText,
  name: LdText,
  additionalProperty: LdUnknown,
});

// ---------------------------------------------------------------------------------------------------------------
// Verdicts

const VERDICT_LABELS: Record<ClaimStatus, { id: string; en: string; value: number }> = {
  confirmed: { id: 'Terkonfirmasi', en: 'Confirmed', value: 5 },
  reported: { id: 'Dilaporkan dengan benar', en: 'Reported correctly', value: 4 },
  outdated: { id: 'Kedaluwarsa', en: 'Outdated', value: 3 },
  disputed: { id: 'Diperdebatkan', en: 'Disputed', value: 3 },
  unverified: { id: 'Belum terverifikasi', en: 'Unverified', value: 3 },
  misleading: { id: 'Menyesatkan', en: 'Misleading', value: 2 },
  false: { id: 'Salah', en: 'False', value: 1 },
};

/** Checked in order: the first pattern that matches a fact-checker's verdict word decides. */
const VERDICT_PATTERNS: [ClaimStatus, RegExp][] = [
  ['false', /\b(not|tidak|bukan)\s+(true|accurate|correct|benar|akurat)\b/],
  ['outdated', /\b(outdated|out of date|usang|kedaluwarsa|kadaluarsa|kadaluwarsa|no longer)\b/],
  ['misleading', /\b(misleading|menyesatkan|missing context|out of context|lacks context|tanpa konteks|half[- ]true|sebagian benar|partly|partially|mostly false|exaggerat\w*|dilebih-lebihkan|cherry[- ]pick\w*|distorted|mixture|mixed|campuran|satire|satir)\b/],
  ['false', /\b(false|salah|hoaks|hoax|keliru|bohong|fake|pants on fire|palsu|incorrect|inaccurate|wrong|fabricated|disinformasi|misinformasi|four pinocchios)\b/],
  ['unverified', /\b(unverified|unproven|belum terverifikasi|belum terbukti|tidak terbukti|unsupported|no evidence|tanpa bukti|cannot be verified|unclear|tidak jelas|needs context|research in progress|insufficient)\b/],
  ['disputed', /\b(disputed|diperdebatkan|dipersoalkan|contested|debatable|contradictory)\b/],
  ['reported', /\b(reported|dilaporkan)\b/],
  ['confirmed', /\b(true|benar|correct|accurate|akurat|fakta|fact|confirmed|terkonfirmasi|mostly true|sahih|valid)\b/],
];

export function statusOfVerdict(word: string | undefined, value?: number, best = 5, worst = 1): ClaimStatus | undefined {
  if (word) {
    const w = word.toLowerCase();
    for (const [status, re] of VERDICT_PATTERNS) if (re.test(w)) return status;
    if ((STATUSES as readonly string[]).includes(w)) return w as ClaimStatus;
  }
  if (value !== undefined && best !== worst) {
    const r = (value - worst) / (best - worst);
    if (r < 0 || r > 1) return undefined;
    if (r <= 0.2) return 'false';
    if (r <= 0.45) return 'misleading';
    if (r < 0.6) return 'disputed';
    if (r < 0.85) return 'reported';
    return 'confirmed';
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Import

export interface ImportProblem {
  /** Position of the item in the file (arrays, @graph and DataFeed flattened in order), from 0; -1 for the file. */
  item: number;
  /** The item's url or identifier, when it has one. */
  ref?: string;
  path?: string;
  message: string;
}

export interface ImportResult {
  records: DatasetRecord[];
  errors: ImportProblem[];
  /** Items that are not ClaimReviews (other @graph nodes, DataFeed wrappers). */
  skipped: ImportProblem[];
}

export function formatImportProblem(p: ImportProblem): string {
  const where = p.item < 0 ? 'file' : `item ${p.item}${p.ref ? ` (${p.ref})` : ''}`;
  return `${where}: ${p.path ? `${p.path}: ` : ''}${p.message}`;
}

function typesOf(node: unknown): string[] {
  if (!node || typeof node !== 'object') return [];
  return ldList((node as Record<string, unknown>)['@type']).filter((t): t is string => typeof t === 'string');
}

/** Flattens the shapes fact-checkers publish into a list of candidate nodes, in document order. */
function flatten(input: unknown): { node: unknown; inGraph: boolean }[] {
  const out: { node: unknown; inGraph: boolean }[] = [];
  const walk = (v: unknown, inGraph: boolean): void => {
    if (Array.isArray(v)) {
      for (const x of v) walk(x, inGraph);
      return;
    }
    if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (Array.isArray(o['@graph'])) return walk(o['@graph'], true);
      if (typesOf(o).includes('DataFeed') && o.dataFeedElement !== undefined) {
        for (const el of ldList(o.dataFeedElement)) {
          const e = el as Record<string, unknown> | null;
          if (e && typeof e === 'object' && typesOf(e).includes('DataFeedItem')) walk(e.item, true);
          else walk(el, true);
        }
        return;
      }
    }
    out.push({ node: v, inGraph });
  };
  walk(input, false);
  return out;
}

function langOf(v: unknown): Lang | undefined {
  const x = first(v);
  const s = typeof x === 'string' ? x : x && typeof x === 'object' ? ldText((x as Record<string, unknown>).alternateName) ?? ldText((x as Record<string, unknown>).name) : undefined;
  if (!s) return undefined;
  const l = s.toLowerCase();
  if (l === 'id' || l.startsWith('id-') || l === 'in' || l === 'ind' || l.startsWith('indonesia') || l === 'bahasa indonesia') return 'id';
  if (l === 'en' || l.startsWith('en-') || l === 'eng' || l.startsWith('english')) return 'en';
  return undefined;
}

function dateOf(v: string | undefined): string | undefined {
  if (!v) return undefined;
  const m = /^(\d{4})(-\d{2})?(-\d{2})?/.exec(v.trim());
  if (!m) return undefined;
  const d = m[0];
  return PartialDate.safeParse(d).success ? d : PartialDate.safeParse(m[1]! + (m[2] ?? '')).success ? m[1]! + (m[2] ?? '') : undefined;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** 64-bit FNV-1a in two halves: stable ids for items without an identifier. */
function hashId(s: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return h1.toString(36) + h2.toString(36);
}

function slug(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
}

const SLUG = /^[a-z0-9][a-z0-9.-]*$/;

function sourceOf(w: CreativeWorkLd, primary: boolean, fallbackLang?: Lang): Source | string {
  if (!w.url) return 'a source without url';
  if (!w.url.startsWith('https://')) return `source url is not https: ${w.url}`;
  const s: Source = {
    publisher: (w.publisher?.name ?? w.author?.name ?? hostOf(w.url)).slice(0, 200),
    url: w.url,
    title: (w.name ?? w.headline ?? hostOf(w.url)).slice(0, 300),
    primary,
  };
  const date = dateOf(w.datePublished);
  if (date) s.date = date;
  if (w.text) s.quote = w.text.slice(0, 400);
  const lang = langOf(w.inLanguage) ?? (typeof first(w.inLanguage) === 'string' ? (first(w.inLanguage) as string).slice(0, 8) : fallbackLang);
  if (lang) s.lang = lang;
  return s;
}

const FIGURE_PROPS = ['kind', 'qualifier', 'basis', 'asOf', 'periodFrom', 'periodTo'] as const;

function figuresFromMentions(mentions: unknown, index: DatasetIndex): DatasetRecord['figures'] {
  const out: DatasetRecord['figures'] = [];
  for (const m of ldList(mentions)) {
    if (!typesOf(m).includes('QuantitativeValue')) continue;
    const q = QuantitativeValueLd.safeParse(m);
    if (!q.success) continue;
    const value = q.data.value ?? q.data.minValue;
    const unitWord = q.data.unitText ?? q.data.unitCode;
    const unit = unitWord ? (index.unit(unitWord) ? unitWord : index.unitOfWord(unitWord)) : undefined;
    if (value === undefined || !unit) continue;
    const props: Partial<Record<(typeof FIGURE_PROPS)[number], string>> = {};
    for (const p of ldList(q.data.additionalProperty)) {
      if (!p || typeof p !== 'object') continue;
      const name = ldText((p as Record<string, unknown>).name);
      const v = ldText((p as Record<string, unknown>).value);
      if (name && v && (FIGURE_PROPS as readonly string[]).includes(name)) props[name as (typeof FIGURE_PROPS)[number]] = v;
    }
    const candidate: Record<string, unknown> = {
      value,
      unit,
      kind: props.kind ?? index.unit(unit)?.kind ?? 'count',
      qualifier: props.qualifier ?? 'exact',
      basis: props.basis ?? 'claimed',
    };
    const max = q.data.maxValue !== undefined && q.data.maxValue !== value ? q.data.maxValue : undefined;
    if (max !== undefined) candidate.max = max;
    if (props.periodFrom || props.periodTo) candidate.period = { ...(props.periodFrom ? { from: props.periodFrom } : {}), ...(props.periodTo ? { to: props.periodTo } : {}) };
    if (props.asOf) candidate.asOf = props.asOf;
    if (q.data.name) candidate.label = { id: q.data.name.slice(0, 600), en: q.data.name.slice(0, 600) };
    const fig = ClaimFigureSchema.safeParse(candidate);
    if (fig.success) out.push(fig.data);
  }
  return out;
}

/** Converts parsed ClaimReview JSON-LD into records; `index` supplies the unit, entity and topic lexicons. */
export function importClaimReviews(input: unknown, index: DatasetIndex): ImportResult {
  const result: ImportResult = { records: [], errors: [], skipped: [] };
  let data = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch (e) {
      result.errors.push({ item: -1, message: `not valid JSON: ${(e as Error).message}` });
      return result;
    }
  }
  const seenIds = new Set<string>();
  flatten(data).forEach(({ node, inGraph }, item) => {
    const o = node && typeof node === 'object' && !Array.isArray(node) ? (node as Record<string, unknown>) : undefined;
    const ref = o ? ldText(o.url) ?? ldText(o.identifier) : undefined;
    if (!typesOf(node).includes('ClaimReview')) {
      const problem = { item, ref, message: o ? `not a ClaimReview (@type ${JSON.stringify(o['@type'] ?? null)})` : 'not an object' };
      (inGraph ? result.skipped : result.errors).push(problem);
      return;
    }
    const fail = (path: string | undefined, message: string) => result.errors.push({ item, ref, path, message });
    const parsed = ClaimReviewLdSchema.safeParse(node, { reportInput: true });
    if (!parsed.success) {
      for (const i of describeIssues(parsed.error)) fail(i.path || undefined, i.message);
      return;
    }
    const cr = parsed.data;
    const text = cr.claimReviewed;
    const rating = cr.reviewRating;
    const status = statusOfVerdict(rating.alternateName ?? rating.name, rating.ratingValue, rating.bestRating ?? 5, rating.worstRating ?? 1);
    if (!status) {
      fail('reviewRating', `cannot read a verdict from ${JSON.stringify(rating.alternateName ?? rating.name ?? rating.ratingValue ?? null)}`);
      return;
    }
    const lang = langOf(cr.inLanguage);
    const claimDate = dateOf(cr.itemReviewed?.datePublished) ?? dateOf(cr.datePublished);
    if (!claimDate) {
      fail('itemReviewed.datePublished', 'no claim date (itemReviewed.datePublished or datePublished)');
      return;
    }

    const figures: DatasetRecord['figures'] = figuresFromMentions(cr.itemReviewed?.mentions, index);
    if (figures.length === 0) for (const f of detectFigures(text, { lang: lang ?? 'auto' })) {
      const unit =
        (f.kind === 'percent' ? index.unitOfWord('%') : undefined) ??
        (f.currency ? index.unitOfWord(f.currency) : undefined) ??
        (f.unit ? index.unitOfWord(f.unit) : undefined) ??
        (f.kind === 'year' ? index.unitOfWord('tahun kalender') : undefined) ??
        (f.kind === 'date' ? index.unitOfWord('tanggal') : undefined);
      if (!unit) continue;
      // The unit's kind, as in the bundled data (the detector may call "1 juta barel" a count).
      const kind = index.unit(unit)?.kind ?? f.kind;
      const fig: DatasetRecord['figures'][number] = { value: f.value, unit, kind, qualifier: f.qualifier, basis: 'claimed', asOf: claimDate };
      if (f.valueMax !== undefined) fig.max = f.valueMax;
      figures.push(fig);
    }
    if (figures.length === 0) {
      fail('claimReviewed', 'no figure with a known unit in the claim text');
      return;
    }

    const sources: Source[] = [];
    const sourceProblems: string[] = [];
    const add = (w: unknown, primary: boolean) => {
      const p = CreativeWorkLd.safeParse(w);
      if (!p.success) return;
      const s = sourceOf(p.data, primary, lang);
      if (typeof s === 'string') sourceProblems.push(s);
      else if (!sources.some((x) => x.url === s.url)) sources.push(s);
    };
    if (cr.url) {
      add({ url: cr.url, name: cr.headline ?? cr.name ?? `Fact check: ${text.slice(0, 120)}`, datePublished: cr.datePublished, publisher: cr.author, inLanguage: cr.inLanguage }, true);
    }
    for (const w of ldList(cr.isBasedOn)) add(w, true);
    const appearances = [...ldList(cr.itemReviewed?.firstAppearance), ...ldList(cr.itemReviewed?.appearance)];
    for (const w of appearances) {
      if (w && typeof w === 'object' && ldText((w as Record<string, unknown>).url)) add(w, true);
    }
    for (const w of ldList(cr.citation)) add(w, false);
    if (sources.length === 0) {
      fail('url', sourceProblems[0] ?? 'no https source: the review needs a url, isBasedOn, citation or appearance url');
      return;
    }

    const about = ldList(cr.about).map((a) => (a && typeof a === 'object' ? ldText((a as Record<string, unknown>).identifier) : ldText(a)));
    const aboutIds = (prefix: string) => about.filter((a): a is string => !!a && a.startsWith(prefix)).map((a) => a.slice(prefix.length));
    const appearedIn = appearances.map((a) => (a && typeof a === 'object' ? ldText((a as Record<string, unknown>).name) : undefined)).find(Boolean);
    // Entities named in `about` are taken as they are; otherwise they are found in the text.
    const named = aboutIds('entity:').filter((e) => index.entity(e));
    const entities = named.length ? [...new Set(named)] : index.entitiesIn(`${text} ${appearedIn ?? ''}`);
    const knownTopics = new Set(index.topics.map((t) => t.id));
    const topics = aboutIds('topic:').filter((t) => knownTopics.has(t));
    // A single keywords string is comma-separated; an array holds one keyword per item.
    const keywords = (typeof cr.keywords === 'string' ? cr.keywords.split(',') : ldList(cr.keywords).map((k) => ldText(k) ?? ''))
      .map((k) => k.trim())
      .filter(Boolean);

    const identifier = cr.identifier && SLUG.test(cr.identifier) ? cr.identifier : undefined;
    const id =
      identifier ??
      `cr-${slug(cr.author?.name ?? (cr.url ? hostOf(cr.url) : 'import')) || 'import'}-${hashId(`${cr.url ?? ''}\n${text}`)}`;
    if (seenIds.has(id)) {
      fail('identifier', `repeats the id "${id}" of an earlier item`);
      return;
    }

    const rationale = rating.ratingExplanation ?? `${cr.author?.name ?? 'The reviewer'}: ${rating.alternateName ?? rating.name ?? String(rating.ratingValue)}`;
    const both = (s: string) => ({ id: s.slice(0, 600), en: s.slice(0, 600) });
    const candidate = {
      id,
      type: 'claim',
      summary: both(text),
      claimant: {
        name: (cr.itemReviewed?.author?.name ?? 'unknown').slice(0, 200),
        ...(cr.itemReviewed?.author?.jobTitle ? { role: both(cr.itemReviewed.author.jobTitle) } : {}),
      },
      claimDate,
      ...(appearedIn ? { appearedIn: appearedIn.slice(0, 300) } : {}),
      topics: topics.length ? topics : [IMPORTED_TOPIC],
      entities,
      status,
      rationale: both(rationale),
      caveats: [],
      sources,
      supersededBy: [],
      related: [],
      keywords: { id: lang === 'id' ? keywords : [], en: lang === 'id' ? [] : keywords },
      reviewed: dateOf(cr.datePublished) ?? claimDate,
      figures,
    };
    const checked = DatasetRecordSchema.safeParse(candidate, { reportInput: true });
    if (!checked.success) {
      for (const i of describeIssues(checked.error)) fail(i.path || undefined, i.message);
      return;
    }
    seenIds.add(id);
    result.records.push(checked.data);
  });
  return result;
}

// ---------------------------------------------------------------------------------------------------------------
// Export

export type ClaimReviewLd = Record<string, unknown>;

function creativeWork(s: Source): Record<string, unknown> {
  const w: Record<string, unknown> = { '@type': 'CreativeWork', url: s.url, name: s.title, publisher: { '@type': 'Organization', name: s.publisher } };
  if (s.date) w.datePublished = s.date;
  if (s.quote) w.text = s.quote;
  if (s.lang) w.inLanguage = s.lang;
  return w;
}

function quantitativeValue(f: DatasetRecord['figures'][number], lang: Lang): Record<string, unknown> {
  const prop = (name: string, value: string) => ({ '@type': 'PropertyValue', name, value });
  const q: Record<string, unknown> = { '@type': 'QuantitativeValue', value: f.value };
  if (f.max !== undefined) q.maxValue = f.max;
  q.unitText = f.unit;
  if (f.label) q.name = f.label[lang];
  const props = [prop('kind', f.kind), prop('qualifier', f.qualifier), prop('basis', f.basis)];
  if (f.asOf) props.push(prop('asOf', f.asOf));
  if (f.period?.from) props.push(prop('periodFrom', f.period.from));
  if (f.period?.to) props.push(prop('periodTo', f.period.to));
  q.additionalProperty = props;
  return q;
}

/** One claim record as a ClaimReview in `lang` (the other language is not carried). */
export function recordToClaimReview(record: DatasetRecord, index: DatasetIndex, lang: Lang = 'en'): ClaimReviewLd {
  const verdict = VERDICT_LABELS[record.status];
  const author: Record<string, unknown> = { '@type': record.claimant.role ? 'Person' : 'Organization', name: record.claimant.name };
  if (record.claimant.role) author.jobTitle = record.claimant.role[lang];
  const claim: Record<string, unknown> = { '@type': 'Claim', author, datePublished: record.claimDate };
  if (record.appearedIn) claim.appearance = [{ '@type': 'CreativeWork', name: record.appearedIn }];
  if (record.figures.length) claim.mentions = record.figures.map((f) => quantitativeValue(f, lang));
  const about = [
    ...record.entities.map((e) => ({ '@type': 'Thing', identifier: `entity:${e}`, name: index.entity(e)?.name[lang] ?? e })),
    ...record.topics.map((t) => ({ '@type': 'Thing', identifier: `topic:${t}`, name: index.topics.find((x) => x.id === t)?.name[lang] ?? t })),
  ];
  const out: ClaimReviewLd = {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    identifier: record.id,
    claimReviewed: record.summary[lang],
    inLanguage: lang,
    datePublished: record.reviewed,
    author: { '@type': 'Organization', name: EXPORT_AUTHOR },
    reviewRating: {
      '@type': 'Rating',
      ratingValue: verdict.value,
      bestRating: 5,
      worstRating: 1,
      alternateName: verdict[lang],
      ratingExplanation: record.rationale[lang],
    },
    itemReviewed: claim,
    about,
    keywords: record.keywords[lang],
  };
  const primary = record.sources.filter((s) => s.primary).map(creativeWork);
  const secondary = record.sources.filter((s) => !s.primary).map(creativeWork);
  if (primary.length) out.isBasedOn = primary;
  if (secondary.length) out.citation = secondary;
  return out;
}

/** Every claim record (events are not claims) as a JSON-LD array. */
export function exportClaimReviews(records: readonly DatasetRecord[], index: DatasetIndex, lang: Lang = 'en'): ClaimReviewLd[] {
  return records.filter((r) => r.type === 'claim').map((r) => recordToClaimReview(r, index, lang));
}
