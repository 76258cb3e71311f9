import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import id from '../../../public/_locales/id/messages.json';
import en from '../../../public/_locales/en/messages.json';
import { formatDate, formatNumber, resolveLang, translator } from '../../../src/ui/i18n';
import { MARK_STATUSES } from '../../../src/core/verdict';
import { STATUSES } from '../../../src/core/claims/vocabulary';
import { AGREEMENTS } from '../../../src/core/match/types';

const ROOT = join(import.meta.dirname, '..', '..', '..');
type Catalog = Record<string, { message: string; description?: string }>;
const catalogs: Record<string, Catalog> = { id, en };

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) return n === 'generated' ? [] : sourceFiles(p);
    return /\.(ts|tsx)$/.test(n) ? [p] : [];
  });
}

/** Every message key the code names: literal keys inside t(...) calls, template keys expanded, __MSG_x__. */
function keysUsedInCode(): Set<string> {
  const used = new Set<string>();
  const expand: Record<string, readonly string[]> = { markStatus_: MARK_STATUSES, claimStatus_: STATUSES, agreement_: AGREEMENTS };
  for (const file of sourceFiles(join(ROOT, 'src'))) {
    const code = readFileSync(file, 'utf8');
    // The first argument of t(…): up to the first top-level comma or closing parenthesis.
    for (const m of code.matchAll(/\bt\(\s*((?:[^,()]|\([^()]*\))*)/g)) {
      const arg = m[1]!;
      // Literals compared against (m === 'reader' ? …) are values, not keys.
      for (const lit of arg.matchAll(/(?<![=!]==\s*)'([A-Za-z][A-Za-z0-9_]*)'/g)) used.add(lit[1]!);
      for (const tpl of arg.matchAll(/`([A-Za-z]+_)\$\{[^}]+\}`/g)) {
        const values = expand[tpl[1]!];
        expect(values, `no known expansion for ${tpl[1]} in ${file}`).toBeDefined();
        for (const v of values!) used.add(`${tpl[1]}${v}`);
      }
    }
    for (const m of code.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)) used.add(m[1]!);
  }
  return used;
}

describe('message catalogs', () => {
  it('id and en have exactly the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
  });

  it('every message is non-empty and uses the same placeholders in both languages', () => {
    for (const key of Object.keys(id)) {
      const a = (id as Catalog)[key]!.message;
      const b = (en as Catalog)[key]!.message;
      expect(a.trim(), `id.${key}`).not.toBe('');
      expect(b.trim(), `en.${key}`).not.toBe('');
      const ph = (s: string) => [...s.matchAll(/\$(\d)/g)].map((x) => x[1]).sort();
      expect(ph(a), key).toEqual(ph(b));
    }
  });

  it('every key the code uses exists in both catalogs', () => {
    const used = keysUsedInCode();
    expect(used.size).toBeGreaterThan(40);
    for (const key of used) {
      for (const [lang, cat] of Object.entries(catalogs)) expect(cat[key], `${lang} is missing "${key}"`).toBeDefined();
    }
  });

  it('keys are valid browser.i18n names', () => {
    for (const key of Object.keys(id)) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
  });
});

describe('translator', () => {
  it('fills placeholders and speaks each language', () => {
    expect(translator('id')('matchedCount', 3, 14)).toBe('3 dari 14 angka cocok dengan klaim');
    expect(translator('en')('matchedCount', 3, 14)).toBe('3 of 14 figures match a claim');
  });

  it('words the verdicts as the issue asks', () => {
    const t = translator('id');
    expect(t('agreement_same')).toBe('Angka di artikel sama dengan sumber');
    expect(t('agreement_differs', '10.000 kontainer')).toBe('Berbeda: sumber menyebut 10.000 kontainer');
    expect(t('agreement_outdated', '28.000 kontainer', 'Juli 2025')).toBe('Sudah diperbarui: 28.000 kontainer per Juli 2025');
  });
});

describe('Intl formatting for the interface language', () => {
  it('numbers: 6.700 in Indonesian, 6,700 in English', () => {
    expect(formatNumber(6700, 'id')).toBe('6.700');
    expect(formatNumber(6700, 'en')).toBe('6,700');
    expect(formatNumber(2.5, 'id')).toBe('2,5');
    expect(formatNumber(61e9, 'en')).toBe('61,000,000,000');
  });

  it('dates keep their precision', () => {
    expect(formatDate('2024-02-26', 'id')).toBe('26 Februari 2024');
    expect(formatDate('2024-02-26', 'en')).toBe('26 February 2024');
    expect(formatDate('2025-07', 'id')).toBe('Juli 2025');
    expect(formatDate('2023', 'en')).toBe('2023');
  });

  it('the interface language: the choice, else the page, else the browser', () => {
    expect(resolveLang('en', 'id', 'id-ID')).toBe('en');
    expect(resolveLang('auto', 'id', 'en-US')).toBe('id');
    expect(resolveLang('auto', undefined, 'id')).toBe('id');
    expect(resolveLang('auto', undefined, 'fr-FR')).toBe('en');
  });
});
