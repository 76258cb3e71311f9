import { describe, expect, it } from 'vitest';
import { figuresInBlocks, splitSentences } from '../../../src/core/match/context';
import { matchFigures } from '../../../src/core/match/match';
import { dataIndex } from './helpers';

describe('splitSentences', () => {
  it('does not split inside numbers', () => {
    expect(splitSentences('Korut mengirim 6.700 kontainer. Rusia membalas dengan 9.000 kontainer.')).toEqual([
      'Korut mengirim 6.700 kontainer.',
      'Rusia membalas dengan 9.000 kontainer.',
    ]);
    expect(splitSentences('Nilainya Rp 1,5 triliun pada pukul 10.30 WIB. Lalu turun.')).toHaveLength(2);
  });

  it('does not split after abbreviations, titles and initials', () => {
    expect(splitSentences('Menurut Dr. Shin, UU No. 11 Tahun 2008 berlaku. Itu saja.')).toEqual([
      'Menurut Dr. Shin, UU No. 11 Tahun 2008 berlaku.',
      'Itu saja.',
    ]);
    expect(splitSentences('Harga Rp. 5.000 per kilo, kata H. Ahmad dkk. di pasar.')).toHaveLength(1);
    expect(splitSentences('The satellite, launched into orbit on Nov. 12, had shown no signs of functioning. Seoul said so.')).toHaveLength(2);
    expect(splitSentences('The U.S. State Department said J. Smith agreed. Others did not.')).toEqual([
      'The U.S. State Department said J. Smith agreed.',
      'Others did not.',
    ]);
  });

  it('keeps quotes with their sentence and splits after a closing quote', () => {
    expect(splitSentences('"Ini mungkin campuran dari keduanya," ucap Shin. "Tidak jelas," katanya.')).toEqual([
      '"Ini mungkin campuran dari keduanya," ucap Shin.',
      '"Tidak jelas," katanya.',
    ]);
    expect(splitSentences('Dia berkata, "Sudah dua tahun." Setelah itu dia pergi.')).toEqual([
      'Dia berkata, "Sudah dua tahun."',
      'Setelah itu dia pergi.',
    ]);
    expect(splitSentences('“Kapan?” tanya dia. Tidak ada jawaban!')).toEqual(['“Kapan?” tanya dia.', 'Tidak ada jawaban!']);
  });

  it("a ticker's bullets end its items, whichever bullet it uses", () => {
    expect(splitSentences('KILAS ● CSIS: korban hampir 1 juta ■ IHSG naik ◆ Rupiah melemah ▶ Emas stabil • Minyak turun')).toEqual([
      'KILAS', 'CSIS: korban hampir 1 juta', 'IHSG naik', 'Rupiah melemah', 'Emas stabil', 'Minyak turun',
    ]);
  });

  it('line breaks always end a sentence; empty text gives none', () => {
    expect(splitSentences('Judul tanpa titik\nIsi pertama. Isi kedua.')).toEqual(['Judul tanpa titik', 'Isi pertama.', 'Isi kedua.']);
    expect(splitSentences('   ')).toEqual([]);
  });
});

describe('figuresInBlocks', () => {
  const blocks = [
    'Korut mengirim 6.700 kontainer ke Rusia. Menurut Dr. Shin, isinya 3 juta peluru.',
    'Tidak ada angka di sini.',
    'Rusia mengirim 9.000 kontainer makanan.',
  ];
  const found = figuresInBlocks(blocks, 'id', 'p');

  it('attaches the sentence and the paragraph of each figure, with offsets into the block', () => {
    const juta = found.find((f) => f.item.figure.surface === '3 juta');
    expect(juta?.block).toBe(0);
    expect(juta?.item.sentence).toBe('Menurut Dr. Shin, isinya 3 juta peluru.');
    expect(juta?.item.paragraph).toBe(blocks[0]);
    const f = juta?.item.figure;
    expect(f && blocks[0]?.slice(f.start, f.end)).toBe('3 juta');
    expect(found.find((x) => x.item.figure.surface === '9.000')?.block).toBe(2);
  });

  it("keeps a figure whole in its sentence: a month's abbreviation ends none", () => {
    const text = "South Korea's defense minister said North Korea's satellite, launched into orbit on Nov. 12, had shown no signs of functioning. Russia launched 810 drones on Sept. 7.";
    const found = figuresInBlocks([text], 'en');
    expect(found.map((f) => f.item.figure.surface)).toEqual(['Nov. 12', '810', 'Sept. 7']);
    for (const f of found) expect(f.item.sentence).toContain(f.item.figure.surface);
    expect(found[0]?.item.sentence).toMatch(/had shown no signs of functioning\.$/);
  });

  it('gives unique keys with the prefix', () => {
    const keys = found.map((f) => f.item.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const k of keys) expect(k.startsWith('p')).toBe(true);
  });
});

describe('matchFigures batch', () => {
  const blocks = [
    'Korea Utara mengirim 6.700 kontainer amunisi ke Rusia, kata Menteri Pertahanan Korea Selatan Shin Won-sik.',
    'Pelabuhan Tanjung Priok menangani 6.700 kontainer per hari.',
    'Rusia mengirim 9.000 kontainer berisi makanan ke Korea Utara sebagai imbalan.',
  ];
  const items = figuresInBlocks(blocks, 'id').map((f) => f.item);
  const page = { title: '', lang: 'id' as const, published: '2024-02-28' };

  it('answers every item in order, echoing keys, in one call', () => {
    const res = matchFigures(dataIndex(), items, page);
    expect(res.map((r) => r.key)).toEqual(items.map((i) => i.key));
    expect(res[0]?.matches[0]?.claimId).toBe('seed-01-containers-6700');
    expect(res[1]?.matches).toEqual([]);
    expect(res[2]?.matches[0]?.claimId).toBe('seed-06-russia-9000-containers-food');
  });

  it('a figure with strong evidence of its own gets the same answer alone as in the batch', () => {
    const batch = matchFigures(dataIndex(), items, page);
    items.forEach((item, i) => {
      expect(matchFigures(dataIndex(), [item], page)[0]?.matches[0]?.claimId).toBe(batch[i]?.matches[0]?.claimId);
    });
  });

  it('page coherence: a vague figure takes the claim related to what the page\'s other figures matched', () => {
    const text = 'Korea Utara mengirim 6.700 kontainer berisi jutaan amunisi ke Rusia, kata Menteri Pertahanan Korea Selatan Shin Won-sik.';
    const all = figuresInBlocks([text], 'id').map((f) => f.item);
    const res = matchFigures(dataIndex(), all, page);
    const at = all.findIndex((i) => i.figure.surface === 'jutaan');
    expect(res[0]?.matches[0]?.claimId).toBe('seed-01-containers-6700');
    expect(res[at]?.matches[0]?.claimId).toBe('seed-02-capacity-3m-152mm');
  });

  it('the index finds the same matches as a scan of every record', () => {
    expect(matchFigures(dataIndex(), items, page, { scan: true })).toEqual(matchFigures(dataIndex(), items, page));
  });

  it('an empty batch is an empty answer; a high threshold hides everything', () => {
    expect(matchFigures(dataIndex(), [], page)).toEqual([]);
    expect(matchFigures(dataIndex(), items, page, { threshold: 1.01 }).every((r) => r.matches.length === 0)).toBe(true);
  });
});
