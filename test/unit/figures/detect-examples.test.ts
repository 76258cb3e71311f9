import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFigures, detectLang } from '../../../src/core/figures/detect';
import type { Figure, Lang } from '../../../src/core/figures/figure';

type Want = Partial<Omit<Figure, 'start' | 'end' | 'lang'>> & { surface: string };

/** The figures of `text` reduced to the fields the expectation names. */
function read(text: string, lang: Lang): Figure[] {
  return detectFigures(text, { lang });
}
function expectFigures(text: string, lang: Lang, want: Want[]): void {
  const got = read(text, lang);
  const picked = got.map((f, i) => {
    const w = want[i];
    if (!w) return { surface: f.surface };
    const o: Record<string, unknown> = { surface: f.surface };
    for (const k of Object.keys(w)) o[k] = (f as Record<string, unknown>)[k];
    return o;
  });
  expect(picked).toEqual(want);
}

describe('seed article (tribunnews, Kim 6.700 kontainer)', () => {
  const text = readFileSync(join(import.meta.dirname, '../../../../shared/fixtures/tribunnews-kim-6700-kontainer.txt'), 'utf8');
  const figures = read(text, 'id');
  const by = (surface: string, nth = 0) => figures.filter((f) => f.surface === surface)[nth];

  it('reads 6.700 kontainer as 6700 containers, never 6.7', () => {
    expect(by('6.700')).toMatchObject({ value: 6700, kind: 'count', unit: 'kontainer', qualifier: 'exact' });
    expect(by('6.700', 1)).toMatchObject({ value: 6700, unit: 'kontainer' });
  });
  it('reads the ammunition figures', () => {
    expect(by('3 juta')).toMatchObject({ value: 3_000_000, kind: 'count', unit: 'peluru' });
    expect(by('152 mm')).toMatchObject({ value: 152, kind: 'measure', unit: 'mm' });
    expect(by('500.000')).toMatchObject({ value: 500_000, unit: 'peluru' });
    expect(by('122 mm')).toMatchObject({ value: 122, kind: 'measure', unit: 'mm' });
    expect(by('beberapa juta')).toMatchObject({ value: 2_000_000, valueMax: 9_000_000, unit: 'peluru', qualifier: 'at_least' });
    expect(by('jutaan')).toMatchObject({ value: 1_000_000, valueMax: 9_999_999, unit: 'amunisi', qualifier: 'approx' });
  });
  it('reads the container counts with their qualifiers', () => {
    expect(by('10.000')).toMatchObject({ value: 10_000, unit: 'kontainer', qualifier: 'more_than' });
    expect(by('9.000')).toMatchObject({ value: 9000, unit: 'kontainer', qualifier: 'exact' });
  });
  it('reads durations, vague amounts and years', () => {
    expect(by('dua dekade')).toMatchObject({ value: 2, kind: 'duration', unit: 'dekade' });
    expect(by('ratusan')).toMatchObject({ value: 100, valueMax: 999, unit: 'pabrik', qualifier: 'approx' });
    expect(by('2018')).toMatchObject({ value: 2018, kind: 'year' });
  });
  it('marks nothing in the byline or the UU ITE footer', () => {
    const footer = text.indexOf('Kirim Komentar');
    expect(figures.filter((f) => f.start >= footer)).toEqual([]);
    expect(figures.filter((f) => /Tribunnews|Namira|Seno/.test(f.surface))).toEqual([]);
  });
});

describe('Indonesian numbers (issue 3)', () => {
  it.each([
    ['Ada 1.250.000 keluarga', '1.250.000', 1_250_000],
    ['naik 1,5 persen', '1,5 persen', 1.5],
    ['sebanyak 1.5 juta dosis', '1.5 juta', 1_500_000],
    ['sebanyak 1.500 dosis', '1.500', 1500],
    ['Rp 1,5 triliun', 'Rp 1,5 triliun', 1_500_000_000_000],
    ['12,5 persen', '12,5 persen', 12.5],
    ['Rp 10 rb', 'Rp 10 rb', 10_000],
    ['Rp 2 M', 'Rp 2 M', 2_000_000_000],
    ['Rp 3 T', 'Rp 3 T', 3_000_000_000_000],
    ['5 jt orang', '5 jt', 5_000_000],
    ['40 milyar rupiah', '40 milyar rupiah', 40_000_000_000],
  ])('%s → %s = %d', (text, surface, value) => {
    const f = read(text, 'id')[0];
    expect(f?.surface).toBe(surface);
    expect(f?.value).toBe(value);
  });

  it('spelled numbers', () => {
    expectFigures('dua puluh lima ribu orang, seratus orang, setengah juta warga, sepuluh tahun, sebelas pemain', 'id', [
      { surface: 'dua puluh lima ribu', value: 25_000, unit: 'orang' },
      { surface: 'seratus', value: 100, unit: 'orang' },
      { surface: 'setengah juta', value: 500_000, unit: 'warga' },
      { surface: 'sepuluh tahun', value: 10, kind: 'duration', unit: 'tahun' },
      { surface: 'sebelas', value: 11, unit: 'pemain' },
    ]);
  });

  it('vague amounts take the agreed bounds', () => {
    expectFigures('puluhan warga, belasan orang, ratusan pabrik, ribuan buruh, puluhan ribu warga, ratusan ribu orang, jutaan dosis', 'id', [
      { surface: 'puluhan', value: 10, valueMax: 99, qualifier: 'approx' },
      { surface: 'belasan', value: 11, valueMax: 19 },
      { surface: 'ratusan', value: 100, valueMax: 999 },
      { surface: 'ribuan', value: 1000, valueMax: 9999 },
      { surface: 'puluhan ribu', value: 10_000, valueMax: 99_999 },
      { surface: 'ratusan ribu', value: 100_000, valueMax: 999_999 },
      { surface: 'jutaan', value: 1_000_000, valueMax: 9_999_999 },
    ]);
  });

  it('"ketiga anaknya" counts three children; "ketiga" alone is an ordinal', () => {
    expectFigures('Ia selamat bersama ketiga anaknya.', 'id', [{ surface: 'ketiga', value: 3, kind: 'count', unit: 'anak' }]);
    expectFigures('Ia menjadi juara yang ketiga.', 'id', [{ surface: 'ketiga', value: 3, kind: 'ordinal' }]);
    expectFigures('peringkat ke-3 dan yang pertama', 'id', [
      { surface: 'ke-3', value: 3, kind: 'ordinal' },
      { surface: 'pertama', value: 1, kind: 'ordinal' },
    ]);
  });

  it('qualifiers after the number', () => {
    expectFigures('Pengunjung mencapai 915 ribu lebih, dengan 100 orang lebih antre.', 'id', [
      { surface: '915 ribu', value: 915_000, qualifier: 'more_than' },
      { surface: '100', value: 100, unit: 'orang', qualifier: 'more_than' },
    ]);
    // "lebih banyak" compares, it does not bound.
    expectFigures('23 miliar euro lebih banyak', 'id', [{ surface: '23 miliar euro', qualifier: 'exact', currency: 'EUR' }]);
  });

  it('ranges are one figure', () => {
    expectFigures('3-5 juta orang, 3 hingga 5 juta, antara 3 dan 5 juta, 10-15 persen', 'id', [
      { surface: '3-5 juta', value: 3_000_000, valueMax: 5_000_000 },
      { surface: '3 hingga 5 juta', value: 3_000_000, valueMax: 5_000_000 },
      { surface: '3 dan 5 juta', value: 3_000_000, valueMax: 5_000_000 },
      { surface: '10-15 persen', value: 10, valueMax: 15, kind: 'percent' },
    ]);
    expectFigures('Rp 200.000 hingga Rp 600.000 per bulan', 'id', [
      { surface: 'Rp 200.000 hingga Rp 600.000', value: 200_000, valueMax: 600_000, currency: 'IDR' },
    ]);
  });

  it.each([
    ['lebih dari 10.000 kontainer', 'more_than'],
    ['sekitar 10.000 kontainer', 'approx'],
    ['kurang lebih 10.000 kontainer', 'approx'],
    ['hampir 10.000 kontainer', 'approx'],
    ['nyaris 10.000 kontainer', 'approx'],
    ['setidaknya 10.000 kontainer', 'at_least'],
    ['sedikitnya 10.000 kontainer', 'at_least'],
    ['minimal 10.000 kontainer', 'at_least'],
    ['maksimal 10.000 kontainer', 'at_most'],
    ['paling banyak 10.000 kontainer', 'at_most'],
    ['kurang dari 10.000 kontainer', 'less_than'],
    ['di atas 10.000 kontainer', 'more_than'],
    ['di bawah 10.000 kontainer', 'less_than'],
    ['± 10.000 kontainer', 'approx'],
  ])('qualifier: %s → %s, span excludes it', (text, qualifier) => {
    const f = read(text, 'id')[0]!;
    expect(f).toMatchObject({ surface: '10.000', value: 10_000, unit: 'kontainer', qualifier });
  });

  it('percent, currency and units', () => {
    expectFigures('naik 12,5% atau 0,25 poin persentase; US$ 20 miliar dan 20 miliar dolar AS; €1,40; 950 rubel; 1.402,5 won', 'id', [
      { surface: '12,5%', value: 12.5, kind: 'percent', unit: '%' },
      { surface: '0,25 poin persentase', value: 0.25, kind: 'percent', unit: 'poin persentase' },
      { surface: 'US$ 20 miliar', value: 20e9, kind: 'currency', currency: 'USD' },
      { surface: '20 miliar dolar AS', value: 20e9, currency: 'USD' },
      { surface: '€1,40', value: 1.4, currency: 'EUR' },
      { surface: '950 rubel', value: 950, currency: 'RUB' },
      { surface: '1.402,5 won', value: 1402.5, currency: 'KRW' },
    ]);
    expectFigures('5 km², 2.000 hektare, 100 MW, 30 derajat Celsius, 2 liter, 30 ton', 'id', [
      { surface: '5 km²', kind: 'measure', unit: 'km²' },
      { surface: '2.000 hektare', value: 2000, unit: 'hektare' },
      { surface: '100 MW', unit: 'mw' },
      { surface: '30 derajat Celsius', unit: 'derajat celsius' },
      { surface: '2 liter', unit: 'liter' },
      { surface: '30 ton', unit: 'ton' },
    ]);
  });

  it('dates, years and times', () => {
    expectFigures('pada 29 Februari 2024, lalu 26/9 dan 22 Maret; sejak 2014, tahun 2018, Juli 2023', 'id', [
      { surface: '29 Februari 2024', value: 20240229, kind: 'date' },
      { surface: '26/9', value: 926, kind: 'date' },
      { surface: '22 Maret', value: 322, kind: 'date' },
      { surface: '2014', value: 2014, kind: 'year' },
      { surface: '2018', value: 2018, kind: 'year' },
      { surface: 'Juli 2023', value: 20230700, kind: 'date' },
    ]);
    expectFigures('26 September - 9 Oktober 2019', 'id', [
      { surface: '26 September - 9 Oktober 2019', value: 20190926, valueMax: 20191009, kind: 'date' },
    ]);
    expectFigures('pukul 10.30 WIB, pukul 05.00 sore WIB, 21.00 WIT', 'id', [
      { surface: '10.30 WIB', value: 1030, kind: 'time' },
      { surface: '05.00 sore WIB', value: 1700, kind: 'time' },
      { surface: '21.00 WIT', value: 2100, kind: 'time' },
    ]);
  });

  it('"UU No. 11 Tahun 2008" gives only the year', () => {
    expectFigures('UU No. 11 Tahun 2008 tentang ITE', 'id', [{ surface: '2008', value: 2008, kind: 'year' }]);
  });
});

describe('English numbers (issue 3)', () => {
  it('reads the issue examples', () => {
    expectFigures('6,700 containers, 3 million shells, 3m shells, $20bn, 10,000-plus troops', 'en', [
      { surface: '6,700', value: 6700, unit: 'containers' },
      { surface: '3 million', value: 3e6, unit: 'shells' },
      { surface: '3m', value: 3e6, unit: 'shells' },
      { surface: '$20bn', value: 20e9, kind: 'currency', currency: 'USD' },
      { surface: '10,000', value: 10_000, unit: 'troops', qualifier: 'more_than' },
    ]);
    expectFigures('two decades, a dozen drones, half a million people', 'en', [
      { surface: 'two decades', value: 2, kind: 'duration', unit: 'decades' },
      { surface: 'a dozen', value: 12, unit: 'drones' },
      { surface: 'half a million', value: 500_000, unit: 'people' },
    ]);
  });

  it('reads a spelled decimal as a broadcast says it, and no point that is not one', () => {
    expectFigures('Menurut UNHCR, kurang lebih enam koma sembilan juta warga Ukraina kini mengungsi, dan nol koma lima persen lainnya.', 'id', [
      { surface: 'enam koma sembilan juta', value: 6_900_000, unit: 'warga', qualifier: 'approx' },
      { surface: 'nol koma lima persen', value: 0.5, kind: 'percent' },
    ]);
    expectFigures('Russia fired two point five million shells; the guard scored two points.', 'en', [
      { surface: 'two point five million', value: 2_500_000, unit: 'shells' },
      { surface: 'two', value: 2, unit: 'points' },
    ]);
  });

  it.each([
    ['at least 24 people', 'at_least'],
    ['more than 24 people', 'more_than'],
    ['nearly 24 people', 'approx'],
    ['up to 24 people', 'at_most'],
    ['fewer than 24 people', 'less_than'],
  ])('%s → %s', (text, qualifier) => {
    expect(read(text, 'en')[0]).toMatchObject({ surface: '24', value: 24, unit: 'people', qualifier });
  });

  it('dates and times', () => {
    expectFigures('on Feb. 27, on Oct. 8-13, on October 24, 2022, at 10:30 a.m., at 1344 GMT, since 2014', 'en', [
      { surface: 'Feb. 27', value: 227, kind: 'date' },
      { surface: 'Oct. 8-13', value: 1008, valueMax: 1013, kind: 'date' },
      { surface: 'October 24, 2022', value: 20221024, kind: 'date' },
      { surface: '10:30 a.m.', value: 1030, kind: 'time' },
      { surface: '1344 GMT', value: 1344, kind: 'time' },
      { surface: '2014', value: 2014, kind: 'year' },
    ]);
  });

  it('3m-high is three metres', () => {
    expectFigures('behind the 3m-high sea wall', 'en', [{ surface: '3m', value: 3, kind: 'measure', unit: 'm' }]);
  });
});

describe('detectLang', () => {
  it('tells Indonesian from English', () => {
    expect(detectLang('Pemerintah menyiapkan anggaran untuk program yang menyasar siswa di kabupaten dan kota.')).toBe('id');
    expect(detectLang('The government said it would spend the money on a programme for the children of the city.')).toBe('en');
    expect(detectLang('')).toBe('id');
  });
  it("'auto' reads each text in its own language", () => {
    expect(detectFigures('The shipment held 6,700 containers of the shells.', { lang: 'auto' })[0]).toMatchObject({ value: 6700, lang: 'en' });
    expect(detectFigures('Korut mengirim 6.700 kontainer yang berisi amunisi.', { lang: 'auto' })[0]).toMatchObject({ value: 6700, lang: 'id' });
  });
});

describe('more shapes seen in news text', () => {
  it('negative numbers keep their sign', () => {
    expectFigures('suhu turun ke -5 derajat', 'id', [{ surface: '-5 derajat', value: -5, kind: 'measure' }]);
  });
  it('dates written with dashes; a ratio is a share (three labellers of later sets made it one)', () => {
    expectFigures('17-08-1945, rasio 1:3', 'id', [{ surface: '17-08-1945', value: 19450817, kind: 'date' }, { surface: '1:3', value: 0.333, kind: 'other' }]);
  });
  it('compound durations are read in the smaller unit', () => {
    expectFigures('divonis 4 tahun 6 bulan penjara', 'id', [{ surface: '4 tahun 6 bulan', value: 54, kind: 'duration', unit: 'bulan' }]);
  });
  it('percent ranges with the sign on both ends', () => {
    expectFigures('held at 5.25%-5.50%', 'en', [{ surface: '5.25%-5.50%', value: 5.25, valueMax: 5.5, kind: 'percent' }]);
  });
  it('kedua/ketiga + noun counts at a clause start, ranks after a noun', () => {
    expectFigures('pelaku ketiga, pekan kedua, kali ketiga, kedua pihak setuju', 'id', [
      { surface: 'ketiga', kind: 'ordinal' },
      { surface: 'kedua', kind: 'ordinal' },
      { surface: 'ketiga', kind: 'ordinal' },
      { surface: 'kedua', kind: 'count', value: 2, unit: 'pihak' },
    ]);
  });
  it('lone spelled numbers count, but not "satu" alone or a capitalised name', () => {
    expectFigures('Three were killed and two injured.', 'en', [
      { surface: 'Three', value: 3, kind: 'count' },
      { surface: 'two', value: 2, kind: 'count' },
    ]);
    expect(read('Ia menjadi satu dan tinggal di Lima.', 'id')).toEqual([]);
  });
  it('English head noun after an inner measure', () => {
    expectFigures('more than 3 million 152 mm artillery shells', 'en', [
      { surface: '3 million', unit: 'shells', qualifier: 'more_than' },
      { surface: '152 mm', kind: 'measure' },
    ]);
  });
  it('decades, weights in pounds, labels with a colon', () => {
    expectFigures('since the 1990s, a fish of 500 pounds, £500, Campaign ID: 285217', 'en', [
      { surface: '1990s', value: 1990, valueMax: 1999, kind: 'year', qualifier: 'exact' },
      { surface: '500 pounds', kind: 'measure', unit: 'pounds' },
      { surface: '£500', kind: 'currency', currency: 'GBP' },
    ]);
  });
  it('English dates with ordinals, lowercase "may", a share, 24/7, wire-copy times with a leading zero', () => {
    expectFigures('on May 5th, the 5th of May, prices may 5 rise, a third of voters, 24/7 service, at 0900 GMT', 'en', [
      { surface: 'May 5th', value: 505, kind: 'date' },
      { surface: '5th of May', value: 505, kind: 'date' },
      { surface: '5', kind: 'count' },
      { surface: 'a third', value: 0.333, kind: 'other' },
      { surface: '0900 GMT', value: 900, kind: 'time' },
    ]);
  });
  it('classifiers are skipped for the counted noun', () => {
    expectFigures('mengangkut 9 juta butir amunisi', 'id', [{ surface: '9 juta', value: 9e6, unit: 'amunisi' }]);
  });
});

// Shapes found in real English pages (test/corpus/heldout/real-en.jsonl) that the written corpus lacked.
describe('real English pages', () => {
  it('a decade is an exact span of years, a round hundred a century, "late"/"mid" make it rough', () => {
    expectFigures('in the late 1800s, the 1900s, the mid-1990s, the 2000s', 'en', [
      { surface: '1800s', value: 1800, valueMax: 1899, qualifier: 'approx' },
      { surface: '1900s', value: 1900, valueMax: 1999, qualifier: 'exact' },
      { surface: '1990s', value: 1990, valueMax: 1999, qualifier: 'approx' },
      { surface: '2000s', value: 2000, valueMax: 2009, qualifier: 'exact' },
    ]);
    expectFigures('pada akhir 1980-an', 'id', [{ surface: '1980-an', value: 1980, valueMax: 1989, qualifier: 'approx' }]);
  });
  it('hyphenated ages, durations and measures are one figure with their unit', () => {
    expectFigures('a 22-year-old man, a 93 year-old woman, a two-year-old girl, a six-month review, a 300-pound bear', 'en', [
      { surface: '22-year-old', value: 22, kind: 'duration', unit: 'year' },
      { surface: '93 year-old', value: 93, kind: 'duration', unit: 'year' },
      { surface: 'two-year-old', value: 2, kind: 'duration', unit: 'year' },
      { surface: 'six-month', value: 6, kind: 'duration', unit: 'month' },
      { surface: '300-pound', value: 300, kind: 'measure', unit: 'pound' },
    ]);
    // A spelled number before "century-old" counts the old things.
    expectFigures('one of four century-old wooden schooners', 'en', [{ surface: 'four', kind: 'count', unit: 'schooners' }]);
    // "one-third of them" is a share (kind other), not a count of thirds.
    expectFigures('one-third of them', 'en', [{ surface: 'one-third', kind: 'other', value: 0.333 }]);
  });
  it('an age between commas after a name, never a date or a list', () => {
    expectFigures('Parata, 75, has overseen 500 strandings. On March 5, officials said. Items 1, 2, and 3.', 'en', [
      { surface: '75', kind: 'duration' },
      { surface: '500', kind: 'count', unit: 'strandings' },
      { surface: 'March 5', kind: 'date' },
      { surface: '1', kind: 'count' },
      { surface: '2', kind: 'count' },
      { surface: '3', kind: 'count' },
    ]);
  });
  it('an age between commas after a noun for a person too, not after another noun', () => {
    expectFigures('The driver, 45, was arrested and his son, 12, survived. Of the total, 39, were women.', 'en', [
      { surface: '45', kind: 'duration' },
      { surface: '12', kind: 'duration' },
      { surface: '39', kind: 'count' },
    ]);
  });
  it('two days of a month joined by "and" are one figure, either way round; a count or a time after "and" is not a day', () => {
    expectFigures('The discount ran on April 8 and 9, 2024, and on 8 and 9 May.', 'en', [
      { surface: 'April 8 and 9, 2024', kind: 'date', value: 20240408, valueMax: 20240409 },
      { surface: '8 and 9 May', kind: 'date', value: 508, valueMax: 509 },
    ]);
    expectFigures('On May 5 and 6 people died; on March 3 and 9 p.m.', 'en', [
      { surface: 'May 5', kind: 'date', value: 505 },
      { surface: '6', kind: 'count', unit: 'people' },
      { surface: 'March 3', kind: 'date', value: 303 },
      { surface: '9 p.m.', kind: 'time', value: 2100 },
    ]);
  });
  it('a rank after "No." following a possessive or "world" is an ordinal; a case or a law number stays a label', () => {
    expectFigures("NUS kept its place as Asia's No. 1; world No. 3 Sinner won. Case No. 12 and Law No. 1/2023 were cited.", 'en', [
      { surface: '1', kind: 'ordinal', value: 1 },
      { surface: '3', kind: 'ordinal', value: 3 },
      { surface: '2023', kind: 'year' },
    ]);
  });
  it('a chart place after "debuted at", "returned to" or "ranked" is a rank; "at No. 10" is a place', () => {
    expectFigures('It debuted at No. 1 and later returned to No. 2. Leaders of 27 countries met at No. 10 on Thursday.', 'en', [
      { surface: '1', kind: 'ordinal', value: 1 },
      { surface: '2', kind: 'ordinal', value: 2 },
      { surface: '27', kind: 'count', unit: 'countries' },
    ]);
  });
  it('a number that opens a quoted title after a word for a work, or a title after "titled", is part of the name', () => {
    expectFigures('Adele\'s album “25” sold 3.38 million copies; the drama “12.12: The Day,” drew 13 million viewers; a show titled 100 Days Wild aired. Putin\'s “3 million shells” claim was false.', 'en', [
      { surface: '3.38 million', kind: 'count', unit: 'copies' },
      { surface: '13 million', kind: 'count', unit: 'viewers' },
      { surface: '3 million', kind: 'count', unit: 'shells' },
    ]);
    expectFigures('Konser bertajuk 20 Tahun BCL ditonton 15.000 orang; lagu “22” diputar 2 juta kali. Season 2 ditonton 68 juta kali.', 'id', [
      { surface: '15.000', kind: 'count', unit: 'orang' },
      { surface: '2 juta', kind: 'count' },
      { surface: '68 juta', kind: 'count' },
    ]);
  });
  it('a rank before a superlative of two words is a rank: "third-highest-grossing", "fifth-most-watched"', () => {
    expectFigures('It became the third-highest-grossing film and the fifth-most-watched show.', 'en', [
      { surface: 'third', kind: 'ordinal', value: 3 },
      { surface: 'fifth', kind: 'ordinal', value: 5 },
    ]);
  });
  it('a semester is a span of time, and "semester 2" a label', () => {
    expectFigures('Mereka belajar selama satu semester di Jepang; semester 2 dimulai Februari.', 'id', [
      { surface: 'satu semester', kind: 'duration', value: 1, unit: 'semester' },
    ]);
    expectFigures('after two semesters abroad', 'en', [{ surface: 'two semesters', kind: 'duration', value: 2, unit: 'semesters' }]);
  });
  it('a conversion in brackets is read: a decimal or a clock time after "(" is no area code, and "(minus" keeps its sign', () => {
    expectFigures('It added 0.2 degrees Celsius (0.36 degrees Fahrenheit), fell to (minus 58 degrees Fahrenheit) at 8:30pm EDT (00:30 GMT); call (021) 5300700.', 'en', [
      { surface: '0.2 degrees Celsius', kind: 'measure', value: 0.2 },
      { surface: '0.36 degrees Fahrenheit', kind: 'measure', value: 0.36 },
      { surface: 'minus 58 degrees Fahrenheit', kind: 'measure', value: -58 },
      { surface: '8:30pm EDT', kind: 'time', value: 2030 },
      { surface: '00:30 GMT', kind: 'time', value: 30 },
    ]);
  });
  it('after "between"/"antara", two ends with their units or months joined by "and"/"dan" are one range', () => {
    expectFigures('Warming of between 2.6C and 3.1C; between 5% and 10% of cases died between March 1 and June 18.', 'en', [
      { surface: '2.6C and 3.1C', kind: 'measure', value: 2.6, valueMax: 3.1 },
      { surface: '5% and 10%', kind: 'percent', value: 5, valueMax: 10 },
      { surface: 'March 1 and June 18', kind: 'date', value: 301, valueMax: 618 },
    ]);
    expectFigures('Hujan turun antara 1 Maret dan 18 Juni 2024, antara 20 km dan 30 km dari pantai; 1 Maret dan 18 Juni libur.', 'id', [
      { surface: '1 Maret dan 18 Juni 2024', kind: 'date', value: 20240301, valueMax: 20240618 },
      { surface: '20 km dan 30 km', kind: 'measure', value: 20, valueMax: 30 },
      { surface: '1 Maret', kind: 'date', value: 301 },
      { surface: '18 Juni', kind: 'date', value: 618 },
    ]);
  });
  it('a rough four-digit year with nothing counted is a year; a rough level reached or a part is a count; "1990 levels" a year', () => {
    expectFigures('Net zero by or around 2050; it rose to about 2000, and about 2000 of them fled; 53% below 1990 levels.', 'en', [
      { surface: '2050', kind: 'year', qualifier: 'approx' },
      { surface: '2000', kind: 'count' },
      { surface: '2000', kind: 'count' },
      { surface: '53%', kind: 'percent' },
      { surface: '1990', kind: 'year', qualifier: 'exact' },
    ]);
  });
  it('English ages by their words: "older than 65", "children under five", "at age 2", "the age of 50", "their 50s and 60s"', () => {
    expectFigures('A patient older than 65, children under five, tested at age 2, cancer before the age of 50, people in their 50s and 60s, a woman in her mid-40s; over 65 companies.', 'en', [
      { surface: '65', kind: 'duration', qualifier: 'more_than' },
      { surface: 'five', kind: 'duration', qualifier: 'less_than' },
      { surface: '2', kind: 'duration' },
      { surface: '50', kind: 'duration' },
      { surface: '50s', kind: 'duration', value: 50, valueMax: 59 },
      { surface: '60s', kind: 'duration', value: 60, valueMax: 69 },
      { surface: '40s', kind: 'duration', value: 40, valueMax: 49, qualifier: 'approx' },
      { surface: '65', kind: 'count', qualifier: 'more_than' },
    ]);
    expectFigures('Farmers now over 65 years old, trees older than 25 years, over 10 years; anyone younger than 18 may not; temperatures in the 80s.', 'en', [
      { surface: '65 years', qualifier: 'more_than' },
      { surface: '25 years', qualifier: 'more_than' },
      { surface: '10 years', qualifier: 'exact' },
      { surface: '18', kind: 'duration', qualifier: 'less_than' },
    ]);
  });
  it('English counted nouns past a named disease, and no adverb for a noun; climate units', () => {
    expectFigures('Singapore reported 13,700 Covid-19 cases, with four still missing; CO2 hit 424.6 parts per million and 37.4 gigatonnes, oceans took 16 zettajoules.', 'en', [
      { surface: '13,700', unit: 'cases' },
      { surface: 'four', unit: undefined },
      { surface: '424.6 parts per million', kind: 'measure' },
      { surface: '37.4 gigatonnes', kind: 'measure' },
      { surface: '16 zettajoules', kind: 'measure' },
    ]);
  });
  it('a count written with the other language\'s thousands ("6.700 containers", "6,700 kontainer") is thousands, not an average or a ratio', () => {
    expectFigures('The North sent 6.700 containers; holders get 1.025 Chevron shares for each Hess share; an average 1.625 children.', 'en', [
      { surface: '6.700', value: 6700, unit: 'containers' },
      { surface: '1.025', value: 1.025 },
      { surface: '1.625', value: 1.625 },
    ]);
    expectFigures('Korut mengirim 6,700 kontainer, rata-rata 1,625 anak, sejauh 6,700 km.', 'id', [
      { surface: '6,700', value: 6700, unit: 'kontainer' },
      { surface: '1,625', value: 1.625 },
      { surface: '6,700 km', value: 6.7 },
    ]);
  });
  it('"12M shells" is twelve million in English; "3M said" names a company', () => {
    expectFigures('North Korea has sent 28K containers, 12M shells, Seoul says; 3M said it would cut jobs.', 'en', [
      { surface: '28K', value: 28000 },
      { surface: '12M', value: 12_000_000, unit: 'shells' },
    ]);
  });
  it('a whole number and a vulgar fraction are one number ("8½ minutes", "between 4½ and 6 years", "2½ million")', () => {
    expectFigures('It landed 8½ minutes later; jailed for between 4½ and 6 years; 2½ million people. Europe won the Ryder Cup with a 16½-11½ win.', 'en', [
      { surface: '8½ minutes', value: 8.5, kind: 'duration' },
      { surface: '4½ and 6 years', value: 4.5, valueMax: 6 },
      { surface: '2½ million', value: 2_500_000 },
    ]);
  });
  it('names with numbers in English copy: "the 9/11 attacks", "the 22nd Amendment", "14th Congressional District", "the Fourth of July", "Proposition 50" at a sentence\'s start', () => {
    expectFigures('The 9/11 attacks killed 2,977 since 9/11. The 22nd Amendment bars him; Georgia\'s 14th Congressional District and the 24th Ward vote over the Fourth of July weekend. Proposition 50 passed with 64.4%. He finished 4th.', 'en', [
      { surface: '2,977', value: 2977 },
      { surface: '9/11', kind: 'date', value: 911 },
      { surface: '64.4%', kind: 'percent' },
      { surface: '4th', kind: 'ordinal', value: 4 },
    ]);
    expectFigures('Senin (9/11) lalu. Max 3 orang per kamar.', 'id', [
      { surface: '9/11', kind: 'date', value: 1109 },
      { surface: '3', kind: 'count' },
    ]);
  });
  it('Indian grouping in lakhs and crores ("Rs 1,50,000", "₹17,26,000"); a regulation\'s number and year gives the year ("PMK 10/2025"), a disease\'s count stays', () => {
    expectFigures('A fine of Rs 1,50,000 and ₹17,26,000 in cash; 1,23,45,678 voters.', 'en', [
      { surface: 'Rs 1,50,000', value: 150000, currency: 'INR' },
      { surface: '₹17,26,000', value: 1726000, currency: 'INR' },
      { surface: '1,23,45,678', value: 12345678 },
    ]);
    expectFigures('Insentif diatur dalam PMK 10/2025; kasus PMK 1.200 ekor sapi; tahun pajak 2024 jatuh pada 31 Maret. Warga Jalan Raya 17 Agustus mengungsi.', 'id', [
      { surface: '2025', kind: 'year' },
      { surface: '1.200', kind: 'count', value: 1200 },
      { surface: '2024', kind: 'year' },
      { surface: '31 Maret', kind: 'date' },
    ]);
  });
  it('an English range of two full dates, each with its year ("from July 1, 2016, to May 31, 2022")', () => {
    expectFigures('From July 1, 2016, to May 31, 2022, and between Jan. 5, 2023 and March 3, 2024; on March 3, 2024 and May 5, 2025 they met.', 'en', [
      { surface: 'July 1, 2016, to May 31, 2022', value: 20160701, valueMax: 20220531 },
      { surface: 'Jan. 5, 2023 and March 3, 2024', value: 20230105, valueMax: 20240303 },
      { surface: 'March 3, 2024', value: 20240303 },
      { surface: 'May 5, 2025', value: 20250505 },
    ]);
  });
  it('multipliers glued to "x" and in ranges, pence and cents, a basis point, "per second", a country\'s count of units', () => {
    expectFigures('A 5x optical zoom on a 4x4, three to 10 times as large; 420 pence, 60 cents; a 25 basis point cut; 1,280 gigabytes per second.', 'en', [
      { surface: '5x', kind: 'other', value: 5 },
      { surface: 'three to 10 times', kind: 'other', value: 3, valueMax: 10 },
      { surface: '420 pence', kind: 'currency', value: 4.2, currency: 'GBP' },
      { surface: '60 cents', kind: 'currency', value: 0.6, currency: 'USD' },
      { surface: '25 basis point', kind: 'percent', value: 25 },
      { surface: '1,280 gigabytes', kind: 'measure' },
    ]);
    expectFigures('Malaysia yang 490 unit dan Thailand 275 unit.', 'id', [
      { surface: '490', unit: 'unit' },
      { surface: '275', unit: 'unit' },
    ]);
  });
  it('"tahun lalu" after a large number is last year where the number is a level changed from, a span ago otherwise', () => {
    expectFigures('Sebanyak 12,7 juta orang butuh bantuan, turun dari lebih dari 14,6 juta tahun lalu; dinosaurus punah 65 juta tahun lalu.', 'id', [
      { surface: '12,7 juta', kind: 'count' },
      { surface: '14,6 juta', kind: 'count', value: 14_600_000, qualifier: 'more_than' },
      { surface: '65 juta tahun', kind: 'duration' },
    ]);
  });
  it('Southeast Asian copy: "Php1.5 trillion", "Bt2,500", "2 p.m. ICT", "Decree 168/2024/ND-CP"; "on Oct 3 to 12 weeks\' jail" is a day and a span', () => {
    expectFigures("The Php1.5 trillion plan and a Bt2,500 handout start at 2 p.m. ICT under Decree 168/2024/ND-CP; he was sentenced on Oct 3 to 12 weeks' jail.", 'en', [
      { surface: 'Php1.5 trillion', currency: 'PHP', value: 1.5e12 },
      { surface: 'Bt2,500', currency: 'THB', value: 2500 },
      { surface: '2 p.m. ICT', kind: 'time', value: 1400 },
      { surface: '2024', kind: 'year' },
      { surface: 'Oct 3', kind: 'date', value: 1003 },
      { surface: '12 weeks', kind: 'duration' },
    ]);
  });
  it('nights are a span of time ("menginap dua malam", "1,62 malam"), and "pukul 9 malam" a clock time', () => {
    expectFigures('Tamu menginap dua malam, rata-rata 1,62 malam; pesta tiga malam berturut-turut dimulai pukul 9 malam.', 'id', [
      { surface: 'dua malam', kind: 'duration', value: 2, unit: 'malam' },
      { surface: '1,62 malam', kind: 'duration', value: 1.62, unit: 'malam' },
      { surface: 'tiga malam', kind: 'duration', value: 3, unit: 'malam' },
      { surface: '9 malam', kind: 'time', value: 2100 },
    ]);
  });
  it('an age in brackets after a name (Indonesian news style), not after a day, a label or a common noun', () => {
    expectFigures('Korban, Ahmad (35), warga Bekasi, dan Shin Won-sik (64) selamat. Pada Selasa (5) pagi, Tabel (3), anaknya (5).', 'id', [
      { surface: '35', kind: 'duration' },
      { surface: '64', kind: 'duration' },
      { surface: '5', kind: 'count' },
      { surface: '3', kind: 'count' },
      { surface: '5', kind: 'count' },
    ]);
  });
  it('data sizes are measures; a 4K TV is a picture format', () => {
    expectFigures('26.6 megabytes, 39 kilobytes, 27 megs, a 4K TV, $4K in cash', 'en', [
      { surface: '26.6 megabytes', kind: 'measure', unit: 'megabytes' },
      { surface: '39 kilobytes', kind: 'measure', unit: 'kilobytes' },
      { surface: '27 megs', kind: 'measure', unit: 'megs' },
      { surface: '$4K', value: 4000, kind: 'currency' },
    ]);
  });
  it('idioms with "first" and "one" are no figures; a place in a race is', () => {
    expectFigures('At first it seems basic. In the first place, no. On the one hand, yes. Third-party titles. They finished in first place.', 'en', [
      { surface: 'first', kind: 'ordinal', value: 1 },
    ]);
  });
  it('"first" before a verb in the past is an adverb, unless a determiner makes it a rank', () => {
    expectFigures('It first became public. It was first reported in May. The first reported case. His first visit.', 'en', [
      { surface: 'first', kind: 'ordinal' },
      { surface: 'first', kind: 'ordinal' },
    ]);
    expect(read('It first became public. It was first reported in May.', 'en')).toEqual([]);
  });
  it('the counted noun after "other", "such" or a participle', () => {
    expectFigures('about 50 other people, 300 such Prime promotions Whole Foods plans, 11 automated Go convenience stores, 115 injured were taken', 'en', [
      { surface: '50', unit: 'people' },
      { surface: '300', unit: 'promotions' },
      { surface: '11', unit: 'stores' },
      { surface: '115', unit: undefined },
    ]);
  });
  it('citation markers are no figures; "$163M" is money, "3M" a company', () => {
    expectFigures('free software.[1] It earned $163M, then $1.5B.[12][13] 3M shares rose.', 'en', [
      { surface: '$163M', value: 163e6, kind: 'currency' },
      { surface: '$1.5B', value: 1.5e9, kind: 'currency' },
    ]);
  });
  it('a plus sign after a number bounds it; the unit after the sign is read', () => {
    expectFigures('40+ years of work, 10,000+ people, 5+ percent', 'en', [
      { surface: '40+ years', value: 40, kind: 'duration', unit: 'years', qualifier: 'more_than' },
      { surface: '10,000', value: 10000, kind: 'count', unit: 'people', qualifier: 'more_than' },
      { surface: '5+ percent', value: 5, kind: 'percent', qualifier: 'more_than' },
    ]);
  });
  it('a year before one thing, or after "circa"; a number before many things counts them', () => {
    expectFigures('Circa 2011. In our 2013 research, the 2012 festival, the 2000 people.', 'en', [
      { surface: '2011', kind: 'year', qualifier: 'approx' },
      { surface: '2013', kind: 'year' },
      { surface: '2012', kind: 'year' },
      { surface: '2000', kind: 'count', unit: 'people' },
    ]);
  });
  it('"four or five" is a rough range of near whole numbers; "1 or 100" and "5 or 3" are two figures', () => {
    expectFigures('four or five buyers, 1 or 100 people, 5 or 3', 'en', [
      { surface: 'four or five', value: 4, valueMax: 5, unit: 'buyers' },
      { surface: '1', value: 1 },
      { surface: '100', value: 100, unit: 'people' },
      { surface: '5', value: 5 },
      { surface: '3', value: 3 },
    ]);
    expectFigures('dua atau tiga hari, Rp 5.000 atau Rp 6.000', 'id', [
      { surface: 'dua atau tiga hari', value: 2, valueMax: 3, kind: 'duration' },
      { surface: 'Rp 5.000 atau Rp 6.000', value: 5000, valueMax: 6000, kind: 'currency' },
    ]);
  });
  it('a period of years after "from", but a change of other numbers is no range; "double the number" is a multiplier', () => {
    expectFigures('held power from 2011 to 2013; prices rose from 3 to 5 percent; double the number in 2017', 'en', [
      { surface: '2011 to 2013', kind: 'year', value: 2011, valueMax: 2013 },
      { surface: '3', kind: 'count' },
      { surface: '5 percent', kind: 'percent' },
      { surface: 'double', kind: 'other', value: 2 },
      { surface: '2017', kind: 'year' },
    ]);
  });
  it('polls and elections: points in a poll are percentage points, a chamber\'s tally two counts, a part of a whole after a name a count', () => {
    expectFigures('Harris won voters by 11 points; the poll has a margin of error of 3.5 points. Her lead was up from one point.', 'en', [
      { surface: '11 points', kind: 'percent', unit: 'points' },
      { surface: '3.5 points', kind: 'percent' },
      { surface: 'one point', kind: 'percent' },
    ]);
    expectFigures('Harris won voters by 11 points, down from a 24-point lead. Elsewhere, it rained. The Lakers won by 11 points.', 'en', [
      { surface: '11 points', kind: 'percent' },
      { surface: '24-point', kind: 'percent' },
      { surface: '11', kind: 'count', unit: 'points' },
    ]);
    expectFigures('The Senate confirmed the nominee 51-49 late on Jan. 28, and voters handed Wilders 37 of the 150 seats. The House approved 20-30 new permits.', 'en', [
      { surface: '51', kind: 'count', unit: undefined },
      { surface: '49', kind: 'count', unit: undefined },
      { surface: 'Jan. 28' },
      { surface: '37', kind: 'count' },
      { surface: '150', kind: 'count' },
      { surface: '20-30', value: 20, valueMax: 30 },
    ]);
  });
  it('"-an" after a grouped number makes it rough to its last digit written; a place\'s count in a list; health units; an index level to the hundredth', () => {
    expectFigures('Sekitar 1.200-an kader, 93.000-an kasus dan 2.000-an siswa; Cibinong 412 kasus, disusul Bojonggede 298 kasus; asupan 400 mcg dan 600-700 kilokalori.', 'id', [
      { surface: '1.200-an', value: 1200, valueMax: 1299, qualifier: 'approx' },
      { surface: '93.000-an', value: 93000, valueMax: 93999 },
      { surface: '2.000-an', value: 2000, valueMax: 2999, qualifier: 'approx' },
      { surface: '412', kind: 'count', unit: 'kasus' },
      { surface: '298', kind: 'count', unit: 'kasus' },
      { surface: '400 mcg', kind: 'measure' },
      { surface: '600-700 kilokalori', kind: 'measure' },
    ]);
    expectFigures('The index ended down 1.44 percent at 2,464.00 points, and iron ore exports reached 220 million wet tonnes.', 'en', [
      { surface: '1.44 percent' },
      { surface: '2,464.00 points', kind: 'measure' },
      { surface: '220 million wet tonnes', kind: 'measure' },
    ]);
  });
  it('ranks in the thousands: "the 1,000th day", "hari ke-1.000" (not the first)', () => {
    expectFigures('Kyiv marked the 1,000th day of the invasion.', 'en', [{ surface: '1,000th', kind: 'ordinal', value: 1000 }]);
    expectFigures('Perang memasuki hari ke-1.000, dan Tim A juara ke-3.', 'id', [
      { surface: 'ke-1.000', kind: 'ordinal', value: 1000 },
      { surface: 'ke-3', kind: 'ordinal', value: 3 },
    ]);
  });
  it('energy copy: kilolitres, barrels and cubic feet a day, GWp, a coal grade, US cents in Indonesian; a decree\'s year after its codes', () => {
    expectFigures('Kuota 31,7 juta KL, lifting 635.000 bph, gas 150 MMSCFD dan 12 BSCFD, cadangan 6 triliun kaki kubik, PLTS 18,7 GWp, batu bara 6.322 GAR, tarif 5,8 sen dolar AS per kWh.', 'id', [
      { surface: '31,7 juta KL', kind: 'measure', unit: 'kl' },
      { surface: '635.000 bph', kind: 'measure' },
      { surface: '150 MMSCFD', kind: 'measure' },
      { surface: '12 BSCFD', kind: 'measure' },
      { surface: '6 triliun kaki kubik', kind: 'measure', value: 6e12 },
      { surface: '18,7 GWp', kind: 'measure' },
      { surface: '6.322 GAR', kind: 'measure' },
      { surface: '5,8 sen dolar AS', kind: 'currency', currency: 'USD', value: 0.058 },
    ]);
    // (A case's or a register's number keeps its year to itself; "unit 9 dan 10" names a plant's units.)
    expectFigures('Kepmen ESDM No. 255.K/30/MEM/2020 dan Keputusan Menteri ESDM Nomor 72.K/MB.01/MEM.B/2025; putusan bernomor 18/PID.TPK/2025/PT DKI; PLTU Suralaya unit 9 dan 10 berkapasitas 2.000 MW.', 'id', [
      { surface: '2020', kind: 'year' },
      { surface: '2025', kind: 'year' },
      { surface: '2.000 MW', kind: 'measure' },
    ]);
    expectFigures('A budget of 2.2 trillion hryvnias and 117 billion shekels; the Council adopted resolution 2735 by 14 votes, north of the 38th parallel.', 'en', [
      { surface: '2.2 trillion hryvnias', currency: 'UAH' },
      { surface: '117 billion shekels', currency: 'ILS' },
      { surface: '14', kind: 'count' },
    ]);
  });
  it('shares and changes: "a third fewer than", "half their budgets"; "rise from 10.5% to 20.8%" gives two ends, an earlier range stays one', () => {
    expectFigures('Applications were nearly a third fewer than a year earlier; families spend nearly half their budgets on food, and the share will rise from 10.5% to 20.8% by 2050 (the forecast was from 3.75% to 4.5% earlier).', 'en', [
      { surface: 'a third', kind: 'other', qualifier: 'approx' },
      { surface: 'half', kind: 'other', value: 0.5 },
      { surface: '10.5%', valueMax: undefined },
      { surface: '20.8%' },
      { surface: '2050' },
      { surface: '3.75% to 4.5%', valueMax: 4.5 },
    ]);
    expectFigures('Bayi diberi susu 125 mililiter dan 2 miligram zat besi.', 'id', [
      { surface: '125 mililiter', kind: 'measure' },
      { surface: '2 miligram', kind: 'measure' },
    ]);
  });
});

// Everyday shapes of Indonesian news copy that the labelled corpus did not hold.
describe('Indonesian news shapes', () => {
  it('clock-time ranges, with the zone after the second time', () => {
    expectFigures('buka pukul 09.00-12.00 WIB dan 13.00 hingga 15.00 WITA, pukul 21.00-02.00 WIB', 'id', [
      { surface: '09.00-12.00 WIB', kind: 'time', value: 900, valueMax: 1200 },
      { surface: '13.00 hingga 15.00 WITA', kind: 'time', value: 1300, valueMax: 1500 },
      // Past midnight: two times.
      { surface: '21.00', kind: 'time', value: 2100 },
      { surface: '02.00 WIB', kind: 'time', value: 200 },
    ]);
  });
  it('"50 ribuan" is about 50 thousand', () => {
    expectFigures('harga Rp 50 ribuan per kg, paket Rp 2,5 jutaan, ribuan warga', 'id', [
      { surface: 'Rp 50 ribuan', value: 50000, qualifier: 'approx' },
      { surface: 'Rp 2,5 jutaan', value: 2500000, qualifier: 'approx' },
      { surface: 'ribuan', value: 1000, valueMax: 9999 },
    ]);
  });
  it('match scores and school grades are no figures; a weight class, a school year and a fraction (a share) are', () => {
    expectFigures('kalah 1-2 dari Jepang, menang 3-1, imbang 1-1; siswa kelas 3 SD; kelas 73 kg; tahun ajaran 2024/2025; sebanyak 1/3 warga; Senin (1/3)', 'id', [
      { surface: '73 kg', kind: 'measure' },
      { surface: '2024/2025', kind: 'year', value: 2024, valueMax: 2025 },
      { surface: '1/3', kind: 'other', value: 0.333 },
      { surface: '1/3', kind: 'date', value: 301 },
    ]);
    expectFigures('They won 3-1 after a 2-2 draw; prices rose 3-5 percent', 'en', [{ surface: '3-5 percent', value: 3, valueMax: 5 }]);
  });
  it('an earthquake\'s "M5,6" is a magnitude; "2 x 24 jam" is 48 hours; "celcius" is Celsius', () => {
    expectFigures('Gempa M5,6 dan gempa berkekuatan M 4,2; seri M5,6; waktu 2 x 24 jam; suhu 38 derajat celcius', 'id', [
      { surface: '5,6', kind: 'measure', unit: 'magnitudo', value: 5.6 },
      { surface: '4,2', kind: 'measure', unit: 'magnitudo', value: 4.2 },
      { surface: '2 x 24 jam', kind: 'duration', value: 48, unit: 'jam' },
      { surface: '38 derajat celcius', kind: 'measure' },
    ]);
    expectFigures('The 6.2-magnitude quake; a 7.0 magnitude tremor', 'en', [
      { surface: '6.2-magnitude', kind: 'measure', unit: 'magnitude' },
      { surface: '7.0 magnitude', kind: 'measure', unit: 'magnitude' },
    ]);
  });
  it('a range keeps the first number\'s own scale when it is already large', () => {
    expectFigures('tarif Rp 250.000 hingga Rp 1,5 juta; 3-5 juta orang', 'id', [
      { surface: 'Rp 250.000 hingga Rp 1,5 juta', value: 250000, valueMax: 1.5e6 },
      { surface: '3-5 juta', value: 3e6, valueMax: 5e6 },
    ]);
  });
  it('more units: centimetres, millimetres, quintals, volt-amperes', () => {
    expectFigures('genangan 30-80 sentimeter, 1 kuintal beras, daya 1.300 VA', 'id', [
      { surface: '30-80 sentimeter', kind: 'measure', value: 30, valueMax: 80 },
      { surface: '1 kuintal', kind: 'measure' },
      { surface: '1.300 VA', kind: 'measure', value: 1300 },
    ]);
    expectFigures('rainfall of 154 millimeters', 'en', [{ surface: '154 millimeters', kind: 'measure' }]);
  });
  it('a unit of measure after a label word makes a measure ("nomor lari 100 meter"); a bare one stays a label', () => {
    expectFigures('nomor lari 100 meter putra, nomor 5, km 370 A, kendaraan roda empat dan roda 2, pedagang kaki lima, lima orang', 'id', [
      { surface: '100 meter', kind: 'measure' },
      { surface: 'lima', kind: 'count', unit: 'orang' },
    ]);
  });
  it('coordinates are no figures; Hijri and Common Era years are years, a Hijri day of a year its date', () => {
    expectFigures('pusat gempa di 7,64 LS dan 107,24 BT; 1 Muharram 1445 H; tahun 1446 H; tahun 2025 M; puasa 1 Ramadan; kerugian Rp 3,5 M', 'id', [
      { surface: '1 Muharram 1445', kind: 'date', value: 14450101 },
      { surface: '1446', kind: 'year', value: 1446 },
      { surface: '2025', kind: 'year', value: 2025 },
      { surface: 'Rp 3,5 M', value: 3.5e9, kind: 'currency' },
    ]);
  });
  it('ranks after "peringkat", ages after "aged", bounds from "paling lama", "mulai dari", "ke atas", "and older"', () => {
    expectFigures('peringkat 3 dunia, naik dua peringkat, paling lama 20 tahun, mulai dari Rp 3,2 juta, usia 65 tahun ke atas', 'id', [
      { surface: '3', kind: 'ordinal' },
      { surface: 'dua', kind: 'count', unit: 'peringkat' },
      { surface: '20 tahun', qualifier: 'at_most' },
      { surface: 'Rp 3,2 juta', qualifier: 'at_least' },
      { surface: '65 tahun', qualifier: 'at_least' },
    ]);
    expectFigures('people aged 65 and older, children aged five to 14', 'en', [
      { surface: '65', kind: 'duration', qualifier: 'at_least' },
      { surface: 'five to 14', kind: 'duration', value: 5, valueMax: 14 },
    ]);
  });
  it('an event\'s year before a noun; a date range across years; no 31 February', () => {
    expectFigures('Kualifikasi Piala Dunia 2026 zona Asia, 21 Desember 2024 hingga 2 Januari 2025, 31 Februari 2024', 'id', [
      { surface: '2026', kind: 'year' },
      { surface: '21 Desember 2024 hingga 2 Januari 2025', kind: 'date', value: 20241221, valueMax: 20250102 },
      { surface: '31', kind: 'count' },
      { surface: 'Februari 2024', kind: 'date', value: 20240200 },
    ]);
  });
  it('economy copy: gigawatts, quadrillions, fiscal years, short year ranges, superlative ranks, bounds', () => {
    expectFigures('6.7 gigawatts, Rp 3.62 quadrillion, for FY2025, the 1950-53 war, the third-largest automaker, the 10 warmest years', 'en', [
      { surface: '6.7 gigawatts', kind: 'measure' },
      { surface: 'Rp 3.62 quadrillion', value: 3.62e15 },
      { surface: 'FY2025', kind: 'year', value: 2025 },
      { surface: '1950-53', kind: 'year', value: 1950, valueMax: 1953 },
      { surface: 'third', kind: 'ordinal', value: 3 },
      { surface: '10', unit: 'years' },
    ]);
    expectFigures('slid as much as 0.6%, exceeded 1.5C, growth will pick up to 5.1%, costs up to 5%', 'en', [
      { surface: '0.6%', qualifier: 'at_most' },
      { surface: '1.5C', qualifier: 'more_than' },
      { surface: '5.1%', qualifier: 'exact' },
      { surface: '5%', qualifier: 'at_most' },
    ]);
    expect(read('dana pihak ketiga naik', 'id')).toEqual([]);
  });
  it('regional and wire copy: month-to-month ranges, hyphenated short units, ages at a sentence end, eras, tonnage', () => {
    expectFigures('The test ran from April 23 to May 3. A 3-kg bag; the captain, Lin Wei-chen, 41. 180 micrograms', 'en', [
      { surface: 'April 23 to May 3', kind: 'date', value: 423, valueMax: 503 },
      { surface: '3-kg', kind: 'measure', unit: 'kg' },
      { surface: '41', kind: 'duration' },
      { surface: '180 micrograms', kind: 'measure' },
    ]);
    expectFigures('Iduladha 1445 Hijriah, jemaah kloter 12, kapal 35 GT', 'id', [
      { surface: '1445', kind: 'year' },
      { surface: '35 GT', kind: 'measure' },
    ]);
  });
  it('sport, science and gadget copy: race times, minus, tech units, "and a half", "half of" as a share, starting prices', () => {
    expectFigures('dalam 1 menit 48,35 detik dan 2 jam 11 menit 8 detik; suhu minus 70 derajat Celsius; baterai 5.500 mAh', 'id', [
      { surface: '1 menit 48,35 detik', kind: 'duration', value: 108.35, unit: 'detik' },
      { surface: '2 jam 11 menit 8 detik', kind: 'duration', value: 7868, unit: 'detik' },
      { surface: 'minus 70 derajat Celsius', kind: 'measure', value: -70 },
      { surface: '5.500 mAh', kind: 'measure' },
    ]);
    expectFigures('won in 2:09:56; 200MP and 240 Hz; five and a half years; almost half of sales; fares start at £29.99 one way', 'en', [
      { surface: '2:09:56', kind: 'duration', value: 7796 },
      { surface: '200MP', kind: 'measure' },
      { surface: '240 Hz', kind: 'measure' },
      { surface: 'five and a half years', kind: 'duration', value: 5.5 },
      { surface: 'half', kind: 'other', value: 0.5, qualifier: 'approx' },
      { surface: '£29.99', qualifier: 'at_least' },
    ]);
  });
  it('Indonesian "dari X hingga Y" is a range; labels: fase, bernomor, bintang', () => {
    expectFigures('diisi dari 0 hingga 100 persen; uji fase 3; pembalap bernomor 93; hotel bintang lima; harga mulai Rp 21,99 juta', 'id', [
      { surface: '0 hingga 100 persen', kind: 'percent', value: 0, valueMax: 100 },
      { surface: 'Rp 21,99 juta', qualifier: 'at_least' },
    ]);
  });
  it('car specs, farm and floor-area units, ranges with the unit on both ends, years before 1800 after a cue', () => {
    expectFigures('mesin 1.496 cc bertenaga 106 dk pada 6.000 rpm, irit 12,8 km/liter; penjara 1 bulan hingga 6 bulan; naik takhta pada 1350; kuartal III-2025 tumbuh', 'id', [
      { surface: '1.496 cc', kind: 'measure' },
      { surface: '106 dk', kind: 'measure' },
      { surface: '6.000 rpm', kind: 'measure' },
      { surface: '12,8 km/liter', kind: 'measure' },
      { surface: '1 bulan hingga 6 bulan', kind: 'duration', value: 1, valueMax: 6 },
      { surface: '1350', kind: 'year' },
      { surface: '2025', kind: 'year' },
    ]);
    expectFigures('204 hp, 40 mpg, 1,850 square feet, units of 21 to 36 square meters, 1500 people', 'en', [
      { surface: '204 hp', kind: 'measure' },
      { surface: '40 mpg', kind: 'measure' },
      { surface: '1,850 square feet', kind: 'measure' },
      { surface: '21 to 36 square meters', kind: 'measure', value: 21, valueMax: 36 },
      { surface: '1500', kind: 'count', unit: 'people' },
    ]);
  });
  it('homepage mix: a percent after a label word, campaigns and one-way systems, game scores, rank compounds, years before a singular noun', () => {
    expectFigures('diskon tarif tol 20 persen; gerakan 3M Plus; kerugian Rp 3M; sistem satu arah; menang 21-18, 19-21, 21-16', 'id', [
      { surface: '20 persen', kind: 'percent' },
      { surface: 'Rp 3M', value: 3e9 },
    ]);
    expectFigures('forecast 2027 economic growth; third-quarter revenue; first-time buyers; the 2000 people', 'en', [
      { surface: '2027', kind: 'year' },
      { surface: 'third', kind: 'ordinal' },
      { surface: '2000', kind: 'count', unit: 'people' },
    ]);
  });
  it('day ranges in slash dates, time ranges after "antara", multipliers, a starting price range stays exact', () => {
    expectFigures('Senin-Selasa (11-12/3/2023), antara pukul 11.00 dan 15.00 WIB, naik tiga kali lipat, mulai Rp 1,4 juta hingga Rp 3,8 juta, 30.000 kiloliter', 'id', [
      { surface: '11-12/3/2023', kind: 'date', value: 20230311, valueMax: 20230312 },
      { surface: '11.00 dan 15.00 WIB', kind: 'time', value: 1100, valueMax: 1500 },
      { surface: 'tiga kali lipat', kind: 'other', value: 3, unit: undefined },
      { surface: 'Rp 1,4 juta hingga Rp 3,8 juta', qualifier: 'exact' },
      { surface: '30.000 kiloliter', kind: 'measure' },
    ]);
  });
  it('wire copy: a time in brackets, zones like ET, tickers and index names, cents, baht, a change then a level', () => {
    expectFigures('at 4:43 p.m. (0743 GMT); Toyota (7203.T); the S&P 500 fell 2.9%; by 1.39 million to 1.408 billion; 62 US cents; 10,000 baht; 9:30 a.m. ET', 'en', [
      { surface: '4:43 p.m.', kind: 'time' },
      { surface: '0743 GMT', kind: 'time', value: 743 },
      { surface: '2.9%', kind: 'percent' },
      { surface: '1.39 million', kind: 'count' },
      { surface: '1.408 billion', kind: 'count' },
      { surface: '62 US cents', kind: 'currency', currency: 'USD', value: 0.62 },
      { surface: '10,000 baht', kind: 'currency', currency: 'THB' },
      { surface: '9:30 a.m. ET', kind: 'time', value: 930 },
    ]);
  });
  it('a time before a full stop keeps it out of the span; set scores in a row are no figures', () => {
    expectFigures('The deadline is 6pm. At 6 p.m. he left. Djokovic beat Musetti 4-6 6-3 7-5 over 3-5 days; 64.85 U.S. cents', 'en', [
      { surface: '6pm', kind: 'time', value: 1800 },
      { surface: '6 p.m.', kind: 'time', value: 1800 },
      { surface: '3-5 days', kind: 'duration', value: 3, valueMax: 5 },
      { surface: '64.85 U.S. cents', kind: 'currency', value: 0.6485 },
    ]);
  });
  it('two days joined by "dan"/"and" are one range; cubic metres, km per hour; a dot after "Mei" ends the sentence', () => {
    expectFigures('pada 14 dan 15 Mei 2027, 314,7 juta meter kubik, 185 kilometer per jam, pada 3 Mei.', 'id', [
      { surface: '14 dan 15 Mei 2027', kind: 'date', value: 20270514, valueMax: 20270515 },
      { surface: '314,7 juta meter kubik', kind: 'measure' },
      { surface: '185 kilometer per jam', kind: 'measure' },
      { surface: '3 Mei', kind: 'date', value: 503 },
    ]);
    expectFigures('on 24 and 25 March', 'en', [{ surface: '24 and 25 March', kind: 'date', value: 324, valueMax: 325 }]);
  });
  it('product names with digits are no figures: "iPhone 17" at a dateline, "Wi-Fi 7", "USB-C 3.2", "800 Boeing 737 jets"', () => {
    expectFigures('Jakarta - iPhone 17 Pro akhirnya dijual. Dukungan Wi-Fi 7, Bluetooth 6.0, dan USB-C 3.2; resolusi 4K dengan 120 fps, layar 2,5K.', 'id', [
      { surface: '120 fps', kind: 'measure', unit: 'fps' },
    ]);
    expectFigures('a fleet of more than 800 Boeing 737 jets; 10.36 million Switch 2 consoles; his first Formula One title; eight 3-pointers; Asteroid 2026 XK', 'en', [
      { surface: '800', qualifier: 'more_than' },
      { surface: '10.36 million', value: 10_360_000 },
      { surface: 'first', kind: 'ordinal' },
      { surface: 'eight', kind: 'count' },
    ]);
  });
  it('bounds in everyday Indonesian ("tidak melebihi", "paling rendah"), kitchen and health units, scores between teams, adverbs', () => {
    expectFigures('Ibu hamil tidak melebihi 200 mg; usia paling rendah 6 tahun dan paling tinggi 7 tahun.', 'id', [
      { surface: '200 mg', qualifier: 'at_most' },
      { surface: '6 tahun', qualifier: 'at_least' },
      { surface: '7 tahun', qualifier: 'at_most' },
    ]);
    expectFigures('Tambahkan 2 sdm gula, 1 sdt garam; detak 220 bpm, IMT 27 kg/m², PM2.5 92,5 µg/m³.', 'id', [
      { surface: '2 sdm', kind: 'measure' },
      { surface: '1 sdt', kind: 'measure' },
      { surface: '220 bpm', kind: 'measure' },
      { surface: '27 kg/m²', kind: 'measure' },
      { surface: '92,5 µg/m³', kind: 'measure' },
    ]);
    expectFigures('Hasil pekan lalu: Persija 1-0 Persib, PSM 2-2 Bali United, Arema FC 0-3 Persebaya. Pada 2-3 Maret libur.', 'id', [
      { surface: '2-3 Maret', kind: 'date' },
    ]);
    expectFigures('Results: Arsenal 2-1 Chelsea, Liverpool 1-1 Everton.', 'en', []);
    // An adverb after a number is not what it counts.
    expectFigures('Moscow sent more than 9,000 back and 12 yesterday.', 'en', [{ surface: '9,000', unit: undefined }, { surface: '12', unit: undefined }]);
    expectFigures('Banjir Bandang Tewaskan 2-3 Orang', 'id', [{ surface: '2-3', kind: 'count' }]);
  });
  it('a headline in title case or capitals counts after its capitalised verbs, and keeps the names that number', () => {
    expectFigures('Paket Sanksi ke-19 UE Tambah 117 Kapal Armada Bayangan Rusia', 'id', [
      { surface: 'ke-19', kind: 'ordinal' },
      { surface: '117', kind: 'count', unit: 'kapal' },
    ]);
    expectFigures('KPK SITA RP 12,5 MILIAR DAN 3 MOBIL MEWAH', 'id', [
      { surface: 'RP 12,5 MILIAR', kind: 'currency' },
      { surface: '3', kind: 'count', unit: 'mobil' },
    ]);
    expectFigures('Russia Fires 810 Drones in Record Overnight Attack', 'en', [{ surface: '810', kind: 'count', unit: 'drones' }]);
    expectFigures('Korut Pasok Rudal Berjangkauan 900 Km, Perang Sudah Dua Dekade', 'id', [
      { surface: '900 Km', kind: 'measure', unit: 'km' },
      { surface: 'Dua Dekade', kind: 'duration', value: 2 },
    ]);
    expectFigures('LAURIE OAKES IS THE NINE NETWORK POLITICAL EDITOR', 'en', []);
    // Ranks, counts before punctuation, names opening the line, brands with a spelled number, a postal code.
    expectFigures('Jonatan Christie Kalah di Babak Pertama, Semen Tiga Roda Naik', 'id', [{ surface: 'Pertama', kind: 'ordinal' }]);
    expectFigures('Apollo 11 Mendarat 56 Tahun Lalu, Ini 5 Fakta; Daop 1 Jakarta Tambah 12 Kereta', 'id', [
      { surface: '56 Tahun', kind: 'duration' },
      { surface: '5', unit: 'fakta' },
      { surface: '12', unit: 'kereta' },
    ]);
    expectFigures('Typhoon Yagi Kills 59 in Vietnam; Boeing 737 MAX 8 Returns to Service on First Flight', 'en', [
      { surface: '59', kind: 'count' },
      { surface: 'First', kind: 'ordinal' },
    ]);
    expectFigures('Shots Fired Near Fort Lauderdale, Florida 33304', 'en', []);
    // A league's or a stage's number before a unit of time names it: "Liga 1 pekan ke-25" is no week.
    expectFigures('Klasemen Liga 1 pekan ke-25; proyek selesai 2 pekan lagi.', 'id', [
      { surface: 'ke-25', kind: 'ordinal' },
      { surface: '2 pekan', kind: 'duration' },
    ]);
    // Names that number stay names in a headline; prose keeps "SMAN 5 Surabaya" a name; a results line its scores.
    expectFigures('Nonton Bareng Formula 1 Dan Apollo 11 Di Bioskop', 'id', []);
    expectFigures('Di SMAN 5 Surabaya, jarak rumah terjauh siswa yang diterima 3 km.', 'id', [{ surface: '3 km', kind: 'measure' }]);
    expectFigures('Hasil Liga Inggris: Chelsea Menang, Manchester City 3 West Ham 1', 'id', []);
  });
  it('"world number one" and "nomor satu" are ranks; a school grade or article number lists its next one too', () => {
    expectFigures('World number one Jannik Sinner beat the number two seed.', 'en', [
      { surface: 'one', kind: 'ordinal', value: 1 },
      { surface: 'two', kind: 'ordinal', value: 2 },
    ]);
    expectFigures('Petenis nomor satu dunia. Siswa kelas 5 dan 6 SD, Pasal 27, 28 dan 29; kelas 5, 30 siswa; edisi 27 November 2026.', 'id', [
      { surface: 'satu', kind: 'ordinal', value: 1 },
      { surface: '30', kind: 'count', unit: 'siswa' },
      { surface: '27 November 2026', kind: 'date', value: 20261127 },
    ]);
  });
  it('multipliers ("2,6 kali Bumi", "8.6 times as massive") but not how often ("17 kali", "three times in a row")', () => {
    expectFigures('berukuran 2,6 kali Bumi, hingga 1,5 kali lebih cepat, ditusuk 17 kali.', 'id', [
      { surface: '2,6 kali', kind: 'other', value: 2.6 },
      { surface: '1,5 kali', kind: 'other', qualifier: 'at_most' },
      { surface: '17', kind: 'count' },
    ]);
    expectFigures('8.6 times as massive, three times the amount; he won three times in a row', 'en', [
      { surface: '8.6 times', kind: 'other' },
      { surface: 'three times', kind: 'other', value: 3 },
      { surface: 'three', kind: 'count' },
    ]);
  });
  it('a market move in points is a measure; a team\'s points a count; watts, TOPS, nanometres; a range from below zero', () => {
    expectFigures('IHSG melemah 58,31 poin; Persib unggul tiga poin; pengisian 45 W, 40 TOPS, cip 3 nanometer; antara minus 10 dan 40 derajat Celsius', 'id', [
      { surface: '58,31 poin', kind: 'measure', unit: 'poin', value: 58.31 },
      { surface: 'tiga', kind: 'count', unit: 'poin' },
      { surface: '45 W', kind: 'measure' },
      { surface: '40 TOPS', kind: 'measure' },
      { surface: '3 nanometer', kind: 'measure' },
      { surface: 'minus 10 dan 40 derajat Celsius', kind: 'measure', value: -10, valueMax: 40 },
    ]);
    expectFigures('The Dow fell 312.6 points; Curry scored 38 points in 2 hours, 9 minutes and 56 seconds', 'en', [
      { surface: '312.6 points', kind: 'measure' },
      { surface: '38', kind: 'count', unit: 'points' },
      { surface: '2 hours, 9 minutes and 56 seconds', kind: 'duration', value: 7796 },
    ]);
  });
  it('portal copy: a road post with metres, zone and stage numbers, two clock times in a range, a season\'s year, "kedua anaknya"', () => {
    expectFigures('di KM 47+200 arah Cikampek; zona 1 sebesar Rp 13.500; tahap 1; pukul 07.00-12.00 dan 12.30-17.00; naik 1.50-2.00 persen; umrah musim 2027 naik; (OSN) 2026 bidang matematika; (SDGs) 70 per 100.000; hak asuh kedua anaknya; terlaris kedua tahun ini', 'id', [
      { surface: 'Rp 13.500', kind: 'currency' },
      { surface: '07.00-12.00', kind: 'time', value: 700, valueMax: 1200 },
      { surface: '12.30-17.00', kind: 'time', value: 1230, valueMax: 1700 },
      { surface: '1.50-2.00 persen', kind: 'percent' },
      { surface: '2027', kind: 'year' },
      { surface: '2026', kind: 'year' },
      { surface: '70', kind: 'count' },
      { surface: '100.000', kind: 'count' },
      { surface: 'kedua', kind: 'count', unit: 'anak' },
      { surface: 'kedua', kind: 'ordinal' },
    ]);
  });
  it('English wire copy: vote tallies, a margin of error, F-35s, a change then a level, addresses, roads, 7-Eleven, phones, pence', () => {
    expectFigures('in a 281-140 vote; plus or minus 3.1 percentage points; 100 F-35 jets; by $241 to $9,849; of 1418 Maple Avenue; the 4300 block of Lindell Boulevard; on I-95; a 7-Eleven clerk; phone 9123 4567, and shares rose 12p to 402p on 1080p sets', 'en', [
      { surface: '281', kind: 'count' },
      { surface: '140', kind: 'count', value: 140 },
      { surface: '3.1 percentage points', kind: 'percent', value: 3.1 },
      { surface: '100', kind: 'count' },
      { surface: '$241', kind: 'currency' },
      { surface: '$9,849', kind: 'currency' },
      { surface: '12p', kind: 'currency', currency: 'GBP', value: 0.12 },
      { surface: '402p', kind: 'currency', value: 4.02 },
    ]);
  });
  it('shares ("one in four", "1 dari 3 orang dewasa") are kind other; "2 in 5 minutes" and "satu dari tiga pemain" are not', () => {
    expectFigures('roughly one in four cases; Four in 10 said; scored 2 in 5 minutes; two nights', 'en', [
      { surface: 'one in four', kind: 'other', value: 0.25, unit: 'cases' },
      { surface: 'Four in 10', kind: 'other', value: 0.4 },
      { surface: '2', kind: 'count' },
      { surface: '5 minutes', kind: 'duration' },
      { surface: 'two nights', kind: 'duration', value: 2 },
    ]);
    expectFigures('sekitar 1 dari 3 orang dewasa; Ia menjadi satu dari tiga pemain Indonesia', 'id', [
      { surface: '1 dari 3', kind: 'other' },
      { surface: 'tiga', kind: 'count', unit: 'pemain' },
    ]);
  });
  it('shares before "of" are kind other ("two-thirds of", "nearly half of", "seperempat total"); a half-year and a rank are not, a share of a percentage point is a percent (also "a quarter-point cut")', () => {
    expectFigures('About two-thirds of Americans; only a quarter of independents; less than half the £85m; in the second half of next year; for a third year; by a quarter of a percentage point; a quarter-point cut', 'en', [
      { surface: 'two-thirds', kind: 'other', value: 0.667, qualifier: 'approx' },
      { surface: 'a quarter', kind: 'other', value: 0.25 },
      { surface: 'half', kind: 'other', value: 0.5, qualifier: 'less_than' },
      { surface: '£85m', kind: 'currency' },
      { surface: 'second', kind: 'ordinal' },
      { surface: 'third', kind: 'ordinal' },
      { surface: 'a quarter of a percentage point', kind: 'percent', value: 0.25 },
      { surface: 'quarter-point', kind: 'percent', value: 0.25 },
    ]);
    expectFigures('lebih dari seperempat total produksi; dua pertiga dari warga; setengah jam; seperempat abad', 'id', [
      { surface: 'seperempat', kind: 'other', value: 0.25, qualifier: 'more_than' },
      { surface: 'dua pertiga', kind: 'other' },
      { surface: 'setengah jam', kind: 'duration', value: 0.5 },
      { surface: 'seperempat abad', kind: 'duration', value: 0.25, unit: 'abad' },
    ]);
    expectFigures('Rusia menduduki sekitar seperlima wilayah Ukraina; tiga perlima anggota dewan', 'id', [
      { surface: 'seperlima', kind: 'other', value: 0.2, qualifier: 'approx' },
      { surface: 'tiga perlima', kind: 'other', value: 0.6 },
    ]);
    expectFigures('Hampir sepertiga warga; separuh pekerja komuter; sepertiganya hilang; 9 dari 10 orang; 24 dari 45 anggota; separuh baya; Piala Dunia 2026: diikuti', 'id', [
      { surface: 'sepertiga', kind: 'other', qualifier: 'approx' },
      { surface: 'separuh', kind: 'other', value: 0.5 },
      { surface: 'sepertiganya', kind: 'other' },
      { surface: '9 dari 10', kind: 'other', value: 0.9, unit: 'orang' },
      { surface: '24', kind: 'count' },
      { surface: '45', kind: 'count', unit: 'anggota' },
      { surface: '2026', kind: 'year' },
    ]);
  });
  it('world Englishes: lakh and crore, rupee, naira, taka and shilling signs, time zones, hPa, time ranges, noon, -fold, spelled compound durations', () => {
    expectFigures('₹12,500 crore for 3.2 lakh farmers; Tk 1,431; KSh12.3 billion; at 2.35 pm IST; 948 hPa; open 6am to 3pm; at 12 noon; a 2.3-fold rise; jailed for five years and six months', 'en', [
      { surface: '₹12,500 crore', kind: 'currency', currency: 'INR', value: 125e9 },
      { surface: '3.2 lakh', kind: 'count', value: 320_000 },
      { surface: 'Tk 1,431', currency: 'BDT' },
      { surface: 'KSh12.3 billion', currency: 'KES', value: 12.3e9 },
      { surface: '2.35 pm IST', kind: 'time', value: 1435 },
      { surface: '948 hPa', kind: 'measure' },
      { surface: '6am to 3pm', kind: 'time', value: 600, valueMax: 1500 },
      { surface: '12 noon', kind: 'time', value: 1200 },
      { surface: '2.3-fold', kind: 'other', value: 2.3 },
      { surface: 'five years and six months', kind: 'duration', value: 66, unit: 'months' },
    ]);
  });
  it('world Englishes: phone numbers, junctions, exits, routes, rules and postcodes are no figures', () => {
    expectFigures('call Crime Stoppers on 1800 333 000 or (301) 555-0188; near junction 12; exits 46 and 61; routes 21, 5 and 18; Rule 22; postcode 2770; call 101; 40 people', 'en', [
      { surface: '40', kind: 'count', unit: 'people' },
    ]);
  });
  it('domestic English copy: a minus in brackets, named ranks, changes by a share, half a span, "twice as", race times, "4 to 7 p.m.", bills', () => {
    expectFigures('lows around 12°F (-11°C); the Second Amendment; shootings dropped by nearly a third; missed by half a second; twice as likely; ran 4:23.65; open 4 to 7 p.m.; H.R. 1 and Prop. 4; between junctions 10 and 11; at 1450 N. Federal Highway', 'en', [
      { surface: '12°F', kind: 'measure' },
      { surface: '-11°C', kind: 'measure', value: -11 },
      { surface: 'a third', kind: 'other', qualifier: 'approx' },
      { surface: 'half a second', kind: 'duration', value: 0.5 },
      { surface: 'twice', kind: 'other', value: 2 },
      { surface: '4:23.65', kind: 'duration', value: 263.65 },
      { surface: '4 to 7 p.m.', kind: 'time', value: 1600, valueMax: 1900 },
    ]);
  });
  it('regional Indonesian copy: a time range with its zone twice, the Common Era year after the Hijri one', () => {
    expectFigures('dibuka pukul 09.00 WIB hingga 12.00 WIB; jemaah haji tahun 1446 H/2025 M', 'id', [
      { surface: '09.00 WIB hingga 12.00 WIB', kind: 'time', value: 900, valueMax: 1200 },
      { surface: '1446', kind: 'year' },
      { surface: '2025', kind: 'year' },
    ]);
  });
  it('English copy about Indonesia: Rupiah written either way, law numbers, fifths and tenths, a quarter-century, time ranges after "between", model codes', () => {
    expectFigures('Rp 10.000 triliun; Rp 16,400; Rp1,5 juta; Rp 3.2 quadrillion; under Law No. 1/2023; fell by almost a fifth; a tenth of a typical fare; a quarter of a century ago; between 6 a.m. and 10 a.m.; a Boeing 737-900ER jet; ruled 5-4', 'en', [
      { surface: 'Rp 10.000 triliun', value: 1e16, currency: 'IDR' },
      { surface: 'Rp 16,400', value: 16_400 },
      { surface: 'Rp1,5 juta', value: 1_500_000 },
      { surface: 'Rp 3.2 quadrillion', value: 3.2e15 },
      { surface: '2023', kind: 'year' },
      { surface: 'a fifth', kind: 'other', value: 0.2 },
      { surface: 'a tenth', kind: 'other', value: 0.1 },
      { surface: 'a quarter of a century', kind: 'duration', value: 0.25, unit: 'century' },
      { surface: '6 a.m. and 10 a.m.', kind: 'time', value: 600, valueMax: 1000 },
      { surface: '5', kind: 'count' },
      { surface: '4', kind: 'count' },
    ]);
  });
  it('a scale word joined by a hyphen ("$500-million") and "a trillion dollars"', () => {
    expectFigures('a $500-million deal; spent a trillion dollars', 'en', [
      { surface: '$500-million', kind: 'currency', value: 5e8 },
      { surface: 'a trillion dollars', kind: 'currency', value: 1e12, currency: 'USD' },
    ]);
  });
  it('KBS\'s hyphenated thousands: "10-thousand containers", "over six-thousand-700 containers"', () => {
    expectFigures('at least 10-thousand containers, then more than 13-thousand; over six-thousand-700 containers', 'en', [
      { surface: '10-thousand', kind: 'count', value: 10000, unit: 'containers', qualifier: 'at_least' },
      { surface: '13-thousand', kind: 'count', value: 13000, qualifier: 'more_than' },
      { surface: 'six-thousand-700', kind: 'count', value: 6700, unit: 'containers', qualifier: 'more_than' },
    ]);
  });
  it('ranges of months ("antara Maret 2023 dan Juni 2025"), index levels to the hundredth, "between 2 and 6 p.m.", "asteroid, 2025 YR4"', () => {
    expectFigures('antara Maret 2023 dan Juni 2025; dari Maret 2023 hingga Juni 2025', 'id', [
      { surface: 'Maret 2023 dan Juni 2025', kind: 'date', value: 20230300, valueMax: 20250600 },
      { surface: 'Maret 2023 hingga Juni 2025', kind: 'date', value: 20230300, valueMax: 20250600 },
    ]);
    expectFigures('the S&P 500 rising 0.6% to 6,842.10 points and the Dow adding 312.45 points; peak between 2 and 6 p.m.; a newly found asteroid, 2025 YR4, measures', 'en', [
      { surface: '0.6%', kind: 'percent' },
      { surface: '6,842.10 points', kind: 'measure' },
      { surface: '312.45 points', kind: 'measure' },
      { surface: '2 and 6 p.m.', kind: 'time', value: 1400, valueMax: 1800 },
    ]);
  });
  it('"tahun sebelumnya", "bulan ini" after a large number is its time, not its unit; "65 juta tahun lalu" stays a span', () => {
    expectFigures('turun dari 14,6 juta tahun sebelumnya; bantuan US$ 100 juta tahun ini; 2.500 unit bulan ini; punah 65 juta tahun lalu', 'id', [
      { surface: '14,6 juta', kind: 'count', unit: undefined },
      { surface: 'US$ 100 juta', kind: 'currency' },
      { surface: '2.500', kind: 'count', unit: 'unit' },
      { surface: '65 juta tahun', kind: 'duration', unit: 'tahun' },
    ]);
  });
  it('a feed\'s fields after a unit written before the number; verbs of a move are no unit; "20-an"; "near"', () => {
    expectFigures('Magnitude 6.1 - 23 km SW of Yonakuni; magnitude 6.0-6.5 quakes; winds near 145 mph', 'en', [
      { surface: '6.1', kind: 'measure', value: 6.1, unit: 'magnitude' },
      { surface: '23 km', kind: 'measure', value: 23, unit: 'km' },
      { surface: '6.0-6.5', kind: 'measure', value: 6, valueMax: 6.5 },
      { surface: '145 mph', kind: 'measure', qualifier: 'approx' },
    ]);
    expectFigures('Sebanyak 245 saham naik, 187 turun, dan 210 stagnan. Pasien berusia 20-an tahun; sekitar 20-an warga; 10-15 persen', 'id', [
      { surface: '245', unit: 'saham' },
      { surface: '187', unit: undefined },
      { surface: '210', unit: undefined },
      { surface: '20-an tahun', kind: 'duration', value: 20, valueMax: 29, qualifier: 'approx' },
      { surface: '20-an', kind: 'count', value: 20, valueMax: 29, unit: 'warga', qualifier: 'approx' },
      { surface: '10-15 persen', kind: 'percent', value: 10, valueMax: 15 },
    ]);
  });
  it('"persen poin", doses per kilogram and in millilitres; "rata-rata" after a period is no counted noun', () => {
    expectFigures('inflasi inti naik 0,41 persen poin; selama 2010-2020 rata-rata 1,25 persen', 'id', [
      { surface: '0,41 persen poin', kind: 'percent', unit: 'persen poin' },
      { surface: '2010-2020', kind: 'year', value: 2010, valueMax: 2020 },
      { surface: '1,25 persen', kind: 'percent' },
    ]);
    expectFigures('a single dose of 0.5 mL, or oral drops at 10 mg/kg', 'en', [
      { surface: '0.5 mL', kind: 'measure', unit: 'ml' },
      { surface: '10 mg/kg', kind: 'measure', unit: 'mg/kg' },
    ]);
  });
  it('a value and its margin are one range; a decimal before "kali"/"times"/"x" multiplies; "300-an"; an index level to the hundredth', () => {
    expectFigures('sasaran inflasi 2,5±1 persen; nisbah kupas 4,33 kali, PBV 2,1x; sekitar 300-an warga', 'id', [
      { surface: '2,5±1 persen', kind: 'percent', value: 1.5, valueMax: 3.5 },
      { surface: '4,33 kali', kind: 'other', value: 4.33 },
      { surface: '2,1x', kind: 'other', value: 2.1 },
      { surface: '300-an', kind: 'count', value: 300, valueMax: 399, unit: 'warga' },
    ]);
    expectFigures('oversubscribed 33.5 times, lifting the FTSE 100 to a record 8,147.03 points; Q3 2024', 'en', [
      { surface: '33.5 times', kind: 'other', value: 33.5 },
      { surface: '8,147.03 points', kind: 'measure', unit: 'points' },
      { surface: '2024', kind: 'year' },
    ]);
  });
  it('messy web text: spaced thousands, signs before a number, abbreviated units and scales', () => {
    const text = 'sekitar 6\u00a0700 kontainer, 25\u2009220\u2009000 jiwa; >3 hari, ≈500 orang, ≥ 17 thn; tiket Rp 50RB; suhu 38 derajat C';
    const got = detectFigures(text, { lang: 'id' });
    // (The surface is the text as written, no-break and thin spaces included.)
    for (const f of got) expect(f.surface).toBe(text.slice(f.start, f.end));
    expectFigures(text, 'id', [
      { surface: '6\u00a0700', value: 6700, unit: 'kontainer' },
      { surface: '25\u2009220\u2009000', value: 25220000 },
      { surface: '3 hari', qualifier: 'more_than' },
      { surface: '500', qualifier: 'approx' },
      { surface: '17 thn', kind: 'duration', qualifier: 'at_least' },
      { surface: 'Rp 50RB', kind: 'currency', value: 50000 },
      { surface: '38 derajat C', kind: 'measure' },
    ]);
    expectFigures('served 12 yrs, a 3 hr wait, 5–10 min; DKK 28.4 bn; $2.17BN; 36 sq mi', 'en', [
      { surface: '12 yrs', kind: 'duration' },
      { surface: '3 hr', kind: 'duration' },
      { surface: '5–10 min', kind: 'duration', value: 5, valueMax: 10 },
      { surface: 'DKK 28.4 bn', currency: 'DKK', value: 28.4e9 },
      { surface: '$2.17BN', value: 2.17e9 },
      { surface: '36 sq mi', kind: 'measure' },
    ]);
  });
  it('a scale word or a counted noun typed without its space: "3juta", "US$61miliar", "6.700kontainer"', () => {
    expectFigures('Korut kirim 6.700kontainer berisi 3juta peluru, termasuk US$61miliar untuk Ukraina dan Rp1,5triliun; 5G dan 4x4', 'id', [
      { surface: '6.700', value: 6700, unit: 'kontainer' },
      { surface: '3juta', value: 3e6, unit: 'peluru' },
      { surface: 'US$61miliar', kind: 'currency', value: 61e9 },
      { surface: 'Rp1,5triliun', kind: 'currency', value: 1.5e12 },
    ]);
  });
  it('opinion and analysis (opini-id): moves in points named by a noun, multipliers before what they multiply, an eighth, a cited page', () => {
    expectFigures('Penurunan 0,033 poin; kesenjangan lebih dari 100 poin; kenaikan rata-rata sekitar 0,6 poin per tahun; meraih 12 poin', 'id', [
      { surface: '0,033 poin', kind: 'measure', unit: 'poin' },
      { surface: '100 poin', kind: 'measure', qualifier: 'more_than' },
      { surface: '0,6 poin', kind: 'measure', qualifier: 'approx' },
      { surface: '12', kind: 'count', unit: 'poin' },
    ]);
    expectFigures('selisih hampir dua setengah kali lipat; lebih dari tiga kali rata-rata nasional; setara 12 kali penghasilan; ditusuk 17 kali', 'id', [
      { surface: 'dua setengah kali lipat', kind: 'other', value: 2.5 },
      { surface: 'tiga kali', kind: 'other', value: 3, qualifier: 'more_than' },
      { surface: '12 kali', kind: 'other', value: 12 },
      { surface: '17', kind: 'count', unit: 'kali' },
    ]);
    // How often is counted in times (the labellers' unit); a multiplier keeps its own reading.
    expectFigures('Ia sudah tiga kali dilaporkan sejak 2021; ditonton 250 juta kali di YouTube', 'id', [
      { surface: 'tiga', kind: 'count', value: 3, unit: 'kali' },
      { surface: '2021', kind: 'year' },
      { surface: '250 juta', kind: 'count', unit: 'kali' },
    ]);
    expectFigures('stabbed 17 times; streamed more than 1.2 billion times; 8.6 times as massive; 3 million 152mm shells', 'en', [
      { surface: '17', kind: 'count', unit: 'times' },
      { surface: '1.2 billion', kind: 'count', unit: 'times', qualifier: 'more_than' },
      { surface: '8.6 times', kind: 'other', value: 8.6 },
      { surface: '3 million', kind: 'count', unit: 'shells' },
      { surface: '152mm', kind: 'measure' },
    ]);
    expectFigures('sekitar seperdelapan belanja negara (Bank Dunia, 2023: 27); Eichengreen dkk. (2013: 12-14); hubungi 119 ekstensi 8; (BPS 2023: 5 provinsi)', 'id', [
      { surface: 'seperdelapan', kind: 'other', value: 0.125 },
      { surface: '2023', kind: 'year' },
      { surface: '2013', kind: 'year' },
      { surface: '2023', kind: 'year' },
      { surface: '5', unit: 'provinsi' },
    ]);
    expectFigures('jendela itu akan menutup sekitar 2035 hingga 2040; sekitar 1990 hingga 2000 orang', 'id', [
      { surface: '2035 hingga 2040', kind: 'year', value: 2035, valueMax: 2040, qualifier: 'approx' },
      { surface: '1990 hingga 2000', kind: 'count', unit: 'orang' },
    ]);
    expectFigures('a more than twentyfold rise; exports grew tenfold; a double room', 'en', [
      { surface: 'twentyfold', kind: 'other', value: 20, qualifier: 'more_than' },
      { surface: 'tenfold', kind: 'other', value: 10 },
    ]);
  });
  it('data boxes (data-id): list numbers, names after a bar or a bullet, a price per unit, BMKG\'s bulletin', () => {
    expectFigures('Hasil hitung cepat:\n1. Anies-Muhaimin: 25,25%\n2. Prabowo-Gibran: 58,45%\n10. Riau: 7,0 juta jiwa\n3 orang tewas', 'id', [
      { surface: '25,25%' },
      { surface: '58,45%' },
      { surface: '7,0 juta', unit: 'jiwa' },
      { surface: '3', unit: 'orang' },
    ]);
    expectFigures('PDI-P 110 kursi | Golkar 102 kursi • Gerindra 86 kursi; CPO | US$52/MT', 'id', [
      { surface: '110', unit: 'kursi' },
      { surface: '102', unit: 'kursi' },
      { surface: '86', unit: 'kursi' },
      { surface: 'US$52', kind: 'currency', value: 52 },
    ]);
    expectFigures('Info Gempa Mag:5.2, 12-Nov-24 08:14:55 WIB, Kedlmn:10 Km ::BMKG; Versi:5.2; 31-Feb-24', 'id', [
      { surface: '5.2', kind: 'measure', value: 5.2, unit: 'magnitudo' },
      { surface: '12-Nov-24', kind: 'date', value: 20241112 },
      { surface: '08:14:55 WIB', kind: 'time' },
      { surface: '10 Km', kind: 'measure', value: 10, unit: 'km' },
    ]);
  });
  it('health and science (sains-id): a blood pressure\'s two readings, rates and lab units, astronomy and computing units', () => {
    expectFigures('tekanan darah 140/90 mmHg atau lebih; di bawah 130/80 mmHg; skor 3/4; 0,1 mg/mL; 20 hingga 500 mikrometer', 'id', [
      { surface: '140', kind: 'measure', value: 140, unit: 'mmhg' },
      { surface: '90 mmHg', kind: 'measure', value: 90, unit: 'mmhg' },
      { surface: '130', kind: 'measure', qualifier: 'less_than' },
      { surface: '80 mmHg', kind: 'measure', value: 80 },
      { surface: '3/4' },
      { surface: '0,1 mg/mL', kind: 'measure', unit: 'mg/ml' },
      { surface: '20 hingga 500 mikrometer', kind: 'measure', value: 20, valueMax: 500 },
    ]);
    expectFigures('at 17 km/s, 0.02 AU away; a 20 petaflops machine; 2,600 nit screens; 10 septillion years', 'en', [
      { surface: '17 km/s', kind: 'measure', unit: 'km/s' },
      { surface: '0.02 AU', kind: 'measure', unit: 'au' },
      { surface: '20 petaflops', kind: 'measure' },
      { surface: '2,600 nit', kind: 'measure' },
      { surface: '10 septillion years', kind: 'duration', value: 1e25 },
    ]);
  });
  it('English copy about Indonesia (kabar-en): a year before a singular noun, dates within one month, a year cue before a count, working days, kilolitres, pesos', () => {
    expectFigures('weathered the 2008 global financial crisis; leave from April 8 to April 12, 2024; Rp 71 trillion in 2025 to 75,259 villages', 'en', [
      { surface: '2008', kind: 'year', value: 2008 },
      { surface: 'April 8 to April 12, 2024', kind: 'date', value: 20240408, valueMax: 20240412 },
      { surface: 'Rp 71 trillion', kind: 'currency', value: 71e12 },
      { surface: '2025', kind: 'year', value: 2025 },
      { surface: '75,259', kind: 'count', value: 75259, unit: 'villages' },
    ]);
    expectFigures('due in 45 working days; 29.5 million kl of fuel; damage of 5.6 billion pesos; a 5 gross tonnage boat; the 2023-24 school year', 'en', [
      { surface: '45 working days', kind: 'duration', value: 45, unit: 'days' },
      { surface: '29.5 million kl', kind: 'measure', value: 29.5e6, unit: 'kl' },
      { surface: '5.6 billion pesos', kind: 'currency', currency: 'PHP', value: 5.6e9 },
      { surface: '5 gross tonnage', kind: 'measure', unit: 'gross tonnage' },
      { surface: '2023-24', kind: 'year', value: 2023, valueMax: 2024 },
    ]);
    expectFigures('The JCI fell 1.68 percent, or 122.4 points; the war had lasted just over two years; over two years, prices rose', 'en', [
      { surface: '1.68 percent', kind: 'percent' },
      { surface: '122.4 points', kind: 'measure', unit: 'points' },
      { surface: 'two years', kind: 'duration', qualifier: 'more_than' },
      { surface: 'two years', kind: 'duration', qualifier: 'exact' },
    ]);
    expectFigures('CSIS put Russian casualties at roughly nine hundred and fifty thousand; two hundred and fifty people; three hundred and a few', 'en', [
      { surface: 'nine hundred and fifty thousand', value: 950000, qualifier: 'approx' },
      { surface: 'two hundred and fifty', value: 250, unit: 'people' },
      { surface: 'three hundred', value: 300 },
    ]);
    expectFigures('IHSG melemah 1,68 persen atau 122,4 poin', 'id', [
      { surface: '1,68 persen', kind: 'percent' },
      { surface: '122,4 poin', kind: 'measure', unit: 'poin' },
    ]);
  });
  it('sports copy: seasons as time, stoppage time, scores after a team, shirt numbers, an edition\'s year, a range of dates ending a sentence', () => {
    expectFigures('Ia dikontrak dua musim; gol menit ke-90+3; dikalahkan Bali United 1-2 di Stadion; menang agregat 3-2; pemain bernomor punggung 10; trofi edisi 2020.', 'id', [
      { surface: 'dua musim', kind: 'duration', value: 2, unit: 'musim' },
      { surface: 'ke-90+3', kind: 'ordinal', value: 93 },
      { surface: '2020', kind: 'year', value: 2020 },
    ]);
    expectFigures('Seri dibuka pada 28 Februari hingga 2 Maret. Arsenal beat Manchester City 3-1 on Sunday', 'id', [
      { surface: '28 Februari hingga 2 Maret', kind: 'date', value: 228, valueMax: 302 },
    ]);
    expectFigures('Arsenal beat Manchester City 3-1 on Sunday, before 60,000 fans; Jakarta 3-5 million', 'en', [
      { surface: '60,000', kind: 'count', unit: 'fans' },
      { surface: '3-5 million', kind: 'count', value: 3e6, valueMax: 5e6 },
    ]);
  });
  it('court and police copy: ages of initials and of two people, a deadline, an item of an article, service numbers', () => {
    expectFigures('Korban, F (16), koma; tersangka R (25) ditahan; Grup A (4) lolos; paling lambat satu bulan setelah putusan', 'id', [
      { surface: '16', kind: 'duration', value: 16 },
      { surface: '25', kind: 'duration', value: 25 },
      { surface: '4', kind: 'count' },
      { surface: 'satu bulan', kind: 'duration', qualifier: 'at_most' },
    ]);
    expectFigures('Pasal 55 ayat (1) ke-1 KUHP; juara ke-2; hubungi layanan darurat 110; menghubungi layanan pengaduan Dukcapil di 1500537.', 'id', [
      { surface: 'ke-2', kind: 'ordinal', value: 2 },
    ]);
    expectFigures('The suspects, aged 24 and 27, were held; students aged between 13 and 16; call 1500537 for 24 hours', 'en', [
      { surface: '24', kind: 'duration', value: 24 },
      { surface: '27', kind: 'duration', value: 27 },
      { surface: '13 and 16', kind: 'duration', value: 13, valueMax: 16 },
      { surface: '24 hours', kind: 'duration' },
    ]);
  });
  it('worship and health copy: a Hijri month of a year, a Buddhist-Era year, bare Fahrenheit, a range after "ranged from", verbs with -kan', () => {
    expectFigures('Puasa Ramadan 1446 H dan Rabiul Awal 1446 H; Waisak 2568 BE; polisi menghubungi 30 saksi; 213.320 dialokasikan.', 'id', [
      { surface: 'Ramadan 1446', kind: 'date', value: 14460900 },
      { surface: 'Rabiul Awal 1446', kind: 'date', value: 14460300 },
      { surface: '2568', kind: 'year', value: 2568 },
      { surface: '30', kind: 'count', unit: 'saksi' },
      { surface: '213.320', kind: 'count', value: 213320, unit: undefined },
    ]);
    expectFigures('Heat reached 111 Fahrenheit; cows ranged from 18 million to 30 million rupiah; rates rose from 3 to 5 percent.', 'en', [
      { surface: '111 Fahrenheit', kind: 'measure', value: 111 },
      { surface: '18 million to 30 million rupiah', kind: 'currency', value: 18e6, valueMax: 30e6 },
      { surface: '3', kind: 'count' },
      { surface: '5 percent', kind: 'percent' },
    ]);
  });
  it('politics copy: seats after a party name, a phone number after a label, a count after a label list, half after a qualifier', () => {
    expectFigures('Golkar 102 kursi, Partai Gerindra 86 kursi; hubungi nomor (021) 3190 5889 atau WhatsApp 0812 8800 1234; nomor 5 dan 30 orang; hampir setengah anggota dewan, lebih dari setengah juta warga.', 'id', [
      { surface: '102', kind: 'count', unit: 'kursi' },
      { surface: '86', kind: 'count', unit: 'kursi' },
      { surface: '30', kind: 'count', unit: 'orang' },
      { surface: 'setengah', kind: 'other', value: 0.5, qualifier: 'approx' },
      { surface: 'setengah juta', kind: 'count', value: 5e5, qualifier: 'more_than' },
    ]);
  });
  it('English copy of Asian outlets: pesos as a bare P, glued bil/mil/tr, pc, fiscal years, speeds and micrograms', () => {
    expectFigures('Rice sold for P42 a kilo; a P6.352-trillion budget; reserves of RM421bil and US$1.45mil, Rs2.55tr; inflation 11pc in FY25 and FY2025-26; winds of 62kmh; PM2.5 at 96.8 micrograms per cubic metre.', 'en', [
      { surface: 'P42', kind: 'currency', value: 42, currency: 'PHP' },
      { surface: 'P6.352-trillion', kind: 'currency', value: 6.352e12, currency: 'PHP' },
      { surface: 'RM421bil', kind: 'currency', value: 421e9, currency: 'MYR' },
      { surface: 'US$1.45mil', kind: 'currency', value: 1.45e6, currency: 'USD' },
      { surface: 'Rs2.55tr', kind: 'currency', value: 2.55e12 },
      { surface: '11pc', kind: 'percent', value: 11 },
      { surface: 'FY25', kind: 'year', value: 2025 },
      { surface: 'FY2025-26', kind: 'year', value: 2025, valueMax: 2026 },
      { surface: '62kmh', kind: 'measure', value: 62 },
      { surface: '96.8 micrograms per cubic metre', kind: 'measure', value: 96.8 },
    ]);
  });
  it('disaster copy: a quake time to the second, the maximum of a measure, a service number, coordinates in words', () => {
    expectFigures('Gempa pukul 14.21.35 WIB dengan amplitudo maksimum 22 mm; usia minimal 17 tahun; lapor melalui layanan 112.', 'id', [
      { surface: '14.21.35 WIB', kind: 'time', value: 1421 },
      { surface: '22 mm', kind: 'measure', qualifier: 'exact' },
      { surface: '17 tahun', kind: 'duration', qualifier: 'at_least' },
    ]);
    expectFigures('The epicentre was at 8.39 degrees south latitude and 116.48 degrees east longitude, 10 km deep; Hybe (352820.KS) rose; call 1900 23 23 89; Jalan Tun Sambanthan, 50470 Kuala Lumpur.', 'en', [
      { surface: '10 km', kind: 'measure', value: 10 },
    ]);
  });
  it('tables and timetables: a row number, a code opening a cell, a clock time with its leading zero', () => {
    expectFigures('Penduduk terbanyak\n1 | Jawa Barat | 50,3 juta | 17,9%\nGA 402 | Denpasar | 06.30\nKA 1002 berangkat, Imsak 04.30', 'id', [
      { surface: '50,3 juta', kind: 'count', value: 50.3e6 },
      { surface: '17,9%', kind: 'percent' },
      { surface: '06.30', kind: 'time', value: 630 },
      { surface: '04.30', kind: 'time', value: 430 },
    ]);
    expectFigures('Unemployment edged up to 4.2%; Brazil spent R$31.3 billion and China Rmb280bn; plates 123 XYZ.', 'en', [
      { surface: '4.2%', kind: 'percent', qualifier: 'exact' },
      { surface: 'R$31.3 billion', kind: 'currency', currency: 'BRL' },
      { surface: 'Rmb280bn', kind: 'currency', value: 280e9, currency: 'CNY' },
    ]);
  });
  it('specifications: memory and storage, litres glued, a list of dimensions, hyphenated power and energy units', () => {
    expectFigures('RAM 8/256 GB, mesin 1.5L, baterai 10 Ah, layar 2.400 x 1.080 piksel, dimensi 3.800 x 1.680 x 1.485 mm.', 'id', [
      { surface: '8', kind: 'measure', value: 8, unit: 'gb' },
      { surface: '256 GB', kind: 'measure', value: 256, unit: 'gb' },
      { surface: '1.5L', kind: 'measure', value: 1.5 },
      { surface: '10 Ah', kind: 'measure', value: 10 },
      { surface: '2.400', kind: 'measure', unit: 'piksel' },
      { surface: '1.080 piksel', kind: 'measure', unit: 'piksel' },
      { surface: '3.800', kind: 'measure', unit: 'mm' },
      { surface: '1.680', kind: 'measure', unit: 'mm' },
      { surface: '1.485 mm', kind: 'measure', unit: 'mm' },
    ]);
    expectFigures('It supports 350-kW charging of its 77.4-kWh battery and makes 480 horsepower; a 4x4 version follows.', 'en', [
      { surface: '350-kW', kind: 'measure', value: 350 },
      { surface: '77.4-kWh', kind: 'measure', value: 77.4 },
      { surface: '480 horsepower', kind: 'measure', value: 480 },
    ]);
  });
  it('sports copy: a race distance in metres, a gap under a second, a rank before "baginya"', () => {
    expectFigures('Lyles won the 100m title and Titmus the 400m freestyle; over 3m people watched.', 'en', [
      { surface: '100m', kind: 'measure', value: 100, unit: 'm' },
      { surface: '400m', kind: 'measure', value: 400, unit: 'm' },
      { surface: '3m', kind: 'count', value: 3e6, unit: 'people' },
    ]);
    expectFigures('Verstappen unggul +0.023 detik; ini gelar ketiga baginya; ketiga anaknya hadir.', 'id', [
      { surface: '0.023 detik', kind: 'duration', value: 0.023 },
      { surface: 'ketiga', kind: 'ordinal', value: 3 },
      { surface: 'ketiga', kind: 'count', value: 3, unit: 'anak' },
    ]);
  });
  it('travel copy: heights above sea level, percentage points, gross tons; "kisaran" before a number and before a range; a starting price', () => {
    expectFigures('Puncak setinggi 3.726 mdpl; TPK naik 1,74 poin persen; kapal pesiar 28.258 gros ton.', 'id', [
      { surface: '3.726 mdpl', kind: 'measure', value: 3726 },
      { surface: '1,74 poin persen', kind: 'percent', value: 1.74 },
      { surface: '28.258 gros ton', kind: 'measure', value: 28258 },
    ]);
    expectFigures('Rupiah di kisaran Rp 10.600, inflasi di kisaran 3-4 persen, paket dimulai dari Rp 85 juta.', 'id', [
      { surface: 'Rp 10.600', qualifier: 'approx' },
      { surface: '3-4 persen', value: 3, valueMax: 4, qualifier: 'exact' },
      { surface: 'Rp 85 juta', qualifier: 'at_least' },
    ]);
  });
  it('sports and entertainment: race distances after "men\'s"/"women\'s" or before a champion or a time, yards, a series\' score, a price range, kit numbers, quoted titles', () => {
    expectFigures("Kipyegon won the women's 1,500m; her 800m time; the Olympic 1500m champion; 312 yards and a 51-yard field goal; 3m viewers.", 'en', [
      { surface: '1,500m', kind: 'measure', value: 1500, unit: 'm' },
      { surface: '800m', kind: 'measure', value: 800 },
      { surface: '1500m', kind: 'measure', value: 1500 },
      { surface: '312 yards', kind: 'measure', value: 312 },
      { surface: '51-yard', kind: 'measure', value: 51 },
      { surface: '3m', kind: 'count', value: 3e6 },
    ]);
    expectFigures('The Knicks won 118-109 to level the series at 2-2; a series tied 2-2. Tickets priced from S$68 to S$348; prices rose from $68 to $348.', 'en', [
      { surface: 'S$68 to S$348', value: 68, valueMax: 348, currency: 'SGD' },
      { surface: '$68' },
      { surface: '$348' },
    ]);
    expectFigures("Saka scored two second-half goals. The Bulls retire Rose's No. 1 jersey; the Russian, who wears No. 8; Swift's No. 1 album. Mendes' “1917”, “Apollo 13” and “Moana 2” drew $225 million; he said “we lost 20”.", 'en', [
      { surface: 'two', kind: 'count', unit: 'goals' },
      { surface: '1', kind: 'ordinal' },
      { surface: '$225 million' },
      { surface: '20' },
    ]);
    // (Ranks before "-seeded", "-placed", "-ranked"; a chart entry "debut at No. 1".)
    expectFigures('Third-seeded Marchetti beat the second-placed side; the group will debut at No. 1 on the chart.', 'en', [
      { surface: 'Third', kind: 'ordinal', value: 3 },
      { surface: 'second', kind: 'ordinal', value: 2 },
      { surface: '1', kind: 'ordinal', value: 1 },
    ]);
  });
  it('sea copy: coordinates in degrees and minutes are no figures; horsepower in PK, TEUs; a flag\'s vessels after its name; "separuhnya" a share', () => {
    expectFigures('Ditangkap pada posisi 05°12\' LU - 107°35\' BT bersama 21 ABK, lalu di 06°10\'25" LS. Vietnam 312 kapal, disusul Filipina 91 kapal. Mesin 15 PK; arus 7,8 juta TEUs; lebih dari separuhnya wisman.', 'id', [
      { surface: '21', kind: 'count' },
      { surface: '312', kind: 'count', unit: 'kapal' },
      { surface: '91', kind: 'count', unit: 'kapal' },
      { surface: '15 PK', kind: 'measure', value: 15 },
      { surface: '7,8 juta TEUs', kind: 'measure', value: 7.8e6 },
      { surface: 'separuhnya', kind: 'other', value: 0.5, qualifier: 'more_than' },
    ]);
  });
  it('court copy: an emergency line called, an ordinance\'s chapter, "a third" ending a clause, a hyphenated speed', () => {
    expectFigures('Officers arrived within three minutes of the first 911 call; she had dialled 999. It breaches the Dangerous Drugs Ordinance (Cap. 134). Fraud made 3.2 million of them, or about a third. He drove at 65-mph; it was the third.', 'en', [
      { surface: 'three minutes', kind: 'duration' },
      { surface: 'first', kind: 'ordinal' },
      { surface: '3.2 million', kind: 'count' },
      { surface: 'a third', kind: 'other', qualifier: 'approx' },
      { surface: '65-mph', kind: 'measure', value: 65 },
      { surface: 'third', kind: 'ordinal' },
    ]);
  });
  it('science and city copy: astronomical units, speeds per second, reais and rand; a phase\'s or a toll road section\'s number; a freephone line', () => {
    expectFigures('It passed 0.0018 astronomical units away at 58 kilometres per second. A phase three trial cost 1.2 billion reais and 500 rand; call Samaritans on freephone 116 123.', 'en', [
      { surface: '0.0018 astronomical units', kind: 'measure', value: 0.0018 },
      { surface: '58 kilometres per second', kind: 'measure', value: 58 },
      { surface: '1.2 billion reais', kind: 'currency', currency: 'BRL', value: 1.2e9 },
      { surface: '500 rand', kind: 'currency', currency: 'ZAR' },
    ]);
    expectFigures('Jalan Tol Semarang-Demak seksi 2 sepanjang 16,01 kilometer, sedangkan seksi 1 rampung 2027.', 'id', [
      { surface: '16,01 kilometer', kind: 'measure' },
      { surface: '2027', kind: 'year' },
    ]);
  });
  it('aviation and telecoms copy: aircraft models, Mach numbers, teu and dwt, a list of terminals; kbps, milliseconds, petabytes, MVA; phone menu codes and an orbit slot are no figures', () => {
    expectFigures('Boeing delivered 38 of its 737 MAX jets and 150 orders for 787 Dreamliners; it flew at Mach 2; a 24,346 teu ship of 300,000 dwt, larger than Terminals 1, 2 and 3 combined; latency fell to 20 milliseconds.', 'en', [
      { surface: '38', kind: 'count' },
      { surface: '150', kind: 'count', unit: 'orders' },
      { surface: '2', kind: 'measure', unit: 'mach' },
      { surface: '24,346 teu', kind: 'measure' },
      { surface: '300,000 dwt', kind: 'measure' },
      { surface: '20 milliseconds', kind: 'duration' },
    ]);
    expectFigures('Kecepatan 384 kbps, latensi 50 milidetik, 40 petabyte, gardu 100 MVA; cek lewat *123# dan *888#; slot orbit 113 derajat Bujur Timur.', 'id', [
      { surface: '384 kbps', kind: 'measure' },
      { surface: '50 milidetik', kind: 'duration' },
      { surface: '40 petabyte', kind: 'measure' },
      { surface: '100 MVA', kind: 'measure' },
    ]);
  });
  it('English copy of Indonesia: a quoted "persen", four-fifths, a hyphenated threefold, kilocalories', () => {
    expectFigures('Inflation reached 3 persen, then "9,7 persen"; four-fifths of members agreed; prices rose three-fold; meals of 600 to 700 kilocalories.', 'en', [
      { surface: '3 persen', kind: 'percent', value: 3 },
      { surface: '9,7 persen', kind: 'percent', value: 9.7 },
      { surface: 'four-fifths', kind: 'other', value: 0.8 },
      { surface: 'three-fold', kind: 'other', value: 3 },
      { surface: '600 to 700 kilocalories', kind: 'measure', value: 600, valueMax: 700 },
    ]);
  });
  it('defence copy: a squadron\'s or a battalion\'s number is a label; feet in Indonesian ("50.000 kaki")', () => {
    expectFigures('Skadron Udara 31 dan Yonif 300 berlatih; pesawat terbang di ketinggian 50.000 kaki membawa peti kemas 40 kaki.', 'id', [
      { surface: '50.000 kaki', kind: 'measure', value: 50000 },
      { surface: '40 kaki', kind: 'measure', value: 40 },
    ]);
  });
  it('humanitarian copy: a country\'s pounds and birr, "under the age of five", end- and mid- years, a 2024/25 year, magnitudes, metres before feet', () => {
    expectFigures('A sack costs 120,000 Sudanese pounds, up from 28,000; the birr fell to 74.7 birr; 2.4 million children under the age of five; people over the age of 65; debt of 132% at end-2023 may fall by mid-2025; growth in the 2024/25 fiscal year.', 'en', [
      { surface: '120,000 Sudanese pounds', kind: 'currency', currency: 'SDG' },
      { surface: '28,000' },
      { surface: '74.7 birr', kind: 'currency', currency: 'ETB' },
      { surface: '2.4 million' },
      { surface: 'five', kind: 'duration', qualifier: 'less_than' },
      { surface: '65', kind: 'duration', qualifier: 'more_than' },
      { surface: '132%' },
      { surface: '2023', kind: 'year', qualifier: 'exact' },
      { surface: '2025', kind: 'year', qualifier: 'approx' },
      { surface: '2024/25', kind: 'year', value: 2024, valueMax: 2025 },
    ]);
    expectFigures('After the magnitude-6.8 earthquake and quakes of magnitude 7.8 and 7.5, a wall of water up to 7m (23ft) high; a 28-percent increase; 383 killed worldwide; ridership topping 1 million; Indonesia\'s first high-speed railway; tripled, three times as many.', 'en', [
      { surface: '6.8', kind: 'measure', unit: 'magnitude' },
      { surface: '7.8', kind: 'measure', unit: 'magnitude' },
      { surface: '7.5', kind: 'measure', unit: 'magnitude' },
      { surface: '7m', kind: 'measure', value: 7, unit: 'm', qualifier: 'at_most' },
      { surface: '23ft' },
      { surface: '28-percent', kind: 'percent', value: 28 },
      { surface: '383', kind: 'count', unit: undefined },
      { surface: '1 million', qualifier: 'more_than' },
      { surface: 'first', kind: 'ordinal' },
      { surface: 'three times', kind: 'other', unit: undefined },
    ]);
  });
  it('public works copy: a terminal\'s capacity in millions, package and house-type numbers (not a package of days), a Hijri year with its Common Era year', () => {
    expectFigures('Bandara berkapasitas terminal 5,6 juta penumpang; Tol Probowangi paket 1 sepanjang 24,1 km; unit bertipe 36; libur Idul Fitri 1446 H/2025 mencapai 146 juta orang; gempa bermagnitudo 5,6 dan 4,9 mengguncang; untuk paket 10-14 hari; UU No. 11 Tahun 2008.', 'id', [
      { surface: '5,6 juta', kind: 'count', unit: 'penumpang' },
      { surface: '24,1 km', kind: 'measure' },
      { surface: '1446', kind: 'year' },
      { surface: '2025', kind: 'year' },
      { surface: '146 juta', kind: 'count' },
      { surface: '5,6', kind: 'measure', unit: 'magnitudo' },
      { surface: '4,9', kind: 'measure', unit: 'magnitudo' },
      { surface: '10-14 hari', kind: 'duration' },
      { surface: '2008', kind: 'year' },
    ]);
  });
  it('a part of a whole counts what the whole does ("263 of its employees", "151 of the 500 House seats"); the year of plural events', () => {
    expectFigures("263 of its employees were killed; the party won 151 of the 500 House seats; About 17 million of Sudan's 19 million school-age children; after the 2024 elections and The 2022 floods; 2 of the best; about 2000 strikes.", 'en', [
      { surface: '263', unit: 'employees' },
      { surface: '151', unit: 'seats' },
      { surface: '500', unit: 'seats' },
      { surface: '17 million', unit: 'children', qualifier: 'approx' },
      { surface: '19 million', unit: 'children' },
      { surface: '2024', kind: 'year' },
      { surface: '2022', kind: 'year' },
      { surface: '2', kind: 'count', unit: undefined },
      { surface: '2000', kind: 'count', unit: 'strikes' },
    ]);
  });
  it('local news: later ages of a list, spelled counts joined to their noun, age bounds after the number, a motion\'s tally, a house number on a route, gigalitres, a country\'s dollars', () => {
    expectFigures('Three men, aged 19, 20 and 24, were held; a fire in a seven-storey building; Rents for a two-bedroom flat; children 12 and under get in free; The motion passed 31-19; he left the Target at 2500 Route 59; storage fell by 85 gigalitres; paid 30,000 Taiwan dollars; a two-way street.', 'en', [
      { surface: 'Three', unit: 'men' },
      { surface: '19', kind: 'duration' },
      { surface: '20', kind: 'duration' },
      { surface: '24', kind: 'duration' },
      { surface: 'seven', kind: 'count', unit: 'storey' },
      { surface: 'two', kind: 'count', unit: 'bedroom' },
      { surface: '12', unit: undefined, qualifier: 'at_most' },
      { surface: '31', kind: 'count' },
      { surface: '19', kind: 'count' },
      { surface: '85 gigalitres', kind: 'measure' },
      { surface: '30,000 Taiwan dollars', currency: 'TWD' },
    ]);
    expectFigures('Pekerja dengan masa kerja 12 bulan atau lebih digaji 28.590 dolar Taiwan.', 'id', [
      { surface: '12 bulan', qualifier: 'at_least' },
      { surface: '28.590 dolar Taiwan', currency: 'TWD' },
    ]);
  });
  it('local news: a school year after a count, "longer than", seasons of a year, weekdays and "overnight" are no nouns, a priority code', () => {
    expectFigures('it will take 380 Year 9 students; patients waited longer than eight hours; trees planted over three winters; The council voted 6-3 Wednesday night; wind chill near minus 45 overnight; 52 per cent of Priority 2 cases.', 'en', [
      { surface: '380', kind: 'count' },
      { surface: 'eight hours', kind: 'duration', qualifier: 'more_than' },
      { surface: 'three winters', kind: 'duration' },
      { surface: '6', unit: undefined },
      { surface: '3', unit: undefined },
      { surface: 'minus 45', unit: undefined },
      { surface: '52 per cent' },
    ]);
  });
  it('South Asian English: crore as "cr", kmph, Nepal time, spelled counts of phases and judges, label ranges, "number" as a verb, a train\'s code, dotted dates', () => {
    expectFigures('It costs ₹1.5 cr; winds of 70-80 kmph at 1:30pm NST; the seven-phase polls and a five-judge Bench; roll number 240011 to 240053 and Form 17C; By the numbers: 218 votes; No. 2024 CR 01877; First-time voters number 21,89,000; the Kanchanjunga Express (13174) on 18.05.2025.', 'en', [
      { surface: '₹1.5 cr', value: 15000000, currency: 'INR' },
      { surface: '70-80 kmph', kind: 'measure' },
      { surface: '1:30pm NST', kind: 'time', value: 1330 },
      { surface: 'seven', unit: 'phase' },
      { surface: 'five', unit: 'judge' },
      { surface: '218', unit: 'votes' },
      { surface: '21,89,000', value: 2189000 },
      { surface: '18.05.2025', kind: 'date', value: 20250518 },
    ]);
  });
  it('weather bulletins: a range of degrees with the unit on both ends, rain in mm a day, dasarian, an index\'s plus sign', () => {
    expectFigures('Suhu 25°C-30°C, hujan 100-150 mm/hari, kemarau 3-15 dasarian, indeks ONI +1,2, terpaut +3,467 detik.', 'id', [
      { surface: '25°C-30°C', kind: 'measure', value: 25, valueMax: 30 },
      { surface: '100-150 mm/hari', kind: 'measure', unit: 'mm/hari' },
      { surface: '3-15 dasarian', kind: 'duration' },
      { surface: '+1,2', value: 1.2 },
      { surface: '3,467 detik', kind: 'duration' },
    ]);
  });
  it('Gulf and Arab copy: dirhams, riyals, dinars and Egyptian pounds by their signs (some only glued), Hijri months as spelled in English', () => {
    expectFigures("Petrol costs Dh2.69 a litre; the budget is SR1.285 trillion; a ticket is QR100 on flight QR 1; EGP 17.25 and LE 2; KD24.5 billion and RO620 million; on 29 Sha'ban 1446 and 9 Dhul Hijjah 1445.", 'en', [
      { surface: 'Dh2.69', currency: 'AED', value: 2.69 },
      { surface: 'SR1.285 trillion', currency: 'SAR', value: 1285000000000 },
      { surface: 'QR100', currency: 'QAR' },
      { surface: 'EGP 17.25', currency: 'EGP' },
      { surface: 'LE 2', currency: 'EGP' },
      { surface: 'KD24.5 billion', currency: 'KWD' },
      { surface: 'RO620 million', currency: 'OMR' },
      { surface: "29 Sha'ban 1446", kind: 'date', value: 14460829 },
      { surface: '9 Dhul Hijjah 1445', kind: 'date', value: 14451209 },
    ]);
  });
  it('trade copy: tariff headings are codes ("HS 84 dan HS 87"), initials before an age are not, kcal/kg, wet metric tons', () => {
    expectFigures('Tersangka berinisial HS (52) ditahan; impor mesin (HS 84 dan HS 87) dan bijih nikel (HS 2604) naik; batu bara 6.322 kcal/kg.', 'id', [
      { surface: '52', kind: 'duration' },
      { surface: '6.322 kcal/kg', kind: 'measure', unit: 'kcal/kg' },
    ]);
    expectFigures('some 200 million wet metric tons of ore', 'en', [{ surface: '200 million wet metric tons', kind: 'measure' }]);
  });
  it('African copy: shillings, naira and rand by their signs (a bare N or R only before an amount), cedis; roads and masks stay names', () => {
    expectFigures('Fuel costs Sh176.58 a litre; TSh 2,500 and USh 5,000; N1,500 and R13.5-billion; GH₵12.50; a N54.99tn budget; the N1 highway, N95 masks and road R2.', 'en', [
      { surface: 'Sh176.58', currency: 'KES' },
      { surface: 'TSh 2,500', currency: 'TZS' },
      { surface: 'USh 5,000', currency: 'UGX' },
      { surface: 'N1,500', currency: 'NGN' },
      { surface: 'R13.5-billion', currency: 'ZAR', value: 13500000000 },
      { surface: 'GH₵12.50', currency: 'GHS' },
      { surface: 'N54.99tn', currency: 'NGN', value: 54990000000000 },
    ]);
  });
  it('technology copy: powers of ten, rates in GB/s and Wh/kg, joules and volts, hyphenated nm and bit, versions after software names', () => {
    expectFigures('It lies 3.1 × 10^19 kilometres away and tries 10^12 guesses; 1,280GB/s of bandwidth, 205 Wh/kg cells, 2.2 megajoules at 1,000 volts; a 2-nm process and a 512-bit bus; upgrade to Python 3.12 or Linux 6.13; a PHP 1.2 billion budget.', 'en', [
      { surface: '3.1 × 10^19 kilometres', kind: 'measure', value: 3.1e19 },
      { surface: '10^12', value: 1e12, unit: 'guesses' },
      { surface: '1,280GB/s', kind: 'measure', unit: 'gb/s' },
      { surface: '205 Wh/kg', kind: 'measure' },
      { surface: '2.2 megajoules', kind: 'measure' },
      { surface: '1,000 volts', kind: 'measure' },
      { surface: '2-nm', kind: 'measure', unit: 'nm' },
      { surface: '512-bit', kind: 'measure', unit: 'bit' },
      { surface: 'PHP 1.2 billion', currency: 'PHP' },
    ]);
  });
  it('money without its sign: an exchange rate in the currency named before it, Indonesian prices in rupiah; counts stay counts', () => {
    expectFigures('The rupiah was at 16,310 per dollar, the Korean won closed at 1,450.5 against the dollar and USD/JPY at 151.80, while EUR/USD slipped to 1.0712.', 'en', [
      { surface: '16,310', kind: 'currency', currency: 'IDR' },
      { surface: '1,450.5', kind: 'currency', currency: 'KRW' },
      { surface: '151.80', kind: 'currency', currency: 'JPY' },
      { surface: '1.0712', kind: 'currency', currency: 'USD' },
    ]);
    expectFigures('Harga cabai tembus 80rb/kg. Gaji 1,8jt sebulan. Gabah dihargai 6.500/kg. Omzetnya 3-4 jt/hari. Beli air 5rb per 20 liter. Ditonton 4,5 jt kali oleh 10rb akun; total 1.107 perjalanan per hari; kerugian personel Rusia 991.820; akun uang elektronik mencapai 1,2 miliar; IHSG di level 7.324,21.', 'id', [
      { surface: '80rb', kind: 'currency', currency: 'IDR' },
      { surface: '1,8jt', kind: 'currency', currency: 'IDR' },
      { surface: '6.500', kind: 'currency', currency: 'IDR' },
      { surface: '3-4 jt', kind: 'currency', currency: 'IDR' },
      { surface: '5rb', kind: 'currency', currency: 'IDR' },
      { surface: '20 liter', kind: 'measure' },
      { surface: '4,5 jt', kind: 'count', unit: 'kali' },
      { surface: '10rb', kind: 'count', unit: 'akun' },
      { surface: '1.107', kind: 'count' },
      { surface: '991.820', kind: 'count' },
      { surface: '1,2 miliar', kind: 'count' },
      { surface: '7.324,21', kind: 'measure' },
    ]);
  });
  it('markets copy: a change then a level is no range, valuation multiples, cents of other dollars and as an adjective, kroner; doses in IU, lenses in dioptri', () => {
    expectFigures('WTI slid $1.05 to $57.80; sales fell 2 to 3 percent; it trades at 33 times forward earnings; a 31-cent loss; a dividend of 10 Singapore cents; 31.9 billion Danish kroner.', 'en', [
      { surface: '$1.05', value: 1.05 },
      { surface: '$57.80', value: 57.8 },
      { surface: '2 to 3 percent', value: 2, valueMax: 3 },
      { surface: '33 times', kind: 'other', value: 33 },
      { surface: '31-cent', kind: 'currency', currency: 'USD', value: 0.31 },
      { surface: '10 Singapore cents', kind: 'currency', currency: 'SGD', value: 0.1 },
      { surface: '31.9 billion Danish kroner', kind: 'currency', currency: 'DKK' },
    ]);
    expectFigures('Balita diberi vitamin A 100.000 IU, dan matanya minus 3 dioptri.', 'id', [
      { surface: '100.000 IU', kind: 'measure', unit: 'iu' },
      { surface: 'minus 3 dioptri', kind: 'measure', value: -3 },
    ]);
  });
  it('ratios are shares when a sentence calls them ratios or they run to thousands; a clock time and a score are not; the S&P/ASX 200 is a name', () => {
    expectFigures('Rasio guru dan murid jenjang SD secara nasional sudah 1:16, lebih baik dari batas ideal 1:32. Standar WHO 1:1.000. Skor akhir 2:1. Pukul 1:30 dini hari.', 'id', [
      { surface: '1:16', kind: 'other', value: 1 / 16 },
      { surface: '1:32', kind: 'other', value: 1 / 32 },
      { surface: '1:1.000', kind: 'other', value: 0.001 },
      { surface: '1:30 dini hari', kind: 'time', value: 130 },
    ]);
    expectFigures('a 3:1 ratio; a map at a scale of 1:250,000; at 1:16 p.m.; the S&P/ASX 200 index rose 0.3%.', 'en', [
      { surface: '3:1', kind: 'other', value: 3 },
      { surface: '1:250,000', kind: 'other', value: 1 / 250000 },
      { surface: '1:16 p.m.', kind: 'time', value: 1316 },
      { surface: '0.3%' },
    ]);
  });
  it('"-an" after any number ending in zero or a scaled amount: the step of its last digit written', () => {
    expectFigures('ada 120-an warga, harga cash cuma 22jt-an, emas US$2.660-an, 93.000-an kasus, 125-an orang', 'id', [
      { surface: '120-an', value: 120, valueMax: 129, qualifier: 'approx' },
      { surface: '22jt-an', value: 22e6, valueMax: 22999999, currency: 'IDR' },
      { surface: 'US$2.660-an', value: 2660, valueMax: 2669 },
      { surface: '93.000-an', value: 93000, valueMax: 93999 },
      { surface: '125', value: 125, qualifier: 'approx' },
    ]);
  });
  it('property listings: rooms as KT/KM/BR, sqm, RT/RW labels, a decree numbered with slashes, a multiple of an instalment', () => {
    expectFigures('Diatur dalam Keputusan Menteri PUPR Nomor 689/KPTS/M/2023. Rumah LB 180 sqm, 3KT 2KM, di RT 03/RW 11; rumah lain 2 KT, 1 KM, 5 KM dari tol; dana cadangan setara 6 kali cicilan.', 'id', [
      { surface: '2023', kind: 'year' },
      { surface: '180 sqm', kind: 'measure', unit: 'sqm' },
      { surface: '3', kind: 'count', unit: 'kt' },
      { surface: '2', kind: 'count', unit: 'km' },
      { surface: '2', kind: 'count', unit: 'kt' },
      { surface: '1', kind: 'count', unit: 'km' },
      { surface: '5 KM', kind: 'measure', unit: 'km' },
      { surface: '6 kali', kind: 'other' },
    ]);
  });
  it('sports copy: an ordinal suffix must fit its number, a 3-point range names a shot, wind in metres per second', () => {
    expectFigures('He weighed 16st on the 21st; she shot 38.5% from 3-point range into a wind of 0.3 metres per second.', 'en', [
      { surface: '21st', kind: 'ordinal', value: 21 },
      { surface: '38.5%' },
      { surface: '0.3 metres per second', kind: 'measure' },
    ]);
  });
  it('informal clock ranges after "jam": bare hours, each with its part of the day, "subuh" and "malem"; a span of days is no hour', () => {
    expectFigures('Narik dari jam 5 subuh sampe jam 11 malem; kerja jam 8-17; antre jam 6-10 pagi; rapat jam 9 hingga 12 siang; jam 7 hingga 9 hari.', 'id', [
      { surface: '5 subuh sampe jam 11 malem', kind: 'time', value: 500, valueMax: 2300 },
      { surface: '8-17', kind: 'time', value: 800, valueMax: 1700 },
      { surface: '6-10 pagi', kind: 'time', value: 600, valueMax: 1000 },
      { surface: '9 hingga 12 siang', kind: 'time', value: 900, valueMax: 1200 },
      { surface: '7', kind: 'time', value: 700 },
      { surface: '9 hari', kind: 'duration' },
    ]);
  });
  it('bank and health copy: a period\'s year after its Roman numeral and slash, a regulator\'s decree, shares after "more than", crowns, mmol/mol, a category is a label', () => {
    expectFigures('Laba sepanjang semester I/2024 naik; POJK Nomor 12/POJK.03/2021 tentang Bank Umum.', 'id', [
      { surface: '2024', kind: 'year' },
      { surface: '2021', kind: 'year' },
    ]);
    expectFigures('More than nine in 10 survive; HbA1c of 48 mmol/mol; 58.2 billion Danish crowns; category 2 calls took 32 minutes.', 'en', [
      { surface: 'nine in 10', kind: 'other', value: 0.9, qualifier: 'more_than' },
      { surface: '48 mmol/mol', kind: 'measure' },
      { surface: '58.2 billion Danish crowns', currency: 'DKK' },
      { surface: '32 minutes', kind: 'duration' },
    ]);
  });
  it('"3x lipat": the informal multiplier keeps its "lipat"', () => {
    expectFigures('biasanya 3x lipat itu, naik 3,5x lipat', 'id', [
      { surface: '3x lipat', kind: 'other', value: 3 },
      { surface: '3,5x lipat', kind: 'other', value: 3.5 },
    ]);
  });
  it('climate copy: emissions in Gt and MtCO2e, square km, a 1.5-degree limit; "net zero" is a target\'s name', () => {
    expectFigures('a 1.5-degree limit; 8,174 square km burned; 130 GtCO2, 53 GtCO2e and 0.89 Gt; 87 MtCO2e; net zero emissions by 2060 and net-zero targets.', 'en', [
      { surface: '1.5-degree', kind: 'measure', unit: 'degree' },
      { surface: '8,174 square km', kind: 'measure' },
      { surface: '130 GtCO2', kind: 'measure', unit: 'gtco2' },
      { surface: '53 GtCO2e', kind: 'measure' },
      { surface: '0.89 Gt', kind: 'measure' },
      { surface: '87 MtCO2e', kind: 'measure' },
      { surface: '2060', kind: 'year' },
    ]);
  });
  it('an age group in the plural is one span, as the singular is: "five-year-olds"', () => {
    expectFigures('vaccines for five-year-olds and 40-year-olds; a 22-year-old man', 'en', [
      { surface: 'five-year-olds', kind: 'duration', value: 5 },
      { surface: '40-year-olds', kind: 'duration', value: 40 },
      { surface: '22-year-old', kind: 'duration', value: 22 },
    ]);
  });
  it('migrant workers\' wages in Brunei dollars, Qatari riyals and dirhams; km/hr', () => {
    expectFigures('gaji BND 350 atau 250 dolar Brunei; 2.500-4.000 dirham; 1.800 riyal Qatar; melaju 110km/hr', 'id', [
      { surface: 'BND 350', currency: 'BND' },
      { surface: '250 dolar Brunei', currency: 'BND' },
      { surface: '2.500-4.000 dirham', currency: 'AED', valueMax: 4000 },
      { surface: '1.800 riyal Qatar', currency: 'QAR' },
      { surface: '110km/hr', kind: 'measure' },
    ]);
  });
  it('a share "of every" or "in every" ("three of every 10", "1 dari setiap 4"), while "5 of 10 members" stays two counts', () => {
    expectFigures('three of every 10 voters, one in every five adults, and 5 of 10 members', 'en', [
      { surface: 'three of every 10', kind: 'other', value: 0.3 },
      { surface: 'one in every five', kind: 'other', value: 0.2 },
      { surface: '5', kind: 'count' },
      { surface: '10', kind: 'count' },
    ]);
    expectFigures('1 dari setiap 4 warga', 'id', [{ surface: '1 dari setiap 4', kind: 'other', value: 0.25 }]);
  });
  it('a fraction that can be nothing else is a share without "of" too; shares are written to three significant digits', () => {
    expectFigures('a two-thirds majority; well above the one-third threshold; about two-thirds were built; one in six adults; sworn in for a third term; the past three quarters', 'en', [
      { surface: 'two-thirds', kind: 'other', value: 0.667 },
      { surface: 'one-third', kind: 'other', value: 0.333 },
      { surface: 'two-thirds', kind: 'other', value: 0.667, qualifier: 'approx' },
      { surface: 'one in six', kind: 'other', value: 0.167 },
      { surface: 'third', kind: 'ordinal' },
      { surface: 'three quarters', kind: 'duration' },
    ]);
  });
  it('a seed or a draft pick numbered after "No." is a rank; a shirt or a case number is not', () => {
    expectFigures('beat the No. 14 seed; the No. 1 pick in the draft; he wears No. 8; Case No. 12 was heard', 'en', [
      { surface: '14', kind: 'ordinal', value: 14 },
      { surface: '1', kind: 'ordinal', value: 1 },
    ]);
  });
  it('a tier or a visa class numbered after its word is a label ("UKT golongan 1", "kelompok 1 dan 2", "subclass 500"); a count of tiers is not', () => {
    expectFigures('UKT golongan 1 sebesar Rp 500.000; kelompok 1 dan 2 bagi 20 persen; visa subclass 500; dalam 11 golongan; golongan 1.300 VA', 'id', [
      { surface: 'Rp 500.000' },
      { surface: '20 persen' },
      { surface: '11', unit: 'golongan' },
      { surface: '1.300 VA', kind: 'measure' },
    ]);
  });
  it('shipping copy: a ship\'s size in TEU as one hyphenated span, throughput in FFE', () => {
    expectFigures('a 6,500-TEU ship and 12.5 million FFE', 'en', [
      { surface: '6,500-TEU', kind: 'measure', unit: 'teu' },
      { surface: '12.5 million FFE', kind: 'measure', unit: 'ffe' },
    ]);
  });
  it('a hyphen left hanging before "to" or "or" joins a range with the unit of its second end ("12- to 28-nanometer")', () => {
    expectFigures('makes 12- to 28-nanometer chips; five- to seven-year loans; two- or three-bedroom flats; rose 3- 4 percent', 'en', [
      { surface: '12- to 28-nanometer', kind: 'measure', value: 12, valueMax: 28, unit: 'nanometer' },
      { surface: 'five- to seven-year', kind: 'duration', value: 5, valueMax: 7 },
      { surface: 'two- or three', kind: 'count', value: 2, valueMax: 3, unit: 'bedroom' },
      { surface: '3- 4 percent', kind: 'percent', value: 3, valueMax: 4 },
    ]);
  });
  it('a year after a cue and a bound is a year that keeps its bound ("until at least 2030"); four plain digits of a recent year before a noun in English copy are that year', () => {
    expectFigures('He will stay until at least 2030. Sejak setidaknya 2014 harga naik. The company said 2026 sales would rise; about 2000 people came', 'en', [
      { surface: '2030', kind: 'year', value: 2030, qualifier: 'at_least' },
      { surface: '2014', kind: 'year', value: 2014 },
      { surface: '2026', kind: 'year', value: 2026 },
      { surface: '2000', kind: 'count', unit: 'people', qualifier: 'approx' },
    ]);
  });
  it('index points to the hundredth are a measure ("naik dari 33,43 poin"); a team\'s whole points stay a count', () => {
    expectFigures('Indeks kualitas air naik dari 33,43 poin pada 2018 menjadi 60,58 poin. Persib meraih 3 poin.', 'id', [
      { surface: '33,43 poin', kind: 'measure', unit: 'poin' },
      { surface: '2018', kind: 'year' },
      { surface: '60,58 poin', kind: 'measure', unit: 'poin' },
      { surface: '3', kind: 'count', unit: 'poin' },
    ]);
  });
  it('"X kali baku mutu / batas aman" is a multiplier; "dipanggil tiga kali" counts how often', () => {
    expectFigures('Kadar COD lebih dari delapan kali baku mutu, atau tiga kali batas aman. Ia dipanggil dua kali oleh polisi.', 'id', [
      { surface: 'delapan kali', kind: 'other', value: 8, qualifier: 'more_than' },
      { surface: 'tiga kali', kind: 'other', value: 3 },
      { surface: 'dua', kind: 'count', unit: 'kali' },
    ]);
  });
  it('a prison term "paling singkat" is a lower bound; a decree with its letter and mixed-case codes gives only its year; a helpline\'s number is dialled', () => {
    expectFigures('pidana penjara paling singkat 3 tahun sesuai Permen LHK Nomor P.68/Menlhk/Setjen/Kum.1/8/2016', 'id', [
      { surface: '3 tahun', kind: 'duration', qualifier: 'at_least' },
      { surface: '2016', kind: 'year', value: 2016 },
    ]);
    expectFigures('Members of the public can call the ScamShield Helpline on 1799 or the hotline at 995.', 'en', []);
  });
  it('a concentration spelled out in Indonesian is one measure ("69 mikrogram per meter kubik")', () => {
    expectFigures('PM2.5 mencapai 69 mikrogram per meter kubik, atau 97,5 µg/m³', 'id', [
      { surface: '69 mikrogram per meter kubik', kind: 'measure', value: 69 },
      { surface: '97,5 µg/m³', kind: 'measure', value: 97.5 },
    ]);
  });
  it('English counted nouns past a model\'s name and code or a quoted modifier ("2,000 Nvidia H800 chips", \'204 "nationally significant" incidents\')', () => {
    expectFigures('trained on 2,000 Nvidia H800 chips; to ship 14 million PlayStation 5 units; handled 204 "nationally significant" incidents; 3 million 152 mm shells', 'en', [
      { surface: '2,000', unit: 'chips' },
      { surface: '14 million', unit: 'units' },
      { surface: '204', unit: 'incidents' },
      { surface: '3 million', unit: 'shells' },
      { surface: '152 mm', kind: 'measure' },
    ]);
  });
  it('a legal text\'s number restated in words in brackets is one figure with the unit after the bracket ("6 (enam) tahun")', () => {
    expectFigures('penjara paling singkat 6 (enam) tahun dan paling lama 20 (dua puluh) tahun serta denda Rp 1.000.000.000 (satu miliar rupiah) bagi 5 (lima) orang', 'id', [
      { surface: '6 (enam) tahun', kind: 'duration', value: 6, qualifier: 'at_least' },
      { surface: '20 (dua puluh) tahun', kind: 'duration', value: 20, qualifier: 'at_most' },
      { surface: 'Rp 1.000.000.000 (satu miliar rupiah)', kind: 'currency', value: 1e9 },
      { surface: '5 (lima)', kind: 'count', unit: 'orang' },
    ]);
  });
  it('a unit-like part of a case code after a label is no measure ("Nomor 275 PK/Pid.Sus/2025"); an engine\'s "275 PK" is', () => {
    expectFigures('Putusan PK Nomor 275 PK/Pid.Sus/2025 diketok. Mesinnya 275 PK.', 'id', [{ surface: '275 PK', kind: 'measure', unit: 'pk' }]);
  });
  it('rupees, dirhams and pesos take the currency of the country their sentence names; taka is money; a UK number with its (0) is dialled', () => {
    expectFigures('In Pakistan the government is paying 25,000 rupees to each family. Mexico announced a 61 billion peso plan. Morocco pledged 120 billion dirhams. India paid 5,000 rupees. Bangladesh set aside 50 million taka. Call +44 (0)20 7008 5000.', 'en', [
      { surface: '25,000 rupees', currency: 'PKR' },
      { surface: '61 billion peso', currency: 'MXN' },
      { surface: '120 billion dirhams', currency: 'MAD' },
      { surface: '5,000 rupees', currency: 'INR' },
      { surface: '50 million taka', currency: 'BDT' },
    ]);
  });
  it('"m" glued to a number among heights and depths is metres ("waves of up to 30m"); a magnitude before "quake" is a measure', () => {
    expectFigures('The river peaked at 15.5 metres, beating the record by almost 2m. Waves of up to 30m struck Aceh a week after a 6.4 quake. The deal is worth 30m, and 2m people left.', 'en', [
      { surface: '15.5 metres', kind: 'measure' },
      { surface: '2m', kind: 'measure', value: 2, unit: 'm', qualifier: 'approx' },
      { surface: '30m', kind: 'measure', value: 30, unit: 'm', qualifier: 'at_most' },
      { surface: '6.4', kind: 'measure', unit: 'magnitude' },
      { surface: '30m', kind: 'count', value: 30e6 },
      { surface: '2m', kind: 'count', value: 2e6, unit: 'people' },
    ]);
  });
  it('a spelled number with its scale in a title-case headline is a figure ("Korut Kirim Setengah Juta Roket"); a brand\'s spelled number is not', () => {
    expectFigures('Korut Kirim Setengah Juta Roket ke Rusia, Kata Menhan Korsel', 'id', [{ surface: 'Setengah Juta', value: 500000, unit: 'roket' }]);
    expectFigures('Korut Kirim Tiga Juta Peluru ke Rusia; Semen Tiga Roda Naik Lagi Hari Ini', 'id', [{ surface: 'Tiga Juta', value: 3e6, unit: 'peluru' }]);
  });
  it('farm yields per hectare with a slash are one unit ("58,7 ku/ha", "3,5-4 ton/ha"); an index level in points is a measure; Indonesian fractions are written to three digits', () => {
    expectFigures('Produktivitas 58,7 ku/ha dan 3,5-4 ton/ha. Indeks Harga Pangan FAO pada Maret tercatat 128,3 poin. Hampir sepertiga dan dua pertiga penggilingan tutup.', 'id', [
      { surface: '58,7 ku/ha', kind: 'measure', unit: 'ku/ha' },
      { surface: '3,5-4 ton/ha', kind: 'measure', value: 3.5, valueMax: 4, unit: 'ton/ha' },
      { surface: '128,3 poin', kind: 'measure', unit: 'poin' },
      { surface: 'sepertiga', kind: 'other', value: 0.333, qualifier: 'approx' },
      { surface: 'dua pertiga', kind: 'other', value: 0.667 },
    ]);
  });
  it('"sepanjang 2025" is a year; "paling mahal" bounds a price from above, "paling murah" from below', () => {
    expectFigures('Target 3 juta ton sepanjang 2025 sesuai Inpres; harga paling mahal Rp12,5 ribu dan paling murah Rp 11.000', 'id', [
      { surface: '3 juta ton', kind: 'measure' },
      { surface: '2025', kind: 'year' },
      { surface: 'Rp12,5 ribu', qualifier: 'at_most' },
      { surface: 'Rp 11.000', qualifier: 'at_least' },
    ]);
  });
  it('English ages: "by age 75", "people 65 and older", "aged 60 and over" are ages with their bounds; "100 missiles and over 200 guns" is no bound', () => {
    expectFigures('residents aged 60 and over; people 65 and older; one in 11 by age 75; immunised by age five; more than 100 missiles and over 200 guns', 'en', [
      { surface: '60', kind: 'duration', qualifier: 'at_least' },
      { surface: '65', kind: 'duration', qualifier: 'at_least' },
      { surface: 'one in 11', kind: 'other' },
      { surface: '75', kind: 'duration', qualifier: 'exact' },
      { surface: 'five', kind: 'duration' },
      { surface: '100', kind: 'count', qualifier: 'more_than' },
      { surface: '200', kind: 'count', qualifier: 'more_than' },
    ]);
  });
  it('a p-value is kind other and its sign after its letter bounds it ("P<0.001"); a hotline\'s number after a comma is dialled; "die" is no counted noun', () => {
    expectFigures('(P<0.001); call the ministry\'s hotline, 115. About 125,000 die from it.', 'en', [
      { surface: '0.001', kind: 'other', qualifier: 'less_than' },
      { surface: '125,000', unit: undefined, qualifier: 'approx' },
    ]);
  });
  it('the second of two people\'s initials takes its bracketed age whatever the letters spell ("AS (36) dan NR (31)"); "the 24-hour call center" is a duration, "its 188 call centre" a line', () => {
    expectFigures('pasangan suami istri, AS (36) dan NR (31), ditangkap', 'id', [
      { surface: '36', kind: 'duration' },
      { surface: '31', kind: 'duration' },
    ]);
    expectFigures('via the 24-hour call center or its 188 call centre', 'en', [{ surface: '24-hour', kind: 'duration', unit: 'hour' }]);
  });
  it('an age named before its value is an age ("the retirement age will rise from 63 to 64"); "the 2024-25 year" is a span of years; "401(k)" is no figure', () => {
    expectFigures('The retirement age will rise from 63 to 64, and the voting age is 17. The average age of 35 workers. Tuition for the 2024-25 year rose; it boosts the 401(k) match.', 'en', [
      { surface: '63', kind: 'duration' },
      { surface: '64', kind: 'duration' },
      { surface: '17', kind: 'duration' },
      { surface: '35', kind: 'count', unit: 'workers' },
      { surface: '2024-25', kind: 'year', value: 2024, valueMax: 2025 },
    ]);
  });
  it('an index\'s level after "level" is a measure without a unit ("ditutup ke level 7.215,43"); "level 3" of an alert is not', () => {
    expectFigures('IHSG ditutup menguat 58,31 poin ke level 7.215,43 pada perdagangan Selasa, di level 7.142,10 hingga 7.230,88. Siaga level 3 berlaku.', 'id', [
      { surface: '58,31 poin', kind: 'measure', unit: 'poin' },
      { surface: '7.215,43', kind: 'measure', value: 7215.43, unit: undefined },
      { surface: '7.142,10 hingga 7.230,88', kind: 'measure', value: 7142.1, valueMax: 7230.88 },
      { surface: '3', kind: 'count' },
    ]);
  });
  it('mining units (wet tonnes, metric tonnes, ore grades, troy ounces and pounds in Indonesian) and physics units (newtons, sigma) are measures', () => {
    expectFigures('produksi 140 juta wmt dan 2,2 juta metrik ton; cadangan 3,8 miliar pon tembaga dan 10 juta ons emas berkadar 0,47 g/t atau 1,8 gram per ton; atlet PON 2024', 'id', [
      { surface: '140 juta wmt', kind: 'measure', unit: 'wmt' },
      { surface: '2,2 juta metrik ton', kind: 'measure' },
      { surface: '3,8 miliar pon', kind: 'measure', unit: 'pon' },
      { surface: '10 juta ons', kind: 'measure', unit: 'ons' },
      { surface: '0,47 g/t', kind: 'measure', unit: 'g/t' },
      { surface: '1,8 gram per ton', kind: 'measure' },
      { surface: '2024', kind: 'year' },
    ]);
    expectFigures('a thrust of 250 millinewtons, a signal of three sigma', 'en', [
      { surface: '250 millinewtons', kind: 'measure' },
      { surface: 'three sigma', kind: 'measure', value: 3, unit: 'sigma' },
    ]);
  });
  it('commodity copy: Malaysian sen are hundredths of a ringgit, a singular "cent" a dollar\'s, CFA francs money, rai land; "the T+1 session" is no figure', () => {
    expectFigures('a final dividend of 40 sen; rubber edged up 1.50 sen to 781.00 sen per kg; sugar settled down 0.32 cent; 2,800 CFA francs per kg; 300,000 rai of paddy; the T+1 session', 'en', [
      { surface: '40 sen', kind: 'currency', value: 0.4, currency: 'MYR' },
      { surface: '1.50 sen', kind: 'currency', value: 0.015, currency: 'MYR' },
      { surface: '781.00 sen', kind: 'currency', value: 7.81, currency: 'MYR' },
      { surface: '0.32 cent', kind: 'currency', value: 0.0032, currency: 'USD' },
      { surface: '2,800 CFA francs', kind: 'currency', currency: 'XOF' },
      { surface: '300,000 rai', kind: 'measure', unit: 'rai' },
    ]);
  });
  it('dates and years spoken in words in a broadcast script ("dua puluh enam Februari dua ribu dua puluh empat", "sejak dua ribu delapan belas"); a count of that size stays a count', () => {
    expectFigures('pada Senin, dua puluh enam Februari dua ribu dua puluh empat, lalu sejak Februari dua ribu dua puluh dua dan sejak dua ribu delapan belas, pada tiga Maret. Ia punya dua ribu dua puluh empat kambing.', 'id', [
      { surface: 'dua puluh enam Februari dua ribu dua puluh empat', kind: 'date', value: 20240226 },
      { surface: 'Februari dua ribu dua puluh dua', kind: 'date', value: 20220200 },
      { surface: 'dua ribu delapan belas', kind: 'year', value: 2018 },
      { surface: 'tiga Maret', kind: 'date', value: 303 },
      { surface: 'dua ribu dua puluh empat', kind: 'count', unit: 'kambing' },
    ]);
    expectFigures('Dolly Parton has canceled her six December shows in Las Vegas', 'en', [{ surface: 'six', kind: 'count' }]);
  });
  it('English dates and years spoken in words ("May twenty-ninth, twenty twenty-five", "since twenty twenty-two", "in two thousand and eighteen"); "twenty twenty-dollar bills" counts bills', () => {
    expectFigures('released on May twenty-ninth, twenty twenty-five; on June fourth, the vote; casualties since twenty twenty-two; in two thousand and eighteen; back in nineteen ninety-nine; she had twenty twenty-dollar bills', 'en', [
      { surface: 'May twenty-ninth, twenty twenty-five', kind: 'date', value: 20250529 },
      { surface: 'June fourth', kind: 'date', value: 604 },
      { surface: 'twenty twenty-two', kind: 'year', value: 2022 },
      { surface: 'two thousand and eighteen', kind: 'year', value: 2018 },
      { surface: 'nineteen ninety-nine', kind: 'year', value: 1999 },
      { surface: 'twenty', kind: 'count', unit: 'bills' },
    ]);
  });
  it('a currency joined by a hyphen to a scaled amount ("a 290-billion-baht line", "a 1.3-billion-euro fund"); "HK cents"; "Line 12" and "Lines 12" are labels', () => {
    expectFigures('a 290-billion-baht line and a 1.3-billion-euro fund; fares of 50 HK cents; Lines 12 was late; the 3-billion-year-old rock', 'en', [
      { surface: '290-billion-baht', kind: 'currency', value: 290e9, currency: 'THB' },
      { surface: '1.3-billion-euro', kind: 'currency', value: 1.3e9, currency: 'EUR' },
      { surface: '50 HK cents', kind: 'currency', value: 0.5, currency: 'HKD' },
      { surface: '3-billion-year-old', kind: 'duration' },
    ]);
  });
  it('court copy: ages between commas after a person noun ("His co-accused, 29,"), "not less than"/"not more than", "exceeds", a year compared "over 2021", "₹4.2-crore"; "Call 101" and "reference 4417" are labels', () => {
    expectFigures('His co-accused, 29, received 16 years; the other, 41, fled. Cases rose 4% over 2021 and £22.6bn over 2024-25. A fine of not less than five times the gain; not more than 10 people; the rate exceeds 99 percent; Over 2000 people came. Call 101, quoting reference 4417. A ₹4.2-crore fraud and a Rs 12-lakh bribe.', 'en', [
      { surface: '29', kind: 'duration' },
      { surface: '16 years', kind: 'duration' },
      { surface: '41', kind: 'duration' },
      { surface: '4%', kind: 'percent' },
      { surface: '2021', kind: 'year', value: 2021, qualifier: 'exact' },
      { surface: '£22.6bn', kind: 'currency' },
      { surface: '2024-25', kind: 'year', value: 2024, valueMax: 2025 },
      { surface: 'five times', kind: 'other', qualifier: 'at_least' },
      { surface: '10', kind: 'count', qualifier: 'at_most' },
      { surface: '99 percent', kind: 'percent', qualifier: 'more_than' },
      { surface: '2000', kind: 'count', unit: 'people', qualifier: 'more_than' },
      { surface: '₹4.2-crore', kind: 'currency', value: 42e6, currency: 'INR' },
      { surface: 'Rs 12-lakh', kind: 'currency', value: 1.2e6, currency: 'INR' },
    ]);
  });
  it('a tax bracket "di atas Rp 60 juta sampai dengan Rp 250 juta" is an exact range; "paling sedikit selama tiga tahun" is at least, "upah minimum selama enam bulan" exact', () => {
    expectFigures('Tarif 15 persen untuk penghasilan di atas Rp 60 juta sampai dengan Rp 250 juta, lebih dari 3 juta orang, ditanam paling sedikit selama tiga tahun, upah minimum selama enam bulan.', 'id', [
      { surface: '15 persen', kind: 'percent' },
      { surface: 'Rp 60 juta sampai dengan Rp 250 juta', kind: 'currency', value: 60e6, valueMax: 250e6, qualifier: 'exact' },
      { surface: '3 juta', kind: 'count', qualifier: 'more_than' },
      { surface: 'tiga tahun', kind: 'duration', qualifier: 'at_least' },
      { surface: 'enam bulan', kind: 'duration', qualifier: 'exact' },
    ]);
  });
  it('a court "ruling 2-1" is a tally of two counts; a statute\'s subsection "§ 1512(c)(2)", "Section 5(1)" is no figure', () => {
    expectFigures('A panel upheld the law, ruling 2-1 that it fit. Under 18 U.S.C. § 1512(c)(2) and Section 5(1) of the Act, 52 people were convicted.', 'en', [
      { surface: '2', kind: 'count' },
      { surface: '1', kind: 'count' },
      { surface: '52', kind: 'count', unit: 'people' },
    ]);
  });
  it('a rank before "-degree", "-ever", "-grade", "-preference" is an ordinal ("first-degree murder", "its first-ever visit"); "first-time" and "first-class" are not', () => {
    expectFigures('He admitted first-degree murder on its first-ever visit, in second-preference votes, beside first-time buyers in a first-class seat.', 'en', [
      { surface: 'first', kind: 'ordinal', value: 1 },
      { surface: 'first', kind: 'ordinal', value: 1 },
      { surface: 'second', kind: 'ordinal', value: 2 },
    ]);
  });
  it('hajj copy: a time in Saudi time "12.20 WAS" (only in Indonesian; English "12.20 was" is no time); "sekitar tahun 2072" is about then', () => {
    expectFigures('Zuhur 12.20 WAS, dibuka 10.00 hingga 16.00 WAS; baru bisa berangkat sekitar tahun 2072, sejak tahun 2014.', 'id', [
      { surface: '12.20 WAS', kind: 'time', value: 1220 },
      { surface: '10.00 hingga 16.00 WAS', kind: 'time', value: 1000, valueMax: 1600 },
      { surface: '2072', kind: 'year', qualifier: 'approx' },
      { surface: '2014', kind: 'year', qualifier: 'exact' },
    ]);
    expectFigures('The price at 12.20 was higher around the year 2050.', 'en', [
      { surface: '12.20', kind: 'count' },
      { surface: '2050', kind: 'year', qualifier: 'approx' },
    ]);
  });
  it('election copy: "32 short of the majority", "took 194 despite", "just one short of"; "Voters under 30" and "The Tory candidate, 34," are ages; "three days or longer" is at least', () => {
    expectFigures('The BJP won 240 seats, 32 short of the mark; Law and Justice took 194 despite topping the poll, just one short of its total. Voters under 30 backed her. The Tory candidate, 34, polled 12,455 votes. Counting can take three days or longer.', 'en', [
      { surface: '240', kind: 'count', unit: 'seats' },
      { surface: '32', kind: 'count', unit: undefined },
      { surface: '194', kind: 'count', unit: undefined },
      { surface: 'one', kind: 'count', unit: undefined },
      { surface: '30', kind: 'duration', qualifier: 'less_than' },
      { surface: '34', kind: 'duration' },
      { surface: '12,455', kind: 'count', unit: 'votes' },
      { surface: 'three days', kind: 'duration', qualifier: 'at_least' },
    ]);
  });
  it('traders\' copy: "3 lusin kaos" counts dozens; a price after "jual" or "tagihan" is in rupiah ("saya jual 12rb", "tagihannya jadi 4 juta lebih"); "menjual 2 juta unit ponsel" counts phones', () => {
    expectFigures('Ia menjual 3 lusin kaos dan selusin gelas. "Saya jual 12rb, naik 2 ribu," katanya. Tagihannya jadi 4 juta lebih. Toko itu menjual 2 juta unit ponsel.', 'id', [
      { surface: '3', kind: 'count', unit: 'lusin' },
      { surface: 'selusin', kind: 'count', value: 12, unit: 'gelas' },
      { surface: '12rb', kind: 'currency', value: 12000, currency: 'IDR' },
      { surface: '2 ribu', kind: 'currency', currency: 'IDR' },
      { surface: '4 juta', kind: 'currency', currency: 'IDR', qualifier: 'more_than' },
      { surface: '2 juta', kind: 'count', unit: 'ponsel' },
    ]);
  });
  it('a bare "$" is the local dollar of a story set in Australia, Singapore, Canada or New Zealand, but the US dollar in wire copy, beside the US, in a price per barrel, after "S$"/"US$" in the text, or in brackets', () => {
    const cur = (text: string) => read(text, 'en').filter((f) => f.kind === 'currency').map((f) => f.currency);
    expect(cur("Sydney's median house price rose to $1.5 million. The fine was $500.")).toEqual(['AUD', 'AUD']);
    expect(cur('HDB resale prices rose 2.6%, and a flat in Punggol sold for $1.2 million.')).toEqual(['SGD']);
    expect(cur('Prices in Toronto hit $1.1 million. The US approved $61 billion.')).toEqual(['CAD', 'USD']);
    expect(cur('SINGAPORE, Feb 6 (Reuters) - Urea prices in Singapore rose $22 to $395.')).toEqual(['USD', 'USD']);
    expect(cur('A $60-a-barrel price cap agreed by the G7, the EU and Australia came into force.')).toEqual(['USD']);
    expect(cur('OCBC reported net profit of S$239 million ($184 million) in Singapore.')).toEqual(['SGD', 'USD']);
    expect(cur('SIA will invest 20.59 billion rupees ($276 million) in the Singapore-backed carrier.')).toEqual(['INR', 'USD']);
  });
  it('addresses and postcodes are labels: "255 West 94th Street", "1 Kim Seng Walk", "NSW 2027", "(PIN 560034)"', () => {
    expectFigures('A one-bedroom at 255 West 94th Street listed for $4,100 a month; a flat at 1 Kim Seng Walk sold; 17 Wolseley Road, Point Piper, NSW 2027, sold; Koramangala (PIN 560034) rents rose 8%.', 'en', [
      { surface: 'one', kind: 'count', unit: 'bedroom' },
      { surface: '$4,100', kind: 'currency' },
      { surface: '8%', kind: 'percent' },
    ]);
  });
  it('energy and telecom copy: "60 to 80 cents", "24 fils", "28.4 billion kroner", "Eur34.20"; flow and gas units ("142 mtpa", "14.7 Bcf/d", "1.3mn boe/d", "174,000 cu m", "200 Tbps"); "25 GB plus 5 GB" is a sum; a service\'s short number is a label', () => {
    expectFigures('Rates will rise 60 to 80 cents; petrol rose 24 fils; Orsted booked 28.4 billion kroner; TTF was at Eur34.20; Qatar plans 142 mtpa, output of 14.7 Bcf/d and 1.3mn boe/d in 174,000 cu m carriers.', 'en', [
      { surface: '60 to 80 cents', kind: 'currency', value: 0.6, valueMax: 0.8, currency: 'USD' },
      { surface: '24 fils', kind: 'currency', value: 0.24, currency: 'AED' },
      { surface: '28.4 billion kroner', kind: 'currency', currency: 'DKK' },
      { surface: 'Eur34.20', kind: 'currency', value: 34.2, currency: 'EUR' },
      { surface: '142 mtpa', kind: 'measure', unit: 'mtpa' },
      { surface: '14.7 Bcf/d', kind: 'measure', unit: 'bcf/d' },
      { surface: '1.3mn boe/d', kind: 'measure', value: 1.3e6, unit: 'boe/d' },
      { surface: '174,000 cu m', kind: 'measure', unit: 'cu m' },
    ]);
    expectFigures('Kuota 25 GB plus 5 GB, kapasitas hingga 200 Tbps; hubungi layanan pelanggan 188 atau kirim SMS ke 4444.', 'id', [
      { surface: '25 GB', kind: 'measure', qualifier: 'exact' },
      { surface: '5 GB', kind: 'measure' },
      { surface: '200 Tbps', kind: 'measure', unit: 'tbps' },
    ]);
    // (Singapore copy's bunker fuel is priced in US dollars.)
    expect(read('Bunker fuel in Singapore fell to $612.50/mt.', 'en')[0]?.currency).toBe('USD');
  });
  it('days listed before their month are each a date ("18, 19, 23, dan 24 Maret 2026"); "Rp 300 ribu-an" is 300,000..399,999; "1.5K AMOLED display" is a picture format', () => {
    expectFigures('Cuti bersama pada 18, 19, 23, dan 24 Maret 2026; tarif Rp 300 ribu-an, gaji 22jt-an; skor 3, 2 dan 1 poin.', 'id', [
      { surface: '18', kind: 'date', value: 20260318 },
      { surface: '19', kind: 'date', value: 20260319 },
      { surface: '23', kind: 'date', value: 20260323 },
      { surface: '24 Maret 2026', kind: 'date', value: 20260324 },
      { surface: 'Rp 300 ribu-an', kind: 'currency', value: 300000, valueMax: 399999 },
      { surface: '22jt-an', kind: 'currency', value: 22e6, valueMax: 22999999 },
      { surface: '3', kind: 'count' },
      { surface: '2', kind: 'count' },
      { surface: '1', kind: 'count', unit: 'poin' },
    ]);
    expectFigures('It has a 6.67-inch 1.5K AMOLED display; fans raised $3K.', 'en', [
      { surface: '6.67-inch', kind: 'measure' },
      { surface: '$3K', kind: 'currency', value: 3000 },
    ]);
  });
  it('a dateline names the dollar of a story filed there: "SINGAPORE – ... 7.5 cents a share, while Australian unit Optus ..." is in Singapore dollars', () => {
    const cur = (text: string) => read(text, 'en').filter((f) => f.kind === 'currency').map((f) => f.currency);
    expect(cur('SINGAPORE – Singtel declared an interim dividend of 7.5 cents a share, while Australian unit Optus earned $300 million.')).toEqual(['SGD', 'SGD']);
    expect(cur('SYDNEY – The median price rose to $1.5 million.')).toEqual(['AUD']);
  });
  it('food-price copy: kwacha (Zambia, Malawi), afghanis, gourdes, kyat, shillings by country, piastres, "ETB 15,500"; a bare letter on both ends of a range ("P45 to P50", "between N75,000 and N85,000"); a move and a level after a verb ("added P12 to P850", "rose $45 to $435-$445")', () => {
    expectFigures('A sack costs 55,000 kwacha in Lusaka; flour is 8,500 afghanis, 1,250 gourdes and 135,000 kyat; bread rose 20 piastres; rice is ETB 15,500; a bag costs 2,500 shillings in Kampala.', 'en', [
      { surface: '55,000 kwacha', kind: 'currency', currency: 'ZMW' },
      { surface: '8,500 afghanis', kind: 'currency', currency: 'AFN' },
      { surface: '1,250 gourdes', kind: 'currency', currency: 'HTG' },
      { surface: '135,000 kyat', kind: 'currency', currency: 'MMK' },
      { surface: '20 piastres', kind: 'currency', value: 0.2, currency: 'EGP' },
      { surface: 'ETB 15,500', kind: 'currency', currency: 'ETB' },
      { surface: '2,500 shillings', kind: 'currency', currency: 'UGX' },
    ]);
    expectFigures('Rice sold at P45 to P50 a kilo; eggs cost between N75,000 and N85,000. SM Investments added P12 to P850 a share; urea rose $45 to $435-$445 a tonne, and prices rose 3 to 5 percent.', 'en', [
      { surface: 'P45 to P50', kind: 'currency', value: 45, valueMax: 50, currency: 'PHP' },
      { surface: 'N75,000 and N85,000', kind: 'currency', valueMax: 85000, currency: 'NGN' },
      { surface: 'P12', kind: 'currency' },
      { surface: 'P850', kind: 'currency' },
      { surface: '$45', kind: 'currency' },
      { surface: '$435-$445', kind: 'currency', value: 435, valueMax: 445 },
      { surface: '3 to 5 percent', kind: 'percent', value: 3, valueMax: 5 },
    ]);
  });
  it('"4,000m" without a currency is a length ("a runway extended to 4,000m"), "£4,000m" money; "mulai 2025 sesuai Perpres" is a year', () => {
    expectFigures('The third runway will be extended to 4,000m, and the group made a profit of £4,000m.', 'en', [
      { surface: 'third', kind: 'ordinal' },
      { surface: '4,000m', kind: 'measure', value: 4000, unit: 'm' },
      { surface: '£4,000m', kind: 'currency', value: 4e9 },
    ]);
    expectFigures('Pemerintah melarang impor garam mulai 2025 sesuai Perpres Nomor 126 Tahun 2022.', 'id', [
      { surface: '2025', kind: 'year' },
      { surface: '2022', kind: 'year' },
    ]);
  });
  it('grain quotes and mixed numbers ("$5.42-3/4", "up 8-1/4 cents", "3 1/2 hours"); slash fractions as shares or amounts ("3/4 wilayah", "1/2 kg"), a date elsewhere', () => {
    expectFigures('Soybeans settled at $5.42-3/4 a bushel, up 8-1/4 cents; corn fell 1/2 cent. The flight took 3 1/2 hours, he served 9-1/2 years, and 2/3 of voters agreed on 3/15.', 'en', [
      { surface: '$5.42-3/4', kind: 'currency', value: 5.4275, currency: 'USD' },
      { surface: '8-1/4 cents', kind: 'currency', value: 0.0825, currency: 'USD' },
      { surface: '1/2 cent', kind: 'currency', value: 0.005 },
      { surface: '3 1/2 hours', kind: 'duration', value: 3.5 },
      { surface: '9-1/2 years', kind: 'duration', value: 9.5 },
      { surface: '2/3', kind: 'other', value: 0.667 },
      { surface: '3/15', kind: 'date', value: 315 },
    ]);
    expectFigures('Sekitar 3/4 wilayah terendam. Masukkan 1/2 kg gula pada 1/2 lalu; DPP nilai lain 11/12 dari harga jual.', 'id', [
      { surface: '3/4', kind: 'other', value: 0.75, qualifier: 'approx' },
      { surface: '1/2 kg', kind: 'measure', value: 0.5, unit: 'kg' },
      { surface: '1/2', kind: 'date', value: 201 },
      { surface: '11/12', kind: 'other', value: 0.917 },
    ]);
  });
  it('a ZIP code after a state ("Calif. 90210", "DC 20500-0003") and a house number before "Ave" or "Way" are no figures', () => {
    expectFigures('He lives in Beverly Hills, Calif. 90210; write to 1600 Pennsylvania Ave NW, Washington, DC 20500-0003 or 2 Shenton Way. Texas added 12345 jobs.', 'en', [
      { surface: '12345', kind: 'count', unit: 'jobs' },
    ]);
  });
  it('ISO codes before and after the amount ("XOF 1,000", "5,000 USD"), and the kwacha, kina or kyat as a bare K where the text names its country', () => {
    expectFigures('Fees rose to XOF 1,000 and 5,000 USD, or 300 EUR; under SSP2-4.5 nothing is paid.', 'en', [
      { surface: 'XOF 1,000', kind: 'currency', currency: 'XOF' },
      { surface: '5,000 USD', kind: 'currency', currency: 'USD' },
      { surface: '300 EUR', kind: 'currency', currency: 'EUR' },
    ]);
    expectFigures('Zambia pays K475 per bag, and Papua New Guinea budgeted K27 billion.', 'en', [
      { surface: 'K475', kind: 'currency', value: 475, currency: 'ZMW' },
      { surface: 'K27 billion', kind: 'currency', value: 27e9, currency: 'ZMW' },
    ]);
    expectFigures('The K100 challenge raised funds.', 'en', []);
  });
  it('cents written "46c" take the money of the text\'s other amounts ("R21.64": rand; "A$2,400": Australian dollars); wire copy\'s cents stay US', () => {
    expectFigures('Motorists will pay 46c a litre more for petrol, while diesel drops by 3c. A litre of 95 unleaded will cost R21.64 inland.', 'en', [
      { surface: '46c', kind: 'currency', value: 0.46, currency: 'ZAR' },
      { surface: '3c', kind: 'currency', value: 0.03, currency: 'ZAR' },
      // (The fuel's grade, "95 unleaded", is no figure.)
      { surface: 'R21.64', kind: 'currency', currency: 'ZAR' },
    ]);
    expectFigures('The indicator rose 23.5 cents to 635c/kg, while steers sold for A$2,400 a head; it was 12.3C.', 'en', [
      { surface: '23.5 cents', kind: 'currency', value: 0.235, currency: 'AUD' },
      { surface: '635c', kind: 'currency', value: 6.35, currency: 'AUD' },
      { surface: 'A$2,400', kind: 'currency', currency: 'AUD' },
      { surface: '12.3C', kind: 'measure' },
    ]);
    expectFigures('SINGAPORE — Platts JKM was assessed at $12.315/MMBtu, up 18.5 cents on the day.', 'en', [
      { surface: '$12.315', kind: 'currency', currency: 'USD' },
      { surface: '18.5 cents', kind: 'currency', currency: 'USD' },
    ]);
  });
  it('"one-twelfth", "an eighth" and "a sixth" are shares; a helpline\'s groups are dialled; "IRS Notice 2024-80" is a label; "rise by about $49 to $1,976" is a move and a level', () => {
    expectFigures('The bonus is one-twelfth of the salary; an eighth of people and a sixth of firms, but an eighth straight win. Call the helpline on 0808 223 1133. See IRS Notice 2024-80.', 'en', [
      { surface: 'one-twelfth', kind: 'other', value: 0.0833 },
      { surface: 'an eighth', kind: 'other', value: 0.125 },
      { surface: 'a sixth', kind: 'other', value: 0.167 },
      { surface: 'eighth', kind: 'ordinal', value: 8 },
    ]);
    expectFigures('The average benefit will rise by about $49 to $1,976 a month; costs may rise by 5% to 10%.', 'en', [
      { surface: '$49', kind: 'currency', value: 49, qualifier: 'approx' },
      { surface: '$1,976', kind: 'currency', value: 1976 },
      { surface: '5% to 10%', kind: 'percent', value: 5, valueMax: 10 },
    ]);
  });
  it('council copy: a tally after "passed" or "approved"; wards, districts and houses on a "Rise" or a "Close" are labels; 311 is dialled; "from 6 to 8 May" is a range of days; "twice the Band D rate" a multiplier', () => {
    expectFigures('The budget passed 18-7. Ward 5 Alderman Luis Ortega, 39, spoke for Wards 4 and 7 about 17 Orchard Rise and 4 Elm Close. Call 311. Hearings run from 6 to 8 May, as prices rose from 6 to 8 percent. A Band H home pays twice the Band D rate, more than double the pace of last year, in double digits.', 'en', [
      { surface: '18', kind: 'count' },
      { surface: '7', kind: 'count' },
      { surface: '39', kind: 'duration' },
      { surface: '6 to 8 May', kind: 'date', value: 506, valueMax: 508 },
      { surface: '6', kind: 'count' },
      { surface: '8 percent', kind: 'percent' },
      { surface: 'twice', kind: 'other', value: 2 },
      { surface: 'double', kind: 'other', value: 2, qualifier: 'more_than' },
    ]);
  });
  it('Indonesian ordinals with their tens ("ketiga belas", "keempat puluh delapan"); a sign after a slash ("Rp 42.000/Rp 35.000"), not in a pair ("USD/IDR 15.650")', () => {
    expectFigures('Gaji ketiga belas cair; ulang tahun kedua puluh lima; anak ketiga. Iuran dari Rp 42.000/Rp 35.000 saat ini; kurs USD/IDR 15.650.', 'id', [
      { surface: 'ketiga belas', kind: 'ordinal', value: 13 },
      { surface: 'kedua puluh lima', kind: 'ordinal', value: 25 },
      { surface: 'ketiga', kind: 'ordinal', value: 3 },
      { surface: 'Rp 42.000', kind: 'currency', value: 42000 },
      { surface: 'Rp 35.000', kind: 'currency', value: 35000 },
      { surface: '15.650', kind: 'currency', currency: 'IDR' },
    ]);
  });
  it('"Class 1 and Class 2 members" and "Law 27,742" are labels; a line named by its number ("the OJK\'s 157 contact centre") is dialled, "50 call centre staff" counted', () => {
    expectFigures('Law 27,742 took effect; the law took 3 years.', 'en', [{ surface: '3 years', kind: 'duration' }]);
    expectFigures("Class 1 and Class 2 members pay more. Complain through the OJK's 157 contact centre, which has 50 call centre staff, or the 24-hour helpline.", 'en', [
      { surface: '50', kind: 'count', unit: 'staff' },
      { surface: '24-hour', kind: 'duration', value: 24 },
    ]);
  });
  it('a currency joined by a hyphen is an amount ("a 300-baht fee", "a 10,000-yen pass"); Macau\'s patacas', () => {
    expectFigures('Visitors pay a 300-baht fee or a 10,000-yen pass; hotels charged 1,650 patacas a night.', 'en', [
      { surface: '300-baht', kind: 'currency', value: 300, currency: 'THB' },
      { surface: '10,000-yen', kind: 'currency', value: 10000, currency: 'JPY' },
      { surface: '1,650 patacas', kind: 'currency', value: 1650, currency: 'MOP' },
    ]);
  });
  it('"Rp 3.000 plus Rp 1.000/10 km": a sum, and what a price is per; "tiga kali biaya jalur itu" a multiplier; "25 kg ke atas 3 jt" keeps its bound', () => {
    expectFigures('Tarif Rp 3.000 plus Rp 1.000/10 km; biayanya hampir tiga kali biaya jalur itu; makan tiga kali sehari; "Yang 25 kg ke atas 3 jt"; 10.000 plus penonton.', 'id', [
      { surface: 'Rp 3.000', kind: 'currency', qualifier: 'exact' },
      { surface: 'Rp 1.000', kind: 'currency' },
      { surface: '10 km', kind: 'measure', value: 10 },
      { surface: 'tiga kali', kind: 'other', value: 3, qualifier: 'approx' },
      { surface: 'tiga', kind: 'count', unit: 'kali' },
      { surface: '25 kg', kind: 'measure', qualifier: 'at_least' },
      { surface: '3 jt', value: 3e6 },
      { surface: '10.000', kind: 'count', qualifier: 'more_than' },
    ]);
  });
  it('Latin American copy: "U$S 45 million", "S/ 257.6 billion", "Bs 13", bolivianos and bolivars, "US $53.6 billion" with its country; a DNU\'s "70/2023" gives its year; "boed"', () => {
    expectFigures('Argentina got U$S 45 million and about US $53.6 billion; Peru budgets S/ 257.6 billion; 6.96 bolivianos or Bs 13; 236.5 bolivars; 3.2 million boed; Decree of Necessity and Urgency 70/2023.', 'en', [
      { surface: 'U$S 45 million', kind: 'currency', currency: 'USD' },
      { surface: 'US $53.6 billion', kind: 'currency', currency: 'USD', qualifier: 'approx' },
      { surface: 'S/ 257.6 billion', kind: 'currency', currency: 'PEN' },
      { surface: '6.96 bolivianos', kind: 'currency', currency: 'BOB' },
      { surface: 'Bs 13', kind: 'currency', currency: 'BOB' },
      { surface: '236.5 bolivars', kind: 'currency', currency: 'VES' },
      { surface: '3.2 million boed', kind: 'measure', unit: 'boed' },
      { surface: '2023', kind: 'year' },
    ]);
  });
  it('energy and mining output units ("145.000-150.000 boepd", "871 BBTUD", "300 MMSCFD", "1,09 juta troy ounce"); a dividend of "0.5 Singapore cent"', () => {
    expectFigures('Produksi 1,09 juta troy ounce, 145.000-150.000 boepd dan 871 BBTUD.', 'id', [
      { surface: '1,09 juta troy ounce', kind: 'measure', value: 1090000, unit: 'troy ounce' },
      { surface: '145.000-150.000 boepd', kind: 'measure', value: 145000, valueMax: 150000, unit: 'boepd' },
      { surface: '871 BBTUD', kind: 'measure', unit: 'bbtud' },
    ]);
    expectFigures('A dividend of 0.5 Singapore cent; gas output of 300 MMSCFD.', 'en', [
      { surface: '0.5 Singapore cent', kind: 'currency', value: 0.005, currency: 'SGD' },
      { surface: '300 MMSCFD', kind: 'measure', unit: 'mmscfd' },
    ]);
  });
  it('Malay copy read with the Indonesian grammar: "bilion", "peratus", "AS$"', () => {
    expectFigures('Korea Utara menghantar 6,700 kontena, bantuan AS$95 bilion dan kilang beroperasi pada 30 peratus.', 'id', [
      { surface: '6,700', kind: 'count', value: 6700, unit: 'kontena' },
      { surface: 'AS$95 bilion', kind: 'currency', value: 95e9, currency: 'USD' },
      { surface: '30 peratus', kind: 'percent', value: 30 },
    ]);
  });
  it('after a verb of change, a unit\'s second end five times larger is a level ("fell 64 basis points to 583 basis points"); a near one is still a range', () => {
    expectFigures('The risk index fell 64 basis points to 583 basis points, while yields rose 2% to 3%.', 'en', [
      { surface: '64 basis points', kind: 'percent', value: 64 },
      { surface: '583 basis points', kind: 'percent', value: 583 },
      { surface: '2% to 3%', kind: 'percent', value: 2, valueMax: 3 },
    ]);
  });
  it('after "by", a second end five times larger is the new level ("raise the fee by $3.25 to $28.90"); "by 3 to 5 percent" is a range', () => {
    expectFigures('They will raise the fee by $3.25 to $28.90, and grow sales by 3 to 5 percent.', 'en', [
      { surface: '$3.25', kind: 'currency', value: 3.25 },
      { surface: '$28.90', kind: 'currency', value: 28.9 },
      { surface: '3 to 5 percent', kind: 'percent', value: 3, valueMax: 5 },
    ]);
  });
  it('shorthand "rb"/"jt" amounts are rupiah after a money word anywhere before them in the sentence, or beside a rupiah amount', () => {
    expectFigures('Warganet mengeluhkan harga tiket Jakarta-Pontianak yang mencapai 2,3jt sekali jalan. "Biasanya cuma 900rb," tulisnya.', 'id', [
      { surface: '2,3jt', kind: 'currency', value: 2300000, currency: 'IDR' },
      { surface: '900rb', kind: 'currency', value: 900000, currency: 'IDR' },
    ]);
    expectFigures('Tiket termurah dibanderol Rp 1.389.000, sedangkan promo sempat muncul di angka 899 rb sebelum ludes.', 'id', [
      { surface: 'Rp 1.389.000', kind: 'currency', currency: 'IDR' },
      { surface: '899 rb', kind: 'currency', value: 899000, currency: 'IDR' },
    ]);
    // (A count in the shorthand stays a count: no money word, no rupiah beside it.)
    expectFigures('Videonya ditonton 2,3jt kali dalam sehari.', 'id', [{ surface: '2,3jt', kind: 'count', currency: undefined }]);
  });
  it('a minister\'s regulation by its number and written-out year gives only the year ("PM 89 Tahun 2015")', () => {
    expectFigures('Kompensasi sesuai PM 89 Tahun 2015 diberikan kepada 187 penumpang.', 'id', [
      { surface: '2015', kind: 'year', value: 2015 },
      { surface: '187', kind: 'count', unit: 'penumpang' },
    ]);
  });
  it('units of time typed glued to their number, alone or in a race time ("21.98sec", "2hr 14min 26sec", "30menit")', () => {
    expectFigures('Tan clocked 21.98sec, 0.11sec ahead; the marathon took 2hr 14min 26sec and the mile 3min 59.4sec.', 'en', [
      { surface: '21.98sec', kind: 'duration', value: 21.98 },
      { surface: '0.11sec', kind: 'duration', value: 0.11 },
      { surface: '2hr 14min 26sec', kind: 'duration', value: 8066 },
      { surface: '3min 59.4sec', kind: 'duration', value: 239.4 },
    ]);
    expectFigures('Antrean mencapai 30menit.', 'id', [{ surface: '30menit', kind: 'duration', value: 30, unit: 'menit' }]);
  });
  it('minutes and seconds past any hour of a clock are a race time ("ran the second half in 61:08"); "at 12:30" stays a time', () => {
    expectFigures('He ran the second half in 61:08 and crossed the line at 12:30.', 'en', [
      { surface: 'second', kind: 'ordinal' },
      { surface: '61:08', kind: 'duration', value: 3668 },
      { surface: '12:30', kind: 'time', value: 1230 },
    ]);
  });
  it('"call or text 988" is a helpline; "118,000 cast" counts no "cast"', () => {
    expectFigures('People in crisis can call or text 988. She won by 4,212 votes out of roughly 118,000 cast.', 'en', [
      { surface: '4,212', kind: 'count', unit: 'votes' },
      { surface: '118,000', kind: 'count', value: 118000, unit: undefined },
    ]);
  });
  it('a bare "$" takes the dollar of the place the text names anywhere, where it names no American one', () => {
    expectFigures('NSW Treasurer Daniel Mookhey has forecast a deficit. The budget includes new schools. Interest payments will be more than $10 billion a year.', 'en', [
      { surface: '$10 billion', currency: 'AUD' },
    ]);
    expectFigures('Sydney sold out. In New York, tickets cost $10.', 'en', [{ surface: '$10', currency: 'USD' }]);
  });
  it('"N times" before any comparative with "than" is a multiplier ("20 times closer than Mercury")', () => {
    expectFigures('It orbits about 20 times closer than Mercury does.', 'en', [{ surface: '20 times', kind: 'other', value: 20, qualifier: 'approx' }]);
  });
  it('a school\'s "Year 9" is a label, in a list too; "one in three Year 9 students" is still a share', () => {
    expectFigures('Nearly one in three Year 9 students, of 1.3 million in Years 3, 5, 7 and 9, failed.', 'en', [
      { surface: 'one in three', kind: 'other', value: 0.333 },
      { surface: '1.3 million', kind: 'count', value: 1300000 },
    ]);
  });
  it('a fraction of a percentage point is a percent ("a quarter of a percentage point", "half a percentage point")', () => {
    expectFigures('The Fed may cut by a quarter of a percentage point or by half a percentage point.', 'en', [
      { surface: 'a quarter of a percentage point', kind: 'percent', value: 0.25, unit: 'percentage point' },
      { surface: 'half a percentage point', kind: 'percent', value: 0.5, unit: 'percentage point' },
    ]);
  });
  it('a tally followed by a comma ("The vote was 41-8, with one abstention"); "eighth-graders" ranks; "every second." is no rank', () => {
    expectFigures('The vote was 41-8, with one abstention.', 'en', [
      { surface: '41', kind: 'count', value: 41 },
      { surface: '8', kind: 'count', value: 8 },
      { surface: 'one', kind: 'count' },
    ]);
    expectFigures('Only 28% of eighth-graders passed, and it writes 8 terabytes every second.', 'en', [
      { surface: '28%' },
      { surface: 'eighth', kind: 'ordinal', value: 8 },
      { surface: '8 terabytes', kind: 'measure' },
    ]);
  });
  it('China\'s "Long March 5" rocket is a name, not 5 March; data rates and train-km are measures', () => {
    expectFigures('A Long March 2F and a Long March 5 rocket flew on March 5. The cable carries 8 terabits per second; trains ran 1.8 million train-km.', 'en', [
      { surface: 'March 5', kind: 'date', value: 305 },
      { surface: '8 terabits per second', kind: 'measure', unit: 'terabits per second' },
      { surface: '1.8 million train-km', kind: 'measure', value: 1800000, unit: 'train-km' },
    ]);
  });
  it('a sign or word several countries use is the money of the country the text names anywhere ("ISLAMABAD: ... Rs10.37 ... Rs70"), in a range too', () => {
    expectFigures('ISLAMABAD: Petrol went up by Rs10.37 per litre. The levy stays at Rs70 per litre, and flour costs Rs180 to Rs190 a kg.', 'en', [
      { surface: 'Rs10.37', currency: 'PKR' },
      { surface: 'Rs70', currency: 'PKR' },
      { surface: 'Rs180 to Rs190', currency: 'PKR', value: 180, valueMax: 190 },
    ]);
  });
  it('Turkish, Israeli, Swiss and Kazakh money ("TL 22,104", "₺6,500", "₪9bn", "Sfr 2bn", "250 tenge"); a rate against the euro in the currency named ("the franc ... 0.9425 per euro")', () => {
    expectFigures('Wages rose to TL 22,104 and ₺6,500; a ₪9bn package, Sfr 2bn and 250 tenge. The franc weakened to 0.9425 per euro.', 'en', [
      { surface: 'TL 22,104', currency: 'TRY' },
      { surface: '₺6,500', currency: 'TRY' },
      { surface: '₪9bn', currency: 'ILS', value: 9e9 },
      { surface: 'Sfr 2bn', currency: 'CHF' },
      { surface: '250 tenge', currency: 'KZT' },
      { surface: '0.9425', kind: 'currency', currency: 'CHF' },
    ]);
  });
  it('a scaled amount compared with an amount of money before it is in that money ("2.1 trillion roubles, down from 8.4 trillion")', () => {
    expectFigures('The fund shrank to 2.1 trillion roubles, down from 8.4 trillion.', 'en', [
      { surface: '2.1 trillion roubles', currency: 'RUB' },
      { surface: '8.4 trillion', kind: 'currency', currency: 'RUB', value: 8.4e12 },
    ]);
  });
  it('a fiscal year "2025-26" is a year whatever follows; "0830 hrs" is a clock time; "SMS to 40054" and "Regulation 261/2004" are no amounts', () => {
    expectFigures('The Union Budget for 2025-26 pegs spending; an alert is valid till 0830 hrs. Send it via SMS to 40054 under Regulation 261/2004.', 'en', [
      { surface: '2025-26', kind: 'year', value: 2025, valueMax: 2026 },
      { surface: '0830 hrs', kind: 'time', value: 830 },
      { surface: '2004', kind: 'year' },
    ]);
  });
  it('"down about a quarter since January" is a share; "kedua kubu", "kedua pasangan" count both sides; "minimal 2/3 anggota" is a share; "PKPU 8/2024" gives its year', () => {
    expectFigures('Shares are down about a quarter since January.', 'en', [{ surface: 'a quarter', kind: 'other', value: 0.25 }]);
    expectFigures('Relawan kedua kubu mengawal rekapitulasi; usul harus disetujui minimal 2/3 anggota sesuai PKPU 8/2024; putaran kedua pilkada.', 'id', [
      { surface: 'kedua', kind: 'count', unit: 'kubu' },
      { surface: '2/3', kind: 'other', value: 0.667, qualifier: 'at_least' },
      { surface: '2024', kind: 'year' },
      { surface: 'kedua', kind: 'ordinal' },
    ]);
  });
  it('"who turns 24 on Saturday" is an age; "turned 3 million units" and "turned 2 of 5 shots" are not', () => {
    expectFigures('Tan, who turns 24 on Saturday, turned 2 of 5 shots; sales turned 3 million units.', 'en', [
      { surface: '24', kind: 'duration', value: 24 },
      { surface: '2', kind: 'count' },
      { surface: '5', kind: 'count' },
      { surface: '3 million', kind: 'count' },
    ]);
  });
  it('recipes: cups, teaspoons and tablespoons are measures, with fractions ("2 1/4 cups", "1/2 teaspoon", "half a cup"); "4 dozen" is 48; Indonesian "80 cup" counts cups sold', () => {
    expectFigures('Mix 2 1/4 cups flour, 1/2 teaspoon soda, half a cup of milk and 2 tbsp butter; makes 4 dozen cookies.', 'en', [
      { surface: '2 1/4 cups', kind: 'measure', value: 2.25, unit: 'cups' },
      { surface: '1/2 teaspoon', kind: 'measure', value: 0.5, unit: 'teaspoon' },
      { surface: 'half a cup', kind: 'measure', value: 0.5, unit: 'cup' },
      { surface: '2 tbsp', kind: 'measure', unit: 'tbsp' },
      { surface: '4 dozen', kind: 'count', value: 48 },
    ]);
    expectFigures('Rata-rata sehari laku 80 cup.', 'id', [{ surface: '80', kind: 'count', unit: 'cup' }]);
  });
  it('"the \'90s", "the early \'60s" are decades; "a 3,200-square-foot home", "a 15-ounce can" are measures; odds "1 in 139,838,160" a share', () => {
    expectFigures("Hits of the '90s and the early '60s; a 3,200-square-foot home; a 15-ounce can; odds of 1 in 139,838,160.", 'en', [
      { surface: "'90s", kind: 'year', value: 1990, valueMax: 1999, qualifier: 'exact' },
      { surface: "'60s", kind: 'year', value: 1960, qualifier: 'approx' },
      { surface: '3,200-square-foot', kind: 'measure', value: 3200 },
      { surface: '15-ounce', kind: 'measure', unit: 'ounce' },
      { surface: '1 in 139,838,160', kind: 'other' },
    ]);
  });
  it('"seven times median earnings" is a multiplier; "the No. 3-seeded Wildcats" a rank; "ages 19 and 23", "The bride, 31," ages', () => {
    expectFigures('It cost roughly seven times median earnings. The No. 3-seeded Wildcats won. The suspects, ages 19 and 23, fled. The bride, 31, is a nurse.', 'en', [
      { surface: 'seven times', kind: 'other', value: 7 },
      { surface: '3', kind: 'ordinal' },
      { surface: '19', kind: 'duration' },
      { surface: '23', kind: 'duration' },
      { surface: '31', kind: 'duration' },
    ]);
  });
  it('a ratio\'s share is written out where it ends within five decimals ("1:32" 0.03125), else to three significant digits as a share ("1:3" 0.333, "1:7" 0.143)', () => {
    expectFigures('Rasio dosen dan mahasiswa 1:32, rasio uang palsu 1:3 dan rasio guru 1:7.', 'id', [
      { surface: '1:32', kind: 'other', value: 0.03125 },
      { surface: '1:3', kind: 'other', value: 0.333 },
      { surface: '1:7', kind: 'other', value: 0.143 },
    ]);
  });
  it('"tertinggi ketiga se-Jawa Barat" ranks (a "se-" scope is no noun); "tiga bulan pertama 2025" ends with a year', () => {
    expectFigures('SiLPA tertinggi ketiga se-Jawa Barat; gaji untuk tiga bulan pertama 2025 aman; gelombang pertama 2000 orang.', 'id', [
      { surface: 'ketiga', kind: 'ordinal' },
      { surface: 'tiga bulan', kind: 'duration' },
      { surface: 'pertama', kind: 'ordinal' },
      { surface: '2025', kind: 'year' },
      { surface: 'pertama', kind: 'ordinal' },
      { surface: '2000', kind: 'count', unit: 'orang' },
    ]);
  });
  it('games of a match written one after another without commas are scores ("losing 21-19 14-21 19-21")', () => {
    expectFigures("He lost 21-19 14-21 19-21 to Japan's Koki Sato in 68 minutes.", 'en', [{ surface: '68 minutes', kind: 'duration' }]);
  });
  it('Indonesian plain cents beside an amount quoted in US cents are US cents ("naik 2,1 sen"); "terbesar ketiga dunia" ranks', () => {
    expectFigures('Karet ditutup di level 171,3 sen dolar AS per kg, naik 2,1 sen. Indonesia produsen terbesar ketiga dunia.', 'id', [
      { surface: '171,3 sen dolar AS', kind: 'currency', value: 1.713, currency: 'USD' },
      { surface: '2,1 sen', kind: 'currency', value: 0.021, currency: 'USD' },
      { surface: 'ketiga', kind: 'ordinal' },
    ]);
  });
  it('British Columbia and Canada\'s finance ministers name the Canadian dollar ("The B.C. Wildfire Service ... $1.1-billion"); "polling station 41" is a label', () => {
    expectFigures('The B.C. Wildfire Service said the season cost roughly $1.1-billion. Counting at polling station 41 ran late.', 'en', [
      { surface: '$1.1-billion', currency: 'CAD' },
    ]);
    expectFigures('The deficit was $61.9 billion, above the target Chrystia Freeland set.', 'en', [{ surface: '$61.9 billion', currency: 'CAD' }]);
  });
  it('a rate "per dollar" takes the currency named anywhere before it ("The rupiah ... JISDOR ... 16,312 per dollar"); a dollar in brackets converting another amount is the US dollar', () => {
    expectFigures("The rupiah weakened. Bank Indonesia's JISDOR reference rate was set at 16,312 per dollar.", 'en', [{ surface: '16,312', kind: 'currency', currency: 'IDR' }]);
    expectFigures('In Bali, Australian tourists pay a levy of Rp 150,000 (about $10) each; Sydney prices rose to $20.', 'en', [
      { surface: 'Rp 150,000', currency: 'IDR' },
      { surface: '$10', currency: 'USD' },
      { surface: '$20', currency: 'AUD' },
    ]);
  });
  it('a market index\'s level in English copy is a measure, as the Indonesian one is ("The Kospi closed 1.4% lower at 2,561.15"); an average grade is not an index', () => {
    expectFigures('The Kospi closed 1.4% lower at 2,561.15, and the SET index fell 11.42 points, or 0.8%, to 1,398.54. The national average grade improved to 4.49.', 'en', [
      { surface: '1.4%', kind: 'percent' },
      { surface: '2,561.15', kind: 'measure' },
      { surface: '11.42 points', kind: 'measure' },
      { surface: '0.8%', kind: 'percent' },
      { surface: '1,398.54', kind: 'measure' },
      { surface: '4.49', kind: 'count' },
    ]);
  });
  it('a Kemenhub decree ("KP 1001 Tahun 2022") gives only its year; an adverb or a conjunction is no counted noun ("1 dari 4 pernah", "meski kedua perusahaan"); a driver\'s fare is rupiah ("15rb/trip", "Argo 4 km cuma 9rb", "Penumpang tawar 8 ribu buat 6 kilo")', () => {
    expectFigures('Tarif itu diatur dalam KP 1001 Tahun 2022, meski kedua perusahaan menolak. Sebanyak 1 dari 4 pernah celaka.', 'id', [
      { surface: '2022', kind: 'year' },
      { surface: 'kedua', kind: 'count', unit: 'perusahaan' },
      { surface: '1 dari 4', unit: undefined },
    ]);
    expectFigures('"Argo 4 km cuma 9rb. Penumpang tawar 8 ribu buat 6 kilo," katanya. Dengan 15rb/trip bersih, ia pulang.', 'id', [
      { surface: '4 km', kind: 'measure' },
      { surface: '9rb', kind: 'currency', currency: 'IDR' },
      { surface: '8 ribu', kind: 'currency', currency: 'IDR', unit: undefined },
      { surface: '6 kilo', kind: 'measure' },
      { surface: '15rb', kind: 'currency', currency: 'IDR' },
    ]);
  });
  it('the dong\'s sign after the amount makes it money, its dots thousands in English copy too ("65.000đ", "25,450 đ")', () => {
    expectFigures('A bowl of pho costs 65.000đ, and banks sold the dollar at 25,450 đ.', 'en', [
      { surface: '65.000đ', kind: 'currency', currency: 'VND', value: 65000 },
      { surface: '25,450 đ', kind: 'currency', currency: 'VND', value: 25450 },
    ]);
  });
  it('a list\'s count after a place\'s name is a count of what its sentence counted before ("58 titik, disusul Indragiri Hilir 41 titik"); "sekitar setengah hektare" is half a measure; a station\'s code is none ("WMO 96221")', () => {
    expectFigures('Pelalawan menyumbang 58 titik, disusul Indragiri Hilir 41 titik. Api di area sekitar setengah hektare masih menyala, kata Stasiun Klimatologi (WMO 96221).', 'id', [
      { surface: '58', kind: 'count', unit: 'titik' },
      { surface: '41', kind: 'count', unit: 'titik' },
      { surface: 'setengah hektare', kind: 'measure', unit: 'hektare', value: 0.5, qualifier: 'approx' },
    ]);
  });
  it('African money and clocks: "N2.7trn", a rate "against the dollar" after its currency\'s name ("the shilling held steady at 129.2"), "10h00", "12 noon GMT"; a bill\'s "SB. 614" and a "toll-free line 122" are labels', () => {
    expectFigures('FG approves N2.7trn for the road, while the shilling held steady at 129.2 against the dollar. Load-shedding ends at 10h00; the governor spoke at 12 noon GMT. The bill, listed as SB. 614, passed; call the toll-free line 122.', 'en', [
      { surface: 'N2.7trn', currency: 'NGN', value: 2.7e12 },
      { surface: '129.2', kind: 'currency', currency: 'KES' },
      { surface: '10h00', kind: 'time', value: 1000 },
      { surface: '12 noon GMT', kind: 'time', value: 1200 },
    ]);
    expectFigures('Remittances were worth nearly P2 trillion last year.', 'en', [{ surface: 'P2 trillion', currency: 'PHP', value: 2e12 }]);
  });
  it('"by a vote of 285-3" is a tally, two counts', () => {
    expectFigures('The House approved the budget by a vote of 285-3 late Wednesday.', 'en', [
      { surface: '285', kind: 'count' },
      { surface: '3', kind: 'count' },
    ]);
  });
  it('Gulf clocks and markets: "10am GST", "4:45am AST" (not "10 GST", the tax); "24K gold" a karat, no thousands; "The index closed at 11,452 points" a level; "di kisaran 2,1 hingga 2045" no range', () => {
    expectFigures('Trading opens at 10am GST and closes at 4:45am AST, the 10 GST staff said. 24K gold sold at Dh402.75. The index closed at 11,452 points.', 'en', [
      { surface: '10am GST', kind: 'time', value: 1000 },
      { surface: '4:45am AST', kind: 'time', value: 445 },
      { surface: '10', kind: 'count' },
      { surface: 'Dh402.75', kind: 'currency' },
      { surface: '11,452 points', kind: 'measure', unit: 'points' },
    ]);
    expectFigures('BKKBN menargetkan TFR bertahan di kisaran 2,1 hingga 2045.', 'id', [
      { surface: '2,1', value: 2.1 },
      { surface: '2045', kind: 'year' },
    ]);
  });
  it('a bare "$" in Australian and New Zealand copy: its ministers and markets name the place ("Treasurer Jim Chalmers ... $42.1 billion"), and a rate in US cents keeps it local; an index level to one decimal ("the S&P/ASX 200 ... to 8,296.2"); a ship\'s "IMO 9684976" is a label', () => {
    expectFigures('Treasurer Jim Chalmers handed down a $42.1 billion deficit.', 'en', [{ surface: '$42.1 billion', currency: 'AUD' }]);
    expectFigures('The S&P/ASX 200 rose 62.4 points to 8,296.2 on Thursday, its best session in three weeks. BHP gained $1.12 to $41.85 and CBA touched a record $172.40 intraday. The Australian dollar was buying 64.18 US cents at 4.10pm AEST.', 'en', [
      { surface: '62.4 points', kind: 'measure' },
      { surface: '8,296.2', kind: 'measure' },
      { surface: 'three weeks' },
      { surface: '$1.12', currency: 'AUD' },
      { surface: '$41.85', currency: 'AUD' },
      { surface: '$172.40', currency: 'AUD' },
      { surface: '64.18 US cents', currency: 'USD' },
      { surface: '4.10pm AEST', kind: 'time' },
    ]);
    expectFigures('Finance Minister Nicola Willis said Christopher Luxon\'s government would borrow $12 billion.', 'en', [{ surface: '$12 billion', currency: 'NZD' }]);
    expectFigures('Kapal MV Sinar (IMO 9684976) membawa 1.200 boks.', 'id', [{ surface: '1.200', unit: 'boks' }]);
  });
  it('an English-style price quoted in Indonesian copy ("$91,203.55"); odds of one in a scaled number ("1 in 292.2 million"); gallons; a dashed North American phone number and "calling 211" are none', () => {
    expectFigures('"Bitcoin sempat menyentuh $91,203.55," tulis analis.', 'id', [{ surface: '$91,203.55', currency: 'USD', value: 91203.55 }]);
    expectFigures('The odds are 1 in 292.2 million. It used 748 gallons. Call 716-858-2400 or, for help, a list is available by calling 211.', 'en', [
      { surface: '1 in 292.2 million', kind: 'other' },
      { surface: '748 gallons', kind: 'measure', unit: 'gallons' },
    ]);
  });
  it('"a number: 31,000" is a number, not a label\'s ("Case number: 12345" stays one)', () => {
    expectFigures('Zelensky finally gives a number: 31,000 Ukrainian soldiers killed. Case number: 12345 was filed.', 'en', [{ surface: '31,000', kind: 'count' }]);
  });
  it('the continental euro after its amount ("0,65 €", "1.200 €"), the dong\'s "₫" glued; midnight at a day\'s end is a time ("24:00 CET")', () => {
    expectFigures('He said: "A coffee costs 0,65 € and a flat 1.200 € a month." It costs 25.450₫ now. The ban runs until 24:00 CET.', 'en', [
      { surface: '0,65 €', currency: 'EUR', value: 0.65 },
      { surface: '1.200 €', currency: 'EUR', value: 1200 },
      { surface: '25.450₫', currency: 'VND', value: 25450 },
      { surface: '24:00 CET', kind: 'time', value: 2400 },
    ]);
  });
  it('"Rp 9 jutaan" runs to the step of its last digit written, as "300-an" does', () => {
    expectFigures('Tagihan kami sebulan bisa Rp 9 jutaan, kini Rp 1,5 jutaan, dan harga Rp 300 ribuan.', 'id', [
      { surface: 'Rp 9 jutaan', value: 9_000_000, valueMax: 9_999_999, qualifier: 'approx' },
      { surface: 'Rp 1,5 jutaan', value: 1_500_000, valueMax: 1_599_999 },
      { surface: 'Rp 300 ribuan', value: 300_000, valueMax: 399_999 },
    ]);
  });
  it('Southeast and South Asian copy: "B.E. 2568" is a year, "80 centavos" pesos, a "12,000-strong crowd" counts the crowd, "clerk, 38," and "Cruz, now 71," ages, a Malay street address and "the 1784 disaster hotline" none, "start from $367,000" a lower bound', () => {
    expectFigures('The bill is dated B.E. 2568. Gasoline rose by 80 centavos.', 'en', [
      { surface: '2568', kind: 'year' },
      { surface: '80 centavos', currency: 'PHP', value: 0.8 },
    ]);
    expectFigures('Chia said the 12,000-strong crowd lifted them. The court sentenced a land office clerk, 38, and said Cruz, now 71, approved it.', 'en', [
      { surface: '12,000', unit: 'crowd' },
      { surface: '38', kind: 'duration' },
      { surface: '71', kind: 'duration' },
    ]);
    expectFigures('Apply at HDB Hub, 480 Lorong 6 Toa Payoh, or call the 1784 disaster hotline. Flats start from $367,000.', 'en', [{ surface: '$367,000', qualifier: 'at_least' }]);
  });
  it('units of power and grids ("420 Wp", "250 MWe", "47.758 kms"), quintals, "milligrams per liter" and a hyphenated "6-ft"', () => {
    expectFigures('Panel berdaya 420 Wp, PLTN 250 MWe, dan transmisi 47.758 kms.', 'id', [
      { surface: '420 Wp', kind: 'measure' },
      { surface: '250 MWe', kind: 'measure' },
      { surface: '47.758 kms', kind: 'measure', value: 47758 },
    ]);
    expectFigures('Arrivals rose to 24,000 quintals; the limit is 0.4 milligrams per liter; the 6-ft-deep channel flooded.', 'en', [
      { surface: '24,000 quintals', kind: 'measure' },
      { surface: '0.4 milligrams per liter', kind: 'measure' },
      { surface: '6-ft', kind: 'measure', unit: 'ft' },
    ]);
  });
  it('rupees of the country named nearest before them: "ahead of India\'s Yadav ... Pakistan\'s first gold ... Rs50 million"', () => {
    expectFigures("LAHORE: Nadeem finished ahead of India's Sachin Yadav (85.16m). It was Pakistan's first gold in 52 years. The Punjab government announced an award of Rs50 million.", 'en', [
      { surface: '85.16m' },
      { surface: 'first' },
      { surface: '52 years' },
      { surface: 'Rs50 million', currency: 'PKR' },
    ]);
  });
  it('a flow per second is one measure ("1.000 liter per detik", "80 m³/detik", "1.350 lt/dtk"), a volume per day stays a volume; "15 kubik" and "2.500 mg/l" are measures; "4.000 SR" counts house connections where "5,6 SR" is on the Richter scale; "tak sampai 10%" is less than', () => {
    expectFigures('Debit naik dari 1.000 liter per detik menjadi 80 m³/detik, kapasitas 1.350 lt/dtk; konsumsi 1.785 liter per hari.', 'id', [
      { surface: '1.000 liter per detik', kind: 'measure' },
      { surface: '80 m³/detik', kind: 'measure' },
      { surface: '1.350 lt/dtk', kind: 'measure' },
      { surface: '1.785 liter', kind: 'measure' },
    ]);
    expectFigures('Pemakaian cuma 15 kubik, kadar 2.500 mg/l. PDAM menambah 4.000 SR setelah gempa 5,6 SR, atau tak sampai 10% dari target.', 'id', [
      { surface: '15 kubik', kind: 'measure' },
      { surface: '2.500 mg/l', kind: 'measure' },
      { surface: '4.000', kind: 'count', unit: 'sr' },
      { surface: '5,6 SR', kind: 'measure' },
      { surface: '10%', qualifier: 'less_than' },
    ]);
  });
  it('Gulf and African copy: a fuel\'s grade ("95 unleaded", "92-octane", "Super 98") and a toll-free "800 9090" are none; "9 Dhu Al-Hijjah 1446" is a Hijri date; "the 800m in 1:41.11" a race in metres', () => {
    expectFigures('Motorists pay 19 cents more for 95 unleaded and for 92-octane gasoline; Super 98 costs Dh2.70. Report it on 800 9090 or 800 60.', 'en', [
      { surface: '19 cents' },
      { surface: 'Dh2.70', currency: 'AED' },
    ]);
    expectFigures('On the Day of Arafat, 9 Dhu Al-Hijjah 1446, Wanyonyi took the 800m in 1:41.11.', 'en', [
      { surface: '9 Dhu Al-Hijjah 1446', kind: 'date', value: 14461209 },
      { surface: '800m', kind: 'measure', value: 800 },
      { surface: '1:41.11', kind: 'duration' },
    ]);
  });
  it('months joined by "and" after "between" or "selama" are one range ("between September and November 2024", "selama Januari dan Februari 2025"), not after "in"; a number opening a quoted name (“100 Million Healthy Lives”) is none', () => {
    expectFigures('Between September and November 2024, sales rose; they met in January and November 2024.', 'en', [
      { surface: 'September and November 2024', value: 20240900, valueMax: 20241100 },
      { surface: 'November 2024', value: 20241100 },
    ]);
    expectFigures('Diskon berlaku selama Januari dan Februari 2025.', 'id', [{ surface: 'Januari dan Februari 2025', value: 20250100, valueMax: 20250200 }]);
    expectFigures('Its "100 Million Healthy Lives" initiative has screened 62.4 million people.', 'en', [{ surface: '62.4 million' }]);
  });
  it('the Americas\' own signs ("AR$1,210", "Mex$18.95", "J$159.82", "TT$59.2 billion"), a dateline\'s "$" (SANTIAGO: Chilean pesos, their dots thousands; EDMONTON: Canadian dollars); ART and BRT only after a clock\'s a.m./p.m. ("14 BRT" buses); "COP29" is a summit', () => {
    expectFigures('Prices were AR$1,210, Mex$18.95, J$159.82 and TT$59.2 billion at 3 p.m. ART; 14 BRT buses ran; COP29 opened.', 'en', [
      { surface: 'AR$1,210', currency: 'ARS', value: 1210 },
      { surface: 'Mex$18.95', currency: 'MXN' },
      { surface: 'J$159.82', currency: 'JMD' },
      { surface: 'TT$59.2 billion', currency: 'TTD' },
      { surface: '3 p.m. ART', kind: 'time' },
      { surface: '14', kind: 'count' },
    ]);
    expectFigures('SANTIAGO (MercoPress) — The peso firmed to $934 per dollar; the minimum wage will rise to $529.000.', 'en', [
      { surface: '$934', currency: 'CLP' },
      { surface: '$529.000', currency: 'CLP', value: 529_000 },
    ]);
    expectFigures('EDMONTON (CBC Sports) — Tickets cost $4,000.', 'en', [{ surface: '$4,000', currency: 'CAD' }]);
  });
  it('science units ("291 microseconds" a duration, "3 microkelvin", "0.02 solar masses", "0.001 mm³" measures); an age between commas after a name that follows a word of speech in Indonesian ("kata Darsono, 52, petani"), not a list ("5, 6, dan 7")', () => {
    expectFigures('Qubits lasted 291 microseconds at 3 microkelvin in a disk of 0.02 solar masses; the sample was 0.001 mm³.', 'en', [
      { surface: '291 microseconds', kind: 'duration' },
      { surface: '3 microkelvin', kind: 'measure' },
      { surface: '0.02 solar masses', kind: 'measure' },
      { surface: '0.001 mm³', kind: 'measure' },
    ]);
    expectFigures('"Nggak dikasih," kata Darsono, 52, petani penggarap. Ada 5, 6, dan 7 orang.', 'id', [
      { surface: '52', kind: 'duration' },
      { surface: '5', kind: 'count' },
      { surface: '6', kind: 'count' },
      { surface: '7', kind: 'count' },
    ]);
  });
  it('English slash dates are day first outside US copy ("12/09/2024" in London is 12 September, in Trenton, N.J. 9 December); "raise ... from 13.8% to 15%" is a change; "the N279 night buses" no naira; "within 400m" metres', () => {
    expectFigures('On 12/09/2024 the London court ruled.', 'en', [{ surface: '12/09/2024', value: 20240912 }]);
    expectFigures('TRENTON, N.J. — It was sold on 11/12/2024.', 'en', [{ surface: '11/12/2024', value: 20241112 }]);
    expectFigures("Reeves will raise employers' National Insurance from 13.8% to 15%.", 'en', [{ surface: '13.8%' }, { surface: '15%' }]);
    expectFigures('The N29 and N279 night buses are busy; 9 in 10 Londoners live within 400m of a stop.', 'en', [
      { surface: '9 in 10' },
      { surface: '400m', kind: 'measure', value: 400 },
    ]);
  });
  it('Peru\'s sign ends in a slash and its amount is still read ("S/3.58", "S/120 million"); a number after another slash stays unread ("24/7")', () => {
    expectFigures('A dollar buys S/3.58; the project cost S/120 million; the line runs 24/7.', 'en', [
      { surface: 'S/3.58', currency: 'PEN', value: 3.58 },
      { surface: 'S/120 million', currency: 'PEN', value: 120e6 },
    ]);
  });
  it('a decree\'s number after its code gives only its year ("SKB Nomor KP-DRJD 1233 Tahun 2025"); "Siti Aminah, 42, penjual keripik" is an age; "Harbolnas 2024 tembus Rp 31,2 T" a year', () => {
    expectFigures('Berdasarkan SKB Nomor KP-DRJD 1233 Tahun 2025, Siti Aminah, 42, penjual keripik, mencatat Harbolnas 2024 tembus Rp 31,2 T.', 'id', [
      { surface: '2025', kind: 'year' },
      { surface: '42', kind: 'duration' },
      { surface: '2024', kind: 'year' },
      { surface: 'Rp 31,2 T', kind: 'currency' },
    ]);
  });
  it('"off" counts nothing: "Root made 112 off 71 balls" counts runs, with no unit, and then balls', () => {
    expectFigures('Root made 112 off 71 balls.', 'en', [{ surface: '112', unit: undefined }, { surface: '71', unit: 'balls' }]);
  });
  it('"the 50m split" is metres, not 50 million', () => {
    expectFigures('She went through the 50m split in 26.45.', 'en', [{ surface: '50m', kind: 'measure', value: 50 }, { surface: '26.45' }]);
  });
  it('seconds, hours and milliseconds glued to a decimal are durations ("+0.190s", "2.5h", "300ms"); "0.3m/s" is a speed, not 300,000; "the 40s" stays a decade of age', () => {
    expectFigures('Norris finished +0.190s ahead after 2.5h; latency fell to 300ms; the wind blew 0.3m/s; she is in her 40s.', 'en', [
      { surface: '0.190s', kind: 'duration', value: 0.19, unit: 's' },
      { surface: '2.5h', kind: 'duration', value: 2.5, unit: 'h' },
      { surface: '300ms', kind: 'duration', value: 300, unit: 'ms' },
      { surface: '0.3m/s', kind: 'measure', value: 0.3, unit: 'm/s' },
      { surface: '40s', kind: 'duration', value: 40 },
    ]);
  });
  it('finance copy: basis points as "bp" ("125 bp", "30bp", "25-bp") but not the company BP; "a quarter point", "half-percentage-point", "half a point" are percents; "a 3.1-to-1 ratio", "a 1-in-3 chance", "one-in-four" shares and ratios; "+81 3 4578 9980" a phone number; "analyst, 34," an age', () => {
    expectFigures('Spreads widened 125 bp and 30bp after a 25-bp hike and a half-percentage-point move; BP shares rose 3 BP points.', 'en', [
      { surface: '125 bp', kind: 'percent', value: 125 },
      { surface: '30bp', kind: 'percent', value: 30 },
      { surface: '25-bp', kind: 'percent', value: 25 },
      { surface: 'half-percentage-point', kind: 'percent', value: 0.5 },
      { surface: '3 BP points', kind: 'measure' },
    ]);
    expectFigures('The bank cut by a quarter point, then by half a point.', 'en', [
      { surface: 'a quarter point', kind: 'percent', value: 0.25 },
      { surface: 'half a point', kind: 'percent', value: 0.5 },
    ]);
    expectFigures('Decliners led by a 3.1-to-1 ratio; traders see a 1-in-3 chance, one-in-four of them more.', 'en', [
      { surface: '3.1-to-1', kind: 'other', value: 3.1 },
      { surface: '1-in-3', kind: 'other', value: 0.333 },
      { surface: 'one-in-four', kind: 'other', value: 0.25 },
    ]);
    expectFigures('The analyst, 34, took the call (dial-in +81 3 4578 9980).', 'en', [{ surface: '34', kind: 'duration' }]);
  });
  it('any minister\'s regulation gives its year ("Permendag 8/2024", "Kepmenperin 12 Tahun 2023"); "membaik 2,3 poin" moves an index; "400 KTA" a capacity; "di atas 50 artinya" counts nothing', () => {
    expectFigures('Lewat Permendag 8/2024 dan Kepmenperin 12 Tahun 2023, PMI membaik 2,3 poin; pabrik 400 KTA; IKI di atas 50 artinya ekspansi.', 'id', [
      { surface: '2024', kind: 'year' },
      { surface: '2023', kind: 'year' },
      { surface: '2,3 poin', kind: 'measure' },
      { surface: '400 KTA', kind: 'measure', value: 400 },
      { surface: '50', unit: undefined },
    ]);
  });
  it('recipes: "200 gr", "100gr", "1/2 sdt" (a fraction, not 1 February), "1½ cangkir" are measures, "15 mnt" minutes (not Mongolian money); "Rp 110.000-an" runs to its last non-zero digit\'s step; "Lt. 27" is a floor', () => {
    expectFigures('Siapkan 200 gr tepung, 100gr mentega, 1/2 sdt garam dan 1½ cangkir santan, panggang 15 mnt. Harganya Rp 110.000-an di Menara Kadin Lt. 27.', 'id', [
      { surface: '200 gr', kind: 'measure', value: 200 },
      { surface: '100gr', kind: 'measure', value: 100 },
      { surface: '1/2 sdt', kind: 'measure', value: 0.5 },
      { surface: '1½ cangkir', kind: 'measure', value: 1.5 },
      { surface: '15 mnt', kind: 'duration', value: 15 },
      { surface: 'Rp 110.000-an', value: 110_000, valueMax: 119_999 },
    ]);
    expectFigures('Setara tiga hingga empat cangkir kopi seduh.', 'id', [{ surface: 'tiga hingga empat', kind: 'count' }]);
  });
  it('court copy: a federal docket ("1:23-cr-00418") and a toll-free number in words ("1-800-CALL-FBI") are no figures, nor "(Cap 134)"; "The inmate, then 29," an age; "1.2 kilos", ".08%", "eight-and-a-half years"; "three times Arizona\'s legal limit" a multiplier', () => {
    expectFigures('The case is U.S. v. Sethi, 1:23-cr-00418; tips to 1-800-CALL-FBI; under the Ordinance (Cap 134). The inmate, then 29, had 1.2 kilos and a reading of .08%, nearly three times Arizona\'s legal limit, and got eight-and-a-half years.', 'en', [
      { surface: '29', kind: 'duration' },
      { surface: '1.2 kilos', kind: 'measure', value: 1.2 },
      { surface: '.08%', kind: 'percent', value: 0.08 },
      { surface: 'three times', kind: 'other', value: 3 },
      { surface: 'eight-and-a-half years', kind: 'duration', value: 8.5 },
    ]);
  });
  it('weather advisories: "500 PM AST" is 17:00, "latitude 14.8 North" no figure; pressure in "mb" and "hectopascals", "acre-feet", "8 Beaufort", "1 to 2 degrees F", "10:44 p.m. HST"', () => {
    expectFigures('At 500 PM AST (2100 UTC), the center was near latitude 14.8 North, pressure 946 mb or 935 hectopascals, winds 8 Beaufort; reservoirs lost 592,000 acre-feet; it ran 1 to 2 degrees F warm until 10:44 p.m. HST.', 'en', [
      { surface: '500 PM AST', kind: 'time', value: 1700 },
      { surface: '2100 UTC', kind: 'time', value: 2100 },
      { surface: '946 mb', kind: 'measure' },
      { surface: '935 hectopascals', kind: 'measure' },
      { surface: '8 Beaufort', kind: 'measure' },
      { surface: '592,000 acre-feet', kind: 'measure' },
      { surface: '1 to 2 degrees F', kind: 'measure', value: 1, valueMax: 2 },
      { surface: '10:44 p.m. HST', kind: 'time', value: 2244 },
    ]);
  });
  it('"the twenty-fourth of February 2022" and "the 5th of May 2024" are dates with their years; Indonesian units of time typed glued ("20thn", "12bln", "2hari")', () => {
    expectFigures('Russia invaded on the twenty-fourth of February 2022; the vote is on the 5th of May 2024.', 'en', [
      { surface: 'twenty-fourth of February 2022', kind: 'date', value: 20220224 },
      { surface: '5th of May 2024', kind: 'date', value: 20240505 },
    ]);
    expectFigures('Perang sudah 20thn katanya, cicilan 12bln, antre 2hari.', 'id', [
      { surface: '20thn', kind: 'duration', value: 20 },
      { surface: '12bln', kind: 'duration', value: 12 },
      { surface: '2hari', kind: 'duration', value: 2 },
    ]);
  });
  it('crypto amounts are measures ("0,85 BTC", "4.000 ETH", "5 bitcoin"); "Rp 380-an juta" scales its "-an"; "layanan 282 instansi" counts (only a number with nothing after it is a service line); "port 443" a name; "1,1 juta berupa situs" counts nothing named "berupa"; "T$452.3 billion" Taiwan dollars; "16 gigs"', () => {
    expectFigures('Tebusan 0,85 BTC, lalu 4.000 ETH dan 5 bitcoin; kerugian Rp 380-an juta; serangan melumpuhkan layanan 282 instansi; hubungi layanan 112; server di port 443; sekitar 1,1 juta berupa situs.', 'id', [
      { surface: '0,85 BTC', kind: 'measure', value: 0.85 },
      { surface: '4.000 ETH', kind: 'measure', value: 4000 },
      { surface: '5 bitcoin', kind: 'measure', value: 5 },
      { surface: 'Rp 380-an juta', value: 380e6, valueMax: 389_999_999 },
      { surface: '282', kind: 'count', unit: 'instansi' },
      { surface: '1,1 juta', unit: undefined },
    ]);
    expectFigures('TSMC earned T$452.3 billion; the phone has 16 gigs of RAM.', 'en', [
      { surface: 'T$452.3 billion', currency: 'TWD' },
      { surface: '16 gigs', kind: 'measure' },
    ]);
  });
  it('a bare "$" outside brackets in a text that signs one local dollar and no other is that dollar ("a median A$600 a week ..., up $20"), but a conversion in brackets stays US dollars; "a 475-sq-ft studio" is a measure', () => {
    expectFigures('Renters in Melbourne pay a median A$600 a week for a house, up $20 on the quarter, for a 475-sq-ft unit.', 'en', [
      { surface: 'A$600', currency: 'AUD' },
      { surface: '$20', currency: 'AUD' },
      { surface: '475-sq-ft', kind: 'measure', value: 475 },
    ]);
    expectFigures('The developer sold the site for S$239 million ($184 million).', 'en', [
      { surface: 'S$239 million', currency: 'SGD' },
      { surface: '$184 million', currency: 'USD' },
    ]);
  });
  it('commodities copy: "1.65 mb/d", "3.52 million bbl/d", "264 Mt", "11.7Moz", "298.5 million wet tons" are measures; "$US12.5 billion" is US dollars as Australian copy writes them; "0300 MSK" Moscow time', () => {
    expectFigures('Output rose to 1.65 mb/d and 3.52 million bbl/d; reserves of 264 Mt and 11.7Moz; 298.5 million wet tons; costs of $US12.5 billion; at 0300 MSK.', 'en', [
      { surface: '1.65 mb/d', kind: 'measure' },
      { surface: '3.52 million bbl/d', kind: 'measure', value: 3.52e6 },
      { surface: '264 Mt', kind: 'measure' },
      { surface: '11.7Moz', kind: 'measure', value: 11.7 },
      { surface: '298.5 million wet tons', kind: 'measure' },
      { surface: '$US12.5 billion', currency: 'USD', value: 12.5e9 },
      { surface: '0300 MSK', kind: 'time', value: 300 },
    ]);
  });
  it('football: a match\'s minute is its rank ("pada menit 81", "di menit 45+2" is 47, "Mirza 9\'", "90+4\'"), not "bermain 90 menit"; "19.30 waktu London" a clock time; "saluran 122" a channel', () => {
    expectFigures("Gol dicetak pada menit 81 dan di menit 45+2, lalu Mirza 9', Bayu 90+4'. Ia bermain 90 menit. Laga dimulai 19.30 waktu London di saluran 122.", 'id', [
      { surface: '81', kind: 'ordinal', value: 81 },
      { surface: '45+2', kind: 'ordinal', value: 47 },
      { surface: '9', kind: 'ordinal', value: 9 },
      { surface: '90+4', kind: 'ordinal', value: 94 },
      { surface: '90 menit', kind: 'duration' },
      { surface: '19.30', kind: 'time', value: 1930 },
    ]);
  });
  it('"3,5 ltr" and "1,5 kwintal" are measures', () => {
    expectFigures('Beras 3,5 ltr, panen 1,5 kwintal.', 'id', [
      { surface: '3,5 ltr', kind: 'measure' },
      { surface: '1,5 kwintal', kind: 'measure' },
    ]);
  });
  it('clock times listed after a word of time all are times ("pukul 07.30, 10.00, dan 14.00 WITA"); "12 midnight" is 00:00; "440-mg" and "5-ml" measures; "2.400 HP", "10 NM"', () => {
    expectFigures('Speedboat berangkat pukul 07.30, 10.00, dan 14.00 WITA; mesinnya 2.400 HP dan radius 10 NM.', 'id', [
      { surface: '07.30', kind: 'time', value: 730 },
      { surface: '10.00', kind: 'time', value: 1000 },
      { surface: '14.00 WITA', kind: 'time', value: 1400 },
      { surface: '2.400 HP', kind: 'measure' },
      { surface: '10 NM', kind: 'measure' },
    ]);
    expectFigures('The strike began at 12 midnight; each 440-mg tablet.', 'en', [
      { surface: '12 midnight', kind: 'time', value: 0 },
      { surface: '440-mg', kind: 'measure', value: 440 },
    ]);
  });
  it('"epidemiological week 30" names a week of the year, no figure', () => {
    expectFigures('In its situation report for epidemiological week 30, the agency said 21 states had cases.', 'en', [{ surface: '21', kind: 'count' }]);
  });
  it('a value with a margin ("9.000 ± 0,2 orang") keeps its span: the margin\'s fraction does not make it the other language\'s thousands', () => {
    expectFigures('Sebanyak 9.000 ± 0,2 orang.', 'id', [{ surface: '9.000 ± 0,2', kind: 'count', value: 8999.8, valueMax: 9000.2 }]);
    expectFigures('About 6.700 ± 0.5 containers.', 'en', [{ surface: '6.700 ± 0.5', kind: 'count', value: 6.2, valueMax: 7.2 }]);
  });
  it('space copy: a power of ten in superscripts ("3.4 × 10¹⁶ joules"), "1.066 Earth radii" (a decimal, not thousands), "13.6 TeV", "40 ly", "10 mm/s", "1,500 sols", "13 min 20 s"; "Voyager 1" and "Falcon 9" are names', () => {
    expectFigures('Voyager 1, launched in 1977, released 3.4 × 10¹⁶ joules; the planet is 1.066 Earth radii wide and 40 ly away.', 'en', [
      { surface: '1977', kind: 'year' },
      { surface: '3.4 × 10¹⁶ joules', kind: 'measure', value: 3.4e16, unit: 'joules' },
      { surface: '1.066 Earth radii', kind: 'measure', value: 1.066 },
      { surface: '40 ly', kind: 'measure', value: 40 },
    ]);
    expectFigures('A Falcon 9 flew; collisions at 13.6 TeV, drift of 10 mm/s and 2 × 10⁻³ m, over 1,500 sols, in 13 min 20 s.', 'en', [
      { surface: '13.6 TeV', kind: 'measure', value: 13.6 },
      { surface: '10 mm/s', kind: 'measure', value: 10 },
      { surface: '2 × 10⁻³ m', kind: 'measure', value: 0.002 },
      { surface: '1,500 sols', kind: 'duration', value: 1500 },
      { surface: '13 min 20 s', kind: 'duration', value: 800 },
    ]);
  });
  it('clock zones after a.m./p.m. ("5:16 p.m. NDT", "9 a.m. EET"); short units of time in a compound ("1 thn 6 bln", "2 jam 15 mnt"); "dek 3" is a label', () => {
    expectFigures('Totality began at 5:16 p.m. NDT and ended at 9 a.m. EET.', 'en', [
      { surface: '5:16 p.m. NDT', kind: 'time', value: 1716 },
      { surface: '9 a.m. EET', kind: 'time', value: 900 },
    ]);
    expectFigures('Usianya 1 thn 6 bln, perjalanan 2 jam 15 mnt di dek 3 kapal.', 'id', [
      { surface: '1 thn 6 bln', kind: 'duration', value: 18 },
      { surface: '2 jam 15 mnt', kind: 'duration', value: 135 },
    ]);
  });
  it('"over" that hands on ("handed over 193 aircraft") or spreads a figure of its clause across places or rounds ("76 drones over 17 oblasts", "37 sites over six expeditions") bounds nothing; "over 100 people", "with over 20 stages" and "buildings over 18 metres" after a dash still do', () => {
    expectFigures('Airbus handed over 193 aircraft. Air defence downed 76 drones over 17 oblasts. The team surveyed 37 sites over six expeditions. The 2 attacks killed over 100 people, with over 20 stages left.', 'en', [
      { surface: '193', qualifier: 'exact' },
      { surface: '76', qualifier: 'exact' },
      { surface: '17', unit: 'oblasts', qualifier: 'exact' },
      { surface: '37', qualifier: 'exact' },
      { surface: 'six', unit: 'expeditions', qualifier: 'exact' },
      { surface: '2', qualifier: 'exact' },
      { surface: '100', unit: 'people', qualifier: 'more_than' },
      { surface: '20', unit: 'stages', qualifier: 'more_than' },
    ]);
    expectFigures('The 134-metre tower has two staircases — a rule for buildings over 18 metres.', 'en', [
      { surface: '134-metre', kind: 'measure' },
      { surface: 'two', kind: 'count' },
      { surface: '18 metres', qualifier: 'more_than' },
    ]);
  });
  it('sports copy: an age after a player ("The Norway striker, 25,", "Luke Littler, just 17,"); "a first Six Nations" is a name; a lap "1m 34.876s" in seconds; "4,000 behind" and "two past the keeper" count no noun; "1.7 million fewer vehicles" counts vehicles', () => {
    expectFigures('The Norway striker, 25, now has 21 goals; Luke Littler, just 17, won a first Six Nations title.', 'en', [
      { surface: '25', kind: 'duration' },
      { surface: '21', unit: 'goals' },
      { surface: '17', kind: 'duration' },
      { surface: 'first', kind: 'ordinal' },
    ]);
    expectFigures('Norris set 1m 34.876s, about 4,000 behind; he slotted two past the keeper as 1.7 million fewer vehicles came.', 'en', [
      { surface: '1m 34.876s', kind: 'duration', value: 94.876 },
      { surface: '4,000', kind: 'count', unit: undefined },
      { surface: 'two', kind: 'count', unit: undefined },
      { surface: '1.7 million', kind: 'count', unit: 'vehicles' },
    ]);
  });
  it('millions of pounds are sterling beside a dollar amount or words of money ("revenue of 615.0 million pounds", "6.7 billion pounds ($8.4 billion)"), a weight otherwise ("a target of 25 million pounds" of uranium)', () => {
    expectFigures('Revenue of 615.0 million pounds; rights sold for 6.7 billion pounds ($8.4 billion); a target of 25 million pounds.', 'en', [
      { surface: '615.0 million pounds', kind: 'currency', currency: 'GBP' },
      { surface: '6.7 billion pounds', kind: 'currency', currency: 'GBP' },
      { surface: '$8.4 billion', kind: 'currency' },
      { surface: '25 million pounds', kind: 'measure', unit: 'pounds' },
    ]);
  });
  it('Indonesian: an age after "usia" where nothing counted follows ("usia 25", "usia 20-an"; "usia enam kandidat" counts them); "2/3 di antaranya" is a share; "17.305 ditilang", "94.210 lewat tilang" and "usia 40-an perlu" count no noun; "lajur 2" and "kode bayar 8870" are labels', () => {
    expectFigures('Korban usia 25 dan usia 20-an, rata-rata usia enam kandidat; 2/3 di antaranya pelajar; 17.305 ditilang dan 94.210 lewat tilang manual; usia 40-an perlu cek; di lajur 2 dengan kode bayar 8870.', 'id', [
      { surface: '25', kind: 'duration' },
      { surface: '20-an', kind: 'duration' },
      { surface: 'enam', kind: 'count', unit: 'kandidat' },
      { surface: '2/3', kind: 'other', value: 0.667 },
      { surface: '17.305', kind: 'count', unit: undefined },
      { surface: '94.210', kind: 'count', unit: undefined },
      { surface: '40-an', kind: 'duration', unit: undefined },
    ]);
  });
  it('astronomy and property copy: "magnitudo -4,9" below zero; "empat sampai lima miliar tahun" and "five to six hundred" take the second end\'s scale; "asteroid 3200 Phaethon" and "planet ekstrasurya 55 Cancri e" are names; "15 kali diameter Bumi" a multiplier; "0,64 satuan astronomi", "35 km per detik"', () => {
    expectFigures('Kecerahannya mencapai magnitudo -4,9; tabrakan dalam empat sampai lima miliar tahun; asteroid 3200 Phaethon dan planet ekstrasurya 55 Cancri e; bintik itu 15 kali diameter Bumi, 0,64 satuan astronomi, melaju 35 km per detik.', 'id', [
      { surface: '-4,9', kind: 'measure', value: -4.9, unit: 'magnitudo' },
      { surface: 'empat sampai lima miliar tahun', kind: 'duration', value: 4e9, valueMax: 5e9 },
      { surface: '15 kali', kind: 'other', value: 15 },
      { surface: '0,64 satuan astronomi', kind: 'measure', value: 0.64 },
      { surface: '35 km per detik', kind: 'measure', value: 35 },
    ]);
    expectFigures('Some five to six hundred troops; the 1910 home sits on a block at Apt. 1227; it went for $2.21 mil.', 'en', [
      { surface: 'five to six hundred', kind: 'count', value: 500, valueMax: 600 },
      { surface: '1910', kind: 'year' },
      { surface: '$2.21 mil', kind: 'currency', value: 2210000 },
    ]);
  });
  it('court and land copy: a law\'s sections listed ("sections 8(c), 21(c) and 29 of the NDPS Act", "318(4), 319(2)") and "badge 1123" are labels; "2,450 ether" a measure; "bidang" counts plots ("2,5 juta bidang tanah"); a deadline\'s year ("paling lambat 2027", "no later than 2030")', () => {
    expectFigures('A case was registered under sections 8(c), 21(c) and 29 of the NDPS Act and Sections 318(4), 319(2) of the BNS; badge 1123; forfeiture of 2,450 ether; it must close no later than 2030.', 'en', [
      { surface: '2,450 ether', kind: 'measure', unit: 'ether' },
      { surface: '2030', kind: 'year', qualifier: 'at_most' },
    ]);
    expectFigures('Target 2,5 juta bidang tanah, tuntas paling lambat 2027.', 'id', [
      { surface: '2,5 juta', kind: 'count', unit: 'bidang' },
      { surface: '2027', kind: 'year', qualifier: 'at_most' },
    ]);
  });
  it('a month\'s day before "until 5pm" stays a date ("on July 11 until 5pm on July 20"); an age after initials ("Sopir berinisial AM, 44,"); "mg/kgBB" and "bpj" units; "34 sisanya" counts no noun', () => {
    expectFigures('Appeals run from 9am on July 11 until 5pm on July 20.', 'en', [
      { surface: '9am', kind: 'time', value: 900 },
      { surface: 'July 11', kind: 'date', value: 711 },
      { surface: '5pm', kind: 'time', value: 1700 },
      { surface: 'July 20', kind: 'date', value: 720 },
    ]);
    expectFigures('Sopir berinisial AM, 44, mengaku. Dosis anak 10-15 mg/kgBB, ambang 0,6 bpj, sementara 34 sisanya tak berizin.', 'id', [
      { surface: '44', kind: 'duration' },
      { surface: '10-15 mg/kgBB', kind: 'measure', value: 10, valueMax: 15 },
      { surface: '0,6 bpj', kind: 'measure' },
      { surface: '34', kind: 'count', unit: undefined },
    ]);
  });
  it('the British clock without "am" or a zone: "at 10.30 on Wednesday", "10.30 local time", "at 7.45 tonight" (pm); a price stays a number ("shares closed at 10.30 on Wednesday")', () => {
    expectFigures('The council meets at 10.30 on Wednesday; he landed at 10.30 local time; kick-off is at 7.45 tonight. Shares closed at 10.30 on Wednesday.', 'en', [
      { surface: '10.30', kind: 'time', value: 1030 },
      { surface: '10.30', kind: 'time', value: 1030 },
      { surface: '7.45', kind: 'time', value: 1945 },
      { surface: '10.30', kind: 'count', value: 10.3 },
    ]);
  });
  it('local-government copy: tallies after "voting" and a council\'s members ("voting 9-6", "approved by councillors 8-3"); a block of house numbers and "St" without its dot ("14-18 Albert Lane", "77 Mitchell St"), a street\'s ordinal ("411 W. First St."), postcodes listed, a phone line "555-0199", "911 dispatch" and "plate 4417" are none; "MLD", "lane-miles" and "ppts" are units', () => {
    expectFigures('With councillors voting 9-6, approved by councillors 8-3; a tower at 14-18 Albert Lane and the office at 77 Mitchell St, Murrung; hearing in Room 303, 411 W. First St. Comments by post. Suburbs in postcodes 3081 and 3084; line 555-0199; the county\'s 911 dispatch center; plate 4417-PW. It gets 190 MLD for 1,740 lane-miles, down 2.5ppts.', 'en', [
      { surface: '9', kind: 'count' },
      { surface: '6', kind: 'count' },
      { surface: '8', kind: 'count' },
      { surface: '3', kind: 'count' },
      { surface: '190 MLD', kind: 'measure' },
      { surface: '1,740 lane-miles', kind: 'measure' },
      { surface: '2.5ppts', kind: 'percent' },
    ]);
  });
  it('Indonesian: a clock time in words after "jam"/"pukul" ("jam setengah lima subuh" 04.30, "jam sepuluh malam" 22.00, "pukul dua belas malam" 00.00); "tiga puluhan" thirty-odd; an age before a verb of what the person says ("Arif Budiman, 34, mengaku"); "SPBU 14.282.634" and "oktan 92" are labels; "9.200 MT" a measure', () => {
    expectFigures('Ada yang datang dari jam setengah lima subuh, baru isi jam sepuluh malam, tutup pukul dua belas malam. Kalau Sabtu bisa tiga puluhan. Sopir, Arif Budiman, 34, mengaku antre di SPBU 14.282.634 untuk bensin oktan 92; LPG tembus 9.200 MT per hari.', 'id', [
      { surface: 'setengah lima subuh', kind: 'time', value: 430 },
      { surface: 'sepuluh malam', kind: 'time', value: 2200 },
      { surface: 'dua belas malam', kind: 'time', value: 0 },
      { surface: 'tiga puluhan', kind: 'count', value: 30, valueMax: 39, qualifier: 'approx' },
      { surface: '34', kind: 'duration' },
      { surface: '9.200 MT', kind: 'measure', value: 9200 },
    ]);
  });
  it('a season written "2007-08" is a span of years; a field event\'s "2.01m" is metres ("won the high jump with 2.01m"); "option 2" on a phone line is a label', () => {
    expectFigures('Derby\'s record low was set in 2007-08. Mahuchikh won the high jump with 2.01m; call 0161 868 8000, option 2.', 'en', [
      { surface: '2007-08', kind: 'year', value: 2007, valueMax: 2008 },
      { surface: '2.01m', kind: 'measure', value: 2.01 },
    ]);
  });
  it('Indonesian: "±Rp 2,1 triliun" is rupiah, roughly; "kira2" is about; labels listed with their letters ("seksi 5A dan 6C baru rampung")', () => {
    expectFigures('APBN terbebani ±Rp 2,1 triliun per tahun; jaraknya kira2 2 jam. Seksi 5A dan 6C baru rampung 70 persen.', 'id', [
      { surface: 'Rp 2,1 triliun', kind: 'currency', currency: 'IDR', qualifier: 'approx' },
      { surface: '2 jam', kind: 'duration', qualifier: 'approx' },
      { surface: '70 persen', kind: 'percent' },
    ]);
  });
  it('an air-quality index\'s reading is kind other and no name ("dengan ISPU 152", "AQI ... di angka 164", "Air Quality Index stood at 418"); "mg/Nm3" and "ug/m3" are units', () => {
    expectFigures('Tertinggi di Lubang Buaya dengan ISPU 152; indeks kualitas udara (AQI) Jakarta di angka 164; emisi 412 mg/Nm3, PM2,5 213 ug/m3.', 'id', [
      { surface: '152', kind: 'other', value: 152 },
      { surface: '164', kind: 'other', value: 164 },
      { surface: '412 mg/Nm3', kind: 'measure' },
      { surface: '213 ug/m3', kind: 'measure' },
    ]);
    expectFigures("Delhi's Air Quality Index stood at 418; 12 people were hurt.", 'en', [
      { surface: '418', kind: 'other' },
      { surface: '12', kind: 'count' },
    ]);
  });
  it('court copy: "at around 2345 hrs" a rough time; sections listed after a subsection ("Sections 8(c), 22 and 29"); "$A26,500" Australian dollars; a British postcode "LE3 0BQ" and "1800RESPECT" are none; "quoting log 412", "Blocks 271A, 272 and 273C" labels; "was 18 when he attacked" an age', () => {
    expectFigures('Police laid a trap at around 2345 hrs and booked them under Sections 8(c), 22 and 29 of the NDPS Act; he was fined $A26,500. Morris, of Narborough Road, LE3 0BQ, or 1800RESPECT; call 101 quoting log 412; lifts at Blocks 271A, 272 and 273C. Tyler Hughes was 18 when he attacked; the toll was 18 when it rained.', 'en', [
      { surface: '2345 hrs', kind: 'time', value: 2345, qualifier: 'approx' },
      { surface: '$A26,500', kind: 'currency', currency: 'AUD' },
      { surface: '18', kind: 'duration' },
      { surface: '18', kind: 'count' },
    ]);
  });
  it('"By 9 o\'clock" and "at 10 o\'clock tonight" are clock times; "turun ke bawah 17 persen" less than; "412 ribu lebih tercatat sebagai ASN" counts no noun; "87 kaki palsu" counts prosthetic legs, not feet', () => {
    expectFigures("By 9 o'clock the queue had grown; the vote is at 10 o'clock tonight.", 'en', [
      { surface: "9 o'clock", kind: 'time', value: 900 },
      { surface: "10 o'clock", kind: 'time', value: 2200 },
    ]);
    expectFigures('Target turun ke bawah 17 persen; 412 ribu lebih tercatat sebagai ASN; 87 kaki palsu dan peti kemas 40 kaki.', 'id', [
      { surface: '17 persen', qualifier: 'less_than' },
      { surface: '412 ribu', unit: undefined, qualifier: 'more_than' },
      { surface: '87', kind: 'count' },
      { surface: '40 kaki', kind: 'measure' },
    ]);
  });
  it('weather copy: "32 F (0 C)" a zero measure in brackets; "after 2000 local time" a clock time; an Australian thirteen number ("call the SES on 132 500", "(13 3337)"), an emergency line at a clause\'s end ("reached on 112.") and "the 610 Loop" are none', () => {
    expectFigures('It will not climb above 32 F (0 C) until the rain eases after 2000 local time. Call the SES on 132 500, or call 13 DFES (13 3337); emergency services can be reached on 112. Avoid the 610 Loop, where 14 cars crashed.', 'en', [
      { surface: '32 F', kind: 'measure' },
      { surface: '0 C', kind: 'measure', value: 0 },
      { surface: '2000', kind: 'time', value: 2000 },
      { surface: '14', kind: 'count' },
    ]);
  });
  it('business copy: a form\'s name after a dash ("an 8-K filing", "a 10-Q report") is none, a currency range is not ("A$35-A$150"); "16Gb" a measure; "25.7 ms" a duration', () => {
    expectFigures('It said in an 8-K filing and a 10-Q report that tickets cost A$35-A$150; a 16Gb chip; latency of 25.7 ms.', 'en', [
      { surface: 'A$35-A$150', kind: 'currency', value: 35, valueMax: 150 },
      { surface: '16Gb', kind: 'measure' },
      { surface: '25.7 ms', kind: 'duration', unit: 'ms' },
    ]);
  });
  it('Indonesian: a fee after "layanan" is no service number ("biaya layanan 2,5%"); "total 2023 yang mencapai 2.301 orang" is a year\'s total', () => {
    expectFigures('Kartu kredit dikenai biaya layanan 2,5%; PMI dipulangkan hampir menyamai total 2023 yang mencapai 2.301 orang; hubungi layanan 112.', 'id', [
      { surface: '2,5%', kind: 'percent', value: 2.5 },
      { surface: '2023', kind: 'year' },
      { surface: '2.301', kind: 'count', unit: 'orang' },
    ]);
  });
  it('a compound measure is one figure in its smaller unit, as a compound duration is ("5ft 10in" 70 in, "75 feet, 2 inches" 902, "7lb 4oz" 116 oz), and "3 yrs and 10 months" 46 months; "a 6 ft wall in 2 inches of snow" stays two', () => {
    expectFigures('He is about 5ft 10in tall; the throw went 75 feet, 2 inches; a 7lb 4oz baby; jailed for 3 yrs and 10 months; a 6 ft wall in 2 inches of snow.', 'en', [
      { surface: '5ft 10in', kind: 'measure', value: 70, unit: 'in' },
      { surface: '75 feet, 2 inches', kind: 'measure', value: 902, unit: 'inches' },
      { surface: '7lb 4oz', kind: 'measure', value: 116, unit: 'oz' },
      { surface: '3 yrs and 10 months', kind: 'duration', value: 46, unit: 'months' },
      { surface: '6 ft', kind: 'measure', value: 6 },
      { surface: '2 inches', kind: 'measure', value: 2 },
    ]);
  });
  it('the kina is a currency word ("Satu kina setara Rp 4.000", "50 kina")', () => {
    expectFigures('Satu kina setara Rp 4.000; tiketnya 50 kina.', 'id', [
      { surface: 'Satu kina', kind: 'currency', currency: 'PGK', value: 1 },
      { surface: 'Rp 4.000', kind: 'currency', currency: 'IDR' },
      { surface: '50 kina', kind: 'currency', currency: 'PGK' },
    ]);
  });
  it('English: "second-worst" is a rank; "ten times worse" a multiplier; "a seventh of" a share; "lots 24171" a label; a spelled day after its month ("July fifteenth") and its year in digits ("March twenty-third, 2024")', () => {
    expectFigures('July was the second-worst month; ramping is ten times worse than it was; about a seventh of its budget; lots 24171 of drops, counted up to July fifteenth and on March twenty-third, 2024.', 'en', [
      { surface: 'second', kind: 'ordinal', value: 2 },
      { surface: 'ten times', kind: 'other', value: 10 },
      { surface: 'a seventh', kind: 'other', value: 0.143 },
      { surface: 'July fifteenth', kind: 'date', value: 715 },
      { surface: 'March twenty-third, 2024', kind: 'date', value: 20240323 },
    ]);
  });
  it('Indonesian: a spelled day keeps no full stop after "Mei"; idioms ("pusing tujuh keliling", "berpikir dua kali") are no amounts but "lari tujuh keliling" is; the dong, the real and "AU$" are currencies', () => {
    expectFigures('Senin malam, dua puluh tujuh Mei. Bikin pusing tujuh keliling, pelanggan berpikir dua kali; ia lari tujuh keliling. Harga 130.000 dong per kilogram, 2.500 real per karung, atau AU$ 78.', 'id', [
      { surface: 'dua puluh tujuh Mei', kind: 'date', value: 527 },
      { surface: 'tujuh', kind: 'count', value: 7 },
      { surface: '130.000 dong', kind: 'currency', currency: 'VND', value: 130000 },
      { surface: '2.500 real', kind: 'currency', currency: 'BRL', value: 2500 },
      { surface: 'AU$ 78', kind: 'currency', currency: 'AUD', value: 78 },
    ]);
  });
  it('a decree\'s number gives only its year, whatever its codes ("SK Wali Kota Nomor 188.45/251/436.1.2/2009", "PMK 191/PMK.010/2022", "Keputusan Menteri ATR/Kepala BPN Nomor 27/SK-HR.02/III/2025"); a court\'s ruling and a press release give none, even after a decree\'s sentence; "on cloud nine" is no amount', () => {
    expectFigures('Rumah itu tercatat dalam SK Wali Kota Nomor 188.45/251/436.1.2/2009. Sumber: PMK 191/PMK.010/2022. Keputusan Menteri ATR/Kepala BPN Nomor 27/SK-HR.02/III/2025. Putusan MK Nomor 168/PUU-XXI/2023. Siaran Pers No. 215/HM/KOMDIGI/11/2024.', 'id', [
      { surface: '2009', kind: 'year', value: 2009 },
      { surface: '2022', kind: 'year', value: 2022 },
      { surface: '2025', kind: 'year', value: 2025 },
    ]);
    expectFigures('Those who got a house are on cloud nine; they saw nine clouds.', 'en', [{ surface: 'nine', kind: 'count', unit: 'clouds' }]);
  });
  it('"a dozen" after a price is what the price is for, no count ("$4.95 a dozen", "50 cents a dozen"); "A dozen eggs" still counts', () => {
    expectFigures('Egg prices hit $4.95 a dozen, after 50 cents a dozen in 1990. A dozen eggs cost $4.', 'en', [
      { surface: '$4.95', kind: 'currency' },
      { surface: '50 cents', kind: 'currency' },
      { surface: '1990', kind: 'year' },
      { surface: 'A dozen', kind: 'count', value: 12, unit: 'eggs' },
      { surface: '$4', kind: 'currency' },
    ]);
  });
  it('English: an unnamed speaker is no count ("said one head teacher", "one parent said"), but "only one member said" and "one in five voters said" are; "at the eleventh hour" and "in two minds" are idioms; "a second-semester student" and "at eighth globally" are ranks; "decile 1" and "floor 3" are labels', () => {
    expectFigures('"We are back," said one head teacher in Kent; "Hi," one parent said; only one member said yes; one in five voters said no. Talks collapsed at the eleventh hour; nobody is in two minds. Rizky is a second-semester student; NUS is at eighth globally; decile 1 schools; a room on floor 3.', 'en', [
      { surface: 'one', kind: 'count', value: 1, unit: 'member' },
      { surface: 'one in five', kind: 'other', value: 0.2 },
      { surface: 'second', kind: 'ordinal', value: 2 },
      { surface: 'eighth', kind: 'ordinal', value: 8 },
    ]);
  });
  it('Indonesian: "unit" after a number is what that counts, not a label of the next ("207.586 unit (43.188 mobil, ...)"); the idiom "pisau bermata dua" (but "peletakan batu pertama" a rank, as labellers mostly have it); units "km/kWh" and "gigawatt jam"', () => {
    expectFigures('Populasi 207.586 unit (43.188 mobil, 164.398 motor). Peletakan batu pertama di Karawang; insentif itu pisau bermata dua. Efisiensinya 6,4 km/kWh, kapasitas 31,6 gigawatt jam; PLTU unit 9.', 'id', [
      { surface: '207.586', kind: 'count', unit: 'unit' },
      { surface: '43.188', kind: 'count', unit: 'mobil' },
      { surface: '164.398', kind: 'count', unit: 'motor' },
      { surface: 'pertama', kind: 'ordinal', value: 1 },
      { surface: '6,4 km/kWh', kind: 'measure', value: 6.4 },
      { surface: '31,6 gigawatt jam', kind: 'measure', value: 31.6 },
    ]);
  });
  it('the other language\'s thousands in a count, whole numbers too ("Some 11.000 North Korean soldiers" in English copy), and a count "per" a day is as of that day ("991,820 personel per 4 Juni 2025"), not a ratio ("1,625 kasus per 100 penduduk")', () => {
    expectFigures('Some 11.000 North Korean soldiers moved in, with 1.500 troops; it swapped 1.025 Chevron shares for each Hess share.', 'en', [
      { surface: '11.000', kind: 'count', value: 11000, unit: 'soldiers' },
      { surface: '1.500', kind: 'count', value: 1500, unit: 'troops' },
      { surface: '1.025', kind: 'count', value: 1.025, unit: 'shares' },
    ]);
    expectFigures('Staf Umum mencatat 991,820 personel per 4 Juni 2025; ada 1,625 kasus per 100 penduduk.', 'id', [
      { surface: '991,820', kind: 'count', value: 991820, unit: 'personel' },
      { surface: '4 Juni 2025', kind: 'date', value: 20250604 },
      { surface: '1,625', kind: 'count', value: 1.625, unit: 'kasus' },
      { surface: '100', kind: 'count', value: 100, unit: 'penduduk' },
    ]);
  });
  it('English: "by" a change and "to" a level far larger are two figures ("raised its forecast by 1.1 million tonnes to 83.8 million tonnes"; "rose by 2 to 3 percent" stays a range); "A dozen large eggs" after a price\'s sentence counts; "put two and two together" is an idiom', () => {
    expectFigures('SovEcon raised its forecast by 1.1 million tonnes to 83.8 million tonnes; rates rose by 2 to 3 percent. Milk: $3.49. A dozen large eggs: $5.99. You put two and two together.', 'en', [
      { surface: '1.1 million tonnes', kind: 'measure', value: 1100000 },
      { surface: '83.8 million tonnes', kind: 'measure', value: 83800000 },
      { surface: '2 to 3 percent', kind: 'percent', value: 2, valueMax: 3 },
      { surface: '$3.49', kind: 'currency' },
      { surface: 'A dozen', kind: 'count', value: 12, unit: 'eggs' },
      { surface: '$5.99', kind: 'currency' },
    ]);
  });
  it('Indonesian polls: points beside a survey are percentage points ("1.600 responden ... unggul 22 poin"); "plus minus 4 poin persentase" a margin, approx; "setali tiga uang" an idiom; "Timnas meraih 13 poin" still counts points', () => {
    expectFigures('Survei terhadap 1.600 responden menempatkan jagoannya unggul 22 poin, margin of error plus minus 4 poin persentase. Hasilnya setali tiga uang. Timnas meraih 13 poin.', 'id', [
      { surface: '1.600', kind: 'count', unit: 'responden' },
      { surface: '22 poin', kind: 'percent', value: 22 },
      { surface: '4 poin persentase', kind: 'percent', value: 4, qualifier: 'approx' },
      { surface: '13', kind: 'count', unit: 'poin' },
    ]);
  });
  it('English: "6.9M" with nothing after it is 6.9 million, not a company\'s name as "3M said" is', () => {
    expectFigures('A chart put refugees at 6.9M. 3M said it would cut jobs.', 'en', [{ surface: '6.9M', kind: 'count', value: 6900000 }]);
  });
  it('after a label of four digits or more, the next of its length goes with it ("lots 24171 and 24172", "tipe 4680 dan 21700 kini"), not a year ("lots 24171 and 2024")', () => {
    expectFigures('Including lots 24171 and 24172 of drops.', 'en', []);
    expectFigures('Including lots 24171 and 2024 of drops.', 'en', [{ surface: '2024', kind: 'year' }]);
    expectFigures('Sel silinder tipe 4680 dan 21700 kini dipakai produsen global.', 'id', []);
  });
  it('English: a Boeing jet\'s model in a story about aircraft is a name ("most of them on the 747", "Boeing\'s 737 production", "777-200F"), not before what it would count ("747 passengers"); runways, fire stations and squawk codes are labels', () => {
    expectFigures('Delgado flew most of them on the 747; the FAA capped Boeing\'s 737 production; the 777-200F was safe; the airline said 747 passengers were evacuated. The pilots squawked 7700 and landed on runway 21; crews from station 31 met the jet.', 'en', [
      { surface: '747', kind: 'count', unit: 'passengers' },
    ]);
  });
  it('Indonesian: "terawatt jam" and "watt jam" are units; "Sekali dayung, dua tiga pulau terlampaui" is a proverb', () => {
    expectFigures('Konsumsi listrik mencapai 945 terawatt jam, sekitar 2,9 watt jam per kueri; ibarat sekali dayung, dua tiga pulau terlampaui.', 'id', [
      { surface: '945 terawatt jam', kind: 'measure', value: 945 },
      { surface: '2,9 watt jam', kind: 'measure', value: 2.9 },
    ]);
  });
  it('English idioms "second to none", "at one point", "one too many" and the title "First Minister" are no figures; "one point ahead" and "The second to arrive" are', () => {
    expectFigures('"The service is second to none," one commuter said. At one point it ran 12 trainsets; clubbers had one too many. First Minister John Swinney spoke; they were one point ahead. The second to arrive won.', 'en', [
      { surface: '12', kind: 'count', unit: 'trainsets' },
      { surface: 'one', kind: 'count', unit: 'point' },
      { surface: 'second', kind: 'ordinal', value: 2 },
    ]);
  });
});
