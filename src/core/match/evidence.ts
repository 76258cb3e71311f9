/**
 * Context evidence for a match: which of a record's entities and keywords the text around a figure mentions.
 * Text is reduced to sets of light-stemmed tokens once per sentence, paragraph and title, and each record's
 * keywords to token lists once per index, so checking a candidate costs a few set look-ups.
 */
import type { DatasetRecord } from '../claims/schema';

/** What the matcher needs from the dataset index to collect evidence. */
export interface EvidenceIndex {
  entitiesIn(text: string): Iterable<string>;
  unitOfWord(word: string): string | undefined;
}

const STOPWORDS = new Set([
  'yang', 'dan', 'di', 'ke', 'dari', 'untuk', 'dengan', 'ini', 'itu', 'pada', 'dalam', 'atau', 'oleh', 'para',
  'the', 'of', 'and', 'to', 'in', 'a', 'an', 'for', 'on', 'with', 'by', 'as', 'at', 'from', 'is', 'was', 'per',
  'tahun', 'year', 'years', 'lalu', 'last', 'sejak', 'since', 'lebih', 'more', 'than', 'over', 'hampir',
]);

/** Light stemming shared by text and keywords: case, Indonesian "-nya", English plural "-s". */
export function stem(token: string): string {
  let t = token;
  if (t.length > 5 && t.endsWith('nya')) t = t.slice(0, -3);
  if (t.length > 4 && t.endsWith('ies')) return `${t.slice(0, -3)}y`;
  if (t.length > 3 && t.endsWith('s') && !t.endsWith('ss') && !t.endsWith('us') && !t.endsWith('is')) t = t.slice(0, -1);
  return t;
}

export function tokens(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0)
    .map(stem);
}

export function tokenSet(text: string): Set<string> {
  return new Set(tokens(text));
}

/** The text around one figure, prepared once. */
export interface ContextText {
  sentence: Set<string>;
  paragraph: Set<string>;
  title: Set<string>;
  entSentence: Set<string>;
  entParagraph: Set<string>;
  entTitle: Set<string>;
  sentenceLower: string;
  /** Tokens of the figure itself ("dua dekade"): a keyword made only of them is not evidence. */
  figure: Set<string>;
}

interface Keyword {
  /** As written, for explanations. */
  text: string;
  tokens: string[];
  weight: number;
}

export interface RecordFeatures {
  entities: readonly string[];
  keywords: Keyword[];
}

export interface Evidence {
  score: number;
  entityScore: number;
  keywordScore: number;
  entities: string[];
  words: string[];
}

const ENTITY_WEIGHT = { sentence: 1, paragraph: 0.7, title: 0.5 } as const;
const KEYWORD_PLACE = { sentence: 1, paragraph: 0.7, title: 0.5 } as const;
const ENTITY_CAP = 3;
const KEYWORD_CAP = 3;

/**
 * A record's keywords as token lists, without those that only repeat a number, a unit or one of the record's
 * own entities (those are scored on their own, not twice).
 */
export function recordFeatures(index: EvidenceIndex, record: DatasetRecord): RecordFeatures {
  const own = new Set(record.entities);
  const seen = new Set<string>();
  const keywords: Keyword[] = [];
  const phrases = [...record.keywords.id, ...record.keywords.en, record.claimant.name];
  for (const phrase of phrases) {
    const toks = tokens(phrase).filter((t) => !STOPWORDS.has(t));
    if (toks.length === 0 || toks.some((t) => /\d/.test(t))) continue;
    if (toks.length === 1 && (toks[0] ?? '').length < 3) continue;
    const key = toks.join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    if (index.unitOfWord(phrase.toLowerCase()) !== undefined) continue;
    const ents = [...index.entitiesIn(phrase)];
    if (ents.length > 0 && ents.every((e) => own.has(e)) && entityOnly(phrase)) continue;
    keywords.push({ text: phrase, tokens: toks, weight: toks.length > 1 ? 1 : 0.6 });
  }
  return { entities: record.entities, keywords };
}

/** A keyword that is only a name ("Korea Utara", "Pyongyang"), not a name within a phrase ("perang Rusia-Ukraina"). */
function entityOnly(phrase: string): boolean {
  return phrase.trim().split(/\s+/u).every((w) => /^[\p{Lu}\p{N}]/u.test(w));
}

export function evidenceFor(features: RecordFeatures, ctx: ContextText): Evidence {
  let entityScore = 0;
  const entities: string[] = [];
  for (const e of features.entities) {
    const w = ctx.entSentence.has(e)
      ? ENTITY_WEIGHT.sentence
      : ctx.entParagraph.has(e)
        ? ENTITY_WEIGHT.paragraph
        : ctx.entTitle.has(e)
          ? ENTITY_WEIGHT.title
          : 0;
    if (w > 0) {
      entityScore += w;
      entities.push(e);
    }
  }
  let keywordScore = 0;
  const words: string[] = [];
  for (const k of features.keywords) {
    if (k.tokens.every((t) => ctx.figure.has(t))) continue;
    const place = k.tokens.every((t) => ctx.sentence.has(t))
      ? KEYWORD_PLACE.sentence
      : k.tokens.every((t) => ctx.paragraph.has(t))
        ? KEYWORD_PLACE.paragraph
        : k.tokens.every((t) => ctx.title.has(t))
          ? KEYWORD_PLACE.title
          : 0;
    if (place > 0) {
      keywordScore += place * k.weight;
      words.push(k.text);
    }
  }
  entityScore = Math.min(entityScore, ENTITY_CAP);
  keywordScore = Math.min(keywordScore, KEYWORD_CAP);
  return { score: entityScore + keywordScore, entityScore, keywordScore, entities, words };
}

/** Prepares the text around figures, sharing work between figures of the same paragraph. */
export class ContextBuilder {
  private readonly paragraphs = new Map<string, { tokens: Set<string>; entities: Set<string> }>();
  private readonly title: Set<string>;
  private readonly entTitle: Set<string>;

  constructor(
    private readonly index: EvidenceIndex,
    title: string,
  ) {
    this.title = tokenSet(title);
    this.entTitle = new Set(index.entitiesIn(title));
  }

  build(sentence: string, paragraph: string, figureText = ''): ContextText {
    let para = this.paragraphs.get(paragraph);
    if (!para) {
      para = { tokens: tokenSet(paragraph), entities: new Set(this.index.entitiesIn(paragraph)) };
      this.paragraphs.set(paragraph, para);
    }
    return {
      sentence: tokenSet(sentence),
      paragraph: para.tokens,
      title: this.title,
      entSentence: new Set(this.index.entitiesIn(sentence)),
      entParagraph: para.entities,
      entTitle: this.entTitle,
      sentenceLower: sentence.toLowerCase(),
      figure: tokenSet(figureText),
    };
  }
}
