import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/extract';
import { FigureSchema } from '../../../src/core/figures/figure';

async function run(args: string[], stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { stdin: async () => stdin, stdout: (s) => out.push(s), stderr: (s) => err.push(s) });
  return { code, out: out.join(''), err: err.join('') };
}

describe('cli extract', () => {
  it('prints a JSON array of figures for plain text on stdin', async () => {
    const r = await run(['--lang', 'id'], 'Korut mengirim lebih dari 10.000 kontainer.');
    expect(r.code).toBe(0);
    const figures = JSON.parse(r.out) as unknown[];
    expect(figures).toHaveLength(1);
    expect(FigureSchema.parse(figures[0])).toMatchObject({ surface: '10.000', value: 10000, unit: 'kontainer', qualifier: 'more_than' });
  });

  it('reads a FILE and guesses the language with --lang auto', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-'));
    const file = join(dir, 'a.txt');
    writeFileSync(file, 'The ministry said 6,700 containers were shipped to the port.');
    const r = await run([file]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject([{ surface: '6,700', value: 6700, lang: 'en' }]);
  });

  it('--jsonl: one output line per input line, bad lines reported by number, exit 1', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'sekitar 3 juta siswa', lang: 'id' }),
      'not json',
      JSON.stringify({ id: 'b', text: 'about 3 million pupils', lang: 'en' }),
      JSON.stringify({ id: 7 }),
      '',
    ].join('\n');
    const r = await run(['--jsonl'], input);
    expect(r.code).toBe(1);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l) as { id: string; figures: { value: number }[] });
    expect(lines.map((l) => l.id)).toEqual(['a', 'b']);
    expect(lines.map((l) => l.figures[0]?.value)).toEqual([3e6, 3e6]);
    expect(r.err).toMatch(/line 2:/);
    expect(r.err).toMatch(/line 4:/);
  });

  it('--jsonl with only good lines exits 0', async () => {
    const r = await run(['--jsonl'], `${JSON.stringify({ id: 'x', text: 'tanpa angka' })}\n`);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({ id: 'x', figures: [] });
  });

  it('rejects unknown options and a bad --lang with exit 2', async () => {
    expect((await run(['--lang', 'fr'])).code).toBe(2);
    expect((await run(['--bogus'])).code).toBe(2);
  });

  it('a missing FILE is an error, not a crash', async () => {
    const r = await run(['/nonexistent/file.txt']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/cannot read/);
  });
});
