// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import bundled from '../../../src/generated/dataset.json';
import { DatasetIndex, type CompiledDataset } from '../../../src/core/claims/compiled';
import type { DatasetRecord } from '../../../src/core/claims/schema';
import type { Figure, Lang } from '../../../src/core/figures/figure';
import type { Match } from '../../../src/core/match/types';
import { Popover, type PopoverData } from '../../../src/ui/popover/Popover';
import { figureReading, markLabel } from '../../../src/ui/figure-text';
import { translator } from '../../../src/ui/i18n';

const compiled = bundled as unknown as CompiledDataset;
const index = new DatasetIndex(compiled);
const seed = index.get('seed-01-containers-6700')!;
const units = Object.fromEntries(compiled.units.map((u) => [u.id, u.label]));

const figure = (surface: string, value: number, lang: Lang = 'id'): Figure => ({
  start: 0, end: surface.length, surface, value, kind: 'count', unit: lang === 'id' ? 'kontainer' : 'containers', qualifier: 'exact', lang,
});
const match = (agreement: Match['agreement'], extra: Partial<Match> = {}): Match => ({
  claimId: seed.id, score: 0.9, agreement, status: 'reported', claimValue: 10000, unit: 'container',
  explanation: { id: 'Angka dan satuan cocok', en: 'Value and unit fit' }, ...extra,
});

/** A later record, as the dataset might hold it: 28,000 containers as of July 2025. */
const latest: DatasetRecord = {
  ...seed, id: 'later-28000', claimDate: '2025-07',
  figures: [{ ...seed.figures[0]!, value: 28000, unit: 'container', asOf: '2025-07' }],
};

function show(f: Figure, matches: Match[], lang: Lang = 'id', records: DatasetRecord[] = [seed, latest]) {
  const el = document.createElement('div');
  const data: PopoverData = { key: 'k1', figure: f, sentence: 's', matches, ...(matches[0] ? { why: matches[0].explanation[lang] } : {}), records: Object.fromEntries(records.map((r) => [r.id, r])), units, lang };
  render(<Popover data={data} onClose={() => undefined} onCopy={async () => true} onOpenPanel={async () => false} />, el);
  return el;
}

describe('popover verdict lines', () => {
  it('same: "Angka di artikel sama dengan sumber"', () => {
    expect(show(figure('10.000', 10000), [match('same')]).querySelector('.agreement')?.textContent).toBe('Angka di artikel sama dengan sumber');
  });

  it('differs: "Berbeda: sumber menyebut 10.000 kontainer"', () => {
    const el = show(figure('12.000', 12000), [match('differs')]);
    expect(el.querySelector('.agreement')?.textContent).toBe('Berbeda: sumber menyebut 10.000 kontainer');
    expect(el.querySelector('.verdict')?.className).toContain('verdict-contradicted');
  });

  it('outdated: "Sudah diperbarui: 28.000 kontainer per Juli 2025"', () => {
    const el = show(figure('6.700', 6700), [match('outdated', { claimValue: 6700, status: 'outdated', latestId: latest.id })]);
    expect(el.querySelector('.agreement')?.textContent).toBe('Sudah diperbarui: 28.000 kontainer per Juli 2025');
  });

  it('writes a year or a date in the verdict line as such, not as an amount', () => {
    const year: Figure = { start: 0, end: 4, surface: '2019', value: 2019, kind: 'year', qualifier: 'exact', lang: 'id' };
    const since = show(year, [match('differs', { claimValue: 2022, unit: 'calendar-year', expected: { value: 2022, unit: 'calendar-year' } })]);
    expect(since.querySelector('.agreement')?.textContent).toContain('2022');
    expect(since.querySelector('.agreement')?.textContent).not.toMatch(/2\.022|tahun kalender/);
    const day: Figure = { start: 0, end: 16, surface: '25 Februari 2022', value: 20220225, kind: 'date', qualifier: 'exact', lang: 'id' };
    const wrongDay = show(day, [match('differs', { claimValue: 20220224, unit: 'date' })]);
    expect(wrongDay.querySelector('.agreement')?.textContent).toBe('Berbeda: sumber menyebut 24 Februari 2022');
  });

  it('speaks English on an English page, with English number formats', () => {
    const el = show(figure('12,000', 12000, 'en'), [match('differs')], 'en');
    expect(el.querySelector('.agreement')?.textContent).toBe('Differs: the source says 10,000 containers');
    expect(el.querySelector('[role="dialog"]')?.getAttribute('lang')).toBe('en');
    expect(el.textContent).toContain(seed.summary.en);
  });
});

describe('popover content', () => {
  const el = show(figure('6.700', 6700), [match('same', { claimValue: 6700 })]);

  it('is a dialog labelled by the figure', () => {
    const dialog = el.querySelector('[role="dialog"]')!;
    const title = el.querySelector(`#${dialog.getAttribute('aria-labelledby')}`);
    expect(title?.textContent).toContain('6.700 kontainer');
  });

  it('shows the claim, claimant, date, status with rationale, caveats and sources primary first', () => {
    expect(el.querySelector('.summary')?.textContent).toBe(seed.summary.id);
    expect(el.querySelector('.meta')?.textContent).toContain(seed.claimant.name);
    expect(el.querySelector('.meta')?.textContent).toContain('Februari 2024');
    expect(el.querySelector('.status')?.textContent).toContain(seed.rationale.id);
    expect(el.querySelectorAll('.caveats li').length).toBe(seed.caveats.length);
    const kinds = Array.from(el.querySelectorAll('.sources .kind')).map((k) => k.textContent);
    expect(kinds.length).toBe(seed.sources.length);
    expect(kinds.indexOf('(sekunder)') === -1 || kinds.lastIndexOf('(primer)') < kinds.indexOf('(sekunder)')).toBe(true);
    for (const a of el.querySelectorAll('.sources a')) expect(a.getAttribute('rel')).toContain('noopener');
  });

  it('keeps "why this match" closed until asked', async () => {
    const why = Array.from(el.querySelectorAll('button')).find((b) => b.textContent === 'Mengapa cocok?')!;
    expect(why.getAttribute('aria-expanded')).toBe('false');
    expect(el.querySelector('.why')).toBeNull();
    why.click();
    await new Promise((r) => setTimeout(r, 20));
    expect(why.getAttribute('aria-expanded')).toBe('true');
    expect(el.querySelector('.why')?.textContent).toContain('Angka dan satuan cocok');
  });

  it('without a match says so and offers no claim actions', () => {
    const none = show(figure('42', 42), []);
    expect(none.querySelector('.none')?.textContent).toContain('Tidak ditemukan klaim');
    expect(none.querySelector('.actions')).toBeNull();
  });
});

describe('mark accessible names', () => {
  it('"6.700 kontainer, cocok dengan klaim, status: usang"', () => {
    const t = translator('id');
    expect(markLabel(figure('6.700', 6700), [match('outdated', { status: 'outdated' })], t)).toBe('6.700 kontainer, cocok dengan klaim, status: usang');
    expect(markLabel(figure('12.000', 12000), [match('differs', { status: 'false' })], t)).toBe('12.000 kontainer, bertentangan dengan sumber, status: salah');
    expect(markLabel(figure('42', 42), [], t)).toBe('42 kontainer, tidak ada di data klaim');
  });
});

describe('popover heading', () => {
  it('gives the reading in the other language when it says more, and none when it reads alike', () => {
    expect(show(figure('6.700', 6700), [])!.querySelector('h2 .norm')!.textContent).toBe('6,700 kontainer');
    const bare: Figure = { start: 0, end: 2, surface: '35', value: 35, kind: 'duration', qualifier: 'exact', lang: 'id' };
    const h2 = show(bare, [])!.querySelector('h2')!;
    expect(h2.querySelector('.norm')).toBeNull();
    expect(h2.textContent).toBe('35');
  });
});

describe('figureReading', () => {
  const fig = (kind: Figure['kind'], value: number, valueMax?: number, extra: Partial<Figure> = {}): Figure =>
    ({ start: 0, end: 1, surface: 'x', value, ...(valueMax !== undefined ? { valueMax } : {}), kind, qualifier: 'exact', lang: 'id', ...extra }) as Figure;
  it('reads calendar ranges without thousands separators, amounts with them', () => {
    expect(figureReading(fig('year', 2014, 2019), 'id')).toBe('2014–2019');
    expect(figureReading(fig('time', 900, 1200), 'en')).toBe('900–1200');
    expect(figureReading(fig('currency', 5000, 7000, { currency: 'IDR' }), 'en')).toBe('5,000–7,000 IDR');
  });
});

describe('claim card figures', () => {
  it('a figure that counts over a period says it ("1.000 korban per hari", "1,000 casualties a day")', async () => {
    const { ClaimCard } = await import('../../../src/ui/ClaimCard');
    const record = index.get('ru-ua-09-ukmod-900k')!;
    const unitLabel = (u: string, lang: Lang) => units[u]?.[lang] ?? u;
    for (const [lang, want] of [['id', 'korban per hari'], ['en', 'casualties a day']] as const) {
      const el = document.createElement('div');
      render(<ClaimCard record={record} lang={lang} t={translator(lang)} unitLabel={unitLabel} showFigures />, el);
      const figures = el.querySelector('.figures')?.textContent ?? '';
      expect(figures).toContain(want);
      // (The total has no period.)
      expect(figures).not.toMatch(/900[.,]000 \S+ (per hari|a day)/);
    }
  });

  it('a date and a year are written as such, not as numbers with a unit', async () => {
    const { ClaimCard } = await import('../../../src/ui/ClaimCard');
    const record = index.get('ru-ua-01-invasion-date')!;
    const unitLabel = (u: string, lang: Lang) => units[u]?.[lang] ?? u;
    const el = document.createElement('div');
    render(<ClaimCard record={record} lang="id" t={translator('id')} unitLabel={unitLabel} showFigures />, el);
    expect(el.querySelector('.figures')?.textContent).toBe('24 Februari 2022 · 2014');
  });
});
