/**
 * Offline search over the claim dataset, in both languages and number-aware: "6700", "6.700", "6,700" and
 * "6,7 ribu" all reach the claim whose figure is 6,700.
 */
import MiniSearch from 'minisearch';
import type { DatasetRecord } from './claims/schema';
import { detectFigures } from './figures/detect';

interface Doc {
  id: string;
  text: string;
  numbers: string;
}

const numberToken = (v: number) => `n${Math.round(v * 1000) / 1000}`;

/** Every value a query may mean: "6,700" is 6.7 in Indonesian and 6700 in English. */
export function queryNumbers(query: string): number[] {
  const out = new Set<number>();
  for (const lang of ['id', 'en'] as const) {
    for (const f of detectFigures(query, { lang })) {
      if (f.kind === 'date' || f.kind === 'time') continue;
      out.add(f.value);
      if (f.valueMax !== undefined) out.add(f.valueMax);
    }
  }
  // Bare digit runs with separators stripped ("6.700" typed without context).
  for (const m of query.matchAll(/\d[\d.,]*/g)) {
    const plain = Number(m[0].replace(/[.,]/g, ''));
    if (Number.isFinite(plain)) out.add(plain);
  }
  return [...out];
}

function docOf(r: DatasetRecord, names: (id: string) => string[]): Doc {
  const text = [
    r.summary.id, r.summary.en, r.claimant.name, r.claimant.role?.id, r.claimant.role?.en,
    ...r.keywords.id, ...r.keywords.en, ...r.entities.flatMap(names), ...r.topics, r.id,
  ]
    .filter(Boolean)
    .join(' \n ');
  const numbers = r.figures.flatMap((f) => [f.value, ...(f.max !== undefined ? [f.max] : [])]).map(numberToken).join(' ');
  return { id: r.id, text, numbers };
}

export class ClaimSearch {
  private readonly ms: MiniSearch<Doc>;
  private readonly byId: Map<string, DatasetRecord>;

  constructor(records: readonly DatasetRecord[], entityNames: (id: string) => string[] = () => []) {
    this.byId = new Map(records.map((r) => [r.id, r]));
    this.ms = new MiniSearch<Doc>({
      fields: ['text', 'numbers'],
      tokenize: (s, field) => (field === 'numbers' ? s.split(' ') : MiniSearch.getDefault('tokenize')(s)),
      processTerm: (t) => t.toLowerCase(),
    });
    this.ms.addAll(records.map((r) => docOf(r, entityNames)));
  }

  search(query: string, limit = 20): DatasetRecord[] {
    const q = query.trim().slice(0, 300);
    if (!q) return [];
    const nums = queryNumbers(q).map(numberToken);
    const words = q.replace(/\d[\d.,]*/g, ' ').trim();
    const numHits = new Map<string, number>();
    const wordHits = new Map<string, number>();
    if (nums.length) {
      for (const h of this.ms.search(nums.join(' '), { fields: ['numbers'], combineWith: 'OR' })) numHits.set(h.id, h.score);
    }
    if (words) {
      const opts = { fields: ['text'], prefix: (t: string) => t.length > 2, fuzzy: (t: string) => (t.length > 4 ? 0.2 : 0) };
      for (const h of this.ms.search(words, { ...opts, combineWith: 'AND' })) wordHits.set(h.id, h.score);
      if (!wordHits.size) for (const h of this.ms.search(words, { ...opts, combineWith: 'OR' })) wordHits.set(h.id, h.score / 2);
    }
    // A record with both the number and the words ranks above one with either.
    const hits = new Map<string, number>();
    for (const [id, s] of numHits) hits.set(id, s * 2 + (wordHits.has(id) ? 100 : 0));
    for (const [id, s] of wordHits) hits.set(id, (hits.get(id) ?? 0) + s);
    return [...hits.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, limit)
      .map(([id]) => this.byId.get(id)!)
      .filter(Boolean);
  }
}
