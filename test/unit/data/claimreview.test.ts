import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDataset } from '../../../src/node/dataset-files';
import { compileDataset, DatasetIndex } from '../../../src/core/claims/compiled';
import {
  exportClaimReviews,
  formatImportProblem,
  importClaimReviews,
  recordToClaimReview,
  statusOfVerdict,
} from '../../../src/core/claims/claimreview';
import { exportMain, importMain } from '../../../src/cli/claimreview';
import fc from 'fast-check';
import { DatasetRecordSchema, STATUSES, type DatasetRecord } from '../../../src/core/claims/schema';

const root = join(import.meta.dirname, '..', '..', '..');
const index = new DatasetIndex(compileDataset(loadDataset(join(root, 'data'), root)));
const fixture = (name: string) => JSON.parse(readFileSync(join(root, 'test', 'fixtures', 'claimreview', name), 'utf8')) as unknown;

describe('importClaimReviews', () => {
  it('imports a single ClaimReview object and reads its figures with the detector', () => {
    const { records, errors } = importClaimReviews(fixture('single-id.json'), index);
    expect(errors).toEqual([]);
    expect(records).toHaveLength(1);
    const r = records[0]!;
    expect(r.status).toBe('false');
    expect(r.claimDate).toBe('2024-02-28');
    expect(r.reviewed).toBe('2024-03-01');
    expect(r.entities).toContain('north-korea');
    expect(r.topics).toEqual(['imported']);
    expect(r.figures.map((f) => f.unit)).toEqual(expect.arrayContaining(['factory', 'percent']));
    expect(r.figures.every((f) => f.basis === 'claimed')).toBe(true);
    // the review page first (primary), then the appearance
    expect(r.sources[0]).toMatchObject({ publisher: 'Cek Fakta Contoh', primary: true, date: '2024-03-01', lang: 'id' });
    expect(r.sources.map((s) => s.url)).toContain('https://social.example.com/posts/12345');
    expect(r.id).toMatch(/^cr-cek-fakta-contoh-[a-z0-9]+$/);
    // stable ids
    expect(importClaimReviews(fixture('single-id.json'), index).records[0]!.id).toBe(r.id);
  });

  it('imports the ClaimReviews of an @graph and skips the other nodes', () => {
    const { records, errors, skipped } = importClaimReviews(fixture('graph-en.json'), index);
    expect(errors).toEqual([]);
    expect(skipped.map((s) => s.item)).toEqual([0, 1]);
    expect(records.map((r) => r.status)).toEqual(['misleading', 'confirmed']);
    const [trump, kursk] = records;
    expect(trump!.figures[0]).toMatchObject({ value: 350e9, unit: 'usd', kind: 'currency' });
    expect(trump!.claimant).toEqual({ name: 'Donald Trump', role: { id: 'President of the United States', en: 'President of the United States' } });
    expect(trump!.appearedIn).toBe('Press remarks');
    expect(trump!.sources.find((s) => !s.primary)?.publisher).toBe('idw (Kiel Institute press release)');
    expect(kursk!.claimant.name).toBe('US Department of Defense');
    expect(kursk!.figures[0]).toMatchObject({ value: 11000, unit: 'troop' });
    expect(kursk!.entities).toEqual(expect.arrayContaining(['north-korea', 'russia', 'kursk']));
  });

  it('imports a Data Commons style DataFeed', () => {
    const { records, errors } = importClaimReviews(fixture('datafeed.json'), index);
    expect(errors).toEqual([]);
    expect(records[0]).toMatchObject({ status: 'outdated', claimant: { name: 'Shin Won-sik' } });
    expect(records[0]!.figures[0]).toMatchObject({ value: 10000, unit: 'container', qualifier: 'at_least' });
  });

  it('reports each malformed item by index and url, and still imports the good ones', () => {
    const { records, errors } = importClaimReviews(fixture('array-with-bad-items.json'), index);
    expect(records.map((r) => r.figures[0]?.unit)).toEqual(['decade', 'refugee']);
    expect(records[1]!.status).toBe('confirmed'); // ratingValue 5 of 5, no verdict word
    expect(errors.map(formatImportProblem)).toEqual([
      'item 1 (https://cekfakta.example.id/2024/03/02/tanpa-klaim): claimReviewed: is required but missing',
      'item 2 (https://cekfakta.example.id/2024/03/03/vonis-aneh): reviewRating: cannot read a verdict from "Kucing Terbang"',
      'item 3 (https://cekfakta.example.id/2024/03/04/tanpa-angka): claimReviewed: no figure with a known unit in the claim text',
      'item 4 (http://insecure.example.id/2024/03/05/http-saja): url: source url is not https: http://insecure.example.id/2024/03/05/http-saja',
      'item 5: not an object',
      'item 6 (https://news.example.id/artikel): not a ClaimReview (@type "NewsArticle")',
    ]);
  });

  it('reports text that is not JSON', () => {
    const r = importClaimReviews('{"@type": "ClaimReview",', index);
    expect(r.records).toEqual([]);
    expect(formatImportProblem(r.errors[0]!)).toMatch(/^file: not valid JSON/);
  });

  it('rejects a repeated identifier', () => {
    const one = recordToClaimReview(index.get('seed-01-containers-6700')!, index, 'en');
    const r = importClaimReviews([one, one], index);
    expect(r.records).toHaveLength(1);
    expect(r.errors.map(formatImportProblem)).toEqual(['item 1 (seed-01-containers-6700): identifier: repeats the id "seed-01-containers-6700" of an earlier item']);
  });
});

describe('verdict words', () => {
  it('reads common Indonesian and English verdicts', () => {
    const cases: [string, string][] = [
      ['Hoaks', 'false'], ['Salah', 'false'], ['Keliru', 'false'], ['Tidak benar', 'false'], ['Pants on Fire!', 'false'],
      ['Menyesatkan', 'misleading'], ['Sebagian benar', 'misleading'], ['Missing context', 'misleading'], ['Half True', 'misleading'],
      ['Benar', 'confirmed'], ['True', 'confirmed'], ['Mostly True', 'confirmed'],
      ['Unproven', 'unverified'], ['Belum terbukti', 'unverified'], ['Disputed', 'disputed'], ['Outdated', 'outdated'],
    ];
    for (const [word, status] of cases) expect(statusOfVerdict(word), word).toBe(status);
  });

  it('falls back to the rating scale', () => {
    expect(statusOfVerdict(undefined, 1, 5, 1)).toBe('false');
    expect(statusOfVerdict(undefined, 5, 5, 1)).toBe('confirmed');
    expect(statusOfVerdict(undefined, 3, 5, 1)).toBe('disputed');
    expect(statusOfVerdict(undefined, 9, 5, 1)).toBeUndefined();
    expect(statusOfVerdict(undefined)).toBeUndefined();
  });

  it('reads back every label it exports, in both languages', () => {
    for (const status of STATUSES) {
      for (const lang of ['id', 'en'] as const) {
        const rec = { ...index.get('seed-01-containers-6700')!, status } as DatasetRecord;
        const rating = recordToClaimReview(rec, index, lang).reviewRating as { alternateName: string; ratingValue: number };
        expect(statusOfVerdict(rating.alternateName, rating.ratingValue), `${status} ${lang}`).toBe(status);
      }
    }
  });
});

describe('export and round trip', () => {
  it('exports every claim as a ClaimReview', () => {
    const out = exportClaimReviews(index.records, index, 'en');
    expect(out).toHaveLength(index.records.filter((r) => r.type === 'claim').length);
    const seed = out.find((x) => x.identifier === 'seed-01-containers-6700')!;
    expect(seed).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      inLanguage: 'en',
      claimReviewed: index.get('seed-01-containers-6700')!.summary.en,
      reviewRating: { '@type': 'Rating', alternateName: 'Outdated' },
      itemReviewed: { '@type': 'Claim', author: { name: 'Shin Won-sik' }, datePublished: '2024-02-26' },
    });
  });

  for (const lang of ['en', 'id'] as const) {
    it(`import(export(x)) keeps every field ClaimReview carries (${lang})`, () => {
      const exported = JSON.parse(JSON.stringify(exportClaimReviews(index.records, index, lang)));
      const back = importClaimReviews(exported, index);
      expect(back.errors).toEqual([]);
      expect(back.records).toHaveLength(exported.length);
      for (const r of back.records) {
        const o = index.get(r.id)!;
        expect(r.summary[lang]).toBe(o.summary[lang]);
        expect(r.claimant.name).toBe(o.claimant.name);
        expect(r.claimant.role?.[lang]).toBe(o.claimant.role?.[lang]);
        expect(r.claimDate).toBe(o.claimDate);
        expect(r.appearedIn).toBe(o.appearedIn);
        expect(r.status).toBe(o.status);
        expect(r.rationale[lang]).toBe(o.rationale[lang]);
        expect(r.reviewed).toBe(o.reviewed);
        expect(r.sources).toEqual([...o.sources].sort((a, b) => Number(b.primary) - Number(a.primary)));
        expect([...r.entities].sort()).toEqual([...o.entities].sort());
        expect(r.topics).toEqual(o.topics);
        expect(r.keywords[lang]).toEqual(o.keywords[lang]);
        expect(r.figures.map(({ label, ...f }) => ({ ...f, label: label?.[lang] }))).toEqual(
          o.figures.map(({ label, ...f }) => ({ ...f, label: label?.[lang] })),
        );
      }
    });
  }
});

describe('CLI', () => {
  const io = () => {
    const out: string[] = [];
    const err: string[] = [];
    return { out, err, io: { stdin: async () => '', stdout: (s: string) => void out.push(s), stderr: (s: string) => void err.push(s) } };
  };

  it('import-claimreview prints records, reports bad items on stderr, exits 0 when any imported', async () => {
    const t = io();
    const file = join(root, 'test', 'fixtures', 'claimreview', 'array-with-bad-items.json');
    expect(await importMain([file], t.io)).toBe(0);
    expect(JSON.parse(t.out.join(''))).toHaveLength(2);
    expect(t.err.join('')).toContain(`${file}: item 2 (https://cekfakta.example.id/2024/03/03/vonis-aneh): reviewRating:`);
  });

  it('import-claimreview exits 1 when nothing could be imported', async () => {
    const t = io();
    t.io.stdin = async () => '[{"@type": "ClaimReview"}]';
    expect(await importMain(['-'], t.io)).toBe(1);
    expect(JSON.parse(t.out.join(''))).toEqual([]);
    expect(t.err.join('')).toContain('item 0: claimReviewed: is required but missing');
  });

  it('export-claimreview prints the whole dataset as JSON-LD', async () => {
    const t = io();
    expect(await exportMain(['--lang', 'id'], t.io)).toBe(0);
    const arr = JSON.parse(t.out.join('')) as { inLanguage: string }[];
    expect(arr.length).toBe(index.records.filter((r) => r.type === 'claim').length);
    expect(arr.every((x) => x.inLanguage === 'id')).toBe(true);
    expect(await exportMain(['--lang', 'fr'], io().io)).toBe(2);
  });
});

describe('robustness', () => {
  it('never throws on arbitrary JSON, and every imported record is valid', () => {
    const claimish = fc.record(
      {
        '@type': fc.constantFrom('ClaimReview', ['ClaimReview'], 'Claim'),
        claimReviewed: fc.oneof(fc.string(), fc.constantFrom('Korea Utara mengirim 7.000 kontainer.', '3 million shells', '12,5 persen')),
        url: fc.oneof(fc.webUrl(), fc.string()),
        datePublished: fc.oneof(fc.constant('2024-03-01'), fc.string()),
        reviewRating: fc.oneof(fc.record({ alternateName: fc.string(), ratingValue: fc.oneof(fc.integer(), fc.string()) }), fc.jsonValue()),
        itemReviewed: fc.jsonValue(),
        about: fc.jsonValue(),
        keywords: fc.jsonValue(),
        citation: fc.jsonValue(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), claimish, fc.array(claimish), fc.record({ '@graph': fc.array(claimish) })), (input) => {
        const r = importClaimReviews(input, index);
        for (const rec of r.records) expect(DatasetRecordSchema.safeParse(rec).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('entity and unit lookups never throw on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => {
        expect(Array.isArray(index.entitiesIn(s))).toBe(true);
        index.unitOfWord(s);
      }),
      { numRuns: 300 },
    );
  });
});
