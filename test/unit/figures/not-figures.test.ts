import { describe, expect, it } from 'vitest';
import { detectFigures } from '../../../src/core/figures/detect';
import type { Lang } from '../../../src/core/figures/figure';

const surfaces = (text: string, lang: Lang) => detectFigures(text, { lang }).map((f) => f.surface);

describe('must not mark as a quantity (issue 3)', () => {
  it.each([
    ['phone numbers', 'Hubungi 0812-3456-7890 atau (021) 555-1234 dan +62 812 3456 7890.'],
    ['an area code and a number', 'Pengaduan melalui nomor (021) 5300700 pada jam kerja.'],
    ['call centre and extension', 'Hubungi call center 112, ekstensi 1504.'],
    ['URLs', 'Baca di https://www.liputan6.com/news/read/5521/berita atau sscasn.bkn.go.id/2024/formasi?id=5521 .'],
    ['e-mail addresses', 'Kirim ke redaksi2024@kompas.com atau 123@gmail.com hari ini.'],
    ['digits inside names', 'Liputan6.com, COVID-19, G20, MH17, H5N1 dan varian JN.1 diberitakan.'],
    ['weapon and model names', 'Rudal KN-23, jet F-16, Hwasong-11, Su-27 dan MiG-29 dipamerkan.'],
    ['road kilometre posts', 'Kecelakaan terjadi di km 370 A tol Cipali.'],
    ['law articles', 'Ia dijerat Pasal 27 ayat (3) UU ITE.'],
    ['Roman numerals', 'Perang Dunia II dan Paus Yohanes Paulus II.'],
    ['se- words', 'Seorang warga datang sehari sebelumnya.'],
    ['number plates', 'Mobil berpelat B 2024 PQR melintas.'],
    ['long IDs', 'Tersangka dengan NIK 3174012309890001 ditangkap.'],
    ['case numbers', 'Perkara nomor 123/Pid.Sus/2024/PN Jkt.Sel disidangkan di ruang 2.'],
    ['ballot numbers with a leading zero', 'Pasangan nomor urut 02 unggul atas nomor urut 01.'],
    ['product names', 'Samsung Galaxy S24 dan iPhone 15 Pro mendukung 5G, sinyal 4G masih dominan.'],
    ['names ending in a number', 'Laga BRI Liga 1 dan pesawat Boeing 737 MAX 8.'],
    ['postal codes after a place name', 'Kantor di Jakarta Selatan 12190.'],
    ['"salah satu"', 'Ia salah satu saksi.'],
    ['a day named from a holiday', 'Pada H-7 Lebaran arus mudik memuncak hingga H+3.'],
    ['an aircraft model and its variant', 'Pesawat Boeing 737-800 dan Airbus 330-200 tertunda.'],
    ['an account number in groups of four', 'Bayar melalui rekening virtual 8800 1234 5678 9012.'],
    ['a route', 'Penumpang diarahkan ke bus rute 13.'],
    ['a version and the ones after it', 'Aplikasi ini berjalan di Android 10 ke atas dan iOS 15 ke atas.'],
    ['numbers to call, a juz and a terminal', 'Jemaah diminta menghubungi 997, layanan gawat darurat 119; santri membaca juz 30 di Terminal 2F.'],
    ['places named after a national day', 'Laga di Stadion Gelora 10 November, alumni Universitas 17 Agustus 1945, kantor di Jl. 17 Agustus.'],
    ['a pier and a session', 'Kapal sandar di dermaga 6; ujian susulan digelar pada sesi 3.'],
  ])('%s', (_name, text) => {
    expect(surfaces(text, 'id')).toEqual([]);
  });

  it.each([
    ['indefinite articles', 'It happened a day after a man was seen.'],
    ['"one of"', 'It is one of the largest and one of them said so.'],
    ['US phone numbers', 'Call 555-123-4567 today.'],
    ['model names', 'The Su-27 and MiG-29 jets, the S-400 system and T-90 tanks and the B-52 bomber.'],
    ['map coordinates', 'The epicentre was at 24.35°N 122.85°E.'],
    ['a law code and its section, a docket number', 'Charged under 18 U.S.C. § 371 in Case No. 1:23-cr-00257.'],
    ['a register and a code of regulations', 'Published as 89 FR 48710 and codified at 40 CFR Part 60 under Article 2(1), heard in Courtroom 15C.'],
    ['a version and the ones after it', 'It is available for Android 14 and above and for Android 2.2 or above.'],
    ['a numbered street, a line\'s stage, a road\'s kilometre, a session', 'Drivers pay to enter south of 60th Street and 5th Ave.; Stage 4 of the line opens; stopped near kilometre 19; in session 3 and at pier 6.'],
    ['hotlines and call centres, articles of a law, the Group of Seven', 'Call the BNPB hotline at 117 or its 188 call centre, under Articles 2 and 3; Group of Seven leaders met; take Transjakarta corridor 5.'],
  ])('English: %s', (_name, text) => {
    expect(surfaces(text, 'en')).toEqual([]);
  });

  it('"UU No. 11 Tahun 2008" → only the year; "Pasal 27" → nothing', () => {
    expect(surfaces('UU No. 11 Tahun 2008 Pasal 27', 'id')).toEqual(['2008']);
  });

  it('keeps the figures beside a line\'s number: a time after "hotline at", agents of a call centre', () => {
    expect(surfaces('The hotline at 5 p.m. had 3 call center agents and 100 call centre workers.', 'en')).toEqual(['5 p.m.', '3', '100']);
  });

  it('keeps a day and month after a lowercase word or another name: "di jalan 17 Agustus lalu", "Upacara 17 Agustus"', () => {
    expect(surfaces('Ia tewas di jalan 17 Agustus lalu; Upacara 17 Agustus digelar; Gelora 10 November berdiri 1951.', 'id')).toEqual([
      '17 Agustus', '17 Agustus', '1951',
    ]);
  });

  it('a ZIP code named after its digits, a version of an era ("industri 4.0", "Society 5.0")', () => {
    expect(surfaces("Voters in Atlanta's 30318 ZIP code waited three hours.", 'en')).toEqual(['three hours']);
    expect(surfaces('Era industri 4.0 dan Society 5.0 menuntut keterampilan baru; IPK 3.0 ke atas.', 'id')).toEqual(['3.0']);
  });

  it('keeps real figures next to the non-figures', () => {
    expect(surfaces('Pada kuartal II-2024 ekonomi tumbuh 5,05 persen, dan COVID-19 menewaskan 5 orang.', 'id')).toEqual([
      '2024', '5,05 persen', '5',
    ]);
  });
});
