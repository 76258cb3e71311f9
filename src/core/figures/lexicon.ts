import type { Lang, Qualifier } from './figure';

/**
 * Word tables for reading figures, one table per concept. The detector, the matcher and the dataset
 * tooling import these; keys are lowercase unless a table says otherwise.
 */

/** Spelled cardinal numbers that stand on their own ("dua", "sepuluh", "twenty"). */
export const NUMBER_WORDS: Record<Lang, Readonly<Record<string, number>>> = {
  id: {
    nol: 0, satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9,
    sepuluh: 10, sebelas: 11, seratus: 100, seribu: 1000, sejuta: 1e6, semiliar: 1e9, semilyar: 1e9,
    setriliun: 1e12, setengah: 0.5, separuh: 0.5, selusin: 12, lusin: 12,
  },
  en: {
    zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
    eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
    eighty: 80, ninety: 90, dozen: 12, half: 0.5,
  },
};

/**
 * Words that multiply the number before them. `small` multipliers (puluh, ratus, hundred) build a group
 * below a thousand; the others close a group ("dua ratus ribu" = 200 × 1000).
 */
export const SCALE_WORDS: Record<Lang, Readonly<Record<string, number>>> = {
  id: {
    puluh: 10, ratus: 100, ribu: 1e3, rb: 1e3, juta: 1e6, jt: 1e6, miliar: 1e9, milyar: 1e9, triliun: 1e12, kuadriliun: 1e15,
    // (Malaysian and Bruneian copy read with the Indonesian grammar: "RM1.2 bilion", "30 peratus".)
    bilion: 1e9,
    // English scale words quoted in Indonesian copy ("USD1,2 billion")
    million: 1e6, billion: 1e9, trillion: 1e12,
  },
  en: {
    // ("4 dozen cookies": 48.)
    dozen: 12, hundred: 100, thousand: 1e3, million: 1e6, mln: 1e6, mn: 1e6, billion: 1e9, bln: 1e9, bn: 1e9,
    trillion: 1e12, tn: 1e12, trn: 1e12, quadrillion: 1e15, quintillion: 1e18, sextillion: 1e21, septillion: 1e24,
    // Indian English
    lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7, cr: 1e7,
    // Indonesian scale words quoted in English copy ("Rp 1,5 juta")
    ribu: 1e3, juta: 1e6, miliar: 1e9, triliun: 1e12,
  },
};
/** Scale words that only build groups below a thousand. */
export const SMALL_SCALES: ReadonlySet<string> = new Set(['puluh', 'ratus', 'hundred']);
/** Indonesian "-belas" adds ten to the unit before it ("tiga belas" = 13). */
export const TEEN_WORD_ID = 'belas';

/**
 * Scale abbreviations written right after digits or after a short space, case-sensitive
 * ("Rp 1,5 M" is miliar, "1,5 m" is metres; "$20bn", "3m", "10k").
 */
export const SCALE_ABBREVIATIONS: Record<Lang, Readonly<Record<string, number>>> = {
  id: { rb: 1e3, RB: 1e3, ribu: 1e3, jt: 1e6, JT: 1e6, M: 1e9, T: 1e12, K: 1e3 },
  // ("RM421bil", "RM1.45mil", "Rs2.55tr": Malaysian and Pakistani copy.)
  en: { k: 1e3, K: 1e3, m: 1e6, M: 1e6, mn: 1e6, mln: 1e6, mil: 1e6, bn: 1e9, BN: 1e9, b: 1e9, bil: 1e9, tn: 1e12, trn: 1e12, tr: 1e12 },
};

/**
 * Vague amounts: [low, high] of the base word. Followed by a scale S the bounds become
 * low×S .. (high+1)×S−1 ("puluhan ribu" = 10000..99999), except `beberapa` (few): low×S .. high×S.
 */
export const VAGUE_AMOUNTS: Record<Lang, Readonly<Record<string, readonly [number, number]>>> = {
  id: {
    belasan: [11, 19], puluhan: [10, 99], ratusan: [100, 999], ribuan: [1000, 9999],
    jutaan: [1e6, 9999999], miliaran: [1e9, 9999999999], milyaran: [1e9, 9999999999],
    triliunan: [1e12, 9999999999999], beberapa: [2, 9],
  },
  en: {
    dozens: [24, 99], tens: [10, 99], hundreds: [200, 999], thousands: [2000, 9999],
    millions: [2e6, 9999999], billions: [2e9, 9999999999], several: [2, 9],
  },
};
/** Vague words whose upper bound multiplies directly (see VAGUE_AMOUNTS). */
export const FEW_WORDS: ReadonlySet<string> = new Set(['beberapa', 'several']);

/** Indonesian ordinals: ke- + a cardinal ("kedua", "ketiga", "kesepuluh", "keseratus"). */
function keOrdinals(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [w, n] of Object.entries(NUMBER_WORDS.id)) {
    if (Number.isInteger(n) && n >= 1 && n <= 1000 && w !== 'lusin' && w !== 'selusin') out[`ke${w}`] = n;
  }
  return out;
}

/** Spelled ordinals ("pertama", "ketiga", "third"). */
export const ORDINAL_WORDS: Record<Lang, Readonly<Record<string, number>>> = {
  id: { pertama: 1, ...keOrdinals() },
  en: {
    first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
    tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
    eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70,
    eightieth: 80, ninetieth: 90, hundredth: 100,
  },
};

/**
 * Idioms with a number word that count nothing ("berpikir dua kali", "on cloud nine"): regex sources, the number words in
 * brackets (the reading goes on after the last of them), a space for any run of spaces.
 */
export const NUMBER_IDIOMS: Record<Lang, readonly string[]> = {
  id: [
    'pusing [tujuh] keliling', '(?:berpikir|pikir|mikir|dipikir|memikirkan) [dua] kali', 'bermata [dua]', 'setali [tiga]',
    // ("Sekali dayung, dua tiga pulau terlampaui": two birds with one stone.)
    'dayung,? [dua] [tiga] pulau',
  ],
  en: ['the [eleventh] hour', 'in [two] minds', 'cloud [nine]', '[second] to none', 'at [one] point', '[one] too many', '[two] and [two] together'],
};

/** Words before a number that bound it. Keys lowercase, single spaces. */
/** Signs before a number that qualify it, in either language, glued or spaced: "~500", ">3 hari", "≥ 17 thn". */
export const SIGN_QUALIFIERS: Readonly<Record<string, Qualifier>> = {
  '±': 'approx', '~': 'approx', '≈': 'approx', '>': 'more_than', '<': 'less_than', '≥': 'at_least', '≤': 'at_most',
};

export const QUALIFIER_PREFIXES: Record<Lang, Readonly<Record<string, Qualifier>>> = {
  id: {
    'lebih dari': 'more_than', 'lebih daripada': 'more_than', 'di atas': 'more_than', 'melebihi': 'more_than',
    'melampaui': 'more_than',
    'sekitar': 'approx', 'sekira': 'approx', 'kurang lebih': 'approx', 'kira-kira': 'approx', kira2: 'approx',
    'kira kira': 'approx', 'plus minus': 'approx', 'plus-minus': 'approx', 'hampir': 'approx', 'nyaris': 'approx', 'mendekati': 'approx', 'lebih kurang': 'approx',
    ...SIGN_QUALIFIERS,
    'setidaknya': 'at_least', 'sedikitnya': 'at_least', 'minimal': 'at_least', 'paling sedikit': 'at_least', 'paling singkat': 'at_least', 'paling cepat': 'at_least',
    'sekurang-kurangnya': 'at_least', 'tidak kurang dari': 'at_least', 'minimum': 'at_least',
    'maksimal': 'at_most', 'paling banyak': 'at_most', 'sebanyak-banyaknya': 'at_most', 'maksimum': 'at_most',
    'tidak lebih dari': 'at_most', 'hingga': 'at_most', 'sampai': 'at_most', 'paling lama': 'at_most', 'paling lambat': 'at_most',
    'mulai dari': 'at_least', 'dimulai dari': 'at_least', 'kisaran': 'approx', 'paling rendah': 'at_least', 'paling tinggi': 'at_most', 'paling mahal': 'at_most', 'paling murah': 'at_least', 'tidak melebihi': 'at_most',
    'tak melebihi': 'at_most', 'tak lebih dari': 'at_most', 'tak kurang dari': 'at_least',
    'kurang dari': 'less_than', 'di bawah': 'less_than', 'ke bawah': 'less_than', 'kurang daripada': 'less_than',
    // ("atau tak sampai 10% dari komitmen": short of it.)
    'tak sampai': 'less_than', 'tidak sampai': 'less_than', 'belum sampai': 'less_than',
  },
  en: {
    'more than': 'more_than', 'over': 'more_than', 'above': 'more_than', 'in excess of': 'more_than',
    'upwards of': 'more_than', 'exceeding': 'more_than',
    'about': 'approx', 'around': 'approx', 'approximately': 'approx', 'roughly': 'approx', 'some': 'approx',
    'nearly': 'approx', 'almost': 'approx', 'near': 'approx', 'close to': 'approx', 'circa': 'approx', 'c.': 'approx',
    ...SIGN_QUALIFIERS,
    'at least': 'at_least', 'a minimum of': 'at_least', 'no fewer than': 'at_least', 'no less than': 'at_least',
    'not fewer than': 'at_least', 'not less than': 'at_least', 'not more than': 'at_most', 'exceed': 'more_than', 'exceeds': 'more_than',
    'at most': 'at_most', 'up to': 'at_most', 'no more than': 'at_most', 'a maximum of': 'at_most',
    'as much as': 'at_most', 'as many as': 'at_most', 'exceeded': 'more_than', 'surpassed': 'more_than', 'topped': 'more_than',
    'topping': 'more_than',
    'starting at': 'at_least', 'starts at': 'at_least', 'start at': 'at_least', 'starting from': 'at_least',
    'less than': 'less_than', 'fewer than': 'less_than', 'under': 'less_than', 'below': 'less_than',
    'longer than': 'more_than', 'shorter than': 'less_than',
  },
};

/** Words right after a number (and its noun) that bound it: "915 ribu lebih", "10,000-plus". */
export const QUALIFIER_SUFFIXES: Record<Lang, Readonly<Record<string, Qualifier>>> = {
  id: { lebih: 'more_than', plus: 'more_than', 'ke atas': 'at_least', 'ke bawah': 'at_most', 'atau lebih': 'at_least', 'atau kurang': 'at_most' },
  en: {
    plus: 'more_than', 'or more': 'at_least', 'or so': 'approx', odd: 'approx', 'or less': 'at_most', 'and older': 'at_least',
    'or older': 'at_least', 'and above': 'at_least', 'or above': 'at_least', 'and under': 'at_most', 'or under': 'at_most',
    'and younger': 'at_most', 'or younger': 'at_most', 'or longer': 'at_least', 'or fewer': 'at_most', 'or shorter': 'at_most',
  },
};

/** Currency signs and codes written before the amount (case-sensitive), to ISO 4217. */
export const CURRENCY_PREFIXES: Readonly<Record<string, string>> = {
  Rp: 'IDR', 'Rp.': 'IDR', RP: 'IDR', rp: 'IDR', IDR: 'IDR', 'US$': 'USD', '$US': 'USD', USD: 'USD', $: 'USD', 'S$': 'SGD',
  SGD: 'SGD', 'A$': 'AUD', 'AU$': 'AUD', '$A': 'AUD', AUD: 'AUD', 'HK$': 'HKD', 'C$': 'CAD', '€': 'EUR', EUR: 'EUR', '£': 'GBP',
  GBP: 'GBP', '¥': 'JPY', JPY: 'JPY', RM: 'MYR', MYR: 'MYR', '₩': 'KRW', KRW: 'KRW', '₽': 'RUB', RUB: 'RUB',
  CNY: 'CNY', RMB: 'CNY', '₹': 'INR', INR: 'INR', 'Rs.': 'INR', '₱': 'PHP', '฿': 'THB', 'NZ$': 'NZD', NZD: 'NZD',
  HKD: 'HKD', CAD: 'CAD', CHF: 'CHF', AED: 'AED', SAR: 'SAR', THB: 'THB', PHP: 'PHP', VND: 'VND', TWD: 'TWD',
  BRL: 'BRL', ZAR: 'ZAR', MXN: 'MXN', '₫': 'VND', Rs: 'INR', '₦': 'NGN', NGN: 'NGN', Tk: 'BDT', BDT: 'BDT', KSh: 'KES',
  // (Not PLN: in Indonesian copy it is the state electricity company.)
  KES: 'KES', PKR: 'PKR', 'NT$': 'TWD', 'T$': 'TWD', Eur: 'EUR', DKK: 'DKK', SEK: 'SEK', NOK: 'NOK', 'R$': 'BRL', Rmb: 'CNY',
  // (Philippine and Thai copy: "Php1.5 trillion", "Bt2,500".)
  Php: 'PHP', Bt: 'THB',
  // (The Americas' pesos and dollars by their own signs: "AR$1,210", "Mex$18.95", "J$159.82", "TT$59.2 billion".)
  'AR$': 'ARS', 'Mex$': 'MXN', 'MX$': 'MXN', 'J$': 'JMD', 'TT$': 'TTD', 'COL$': 'COP', 'CLP$': 'CLP',
  // (Gulf and Arab copy: "Dh2.69", "SR4,300", "QR100", "KD24.5 billion", "EGP 17.25", "LE 2".)
  Dh: 'AED', Dhs: 'AED', 'Dh.': 'AED', SR: 'SAR', QR: 'QAR', QAR: 'QAR', BD: 'BHD', BHD: 'BHD', RO: 'OMR', OMR: 'OMR',
  KD: 'KWD', KWD: 'KWD', JD: 'JOD', JOD: 'JOD', LE: 'EGP', EGP: 'EGP', 'E£': 'EGP', LBP: 'LBP', MAD: 'MAD',
  // (East and West African copy: "Sh1,200" in Kenya, "TSh", "USh", "GH₵", "ZiG".)
  Sh: 'KES', Ksh: 'KES', Kshs: 'KES', Shs: 'UGX', USh: 'UGX', UGX: 'UGX', TSh: 'TZS', TZS: 'TZS', 'GH₵': 'GHS', 'GH¢': 'GHS',
  GHS: 'GHS', ZiG: 'ZWG', ETB: 'ETB', MMK: 'MMK', AFN: 'AFN', HTG: 'HTG', ZMW: 'ZMW', MWK: 'MWK', LKR: 'LKR', NPR: 'NPR',
  // (Turkish, Israeli and Swiss copy: "TL 22,104", "₺6,500", "₪9bn", "Sfr 2bn".)
  TL: 'TRY', '₺': 'TRY', '₪': 'ILS', Sfr: 'CHF', SFr: 'CHF',
  // (Migrant workers' wages: "BND 350", "B$ 350".)
  BND: 'BND', 'B$': 'BND',
  // (Malay copy: "AS$60" for US dollars.)
  'AS$': 'USD',
  // (Latin American copy: Argentina's "U$S" for US dollars, Peru's "S/", Bolivia's "Bs".)
  'U$S': 'USD', 'S/': 'PEN', 'S/.': 'PEN', Bs: 'BOB', 'Bs.': 'BOB',
  // (ISO codes no headline writes as a word; not COP (the climate summits), RON (octane), IRR, ILS, SDG, TRY, PEN, ALL,
  // CUP, AMD, BAM, SOS, SSP (the climate scenarios: "SSP2-4.5").)
  ...Object.fromEntries('XOF XAF ARS CLP IQD KZT UAH CZK HUF BGN ISK MNT LAK KHR MVR PGK FJD RWF MZN AOA BWP DZD TND LYD YER UZS GEL AZN BYN RSD JMD TTD DOP GTQ PYG UYU VES GNF MUR MDL MKD HNL NIO BIF CDF MGA'.split(' ').map((c) => [c, c])),
};
/** Signs that are currencies only glued to their number ("QR100"; "flight QR 1", "a QR code" are not). */
export const GLUED_ONLY_CURRENCY_SIGNS: ReadonlySet<string> = new Set(['SR', 'QR', 'BD', 'RO', 'KD', 'JD', 'MAD']);

/** Bounds that follow a noun as its adjective ("suhu maksimum 38 derajat": the maximum), unlike "maksimal"/"minimal". */
export const ADJECTIVE_BOUNDS_ID: ReadonlySet<string> = new Set(['maksimum', 'minimum']);

/** Currency words written after the amount, lowercase, to ISO 4217. */
/**
 * Currencies of one name in several countries: the default's code (CURRENCY_WORDS), then the country named near the
 * amount that makes it another's ("25,000 rupees" to families in Pakistan, "61 billion peso" in Mexico).
 */
export const CURRENCY_BY_COUNTRY: Readonly<Record<string, readonly (readonly [RegExp, string])[]>> = {
  INR: [[/\bpakistan|\bislamabad|\blahore|\bkarachi|\brawalpindi|\bpeshawar|\bquetta|\bfaisalabad/i, 'PKR'], [/\bnepal|\bkathmandu/i, 'NPR'], [/\bsri lanka|\bcolombo\b/i, 'LKR'], [/\bmauriti/i, 'MUR']],
  AED: [[/\bmorocc|\bmaroko/i, 'MAD']],
  PHP: [[/\bmexic|\bmeksiko/i, 'MXN'], [/\bargentin|\bbuenos aires/i, 'ARS'], [/\bchile/i, 'CLP'], [/\bcolombia|\bkolombia/i, 'COP']],
  DKK: [[/\bnorw|\bequinor|\boslo/i, 'NOK']],
  ZMW: [[/\bmalawi|\blilongwe|\bblantyre/i, 'MWK']],
  KES: [[/\buganda|\bkampala/i, 'UGX'], [/\btanzania|\bdar es salaam|\bdodoma/i, 'TZS'], [/\bsomali/i, 'SOS']],
};
/** A bare "$" in English copy: the local dollar of a story set in Australia, Singapore, Canada or New Zealand. */
export const LOCAL_DOLLARS: readonly (readonly [RegExp, string])[] = [
  [/\baustralia|\bsydney|\bmelbourne|\bbrisbane|\bperth\b|\badelaide|\bcanberra|\bqueensland|\bnew south wales|\bnsw\b|\btasmania|\bhobart|\bdarwin\b|\brba\b|\bcorelogic|\bvictorian government|\basx\b|\baest\b|\baedt\b|\bchalmers\b|\balbanese\b|\bdutton\b|\bminns\b/i, 'AUD'],
  [/\bsingapore(?! exchange)|\bhdb\b|\bcpf\b|\bmas\b/i, 'SGD'],
  [/\bcanad|\btoronto|\bvancouver|\bontario|\bquebec|\balberta|\bbritish columbia|\bB\.C\.|\bottawa|\bmontreal|\bcalgary|\bedmonton|\bwinnipeg|\bhalifax|\bmanitoba|\bsaskat|\bcbc\b|\bfreeland\b|\btrudeau\b|\bpoilievre\b/i, 'CAD'],
  [/\bnew zealand|\bauckland|\bwellington|\bchristchurch|\bkiwi|\brbnz\b|\bnzx\b|\bnzst\b|\bnzdt\b|\bluxon\b|\bhipkins\b|\bardern\b/i, 'NZD'],
];
/** Words that keep a bare "$" the US dollar. */
// ("The Australian dollar was buying 64.18 US cents": a rate against the US dollar is no US story.)
export const US_DOLLAR_HOME = /(?<![\p{L}])(?:U\.?S\.?(?![\p{L}])(?![ \u00a0]+cents)|United States|America|Washington|Wall Street|New York|Federal Reserve|Congress|Pentagon|dollar index|G7|G20|Group of (?:Seven|20)|IMF|World Bank|OPEC)/u;

/** The country of each default above, whose naming keeps it. */
export const CURRENCY_HOME: Readonly<Record<string, RegExp>> = {
  DKK: /\bdenmark|\bdanish|\bcopenhagen|\b(?:o|ø)rsted/i,
  ZMW: /\bzambia|\blusaka/i, KES: /\bkenya|\bnairobi|\bmombasa/i,
  INR: /\bindia/i, AED: /\bemirat|\buae\b|\bdubai|\babu dhabi/i, PHP: /\bphilippin|\bfilipin|\bmanila/i,
};

/**
 * ISO codes written after the amount ("5,000 USD", "300 EUR"): the codes of CURRENCY_PREFIXES, read case-insensitively
 * here, so not those that are also words ("cad", "rub", "mad", "gel", and "mnt", Indonesian copy's minutes).
 */
const CODES_AFTER: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(CURRENCY_PREFIXES)
    .filter(([sign, code]) => sign === code && /^[A-Z]{3}$/.test(code) && !['CAD', 'RUB', 'MAD', 'GEL', 'MNT'].includes(code))
    .map(([, code]) => [code.toLowerCase(), code]),
);
/** Signs written after the amount: the dong's ("65.000đ", "25,450 đ", "25.450₫") and the continental euro's ("1.200 €"). */
const SIGNS_AFTER: Readonly<Record<string, string>> = { 'đ': 'VND', '₫': 'VND', '€': 'EUR' };

export const CURRENCY_WORDS: Record<Lang, Readonly<Record<string, string>>> = {
  id: {
    rupiah: 'IDR', 'dolar as': 'USD', 'dollar as': 'USD', 'dolar amerika serikat': 'USD', 'dolar amerika': 'USD',
    'dolar singapura': 'SGD', 'dolar australia': 'AUD', 'dolar taiwan': 'TWD', 'dolar hong kong': 'HKD', 'dolar hongkong': 'HKD',
    'dolar kanada': 'CAD', 'dolar selandia baru': 'NZD', 'dolar brunei': 'BND', 'riyal qatar': 'QAR', 'riyal saudi': 'SAR',
    dirham: 'AED', 'dirham uea': 'AED', dolar: 'USD', dollar: 'USD', euro: 'EUR',
    won: 'KRW', rubel: 'RUB', yen: 'JPY', yuan: 'CNY', renminbi: 'CNY', ringgit: 'MYR', kina: 'PGK', poundsterling: 'GBP',
    'pound sterling': 'GBP', pound: 'GBP', riyal: 'SAR', rupee: 'INR', peso: 'PHP', baht: 'THB', hryvnia: 'UAH', shekel: 'ILS', taka: 'BDT',
    dong: 'VND', real: 'BRL', reais: 'BRL',
    ...CODES_AFTER, ...SIGNS_AFTER,
  },
  en: {
    'us dollars': 'USD', 'u.s. dollars': 'USD', 'taiwan dollars': 'TWD', 'hong kong dollars': 'HKD', 'singapore dollars': 'SGD',
    'australian dollars': 'AUD', 'canadian dollars': 'CAD', 'new zealand dollars': 'NZD', dollars: 'USD', dollar: 'USD', euros: 'EUR', euro: 'EUR',
    // "500 pounds" without £ is a weight; only sterling is money
    'pounds sterling': 'GBP', sterling: 'GBP', rupiah: 'IDR', won: 'KRW', roubles: 'RUB',
    rubles: 'RUB', rouble: 'RUB', ruble: 'RUB', yen: 'JPY', yuan: 'CNY', ringgit: 'MYR', kina: 'PGK', rupees: 'INR', baht: 'THB',
    dong: 'VND', riyals: 'SAR', dirhams: 'AED', pesos: 'PHP', peso: 'PHP', hryvnias: 'UAH', hryvnia: 'UAH', hryvnas: 'UAH',
    shekels: 'ILS', shekel: 'ILS', reais: 'BRL', rand: 'ZAR', 'swiss francs': 'CHF', francs: 'CHF', naira: 'NGN',
    // (A country's pounds are its money, not a weight.)
    'danish kroner': 'DKK', 'danish krone': 'DKK', 'norwegian kroner': 'NOK', 'norwegian krone': 'NOK', 'swedish kronor': 'SEK', kroner: 'DKK', krone: 'DKK',
    'swedish krona': 'SEK', 'danish crowns': 'DKK', 'swedish crowns': 'SEK', 'norwegian crowns': 'NOK', 'czech crowns': 'CZK', kronor: 'SEK', koruna: 'CZK', forint: 'HUF', zloty: 'PLN', zlotys: 'PLN', lira: 'TRY',
    birr: 'ETB', kwacha: 'ZMW', afghanis: 'AFN', afghani: 'AFN', gourdes: 'HTG', gourde: 'HTG', kyat: 'MMK', kyats: 'MMK', cedis: 'GHS', cedi: 'GHS', shillings: 'KES', 'sudanese pounds': 'SDG', 'south sudanese pounds': 'SSP', 'egyptian pounds': 'EGP',
    'lebanese pounds': 'LBP', 'syrian pounds': 'SYP', taka: 'BDT', 'pakistani rupees': 'PKR', 'nepali rupees': 'NPR',
    'sri lankan rupees': 'LKR', 'mexican pesos': 'MXN', 'cfa francs': 'XOF', 'cfa franc': 'XOF', patacas: 'MOP', pataca: 'MOP',
    tenge: 'KZT', bolivianos: 'BOB', boliviano: 'BOB', bolivars: 'VES', 'bolívars': 'VES', bolivares: 'VES', 'bolívares': 'VES', soles: 'PEN',
    ...CODES_AFTER, ...SIGNS_AFTER,
  },
};

/** Units of measure written after a number, as written (case-sensitive: "MW", "m"). */
export const MEASURE_UNITS: readonly string[] = [
  'mm', 'cm', 'm', 'km', 'km²', 'km2', 'm²', 'm2', 'm³', 'm3', 'kg', 'g', 'gram', 'ton', 'tons', 'tonnes',
  'tonne', 'hektare', 'hektar', 'ha', 'hectares', 'hectare', 'acres', 'acre', 'liter', 'litre', 'litres', 'liters',
  'gigalitres', 'gigaliters', 'megalitres', 'megaliters',
  // (Technology and physics copy: "1,280GB/s", "205 Wh/kg", "73 km/s/Mpc", "2.2 megajoules".)
  'GB/s', 'TB/s', 'MB/s', 'Gb/s', 'Wh/kg', 'km/s/Mpc', 'joules', 'joule', 'megajoules', 'megajoule', 'kilojoules',
  'volts', 'volt', 'amps', 'amperes', 'watt-hours', 'kilowatt-hours', 'gigabits', 'gigabit', 'terabytes', 'terabyte',
  // (Recipes: "2 1/4 cups", "1/2 teaspoon", "2 tbsp".)
  'cups', 'cup', 'teaspoons', 'teaspoon', 'tsp', 'tablespoons', 'tablespoon', 'tbsp',
  'terabits', 'terabit', 'megabits', 'megabit', 'terabits per second', 'gigabits per second', 'megabits per second',
  // (Rail operators' measure of service run: "1.8 million train-km".)
  'train-km', 'vehicle-km', 'passenger-km',
  'millimeter', 'millimetre',
  // (Mining copy: wet and dry metric tonnes of ore, ore grades, troy ounces and pounds in Indonesian.)
  // (Physics copy: thrust in newtons, a result's significance in sigma.)
  'newtons', 'kilonewtons', 'meganewtons', 'millinewtons', 'sigma',
  // (Thai farm copy: land in rai.)
  'rai',
  'wmt', 'dmt', 'metrik ton', 'metric tons', 'metric tonnes', 'g/t', 'gram per ton', 'grams per tonne', 'gram per tonne', 'ons', 'pon',
  'l', 'ml', 'mL', 'kg/m²', 'kg/m2', 'ku/ha', 'kw/ha', 'ton/ha', 't/ha', 'kg/ha', 'µg/m³', 'µg/m3', 'μg/m³', 'μg/m3', 'sdm', 'sdt', 'gr', 'cangkir', 'bpm', 'mg/kg', 'meter', 'metres', 'meters', 'metre', 'kilometer', 'kilometre', 'kilometres', 'kilometers',
  'kilogram', 'kilograms', 'kilo', 'kilos', 'pounds', 'pound', 'lbs', 'lb', 'ounces', 'ounce', 'oz', 'mil', 'miles', 'mile', 'feet', 'ft', 'foot', 'inch', 'inches', 'inci', 'yards', 'yard',
  // (Doses and lenses: "100.000 IU", "3 dioptri".)
  'IU', 'dioptri', 'diopters', 'dioptres', 'mmol/mol', 'mmol/L', 'mmol/l', 'mg/dl', 'g/dL', 'g/dl',
  // (Solar panels' peak watts, a plant's electric output, and a grid's circuit kilometres: "420 Wp", "250 MWe", "47.758 kms".)
  // (A flow, per second, is one unit as a speed is: "1.000 liter per detik", "80 m³/detik", "1.350 lt/dtk"; a volume per
  // day or year stays a volume, as the labels have it.)
  'liter per detik', 'liter/detik', 'l/detik', 'l/dtk', 'lt/detik', 'lt/dtk', 'liter/dtk', 'm³/detik', 'm3/detik', 'm³/s', 'm3/s',
  'm³ per detik', 'm3 per detik', 'meter kubik per detik', 'litres per second', 'liters per second', 'cubic metres per second',
  'cubic meters per second',
  'kubik', 'mg/l', 'Wp', 'GWp', 'MWe', 'GWe', 'kms', 'quintal', 'quintals', 'milligrams per liter', 'milligrams per litre',
  'MW', 'GW', 'kW', 'kWh', 'MWh', 'GWh', 'TWh', 'MWp', 'kWp', 'megawatt', 'gigawatt', 'kilowatt', 'megawatts', 'gigawatts',
  'kilowatts', 'megawatt peak', 'gigawatt hour', 'gigawatt hours', 'gigawatt jam', 'megawatt jam', 'kilowatt jam', 'terawatt jam', 'watt jam', 'megawatt hour', 'kilowatt hour', 'gigawatt-hours', 'megawatt-hours', 'watt', 'volt', 'kV',
  // "celcius" is how Indonesian copy often spells it.
  'degrees Kelvin', 'kelvin', 'mmHg', 'kalori', 'kkal', 'kcal/kg', 'kkal/kg', 'kcal', 'calories', 'derajat Celsius', 'derajat celsius', 'derajat Celcius', 'derajat celcius', 'derajat C', 'derajat', '°C', '°F', '°', 'degrees Celsius', 'degrees Fahrenheit', 'degrees F', 'degrees C', 'degrees',
  'C', 'F', 'ºC', 'Celsius', 'Fahrenheit',
  'knot', 'knots', 'mph', 'km/jam', 'km/h', 'km/hr', 'kph', 'kmh', 'kmph', 'mm/hari', 'mm/jam', 'mm/day', 'mm/h', 'km per hour', 'kilometres per hour', 'kilometers per hour', 'miles per hour',
  'deg C', 'deg F', 'micrograms', 'microgrammes', 'micrograms per cubic metre', 'micrograms per cubic meter', 'microgrammes per cubic metre', 'mikrogram per meter kubik', 'mikrogram/meter kubik', 'barel', 'barrels', 'barrel', 'bpd', 'b/d', 'boe/d', 'boed', 'boepd', 'BBTUD', 'bbtud', 'MMSCFD', 'mmscfd', 'troy ounces', 'troy ounce', 'mtpa', 'MTPA', 'Mtpa', 'ktpa', 'KTPA', 'KTA', 'mb/d', 'bbl/d', 'Mt', 'Moz', 'koz', 'mt', 't/y', 'wet tons', 'wet tonnes', 'dry tons', 'dry tonnes', 'bcf', 'Bcf', 'Bcf/d', 'bcf/d', 'tcf', 'Tcf', 'bcm', 'cu m', 'kilovolt', 'kilovolts', 'kV', 'Mbps', 'Gbps', 'Tbps', 'Kbps', 'kbps', 'GB', 'TB',
  'MB', 'SR', 'sqm', 'square km', 'Gt', 'GtCO2', 'GtCO2e', 'MtCO2', 'MtCO2e', 'nautical miles', 'nautical mile', 'mil laut', 'square kilometres', 'square kilometers', 'square miles', 'sq km', 'sq mi', 'meter persegi',
  // (Few long words: each unit's first letters and length make the detector look closer at every word like it.)
  'kilometer persegi', 'megaton', 'kiloton', 'kt', 'mg', 'ppm', 'KB', 'kB', 'kilobytes', 'megabytes', 'megs', 'gigs',
  'gigabytes', 'magnitude', 'magnitudo', 'sentimeter', 'milimeter', 'millimeters', 'millimetres', 'centimeters',
  'centimetres', 'kuintal', 'kwintal', 'ltr', 'VA', 'kVA', 'GT', 'micrograms', 'mikrogram', 'µg', 'MP', 'mAh', 'Hz', 'kHz', 'MHz', 'GHz',
  'nits', 'megapixel', 'megapixels', 'grams', 'teaspoons', 'tablespoons', 'sendok makan', 'sendok teh', 'km persegi',
  'mg/dL', 'tahun cahaya', 'light-years', 'light years', 'cc', 'dk', 'rpm', 'Nm', 'NM', 'PS', 'hp', 'HP', 'horsepower', 'km/liter', 'km/l', 'km/kWh', 'Wh/km',
  'L', 'Ah', 'pixel', 'pixels', 'piksel',
  'mpg', 'lb-ft', 'gallons', 'gallon', 'bushels', 'square feet', 'square meters', 'square metres', 'sq ft', 'kiloliter', 'kilolitre',
  'kilolitres', 'kiloliters', 'metric tons', 'metric tonnes', 'meter kubik', 'cubic metres', 'cubic meters',
  'kilometer per jam', 'km per jam', 'megawatt-peak', 'BTC', 'ETH', 'bitcoin', 'bitcoins', 'ether', 'hPa', 'millibars', 'mb', 'mbar', 'hectopascals', 'hectopascal', 'acre-feet', 'acre-foot', 'Beaufort', 'sq m', 'm/s', 'W', 'Wh', 'watts', 'TOPS', 'fps', 'nm', 'nanometer', 'nanometre',
  'nanometers', 'nanometres', 'terawatt-hours', 'terawatt hours', 'kilowatt-hours', 'kilowatt hours', 'kl', 'gross tonnage', 'km/s', 'km/detik', 'mg/mL', 'mg/ml', 'mg/L', 'g/dL', 'nit', 'AU',
  'petaflops', 'teraflops', 'exaflops', 'mikrometer', 'micrometres', 'micrometers', 'mikron', 'microns',
  'mililiter', 'milliliter', 'milliliters', 'millilitre', 'millilitres', 'miligram', 'milligram', 'milligrams',
  // Oil, gas and coal: kilolitres, barrels and cubic feet a day, heat units, a coal's calorific grade.
  'KL', 'bph', 'MMSCFD', 'mmscfd', 'BSCFD', 'bscfd', 'MMBTU', 'mmbtu', 'kaki kubik', 'cubic feet', 'GWp', 'GAR', 'NAR',
  'mcg', 'kilokalori', 'kilocalories', 'kilocalorie', 'wet tonnes', 'dry tonnes', 'wet metric tonnes', 'wet metric tons', 'kilogrammes', 'kilogramme',
  // Heights above sea level ("3.726 mdpl"), a ship's gross tonnage written out.
  'mdpl', 'm dpl', 'meter dpl', 'gros ton',
  // A ship's or an engine's horsepower in Indonesian ("mesin 15 PK"), containers in twenty-foot units.
  'PK', 'FFE', 'TEUs', 'TEU', 'teus', 'teu', 'DWT', 'dwt',
  // Feet in Indonesian copy: an altitude, a container's length ("50.000 kaki", "peti kemas 40 kaki").
  'kaki',
  // Networks and storage: kilobits a second, petabytes, a transformer's megavolt-amperes.
  'kbps', 'Kbps', 'petabyte', 'petabytes', 'PB', 'MVA',
  // Astronomy: distances in astronomical units, speeds per second.
  'astronomical units', 'astronomical unit', 'kilometres per second', 'metres per second', 'meters per second', 'kilometers per second', 'km per second', 'miles per second',
  // Climate reporting: concentrations, carbon and heat.
  // (Physics and astronomy copy: "3 microkelvin", "0.02 solar masses", "0.001 mm³".)
  'microkelvin', 'millikelvin', 'nanokelvin', 'solar masses', 'solar mass', 'Earth masses', 'Jupiter masses', 'mm³', 'cm³',
  'Earth radii', 'Earth radius', 'Jupiter radii', 'solar radii', 'ly', 'eV', 'keV', 'MeV', 'GeV', 'TeV', 'mm/s', 'cm/s',
  'mg/kgBB', 'mg/kg BB', 'bpj',
  // (Water supply in Indian copy, millions of litres a day; road networks in lane-miles; LPG in metric tons, "9.200 MT".)
  'MLD', 'lane-miles', 'lane miles', 'MT',
  // (Emissions per normal cubic metre, and micrograms typed with a "u": "550 mg/Nm3", "213 ug/m3".)
  'mg/Nm3', 'mg/Nm³', 'ug/m3', 'ug/m³',
  // (A memory chip's gigabits: "a 16Gb DDR5 chip".)
  'Gb',
  'satuan astronomi', 'km per detik', 'kilometer per detik', 'meter per detik',
  'joules', 'joule', 'kilojoules', 'megajoules', 'gigajoules', 'kJ', 'MJ', 'GJ',
  'ppb', 'parts per million', 'parts per billion', 'gigatonnes', 'gigatons', 'gigaton', 'megatonnes', 'megatons', 'zettajoules',
];

/** Units of time: a number followed by one is a duration ("dua dekade", "3 years"). Lowercase. */
export const TIME_UNITS: Record<Lang, readonly string[]> = {
  id: ['tahun', 'thn', 'bulan', 'bln', 'minggu', 'pekan', 'hari', 'jam', 'menit', 'mnt', 'detik', 'milidetik', 'ms', 'dekade', 'abad', 'windu', 'dasawarsa', 'musim', 'semester', 'malam', 'dasarian'],
  en: [
    'years', 'year', 'months', 'month', 'weeks', 'week', 'days', 'day', 'hours', 'hour', 'minutes', 'minute',
    'seconds', 'second', 'milliseconds', 'millisecond', 'ms', 'microseconds', 'microsecond', 'nanoseconds', 'nanosecond', 'decades', 'decade', 'centuries', 'century', 'nights', 'night', 'weekends', 'weekend',
    'quarters', 'yrs', 'yr', 'hrs', 'hr', 'mins', 'min', 'secs', 'sec', 'semesters', 'semester', 'winters', 'summers',
    // (Mars days: "1,500 sols".)
    'sols',
  ],
};

/** Units of time that copy types glued to their number ("21.98sec", "3hrs", "90min", "2thn"). Lowercase. */
export const GLUED_TIME_UNITS: Record<Lang, readonly string[]> = {
  id: ['detik', 'menit', 'mnt', 'jam', 'hari', 'bulan', 'bln', 'tahun', 'thn'],
  en: ['secs', 'sec', 'mins', 'min', 'hrs', 'hr'],
};

/** Words between a number and its days, hours, weeks or months that keep it a span of time ("45 working days"). Lowercase. */
export const TIME_UNIT_ADJECTIVES: Record<Lang, readonly string[]> = {
  id: [],
  en: ['working', 'business', 'calendar', 'school', 'trading'],
};

/** Words after a number that make it a percent. Lowercase. */
export const PERCENT_WORDS: Record<Lang, readonly string[]> = {
  id: ['%', 'persen', 'poin persentase', 'poin persen', 'persen poin', 'per sen', 'basis poin', 'bps', 'peratus'],
  // ("persen": an Indonesian figure quoted in English copy.)
  en: ['%', 'percent', 'per cent', 'percentage points', 'percentage point', 'pct', 'pc', 'basis points', 'basis point', 'bps', 'bp', 'persen', 'ppts'],
};

/** Month names and abbreviations, lowercase, to 1..12. */
export const MONTHS: Record<Lang, Readonly<Record<string, number>>> = {
  id: {
    januari: 1, jan: 1, februari: 2, pebruari: 2, feb: 2, maret: 3, mar: 3, april: 4, apr: 4, mei: 5, juni: 6,
    jun: 6, juli: 7, jul: 7, agustus: 8, agu: 8, agt: 8, ags: 8, agust: 8, september: 9, sep: 9, sept: 9,
    oktober: 10, okt: 10, november: 11, nov: 11, nopember: 11, desember: 12, des: 12,
  },
  en: {
    january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
    july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11,
    nov: 11, december: 12, dec: 12,
  },
};

/** Time-zone and clock words after a time ("21.00 WIT", "5pm"). */
export const TIME_ZONES: readonly string[] = [
  'WIB', 'WITA', 'WIT', 'GMT', 'UTC', 'BST', 'EST', 'EDT', 'PST', 'PDT', 'CET', 'CEST', 'KST', 'JST', 'ET', 'PT', 'SGT', 'HKT', 'AEST', 'AEDT',
  'IST', 'CT', 'CST', 'CDT', 'MT', 'MST', 'MDT', 'PHT', 'MYT', 'ACST', 'AWST', 'NZST', 'NZDT', 'WAT', 'EAT', 'SAST',
  'ICT', 'PKT', 'NST', 'NPT', 'HST', 'AKST', 'AKDT', 'ACDT', 'MSK',
];
/** Zones read only after a clock's "am"/"pm" or "noon": "10am GST", not "10 GST" (the goods and services tax). */
// ("14 BRT" buses; "art".)
export const CLOCK_ONLY_ZONES: readonly string[] = ['GST', 'AST', 'BRT', 'ART', 'ADT', 'NDT', 'EET', 'EEST', 'CAT'];
/** Part-of-day words after an Indonesian time, with how they shift the hour. */
export const DAY_PARTS_ID: Readonly<Record<string, 'am' | 'pm' | 'noon' | 'night'>> = {
  pagi: 'am', 'dini hari': 'am', subuh: 'am', siang: 'noon', sore: 'pm', petang: 'pm', malam: 'night', malem: 'night',
};

/** Words before a number that say it is a clock time ("pukul 10.30"). */
export const TIME_CUES: Record<Lang, readonly string[]> = {
  id: ['pukul', 'jam', 'pkl.', 'pkl'],
  en: ['at', 'by', 'from', 'until'],
};

/** Words before a four-digit number that say it is a year ("sejak 2018", "in 2019"). */
export const YEAR_CUES: Record<Lang, readonly string[]> = {
  id: ['tahun', 'sejak', 'pada', 'sepanjang', 'hingga', 'sampai', 'akhir', 'awal', 'pertengahan', 'medio', 'periode', 'th', 'thn', 'tahun anggaran', 'TA', 'musim'],
  en: ['in', 'since', 'by', 'until', 'from', 'year', 'early', 'late', 'mid', 'fiscal', 'of', 'during', 'before', 'after'],
};

/**
 * Words before a number that make it a label, not a quantity: law articles, item numbers, road
 * kilometre posts ("Pasal 27", "No. 11", "km 370 A"). Lowercase; matched as whole words.
 */
export const LABEL_WORDS: readonly string[] = [
  'pasal', 'ayat', 'huruf', 'butir', 'no', 'no.', 'nomor', 'nomer', 'nmr', 'km', 'kilometer', 'rt', 'rw', 'bab', 'seksi',
  // A military unit's number ("Skadron Udara 31", "Yonif 300").
  'skadron', 'skadron udara', 'squadron', 'yonif', 'batalyon', 'battalion', 'brigif',
  'article', 'articles', 'section', 'sections', 'chapter', 'cap', 'cap.', 'clause', 'clauses', 'paragraph', 'number', 'nr', 'flight', 'route', 'highway',
  'interstate', 'gate', 'gates', 'terminals', 'platforms', 'gerbang', 'tol', 'jalur', 'seri', 'series', 'versi', 'version', 'kode', 'code',
  'pintu', 'loket', 'kamar', 'room', 'port', 'saluran', 'kanal', 'blok', 'kavling', 'kav', 'kav.', 'lantai', 'lt.', 'platform', 'peron', 'halaman',
  'hal', 'hal.', 'page', 'p.', 'pp.', 'vol', 'vol.', 'edisi', 'episode', 'urut', 'nomor urut', 'grade',
  'sila', 'perpres', 'perppu', 'perpu', 'pp', 'uu', 'permen', 'kepres', 'keppres', 'inpres', 'perda', 'perkap',
  'pergub', 'perwali', 'perbup', 'permendagri', 'tap', 'ruu', 'center', 'centre', 'ekstensi', 'extension', 'ext',
  'hotline', 'freephone', 'telepon', 'telp', 'tel', 'whatsapp', 'wa', 'fax', 'faks', 'koridor', 'corridor', 'ruang', 'ruangan', 'perkara',
  'register', 'registrasi', 'calling', 'dialing', 'dialling', 'ordinance', 'imo', 'wmo', 'icao', 'uen', 'sb.', 'hb.', 'toll-free line', 'kode pos', 'rekening', 'akun', 'id', 'nik', 'npwp', 'sk', 'plat', 'pelat', 'nopol',
  'roda', 'ron', 'super', 'kloter', 'bernomor', 'fase', 'phase', 'type', 'tipe', 'bintang', 's&p', 'ftse', 'nikkei', 'russell',
  'tahap', 'zona', 'zone', 'siaga', 'junction', 'junctions', 'exit', 'exits', 'routes', 'lines', 'rule', 'postcode', 'bus', 'call',
  'dial', 'call or text', 'sms to', 'polling station', 'h.r.', 'prop.', 'prop', 'question', 'amendment', 'rute', 'courtroom', 'layanan darurat', 'panggilan darurat',
  'gawat darurat', 'juz', 'terminal', 'emergency line', 'helpline', 'ka', 'plates', 'kilometre', 'dermaga', 'pier', 'dek', 'deck',
  'lajur', 'kode bayar', 'kode pembayaran', 'kode billing', 'apt', 'apt.', 'suite', 'ste.', 'badge',
  'berth', 'sesi', 'session', 'stage', 'semester', 'season', 'unit', 'resolution', 'paket', 'bertipe', 'camp', 'priority', 'form',
  'category', 'kategori', 'golongan', 'kelompok', 'subclass', 'reference', 'ref', 'ref.', 'notice', 'proposition',
  // A city's wards and districts ("Ward 5 Alderman", "Wards 4 and 7").
  'ward', 'wards', 'district', 'districts', 'precinct',
  // A class of membership or of offence ("Class 1 and Class 2 members"); a law by its number ("Law 27,742").
  'class', 'law',
  // Postcodes: "PIN 560034", "ZIP 10025", an Australian state's "NSW 2027".
  'pin', 'zip', 'postcode', 'postcodes', 'nsw', 'qld',
  // A vehicle's plate, a fuel station's number ("SPBU 14.282.634"), a fuel's grade ("oktan 92").
  'plate', 'spbu', 'oktan',
  // A service's short number: "layanan pelanggan 188", "SMS ke 4444", "call center 1500200".
  'layanan pelanggan', 'call center', 'contact center', 'sms ke',
  // A phone menu's choice ("call 0161 868 8000, option 2"), a police log's number ("quoting log 412"), a housing
  // block ("Blocks 271A, 272 and 273C").
  'option', 'log', 'block', 'blocks', 'blk', 'blk.', 'lot', 'lots', 'floor', 'decile',
  // An airport's runway, a fire station, a transponder code ("landed back on runway 21", "squawked 7700").
  'runway', 'runways', 'station', 'squawk', 'squawked', 'squawking',
  // An outbreak report's week of the year ("epidemiological week 30").
  'epidemiological week', 'epi week',
];

/** Words that name an era or a version by a number with ".0" ("industri 4.0", "Society 5.0", "Web 3.0"). Lowercase. */
export const VERSIONED_NAMES: ReadonlySet<string> = new Set(['industri', 'industry', 'society', 'web', 'versi', 'version']);

/** Software and standards whose number with a decimal after them is a version ("Python 3.12", "Linux 6.13", "HDMI 2.1"). */
export const SOFTWARE_NAMES: ReadonlySet<string> = new Set([
  'python', 'linux', 'kernel', 'android', 'ios', 'ipados', 'macos', 'windows', 'bluetooth', 'usb', 'hdmi', 'pcie',
  'displayport', 'thunderbolt', 'java', 'firefox', 'chrome', 'ubuntu', 'debian', 'fedora', 'gpt', 'llama', 'gemini',
  'claude', 'node', 'rust', 'swift', 'kotlin', 'unity', 'unreal', 'ecmascript', 'opengl', 'vulkan', 'directx', 'wordpress',
]);

/** Words that make the number after the next word a label ("nomor urut 2", "No. perkara 12"). Lowercase. */
export const NUMBERING_WORDS: readonly string[] = ['nomor', 'no', 'no.', 'nomer', 'number', 'nr', 'nr.', 'bernomor'];

/** Words before a number that announce an amount, so a four-digit number after them is no year ("sebanyak 2000"). */
export const QUANTITY_CUES: readonly string[] = ['sebanyak', 'sejumlah', 'total', 'senilai', 'sebesar', 'totalling', 'totaling'];

/** Words between the two ends of a range ("3-5", "3 hingga 5", "3 to 5"), as tokens. Lowercase. */
export const RANGE_WORDS: Record<Lang, readonly string[]> = {
  id: ['-', '–', '—', 'hingga', 'sampai', 's.d.', 's/d'],
  en: ['-', '–', '—', 'to', 'through'],
};

/** English verbs before "from" that make "from X to Y" a range, not a change ("prices ranged from 18 to 30"). */
export const RANGE_VERBS_EN: ReadonlySet<string> = new Set(['range', 'ranges', 'ranged', 'ranging', 'vary', 'varies', 'varied', 'varying', 'priced', 'costing']);

/** Prefixes joined by a hyphen to a number that keep it a figure ("ke-3", "mid-2020", "pasca-2018"). */
export const HYPHEN_PREFIXES: readonly string[] = ['ke', 'mid', 'pre', 'post', 'pasca', 'pra', 'early', 'late', 'end', 'tahun'];

/** Indonesian verbs of a rise or a fall (MARKET_MOVES). */
const MARKET_MOVES_ID = ['naik', 'turun', 'melemah', 'menguat', 'merosot', 'anjlok', 'terkoreksi', 'melonjak', 'menanjak', 'terjun', 'ambles', 'membaik', 'memburuk', 'melambat', 'menipis', 'melebar', 'menyempit'];
/** Verbs of a change in amount, after which a number may be the level changed from ("turun dari 14,6 juta"). */
export const CHANGE_VERBS_ID: readonly string[] = ['naik', 'turun', 'meningkat', 'menurun', 'bertambah', 'berkurang', 'melonjak', 'anjlok'];
/** Words of an opinion poll (regex sources): "In a poll this month", "survei Litbang Kompas". */
export const POLL_WORDS: readonly string[] = ['polls?', 'polled', 'survey(?:s|ed)?', 'respondents', 'jajak pendapat', 'survei', 'responden'];
/** Words of an election or a vote beside POLL_WORDS (regex sources): where "points" are percentage points. */
export const VOTE_WORDS_EN: readonly string[] = [
  'polling', 'pollsters?', 'voters?', 'votes?', 'voted', 'turnout', 'approval', 'electorate', 'ballots?', 'swing', 'margin of (?:sampling )?error',
];
/** English words of a change in amount, after which "from X to Y" gives its two ends ("rise from 10.5% to 20.8%"). */
export const CHANGE_VERBS_EN: readonly string[] = [
  'up', 'down', 'rise', 'rises', 'rose', 'risen', 'rising', 'fall', 'falls', 'fell', 'fallen', 'falling', 'grow', 'grew',
  'grown', 'growing', 'jumped', 'climbed', 'dropped', 'increase', 'increased', 'decrease', 'decreased', 'declined', 'surged', 'soared',
  'slid', 'slipped', 'gained', 'eased', 'edged', 'tumbled', 'plunged', 'sank', 'dipped', 'advanced', 'rallied', 'slumped', 'rebounded',
  // (What someone sets: "will raise National Insurance from 13.8% to 15%", "cut the rate from 5.25% to 5%".)
  'raise', 'raises', 'raised', 'raising', 'cut', 'cuts', 'cutting', 'lower', 'lowers', 'lowered', 'lowering',
];

/**
 * Function words that are never a counted noun after a number ("3 juta dari ...", "10 of them").
 * Lowercase.
 */
/** Indonesian words of speech after a quote ("kata", "ujar"): no noun counted, and a name after them is the speaker's. */
export const SPEECH_WORDS_ID: readonly string[] = ['kata', 'ujar', 'ucap', 'tutur', 'jelas', 'ungkap', 'imbuh', 'papar', 'katanya', 'sebut', 'tambah'];

export const NOT_NOUNS: Record<Lang, ReadonlySet<string>> = {
  id: new Set([
    'dan', 'atau', 'arti', 'berasal', 'berupa', 'di', 'ke', 'dari', 'yang', 'untuk', 'pada', 'dengan', 'dalam', 'ini', 'itu', 'per', 'lebih', 'sesuai',
    'kurang', 'hingga', 'sampai', 'sejak', 'oleh', 'bagi', 'tersebut', 'saja', 'pun', 'juga', 'telah', 'sudah', 'kini',
    'akan', 'adalah', 'ialah', 'merupakan', 'sebanyak', 'sebesar', 'kali', 'lalu', 'terakhir', 'lagi', 'tetapi',
    'namun', 'sedangkan', 'serta', 'seperti', 'karena', 'sebagai', 'tak', 'tidak', 'bukan', 'belum', 'masih',
    'hanya', 'sekitar', 'antara', 'kepada', 'terhadap', 'tentang', 'atas', 'bawah', 'secara', 'para', 'sang',
    'si', 'itu', 'nya', 'pula', 'sekali', 'saat', 'ketika', 'jika', 'bila', 'agar', 'supaya', 'maka', 'lain',
    'lainnya', 'kemudian', 'setelah', 'sebelum', 'selama', 'menjadi', 'jadi', 'ada', 'orangnya', 'mencapai',
    'sebelumnya', 'sesudahnya', 'berikutnya', 'pertama', 'kedua', 'ketiga', 'the', 'vs', 'versus', 'tiap',
    'setiap', 'masing-masing', 'dinilai', 'senilai', 'seharga', 'hal', 'yakni', 'yaitu', 'dibanding', ...SPEECH_WORDS_ID,
    'sehingga', 'dia', 'ia', 'mereka', 'kami',
    'kita', 'saya', 'anda', 'sama',
    // adverbs and conjunctions ("1 dari 4 pernah mengalami kecelakaan", "meski kedua perusahaan membantah", "8 ribu buat 6 kilo")
    'pernah', 'sempat', 'kerap', 'sering', 'tembus', 'selalu', 'jarang', 'buat', 'meski', 'meskipun', 'walau', 'walaupun', 'bahkan',
    // a rate's "a day", "a month" ("40rb sehari", "gaji 1,8jt sebulan")
    'sehari', 'sebulan', 'setahun', 'seminggu', 'sepekan', 'semalam', 'sejam',
    // states and verbs that follow a bare number in casualty reports ("dua tewas, tiga luka-luka")
    'tewas', 'meninggal', 'hilang', 'luka', 'luka-luka', 'terluka', 'selamat', 'mengungsi', 'ditangkap', 'ditahan',
    'dirawat', 'dievakuasi', 'diselamatkan', 'positif', 'negatif', 'sembuh', 'wafat', 'gugur', 'kritis', 'cedera',
    'sakit', 'berhasil', 'masih', 'tersisa', 'lolos', 'sepanjang', 'jatuh',
    // how a ticket was given, an estimate's verb ("17.305 ditilang secara manual", "94.210 lewat tilang manual", "usia
    // 20-an ditaksir")
    'ditilang', 'ditindak', 'lewat', 'ditaksir', 'sisa',
    // ("412 ribu lebih tercatat sebagai ASN")
    'tercatat', 'terdaftar', 'terdata',
    // modal verbs ("usia 40-an perlu cek gula darah")
    'perlu', 'harus', 'bisa', 'dapat', 'mesti',
    // ("seksi 5A dan 6C baru rampung": "just", not a noun)
    'baru',
    // moves, as in market reports ("245 saham naik, 187 turun, dan 210 stagnan")
    ...MARKET_MOVES_ID, ...CHANGE_VERBS_ID, 'stagnan', 'rata-rata',
  ]),
  en: new Set([
    'of', 'the', 'a', 'an', 'and', 'or', 'to', 'in', 'on', 'at', 'for', 'from', 'by', 'with', 'as', 'is', 'was', 'combined', 'respectively',
    'were', 'are', 'be', 'been', 'per', 'than', 'more', 'less', 'that', 'this', 'these', 'those', 'which', 'who',
    'whom', 'it', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'he', 'she', 'they', 'we', 'you', 'i',
    'have', 'has', 'had', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'but', 'if', 'so', 'up',
    'down', 'out', 'into', 'over', 'under', 'after', 'before', 'since', 'until', 'ago', 'last', 'next', 'this',
    'each', 'apiece', 'times', 'said', 'says', 'die', 'cast', 'according', 'vs', 'versus', 'while', 'when', 'where', 'because',
    'about', 'against', 'between', 'during', 'through', 'toward', 'towards', 'also', 'already', 'just', 'only',
    'more', 'other', 'others', 'another', 'all', 'both', 'either', 'neither', 'not', 'no', 'nor', 'yet',
    'then', 'there', 'here', 'now', 'later', 'earlier', 'across', 'among', 'amid', 'like', 'via', 'plus',
    'minus', 'including', 'worth', 'valued', 'totalling', 'totaling', 'altogether', 'alone', 'such', 'them', 'us',
    'whose', 'what', 'did', 'do', 'does', 'being', 'am', 'were', 'left', 'remain', 'remained', 'still', 'went', 'got',
    // ("32 short of the majority mark", "took 194 despite topping the poll")
    'short', 'despite', 'shy',
    // past participles without -ed, which follow a number as verbs ("250 taken hostage")
    'taken', 'given', 'seen', 'held', 'made', 'hurt', 'shot', 'built', 'sold', 'paid', 'sent', 'lost', 'found',
    'known', 'done', 'gone', 'born', 'brought', 'bought', 'caught', 'told', 'won', 'hit', 'cut', 'put', 'set',
    'struck', 'spent', 'kept', 'fled', 'led', 'fell', 'rose', 'grew', 'came', 'became', 'ran', 'saw', 'took',
    // adverbs after a number ("Moscow sent more than 9,000 back")
    'back', 'away', 'late', 'early', 'abroad', 'overseas', 'apart', 'aside', 'ahead', 'again', 'instead', 'yesterday', 'today',
    'tonight', 'tomorrow', 'worldwide', 'nationwide', 'globally', 'several', 'overnight',
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
    // ("112 off 71 balls": runs off balls, no noun counted; "offered him 110,000")
    'off', 'him', 'me',
    // a margin in a table or a game ("about 4,000 behind the Belarusian", "slotted two past the keeper")
    'behind', 'past', 'adrift', 'clear',
    // verbs of place after a noun the number is the year of ("The 1910 home sits on a 613sq m block")
    'sits', 'stands', 'lies',
  ]),
};

/** Frequent function words of each language, used to guess the language of a text. */
export const LANG_MARKERS: Record<Lang, readonly string[]> = {
  id: ['yang', 'dan', 'di', 'dari', 'untuk', 'dengan', 'ini', 'itu', 'tidak', 'akan', 'pada', 'juga', 'dalam', 'ke', 'telah', 'sudah', 'adalah', 'tersebut', 'karena', 'atau', 'oleh', 'bahwa', 'kata'],
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'with', 'was', 'on', 'are', 'by', 'from', 'has', 'have', 'it', 'at', 'as', 'were', 'said', 'which', 'this'],
};

/** Indonesian words after "lebih" that make it a comparison ("23 miliar euro lebih banyak"), not a bound. */
export const COMPARATIVES_ID: readonly string[] = [
  'banyak', 'besar', 'tinggi', 'rendah', 'kecil', 'sedikit', 'dari', 'daripada', 'murah', 'mahal', 'cepat',
  'lama', 'lambat', 'baik', 'buruk', 'luas', 'panjang', 'pendek', 'berat', 'ringan', 'jauh', 'dekat', 'awal',
  'lanjut', 'dulu', 'dahulu', 'tua', 'muda', 'kuat', 'lemah', 'tepat', 'rinci', 'parah',
];

/**
 * Words after a suffix qualifier that make it a comparison or the start of another phrase, not a bound
 * ("23 miliar euro lebih banyak", "or more than 500,000").
 */
export const SUFFIX_BLOCKERS: Record<Lang, readonly string[]> = { id: COMPARATIVES_ID, en: ['than', 'of'] };

/**
 * Indonesian classifiers between a number and what it counts ("9 juta butir amunisi", "5 unit
 * kendaraan"): the counted noun is the word after them.
 */
export const CLASSIFIERS_ID: ReadonlySet<string> = new Set([
  'butir', 'buah', 'ekor', 'unit', 'lembar', 'batang', 'biji', 'potong', 'helai', 'pucuk', 'keping',
  'rangkaian', 'gelintir', 'sosok', 'pasang', 'utas', 'tangkai', 'kuntum', 'bilah',
]);

/** Words before a number that make it a measure with that unit ("gempa bermagnitudo 5,6"). */
export const UNITS_BEFORE: Readonly<Record<string, string>> = {
  magnitudo: 'magnitudo', bermagnitudo: 'magnitudo', magnitude: 'magnitude', 'skala richter': 'sr', mach: 'mach',
};

/** English plurals without an -s, accepted as the head of a counted noun phrase. */
export const IRREGULAR_PLURALS_EN: ReadonlySet<string> = new Set([
  'people', 'children', 'men', 'women', 'police', 'personnel', 'staff', 'cattle', 'sheep', 'fish', 'aircraft',
  'deer', 'livestock', 'feet', 'teeth', 'mice', 'geese', 'crew', 'infantry', 'artillery', 'ammunition',
]);

/**
 * How many of the smaller time unit make one of the larger, for compound durations
 * ("1 jam 10 menit" = 70 menit, "2 years 3 months" = 27 months).
 */
export const TIME_UNIT_SUBDIVISIONS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  tahun: { bulan: 12, bln: 12 }, bulan: { hari: 30 }, minggu: { hari: 7 }, pekan: { hari: 7 }, hari: { jam: 24 },
  jam: { menit: 60, mnt: 60 }, menit: { detik: 60 },
  // ("1 thn 6 bln", "2 jam 15 mnt": the units' short forms.)
  thn: { bln: 12, bulan: 12 }, bln: { hari: 30 },
  year: { month: 12, months: 12 }, years: { month: 12, months: 12 }, week: { day: 7, days: 7 },
  weeks: { day: 7, days: 7 }, day: { hour: 24, hours: 24 }, days: { hour: 24, hours: 24 },
  hour: { minute: 60, minutes: 60, min: 60, mins: 60 }, hours: { minute: 60, minutes: 60, min: 60, mins: 60 },
  minute: { second: 60, seconds: 60, sec: 60, secs: 60 }, minutes: { second: 60, seconds: 60, sec: 60, secs: 60 },
  hr: { min: 60, mins: 60 }, hrs: { min: 60, mins: 60 }, yr: { month: 12, months: 12, mo: 12, mos: 12 }, yrs: { month: 12, months: 12, mo: 12, mos: 12 }, min: { sec: 60, secs: 60, s: 60 }, mins: { sec: 60, secs: 60, s: 60 },
};

/** Units of measure and their smaller parts, as TIME_UNIT_SUBDIVISIONS has them for time ("5ft 10in", "7lb 4oz"). */
const INCHES: Readonly<Record<string, number>> = { in: 12, ins: 12, inch: 12, inches: 12 };
const OUNCES: Readonly<Record<string, number>> = { oz: 16 };
export const MEASURE_SUBDIVISIONS: Readonly<Record<string, Readonly<Record<string, number>>>> = { ft: INCHES, feet: INCHES, foot: INCHES, lb: OUNCES, lbs: OUNCES };

/** Words after a spelled number that make it a count on its own ("sembilan lainnya", "nine others"). */
export const OTHERS_WORDS: readonly string[] = ['lainnya', 'lain', 'others', 'more', 'di antaranya', 'of them'];

// Words that settle how a number reads in news copy (detect.ts).

/** English determiners: before a year they make it a modifier ("the 2012 festival"), before "first" a rank. */
export const DETERMINERS_EN: ReadonlySet<string> = new Set([
  'the', 'our', 'its', 'their', 'his', 'her', 'this', 'that', 'my', 'your', 'whose',
]);

/** Irregular English past tenses and participles that follow an adverbial "first". */
export const PAST_VERBS_EN: ReadonlySet<string> = new Set([
  'became', 'came', 'went', 'took', 'saw', 'met', 'began', 'begun', 'made', 'found', 'told', 'said', 'won', 'ran', 'wrote',
  'written', 'heard', 'known', 'seen', 'taken', 'given', 'gave', 'built', 'brought', 'thought', 'felt', 'spoke', 'set', 'put',
  'sold', 'led',
]);

/** Indonesian scale words with -an right after a number: "50 ribuan" is about 50 thousand. */
export const ROUGH_SCALES_ID: Readonly<Record<string, number>> = {
  ribuan: 1e3, jutaan: 1e6, miliaran: 1e9, milyaran: 1e9, triliunan: 1e12,
};

/** Words before a number that make it an age ("aged 65", "berusia 19"). */
export const AGE_WORDS: ReadonlySet<string> = new Set(['aged', 'ages', 'berusia', 'berumur']);

/** People a bound's number is an age of ("children under five", "people over 65", "adults aged 18"). Lowercase. */
export const AGED_GROUPS_EN: ReadonlySet<string> = new Set([
  'children', 'kids', 'babies', 'infants', 'toddlers', 'people', 'adults', 'patients', 'women', 'men', 'girls', 'boys',
  'residents', 'workers', 'pupils', 'students', 'teenagers', 'those', 'anyone', 'everyone', 'voters', 'candidates',
]);

/** Words between an age word and a second age ("aged between 13 and 16", "aged 24 and 27", "berusia 20 hingga 30"). */
export const AGE_JOINERS: ReadonlySet<string> = new Set(['between', 'antara', 'and', 'dan', 'or', 'atau', 'to', 'hingga', 'sampai']);

/**
 * English nouns for a person that an age between commas follows, as a name does ("The driver, 45, was arrested",
 * "His son, 12, survived"). Lowercase.
 */
export const PERSON_NOUNS_EN: ReadonlySet<string> = new Set([
  'man', 'woman', 'boy', 'girl', 'child', 'teenager', 'baby', 'son', 'daughter', 'father', 'mother', 'husband', 'wife', 'bride', 'groom',
  'brother', 'sister', 'nephew', 'niece', 'uncle', 'aunt', 'cousin', 'grandson', 'granddaughter', 'grandfather',
  'grandmother', 'partner', 'boyfriend', 'girlfriend', 'widow', 'friend', 'neighbour', 'neighbor', 'driver', 'captain',
  'pilot', 'victim', 'suspect', 'survivor', 'gunman', 'passenger', 'businessman', 'businesswoman', 'farmer', 'teacher',
  'student', 'worker', 'nurse', 'doctor', 'officer', 'soldier', 'resident', 'owner', 'founder', 'singer', 'actor',
  'actress', 'defendant', 'mum', 'mom', 'dad', 'accused', 'co-accused', 'accomplice', 'attacker', 'assailant', 'offender',
  'inmate', 'prisoner', 'witness', 'president', 'chairman', 'director', 'manager', 'employee', 'lawyer', 'official',
  'candidate', 'nominee', 'challenger', 'incumbent', 'senator', 'mp', 'leader', 'minister',
  'pensioner', 'retiree', 'cyclist', 'pedestrian', 'motorist', 'motorcyclist', 'rider', 'protester', 'journalist',
  'clerk', 'cashier', 'guard', 'vendor', 'trader', 'fisherman', 'mechanic', 'labourer', 'laborer', 'tourist', 'patient',
  'analyst', 'engineer', 'executive', 'banker', 'investor', 'broker', 'accountant', 'consultant', 'contractor', 'entrepreneur',
  'artist', 'musician', 'writer', 'author', 'chef', 'cleaner', 'carer', 'paramedic', 'firefighter', 'sergeant', 'constable',
  'detective', 'priest', 'pastor', 'imam', 'professor', 'lecturer', 'researcher', 'scientist', 'activist', 'volunteer',
  'homeowner', 'tenant', 'landlord', 'shopkeeper', 'hiker', 'climber', 'fugitive',
  // Sport: "The Norway striker, 25, now has 21 goals".
  'striker', 'forward', 'winger', 'midfielder', 'defender', 'goalkeeper', 'keeper', 'batter', 'batsman', 'bowler', 'pitcher',
  'quarterback', 'sprinter', 'runner', 'swimmer', 'golfer', 'boxer', 'wrestler', 'champion', 'skipper', 'coach', 'player',
  'athlete', 'jockey', 'teammate', 'veteran', 'youngster', 'prodigy', 'rookie',
  // ("Two were arrested; the other, 41, is in Dubai.")
  'other',
]);

/** Words for a work before its quoted title ("album “25”", "lagu “22”"): a number opening the title names it. */
export const TITLE_NOUNS: ReadonlySet<string> = new Set([
  'album', 'song', 'single', 'track', 'hit', 'film', 'movie', 'series', 'show', 'drama', 'novel', 'book', 'play', 'lagu',
  'serial', 'buku', 'judul', 'lakon',
]);

/** Words that name a title right after them, quoted or not ("bertajuk 20 Tahun BCL", "titled “100 Days”"). */
export const TITLE_CUES: ReadonlySet<string> = new Set(['bertajuk', 'berjudul', 'titled', 'entitled', 'dubbed']);

/** Words before "No." that make the number after it a rank: "world No. 3", "rose to No. 2", "ranked No. 1". */
export const RANKED_BEFORE_NO: ReadonlySet<string> = new Set(['world', 'to', 'ranked', 'reached', 'hit']);

/** Verbs of a chart place before "at No.": "debuted at No. 1", "peaked at No. 3" (not "leaders met at No. 10"). */
export const CHART_VERBS_AT: ReadonlySet<string> = new Set([
  'debut', 'debuted', 'debuts', 'peaked', 'peaks', 'landed', 'lands', 'entered', 'enters', 'sits', 'sat', 'stayed', 'remained',
  'finished', 'ranked', 'ranks', 'opened', 'charted', 'placed',
]);

/** Words before a single initial that say it names a person, in Indonesian crime copy ("korban, F (16)", "pelaku R (25)"). */
export const PERSON_INITIAL_BEFORE: ReadonlySet<string> = new Set([
  'korban', 'tersangka', 'pelaku', 'terdakwa', 'saksi', 'berinisial', 'inisial', 'bocah', 'remaja', 'siswa', 'siswi',
  'pria', 'wanita', 'perempuan', 'balita', 'warga',
]);

/**
 * Capitalised words before a day and month that make them part of a name, not a date: streets, stadiums, schools and
 * monuments named after a national day ("Jalan 17 Agustus", "Stadion Gelora 10 November", "SMA 17 Agustus 1945").
 */
export const DATE_NAME_HEADS_ID: ReadonlySet<string> = new Set([
  'jalan', 'jl', 'jln', 'gang', 'gg', 'gelora', 'stadion', 'universitas', 'tugu', 'monumen', 'lapangan', 'taman',
  'bundaran', 'simpang', 'sma', 'smp', 'smk', 'sd', 'raya', 'pasar', 'terminal', 'kampung',
]);

/** Words before a number that make it a rank ("peringkat 3", "posisi 5", "ranked 2"). */
export const RANK_WORDS: ReadonlySet<string> = new Set(['peringkat', 'posisi', 'urutan', 'ranking', 'ranked', 'rank']);

/** Words before two numbers joined by a dash that make them a match score ("kalah 1-2", "won 3-1"). */
export const SCORE_BEFORE: ReadonlySet<string> = new Set([
  'kalah', 'menang', 'imbang', 'skor', 'unggul', 'tertinggal', 'ditahan', 'berakhir', 'takluk', 'tumbang', 'membantai',
  'menaklukkan', 'mengalahkan', 'dikalahkan', 'menekuk', 'ditekuk', 'won', 'lost', 'beat', 'drew', 'score', 'scoreline',
  'led', 'trailed', 'defeated', 'thrashed', 'edged', 'agregat', 'aggregate', 'tied', 'kedudukan',
]);

/** Words before a slash fraction ("sebanyak 1/3 warga"), which is then no date. */
export const FRACTION_BEFORE: ReadonlySet<string> = new Set([
  'sebanyak', 'sekitar', 'hampir', 'hanya', 'sekira', 'nyaris', 'about', 'nearly', 'only', 'almost', 'roughly',
  // ("disetujui minimal 2/3 anggota": a quorum.)
  'minimal', 'maksimal', 'setidaknya', 'sedikitnya',
]);

/** Words before a decade that make it rough: "the late 1990s", "awal 1980-an". */
export const ROUGH_PERIODS: ReadonlySet<string> = new Set(['early', 'mid', 'late', 'awal', 'pertengahan', 'akhir', 'medio']);

/** English verbs before "up to" that make it a phrasal verb, not a bound ("growth will pick up to 5.1%"). */
export const PHRASAL_UP: ReadonlySet<string> = new Set([
  'pick', 'picks', 'picked', 'picking', 'speed', 'speeds', 'sped', 'ramp', 'ramped', 'step', 'stepped', 'scale', 'scaled', 'go',
  'goes', 'went', 'gone', 'move', 'moved', 'moves', 'climb', 'climbed', 'rise', 'rose', 'risen', 'jump', 'jumped', 'shoot', 'shot',
  'edge', 'edged', 'edges', 'tick', 'ticked', 'ticks', 'inch', 'inched', 'creep', 'crept',
]);

/** Words right after a number that open its noun phrase without being its noun ("50 other people"). */
export const PHRASE_OPENERS_EN: ReadonlySet<string> = new Set([
  'more', 'fewer', 'additional', 'extra', 'new', 'other', 'such', 'earlier', 'further', 'previous', 'separate', 'different',
]);

/** Words near "M5,6" that make it an earthquake's magnitude. */
export const QUAKE_WORDS: ReadonlySet<string> = new Set([
  'gempa', 'berkekuatan', 'lindu', 'guncangan', 'earthquake', 'quake', 'tremor', 'magnitude', 'gempabumi',
]);

/** Capitalised words before a bracketed number that are no person: days ("Selasa (5/3)"), figures, steps. */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  'senin', 'selasa', 'rabu', 'kamis', 'jumat', "jum'at", 'sabtu', 'minggu', 'ahad', 'monday', 'tuesday', 'wednesday',
  'thursday', 'friday', 'saturday', 'sunday', 'figure', 'fig', 'table', 'step', 'gambar', 'tabel', 'langkah', 'tahap',
  'fase', 'phase', 'poin', 'point', 'item', 'chart', 'grafik', 'lampiran', 'appendix', 'note', 'catatan', 'level',
  'tingkat', 'round', 'babak', 'game', 'match', 'laga', 'skor', 'score',
]);

/**
 * Verbs of a market move before "N poin/points": an index's or a currency's change is a measure in points
 * ("IHSG melemah 58,31 poin", "the Dow fell 312.6 points"), a team's or a player's points a count.
 */
export const MARKET_MOVES: ReadonlySet<string> = new Set([
  ...MARKET_MOVES_ID,
  // (A change named by its noun: "Penurunan 0,033 poin", "kesenjangan lebih dari 100 poin".)
  'penurunan', 'kenaikan', 'selisih', 'kesenjangan', 'lonjakan', 'koreksi', 'rise', 'fall', 'drop', 'gap', 'gain', 'decline',
  'rose', 'fell', 'gained', 'lost', 'dropped', 'jumped', 'slipped', 'climbed', 'added', 'shed', 'tumbled', 'slid',
  'surged', 'sank', 'declined', 'rallied', 'plunged', 'rising', 'falling', 'gaining', 'losing', 'up', 'down', 'adding',
  'shedding',
]);

/** Unit symbols that headlines capitalise ("900 Km", "5 Ton", "152 MM"), read in those cases too. Lowercase. */
export const CAPITALISED_SYMBOLS: readonly string[] = ['km', 'kg', 'cm', 'mm', 'ton', 'ha'];

/** Aircraft makers whose model and variant are written as two numbers: "Boeing 737-800", "Airbus 330-200". */
export const MODEL_MAKERS: ReadonlySet<string> = new Set(['boeing', 'airbus', 'sukhoi', 'antonov', 'ilyushin', 'tupolev', 'embraer', 'bombardier', 'atr', 'cessna']);

/**
 * Words a number after them names, in a headline's title case too ("Jadwal Liga 1 Pekan Ini", "Apollo 11 Mendarat"),
 * where any other capitalised word before a number is just capitalised ("Banjir Tewaskan 20 Orang"). Lowercase.
 */
export const NUMBERED_NAMES: ReadonlySet<string> = new Set([
  ...MODEL_MAKERS, 'liga', 'league', 'formula', 'apollo', 'artemis', 'chandrayaan', 'windows', 'android', 'galaxy',
  'pixel', 'xbox', 'seri', 'series', 'season', 'episode', 'chapter', 'bab', 'jilid', 'volume', 'vol', 'part', 'kelas',
  'tipe', 'type', 'model', 'versi', 'version', 'gen', 'generasi', 'level', 'studio', 'gate', 'pintu', 'terminal',
  'koridor', 'jalur', 'rute', 'route', 'trans', 'channel', 'kanal', 'lantai', 'blok', 'zona', 'zone', 'sektor',
  'sector', 'tahap', 'fase', 'phase', 'babak', 'round', 'game', 'pasal', 'article', 'ayat', 'tol', 'km', 'daop',
  'divre', 'max', 'proposition',
  // Spacecraft and rockets ("Voyager 1, launched in 1977", "Falcon 9").
  'voyager', 'pioneer', 'falcon', 'soyuz', 'shenzhou', 'tianzhou',
]);

/**
 * Counted nouns that make a number after a name a count, not part of the name: a party's seats or votes, a team's
 * goals, points or medals ("Partai Gerindra 86 kursi", "Persib 45 poin", "China 40 emas"). Lowercase.
 */
export const COUNTS_AFTER_NAME: ReadonlySet<string> = new Set([
  'kursi', 'suara', 'gol', 'poin', 'medali', 'emas', 'perak', 'perunggu', 'seats', 'votes', 'goals', 'points', 'medals', 'golds',
  // ("Malaysia yang 490 unit dan Thailand 275 unit": a country's count; not "PlayStation 5 units".)
  'unit',
  // ("disusul Bojonggede 298 kasus": a place's count in a list.)
  'kasus', 'orang', 'jiwa', 'pasien', 'korban', 'cases', 'people', 'deaths',
  // ("disusul Filipina 91 kapal": a flag's vessels.)
  'kapal', 'perahu', 'ships', 'vessels', 'boats',
]);

/** Counted nouns that are points. */
export const POINT_WORDS: ReadonlySet<string> = new Set(['poin', 'points', 'point', 'pts']);

/**
 * Fractions that make a share (kind other) before "of"/"dari": "a third of voters", "two-thirds of Americans",
 * "seperempat total produksi". A word with a leading article or number word is looked up with it
 * ("a third", "one-quarter"); "half"/"setengah"/"separuh" are number words and are read as shares only before
 * "of", "the" or "dari". Lowercase.
 */
export const FRACTION_WORDS: Record<Lang, Readonly<Record<string, number>>> = {
  id: {
    sepertiga: 1 / 3, seperempat: 0.25, 'dua pertiga': 2 / 3, 'tiga perempat': 0.75,
    seperlima: 0.2, 'dua perlima': 0.4, 'tiga perlima': 0.6, sepersepuluh: 0.1, seperenam: 1 / 6, seperdelapan: 0.125,
    // ("sepertiganya hilang": with the possessive.)
    sepertiganya: 1 / 3, seperempatnya: 0.25, seperlimanya: 0.2, separuhnya: 0.5, setengahnya: 0.5,
  },
  en: {
    'a third': 1 / 3, 'one third': 1 / 3, 'one-third': 1 / 3, 'two thirds': 2 / 3, 'two-thirds': 2 / 3,
    'a quarter': 0.25, 'one quarter': 0.25, 'one-quarter': 0.25, 'three quarters': 0.75, 'three-quarters': 0.75,
    'a fifth': 0.2, 'one fifth': 0.2, 'one-fifth': 0.2, 'two-fifths': 0.4, 'three-fifths': 0.6, 'four-fifths': 0.8, 'a tenth': 0.1,
    'one tenth': 0.1, 'one-tenth': 0.1, 'a sixth': 1 / 6, 'one-sixth': 1 / 6, 'one sixth': 1 / 6, 'an eighth': 0.125, 'one-eighth': 0.125,
    'one eighth': 0.125, 'a seventh': 1 / 7, 'one-seventh': 1 / 7, 'one seventh': 1 / 7, 'a ninth': 1 / 9, 'one-ninth': 1 / 9,
    'one ninth': 1 / 9, 'a twelfth': 1 / 12, 'one-twelfth': 1 / 12, 'one twelfth': 1 / 12, 'three-tenths': 0.3,
  },
};

/** Words that multiply ("twice as likely", "double the budget"): a multiplier (kind other) before a comparison. */
export const MULTIPLIER_WORDS: Record<Lang, Readonly<Record<string, number>>> = {
  id: {},
  en: {
    twice: 2, double: 2, triple: 3, quadruple: 4,
    // (Always a multiplier: "a twentyfold rise", "grew tenfold".)
    twofold: 2, threefold: 3, fourfold: 4, fivefold: 5, sixfold: 6, sevenfold: 7, eightfold: 8, ninefold: 9, tenfold: 10,
    twentyfold: 20, fiftyfold: 50, hundredfold: 100, thousandfold: 1000,
    'two-fold': 2, 'three-fold': 3, 'four-fold': 4, 'five-fold': 5, 'ten-fold': 10,
  },
};

/** A word without its possessive "-nya" ("anaknya" → "anak", "kontainernya"); short words keep it ("hanya"). */
export function withoutNya(word: string): string {
  return word.length > 5 && word.endsWith('nya') ? word.slice(0, -3) : word;
}

/** Whose decade of age a number with -s is ("in their 50s"). */
export const AGE_OWNERS_EN: ReadonlySet<string> = new Set(['their', 'his', 'her', 'my', 'your', 'our']);

/** Words after a company's name ("3M shares rose"). */
export const COMPANY_WORDS_EN: ReadonlySet<string> = new Set(['shares', 'stock', 'stocks', 'executives', 'employees', 'products']);

/** Words before a rough number that make it a level reached ("rose to about 2000"). */
export const LEVEL_BEFORE: ReadonlySet<string> = new Set(['to', 'menjadi', 'mencapai', 'hingga', 'reached', 'reach']);

/** Words before a number that make it an average, which may be a fraction ("rata-rata 1,625 anak"). */
export const AVERAGE_WORDS: ReadonlySet<string> = new Set(['rata-rata', 'average', 'averaged', 'averaging', 'mean']);

/** Regulations named by a number and a year, whose number alone is no label (see detect.ts readAt; a minister's "Permen…" and "Kepmen…" are read there by their prefix). Lowercase. */
export const REGULATIONS_WITH_YEAR: ReadonlySet<string> = new Set(['pm', 'kp', 'kepmen', 'pkpu', 'perbawaslu', 'perma', 'sema', 'pmk', 'kmk', 'pojk', 'seojk', 'pbi', 'padg', 'decree', 'urgency', 'regulation']);
