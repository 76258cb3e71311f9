import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { annotateBlocks, topOf } from './helpers';

const seed = readFileSync('/work/shared/fixtures/tribunnews-kim-6700-kontainer.txt', 'utf8');
const blocks = seed.split('\n').map((l) => l.trim()).filter(Boolean);
const rows = annotateBlocks(blocks, { lang: 'id', published: '2024-02-27', title: blocks[0] ?? '' });

describe('seed article end to end', () => {
  it('6.700 kontainer → seed-01, outdated, naming the newest record', () => {
    const m = topOf(rows, '6.700', 1);
    expect(m?.claimId).toBe('seed-01-containers-6700');
    expect(m?.agreement).toBe('outdated');
    expect(m?.status).toBe('outdated');
    expect(m?.claimValue).toBe(6700);
    expect(m?.unit).toBe('container');
  });

  it('3 juta peluru → seed-02 as a capacity equivalent presented as a count', () => {
    const m = topOf(rows, '3 juta');
    expect(m?.claimId).toBe('seed-02-capacity-3m-152mm');
    expect(m?.agreement).toBe('basis');
    expect(m?.claimValue).toBe(3_000_000);
  });

  it('500.000 peluru → seed-03, basis', () => {
    const m = topOf(rows, '500.000');
    expect(m?.claimId).toBe('seed-03-capacity-500k-122mm');
    expect(m?.agreement).toBe('basis');
  });

  it('lebih dari 10.000 kontainer → seed-05; 9.000 kontainer → seed-06', () => {
    expect(topOf(rows, '10.000')?.claimId).toBe('seed-05-usdos-10000-containers');
    const m = topOf(rows, '9.000');
    expect(m?.claimId).toBe('seed-06-russia-9000-containers-food');
    expect(m?.agreement).toBe('same');
  });

  it('"selama dua dekade" → seed-08, differs, with the correct duration from the invasion to the page date', () => {
    const m = topOf(rows, 'dua dekade');
    expect(m?.claimId).toBe('seed-08-two-decades-war');
    expect(m?.agreement).toBe('differs');
    expect(m?.expected).toEqual({ value: 2, unit: 'year' });
    expect(m?.explanation.en).toContain('2022-02-24');
    expect(m?.explanation.id).toContain('2 tahun');
  });

  it('every match carries a bilingual explanation and a score in 0..1', () => {
    for (const r of rows) {
      for (const m of r.matches) {
        expect(m.explanation.id.length).toBeGreaterThan(10);
        expect(m.explanation.en.length).toBeGreaterThan(10);
        expect(m.score).toBeGreaterThan(0);
        expect(m.score).toBeLessThanOrEqual(1);
      }
    }
  });

  it('without a page date the duration cannot be checked, but nothing else breaks', () => {
    const undated = annotateBlocks(blocks, { lang: 'id' });
    expect(topOf(undated, '500.000')?.claimId).toBe('seed-03-capacity-500k-122mm');
    expect(topOf(undated, 'dua dekade')?.expected).toBeUndefined();
  });
});

describe('the same number about something else does not match', () => {
  it('6.700 kontainer at Tanjung Priok', () => {
    const r = annotateBlocks(
      ['Pelabuhan Tanjung Priok di Jakarta Utara menangani 6.700 kontainer dalam sehari pada pekan lalu, kata Direktur Utama Pelindo.'],
      { lang: 'id', published: '2024-02-27' },
    );
    expect(topOf(r, '6.700')).toBeUndefined();
  });

  it('3 juta peluru in a police story', () => {
    const r = annotateBlocks(
      ['Polda Jawa Timur menyita 3 juta peluru dan ratusan senjata api rakitan dari sebuah gudang di Surabaya, Senin (26/2/2024).'],
      { lang: 'id', published: '2024-02-27' },
    );
    expect(topOf(r, '3 juta')).toBeUndefined();
  });

  it('6,700 containers in an English port story', () => {
    const r = annotateBlocks(['The port of Rotterdam handled 6,700 containers on Monday, its operator said.'], {
      lang: 'en',
      published: '2024-02-27',
    });
    expect(topOf(r, '6,700')).toBeUndefined();
  });
});

describe('rewrites of the story', () => {
  it('English, with "about 6,700 shipping containers"', () => {
    const r = annotateBlocks(
      ["North Korea has sent about 6,700 shipping containers of munitions to Russia since September, South Korea's defence minister Shin Won-sik said."],
      { lang: 'en', published: '2024-02-27' },
    );
    expect(topOf(r, '6,700')?.claimId).toBe('seed-01-containers-6700');
  });

  it('"6,7 ribu kontainer" and "hampir 7.000 kontainer" fit 6,700', () => {
    const a = annotateBlocks(['Menhan Korea Selatan Shin Won-sik menyebut Korea Utara telah mengirim 6,7 ribu kontainer amunisi ke Rusia.'], {
      lang: 'id',
      published: '2024-02-28',
    });
    expect(topOf(a, '6,7 ribu')?.claimId).toBe('seed-01-containers-6700');
    const b = annotateBlocks(['Menhan Korea Selatan Shin Won-sik menyebut Korea Utara telah mengirim hampir 7.000 kontainer amunisi ke Rusia.'], {
      lang: 'id',
      published: '2024-02-28',
    });
    const m = topOf(b, '7.000');
    expect(m?.claimId).toBe('seed-01-containers-6700');
    expect(m?.agreement).toBe('outdated');
  });

  it('"perang ... dua tahun" on the invasion anniversary is not contradicted', () => {
    const r = annotateBlocks(['Perang Rusia di Ukraina telah berlangsung selama dua tahun sejak invasi skala penuh.'], {
      lang: 'id',
      published: '2024-02-27',
    });
    for (const m of r.flatMap((x) => x.matches)) expect(m.agreement).not.toBe('differs');
  });
});
