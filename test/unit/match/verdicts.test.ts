import { describe, expect, it } from 'vitest';
import { annotateBlocks, topOf } from './helpers';

const page = { lang: 'id' as const, published: '2024-02-27' };

describe('agreement verdicts', () => {
  it('a duration that contradicts a dated event, with no claim holding it, is judged against the event', () => {
    const r = annotateBlocks(['Perang Rusia-Ukraina yang sudah berlangsung lima tahun membuat Eropa kekurangan amunisi.'], page);
    const m = topOf(r, 'lima tahun');
    expect(m?.claimId).toBe('ev-ukraine-full-scale-invasion');
    expect(m?.agreement).toBe('differs');
    expect(m?.expected).toEqual({ value: 2, unit: 'year' });
  });

  it("the day a claim was made, given beside its number, is checked as that claim's day; another day is not", () => {
    const said = annotateBlocks(
      ['Korea Utara telah mengirim sekitar 7.000 kontainer amunisi ke Rusia. Sebaliknya, lebih dari 9.000 kontainer dikirim Rusia ke Korea Utara, kebanyakan berisi bahan pangan, kata Menhan Korsel Shin Won-sik, Senin (18/3/2024).'],
      { lang: 'id', published: '2024-03-19' },
    );
    const day = topOf(said, '18/3/2024');
    expect(topOf(said, '9.000')?.claimId).toBe('seed-06-russia-9000-containers-food');
    // (Of the two claims of that day in the paragraph, the one of the date's own sentence.)
    expect(day).toMatchObject({ claimId: 'seed-06-russia-9000-containers-food', agreement: 'same', claimValue: 20240318, unit: 'date' });
    expect(day?.explanation.en).toContain('the day the source said it');
    const otherDay = annotateBlocks(
      ['Lebih dari 9.000 kontainer dikirim Rusia ke Korea Utara, kebanyakan berisi bahan pangan, kata Menhan Korsel Shin Won-sik. Pada Kamis (14/3/2024), harga beras di Pyongyang naik.'],
      { lang: 'id', published: '2024-03-19' },
    );
    expect(topOf(otherDay, '9.000')?.claimId).toBe('seed-06-russia-9000-containers-food');
    expect(topOf(otherDay, '14/3/2024')).toBeUndefined();
  });

  it('what a number counts says whose it is, whatever else its clause names', () => {
    // (The record's Russian dead given to Ukraine, with Russia named later in the clause: Zelensky's own 31,000.)
    const swapped = annotateBlocks(
      ['Presiden Volodymyr Zelensky mengakui 180.000 prajurit Ukraina gugur sejak Rusia melancarkan invasi skala penuh pada Februari 2022.'],
      { lang: 'id', published: '2024-02-28' },
    );
    expect(topOf(swapped, '180.000')).toMatchObject({ claimId: 'ru-ua-06-zelensky-31000', agreement: 'differs', claimValue: 31000 });
    // (A record with no figure for the side the page names: its very number, with its source named, given to the
    // wrong side is contradicted; the other side's own claim of a number is not.)
    const wrongSide = annotateBlocks(
      ['Sebuah laporan intelijen Amerika Serikat yang dideklasifikasi memperkirakan 315.000 tentara Ukraina tewas atau terluka sejak invasi Rusia dimulai.'],
      { lang: 'id', published: '2023-12-14' },
    );
    const m = topOf(wrongSide, '315.000');
    expect(m).toMatchObject({ claimId: 'ru-ua-33-us-315000-russian-casualties', agreement: 'differs' });
    expect(m?.explanation.en).toContain('another side');
    const ownClaim = annotateBlocks(
      ["Russian Defence Minister Andrei Belousov claimed on Tuesday that Ukraine had lost about 950,000 troops killed and wounded since 2022, TASS reported."],
      { lang: 'en', published: '2025-08-12' },
    );
    expect(topOf(ownClaim, '950,000')).toBeUndefined();
    // (A share of Ukraine's land is no share of Russia's ammunition, though Russia is named before it.)
    const land = annotateBlocks(
      ['Sebuah unggahan di Facebook mengklaim Rusia kini menguasai 40 persen wilayah Ukraina. Faktanya, menurut pemetaan CSIS, Rusia menduduki sekitar 20 persen wilayah Ukraina. Angka yang beredar kemungkinan tertukar dengan porsi amunisi Rusia yang menurut Kyrylo Budanov berasal dari Korea Utara.'],
      { lang: 'id', published: '2025-07-20' },
    );
    expect(topOf(land, '40 persen')?.claimId).not.toBe('dprk-22-budanov-40-percent');
  });

  it('a page number with an extra zero is a misquote of the claim (differs), shown with both numbers', () => {
    const r = annotateBlocks(['Menhan Korsel Shin Won-sik menyebut Korut telah mengirim 67.000 kontainer amunisi ke Rusia sejak Agustus.'], page);
    const m = topOf(r, '67.000');
    expect(m?.claimId).toBe('seed-01-containers-6700');
    expect(m?.agreement).toBe('differs');
    expect(m?.claimValue).toBe(6700);
    expect(m?.explanation.id).toContain('67.000');
    expect(m?.explanation.en).toContain('6,700');
    // An extra zero on the rounded figure too: "69 juta" for 6,906,500 refugees ("6,9 juta").
    const refugees = annotateBlocks(['Menurut data UNHCR, sebanyak 69 juta pengungsi Ukraina kini tercatat di luar negeri.'], { lang: 'id', published: '2025-03-01' });
    expect(topOf(refugees, '69 juta')).toMatchObject({ claimId: 'ru-ua-13-unhcr-refugees-feb2025', agreement: 'differs', claimValue: 6906500 });
  });

  it('a paragraph that quotes a claim figure does not misquote it with another number of the same order; a digit slip beside it still does', () => {
    const oil = annotateBlocks(
      ['Batas harga minyak mentah Rusia sebesar 60 dolar AS per barel dari G7 dan Uni Eropa mulai menekan pendapatan Moskow. Harga Brent bertahan di kisaran 82 dolar AS per barel.'],
      { lang: 'id', published: '2023-02-01' },
    );
    expect(topOf(oil, '60 dolar AS')?.claimId).toBe('ru-ua-24-price-cap-60');
    expect(topOf(oil, '82 dolar AS')).toBeUndefined();
    const urals = annotateBlocks(
      ['Uni Eropa menurunkan batas harga minyak mentah Rusia menjadi 47,6 dolar AS per barel dan menambah 105 kapal armada bayangan ke daftar hitam. Namun harga Urals bulan lalu masih sekitar 58 dolar AS.'],
      { lang: 'id', published: '2025-08-04' },
    );
    expect(topOf(urals, '47,6 dolar AS')?.claimId).toBe('ru-ua-25-eu18-cap-47.6');
    expect(topOf(urals, '58 dolar AS')).toBeUndefined();
    const slip = annotateBlocks(
      ['Menhan Korsel Shin Won-sik menyebut Korut telah mengirim 6.700 kontainer amunisi ke Rusia. Sebuah unggahan di media sosial menulisnya 67.000 kontainer.'],
      page,
    );
    expect(topOf(slip, '6.700')?.claimId).toBe('seed-01-containers-6700');
    expect(topOf(slip, '67.000')).toMatchObject({ claimId: 'seed-01-containers-6700', agreement: 'differs' });
    // (But not a hundredfold "slip" beside the right number: another count.)
    const army = annotateBlocks(
      ["North Korea has decided to send about 12,000 troops to support Russia's war in Ukraine, South Korea's spy agency said. North Korea's army counts around 1.2 million active soldiers."],
      { lang: 'en', published: '2024-10-18' },
    );
    expect(topOf(army, '12,000')?.claimId).toBe('dprk-23-nis-12000-troops');
    expect(topOf(army, '1.2 million')).toBeUndefined();
  });

  it("a share contradicts a claim's share only where a word of its label stands in its sentence, and those words break ties", () => {
    const rice = annotateBlocks(
      ['Menhan Korsel Shin Won-sik mengatakan Korea Utara telah mengirim 6.700 kontainer ke Rusia. Pada pekan yang sama harga beras di pasar Pyongyang dilaporkan naik 20 persen.'],
      page,
    );
    expect(topOf(rice, '20 persen')).toBeUndefined();
    const factories = annotateBlocks(
      ['Menhan Korsel Shin Won-sik mengatakan pabrik amunisi Korea Utara kini hanya beroperasi dengan 20 persen kapasitas karena kekurangan bahan baku.'],
      page,
    );
    expect(topOf(factories, '20 persen')).toMatchObject({ claimId: 'seed-04-factories-capacity', agreement: 'differs' });
    const tie = annotateBlocks(
      ['Korut telah mengirim 6.700 kontainer ke Rusia. Menhan Korsel Shin Won-sik juga menyebut pabrik amunisi Korut hanya beroperasi sekitar 30 persen dari kapasitasnya.'],
      page,
    );
    expect(topOf(tie, '30 persen')).toMatchObject({ claimId: 'seed-04-factories-capacity', agreement: 'same' });
    const power = annotateBlocks(
      ["Russia launched hundreds of drones and several North Korean-made missiles at Ukraine overnight, the air force said. About 70 percent of the city's eastern districts were left without power until the morning."],
      { lang: 'en', published: '2025-09-08' },
    );
    expect(topOf(power, '70 percent')).toBeUndefined();
  });

  it('a length matches a claimed measure only where a word of its label stands around it', () => {
    const advance = annotateBlocks(
      ['Menurut CSIS, pasukan Rusia di Ukraina rata-rata hanya maju sekitar 50 meter per hari, sementara Korea Utara terus memasok amunisi.'],
      { lang: 'id', published: '2025-03-01' },
    );
    expect(topOf(advance, '50 meter')).toBeUndefined();
    const missile = annotateBlocks(
      ['Intelijen Ukraina menyebut rudal KN-23 buatan Korea Utara yang ditembakkan Rusia kini meleset hanya 50 meter dari sasaran.'],
      { lang: 'id', published: '2025-03-01' },
    );
    expect(topOf(missile, '50 meter')?.claimId).toBe('dprk-18-kn23-accuracy-improved');
  });

  it('a daily figure matches a claim of one a day, not an equal number for a week', () => {
    const r = annotateBlocks(
      ["Britain's Ministry of Defence says Russia has suffered around 900,000 casualties in Ukraine, about 1,000 killed or wounded a day over the past year."],
      { lang: 'en', published: '2025-03-20' },
    );
    expect(topOf(r, '1,000')?.claimId).toBe('ru-ua-09-ukmod-900k');
    expect(topOf(r, '1,000')?.explanation.en).toContain('1,000 casualties a day');
    expect(topOf(r, '1,000')?.explanation.id).toContain('per hari');
    // A number per day is no misquote of a total; the same slip without a period is one.
    const daily = annotateBlocks(
      ["Seoul said Pyongyang had decided to send about 12,000 troops to fight for Moscow. Ukraine's General Staff, meanwhile, said Russia had lost 1,200 soldiers in the past 24 hours."],
      { lang: 'en', published: '2024-10-24' },
    );
    expect(topOf(daily, '1,200')).toBeUndefined();
    const slip = annotateBlocks(
      ['Seoul said Pyongyang had decided to send about 12,000 troops to fight for Moscow. A later post claimed North Korea had sent only 1,200 troops.'],
      { lang: 'en', published: '2024-10-24' },
    );
    expect(topOf(slip, '1,200')).toMatchObject({ claimId: 'dprk-23-nis-12000-troops', agreement: 'differs' });
    const yearly = annotateBlocks(
      ['Menhan Shin Won-sik mengatakan sekitar 5.000 kontainer telah dikirim Korea Utara ke Rusia hingga akhir Desember. Korea Selatan sendiri hanya memproduksi sekitar 400 ribu peluru artileri per tahun.'],
      { lang: 'id', published: '2023-12-30' },
    );
    expect(topOf(yearly, '5.000')?.claimId).toBe('dprk-04-5000-containers-dec2023');
    expect(topOf(yearly, '400 ribu')).toBeUndefined();
    // (A year's total, "fired by Russia in 2023", may be quoted as so much a year.)
    const annual = annotateBlocks(
      ["Russia fires about 7 million artillery shells a year but makes only 2.5 million, the London think tank RUSI estimated, which is why North Korea's shipments matter to Moscow."],
      { lang: 'en', published: '2023-09-20' },
    );
    expect(topOf(annual, '7 million')?.claimId).toBe('ru-ua-32-rusi-russia-fires-7m');
    // (A night's attack counts over a day: not the 50 missiles of two months; the record night's parts keep its period.)
    const night = annotateBlocks(
      ['Russia fired 620 drones and 51 missiles at Ukraine overnight, the Ukrainian air force said on Saturday.'],
      { lang: 'en', published: '2025-12-06' },
    );
    expect(topOf(night, '51')).toBeUndefined();
    const record = annotateBlocks(
      ['Rusia meluncurkan 810 drone dan 13 rudal ke Ukraina dalam semalam, serangan udara terbesar sejak perang dimulai.'],
      { lang: 'id', published: '2025-09-08' },
    );
    expect(topOf(record, '810')?.claimId).toBe('ru-ua-31-810-drones-record');
    expect(topOf(record, '13')?.claimId).toBe('ru-ua-31-810-drones-record');
  });

  it("a later measure in the unit of a record's first figure is a part of it, matched by its label words or period", () => {
    const corridor = annotateBlocks(
      ['Koridor Laut Hitam yang dibuka Ukraina telah mengangkut 45 juta ton kargo dari pelabuhan Odesa, termasuk lebih dari 30 juta ton hasil pertanian.'],
      { lang: 'id', published: '2024-05-20' },
    );
    expect(topOf(corridor, '30 juta ton')?.claimId).toBe('ru-ua-28-ukraine-sea-corridor');
    const oil = annotateBlocks(
      ['Rusia diduga memasok lebih dari 1 juta barel minyak ke Korea Utara sejak Maret, melampaui batas PBB sebesar 500.000 barel per tahun.'],
      { lang: 'id', published: '2024-12-01' },
    );
    expect(topOf(oil, '500.000 barel')?.claimId).toBe('dprk-32-oil-1m-barrels');
  });

  it('a duration is checked only against an event the text names, not one that shares only its people', () => {
    const r = annotateBlocks(
      ["North Korea has shipped 3 million artillery shells to Russia, South Korea's defence minister said, as Kim Jong Un throws his weight behind Vladimir Putin in a war that has raged for two decades."],
      { lang: 'en', published: '2024-03-01' },
    );
    expect(topOf(r, 'two decades')?.claimId).not.toBe('ev-kim-putin-vostochny-summit-2023');
    // (The event's words must stand in the duration's own sentence: "80 years since the end of World War II".)
    const parade = annotateBlocks(
      ["Seoul's spy agency estimates that roughly 2,000 North Korean soldiers sent to help Russia have been killed, legislators said after a closed briefing on Tuesday. The National Intelligence Service also said Pyongyang was preparing to send another 6,000 soldiers and engineers. Kim Jong Un went to Beijing the same day for a military parade marking 80 years since the end of World War II."],
      { lang: 'en', published: '2025-09-03' },
    );
    expect(topOf(parade, '80 years')).toBeUndefined();
  });

  it("a number the page presents as a capacity goes to the record of that capacity, not to an equal count", () => {
    const r = annotateBlocks(
      ['Militer Korea Selatan menaksir sekitar 2.000 kontainer sudah dikirim Korea Utara ke Rusia hingga awal November. Muatan itu cukup untuk menampung lebih dari 1 juta peluru 152 mm.'],
      { lang: 'id', published: '2023-11-03' },
    );
    expect(topOf(r, '1 juta')?.claimId).toBe('dprk-03-2000-containers-nov2023');
    // "isinya bisa": what the containers could hold keeps the capacity a capacity (the record's own status).
    const could = annotateBlocks(['Kim Jong Un kirim 6.700 peti kemas ke Rusia. Menhan Korsel sebut isinya bisa 500 ribu peluru 122 mm.'], { lang: 'id', published: '2024-03-05' });
    expect(topOf(could, '500 ribu')).toMatchObject({ claimId: 'seed-03-capacity-500k-122mm', agreement: 'outdated' });
    const ifAll = annotateBlocks(['Intelijen militer Seoul menaikkan hitungan kiriman Korea Utara ke Rusia menjadi lebih dari 20.000 kontainer, atau sekitar 9,4 juta peluru jika semuanya berkaliber 152 mm.'], { lang: 'id', published: '2024-10-26' });
    expect(topOf(ifAll, '9,4 juta')).toMatchObject({ claimId: 'dprk-09-20000-containers-oct2024', agreement: 'outdated' });
    // (A headline's "Bisa Muat", and "enough, he said, to hold" split by an aside.)
    const headline = annotateBlocks(['Korut Kirim 6,7 Ribu Kontainer Amunisi ke Rusia, Bisa Muat 3 Juta Peluru'], { lang: 'id', published: '2024-02-27' });
    expect(topOf(headline, '3 Juta')).toMatchObject({ claimId: 'seed-02-capacity-3m-152mm', agreement: 'outdated' });
    const aside = annotateBlocks(["North Korea has sent Russia some 6.7K containers since last summer, South Korea's defence minister said, enough, he said, to hold 3m artillery rounds."], { lang: 'en', published: '2024-02-27' });
    expect(topOf(aside, '3m')).toMatchObject({ claimId: 'seed-02-capacity-3m-152mm', agreement: 'outdated' });
    // ("if all 152mm", "jika semua berkaliber 152 mm": the basis written without "of it" or "-nya".)
    const caption = annotateBlocks(["Seoul's intelligence now counts more than 20,000 containers sent by North Korea to Russia: 9.4 million shells if all 152mm."], { lang: 'en', published: '2024-10-26' });
    expect(topOf(caption, '9.4 million')).toMatchObject({ claimId: 'dprk-09-20000-containers-oct2024', agreement: 'outdated' });
    // (Informal and plain-English cues: "kalo semuanya diisi", "if every container held".)
    const forum = annotateBlocks(['Gan, Menhan Korsel Shin Won-sik bilang Korut udh kirim 6.700 kontainer ke Rusia. Kalo semuanya diisi peluru 152 mm, muatannya bisa 3 juta butir.'], { lang: 'id', published: '2024-03-01' });
    expect(topOf(forum, '3 juta')).toMatchObject({ claimId: 'seed-02-capacity-3m-152mm', agreement: 'outdated' });
    const thread = annotateBlocks(["Shin said roughly 6,700 containers went to Russia. If every one of North Korea's containers held 152mm shells you get over 3 million."], { lang: 'en', published: '2024-03-01' });
    expect(topOf(thread, '3 million')).toMatchObject({ claimId: 'seed-02-capacity-3m-152mm', agreement: 'outdated' });
  });

  it('a bare number takes the noun said just before it in its sentence ("artillery shells ..., some 3 million a year")', () => {
    const r = annotateBlocks(
      ['Around half of the artillery shells Russia fires in Ukraine now come from North Korea, some 3 million a year, Western officials said.'],
      { lang: 'en', published: '2024-10-05' },
    );
    expect(topOf(r, '3 million')?.claimId).toBe('dprk-21-times-half-of-shells');
    // (A timeline: the noun said in the entry before.)
    const timeline = annotateBlocks(
      ['Oktober 2023: Gedung Putih menyebut lebih dari 1.000 kontainer dikirim Korea Utara ke Rusia. Desember 2023: Shin Won-sik menyebut 5.000 kontainer. Februari 2024: angka naik menjadi 6.700.'],
      { lang: 'id', published: '2025-07-20' },
    );
    expect(topOf(timeline, '6.700')?.claimId).toBe('seed-01-containers-6700');
    // ("kontainernya": the noun without its "-nya".)
    const nya = annotateBlocks(
      ['Badan intelijen pertahanan Korea Selatan menyebut Korea Utara sudah mengirim lebih dari 12 juta peluru artileri ke Rusia. Jumlah kontainernya diperkirakan sekitar 28.000.'],
      { lang: 'id', published: '2025-07-16' },
    );
    expect(topOf(nya, '28.000')?.claimId).toBe('dprk-12-dia-28000-12m');
  });

  it("between two records holding the same number, another figure of the sentence shown with one of them decides", () => {
    const r = annotateBlocks(
      ["North Korea has sent at least 10,000 shipping containers to Russia, enough to hold up to 4.8 million artillery shells, South Korea's defence minister said on Friday. The U.S. State Department had cited more than 10,000 containers in February."],
      { lang: 'en', published: '2024-06-14' },
    );
    expect(topOf(r, '10,000')?.claimId).toBe('dprk-06-10000-containers-4.8m');
    expect(topOf(r, '10,000', 1)?.claimId).toBe('seed-05-usdos-10000-containers');
  });

  it('a number merely in the range of a claim contradicts only a claim current at the page date, not one already replaced', () => {
    const r = annotateBlocks(
      ["North Korea has shipped more than 3 million artillery shells to Russia since last summer, South Korea's defence minister said, a tally that dwarfs the roughly 1.2 million rounds European countries have sent to Ukraine."],
      { lang: 'en', published: '2024-02-28' },
    );
    expect(topOf(r, '1.2 million')).toBeUndefined();
  });

  it("Shoigu's 5,000 military construction workers are counted as workers, as every source writes them", () => {
    const r = annotateBlocks(
      ['Kim Jong Un setuju mengirim 1.000 penjinak ranjau dan 5.000 pekerja konstruksi militer ke Kursk, kata Sekretaris Dewan Keamanan Rusia Sergei Shoigu di Pyongyang.'],
      { lang: 'id', published: '2025-06-18' },
    );
    expect(topOf(r, '5.000')?.claimId).toBe('dprk-29-shoigu-6000-builders-sappers');
  });

  it('a number said twice in a paragraph quotes a claim where its sentence names the claim\'s subjects, not beside other subjects', () => {
    const r = annotateBlocks(
      ["About 11,000 North Korean troops have moved into Russia's Kursk region, the Pentagon said on Monday. NATO's own exercise in Poland involves some 11,000 allied soldiers, the alliance said."],
      { lang: 'en', published: '2024-11-05' },
    );
    expect(topOf(r, '11,000')?.claimId).toBe('dprk-24-pentagon-11000-kursk');
    expect(topOf(r, '11,000', 1)).toBeUndefined();
  });

  it('a hundred percent is also a way of speaking: it matches a share only beside its label\'s words', () => {
    const r = annotateBlocks(
      ['Menhan Korsel Shin Won-sik menyebut Korea Utara telah mengirim 6.700 kontainer ke Rusia. Juru bicara Kremlin menyebut tuduhan itu 100 persen rekayasa.'],
      page,
    );
    expect(topOf(r, '6.700')?.claimId).toBe('seed-01-containers-6700');
    expect(topOf(r, '100 persen')).toBeUndefined();
    const full = annotateBlocks(['Menurut Shin, pabrik amunisi Korea Utara yang memasok Rusia kini beroperasi 100 persen.'], page);
    expect(topOf(full, '100 persen')?.claimId).toBe('seed-04-factories-capacity');
  });

  it('shells of another calibre are other shells; a calibre belongs to its own part of the sentence', () => {
    const r = annotateBlocks(
      [
        'Menhan Korsel menyebut 6.700 kontainer yang dikirim Korea Utara ke Rusia bisa memuat lebih dari 500.000 amunisi roket 122 mm.',
        'Korea Selatan sendiri mengekspor sekitar 500.000 peluru 155 mm ke Amerika Serikat tahun lalu, kata Menhan Korsel.',
        'Pyongyang diduga memasok 500 ribu butir amunisi roket 122 mm dan lebih dari 3 juta peluru artileri ke Rusia.',
      ],
      page,
    );
    expect(topOf(r, '500.000')?.claimId).toBe('seed-03-capacity-500k-122mm');
    expect(topOf(r, '500.000', 1)).toBeUndefined();
    expect(topOf(r, '3 juta')?.claimId).toBe('seed-02-capacity-3m-152mm');
    // (A colon opens another part: the 155mm shells there are the United States'.)
    const colon = annotateBlocks(
      ["North Korea has shipped more than 6 million artillery shells to Russia, South Korea's military intelligence said, a supply that dwarfs Western output: the United States was producing about 40,000 155mm shells a month this summer."],
      { lang: 'en', published: '2024-09-15' },
    );
    expect(topOf(colon, '6 million')).toMatchObject({ claimId: 'dprk-08-13000-containers-6m', agreement: 'basis' });
  });

  it("of two claims holding the number, the one whose figure's label words its sentence names comes first", () => {
    const r = annotateBlocks(
      ['NIS memperkirakan sekitar 2.000 tentara Korea Utara yang dikirim ke Rusia telah tewas. Pyongyang juga berencana mengirim 6.000 tentara dan insinyur tambahan, kata anggota parlemen. Pada Juni, Sergei Shoigu mengumumkan Kim Jong Un akan mengirim 1.000 penjinak ranjau dan 5.000 pekerja konstruksi militer ke Kursk.'],
      { lang: 'id', published: '2025-09-03' },
    );
    expect(topOf(r, '6.000')?.claimId).toBe('dprk-28-nis-2000-killed');
  });

  it('of two claims holding the number, the one whose calibre the sentence names comes first', () => {
    // (Not the 3 million shells a year of Western intelligence: the sentence names Shin's 152 mm.)
    const r = annotateBlocks(
      ['Sebuah video mengklaim Korea Utara telah mengirim 3 juta peluru artileri 152 mm ke Rusia pada awal tahun lalu. Faktanya, Menhan Korea Selatan saat itu menyebut sekitar 6.700 kontainer dapat memuat lebih dari tiga juta peluru jenis itu atau lebih dari setengah juta amunisi 122 mm.'],
      { lang: 'id', published: '2025-02-20' },
    );
    expect(topOf(r, '3 juta')).toMatchObject({ claimId: 'seed-02-capacity-3m-152mm', agreement: 'basis' });
  });

  it('a bare number counts the noun said before it, also near a paragraph\'s start and after "of them"', () => {
    const en = annotateBlocks(
      ["South Korea's spy agency said last month that Pyongyang had decided to send about 12,000 soldiers, including special forces, to help Russia. On Monday the Pentagon said about 11,000 of them had moved into Russia's Kursk region."],
      { lang: 'en', published: '2024-11-20' },
    );
    expect(topOf(en, '11,000')).toMatchObject({ claimId: 'dprk-24-pentagon-11000-kursk', agreement: 'same' });
    // ("di antaranya": not the ships named further on.)
    const id = annotateBlocks(
      ['NIS menyebut Korea Utara memutuskan mengirim sekitar 12.000 tentara untuk membantu Rusia. Sekitar 1.500 di antaranya telah diberangkatkan ke Vladivostok dengan kapal Angkatan Laut Rusia.'],
      { lang: 'id', published: '2024-10-19' },
    );
    expect(topOf(id, '1.500')).toMatchObject({ claimId: 'dprk-23-nis-12000-troops', agreement: 'same' });
  });

  it('a number after a contrast ("while", "sementara") belongs to the parties named there', () => {
    const r = annotateBlocks(
      ["North Korea has supplied Russia with more than 12 million artillery shells, South Korean intelligence says, while the European Union expects to have delivered about two million rounds to Ukraine by the end of this year."],
      { lang: 'en', published: '2025-08-20' },
    );
    expect(topOf(r, 'two million')).toBeUndefined();
    // (A currency's sign names no party: the World Bank's direct damage is still the assessment's.)
    const damage = annotateBlocks(
      ['Bank Dunia memperkirakan biaya pemulihan dan rekonstruksi Ukraina mencapai US$ 524 miliar dalam 10 tahun ke depan, sementara kerusakan langsung mencapai US$ 176 miliar.'],
      { lang: 'id', published: '2025-03-01' },
    );
    expect(topOf(damage, 'US$ 176 miliar')?.claimId).toBe('ru-ua-30-rdna4-524bn');
    // (A sentence that turns to another party: its number is its subject's, not the recipient's it also names.)
    const turn = annotateBlocks(
      ["A large share of the artillery shells Russia fires in Ukraine now come from North Korea, roughly 3 million a year, The Times reported. The EU, meanwhile, says it will have delivered 1 million shells to Ukraine by the end of the year."],
      { lang: 'en', published: '2024-10-05' },
    );
    expect(topOf(turn, '1 million')).toBeUndefined();
    const korea = annotateBlocks(
      ["Western officials count the shells Ukraine receives. Meanwhile, North Korea has sent more than 1 million shells to Russia, South Korea's spy agency says."],
      { lang: 'en', published: '2023-11-05' },
    );
    expect(topOf(korea, '1 million')?.claimId).toBe('dprk-02-nis-1m-rounds-2023');
  });

  it('a sentence brought in for comparison is about another subject unless it names the claim\'s', () => {
    const coffee = annotateBlocks(
      ['Departemen Luar Negeri AS menyebut Korea Utara telah mengirim lebih dari 10.000 kontainer amunisi ke Rusia. Sebagai perbandingan, ekspor sawit Riau ke India tahun ini mencapai 10.000 kontainer.'],
      { lang: 'id', published: '2024-03-10' },
    );
    expect(topOf(coffee, '10.000')?.claimId).toBe('seed-05-usdos-10000-containers');
    expect(topOf(coffee, '10.000', 1)).toBeUndefined();
    const quoted = annotateBlocks(
      ['Korea Utara terus memasok amunisi ke Rusia. Sebagai perbandingan, Departemen Luar Negeri AS menyebut lebih dari 10.000 kontainer amunisi sudah dikirim.'],
      { lang: 'id', published: '2024-03-10' },
    );
    expect(topOf(quoted, '10.000')?.claimId).toBe('seed-05-usdos-10000-containers');
    // (Naming one of the claim's parties is not enough: the EU's budget is not the EU-held Russian assets.)
    const budget = annotateBlocks(
      ['About $300 billion in Russian central bank assets has been immobilized in the West, most of it at Euroclear, which holds between €173 billion and €197 billion. For comparison, the EU\'s own annual budget is roughly €190 billion.'],
      { lang: 'en', published: '2025-10-24' },
    );
    expect(topOf(budget, '€190 billion')).toBeUndefined();
    // ("That compares with ..." too.)
    const trade = annotateBlocks(
      ["North Korea's arms deliveries to Russia since February 2022 are worth between $1.7 billion and $5.5 billion, according to a German foundation's study. That compares with North Korea's official annual trade with China of roughly $2.3 billion."],
      { lang: 'en', published: '2024-11-04' },
    );
    expect(topOf(trade, '$1.7 billion and $5.5 billion')?.claimId).toBe('dprk-36-naumann-value-1.7-5.5bn');
    expect(topOf(trade, '$2.3 billion')).toBeUndefined();
    // ("Sebagai gambaran" sets a sentence beside the story too.)
    const shells = annotateBlocks(
      ['Laporan intelijen Korea Selatan menyebut Korea Utara telah mengirim 33.000 kontainer ke Rusia. Sebagai gambaran, Amerika Serikat mengirim lebih dari tiga juta peluru 155 milimeter ke Ukraina.'],
      { lang: 'id', published: '2025-10-10' },
    );
    expect(topOf(shells, 'tiga juta')).toBeUndefined();
  });

  it("a timeline's entry dates its number: the claim of that month, not a later report of the same number", () => {
    const r = annotateBlocks(
      ['Agustus 2024: lebih dari 13.000 kontainer amunisi Korea Utara tiba di Rusia. Oktober 2024: lebih dari 20.000 kontainer. Juli 2025: sekitar 28.000 kontainer.'],
      { lang: 'id', published: '2025-08-01' },
    );
    expect(topOf(r, '20.000')?.claimId).toBe('dprk-09-20000-containers-oct2024');
    expect(topOf(r, '28.000')?.claimId).toBe('dprk-12-dia-28000-12m');
  });

  it("Indonesia's own institutions are other subjects: a number repeated about them is not the claim's", () => {
    const r = annotateBlocks(
      ['Badan intelijen Korea Selatan menyebut Korea Utara memutuskan mengirim 12.000 tentara untuk membantu Rusia. Sementara itu TNI mengerahkan 12.000 prajurit untuk latihan gabungan di Natuna.'],
      { lang: 'id', published: '2024-10-20' },
    );
    expect(topOf(r, '12.000')?.claimId).toBe('dprk-23-nis-12000-troops');
    expect(topOf(r, '12.000', 1)).toBeUndefined();
  });

  it('a date goes to the event whose words stand around it, not to a claim that holds the same day for something else', () => {
    const visit = annotateBlocks(['Kunjungan Putin ke Pyongyang pada 19 Juni 2024 disambut puluhan ribu warga Korea Utara.'], { lang: 'id', published: '2024-06-25' });
    expect(topOf(visit, '19 Juni 2024')?.claimId).toBe('ev-putin-pyongyang-visit-2024');
    const treaty = annotateBlocks(['Putin dan Kim Jong Un menandatangani perjanjian kemitraan strategis di Pyongyang pada 19 Juni 2024.'], { lang: 'id', published: '2024-06-25' });
    expect(topOf(treaty, '19 Juni 2024')?.claimId).toBe('dprk-33-treaty-june-2024');
  });

  it('troops a side has lost are its casualties, or its dead', () => {
    const r = annotateBlocks(
      ['Staf Umum Angkatan Bersenjata Ukraina menyebut Rusia telah kehilangan 991.820 personel sejak invasi skala penuh dimulai.'],
      { lang: 'id', published: '2025-06-05' },
    );
    expect(topOf(r, '991.820')?.claimId).toBe('ru-ua-12-genstaff-991820');
    // (Or its dead, where the record counts those: CSIS's "up to 325,000" Russian troop deaths.)
    const dead = annotateBlocks(['Menurut CSIS, Rusia kehilangan hingga 325.000 tentara sejak invasi dimulai.'], { lang: 'id', published: '2026-02-01' });
    expect(topOf(dead, '325.000')).toMatchObject({ claimId: 'ru-ua-10-csis-jan2026', agreement: 'same' });
  });

  it("a number the page gives one side is not a record's figure for the other side", () => {
    const date = { lang: 'id' as const, published: '2026-02-01' };
    const russian = annotateBlocks(['Kementerian Pertahanan Ukraina mengklaim pasukan Rusia telah kehilangan lebih dari 500 ribu personel sejak invasi dimulai.'], date);
    expect(topOf(russian, '500 ribu')?.claimId).not.toBe('ru-ua-10-csis-jan2026');
    const ukrainian = annotateBlocks(['CSIS memperkirakan korban Ukraina mencapai 500.000 hingga 600.000 tentara tewas dan luka sejak Februari 2022.'], date);
    expect(topOf(ukrainian, '500.000 hingga 600.000')?.claimId).toBe('ru-ua-10-csis-jan2026');
    // (The EU is on Europe's side: "European leaders" agreeing the EU's loan name no other side.)
    const loan = annotateBlocks(
      ['The Kiel Institute said EU-level aid to Ukraine reached EUR 35.1 billion last year. European leaders have also agreed a new EUR 90 billion loan to cover Kyiv\'s needs.'],
      { lang: 'en', published: '2026-01-20' },
    );
    expect(topOf(loan, 'EUR 90 billion')?.claimId).toBe('ru-ua-35-kiel-2025-full-year');
    // What a number counts names its side: South Korea's own troops are not North Korea's (a digit swap of 12,000).
    const drill = annotateBlocks(
      ['Korea Utara disebut memutuskan mengirim 12.000 tentara Korea Utara untuk membantu Rusia, kata NIS. Pekan lalu Korea Selatan dan AS menggelar latihan gabungan yang melibatkan 21.000 personel militer Korea Selatan.'],
      { lang: 'id', published: '2024-10-25' },
    );
    expect(topOf(drill, '12.000')?.claimId).toBe('dprk-23-nis-12000-troops');
    expect(topOf(drill, '21.000')).toBeUndefined();
    // (A later figure whose label names no side, the record's 15,000 "troops sent", counts for its first's side.)
    const exercise = annotateBlocks(
      ['NIS memperkirakan sekitar 4.700 tentara Korea Utara tewas atau terluka di Kursk. Pekan ini sekitar 15.000 personel Korea Selatan mengikuti latihan gabungan dengan AS.'],
      { lang: 'id', published: '2025-05-01' },
    );
    expect(topOf(exercise, '4.700')?.claimId).toBe('dprk-26-nis-casualties-jan-apr-2025');
    expect(topOf(exercise, '15.000')).toBeUndefined();
  });

  it("a record's later measures are claims too, except a calibre", () => {
    const area = annotateBlocks(['Rusia menduduki sekitar 20 persen wilayah Ukraina, atau kurang lebih 125.000 km persegi, kata Zelensky.'], { lang: 'id', published: '2022-06-10' });
    expect(topOf(area, '125.000 km persegi')?.claimId).toBe('ru-ua-17-occupied-20-percent');
    const miss = annotateBlocks(
      ['Ukraine says North Korean KN-23 missiles fired by Russia now land within 50 to 100 metres of their targets, compared with 1 to 3 km when they were first used.'],
      { lang: 'en', published: '2025-02-20' },
    );
    expect(topOf(miss, '1 to 3 km')?.claimId).toBe('dprk-18-kn23-accuracy-improved');
    const seed = annotateBlocks(['Kontainer itu bisa memuat lebih dari 3 juta peluru artileri 152 mm, kata Menhan Korsel Shin Won-sik.'], page);
    expect(topOf(seed, '152 mm')).toBeUndefined();
  });

  it('the satellite and the Security Council vote are found by what the news calls them', () => {
    const sat = annotateBlocks(
      ['North Korea said its Malligyong-1 reconnaissance satellite reached orbit 705 seconds after lift-off from Sohae on 21 November 2023.'],
      { lang: 'en', published: '2023-11-23' },
    );
    expect(topOf(sat, '705 seconds')?.claimId).toBe('dprk-38-malligyong1-orbit');
    expect(topOf(sat, '21 November 2023')?.claimId).toBe('ev-malligyong-1-launch-2023-11');
    const vote = annotateBlocks(
      ['Rusia memveto perpanjangan mandat Panel Ahli PBB yang memantau sanksi Korea Utara, meski 13 anggota Dewan Keamanan mendukung.'],
      { lang: 'id', published: '2024-03-29' },
    );
    expect(topOf(vote, '13')?.claimId).toBe('dprk-37-russia-veto-panel');
  });

  it('a "since" year is checked against an event only where its sentence names the event', () => {
    const prices = annotateBlocks(
      ['Perang Rusia-Ukraina membuat harga gandum dan pupuk melonjak, kata pengamat. Harga pupuk nonsubsidi di Bandung naik hingga 40 persen sejak 2022.'],
      { lang: 'id', published: '2024-03-05' },
    );
    expect(topOf(prices, '2022')).toBeUndefined();
    // (Not the Kim-Putin summit of 2019, whose people the sentence names: the war is what has lasted.)
    const war = annotateBlocks(['Kim Jong Un mendukung Putin dalam perang Rusia-Ukraina yang telah berkecamuk sejak 2019.'], { lang: 'id', published: '2024-03-05' });
    expect(topOf(war, '2019')).toMatchObject({ claimId: 'ev-ukraine-full-scale-invasion', agreement: 'differs' });
    expect(topOf(war, '2019')?.explanation.en).toContain('not in 2019');
  });

  it('a part whose label names another party than its whole\'s is named by that party in any form ("Ukraine\'s toll" for "Ukrainian casualties")', () => {
    const date = { lang: 'en' as const, published: '2026-01-25' };
    const russian = 'CSIS now puts Russian casualties at about 1.2 million, with up to 325,000 dead.';
    const r = annotateBlocks([`${russian} Ukraine's toll is lower but still staggering: 500,000 to 600,000 casualties.`], date);
    expect(topOf(r, '500,000 to 600,000')).toMatchObject({ claimId: 'ru-ua-10-csis-jan2026', agreement: 'same' });
    expect(topOf(annotateBlocks([`${russian} The toll is lower but still staggering: 500,000 to 600,000 casualties.`], date), '500,000 to 600,000')).toBeUndefined();
  });

  it('a part counted in its whole\'s unit is named by its unit word ("1,000 sappers" of 6,000 troops)', () => {
    const date = { lang: 'en' as const, published: '2025-09-20' };
    const r = annotateBlocks(["North Korea's commitment keeps growing. In June Moscow announced that 1,000 sappers and 5,000 military builders would follow the combat troops."], date);
    expect(topOf(r, '1,000')).toMatchObject({ claimId: 'dprk-29-shoigu-6000-builders-sappers', agreement: 'same' });
    // (The builders are the record's construction workers, not a misquote of its 6,000 troops.)
    expect(topOf(r, '5,000')).toMatchObject({ claimId: 'dprk-29-shoigu-6000-builders-sappers', agreement: 'same' });
    // (1,000 troops of no kind are not the sappers.)
    expect(topOf(annotateBlocks(["North Korea's commitment keeps growing. In June Moscow announced that 1,000 troops would follow."], date), '1,000')).toBeUndefined();
  });

  it("a place names its country, and a claim's very number to four digits or more counts as evidence", () => {
    const date = { lang: 'id' as const, published: '2026-02-10' };
    const caption = 'Pemantau PBB mencatat sedikitnya 12.654 warga sipil tewas dan 29.392 luka sejak invasi skala penuh.';
    const r = annotateBlocks([`Warga melintas di depan gedung yang rusak akibat serangan rudal di Kharkiv. ${caption}`], date);
    expect(topOf(r, '12.654')).toMatchObject({ claimId: 'ru-ua-04-hrmmu-early2025', agreement: 'outdated' });
    expect(topOf(r, '29.392')?.claimId).toBe('ru-ua-04-hrmmu-early2025');
    // (The UN alone is one of the claim's entities, not a pair: the very number, exactly the claim's, still finds it;
    // a round number is no such evidence.)
    expect(topOf(annotateBlocks([caption], date), '12.654')?.claimId).toBe('ru-ua-04-hrmmu-early2025');
    const round = annotateBlocks(['Warga melintas di depan gedung yang rusak akibat serangan rudal di Kharkiv. Pemantau PBB mencatat sedikitnya 12.000 warga sipil tewas.'], date);
    expect(topOf(round, '12.000')).toBeUndefined();
  });

  it('a head of state or official names their country ("North Korea\'s gifts to Putin")', () => {
    const date = { lang: 'en' as const, published: '2025-12-20' };
    const r = annotateBlocks(["An infographic lists North Korea's gifts to Putin: 28,000 containers and 120 rocket launchers."], date);
    expect(topOf(r, '28,000')).toMatchObject({ claimId: 'dprk-12-dia-28000-12m', agreement: 'same' });
    // (North Korea alone is no pair of the claim's entities.)
    expect(topOf(annotateBlocks(["An infographic lists North Korea's gifts: 28,000 containers and 120 rocket launchers."], date), '28,000')).toBeUndefined();
  });

  it("a number said twice goes to the claim whose subjects each sentence names; Russia's own Security Council is not the UN's", () => {
    const date = { lang: 'id' as const, published: '2025-09-03' };
    const r = annotateBlocks([
      'Badan Intelijen Nasional (NIS) Korea Selatan memperkirakan sekitar 2.000 tentara Korea Utara yang dikirim membantu Rusia telah tewas. Dalam rapat tertutup dengan parlemen, Selasa (2/9/2025), NIS juga menyebut Pyongyang berencana mengirim 6.000 tentara dan insinyur tambahan. Pada Juni lalu, Sekretaris Dewan Keamanan Rusia Sergei Shoigu lebih dulu mengumumkan 6.000 personel Korut untuk membangun kembali Kursk.',
    ], date);
    const sixes = r.filter((f) => f.surface === '6.000').map((f) => f.matches[0]?.claimId);
    expect(sixes).toEqual(['dprk-28-nis-2000-killed', 'dprk-29-shoigu-6000-builders-sappers']);
  });

  it('"seratus persen yakin" is certainty, not a share', () => {
    const date = { lang: 'id' as const, published: '2025-07-20' };
    const text = 'Kyrylo Budanov, kepala intelijen militer Ukraina, menyebut hingga 40 persen amunisi yang dipakai Rusia kini datang dari Korea Utara. Tak ada yang bisa seratus persen yakin dengan angka intelijen.';
    const r = annotateBlocks([text], date);
    expect(topOf(r, '40 persen')?.claimId).toBe('dprk-22-budanov-40-percent');
    expect(topOf(r, 'seratus persen')).toBeUndefined();
    expect(topOf(annotateBlocks([text.replace('seratus persen yakin dengan angka', 'menyebut seratus persen angka')], date), 'seratus persen')?.agreement).toBe('differs');
  });

  it("a running total given a month after a claim's and above it is a newer count, not a contradiction", () => {
    const text = 'Uni Eropa menambahkan 117 kapal armada bayangan Rusia ke daftar hitam, sehingga totalnya melampaui 550 kapal.';
    expect(topOf(annotateBlocks([text], { lang: 'id' as const, published: '2025-10-23' }), '550')).toBeUndefined();
    expect(topOf(annotateBlocks([text], { lang: 'id' as const, published: '2025-07-25' }), '550')).toMatchObject({ claimId: 'ru-ua-25-eu18-cap-47.6', agreement: 'differs' });
  });

  it('a bullet parts the items of a list written inline', () => {
    const date = { lang: 'en' as const, published: '2024-10-24' };
    const r = annotateBlocks(["IN NUMBERS • North Korean troops to be deployed: about 12,000 • Russia's payback: food, oil and, Seoul fears, space technology"], date);
    expect(topOf(r, '12,000')?.claimId).toBe('dprk-23-nis-12000-troops');
    const ticker = annotateBlocks(['KILAS ● CSIS: korban militer Rusia hampir 1 juta ● Staf Umum Ukraina: kerugian personel Rusia 991.820 ● IHSG naik 1,2 persen'], { lang: 'id' as const, published: '2025-06-04' });
    expect(topOf(ticker, '1 juta')?.claimId).toBe('ru-ua-07-csis-jun2025-russia');
  });

  it('the internally displaced are people, not refugees', () => {
    const r = annotateBlocks(['Bandingkan dengan awal Juli 2022, ketika UNHCR mencatat sekitar 5,6 juta pengungsi Ukraina di Eropa dan lebih dari 6,2 juta pengungsi internal.'], { lang: 'id' as const, published: '2025-03-01' });
    expect(topOf(r, '6,2 juta')).toMatchObject({ claimId: 'ru-ua-14-unhcr-july2022', agreement: 'outdated' });
  });

  it('a bare number a strike killed counts its dead, not the noun before it ("missile strike kills at least 12")', () => {
    const r = annotateBlocks(['Russian missile strike on Kyiv kills at least 12, injures 90.'], { lang: 'en' as const, published: '2025-09-08' });
    expect(topOf(r, '12')).toBeUndefined();
    const un = annotateBlocks(['The UN monitoring mission said at least 12,142 civilians were killed and 2,514 injured in Ukraine in 2025, the deadliest year since the full-scale invasion.'], { lang: 'en' as const, published: '2026-01-13' });
    expect(topOf(un, '2,514')?.claimId).toBe('ru-ua-05-hrmmu-2025-deadliest');
  });

  it("a person's country counts as named where the person is; a place's does not", () => {
    const r = annotateBlocks(['Kim Jong Un sudah kirim 12 juta peluru ke Putin'], { lang: 'id' as const, published: '2025-07-14' });
    expect(topOf(r, '12 juta')).toMatchObject({ claimId: 'dprk-12-dia-28000-12m', agreement: 'basis' });
    const kursk = 'Gedung Putih menyebut pasukan Korea Utara yang bertempur di wilayah Kursk menderita sekitar 1.000 korban dalam sepekan. Korea Utara sendiri memiliki sekitar 1,2 juta tentara aktif.';
    expect(topOf(annotateBlocks([kursk], { lang: 'id' as const, published: '2024-12-28' }), '1,2 juta')).toBeUndefined();
  });

  it('who says a number is not whose it is; a number given to the other side contradicts that side\'s figure', () => {
    const date = { lang: 'id' as const, published: '2024-02-26' };
    const r = annotateBlocks(['Presiden Ukraina Volodymyr Zelensky mengatakan 31.000 tentara Rusia tewas selama dua tahun perang.'], date);
    expect(topOf(r, '31.000')).toMatchObject({ claimId: 'ru-ua-06-zelensky-31000', agreement: 'differs', claimValue: 180000 });
    const kiel = annotateBlocks(["Washington has been Kyiv's biggest backer by far: the Kiel Institute's tracker credits the United States with €138 billion in aid, some €23 billion more than Europe."], { lang: 'en' as const, published: '2025-03-20' });
    expect(topOf(kiel, '€138 billion')).toMatchObject({ claimId: 'ru-ua-18-kiel-europe-138-us-115', agreement: 'differs', claimValue: 115000000000 });
    expect(topOf(annotateBlocks(['Presiden Ukraina Volodymyr Zelensky mengatakan 31.000 tentara Ukraina tewas selama dua tahun perang.'], date), '31.000')).toMatchObject({ claimId: 'ru-ua-06-zelensky-31000', agreement: 'same' });
  });

  it("a share whose sentence names only parties of its own is no claim's, in a digest of several stories", () => {
    const date = { lang: 'en' as const, published: '2025-07-14' };
    const nk = "South Korea's defense intelligence now estimates North Korea has shipped about 28,000 containers of weapons to Russia.";
    expect(topOf(annotateBlocks([`Trump threatened 30% tariffs on goods from the EU and Mexico starting Aug. 1. ${nk}`], date), '30%')).toBeUndefined();
    expect(topOf(annotateBlocks([`North Korea's arms factories run at 30% of capacity, Seoul says. ${nk}`], date), '30%')?.claimId).toBe('seed-04-factories-capacity');
  });

  it('a sentence that opens on an Indonesian city is a local story, even with the same number', () => {
    const date = { lang: 'id' as const, published: '2024-01-05' };
    const shin = 'Menhan Korsel Shin Won-sik menyebut sekitar 5.000 kontainer telah dikirim Korut ke Rusia hingga akhir Desember.';
    const r = annotateBlocks([`${shin} Di Semarang, Pelabuhan Tanjung Emas mencatat 5.000 kontainer ekspor sepanjang Desember.`], date);
    const fives = r.filter((f) => f.surface === '5.000').map((f) => f.matches[0]?.claimId);
    expect(fives).toEqual(['dprk-04-5000-containers-dec2023', undefined]);
  });

  it("in a fact-check, a post's likes and shares and the day it was posted are no claim's numbers", () => {
    const date = { lang: 'id' as const, published: '2024-10-25' };
    const text =
      'Akun X @kabarperang24 mengunggah narasi bahwa Korea Utara mengirim 120.000 tentara untuk membantu Rusia di Ukraina. Unggahan pada 21 Oktober 2024 itu disukai 8.900 kali dan telah dilihat 92 ribu kali. Faktanya, Badan Intelijen Nasional (NIS) Korea Selatan menyebut sekitar 12.000 tentara. Klaim itu keliru.';
    const r = annotateBlocks([text], date);
    expect(topOf(r, '12.000')?.claimId).toBe('dprk-23-nis-12000-troops');
    expect(topOf(r, '21 Oktober 2024')).toBeUndefined();
    expect(topOf(r, '8.900')).toBeUndefined();
    expect(topOf(r, '92 ribu')).toBeUndefined();
    // ("43 kali pelayaran" counts voyages.)
    const oil = annotateBlocks(['Analisis citra satelit menunjukkan Rusia kemungkinan memasok lebih dari 1 juta barel minyak ke Korea Utara sejak Maret lewat 43 kali pelayaran kapal tanker.'], { lang: 'id' as const, published: '2024-11-25' });
    expect(topOf(oil, '43')?.claimId).toBe('dprk-32-oil-1m-barrels');
  });

  it("Shin alone names the defence minister in a story about the Koreas, and a bare count looks back past a date to the count it follows", () => {
    const text = 'Angka 6.700 kontainer yang dikutip pejabat itu sudah usang sejak Maret 2024, ketika Shin menaikkannya menjadi sekitar 7.000.';
    const r = annotateBlocks([text], { lang: 'id' as const, published: '2025-08-05', title: 'Membaca Ulang Kiriman Amunisi Korea Utara' });
    expect(topOf(r, '6.700')?.claimId).toBe('seed-01-containers-6700');
    expect(topOf(r, '7.000')?.claimId).toBe('dprk-05-7000-containers-mar2024');
    // (Where nothing on the page is about the Koreas, "Shin" is anybody.)
    const other = annotateBlocks([text], { lang: 'id' as const, published: '2025-08-05', title: 'Membaca Ulang Angka Impor Beras' });
    expect(topOf(other, '6.700')).toBeUndefined();
  });

  it('a span counted from another event, or the length of something else, is no length of the war', () => {
    const date = { lang: 'id' as const, published: '2025-02-24', title: 'Linimasa Tiga Tahun Perang Rusia-Ukraina' };
    const mutiny = annotateBlocks(['23 Agustus 2023 – Pemimpin Wagner Yevgeny Prigozhin tewas dalam kecelakaan pesawat di wilayah Tver, dua bulan setelah memimpin pemberontakan singkat.'], date);
    expect(topOf(mutiny, 'dua bulan')).toBeUndefined();
    const kherson = annotateBlocks(['11 November 2022 – Pasukan Ukraina kembali menguasai kota Kherson setelah delapan bulan pendudukan.'], date);
    expect(topOf(kherson, 'delapan bulan')).toBeUndefined();
    // (Counted from the invasion, it is: "dua tahun setelah Rusia menginvasi Ukraina".)
    const war = annotateBlocks(['Dua tahun setelah Rusia menginvasi Ukraina, perang belum juga usai.'], { lang: 'id' as const, published: '2024-02-24' });
    expect(topOf(war, 'Dua tahun')?.claimId).toBe('ev-ukraine-full-scale-invasion');
  });

  it("a number written with the other convention's thousands mark is that number, not a contradicting thousandth of it", () => {
    const r = annotateBlocks(["Ukraine's General Staff put Russia's cumulative personnel losses at 991.820 as of 4 June 2025."], { lang: 'en' as const, published: '2025-06-10' });
    expect(topOf(r, '991.820')).toMatchObject({ claimId: 'ru-ua-12-genstaff-991820', agreement: 'same' });
  });

  it('the very number of people, to four significant digits, finds a claim that counts them under another name', () => {
    const date = { lang: 'id' as const, published: '2024-02-26' };
    const r = annotateBlocks(['Menurut Misi Pemantauan Hak Asasi Manusia PBB di Ukraina (HRMMU), sebanyak 10.582 orang tewas sejak invasi dimulai. Di kota lain, 10.600 orang mengungsi.'], date);
    expect(topOf(r, '10.582')?.claimId).toBe('ru-ua-03-hrmmu-feb2024');
    expect(topOf(r, '10.600')).toBeUndefined();
    // (Only the very number: "about 2,700 wounded" is no 2703 people, nor is any slip of a number looked up this way.)
    const near = annotateBlocks(['Menteri Pertahanan Korea Selatan Shin Won-sik mengatakan Korea Utara telah mengirim sekitar 6.700 kontainer amunisi ke Rusia. Sebanyak 2703 warga mengungsi.'], { lang: 'id' as const, published: '2025-06-01' });
    expect(topOf(near, '2703')).toBeUndefined();
    // ("Service members" are troops.)
    const zel = annotateBlocks(['Zelenskyy said in Kyiv on Sunday that 31,000 Ukrainian service members had been killed since Russia launched its full-scale invasion.'], { lang: 'en' as const, published: '2024-02-26' });
    expect(topOf(zel, '31,000')?.claimId).toBe('ru-ua-06-zelensky-31000');
    // (A round number of people is no such evidence.)
    expect(topOf(annotateBlocks(['Menurut Misi Pemantauan Hak Asasi Manusia PBB di Ukraina (HRMMU), sebanyak 10.000 orang tewas sejak invasi dimulai.'], date), '10.000')).toBeUndefined();
  });

  it("a correction's wrong number, as the earlier version gave it, contradicts the claim the correction gives", () => {
    const id = { lang: 'id' as const, published: '2025-01-20' };
    const rest = 'NIS memperkirakan sedikitnya 300 tentara Korea Utara tewas dan sekitar 2.700 lainnya terluka di Kursk.';
    const fixed = annotateBlocks([`Ralat: versi awal berita ini menyebut 3.000 tentara Korea Utara tewas. Yang benar, ${rest}`], id);
    expect(topOf(fixed, '3.000')).toMatchObject({ claimId: 'dprk-26-nis-casualties-jan-apr-2025', agreement: 'differs' });
    // (Another source's number, not called an error, is that source's own.)
    expect(topOf(annotateBlocks([`Sumber lain menyebut 3.000 tentara Korea Utara tewas. ${rest}`], id), '3.000')).toBeUndefined();
    const en = { lang: 'en' as const, published: '2024-03-29' };
    const vote = 'The Security Council vote was 13 in favour, with Russia against and China abstaining.';
    expect(topOf(annotateBlocks([`${vote} Correction: An earlier version of this story said 14 members voted in favour.`], en), '14')).toMatchObject({ claimId: 'dprk-37-russia-veto-panel', agreement: 'differs' });
    expect(topOf(annotateBlocks([`${vote} Another report said 14 members voted in favour.`], en), '14')).toBeUndefined();
  });

  it('a circulating number the page calls false contradicts the claim it is about, however far off', () => {
    const date = { lang: 'id' as const, published: '2025-10-03' };
    const text =
      'Unggahan yang disukai lebih dari 85.000 akun di TikTok menyebut Korea Utara telah mengirim 60 juta peluru artileri ke Rusia. Klaim itu keliru. Badan intelijen pertahanan Korea Selatan memperkirakan sekitar 28.000 kontainer senjata dan amunisi telah dikirim, setara lebih dari 12 juta peluru.';
    const r = annotateBlocks([text], date);
    expect(topOf(r, '60 juta')).toMatchObject({ claimId: 'dprk-12-dia-28000-12m', agreement: 'differs' });
    expect(topOf(r, '85.000')).toBeUndefined();
    // (Not called false, or not passed around, a number five times the source's is another number.)
    expect(topOf(annotateBlocks([text.replace('Klaim itu keliru. ', '')], date), '60 juta')).toBeUndefined();
    expect(topOf(annotateBlocks([text.replace('Unggahan yang disukai lebih dari 85.000 akun di TikTok menyebut', 'Menurut pengamat,')], date), '60 juta')).toBeUndefined();
    // (Nor is a figure no longer current contradicted by a number merely near it, unless the page calls it false.)
    const cap = 'A viral chart claims Western countries still cap Russian crude at $70 a barrel. The original G7 cap was $60; the EU lowered its cap to $47.60.';
    expect(topOf(annotateBlocks([`Fact check: ${cap}`], { lang: 'en', published: '2025-09-15' }), '$70')).toMatchObject({ claimId: 'ru-ua-24-price-cap-60', agreement: 'differs' });
    expect(topOf(annotateBlocks([cap.replace('A viral chart claims', 'Traders say')], { lang: 'en', published: '2025-09-15' }), '$70')).toBeUndefined();
    // (A date too, written as a date.)
    const when = 'No, the full-scale invasion did not begin on Feb. 20, 2022. Russian troops crossed into Ukraine on Feb. 24, 2022.';
    const wrongDay = topOf(annotateBlocks([`Fact check: ${when}`], { lang: 'en', published: '2025-02-26' }), 'Feb. 20, 2022');
    expect(wrongDay?.agreement).toBe('differs');
    expect(wrongDay?.explanation.en).toContain('(20 February 2022) does not match the source (24 February 2022)');
    expect(topOf(annotateBlocks([when.replace('No, the', 'The')], { lang: 'en', published: '2025-02-26' }), 'Feb. 20, 2022')).toBeUndefined();
  });

  it('a duration followed by the war it measures is checked against the war, which the sentence may name by one party', () => {
    const en = annotateBlocks(['President Volodymyr Zelensky said 31,000 Ukrainian soldiers had been killed in two years of full-scale war, the only official toll Kyiv has given.'], { lang: 'en', published: '2024-02-26' });
    expect(topOf(en, 'two years')).toMatchObject({ claimId: 'ev-ukraine-full-scale-invasion', agreement: 'same' });
    const id = 'Misi pemantau HAM PBB memverifikasi 10.582 warga sipil tewas selama dua tahun perang skala penuh di Ukraina.';
    expect(topOf(annotateBlocks([id], { lang: 'id', published: '2026-02-23' }), 'dua tahun')).toMatchObject({ claimId: 'ev-ukraine-full-scale-invasion', agreement: 'differs' });
    // (Not a team's two years without a home win, though its coach is Ukrainian.)
    expect(topOf(annotateBlocks(['Tim itu sudah dua tahun tidak menang di kandang, kata pelatih asal Ukraina.'], { lang: 'id', published: '2026-02-23' }), 'dua tahun')).toBeUndefined();
  });

  it('a "since" year that marks a superlative is no start of the event beside it', () => {
    const text =
      "The war in the Donbas, which began in April 2014, had killed more than 13,000 people by mid-2021. Russia's full-scale invasion on Feb. 24, 2022 turned that regional conflict into the largest war in Europe since 1945.";
    const r = annotateBlocks([text], { lang: 'en', published: '2024-02-23', title: 'Russia-Ukraine war: A timeline of the conflict' });
    expect(topOf(r, '1945')).toBeUndefined();
    const wrong = annotateBlocks(["Russia's full-scale invasion of Ukraine has gone on since 2019, the minister said."], { lang: 'en', published: '2024-02-23' });
    expect(topOf(wrong, '2019')?.agreement).toBe('differs');
  });

  it('a "since" year that agrees with an event its sentence names is not corrected by another event', () => {
    // (The first summit, 2019, is named only by its label's "summit"; the 2023 summit has "summit" among its keywords.)
    const r = annotateBlocks(
      ["Kim Jong Un and Vladimir Putin held talks in Beijing on Wednesday, their fourth summit since 2019, after watching a military parade."],
      { lang: 'en', published: '2025-09-04' },
    );
    expect(topOf(r, '2019')).toBeUndefined();
    const wrong = annotateBlocks(
      ["Kim Jong Un and Vladimir Putin held talks in Beijing on Wednesday, their fourth summit since 2017, after watching a military parade."],
      { lang: 'en', published: '2025-09-04' },
    );
    expect(topOf(wrong, '2017')?.agreement).toBe('differs');
  });

  it('explanations write a date as a date and a year as a year', () => {
    const r = annotateBlocks(['Rusia melancarkan invasi skala penuh ke Ukraina pada 24 Februari 2022, delapan tahun setelah menganeksasi Krimea pada 2014.'], { lang: 'id', published: '2025-06-05' });
    const date = topOf(r, '24 Februari 2022');
    expect(date?.explanation.id).toContain('Sumber: 24 Februari 2022 (');
    expect(date?.explanation.en).toContain('Source: 24 February 2022 (');
    expect(topOf(r, '2014')?.explanation.en).toContain('Source: 2014 (');
  });

  it('a number restated exactly in the same sentence quotes the same claim figure both times', () => {
    const r = annotateBlocks(
      ['Staf Umum Angkatan Bersenjata Ukraina menyebut kerugian personel Rusia sudah hampir 1 juta orang, tepatnya 991.820 tewas, luka, atau tertawan.'],
      { lang: 'id', published: '2025-06-05' },
    );
    expect(topOf(r, '991.820')?.claimId).toBe('ru-ua-12-genstaff-991820');
    expect(topOf(r, '1 juta')).toMatchObject({ claimId: 'ru-ua-12-genstaff-991820', agreement: 'rounded' });
    // (Two sources' numbers side by side are not one restated.)
    const two = annotateBlocks(
      ['CSIS memperkirakan korban Rusia sudah hampir 1 juta orang, sementara Staf Umum Ukraina mencatat kerugian personel Rusia 991.820 orang.'],
      { lang: 'id', published: '2025-06-05' },
    );
    expect(topOf(two, '991.820')?.claimId).toBe('ru-ua-12-genstaff-991820');
    expect(topOf(two, '1 juta')?.claimId).toBe('ru-ua-07-csis-jun2025-russia');
    // (Rounded in apposition: "$524 billion, more than half a trillion dollars".)
    const apposed = annotateBlocks(
      ["The latest assessment puts Ukraine's reconstruction needs at $524 billion, more than half a trillion dollars, the World Bank said."],
      { lang: 'en', published: '2025-03-01' },
    );
    expect(topOf(apposed, '$524 billion')?.claimId).toBe('ru-ua-30-rdna4-524bn');
    expect(topOf(apposed, 'half a trillion dollars')).toMatchObject({ claimId: 'ru-ua-30-rdna4-524bn', agreement: 'rounded' });
    // (A number rounded and then given exactly, whatever the words between, is one figure restated; two said side by
    // side, "early on and ... a month later", are two.)
    const tally = annotateBlocks(
      ["KYIV - Russia has lost nearly 1 million personnel since the full-scale invasion, Ukraine's General Staff said on Wednesday, putting its tally at 991,820."],
      { lang: 'en', published: '2025-06-05' },
    );
    expect(topOf(tally, '991,820')?.claimId).toBe('ru-ua-12-genstaff-991820');
    expect(topOf(tally, '1 million')).toMatchObject({ claimId: 'ru-ua-12-genstaff-991820', agreement: 'rounded' });
  });

  it('a bare count after another count of its sentence counts what that one counts', () => {
    const r = annotateBlocks(
      ["When North Korean troops appeared in Russia, Seoul's spy agency estimated that 12,000 would be sent; the Pentagon later counted about 11,000 in the Kursk region."],
      { lang: 'en', published: '2025-10-15' },
    );
    expect(topOf(r, '11,000')).toMatchObject({ claimId: 'dprk-24-pentagon-11000-kursk', agreement: 'same' });
    // (Not a count that says what it counts.)
    const own = annotateBlocks(
      ["When North Korean troops appeared in Russia, Seoul's spy agency estimated that 12,000 would be sent; the Pentagon later counted about 11,000 trucks in the Kursk region."],
      { lang: 'en', published: '2025-10-15' },
    );
    expect(topOf(own, '11,000')).toBeUndefined();
    // (In the next sentence, as its total.)
    const total = annotateBlocks(
      ['Washington said back in February 2024 that North Korea had delivered more than 10,000 containers of munitions or related materials to Russia. The multinational monitoring team now puts the total at more than 20,000.'],
      { lang: 'en', published: '2025-06-10' },
    );
    expect(topOf(total, '20,000')).toMatchObject({ claimId: 'dprk-10-msmt-20000-containers', agreement: 'same' });
    const number = annotateBlocks(
      ['Washington said back in February 2024 that North Korea had delivered more than 10,000 containers of munitions or related materials to Russia. The multinational monitoring team now puts the number at more than 20,000.'],
      { lang: 'en', published: '2025-06-10' },
    );
    expect(topOf(number, '20,000')?.claimId).toBe('dprk-10-msmt-20000-containers');
    // (Restated: "991.820 orang, atau hampir 1 juta" counts the same losses.)
    const restated = annotateBlocks(
      ['Staf Umum Angkatan Bersenjata Ukraina menyebut kerugian personel Rusia sejak invasi mencapai 991.820 orang, atau hampir 1 juta.'],
      { lang: 'id', published: '2025-06-05' },
    );
    expect(topOf(restated, '1 juta')).toMatchObject({ claimId: 'ru-ua-12-genstaff-991820', agreement: 'rounded' });
  });

  it('a count of rockets may quote a source\'s count of rounds (units.yaml broader)', () => {
    const r = annotateBlocks(
      ["In the deal's early months, North Korea shipped more than 500,000 rockets to Russia, South Korea's defence minister Shin Won-sik said."],
      { lang: 'en', published: '2024-03-10' },
    );
    expect(topOf(r, '500,000')?.claimId).toBe('seed-03-capacity-500k-122mm');
  });

  it('a share said with the words of another share of its record misquotes that one', () => {
    const r = annotateBlocks(
      ['Budanov has said North Korea now supplies 60% of the ammunition Russia uses in Ukraine.'],
      { lang: 'en', published: '2025-08-01' },
    );
    expect(topOf(r, '60%')).toMatchObject({ claimId: 'dprk-22-budanov-40-percent', agreement: 'differs', claimValue: 40 });
    const right = annotateBlocks(
      ['Budanov has said North Korea now supplies up to 40% of the ammunition Russia uses in Ukraine.'],
      { lang: 'en', published: '2025-08-01' },
    );
    expect(topOf(right, '40%')).toMatchObject({ claimId: 'dprk-22-budanov-40-percent', agreement: 'same', claimValue: 40 });
  });

  it('a war\'s length in days, by the hundred, is checked against its start', () => {
    const r = annotateBlocks(['Perang di Ukraina genap 1.000 hari sejak Rusia melancarkan invasi skala penuh.'], { lang: 'id', published: '2024-11-20' });
    expect(topOf(r, '1.000 hari')).toMatchObject({ claimId: 'ev-ukraine-full-scale-invasion', agreement: 'same' });
    const wrong = annotateBlocks(['Perang di Ukraina genap 500 hari sejak Rusia melancarkan invasi skala penuh.'], { lang: 'id', published: '2024-11-20' });
    expect(topOf(wrong, '500 hari')).toMatchObject({ claimId: 'ev-ukraine-full-scale-invasion', agreement: 'differs' });
    // (A few days say nothing of the war's length.)
    const days = annotateBlocks(['Dua hari setelah invasi skala penuh Rusia ke Ukraina, pasar saham anjlok.'], { lang: 'id', published: '2024-11-20' });
    expect(topOf(days, 'Dua hari')).toBeUndefined();
  });

  it('"one year on from" an event measures the time since it', () => {
    const r = annotateBlocks(
      ["One year on from the summit at the Vostochny cosmodrome, South Korea's defense ministry still cites its estimate from June."],
      { lang: 'en', published: '2024-09-13' },
    );
    const m = topOf(r, 'One year');
    expect(m).toMatchObject({ claimId: 'ev-kim-putin-vostochny-summit-2023', agreement: 'same' });
    // (One, in the singular.)
    expect(m?.explanation.en).toContain('Source: 1 year (');
  });

  it('a wrong day right after the words of what happened on it contradicts the record', () => {
    const r = annotateBlocks(
      ['Mengutip NHK, satelit pengintai militer Korut Malligyong-1 diluncurkan ke orbit pada 21 Desember 2023 dengan roket Chollima-1, 705 detik setelah lepas landas.'],
      { lang: 'id', published: '2024-11-21', title: 'NHK: Satelit Mata-mata Korut Masih Mengorbit' },
    );
    expect(topOf(r, '21 Desember 2023')).toMatchObject({ claimId: 'ev-malligyong-1-launch-2023-11', agreement: 'differs', claimValue: 20231121 });
    // (A year off, the same day.)
    const year = annotateBlocks(["Kim, who travelled to Russia's Far East aboard his armoured train, last met Putin in Vladivostok on April 25, 2018."], { lang: 'en', published: '2023-09-12' });
    expect(topOf(year, 'April 25, 2018')).toMatchObject({ claimId: 'ev-kim-putin-first-summit-2019', agreement: 'differs' });
    // (Another day of the story, after the event's words in another clause, is not its date.)
    const other = annotateBlocks(
      ['Setelah KTT Kim Jong Un dan Putin di Kosmodrom Vostochny, Korea Utara mulai mengirim kontainer amunisi ke Rusia pada 7 Oktober 2023.'],
      { lang: 'id', published: '2024-06-18' },
    );
    expect(topOf(other, '7 Oktober 2023')).toBeUndefined();
    // (A day without its year, in the page's year; not where the sentence writes another year.)
    const veto = annotateBlocks(
      ["The UN Panel of Experts on North Korea will stop work at the end of April after Russia cast its veto at the Security Council on March 26, a move Western diplomats said was meant to shield Moscow's arms purchases from Pyongyang."],
      { lang: 'en', published: '2024-04-02' },
    );
    expect(topOf(veto, 'March 26')).toMatchObject({ claimId: 'dprk-37-russia-veto-panel', agreement: 'differs', claimValue: 20240328 });
    const lavrov = annotateBlocks(
      ["Kim Jong Un has courted Moscow since 2018, when Russia's foreign minister Sergei Lavrov visited Pyongyang on 31 May."],
      { lang: 'en', published: '2024-06-18', title: 'Why is Putin visiting North Korea, and what does he want?' },
    );
    expect(topOf(lavrov, '31 May')?.agreement).not.toBe('differs');
  });

  it('"the North" names North Korea on a page that names South Korea or its officials', () => {
    const r = annotateBlocks(
      ['KBS World reported that the defense ministry had said in June that at least 10-thousand containers had gone from the North to Russia.'],
      { lang: 'en', published: '2024-11-05', title: "Seoul's container count keeps climbing" },
    );
    expect(topOf(r, '10-thousand')?.claimId).toBe('dprk-06-10000-containers-4.8m');
    // (Not elsewhere: the north of another country.)
    const england = annotateBlocks(
      ['Russian trawlers landed at least 10,000 containers of fish in the North last year, port officials said.'],
      { lang: 'en', published: '2024-11-05' },
    );
    expect(topOf(england, '10,000')).toBeUndefined();
  });

  it("a claim's later figure does not push aside the event that holds it", () => {
    const r = annotateBlocks(
      ['Fact check: No, the full-scale invasion did not begin on Feb. 20, 2022. Russian troops crossed into Ukraine on Feb. 24, 2022, three years ago this week. Fighting in the Donbas had begun in 2014.'],
      { lang: 'en', published: '2025-02-25' },
    );
    expect(r.find((x) => x.surface === '2014')?.matches.map((m) => m.claimId)).toContain('ev-donbas-war');
    // (A claim's headline figure still does: the invasion's date is ru-ua-01's.)
    expect(topOf(r, 'Feb. 24, 2022')?.claimId).toBe('ru-ua-01-invasion-date');
  });

  it('a claim the dataset rates false, repeated in a data box without the words that date the war, still contradicts', () => {
    const r = annotateBlocks(['Data singkat: Pendekatan Kim Jong Un ke Rusia dimulai sejak 2018 | Lama perang Rusia-Ukraina: dua dekade | Kontainer amunisi dikirim Korut: 6.700'], { lang: 'id', published: '2024-02-28' });
    expect(topOf(r, 'dua dekade')).toMatchObject({ claimId: 'seed-08-two-decades-war', agreement: 'differs' });
  });

  it('a bare year dates the event: "sejak 2014" is the Donbas war\'s start, ahead of the claim that also holds the year', () => {
    for (const text of [
      'Konflik Rusia-Ukraina sebenarnya sudah berlangsung lebih dari satu dekade, sejak pertempuran pecah di Donbas pada 2014, jauh sebelum invasi skala penuh.',
      'Ukraine has been fighting Russian aggression since 2014, when Moscow annexed Crimea and stoked war in the Donbas.',
    ]) {
      const r = annotateBlocks([text], { lang: text.startsWith('Ukraine') ? 'en' : 'id', published: '2025-02-24' });
      expect(topOf(r, '2014')?.claimId).toBe('ev-donbas-war');
    }
  });

  it('a number the page says one side lost is not the other side\'s losses', () => {
    const r = annotateBlocks(
      ['Lembaga kajian CSIS memperkirakan Ukraina telah kehilangan sekitar 950.000 tentara, tewas maupun terluka, sejak invasi Rusia dimulai.'],
      { lang: 'id', published: '2025-07-01' },
    );
    // (CSIS's count of Russia's losses given to Ukraine: contradicted, not confirmed.)
    expect(topOf(r, '950.000')).toMatchObject({ claimId: 'ru-ua-07-csis-jun2025-russia', agreement: 'differs' });
    const russia = annotateBlocks(
      ['Lembaga kajian CSIS memperkirakan Rusia telah kehilangan sekitar 950.000 tentara, tewas maupun terluka, sejak invasi dimulai.'],
      { lang: 'id', published: '2025-07-01' },
    );
    expect(topOf(russia, '950.000')?.claimId).toBe('ru-ua-07-csis-jun2025-russia');
  });

  it('a month named anywhere on the page is no evidence for a record whose keyword is that month alone', () => {
    const r = annotateBlocks(
      ['Kim Jong Un merajut kembali hubungan dengan Moskow sejak 2018, dan bertatap muka pertama kali dengan Vladimir Putin di Vladivostok pada 25 April 2019. Tahun ini Kim berdiri di samping Putin dan Xi Jinping dalam parade militer di Beijing pada 3 September.'],
      { lang: 'id', published: '2025-12-31' },
    );
    // (Not "the Vostochny summit began in 2023, not in 2018" on the strength of "sejak" and "September".)
    expect(topOf(r, '2018')?.agreement).not.toBe('differs');
  });

  it("a page's year of a count fits a figure whose period is one calendar year", () => {
    const r = annotateBlocks(
      ["North Korea's munitions have become the backbone of Russia's artillery war. According to the Multilateral Sanctions Monitoring Team, Russian-flagged ships carried as many as 9 million rounds of artillery and rocket ammunition from North Korea in a single year."],
      { lang: 'en', published: '2025-12-26' },
    );
    expect(topOf(r, '9 million')).toMatchObject({ claimId: 'dprk-11-msmt-9m-rounds-2024', agreement: 'same' });
    // (Not a day's.)
    const day = annotateBlocks(
      ['According to the Multilateral Sanctions Monitoring Team, Russian-flagged ships carried 9 million rounds of artillery ammunition from North Korea to Russia every day.'],
      { lang: 'en', published: '2025-12-26' },
    );
    expect(topOf(day, '9 million')?.claimId).not.toBe('dprk-11-msmt-9m-rounds-2024');
  });

  it('those a strike killed are its dead', () => {
    const r = annotateBlocks(
      ["Ukraine's Prosecutor General's Office said Tuesday that North Korean ballistic missiles fired by Russia had killed 24 civilians and injured 115, though many exploded in mid-air."],
      { lang: 'en', published: '2024-06-01' },
    );
    expect(topOf(r, '24')).toMatchObject({ claimId: 'dprk-17-ukr-pgo-50-missiles-half-failed', agreement: 'same', claimValue: 24 });
  });

  it("a poll's share is no other claim's", () => {
    const r = annotateBlocks(
      ["Budanov says North Korean artillery now causes most of his units' losses. In a poll this month, 62 percent of South Koreans called Pyongyang's arms trade with Moscow a direct threat."],
      { lang: 'en', published: '2025-11-05' },
    );
    expect(topOf(r, '62 percent')).toBeUndefined();
  });

  it('a threshold the page expects to be passed quotes no figure', () => {
    const r = annotateBlocks(
      ['Russia has suffered roughly 950,000 casualties in Ukraine, according to a new estimate, and its losses are likely to pass one million casualties this summer.'],
      { lang: 'en', published: '2025-06-05' },
    );
    expect(topOf(r, 'one million')).toBeUndefined();
    // (The same number as a report stays a rounding of the General Staff's tally.)
    const said = annotateBlocks(
      ["Ukraine's General Staff says Russia's losses have passed one million casualties since the full-scale invasion."],
      { lang: 'en', published: '2025-06-05' },
    );
    expect(topOf(said, 'one million')?.claimId).toBe('ru-ua-12-genstaff-991820');
  });

  it('of a number said twice, the mention that names fewer of the claim\'s subjects and names others is about something else', () => {
    const r = annotateBlocks(
      ['Dalam kesepakatan dagang dengan Presiden AS Donald Trump, Korea Selatan akan berinvestasi 350 miliar dolar AS di Amerika. Trump juga kembali mengklaim Washington telah menghabiskan 350 miliar dolar AS untuk Ukraina.'],
      { lang: 'id', published: '2025-08-01' },
    );
    expect(topOf(r, '350 miliar dolar AS')).toBeUndefined();
    expect(topOf(r, '350 miliar dolar AS', 1)?.claimId).toBe('ru-ua-19-trump-350bn');
  });

  it("a calendar year matches a claim's year only beside the words of its label", () => {
    const date = { lang: 'id' as const, published: '2025-05-30' };
    const port = annotateBlocks(
      ['Di tengah sorotan atas pengiriman tentara Korea Utara ke Rusia, Pelabuhan Tanjung Priok mencatat rekor arus peti kemas sepanjang kuartal I-2025.'],
      date,
    );
    expect(topOf(port, '2025')).toBeUndefined();
    const confirmed = annotateBlocks(['Korea Utara untuk pertama kali secara resmi mengakui pengiriman tentaranya ke Rusia pada 2025.'], date);
    expect(topOf(confirmed, '2025')?.claimId).toBe('dprk-27-kcna-confirms-deployment');
  });

  it("a sentence that opens on another country's place is about that country", () => {
    const date = { lang: 'id' as const, published: '2024-02-25' };
    const gaza = annotateBlocks(['Misi PBB mencatat 10.582 warga sipil Ukraina tewas sejak invasi skala penuh. Di Jalur Gaza, otoritas kesehatan setempat mencatat 19.875 korban luka.'], date);
    expect(topOf(gaza, '10.582')?.claimId).toBe('ru-ua-03-hrmmu-feb2024');
    expect(topOf(gaza, '19.875')).toBeUndefined();
    const ukraine = annotateBlocks(['Di Ukraina, misi pemantau HAM PBB mencatat 19.875 warga sipil luka-luka sejak invasi skala penuh.'], date);
    expect(topOf(ukraine, '19.875')?.claimId).toBe('ru-ua-03-hrmmu-feb2024');
  });

  it('a number said of an outsider to the stories (a party no record names) is not a claim\'s; a dateline is no subject', () => {
    const r = annotateBlocks(
      ['Korea Utara mengirim sekitar 50 howitzer swagerak Koksan ke Rusia, kata intelijen Ukraina. Rumania sendiri baru memesan 54 howitzer K9 dari Korea Selatan.'],
      { lang: 'id', published: '2025-01-15' },
    );
    expect(topOf(r, '50')?.claimId).toBe('dprk-30-koksan-mrl-ft');
    expect(topOf(r, '54')).toBeUndefined();
    const dateline = annotateBlocks(['Jakarta - Rusia kini menguasai sekitar 20 persen wilayah Ukraina, termasuk Krimea.'], { lang: 'id', published: '2025-06-10' });
    expect(topOf(dateline, '20 persen')?.claimId).toBe('ru-ua-17-occupied-20-percent');
    // Another party's own count, said to be theirs, is no misquote of a record's ("the US said" beside Seoul's 12,000).
    const brief = annotateBlocks(
      ["WASHINGTON — The US said about 8,000 North Korean troops were now in Russia's Kursk border region and could enter combat within days."],
      { lang: 'en', published: '2024-11-01' },
    );
    expect(topOf(brief, '8,000')).toBeUndefined();
    const seoul = annotateBlocks(["North Korea has sent about 8,000 troops to Russia, South Korea's spy agency said."], { lang: 'en', published: '2024-11-01' });
    expect(topOf(seoul, '8,000')).toMatchObject({ claimId: 'dprk-23-nis-12000-troops', agreement: 'differs' });
    // So is the very number of a record, when another party gives it as its own: Kyiv's count is not the Pentagon's.
    const kyiv = annotateBlocks(['KYIV — Ukraine\'s military intelligence said 11,000 North Korean soldiers had now reached the Kursk region.'], { lang: 'en', published: '2024-11-20' });
    expect(topOf(kyiv, '11,000')).toBeUndefined();
    const pentagon = annotateBlocks(['WASHINGTON — The Pentagon said 11,000 North Korean soldiers had now reached the Kursk region.'], { lang: 'en', published: '2024-11-20' });
    expect(topOf(pentagon, '11,000')).toMatchObject({ claimId: 'dprk-24-pentagon-11000-kursk', agreement: 'same' });
    // South Korea's military intelligence is its Defense Intelligence Agency: its October count, not the monitors' report.
    const dia = annotateBlocks(
      ['Laporan intelijen militer Korea Selatan pada Agustus 2024 menyebut lebih dari 13.000 kontainer, cukup untuk lebih dari 6 juta peluru 152 mm. Dua bulan kemudian, badan yang sama menaikkan hitungannya menjadi lebih dari 20.000 kontainer, atau sekitar 9,4 juta peluru bila semuanya berkaliber 152 mm.'],
      { lang: 'id', published: '2025-08-10', title: 'Jejak 28.000 Kontainer: Bagaimana Pyongyang Menjadi Gudang Amunisi Moskwa' },
    );
    expect(topOf(dia, '20.000')?.claimId).toBe('dprk-09-20000-containers-oct2024');
    // A digest's item on a neighbour's budget, under a title on the Russian price cap.
    const digest = annotateBlocks(
      ['Kilas Ekonomi ▪ Uni Eropa resmi menurunkan batas harga minyak mentah Rusia menjadi 47,6 dolar AS per barel lewat paket sanksi terbarunya. ▪ Malaysia memakai asumsi harga minyak 60 dolar AS per barel dalam anggarannya.'],
      { lang: 'id', published: '2025-08-05', title: 'Kilas Ekonomi: Batas Harga Minyak Rusia Turun' },
    );
    expect(topOf(digest, '47,6 dolar AS')?.claimId).toBe('ru-ua-25-eu18-cap-47.6');
    expect(topOf(digest, '60 dolar AS')).toBeUndefined();
  });

  it('a share written as a fraction is a percentage, beside its label\'s words only', () => {
    const shells = annotateBlocks(
      ['About half of the artillery shells Russia fires in Ukraine now come from North Korea, Western intelligence sources told The Times. Seoul postponed about half of its field drills with US forces.'],
      { lang: 'en', published: '2024-10-10' },
    );
    expect(topOf(shells, 'half')).toMatchObject({ claimId: 'dprk-21-times-half-of-shells', agreement: 'same' });
    expect(topOf(shells, 'half', 1)).toBeUndefined();
    const parts = annotateBlocks(
      ['A North Korean ballistic missile that hit Kharkiv contained more than 290 foreign-made components, about three-quarters of them linked to firms based in the United States, Conflict Armament Research said.'],
      { lang: 'en', published: '2024-02-22' },
    );
    expect(topOf(parts, 'three-quarters')).toMatchObject({ claimId: 'dprk-16-car-290-components', agreement: 'rounded', claimValue: 75.5 });
  });

  it('a month of a year holds any day of it, where the day\'s words stand in its sentence', () => {
    const r = annotateBlocks(
      ['Menteri Luar Negeri Rusia Sergei Lavrov mengunjungi Pyongyang pada Mei 2018. Rusia diduga memasok minyak ke Korea Utara sejak Maret 2024, kata PBB.'],
      { lang: 'id', published: '2024-11-20' },
    );
    expect(topOf(r, 'Mei 2018')).toMatchObject({ claimId: 'ev-lavrov-pyongyang-visit-2018', agreement: 'same' });
    expect(topOf(r, 'Mei 2018')?.explanation.en).toContain('Source: 31 May 2018 (NK News, 2018-05-31); same month');
    // (The veto of 28 March 2024 is not what "sejak Maret 2024" dates.)
    expect(topOf(r, 'Maret 2024')).toBeUndefined();
    const sat = annotateBlocks(['Korea Utara berhasil menempatkan satelit Malligyong-1 di orbit pada November 2023.'], { lang: 'id', published: '2024-06-01' });
    expect(topOf(sat, 'November 2023')?.claimId).toBe('ev-malligyong-1-launch-2023-11');
  });

  it("a whole presented as one recipient's share contradicts that share, not where the share or other recipients are named", () => {
    const date = { lang: 'id' as const, published: '2024-05-01' };
    const r = annotateBlocks(['Presiden Joe Biden meneken paket bantuan 95 miliar dolar AS untuk Ukraina.'], date);
    expect(topOf(r, '95 miliar dolar AS')).toMatchObject({ claimId: 'ru-ua-21-us-61bn-april2024', agreement: 'differs', claimValue: 61e9 });
    const whole = annotateBlocks(['Presiden Joe Biden meneken paket bantuan 95 miliar dolar AS untuk Ukraina, Israel, dan Taiwan.'], date);
    expect(topOf(whole, '95 miliar dolar AS')).toMatchObject({ claimId: 'ru-ua-21-us-61bn-april2024', agreement: 'same', claimValue: 95e9 });
    const both = annotateBlocks(['President Joe Biden signed the $95 billion foreign aid package, including about $61 billion for Ukraine.'], { lang: 'en', published: '2024-05-01' });
    expect(topOf(both, '$95 billion')).toMatchObject({ agreement: 'same', claimValue: 95e9 });
    // (A sentence that names only the donor presents no share: the label's recipient is Ukraine alone, not "US" too.)
    const donor = annotateBlocks(
      ['WASHINGTON (AP) — President Joe Biden signed a $95 billion foreign aid package on Wednesday after months of delay in Congress. The measure includes $60.8 billion for Ukraine, much of it to replenish U.S. weapons stocks.'],
      { lang: 'en', published: '2024-04-24' },
    );
    expect(topOf(donor, '$95 billion')).toMatchObject({ agreement: 'same', claimValue: 95e9 });
  });

  it('of two shares of the same value, each goes to the record whose label words stand in its own sentence', () => {
    const r = annotateBlocks(
      ['Menhan Korsel menyebut pabrik amunisi Korea Utara hanya beroperasi sekitar 30 persen karena kekurangan listrik. Arus kontainer dari Rusia ke Korea Utara disebut sekitar 30 persen lebih besar daripada arus sebaliknya.'],
      { lang: 'id', published: '2024-03-20' },
    );
    expect(topOf(r, '30 persen')?.claimId).toBe('seed-04-factories-capacity');
    expect(topOf(r, '30 persen', 1)?.claimId).toBe('seed-06-russia-9000-containers-food');
  });

  it('a duration that agrees with the event its sentence names is shown as consistent with it, on ordinary evidence', () => {
    const r = annotateBlocks(['Three years after Russian tanks crossed the border, the war shows no sign of ending.'], {
      lang: 'en',
      published: '2025-02-24',
      title: 'Three years of war in Ukraine',
    });
    expect(topOf(r, 'Three years')).toMatchObject({ claimId: 'ev-ukraine-full-scale-invasion', agreement: 'same', claimValue: 3 });
    // (A year after words of a start dates it: "invasi skala penuh baru dimulai pada 2022"; an anniversary with
    // nothing after it counts from what came before, not from what the words after it name.)
    const began = annotateBlocks(['Perang belum berakhir; invasi skala penuh Rusia ke Ukraina dimulai pada 2022.'], { lang: 'id', published: '2025-03-01' });
    expect(topOf(began, '2022')).toMatchObject({ claimId: 'ev-ukraine-full-scale-invasion', agreement: 'same' });
    const decade = annotateBlocks(['Konflik bersenjata di Ukraina timur yang pecah pada April 2014 di Donbas kini genap satu dekade.'], { lang: 'id', published: '2024-04-14' });
    expect(topOf(decade, 'satu dekade')?.claimId).toBe('ev-donbas-war');
    const party = annotateBlocks(
      ['Korea Utara menggelar parade untuk memperingati 80 tahun berdirinya Partai Buruh Korea, sementara ribuan tentaranya membantu Rusia di Kursk.'],
      { lang: 'id', published: '2025-10-11' },
    );
    expect(topOf(party, '80 tahun')).toBeUndefined();
    // (Given with a bound, the length rounds the event's: "hampir empat tahun" in January 2026.)
    const nearly = annotateBlocks(['Perang di Ukraina yang telah berlangsung hampir empat tahun belum juga berakhir.'], { lang: 'id', published: '2026-01-15' });
    expect(topOf(nearly, 'empat tahun')).toMatchObject({ claimId: 'ev-ukraine-full-scale-invasion', agreement: 'rounded' });
  });

  it('a sentence that names an outsider and no party on a claim\'s sides is about the outsider', () => {
    const r = annotateBlocks(
      ['Lebih dari 12,7 juta orang mengungsi di Sudan sejak perang pecah pada April 2023, kata badan pengungsi PBB. Di Ukraina, PBB memperkirakan 12,7 juta orang membutuhkan bantuan kemanusiaan tahun ini.'],
      { lang: 'id', published: '2025-02-20' },
    );
    expect(topOf(r, '12,7 juta')).toBeUndefined();
    expect(topOf(r, '12,7 juta', 1)?.claimId).toBe('ru-ua-34-need-aid-12.7m-2025');
  });

  it('"enough for two months" says how long a stock lasts, not what containers hold', () => {
    const r = annotateBlocks(
      ["South Korea's National Intelligence Service told lawmakers that North Korea had sent Russia more than 10 shipments of weapons since August, including more than 1 million artillery rounds, enough for about two months of fighting."],
      { lang: 'en', published: '2023-11-01' },
    );
    expect(topOf(r, '1 million')?.claimId).toBe('dprk-02-nis-1m-rounds-2023');
  });

  it('a measure can be misquoted too ("10 juta barel" for 1 million barrels)', () => {
    const r = annotateBlocks(
      ['Citra satelit menunjukkan Rusia kemungkinan memasok lebih dari 1 juta barel minyak ke Korea Utara sejak Maret. Sejumlah akun media sosial keliru menyebut angka 10 juta barel minyak.'],
      { lang: 'id', published: '2024-11-23' },
    );
    expect(topOf(r, '1 juta barel')?.claimId).toBe('dprk-32-oil-1m-barrels');
    expect(topOf(r, '10 juta barel')).toMatchObject({ claimId: 'dprk-32-oil-1m-barrels', agreement: 'differs' });
  });

  it('"dead and wounded", "tewas maupun luka" count casualties', () => {
    const r = annotateBlocks(
      ['A declassified US intelligence assessment says Russia has lost some 315,000 dead and wounded troops in Ukraine, nearly 90% of the force it invaded with.'],
      { lang: 'en', published: '2023-12-13' },
    );
    expect(topOf(r, '315,000')?.claimId).toBe('ru-ua-33-us-315000-russian-casualties');
    const id = annotateBlocks(
      ['Kementerian Pertahanan Inggris memperkirakan total korban Rusia, tewas maupun luka, mencapai 900.000 orang.'],
      { lang: 'id', published: '2025-07-01' },
    );
    expect(topOf(id, '900.000')?.claimId).toBe('ru-ua-09-ukmod-900k');
  });

  it('a misquote needs strong evidence: the same slip in a thin context is not attributed', () => {
    const r = annotateBlocks(['Sebanyak 67.000 kontainer tiba di Rusia.'], page);
    expect(topOf(r, '67.000')).toBeUndefined();
  });

  it('dates match exactly, and a claim is preferred to the event record that holds the same date', () => {
    const r = annotateBlocks(['Rusia memulai invasi skala penuh ke Ukraina pada 24 Februari 2022, kata PBB.'], page);
    const m = topOf(r, '24 Februari 2022');
    expect(m?.claimId).toBe('ru-ua-01-invasion-date');
    expect(m?.agreement).toBe('same');
  });

  it('a capacity equivalent presented as a capacity is not flagged as basis', () => {
    const r = annotateBlocks(
      ['Menurut Menhan Korea Selatan Shin Won-sik, 6.700 kontainer Korea Utara ke Rusia itu setara dengan 3 juta peluru artileri 152 mm.'],
      page,
    );
    const m = topOf(r, '3 juta');
    expect(m?.claimId).toBe('seed-02-capacity-3m-152mm');
    expect(m?.agreement).not.toBe('basis');
  });

  it('a capacity word in a later clause does not excuse a capacity stated as a count; "mampu mengangkut" does', () => {
    const en = annotateBlocks(
      ["North Korea has sent Russia more than 3 million artillery shells for its war in Ukraine, South Korea's defence minister said, as Pyongyang's weapons factories work at full capacity to meet Moscow's demand."],
      { lang: 'en', published: '2024-02-27' },
    );
    expect(topOf(en, '3 million')).toMatchObject({ claimId: 'seed-02-capacity-3m-152mm', agreement: 'basis' });
    const id = annotateBlocks(
      ['Menhan Korsel Shin Won-sik mengatakan 6.700 kontainer yang dikirim Korea Utara ke Rusia mampu mengangkut 3 juta peluru artileri 152 mm.'],
      page,
    );
    expect(topOf(id, '3 juta')?.claimId).toBe('seed-02-capacity-3m-152mm');
    expect(topOf(id, '3 juta')?.agreement).not.toBe('basis');
  });

  it('a calibre is not a claim of its own', () => {
    const r = annotateBlocks(['Korea Utara mengirim 3 juta peluru artileri 152 mm ke Rusia, kata Menhan Korea Selatan Shin Won-sik.'], page);
    expect(topOf(r, '152 mm')).toBeUndefined();
  });

  it('a claim made long after the page cannot be its source', () => {
    // 28,000 containers were reported in July 2025; a 2024 page's "28.000" is something else.
    const r = annotateBlocks(['Korea Utara mengirim 28.000 kontainer ke Rusia, kata Menhan Korea Selatan Shin Won-sik.'], page);
    expect(topOf(r, '28.000')?.claimId).not.toBe('dprk-12-dia-28000-12m');
  });

  it('what is counted may be named by a phrase before the number ("tewas atau terluka", "kerugian personel") or a verb ("menewaskan")', () => {
    const casualties = annotateBlocks(
      ['Kementerian Pertahanan Inggris memperkirakan jumlah tentara Rusia yang tewas atau terluka di Ukraina kini mencapai sekitar 900.000 orang.'],
      { lang: 'id', published: '2025-03-21' },
    );
    expect(topOf(casualties, '900.000')).toMatchObject({ claimId: 'ru-ua-09-ukmod-900k', agreement: 'same' });
    const killed = annotateBlocks(
      ['Kejaksaan Agung Ukraina menyatakan rudal balistik buatan Korea Utara yang ditembakkan Rusia menewaskan 24 orang dan melukai 115 orang lainnya.'],
      { lang: 'id', published: '2024-05-08' },
    );
    expect(topOf(killed, '24')?.claimId).toBe('dprk-17-ukr-pgo-50-missiles-half-failed');
    expect(topOf(killed, '115')?.claimId).toBe('dprk-17-ukr-pgo-50-missiles-half-failed');
  });

  it("an older claim's figure is misquoted only by a slip of its headline number of three digits or more", () => {
    // A December night's drone count is not a slip of September's record of 810.
    const night = annotateBlocks(
      ['KYIV (Reuters) - Russia launched 94 drones and six missiles at Ukraine overnight, the Ukrainian air force said, adding that 81 drones were shot down.'],
      { lang: 'en', published: '2025-12-05' },
    );
    expect(topOf(night, '81')).toBeUndefined();
    const slip = annotateBlocks(
      ['Menhan Korea Selatan Shin Won-sik menyebut, sebagai imbalan, Rusia mengirim 90.000 kontainer bahan pangan ke Korea Utara.'],
      { lang: 'id', published: '2024-02-28' },
    );
    expect(topOf(slip, '90.000')).toMatchObject({ claimId: 'seed-06-russia-9000-containers-food', agreement: 'differs' });
  });

  it('only a duration of how long something has lasted is checked against an event, not a span ahead or within', () => {
    const ahead = annotateBlocks(
      ['Seoul memperkirakan pengiriman pasukan tambahan Korea Utara ke Rusia akan dilakukan dalam dua hingga tiga bulan mendatang.'],
      { lang: 'id', published: '2024-12-20' },
    );
    expect(topOf(ahead, 'dua hingga tiga bulan')).toBeUndefined();
    const within = annotateBlocks(['North Korean troops sent to Russia: the largest deployment abroad in two decades, Seoul said.'], { lang: 'en', published: '2024-12-20' });
    expect(topOf(within, 'two decades')).toBeUndefined();
  });

  it("between records that hold the same number, the one whose figure's label words are around it wins", () => {
    // seed-04 holds the factories' 30% operating rate; seed-06 a 30% larger volume of containers.
    const r = annotateBlocks(
      ["Most of North Korea's munitions factories are operating at only around 30% of capacity, South Korea's defence minister Shin Won-sik said."],
      { lang: 'en', published: '2024-02-27' },
    );
    expect(topOf(r, '30%')?.claimId).toBe('seed-04-factories-capacity');
  });

  it('"raged for the past two decades" is checked against the war, "telah mencapai 991.820 orang" finds "kerugian personel" ten words back', () => {
    const war = annotateBlocks(
      ["Kim Jong Un has been shipping munitions to Russia to help Putin win a war in Ukraine that has raged for the past two decades, South Korea's defence minister Shin Won-sik said."],
      { lang: 'en', published: '2024-02-28' },
    );
    expect(topOf(war, 'two decades')).toMatchObject({ claimId: 'seed-08-two-decades-war', agreement: 'differs' });
    const losses = annotateBlocks(
      ['Staf Umum Angkatan Bersenjata Ukraina menyatakan kerugian personel Rusia sejak awal invasi skala penuh telah mencapai 991.820 orang.'],
      { lang: 'id', published: '2025-06-04' },
    );
    expect(topOf(losses, '991.820')).toMatchObject({ claimId: 'ru-ua-12-genstaff-991820', agreement: 'same' });
  });

  it('capacity words before the number ("able to carry", "enough for") keep a capacity a capacity, not a basis error', () => {
    const r = annotateBlocks(
      ["North Korea has sent Russia containers able to carry about 5.2 million artillery shells as of July 15, South Korea's defence minister Shin Won-sik said."],
      { lang: 'en', published: '2024-07-20' },
    );
    expect(topOf(r, '5.2 million')?.claimId).toBe('dprk-07-5.2m-shells-jul2024');
    expect(topOf(r, '5.2 million')?.agreement).not.toBe('basis');
    // ("could have carried", "converted into", "if full": a capacity in other words.)
    for (const text of [
      'By mid-July the containers North Korea had sent to Russia could have carried about 5.2 million artillery shells, defence minister Shin Won-sik told lawmakers.',
      'North Korea has sent Russia containers that, converted into artillery ammunition, come to about 5.2 million shells, defence minister Shin Won-sik told lawmakers in July.',
      'By mid-July North Korea had sent Russia containers carrying, if full, about 5.2 million artillery shells, defence minister Shin Won-sik told lawmakers.',
    ]) {
      const m = topOf(annotateBlocks([text], { lang: 'en', published: '2024-07-24' }), '5.2 million');
      expect(m?.claimId).toBe('dprk-07-5.2m-shells-jul2024');
      expect(m?.agreement).not.toBe('basis');
    }
  });

  it("a count's source is told by its claimant and date, not by generic words of another record's label", () => {
    const r = annotateBlocks(
      ["North Korea has become Russia's biggest supplier of weapons, Ukraine's military intelligence chief Kyrylo Budanov said, adding that Pyongyang had sent about 1 million rounds of 122 mm and 152 mm artillery ammunition."],
      { lang: 'en', published: '2024-01-22' },
    );
    expect(topOf(r, '1 million')?.claimId).toBe('dprk-20-budanov-largest-supplier');
  });

  it('"Hundreds of munitions factories" matches "ratusan pabrik" as the same vague amount', () => {
    const r = annotateBlocks(['Hundreds of munitions factories in North Korea are running at full speed for Russia, South Korean defence minister Shin Won-sik said.'], { lang: 'en', published: '2024-02-27' });
    expect(topOf(r, 'Hundreds')).toMatchObject({ claimId: 'seed-04-factories-capacity', agreement: 'same' });
  });

  it('a vague amount that holds the source\'s exact number says the same: "belasan rudal" for 13 missiles', () => {
    const r = annotateBlocks(['Rusia meluncurkan sekitar 800 drone dan belasan rudal ke berbagai kota di Ukraina pada Minggu dini hari.'], { lang: 'id', published: '2025-09-08' });
    expect(topOf(r, 'belasan')).toMatchObject({ claimId: 'ru-ua-31-810-drones-record', agreement: 'same', claimValue: 13 });
    expect(topOf(r, '800')).toMatchObject({ claimId: 'ru-ua-31-810-drones-record', agreement: 'rounded' });
  });

  it('who cites a number, named after it, is not whose it is: "the 6,700 containers Seoul cited"', () => {
    const r = annotateBlocks(
      ['North Korea had sent roughly 28,000 containers of weapons and shells to Russia by July 2025. The figure was more than four times the 6,700 containers Seoul cited in February 2024.'],
      { lang: 'en', published: '2025-07-20' },
    );
    expect(topOf(r, '6,700')).toMatchObject({ claimId: 'seed-01-containers-6700', agreement: 'outdated' });
  });

  it('a duration is measured to the day its sentence gives, where it gives one: "By 27 February 2024, the war had lasted two years"', () => {
    const r = annotateBlocks(
      ["Russia's full-scale invasion began on 24 February 2022. By 27 February 2024, the full-scale war had lasted just over two years, and the UN had verified 10,582 civilian deaths."],
      { lang: 'en', published: '2026-12-05' },
    );
    // (Agreeing, not a contradiction measured to the page's own date; "just over" rounds it.)
    expect(topOf(r, 'two years')).toMatchObject({ claimId: 'ev-ukraine-full-scale-invasion', agreement: 'rounded' });
  });

  it('a span is measured to a later day its sentence names: "pada 28 April 2025, lebih dari enam bulan setelah" the deployment', () => {
    const r = annotateBlocks(['Pyongyang baru mengakui pengerahan tentara Korea Utara ke Rusia itu pada 28 April 2025, lebih dari enam bulan setelah kabar pertama beredar.'], { lang: 'id', published: '2026-12-05' });
    expect(topOf(r, 'enam bulan')).toMatchObject({ claimId: 'ev-dprk-troops-to-russia-2024-10', agreement: 'rounded' });
  });

  it('a range with one end ten times the source\'s misquotes it, and the explanation gives both ranges', () => {
    const r = annotateBlocks(["A study for the Friedrich Naumann Foundation puts North Korea's arms deliveries to Russia at between $1.7 billion and $55 billion."], { lang: 'en', published: '2024-12-01' });
    const m = topOf(r, '$1.7 billion and $55 billion');
    expect(m).toMatchObject({ claimId: 'dprk-36-naumann-value-1.7-5.5bn', agreement: 'differs' });
    expect(m?.explanation.en).toContain('1,700,000,000–55,000,000,000');
    const close = annotateBlocks(["A study for the Friedrich Naumann Foundation puts North Korea's arms deliveries to Russia at between $1.5 billion and $6 billion."], { lang: 'en', published: '2024-12-01' });
    expect(topOf(close, '$1.5 billion and $6 billion')).toMatchObject({ claimId: 'dprk-36-naumann-value-1.7-5.5bn', agreement: 'same' });
  });

  it('"potentially containing" and "if you convert" keep a capacity a capacity (not a count: basis)', () => {
    const r = annotateBlocks(
      ['Shin told Bloomberg that Seoul had spotted at least 10,000 containers being shipped from North Korea to Russia, potentially containing up to 4.8 million artillery shells.'],
      { lang: 'en', published: '2024-06-24' },
    );
    expect(topOf(r, '4.8 million')).toMatchObject({ claimId: 'dprk-06-10000-containers-4.8m', agreement: 'outdated' });
    const convert = annotateBlocks(
      ["'If you convert 5,000 containers into 122mm ammunition, that's more than 400,000 rounds... with 152mm ammunition, that's more than two million,' Shin told reporters."],
      { lang: 'en', published: '2023-12-29', title: 'North Korea helped Russia with 5,000 containers, says Seoul' },
    );
    expect(topOf(convert, 'two million')).toMatchObject({ claimId: 'dprk-04-5000-containers-dec2023', agreement: 'outdated' });
    // (Split by an aside: "enough, he said, for", "enough by one calculation for".)
    const aside = annotateBlocks(
      ['The estimates kept climbing: at least 10,000 containers by June 2024, more than 13,000 by August, enough by one calculation for over 6 million shells of that calibre.'],
      { lang: 'en', published: '2025-06-20', title: "The long road from Rajin: how North Korea became Russia's arsenal" },
    );
    expect(topOf(aside, '6 million')).toMatchObject({ claimId: 'dprk-08-13000-containers-6m', agreement: 'outdated' });
    const headline = annotateBlocks(['N. Korea has sent Russia enough containers for 5.2 million shells, Seoul says'], { lang: 'en', published: '2024-07-25' });
    expect(topOf(headline, '5.2 million')).toMatchObject({ claimId: 'dprk-07-5.2m-shells-jul2024', agreement: 'outdated' });
  });

  it('a list of key numbers reads each number\'s label after its colon', () => {
    const r = annotateBlocks(
      ["Four years: the time since Russian troops crossed the border. About 15,000: civilians killed, according to the UN monitoring mission in Ukraine. 12.7 million: people in Ukraine needing humanitarian aid in 2025."],
      { lang: 'en', published: '2026-02-24' },
    );
    expect(topOf(r, '15,000')?.claimId).toBe('ru-ua-05-hrmmu-2025-deadliest');
    expect(topOf(r, '12.7 million')?.claimId).toBe('ru-ua-34-need-aid-12.7m-2025');
  });

  it('a duration that agrees with the event the text is about is shown as consistent with it; seconds after a launch are not checked', () => {
    const ago = annotateBlocks(['KYIV - Tepat dua tahun lalu, pada 24 Februari 2022, Rusia melancarkan invasi skala penuh ke Ukraina.'], { lang: 'id', published: '2024-02-24' });
    expect(topOf(ago, 'dua tahun')).toMatchObject({ claimId: 'ev-ukraine-full-scale-invasion', agreement: 'same' });
    const launch = annotateBlocks(
      ['North Korea said it placed its first spy satellite into orbit, the Chollima-1 rocket releasing it 705 seconds after lift-off, weeks after Kim Jong Un met Putin at Vostochny.'],
      { lang: 'en', published: '2023-11-22' },
    );
    expect(topOf(launch, '705 seconds')?.agreement).not.toBe('differs');
  });

  it('"which converted would hold more than 2 million shells" keeps a capacity a capacity', () => {
    const r = annotateBlocks(
      ["South Korea's defence minister Shin Won-sik said North Korea had moved about 5,000 containers to Russia since August, which converted would hold more than 2 million 152 mm artillery shells."],
      { lang: 'en', published: '2023-12-29' },
    );
    expect(topOf(r, '2 million')?.claimId).toBe('dprk-04-5000-containers-dec2023');
    expect(topOf(r, '2 million')?.agreement).not.toBe('basis');
  });

  it('two numbers of one sentence do not quote the same claim figure; a span of time matches a claim of one only where it says how long something lasted', () => {
    const both = annotateBlocks(
      ["The Center for Strategic and International Studies puts Russian casualties at nearly 1 million, killed and wounded, while Kyiv's General Staff claims 991,820."],
      { lang: 'en', published: '2025-07-05' },
    );
    expect(topOf(both, '991,820')?.claimId).toBe('ru-ua-12-genstaff-991820');
    expect(topOf(both, '1 million')?.claimId).not.toBe('ru-ua-12-genstaff-991820');
    const ballet = annotateBlocks(
      ["The National Opera of Ukraine's ballet company will perform in London for the first time in two decades; it has kept touring since Russia's full-scale invasion."],
      { lang: 'en', published: '2025-04-14' },
    );
    expect(topOf(ballet, 'two decades')).toBeUndefined();
  });

  it('a function word of a label ("share that failed in flight") is no evidence; likes counted in "kali" are engagement', () => {
    const power = annotateBlocks(
      ["Russian strikes have destroyed or damaged about 9 gigawatts of Ukraine's power generating capacity – roughly half of what the country needs in winter – and the UN warned that 1.5 million people in frontline areas could face the cold months with only a few hours of electricity a day."],
      { lang: 'en', published: '2024-11-19' },
    );
    expect(topOf(power, 'half')).toBeUndefined();
    const liked = annotateBlocks(
      ['Sejak invasi skala penuh Februari 2022, sekitar 15.000 warga sipil telah tewas, menurut PBB. Sebuah akun TikTok keliru menulis 150.000 warga sipil tewas, dan unggahannya disukai 15 ribu kali.'],
      { lang: 'id', published: '2026-01-14' },
    );
    expect(topOf(liked, '15 ribu')).toBeUndefined();
  });

  it('a misquoted date of the treaty is the treaty\'s, not the visit\'s on the same day', () => {
    const r = annotateBlocks(
      ['A Russian state television retrospective this week said the Russia-North Korea treaty had been signed on June 19, 2023.'],
      { lang: 'en', published: '2026-06-19', title: "Two years after Putin-Kim treaty, North Korea's war role keeps growing" },
    );
    expect(topOf(r, 'June 19, 2023')).toMatchObject({ claimId: 'dprk-33-treaty-june-2024', agreement: 'differs' });
  });

  it('the length of another, named war is not the war of the dataset ("Perang Padri yang berlangsung selama 35 tahun")', () => {
    const r = annotateBlocks(
      ['PADANG, TRIBUNPADANG.COM - Sejarawan Universitas Andalas menilai pasokan senjata Korea Utara ke Rusia dapat membuat perang di Ukraina berlarut-larut, seperti Perang Padri yang berlangsung selama 35 tahun. Perang Rusia-Ukraina yang kini sudah hampir dua tahun menunjukkan pola serupa.'],
      { lang: 'id', published: '2024-02-01' },
    );
    expect(topOf(r, '35 tahun')).toBeUndefined();
    expect(topOf(r, 'dua tahun')?.claimId).toBe('ev-ukraine-full-scale-invasion');
  });

  it("a count of another party's people is no figure of a record that has nothing to do with that party", () => {
    const r = annotateBlocks(
      ["More than 30,000 North Korean soldiers have been killed or wounded in Russia's Kursk region, Ukrainian President Volodymyr Zelensky said Monday (local time)."],
      { lang: 'en', published: '2025-01-20' },
    );
    expect(topOf(r, '30,000')?.claimId).not.toBe('ru-ua-03-hrmmu-feb2024');
  });

  it('a year that dates a thing of its own ("a 2018 military parade") needs its label\'s words, not only its parties\' names', () => {
    const r = annotateBlocks(
      ['A video shared widely on TikTok with the caption "100,000 of Kim\'s soldiers in Kursk" shows a 2018 military parade in Pyongyang, not North Korean troops in Russia. The Pentagon said this week that about 11,000 North Korean troops had moved into Russia\'s Kursk region.'],
      { lang: 'en', published: '2024-11-20' },
    );
    expect(topOf(r, '2018')).toBeUndefined();
    expect(topOf(r, '11,000')?.claimId).toBe('dprk-24-pentagon-11000-kursk');
  });

  it('the span a record level is measured over is no length of anything ("inflasi terendah dalam lebih dari dua dekade")', () => {
    const r = annotateBlocks(
      [
        'Di dalam negeri, dampak perang sempat terasa lewat lonjakan harga pangan dan energi pada 2022. Kini situasinya berbalik: Badan Pusat Statistik mencatat inflasi tahunan Januari 2025 hanya 0,76 persen, terendah dalam lebih dari dua dekade.',
      ],
      { lang: 'id', published: '2025-02-24', title: 'Tiga Tahun Invasi Rusia ke Ukraina: Perang dalam Angka' },
    );
    expect(topOf(r, 'dua dekade')).toBeUndefined();
  });

  it('a day written without its year is the last such day before the page; "voted" names votes', () => {
    const r = annotateBlocks(
      ["On March 28, Russia vetoed the renewal of the UN panel of experts that had monitored sanctions on North Korea; 13 of the Security Council's members voted in favour, and China abstained."],
      { lang: 'en', published: '2024-04-02' },
    );
    expect(topOf(r, 'March 28')).toMatchObject({ claimId: 'dprk-37-russia-veto-panel', agreement: 'same' });
    expect(topOf(r, '13')?.claimId).toBe('dprk-37-russia-veto-panel');
  });
  it("a number the page gives as a change is its own arithmetic, unless the record counts a change; a rate's unit is what it counts", () => {
    const r = annotateBlocks(
      ["North Korea has shipped more than 20,000 containers of weapons to Russia, South Korean lawmakers said, 7,000 more than the agency's count in August. As of July 15, 2024, it had sent containers able to carry about 5.2 million artillery shells, Defense Minister Shin Won-sik said, up 400,000 from his estimate in June."],
      { lang: 'en', published: '2024-10-26' },
    );
    expect(topOf(r, '7,000')).toBeUndefined();
    expect(topOf(r, '400,000')).toBeUndefined();
    const id = annotateBlocks(['Lebih dari 20.000 kontainer disebut telah dikirim Korea Utara ke Rusia lewat Rajin, bertambah 7.000 kontainer dalam dua bulan sejak hitungan Agustus.'], { lang: 'id', published: '2024-10-26' });
    expect(topOf(id, '7.000')).toBeUndefined();
    // (The record's own change: 105 additional shadow-fleet vessels.)
    const added = annotateBlocks(['Uni Eropa menurunkan batas harga minyak mentah Rusia menjadi 47,6 dolar AS per barel, sementara daftar hitam kapal armada bayangan bertambah 105 kapal.'], { lang: 'id', published: '2025-07-20' });
    expect(topOf(added, '105')?.claimId).toBe('ru-ua-25-eu18-cap-47.6');
    // ("made up about 11,000" is a level, not a rise.)
    const level = annotateBlocks(['North Korean soldiers made up about 11,000 of the troops Russia has massed in the Kursk region, the Pentagon said.'], { lang: 'en', published: '2024-11-05' });
    expect(topOf(level, '11,000')?.claimId).toBe('dprk-24-pentagon-11000-kursk');
    const rate = annotateBlocks(['That works out to roughly 450 shells per container since the summit between Kim Jong Un and Vladimir Putin.'], { lang: 'en', published: '2024-03-01' });
    expect(topOf(rate, '450')).toBeUndefined();
  });
  it('a headline\'s shells of North Korea belong to the containers sent to Russia; "shells\' worth" is a capacity', () => {
    const headline = annotateBlocks(['Laporan Intelijen Korsel Terbaru: 33 Ribu Kontainer, 15 Juta Peluru Korut Mengalir ke Rusia'], { lang: 'id', published: '2025-10-02' });
    expect(topOf(headline, '15 Juta')).toMatchObject({ claimId: 'dprk-13-33000-15m-unverified', agreement: 'same' });
    const worth = annotateBlocks(["North Korea's Shipments to Russia Pass 13,000 Containers, Over 6m Shells' Worth"], { lang: 'en', published: '2024-10-20' });
    expect(topOf(worth, '6m')).toMatchObject({ claimId: 'dprk-08-13000-containers-6m', agreement: 'outdated' });
  });
  it('a rough number against a superseded count is a newer count, not a slip of it', () => {
    const later = annotateBlocks(
      ['Jakarta - Empat tahun sejak tank-tank Rusia melintasi perbatasan, Perserikatan Bangsa-Bangsa mencatat sekitar 15 ribu warga sipil Ukraina tewas.'],
      { lang: 'id', published: '2026-02-24', title: 'Empat Tahun Invasi Rusia, Korban Sipil Ukraina Tembus 15 Ribu Jiwa' },
    );
    expect(topOf(later, '15 ribu')?.agreement).not.toBe('differs');
  });
  it("a fact-check's title gives its verdict to the numbers its paragraphs say are circulating", () => {
    const post = ['Sebuah video di TikTok menyebut Korea Utara telah mengirim 94 juta peluru ke Rusia lewat 20.000 kontainer. Video itu ditonton 530.000 kali.'];
    const checked = annotateBlocks(post, { lang: 'id', published: '2024-10-28', title: '[SALAH] Video TikTok Sebut Korea Utara Kirim 94 Juta Peluru ke Rusia' });
    expect(topOf(checked, '94 juta')).toMatchObject({ claimId: 'dprk-09-20000-containers-oct2024', agreement: 'differs' });
    expect(topOf(checked, '530.000')).toBeUndefined();
    // (A news page, or a fact-check that finds the claim true, calls nothing false: the number alone finds no claim.)
    const alone = ['Sebuah video di TikTok menyebut Korea Utara telah mengirim 94 juta peluru ke Rusia. Video itu ditonton 530.000 kali.'];
    expect(topOf(annotateBlocks(alone, { lang: 'id', published: '2024-10-28', title: 'Korea Utara Kirim Peluru ke Rusia' }), '94 juta')).toBeUndefined();
    expect(topOf(annotateBlocks(alone, { lang: 'id', published: '2024-10-28', title: 'Cek Fakta: Benar, Korea Utara Kirim Peluru ke Rusia' }), '94 juta')).toBeUndefined();
    // (Beside the claim's own 20,000 containers it slips a digit of the same claim's 9.4 million, whatever the title: see
    // slipOfSibling.)
    expect(topOf(annotateBlocks(post, { lang: 'id', published: '2024-10-28', title: 'Korea Utara Kirim Peluru ke Rusia' }), '94 juta')).toMatchObject({ claimId: 'dprk-09-20000-containers-oct2024', agreement: 'differs' });
  });
  it('the war\'s age in other words agrees with the invasion\'s date: "is two years old", "Three years in,", "genap dua tahun pada Sabtu (24/2)", "baru berjalan dua tahun", "Tiga tahun sudah", "since February 2022"', () => {
    const cases: [string, 'id' | 'en', string, string, string][] = [
      ['The full-scale war in Ukraine is two years old today, and on the front line the mood is grim.', 'en', '2024-02-24', 'two years', 'same'],
      ['The war in Ukraine, now more than two years old, has pushed flour prices up.', 'en', '2024-06-10', 'two years', 'rounded'],
      ['Three years in, Russia\'s war against Ukraine has displaced millions, the UN refugee agency says.', 'en', '2025-02-24', 'Three years', 'same'],
      ['DENPASAR - Perang Rusia-Ukraina genap dua tahun pada Sabtu (24/2). Di Bali, wisatawan Rusia justru bertambah.', 'id', '2024-02-25', 'dua tahun', 'same'],
      ['Faktanya, invasi skala penuh Rusia ke Ukraina baru berjalan dua tahun, sejak 24 Februari 2022.', 'id', '2024-03-01', 'dua tahun', 'same'],
      ['Tiga tahun sudah perang Rusia-Ukraina berlangsung sejak invasi skala penuh.', 'id', '2025-02-24', 'Tiga tahun', 'same'],
      ['Sabtu ini menandai dua tahun, atau 730 hari, sejak Rusia melancarkan invasi skala penuh ke Ukraina.', 'id', '2024-02-24', '730 hari', 'same'],
      ['Britain\'s Ministry of Defence estimates Russia has suffered around 900,000 casualties since February 2022 in its war against Ukraine.', 'en', '2025-06-01', 'February 2022', 'same'],
    ];
    for (const [text, lang, published, surface, agreement] of cases) {
      expect(topOf(annotateBlocks([text], { lang, published }), surface), text).toMatchObject({ claimId: 'ev-ukraine-full-scale-invasion', agreement });
    }
    // (A span counted from another time, or to a day the sentence does not give, is not checked; nor a month that
    // is not the war's, nor a person's age.)
    const later = 'Sebagian komentator menarik akarnya ke konflik di Krimea sejak 2012, meski aneksasi semenanjung itu baru terjadi dua tahun kemudian.';
    expect(topOf(annotateBlocks([later], { lang: 'id', published: '2026-01-15' }), 'dua tahun')).toBeUndefined();
    const then = 'Sejumlah artikel pada Februari 2024 menyebut perang Rusia-Ukraina telah berkecamuk selama dua dekade. Itu keliru: saat itu invasi skala penuh baru berumur dua tahun.';
    expect(topOf(annotateBlocks([then], { lang: 'id', published: '2025-10-15' }), 'dua tahun')).toBeUndefined();
    const month = 'Russia has suffered about 900,000 casualties since March 2022 in its war against Ukraine, Britain said.';
    expect(topOf(annotateBlocks([month], { lang: 'en', published: '2025-06-01' }), 'March 2022')).toBeUndefined();
    const age = 'A Ukrainian soldier, 25 years old, was killed in the war against Russia\'s invasion, his unit said.';
    expect(topOf(annotateBlocks([age], { lang: 'en', published: '2025-06-01' }), '25 years')).toBeUndefined();
  });
  it('in a digest, an item after "Elsewhere," or "Di dalam negeri," takes no evidence from the items before it', () => {
    const en = annotateBlocks(["G7 leaders meeting in Italy agreed to a $50 billion loan for Ukraine, backed by profits on about $300 billion of immobilised Russian central-bank assets. Elsewhere, Apple's market value topped $3 trillion again."], { lang: 'en', published: '2024-06-14' });
    expect(topOf(en, '$300 billion')?.claimId).toBe('ru-ua-23-frozen-assets-300bn');
    expect(topOf(en, '$3 trillion')).toBeUndefined();
    const id = annotateBlocks(['Rusia kini menduduki sekitar 20 persen wilayah Ukraina, termasuk Krimea, tetapi hanya merebut kurang dari 1 persen wilayah tambahan sejak Januari 2024. Di dalam negeri, KAI memberi diskon 20 persen untuk tiket kereta jarak jauh.'], { lang: 'id', published: '2025-06-06' });
    expect(topOf(id, '20 persen')?.claimId).toBe('ru-ua-17-occupied-20-percent');
    expect(topOf(id, '20 persen', 1)).toBeUndefined();
  });
  it('Shoigu\'s sappers are deminers too: "1,000 deminers and 5,000 military builders"', () => {
    const r = annotateBlocks(['Kim Jong Un has decided to send 1,000 deminers and 5,000 military builders to the Kursk region, Sergei Shoigu said.'], { lang: 'en', published: '2025-06-17' });
    expect(topOf(r, '1,000')).toMatchObject({ claimId: 'dprk-29-shoigu-6000-builders-sappers', agreement: 'same' });
    expect(topOf(r, '5,000')).toMatchObject({ claimId: 'dprk-29-shoigu-6000-builders-sappers', agreement: 'same' });
  });
  it('a span is measured from the event named right after its "since" (or before it in its clause), not from the event the paragraph says most about', () => {
    const text = 'Separatists seized buildings in the Donbas in eastern Ukraine, the start of the war in Donbas. It has been five years since the full-scale invasion of Ukraine.';
    const r = annotateBlocks([text], { lang: 'en', published: '2024-04-20', title: 'Ten years of war in Donbas' });
    expect(topOf(r, 'five years')).toMatchObject({ claimId: 'ev-ukraine-full-scale-invasion', agreement: 'differs' });
    // (The Donbas fighting in the words a reader uses for it.)
    const donbas = annotateBlocks(['The fighting in the Donbas began ten years ago, long before the full-scale invasion.'], { lang: 'en', published: '2024-04-15' });
    expect(topOf(donbas, 'ten years')).toMatchObject({ claimId: 'ev-donbas-war', agreement: 'same' });
  });
  it('a number of three significant digits that no one rounds to ("747 drone", "47,6 dolar AS") needs less context than a round one', () => {
    const drones = annotateBlocks(['Angkatan Udara Ukraina menyatakan 747 drone berhasil ditembak jatuh atau dilumpuhkan.'], { lang: 'id', published: '2025-09-20', title: 'Analisis: Menakar Rudal Korea Utara di Langit Ukraina' });
    expect(topOf(drones, '747')?.claimId).toBe('ru-ua-31-810-drones-record');
    const cap = annotateBlocks(['Dengan paket sanksi terbaru, batas harga minyak mentah Rusia turun menjadi 47,6 dolar AS per barel, atau sekitar Rp 776.000 dengan kurs Rp 16.300.'], { lang: 'id', published: '2025-07-19', title: 'Uni Eropa Turunkan Batas Harga Minyak Rusia' });
    expect(topOf(cap, '47,6 dolar AS')?.claimId).toBe('ru-ua-25-eu18-cap-47.6');
    // (A round one does not: "750 drone" in the same sentence finds nothing.)
    const round = annotateBlocks(['Angkatan Udara Ukraina menyatakan 750 drone berhasil ditembak jatuh atau dilumpuhkan.'], { lang: 'id', published: '2025-09-20', title: 'Analisis: Menakar Rudal Korea Utara di Langit Ukraina' });
    expect(topOf(round, '750')).toBeUndefined();
  });
  it('a span alone in its clause ("Three years on, ...") is not called wrong against an event a later clause names', () => {
    const r = annotateBlocks(["Brent surged above $105 on Feb. 24, 2022, the day Russia invaded Ukraine. Three years on, it trades around $74, and the sanctions first imposed on Moscow in 2014 after the annexation of Crimea keep widening."], { lang: 'en', published: '2025-02-24' });
    expect(topOf(r, 'Three years')?.agreement).not.toBe('differs');
  });
  it('what a number counts is read to the end of a long clause ("2,000 North Korean soldiers sent to help Russia are believed to have been killed")', () => {
    const r = annotateBlocks(['About 2,000 North Korean soldiers sent to help Russia are believed to have been killed, the NIS told the intelligence committee on 2 September 2025.'], { lang: 'en', published: '2025-09-04' });
    expect(topOf(r, '2,000')).toMatchObject({ claimId: 'dprk-28-nis-2000-killed', agreement: 'same' });
  });
  it('the UK Defence Intelligence chief and the Commons name Britain ("Russia had sustained around 900,000 casualties")', () => {
    const r = annotateBlocks(['Giving evidence to the Commons Defence Committee on 1 April 2025, the Chief of Defence Intelligence said Russia had sustained around 900,000 casualties, or about 1,000 a day.'], { lang: 'en', published: '2025-04-08' });
    expect(topOf(r, '900,000')).toMatchObject({ claimId: 'ru-ua-09-ukmod-900k', agreement: 'same' });
  });
  it('a number too specific to be a coincidence finds its claim where the page names only one of its entities ("biaya rekonstruksi Ukraina ... 524 miliar dolar AS"); a round one does not', () => {
    const r = annotateBlocks(['Biaya rekonstruksi Ukraina mencapai 524 miliar dolar AS.'], { lang: 'id', published: '2025-03-01' });
    expect(topOf(r, '524 miliar dolar AS')).toMatchObject({ claimId: 'ru-ua-30-rdna4-524bn', agreement: 'same' });
    const round = annotateBlocks(['Biaya rekonstruksi Ukraina mencapai 500 miliar dolar AS.'], { lang: 'id', published: '2025-03-01' });
    expect(topOf(round, '500 miliar dolar AS')).toBeUndefined();
  });
  it('a list line that defines its number after a dash is read whole for a capacity ("3 million — 152 mm artillery shells those containers could hold")', () => {
    const box = 'KEY FIGURES\n• 6,700 — containers sent by North Korea to Russia since early August (Shin Won-sik, Feb. 26, 2024)\n• 3 million — 152 mm artillery shells those containers could hold';
    const r = annotateBlocks([box], { lang: 'en', published: '2024-02-27' });
    expect(topOf(r, '3 million')?.claimId).toBe('seed-02-capacity-3m-152mm');
    expect(topOf(r, '3 million')?.agreement).not.toBe('basis');
  });
  it('where two records hold the same number, the one whose claimant the sentence names wins ("one million artillery rounds, ... Kyrylo Budanov said")', () => {
    const r = annotateBlocks(["North Korea has become Russia's biggest supplier of weapons, sending about one million artillery rounds, Ukrainian military intelligence chief Kyrylo Budanov said."], { lang: 'en', published: '2024-01-22' });
    expect(topOf(r, 'one million')).toMatchObject({ claimId: 'dprk-20-budanov-largest-supplier', agreement: 'same' });
  });
  it('an event is named by the words of what happened, not by the country its label names ("Perang Rusia-Ukraina ... dua tahun" measures no troop deployment "ke Rusia")', () => {
    const r = annotateBlocks(['Perang Rusia-Ukraina yang telah berlangsung dua tahun belum menunjukkan tanda berakhir. Menhan Korsel saat itu, Shin Won-sik, pernah menyebut Korea Utara telah mengirim 6.700 kontainer ke Rusia.'], { lang: 'id', published: '2026-11-10' });
    expect(topOf(r, 'dua tahun')?.claimId).not.toBe('ev-dprk-troops-to-russia-2024-10');
  });
  it('an exact number in figures inside a claim\'s rough range ("hundreds of containers") is no quote of it, but may be a slip of another claim ("670 containers" for 6,700); "sekitar 200 pabrik" still fits "hundreds of factories"', () => {
    const r = annotateBlocks(['North Korea has sent 670 containers of munitions to Russia since last summer, South Korean Defence Minister Shin Won-sik said on Monday.'], { lang: 'en', published: '2024-02-28' });
    expect(topOf(r, '670')?.claimId).not.toBe('dprk-35-rusi-orient-express');
    const about = annotateBlocks(['Badan Intelijen Pertahanan Korea Selatan menyebut Korea Utara memiliki sekitar 200 pabrik amunisi dan telah mengirim lebih dari 20.000 kontainer ke Rusia.'], { lang: 'id', published: '2024-10-24' });
    expect(topOf(about, '200')?.claimId).toBe('seed-04-factories-capacity');
  });
  it('a span rounded to its unit by a third or more of its length agrees with no event ("satu tahun" for the six months since Malligyong-1); "dua tahun" for 2.4 years still does', () => {
    const r = annotateBlocks(['Peluncuran yang gagal ini terjadi satu tahun setelah Korut berhasil menempatkan satelit Malligyong-1 di orbit.'], { lang: 'id', published: '2024-05-28' });
    expect(topOf(r, 'satu tahun')?.agreement).not.toBe('same');
    const near = annotateBlocks(['Perang skala penuh Rusia di Ukraina sudah berlangsung dua tahun sejak invasi 24 Februari 2022.'], { lang: 'id', published: '2024-07-20' });
    expect(topOf(near, 'dua tahun')).toMatchObject({ claimId: 'ev-ukraine-full-scale-invasion', agreement: 'same' });
  });
  it('a forecast is nobody\'s misquote ("the grain harvest is now forecast at about 59 million tonnes" against the grain deal\'s shipments)', () => {
    const r = annotateBlocks(["Before Moscow walked away in July, the UN-brokered deal had shipped food from Ukrainian ports. This year's Ukrainian grain harvest is now forecast at about 59 million tonnes, agriculture ministry officials said."], { lang: 'en', published: '2023-09-10' });
    expect(topOf(r, '59 million tonnes')).toBeUndefined();
  });
  it('a unit word after "by" or "dengan" is the means, not what a number counts ("showing four images of the shipments moving by ship")', () => {
    const r = annotateBlocks(['North Korea has delivered more than 1,000 containers of military equipment and munitions to Russia, White House national security spokesman John Kirby said on Friday, showing four images of the shipments moving by ship and by rail.'], { lang: 'en', published: '2023-10-14' });
    expect(topOf(r, 'four')).toBeUndefined();
    expect(topOf(r, '1,000')?.claimId).toBe('dprk-01-wh-1000-containers');
  });
  it('what a rate is per, said before the number, is not what it counts ("setiap peluncur roketnya memiliki 22 tabung")', () => {
    const r = annotateBlocks(['Badan Intelijen Nasional (NIS) Korea Selatan membenarkan laporan Financial Times bahwa Korea Utara mengirim sekitar 50 howitzer swagerak Koksan kaliber 170 mm dan 20 peluncur roket ganda 240 mm ke Rusia. Howitzer itu mampu menembak sasaran sejauh 60 km, sedangkan setiap peluncur roketnya memiliki 22 tabung.'], { lang: 'id', published: '2024-11-17' });
    expect(topOf(r, '22')).toBeUndefined();
    expect(topOf(r, '20')?.claimId).toBe('dprk-30-koksan-mrl-ft');
  });
  it('"the U.N. refugee agency" names UNHCR: its refugee count, not the IOM\'s ("counts nearly 7 million Ukrainian refugees abroad")', () => {
    const r = annotateBlocks(["A World Bank-led assessment put Ukraine's reconstruction needs at $524 billion over the next decade, while the U.N. refugee agency counts nearly 7 million Ukrainian refugees abroad."], { lang: 'en', published: '2025-02-26' });
    expect(topOf(r, '7 million')?.claimId).toBe('ru-ua-13-unhcr-refugees-feb2025');
  });
  it('a number the page calls false beside the right one misquotes the claim the right one quotes ("menyebut ... 183 miliar euro, padahal Kiel Institute mencatat 138 miliar euro"; "8.100 drone" against "810 drone")', () => {
    const r = annotateBlocks(['Klaim itu keliru. Unggahan yang beredar di Facebook menyebut negara-negara Eropa sudah mengucurkan 183 miliar euro bantuan untuk Ukraina, padahal Kiel Institute mencatat 138 miliar euro hingga Februari 2025. Ada pula klaim Rusia menembakkan 8.100 drone ke Ukraina dalam satu malam, sedangkan rekor Angkatan Udara Ukraina adalah 810 drone.'], { lang: 'id', published: '2025-12-20' });
    expect(topOf(r, '138 miliar euro')).toMatchObject({ claimId: 'ru-ua-18-kiel-europe-138-us-115', agreement: 'same' });
    expect(topOf(r, '183 miliar euro')).toMatchObject({ claimId: 'ru-ua-18-kiel-europe-138-us-115', agreement: 'differs', claimValue: 138e9 });
    expect(topOf(r, '8.100')).toMatchObject({ claimId: 'ru-ua-31-810-drones-record', agreement: 'differs', claimValue: 810 });
    // (Not where nothing calls the number false: two counts side by side.)
    const plain = annotateBlocks(['Rusia menembakkan 8.100 drone ke Ukraina sepanjang Agustus, sedangkan rekor Angkatan Udara Ukraina dalam satu malam adalah 810 drone.'], { lang: 'id', published: '2025-12-20' });
    expect(topOf(plain, '8.100')?.agreement).not.toBe('differs');
  });
  it('an amount inside a claim\'s range, at neither end, quotes it only where its sentence says what the range measures (North Korea\'s trade with China is no value of its arms deliveries)', () => {
    const r = annotateBlocks(["Pyongyang has shipped millions of shells to Russia since 2023. North Korea's trade with China, meanwhile, rose 25 percent on-year to $2.7 billion in the first ten months of the year, customs data showed."], { lang: 'en', published: '2024-12-20' });
    expect(topOf(r, '$2.7 billion')).toBeUndefined();
    const arms = annotateBlocks(["North Korea's arms deliveries to Russia may have earned Pyongyang $2.7 billion since the full-scale invasion, researchers estimate."], { lang: 'en', published: '2024-12-20' });
    expect(topOf(arms, '$2.7 billion')?.claimId).toBe('dprk-36-naumann-value-1.7-5.5bn');
  });
  it('of two records with the same number, the one made in the month its sentence names wins ("menaksir lebih dari 20.000 kontainer pada Oktober 2024"), not where the month starts a period ("Sejak Februari 2024")', () => {
    const r = annotateBlocks(['Dalam kilas balik akhir tahun, intelijen militer Seoul disebut menaksir Korea Utara telah mengirim lebih dari 20.000 kontainer amunisi ke Rusia pada Oktober 2024.'], { lang: 'id', published: '2025-12-20' });
    expect(topOf(r, '20.000')?.claimId).toBe('dprk-09-20000-containers-oct2024');
    const since = annotateBlocks(['Sejak Februari 2024, taksiran jumlah kontainer amunisi yang dikirim Korea Utara ke Rusia terus naik, dari 6.700 menjadi 7.000 kontainer pada Maret.'], { lang: 'id', published: '2025-12-20' });
    expect(topOf(since, '7.000')?.claimId).toBe('dprk-05-7000-containers-mar2024');
  });
  it('"dead and injured", "killed or injured" count casualties ("Russia has suffered 315,000 dead and injured troops")', () => {
    const r = annotateBlocks(['A declassified US intelligence assessment estimates that Russia has suffered 315,000 dead and injured troops in Ukraine since the invasion began.'], { lang: 'en', published: '2023-12-14' });
    expect(topOf(r, '315,000')?.claimId).toBe('ru-ua-33-us-315000-russian-casualties');
  });
  it('a number beside one that quotes a claim may slip a digit of that claim\'s other figure in its unit ("1.000 penjinak ranjau dan 50.000 pekerja konstruksi"; "menurut NIS ..., dan Pyongyang menyiapkan 60.000 tentara tambahan"); a calibre is no slip of another', () => {
    const r = annotateBlocks(['Sekretaris Dewan Keamanan Rusia Sergei Shoigu menyebut Kim Jong Un setuju mengirim 1.000 penjinak ranjau dan 50.000 pekerja konstruksi militer ke Kursk.'], { lang: 'id', published: '2025-06-20' });
    expect(topOf(r, '50.000')).toMatchObject({ claimId: 'dprk-29-shoigu-6000-builders-sappers', agreement: 'differs', claimValue: 5000 });
    const nis = annotateBlocks(['Menurut NIS, sekitar 2.000 tentara Korea Utara tewas di medan perang, dan Pyongyang menyiapkan 60.000 tentara tambahan untuk Rusia.'], { lang: 'id', published: '2025-12-20' });
    expect(topOf(nis, '60.000')).toMatchObject({ claimId: 'dprk-28-nis-2000-killed', agreement: 'differs', claimValue: 6000 });
    const calibre = annotateBlocks(['Kontainer itu dapat memuat lebih dari 3 juta peluru artileri 152 mm atau 500.000 roket 122 mm, kata Menhan Korsel Shin Won-sik.'], { lang: 'id', published: '2024-02-27' });
    expect(topOf(calibre, '152 mm')).toBeUndefined();
  });
  it('the body a sentence names as the source wins a number two records round to ("CSIS estimated ... nearly 1 million casualties" beside the General Staff\'s 991,820)', () => {
    const r = annotateBlocks(["KYIV (Reuters) - Ukraine's General Staff put Russia's personnel losses at 991,820 as of June 4, 2025. The Washington-based CSIS estimated this week that Russia had suffered nearly 1 million casualties, as many as 250,000 of them killed."], { lang: 'en', published: '2025-06-05' });
    expect(topOf(r, '1 million')?.claimId).toBe('ru-ua-07-csis-jun2025-russia');
    expect(topOf(r, '991,820')?.claimId).toBe('ru-ua-12-genstaff-991820');
  });
  it('a count whose clause says, far after it, that they were killed counts deaths ("About 2,000 North Korean soldiers dispatched to help Russia in its war against Ukraine are believed to have been killed")', () => {
    const r = annotateBlocks(['SEOUL (Yonhap) -- About 2,000 North Korean soldiers dispatched to help Russia in its war against Ukraine are believed to have been killed, the National Intelligence Service (NIS) told lawmakers Tuesday.'], { lang: 'en', published: '2025-09-02' });
    expect(topOf(r, '2,000')).toMatchObject({ claimId: 'dprk-28-nis-2000-killed', agreement: 'same' });
  });
  it('a span "ago" set beside the day an event began counts from it even alone in its clause ("pada 13 September 2023, lima bulan lalu" on a June 2024 page)', () => {
    const r = annotateBlocks(['Presiden Rusia Vladimir Putin tiba di Pyongyang dan disambut Kim Jong Un. Kedua pemimpin terakhir bertemu di Kosmodrom Vostochny pada 13 September 2023, lima bulan lalu.'], { lang: 'id', published: '2024-06-19' });
    expect(topOf(r, 'lima bulan')).toMatchObject({ claimId: 'ev-kim-putin-vostochny-summit-2023', agreement: 'differs' });
    // (Where the sentence gives no such day, a bare span is not judged.)
    const bare = annotateBlocks(['Presiden Rusia Vladimir Putin tiba di Pyongyang dan disambut Kim Jong Un. Kedua pemimpin terakhir bertemu di Kosmodrom Vostochny, lima bulan lalu.'], { lang: 'id', published: '2024-06-19' });
    expect(topOf(bare, 'lima bulan')).toBeUndefined();
  });
  it('a date a year off right after the words of the invasion is a misquote of its day ("Sejak Rusia menginvasi Ukraina pada 24 Februari 2023")', () => {
    const r = annotateBlocks(['Sejak Rusia menginvasi Ukraina pada 24 Februari 2023, menurut lembaga kajian CSIS, Rusia menderita sekitar 950.000 korban militer.'], { lang: 'id', published: '2025-08-11' });
    expect(topOf(r, '24 Februari 2023')).toMatchObject({ claimId: 'ru-ua-01-invasion-date', agreement: 'differs', claimValue: 20220224 });
  });
  it('the whole $95 billion package given to Ukraine alone is a misquote of its $61 billion, also where the words of the package are not there and a dateline names another place ("Jakarta - Ukraina akhirnya mendapatkan bantuan senilai US$ 95 miliar")', () => {
    const r = annotateBlocks(['Kongres AS akhirnya menyetujui bantuan 95 miliar dolar AS untuk Ukraina setelah perdebatan berbulan-bulan.'], { lang: 'id', published: '2024-05-10' });
    expect(topOf(r, '95 miliar dolar AS')).toMatchObject({ claimId: 'ru-ua-21-us-61bn-april2024', agreement: 'differs', claimValue: 61e9 });
    const dateline = annotateBlocks(['Jakarta - Ukraina akhirnya mendapatkan bantuan senilai US$ 95 miliar dari Amerika Serikat setelah Presiden Joe Biden menandatangani undang-undang yang disahkan Kongres pekan ini.'], { lang: 'id', published: '2024-04-26' });
    expect(topOf(dateline, 'US$ 95 miliar')).toMatchObject({ claimId: 'ru-ua-21-us-61bn-april2024', agreement: 'differs', claimValue: 61e9 });
    // (A rounded "about $100 billion" is no such whole.)
    const round = annotateBlocks(['Zelenskyy said at the weekend that Ukraine had received about $100bn from the US, not the $350bn claimed by Donald Trump.'], { lang: 'en', published: '2025-03-20' });
    expect(topOf(round, '$100bn')).toBeUndefined();
  });
  it('a power-of-ten slip of a quoted record\'s other figure may be counted by its clause after it ("sekitar 950.000 korban militer, termasuk hingga 25.000 tentara yang tewas"), but not a thousandfold one by a later noun ("200.000 kontainer ... serta 200 meriam")', () => {
    const r = annotateBlocks(['Menurut lembaga kajian CSIS, Rusia menderita sekitar 950.000 korban militer, termasuk hingga 25.000 tentara yang tewas.'], { lang: 'id', published: '2025-08-11' });
    expect(topOf(r, '25.000')).toMatchObject({ claimId: 'ru-ua-07-csis-jun2025-russia', agreement: 'differs', claimValue: 250_000 });
    const msmt = annotateBlocks(['Menurut laporan MSMT, Korea Utara telah mengirim lebih dari 200.000 kontainer amunisi ke Rusia dan memasok lebih dari 100 rudal balistik serta 200 meriam berat dan jarak jauh.'], { lang: 'id', published: '2025-06-10' });
    expect(topOf(msmt, '200.000')?.claimId).not.toBe('dprk-19-msmt-100-missiles-200-artillery');
  });
  it('a bare number of four significant digits or more that counts nothing named is looked up among counts of people ("The General Staff\'s number as of June 4 is 991,820")', () => {
    const r = annotateBlocks(["Q: Kyiv says Russia has lost nearly a million soldiers. Is that credible? SPOKESPERSON: The General Staff's number as of June 4 is 991,820, but that counts the wounded and the captured as well as the dead."], { lang: 'en', published: '2025-06-05' });
    expect(topOf(r, '991,820')).toMatchObject({ claimId: 'ru-ua-12-genstaff-991820', agreement: 'same' });
  });
  it('a source named in another comma part, beside a number of its own, is that number\'s source ("about 12,000 troops by Seoul\'s count, with 11,000 reported in the Kursk region by the Pentagon")', () => {
    const r = annotateBlocks(["When Pyongyang's soldiers began arriving in Russia last autumn, the estimates were modest: about 12,000 troops by Seoul's count, with 11,000 reported in the Kursk region by the Pentagon a month later. A year on, the arithmetic of attrition is stark. South Korea's spy agency now believes around 2,000 of them have been killed."], { lang: 'en', published: '2025-09-20' });
    expect(topOf(r, '12,000')?.claimId).toBe('dprk-23-nis-12000-troops');
    expect(topOf(r, '11,000')?.claimId).toBe('dprk-24-pentagon-11000-kursk');
  });
  it('a year "since" that agrees with an event related to the one its sentence names is no misquote ("invasi skala penuh Rusia baru dimulai 24 Februari 2022, ... meski konflik bersenjata sudah pecah sejak 2014")', () => {
    const r = annotateBlocks(['Ada pula yang menyebut perang ini sudah berjalan lima tahun, padahal invasi skala penuh Rusia baru dimulai 24 Februari 2022, tiga tahun lalu, meski konflik bersenjata sudah pecah sejak 2014.'], { lang: 'id', published: '2025-06-10' });
    expect(topOf(r, '2014')?.agreement).not.toBe('differs');
  });
  it('the same number again later in its paragraph, naming nothing, counts what it counted ("12rb tentara Korut dikirim ke Rusia ... Angka 12.000 berasal dari NIS"), but not past a dateline that opens another story ("SYDNEY - A crowd of 31,000")', () => {
    const r = annotateBlocks(['Video TikTok berjudul "12rb tentara Korut dikirim ke Rusia, 3rb korban" ditonton 2,3jt kali dalam sepekan terakhir. Angka 12.000 berasal dari Badan Intelijen Nasional (NIS) Korea Selatan pada Jumat (18/10/2024), yang menyebut Pyongyang memutuskan mengirim pasukan untuk membantu Rusia.'], { lang: 'id', published: '2024-12-30' });
    expect(topOf(r, '12.000')).toMatchObject({ claimId: 'dprk-23-nis-12000-troops', agreement: 'same' });
    const digest = annotateBlocks(['KYIV - President Volodymyr Zelenskiy said 31,000 Ukrainian troops had been killed since the full-scale invasion and claimed 180,000 Russian soldiers had died. WASHINGTON - North Korea has delivered more than 10,000 containers of munitions or related materials to Russia, the State Department said in a fact sheet. SYDNEY - A crowd of 31,000 watched the A-League derby on Saturday.'], { lang: 'en', published: '2024-02-26' });
    expect(topOf(digest, '31,000', 1)).toBeUndefined();
  });
  it('a person named in a sentence stands for their country when it also names parties the dataset does not know ("the roughly $61 billion that President Joe Biden signed ... was part of a $95 billion package that also covered Israel and Taiwan")', () => {
    const r = annotateBlocks(["President Donald Trump has said that the United States poured $350 billion into Ukraine. The largest single tranche, the roughly $61 billion that President Joe Biden signed on April 24, 2024, was part of a $95 billion package that also covered Israel and Taiwan."], { lang: 'en', published: '2025-03-20' });
    expect(topOf(r, '$61 billion')?.claimId).toBe('ru-ua-21-us-61bn-april2024');
    expect(topOf(r, '$95 billion')?.claimId).toBe('ru-ua-21-us-61bn-april2024');
  });
  it('what a number counts ends at an auxiliary ("Sekitar 1.500 personel sudah diangkut kapal Rusia ke Vladivostok" are North Korean troops, not Russia\'s), but one right after "di antaranya" says what they are ("sekitar 2.000 di antaranya telah tewas")', () => {
    const r = annotateBlocks(['LIVE | 09.12 WIB - NIS: Korea Utara memutuskan mengirim sekitar 12.000 tentara, termasuk pasukan khusus, untuk membantu Rusia. 09.20 WIB - Sekitar 1.500 personel sudah diangkut kapal Rusia ke Vladivostok pada 8-13 Oktober.'], { lang: 'id', published: '2024-10-19' });
    expect(topOf(r, '1.500')).toMatchObject({ claimId: 'dprk-23-nis-12000-troops', agreement: 'same' });
    const dead = annotateBlocks(['NIS kemudian memperkirakan Pyongyang akan mengirim total 12.000 tentara. Korea Utara baru mengakui pengiriman itu pada 28 April 2025. Menurut NIS, sekitar 2.000 di antaranya telah tewas.'], { lang: 'id', published: '2025-10-08' });
    expect(topOf(dead, '2.000')?.claimId).toBe('dprk-28-nis-2000-killed');
  });
  it('"more than" before another spelled number is no change ("North Korea has shipped 6,700 containers carrying more than three million artillery shells")', () => {
    const r = annotateBlocks(["GEORGE TOWN: North Korea has shipped 6,700 containers carrying more than three million artillery shells to Russia, South Korea's then defence minister Shin Won-sik has said, adding that the same boxes could instead have held 500,000 rockets."], { lang: 'en', published: '2025-08-05' });
    expect(topOf(r, '6,700')?.claimId).toBe('seed-01-containers-6700');
  });
  it('a reporter\'s number that an official corrects beside the right one misquotes it ("When a reporter read back a figure of 1,100 ..., Singh corrected him: the number was 11,000")', () => {
    const r = annotateBlocks(["Deputy Pentagon Press Secretary Sabrina Singh told reporters on Nov. 18, 2024, that about 11,000 North Korean troops had moved into Russia's Kursk region. When a reporter read back a figure of 1,100 and asked whether the deployment was smaller than initially estimated, Singh corrected him: the number was 11,000."], { lang: 'en', published: '2024-11-19' });
    expect(topOf(r, '1,100')).toMatchObject({ claimId: 'dprk-24-pentagon-11000-kursk', agreement: 'differs' });
  });
  it('a percent given as a change or a gap quotes no share ("saham ... masih naik lebih dari 40 persen", "exports ... running 20% behind last year\'s pace")', () => {
    const rise = annotateBlocks(['Namun, lebih dari empat tahun sejak invasi skala penuh Rusia ke Ukraina, saham produsen senjata Eropa seperti Rheinmetall, Leonardo dan Saab masih naik lebih dari 40 persen sepanjang tahun lalu.'], { lang: 'id', published: '2026-03-05' });
    expect(topOf(rise, '40 persen')).toBeUndefined();
    const gap = annotateBlocks(["Russia, the world's top exporter, is expected to ship about 43 million tonnes this season, while Ukraine's exports through its Black Sea ports are running 20% behind last year's pace at 16.5 million tonnes."], { lang: 'en', published: '2025-12-04' });
    expect(topOf(gap, '20%')).toBeUndefined();
  });
  it('a contrast ends where a colon opens another clause ("while producing about 2.5 million, RUSI analyst Jack Watling estimated ..., a gap North Korea later helped fill: Seoul said in July 2024 that Pyongyang had shipped about 5.2 million artillery shells")', () => {
    const r = annotateBlocks(['Russia, by comparison, was on track to fire more than 7 million rounds in 2023 while producing about 2.5 million, RUSI analyst Jack Watling estimated at the time, a gap North Korea later helped fill: Seoul said in July 2024 that Pyongyang had shipped about 5.2 million artillery shells to Russia.'], { lang: 'en', published: '2025-11-06' });
    expect(topOf(r, '5.2 million')?.claimId).toBe('dprk-07-5.2m-shells-jul2024');
  });
  it('a currency\'s sign names no country ("AS$87.30" is a Brent price beside the $60 cap, not a US figure); the US keeps the $60 cap it set with the G7 ("while the United States has kept the original $60 cap")', () => {
    const brent = annotateBlocks(['Had harga AS$60 setong ke atas minyak mentah Rusia yang dibawa melalui laut mula berkuat kuasa semalam, selepas dipersetujui G7, Kesatuan Eropah dan Australia. Harga minyak mentah Brent pula naik hampir 3 peratus kepada AS$87.30 setong.'], { lang: 'id', published: '2022-12-06' });
    expect(topOf(brent, 'AS$87.30')).toBeUndefined();
    const kept = annotateBlocks(["The EU's new mechanism sets the cap 15% below the average market price of Russian crude, while the United States has kept the original $60 cap agreed with its G7 partners in December 2022."], { lang: 'en', published: '2025-09-15' });
    expect(topOf(kept, '$60')).toMatchObject({ claimId: 'ru-ua-24-price-cap-60', agreement: 'outdated' });
  });
  it('an infobox key that names a war\'s length dates the span after it ("Lama perang: hampir empat tahun" rounds the time since the invasion)', () => {
    const r = annotateBlocks(['Perang Rusia-Ukraina dalam angka. Tanggal invasi skala penuh: 24 Februari 2022. Lama perang: hampir empat tahun. Pengungsi Ukraina di seluruh dunia: 6,9 juta orang (UNHCR).'], { lang: 'id', published: '2026-01-20', title: 'INFOGRAFIS: Hampir Empat Tahun Perang Rusia-Ukraina' });
    expect(topOf(r, 'empat tahun')).toMatchObject({ claimId: 'ev-ukraine-full-scale-invasion', agreement: 'rounded' });
  });
  it('a number an update says the page wrote before is a misquote of the corrected one ("bukan 805 drone seperti yang kami tulis", "Versi sebelumnya menyebut 25.140 ... angka yang benar adalah 2.514")', () => {
    const drones = annotateBlocks(['UPDATE 14.30 WIB - Angkatan Udara Ukraina merevisi data serangan udara Rusia semalam. Dalam laporan terbarunya, Rusia disebut meluncurkan 810 drone dan 13 rudal, bukan 805 drone seperti yang kami tulis pada pembaruan pukul 09.15 WIB.'], { lang: 'id', published: '2025-09-07' });
    expect(topOf(drones, '805')).toMatchObject({ claimId: 'ru-ua-31-810-drones-record', agreement: 'differs' });
    const toll = annotateBlocks(['Misi Pemantau Hak Asasi Manusia PBB di Ukraina (HRMMU) mencatat sedikitnya 2.514 warga sipil tewas di Ukraina sepanjang tahun lalu. Artikel ini telah diperbarui. Versi sebelumnya menyebut 25.140 warga sipil tewas sepanjang tahun lalu; angka yang benar adalah 2.514 orang.'], { lang: 'id', published: '2026-01-13' });
    expect(topOf(toll, '25.140')).toMatchObject({ claimId: 'ru-ua-05-hrmmu-2025-deadliest', agreement: 'differs' });
  });
  it('"Di dalam negeri," after "di luar negeri" is the same country\'s inside, not a digest moving on ("... pengungsi di luar negeri, menurut UNHCR. Di dalam negeri, sekitar 12,7 juta orang membutuhkan bantuan")', () => {
    const r = annotateBlocks(['Tiga tahun setelah invasi, hampir 7 juta warga Ukraina masih hidup sebagai pengungsi di luar negeri, menurut UNHCR. Di dalam negeri, sekitar 12,7 juta orang membutuhkan bantuan kemanusiaan tahun ini, turun dari 14,6 juta orang setahun sebelumnya.'], { lang: 'id', published: '2025-03-03' });
    expect(topOf(r, '12,7 juta')).toMatchObject({ claimId: 'ru-ua-34-need-aid-12.7m-2025', agreement: 'same' });
    expect(topOf(r, '14,6 juta')).toMatchObject({ claimId: 'ru-ua-15-iom-14.6m-need-aid', agreement: 'outdated' });
  });
  it('a span "ago" with the year it points to dates another event, not the war\'s length ("Two decades ago, in 2004, Ukrainians were filling Kyiv\'s Maidan")', () => {
    const en = annotateBlocks(["Russia's full-scale invasion of Ukraine began on Feb. 24, 2022. Two decades ago, in 2004, Ukrainians were filling Kyiv's Maidan to protest against a rigged election, not fighting Russia."], { lang: 'en', published: '2024-03-05' });
    expect(topOf(en, 'Two decades')).toBeUndefined();
    const id = annotateBlocks(['Invasi Rusia ke Ukraina dimulai 24 Februari 2022. Dua dekade lalu, pada 2004, warga Ukraina memenuhi Maidan, bukan berperang melawan Rusia.'], { lang: 'id', published: '2024-03-05' });
    expect(topOf(id, 'Dua dekade')).toBeUndefined();
    const war = annotateBlocks(['Invasi Rusia ke Ukraina telah berlangsung dua dekade, kata artikel itu.'], { lang: 'id', published: '2024-02-27' });
    expect(topOf(war, 'dua dekade')?.claimId).toBe('seed-08-two-decades-war');
  });
  it('"the full-scale invasion" beside Ukraine names Russia\'s ("Some 15,000 civilians have been killed since the full-scale invasion began"); a count since it is no count of a period that ended before it ("13,000 Ukrainian soldiers killed since the full-scale invasion" is not the Donbas war\'s 2014-2021 dead)', () => {
    const toll = annotateBlocks(['Sejak invasi skala penuh, sekitar 15.000 warga sipil Ukraina tewas dan sekitar 40.600 terluka.'], { lang: 'id', published: '2026-01-14' });
    expect(topOf(toll, '40.600')).toMatchObject({ claimId: 'ru-ua-05-hrmmu-2025-deadliest', agreement: 'same' });
    const soldiers = annotateBlocks(['Zelensky says 13,000 Ukrainian soldiers have been killed since the full-scale invasion began, Russia says more.'], { lang: 'en', published: '2024-02-26' });
    expect(topOf(soldiers, '13,000')?.claimId).not.toBe('ru-ua-02-donbas-2014-2021-deaths');
    const donbas = annotateBlocks(['From 2014 to 2021, before the full-scale invasion, the conflict in eastern Ukraine killed about 13,000 people, the UN says.'], { lang: 'en', published: '2024-02-26' });
    expect(topOf(donbas, '13,000')?.claimId).toBe('ru-ua-02-donbas-2014-2021-deaths');
  });
  it('an anniversary\'s day written in full after the span still ends its clause ("Perang Rusia-Ukraina genap tiga tahun pada Senin (24/2/2025).")', () => {
    const r = annotateBlocks(['Perang Rusia-Ukraina genap tiga tahun pada Senin (24/2/2025). Invasi skala penuh Rusia dimulai pada 24 Februari 2022.'], { lang: 'id', published: '2025-02-26' });
    expect(topOf(r, 'tiga tahun')).toMatchObject({ claimId: 'ev-ukraine-full-scale-invasion', agreement: 'same' });
  });
  it('an anniversary "kemarin" ends its clause ("Perang Rusia-Ukraina genap tiga tahun kemarin"); the length of someone\'s work is not the war\'s ("Saya sudah dua puluh tahun jadi wartawan, tapi perang ini lain", "dua dekade meliput konflik")', () => {
    const r = annotateBlocks(['Perang Rusia-Ukraina genap tiga tahun kemarin. Saya sudah dua puluh tahun jadi wartawan, tapi perang ini lain.'], { lang: 'id', published: '2025-02-25' });
    expect(topOf(r, 'tiga tahun')).toMatchObject({ claimId: 'ev-ukraine-full-scale-invasion', agreement: 'same' });
    expect(topOf(r, 'dua puluh tahun')).toBeUndefined();
    const reporter = annotateBlocks(['Sebagai wartawan yang dua dekade meliput konflik bersenjata, saya terusik membaca artikel yang menyebut perang Rusia-Ukraina telah berkecamuk selama dua dekade.'], { lang: 'id', published: '2024-02-27' });
    expect(topOf(reporter, 'dua dekade', 0)).toBeUndefined();
    expect(topOf(reporter, 'dua dekade', 1)?.claimId).toBe('seed-08-two-decades-war');
  });
  it('"Kalau isinya roket 122 milimeter, ya sekitar lima ratus ribu" keeps the capacity; a conjunction after a number opens the next item ("Europe at €138 billion and the US at roughly €115 billion")', () => {
    const load = annotateBlocks(['Itu pun hitungan daya tampung dari Menhan Korea Selatan Shin Won-sik soal 6.700 kontainer Korea Utara ke Rusia. Kalau isinya roket 122 milimeter, ya sekitar 500 ribu.'], { lang: 'id', published: '2024-02-27' });
    expect(topOf(load, '500 ribu')).toMatchObject({ claimId: 'seed-03-capacity-500k-122mm', agreement: 'outdated' });
    const kiel = annotateBlocks(['The Kiel Institute has Europe at €138 billion and the US at roughly €115 billion through February.'], { lang: 'en', published: '2025-09-15' });
    expect(topOf(kiel, '€138 billion')).toMatchObject({ claimId: 'ru-ua-18-kiel-europe-138-us-115', agreement: 'same' });
    expect(topOf(kiel, '€115 billion')).toMatchObject({ claimId: 'ru-ua-18-kiel-europe-138-us-115', agreement: 'same' });
  });
  it('of the numbers a page calls false, the one it slips a zero of ("280.000 kontainer ... kelebihan satu angka nol" is the 28,000, not the 20,000 beside it)', () => {
    const r = annotateBlocks(['Sebuah unggahan mengklaim Korea Utara telah mengirim 280.000 kontainer ke Rusia. Klaim itu keliru: jumlah kontainernya kelebihan satu angka nol. Badan Intelijen Pertahanan Korea Selatan memperkirakan sekitar 28.000 kontainer telah dikirim ke Rusia. Sebelumnya, laporan Tim Pemantau Sanksi Multilateral (MSMT) pada 29 Mei 2025 mencatat lebih dari 20.000 kontainer amunisi.'], { lang: 'id', published: '2025-08-05' });
    expect(topOf(r, '280.000')).toMatchObject({ claimId: 'dprk-12-dia-28000-12m', agreement: 'differs' });
  });
  it('a month named by its distance ("it reported last October", "Oktober lalu") dates the claim of that month: the DIA\'s 20,000 of October 2024, not the MSMT\'s of May 2025', () => {
    const en = annotateBlocks(["South Korea's defence intelligence now estimates North Korea has shipped some 28,000 containers of weapons to Russia. The estimate is up from the more than 20,000 containers it reported last October."], { lang: 'en', published: '2025-07-14' });
    expect(topOf(en, '20,000')).toMatchObject({ claimId: 'dprk-09-20000-containers-oct2024', agreement: 'outdated' });
    const id = annotateBlocks(['Badan intelijen pertahanan Korea Selatan kini memperkirakan 28.000 kontainer senjata telah dikirim Korea Utara ke Rusia, naik dari lebih dari 20.000 kontainer yang dilaporkannya Oktober lalu.'], { lang: 'id', published: '2025-07-14' });
    expect(topOf(id, '20.000')).toMatchObject({ claimId: 'dprk-09-20000-containers-oct2024', agreement: 'outdated' });
  });
  it('"Two years after Russian forces invaded Ukraine" and "Dua tahun setelah pasukan Rusia menginvasi Ukraina" measure the full-scale invasion (its keywords hold the verb)', () => {
    const en = annotateBlocks(['Two years after Russian forces invaded Ukraine, a member of the House told a seminar.'], { lang: 'en', published: '2024-02-26' });
    expect(topOf(en, 'Two years')).toMatchObject({ claimId: 'ev-ukraine-full-scale-invasion', agreement: 'same' });
    const id = annotateBlocks(['Dua tahun setelah pasukan Rusia menginvasi Ukraina, seorang anggota DPR berbicara di seminar.'], { lang: 'id', published: '2024-02-26' });
    expect(topOf(id, 'Dua tahun')).toMatchObject({ claimId: 'ev-ukraine-full-scale-invasion', agreement: 'same' });
  });
  it('"Ukraine\'s air force said" names Ukraine too (the body\'s country): "810 drones and 13 missiles overnight" is the record night\'s', () => {
    const r = annotateBlocks(["810 drones and 13 missiles overnight, Ukraine's air force said."], { lang: 'en', published: '2025-09-08' });
    expect(topOf(r, '810')).toMatchObject({ claimId: 'ru-ua-31-810-drones-record', agreement: 'same' });
  });
  it('a timeline\'s entry names what its date is the date of after the colon: a wrong day there is a misquote ("Nov. 12, 2023: Malligyong-1 reaches orbit ..." against 21 November)', () => {
    const r = annotateBlocks(["Timeline: North Korea's spy satellite push. Nov. 12, 2023: Malligyong-1 reaches orbit 705 seconds after liftoff, at the third attempt. May 27, 2024: the next launch fails when the new rocket explodes."], { lang: 'en', published: '2024-06-03' });
    expect(topOf(r, 'Nov. 12, 2023')).toMatchObject({ claimId: 'ev-malligyong-1-launch-2023-11', agreement: 'differs' });
  });
  it('a count on a supposition keeps the capacity: "that\'s 12M+ shells if you count them all as 152s" is the DIA\'s estimate as given, not a count stated as fact', () => {
    const r = annotateBlocks(['"DIA now says ~28k containers that\'s 12M+ shells if you count them all as 152s," the top comment read about North Korea and Russia.'], { lang: 'en', published: '2025-07-21' });
    expect(topOf(r, '12M')).toMatchObject({ claimId: 'dprk-12-dia-28000-12m', agreement: 'same' });
  });
});
