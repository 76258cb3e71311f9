import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { join } from 'node:path';
import { loadDataset } from '../../../src/node/dataset-files';
import { compileDataset, DatasetIndex, magnitudeBucket, mergeDatasets, normaliseWord, PLAIN_WORDS, splitsLikeWords, WORD } from '../../../src/core/claims/compiled';
import type { DatasetRecord } from '../../../src/core/claims/schema';

const root = join(import.meta.dirname, '..', '..', '..');
const data = loadDataset(join(root, 'data'), root);
const compiled = compileDataset(data);
const index = new DatasetIndex(compiled);

function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const out = [...xs];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('compileDataset', () => {
  it('is deterministic byte for byte, whatever the input order', () => {
    const a = JSON.stringify(compileDataset(data));
    const b = JSON.stringify(
      compileDataset({
        records: shuffled(data.records, 7),
        units: shuffled(data.units, 3),
        entities: shuffled(data.entities, 5),
        topics: shuffled(data.topics, 11),
      }),
    );
    expect(b).toBe(a);
  });

  it('round-trips through JSON and sorts records by id', () => {
    const again = JSON.parse(JSON.stringify(compiled));
    expect(again).toEqual(compiled);
    const ids = compiled.records.map((r) => r.id);
    expect(ids).toEqual([...ids].sort());
  });

  it('keys figures by canonical unit and magnitude', () => {
    const bucket = compiled.index.figures.container?.[magnitudeBucket(6700)] ?? [];
    const pairs: string[] = [];
    for (let i = 0; i < bucket.length; i += 2) pairs.push(compiled.records[bucket[i]!]!.id);
    expect(pairs).toContain('seed-01-containers-6700');
    expect(pairs).not.toContain('dprk-12-dia-28000-12m');
  });
});

describe('PLAIN_WORDS', () => {
  it('takes only words that normaliseWord leaves as they are', () => {
    const plain = fc.stringMatching(/^[a-z0-9%$€-]{1,6}( [a-z0-9%$€-]{1,6}){0,2}$/);
    fc.assert(
      fc.property(plain, (w) => {
        expect(PLAIN_WORDS.test(w)).toBe(true);
        expect(normaliseWord(w)).toBe(w);
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 12 }), (w) => {
        if (PLAIN_WORDS.test(w)) expect(normaliseWord(w)).toBe(w);
      }),
      { numRuns: 5000 },
    );
    for (const odd of ['Kontainer', ' kontainer', 'kontainer.', 'dua  dekade', 'dolar\tas', '']) expect(PLAIN_WORDS.test(odd)).toBe(false);
  });
});

describe('DatasetIndex', () => {
  it('gets records by id', () => {
    expect(index.get('seed-01-containers-6700')?.status).toBe('outdated');
    expect(index.get('nope')).toBeUndefined();
    expect(index.records.length).toBe(data.records.length);
  });

  it('maps reader words to canonical units, case and plural tolerant', () => {
    expect(index.unitOfWord('kontainer')).toBe('container');
    expect(index.unitOfWord('Peti Kemas')).toBe('container');
    expect(index.unitOfWord('CONTAINERS')).toBe('container');
    expect(index.unitOfWord('kontainer-kontainer')).toBe('container');
    expect(index.unitOfWord('peluru')).toBe('shell');
    expect(index.unitOfWord('peluru artileri')).toBe('shell');
    expect(index.unitOfWord('rounds')).toBe('shell');
    expect(index.unitOfWord('casualties')).toBe('casualty');
    expect(index.unitOfWord('factories')).toBe('factory');
    expect(index.unitOfWord('dekade')).toBe('decade');
    expect(index.unitOfWord('tahun')).toBe('year');
    expect(index.unitOfWord('%')).toBe('percent');
    expect(index.unitOfWord('US$')).toBe('usd');
    expect(index.unitOfWord('rupiah')).toBe('idr');
    expect(index.unitOfWord('container')).toBe('container');
    expect(index.unitOfWord('kucing')).toBeUndefined();
    expect(index.unitOfWord('')).toBeUndefined();
  });

  it('looks up normalised words and phrases as unitOfWord does, and knows which words begin a phrase alias', () => {
    for (const w of ['kontainer', 'kontainer-kontainer', 'peluru artileri', 'artillery shells', 'factories', '%', 'us$', 'kucing', 'a b-a b', '']) {
      expect(index.unitOfNormalisedWord(w)).toBe(index.unitOfWord(w));
    }
    expect(index.beginsUnitPhrase('peluru')).toBe(true);
    expect(index.beginsUnitPhrase('peti')).toBe(true);
    expect(index.beginsUnitPhrase('kucing')).toBe(false);
  });

  it('finds the same entities in the words of a text that WORD splits alike', () => {
    const wordsOf = (text: string) => {
      const raw = text.match(WORD) ?? [];
      return { raw, lower: raw.map((t) => t.toLowerCase()) };
    };
    expect(splitsLikeWords('Korea Utara mengirim 6.700 kontainer ke Rusia, kata AS.')).toBe(true);
    for (const odd of ['10 m²', '3×4', 'Москва', 'İstanbul', 'ª']) expect(splitsLikeWords(odd)).toBe(false);
    // Every character either splits alike (as a word character or between words, lowercased in place) or is refused.
    for (let c = 0; c < 0x2100; c++) {
      const ch = String.fromCharCode(c);
      const text = `Korea Utara${ch}Rusia AS${ch}x ${ch}PBB`;
      if (!splitsLikeWords(text)) continue;
      const { raw, lower } = wordsOf(text);
      expect(index.entitiesInWords(raw, lower)).toEqual(index.entitiesIn(text));
      expect(lower).toEqual(text.toLowerCase().match(WORD) ?? []);
    }
  });

  it('finds figures by unit and value within a factor', () => {
    const hits = index.figuresByUnit('container', 6700, 1.2);
    expect(hits[0]?.record.id).toBe('seed-01-containers-6700');
    expect(hits[0]?.figureIndex).toBe(0);
    for (const h of hits) {
      expect(h.figure.unit).toBe('container');
      expect(h.figure.max ?? h.figure.value).toBeGreaterThanOrEqual(6700 / 1.2);
      expect(h.figure.value).toBeLessThanOrEqual(6700 * 1.2);
    }
    expect(hits.map((h) => h.record.id)).toContain('dprk-05-7000-containers-mar2024');
    expect(hits.map((h) => h.record.id)).not.toContain('dprk-12-dia-28000-12m');
    // An alias works as the unit; shell figures of several claims are found.
    expect(index.figuresByUnit('peluru', 3000000, 1.1).map((h) => h.record.id)).toContain('seed-02-capacity-3m-152mm');
    expect(index.figuresByUnit('kucing', 3, 2)).toEqual([]);
  });

  it('finds ranges that overlap the query', () => {
    // dprk-36: 1.7–5.5 billion USD
    const hits = index.figuresByUnit('usd', 3e9, 1.01);
    expect(hits.map((h) => h.record.id)).toContain('dprk-36-naumann-value-1.7-5.5bn');
    // "ratusan pabrik": 100..999
    expect(index.figuresByUnit('pabrik', 300, 1).map((h) => h.record.id)).toContain('seed-04-factories-capacity');
  });

  it('agrees with a linear scan (property)', () => {
    const all = compiled.records.flatMap((record) => record.figures.map((figure, figureIndex) => ({ record, figure, figureIndex })));
    const units = [...new Set(all.map((x) => x.figure.unit))].sort();
    fc.assert(
      fc.property(
        fc.constantFrom(...units),
        fc.double({ min: 0.001, max: 1e13, noNaN: true }),
        fc.double({ min: 1, max: 20, noNaN: true }),
        (unit, value, factor) => {
          const lo = value / factor;
          const hi = value * factor;
          const expected = all
            .filter((x) => x.figure.unit === unit && (x.figure.max ?? x.figure.value) >= lo && x.figure.value <= hi)
            .map((x) => `${x.record.id}#${x.figureIndex}`)
            .sort();
          const got = index.figuresByUnit(unit, value, factor).map((h) => `${h.record.id}#${h.figureIndex}`).sort();
          expect(got).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('lists records by entity', () => {
    const ids = index.recordsByEntity('shin-won-sik').map((r) => r.id);
    expect(ids).toContain('seed-01-containers-6700');
    expect(ids).toEqual([...ids].sort());
    expect(index.recordsByEntity('atlantis')).toEqual([]);
  });

  it('finds entities in Indonesian and English text', () => {
    const seed =
      'Presiden Korea Utara (Korut) Kim Jong Un mengirimkan 6.700 kontainer ke Rusia, kata Menteri Pertahanan Nasional Korea Selatan Shin Won Sik.';
    expect(index.entitiesIn(seed)).toEqual(['north-korea', 'kim-jong-un', 'russia', 'rok-defense-ministry', 'shin-won-sik']);
    expect(index.entitiesIn("The U.S. and the EU said North Korea's shells reached Russia.")).toEqual(['usa', 'eu', 'north-korea', 'russia']);
    expect(index.entitiesIn('Dewan Keamanan PBB menggelar rapat.')).toEqual(['un-security-council']);
  });

  it('matches acronyms in capitals only, and whole words only', () => {
    expect(index.entitiesIn('Departemen Luar Negeri AS merilis lembar fakta')).toEqual(['us-state-department']);
    expect(index.entitiesIn('Pejabat AS berkata')).toEqual(['usa']);
    expect(index.entitiesIn('as soon as possible, us and them')).toEqual([]);
    expect(index.entitiesIn('Rusiaaa Ukrainax')).toEqual([]);
    // A currency named after a country names no country.
    expect(index.entitiesIn('harga 60 dolar AS per barel, dibayar dalam US dollars')).toEqual([]);
  });

  it('lists events', () => {
    const ids = index.events().map((r) => r.id);
    expect(ids).toContain('ev-ukraine-full-scale-invasion');
    expect(ids).toContain('ev-donbas-war');
    expect(index.events().every((r) => r.type === 'event')).toBe(true);
  });

  it('follows supersededBy to the newest record', () => {
    expect(index.latestFor('seed-01-containers-6700')?.id).toBe('dprk-12-dia-28000-12m');
    expect(index.latestFor('dprk-01-wh-1000-containers')?.id).toBe('dprk-12-dia-28000-12m');
    expect(index.latestFor('ru-ua-03-hrmmu-feb2024')?.id).toBe('ru-ua-05-hrmmu-2025-deadliest');
    expect(index.latestFor('seed-08-two-decades-war')?.id).toBe('seed-08-two-decades-war');
    expect(index.latestFor('nope')).toBeUndefined();
  });
});

describe('mergeDatasets', () => {
  const base = compiled.records.find((r) => r.id === 'seed-01-containers-6700')!;
  const userRecord: DatasetRecord = { ...base, id: 'user-claim-1', status: 'reported', supersededBy: [] };

  it('adds user records and keeps bundled ones when ids clash', () => {
    const clash: DatasetRecord = { ...base, status: 'false' };
    const { dataset, skipped } = mergeDatasets(compiled, [userRecord, clash, userRecord]);
    const merged = new DatasetIndex(dataset);
    expect(merged.get('user-claim-1')).toBeDefined();
    expect(merged.get('seed-01-containers-6700')?.status).toBe('outdated');
    expect(skipped).toEqual([
      { id: 'seed-01-containers-6700', reason: 'an id of the bundled dataset' },
      { id: 'user-claim-1', reason: 'repeated in the user dataset' },
    ]);
    expect(merged.figuresByUnit('container', 6700, 1.01).map((h) => h.record.id)).toEqual(['seed-01-containers-6700', 'user-claim-1']);
  });

  it('returns the bundled dataset unchanged when nothing is added', () => {
    expect(mergeDatasets(compiled, []).dataset).toBe(compiled);
  });
});
