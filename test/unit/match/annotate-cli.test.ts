import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/annotate';

const HTML = join(import.meta.dirname, 'fixtures', 'tribunnews-seed.html');
const TEXT = '/work/shared/fixtures/tribunnews-kim-6700-kontainer.txt';

interface Row {
  surface: string;
  value: number;
  kind: string;
  start: number;
  end: number;
  matches: { claimId: string; agreement: string; claimValue: number; unit: string; score: number; explanation: { id: string; en: string } }[];
}

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { stdin: async () => readFileSync(TEXT, 'utf8'), stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
}

const top = (rows: Row[], surface: string) => rows.find((r) => r.surface === surface)?.matches[0];

describe('cli annotate', () => {
  it('runs the extension pipeline on an HTML page: article blocks, metadata date, no page scripts', async () => {
    const { code, out } = await run([HTML]);
    expect(code).toBe(0);
    const rows = JSON.parse(out) as Row[];
    // The page's script would have replaced the body or written a 999.999 / 888.888 paragraph.
    expect(rows.some((r) => r.value === 999_999 || r.value === 888_888)).toBe(false);
    // Page furniture outside the article body is not read.
    expect(rows.some((r) => r.value === 1250)).toBe(false);
    expect(top(rows, '6.700')).toMatchObject({ claimId: 'seed-01-containers-6700', agreement: 'outdated', claimValue: 6700, unit: 'container' });
    expect(top(rows, '3 juta')).toMatchObject({ claimId: 'seed-02-capacity-3m-152mm', agreement: 'basis' });
    // The published date comes from the JSON-LD, so the duration is checked.
    expect(top(rows, 'dua dekade')).toMatchObject({ claimId: 'seed-08-two-decades-war', agreement: 'differs' });
    for (const r of rows) expect(typeof r.start).toBe('number');
  });

  it('reads plain text with --text, and --date drives the derived check', async () => {
    const dated = JSON.parse((await run(['--text', '--date', '2024-02-27', TEXT])).out) as Row[];
    expect(top(dated, '500.000')?.claimId).toBe('seed-03-capacity-500k-122mm');
    expect(top(dated, 'dua dekade')?.agreement).toBe('differs');
    expect(top(dated, 'dua dekade')?.explanation.en).toMatch(/by 2024-02-27 it was about 2 years/);
    // Without the page's date no correct length can be worked out; the claim is still one the dataset rates false.
    const undated = JSON.parse((await run(['--text', TEXT])).out) as Row[];
    expect(top(undated, 'dua dekade')?.agreement).toBe('differs');
    expect(top(undated, 'dua dekade')?.explanation.en).toMatch(/repeats a claim the dataset rates false/);
    expect(top(undated, 'dua dekade')?.explanation.en).not.toMatch(/it was about/);
  });

  it('scales claim values fully (61 billion dollars → 61000000000)', async () => {
    let out = '';
    const text = 'Kongres AS menyetujui bantuan 61 miliar dolar AS untuk Ukraina pada April 2024, kata Presiden Joe Biden.';
    await main(['--text', '--date', '2024-04-25', '-'], { stdin: async () => text, stdout: (s) => (out += s), stderr: () => {} });
    const rows = JSON.parse(out) as Row[];
    const m = rows.find((r) => r.value === 61e9)?.matches[0];
    expect(m?.claimId).toBe('ru-ua-21-us-61bn-april2024');
    expect(m?.claimValue).toBe(61e9);
  });

  it('rejects bad arguments with exit code 2', async () => {
    expect((await run(['--date', '27-02-2024', TEXT])).code).toBe(2);
    expect((await run(['--lang', 'fr', TEXT])).code).toBe(2);
    expect((await run([])).code).toBe(2);
    expect((await run(['/nonexistent/page.html'])).code).toBe(1);
  });
});
