/**
 * `cli extract [--lang id|en|auto] [FILE]`: plain text (FILE or stdin) → JSON array of figures.
 * `cli extract --jsonl`: stdin lines {"id", "text", "lang"?} → one line {"id", "figures"} per input line;
 * a bad line gives an error line on stderr naming its number, the rest is still read, exit code 1.
 */
import { readFileSync } from 'node:fs';
import * as z from 'zod/mini';
import '../core/zod-locale';
import { detectFigures } from '../core/figures/detect';
import { LANGS } from '../core/figures/figure';
import type { Lang } from '../core/figures/figure';
import type { CliIo } from './io';


const USAGE = `usage: cli extract [--lang id|en|auto] [FILE]    plain text (FILE or stdin) → JSON array of figures
       cli extract --jsonl [--lang id|en|auto]    stdin lines {"id","text","lang"?} → lines {"id","figures"}`;

const LangOption = /* @__PURE__ */ z.enum([...LANGS, 'auto']);

const JsonlLineSchema = /* @__PURE__ */ z.object({
  id: z.string().check(z.maxLength(500)),
  text: z.string(),
  lang: z.optional(LangOption),
});

interface Args {
  lang: Lang | 'auto';
  jsonl: boolean;
  file?: string;
}

function parseArgs(args: string[]): Args | string {
  const out: Args = { lang: 'auto', jsonl: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--jsonl') out.jsonl = true;
    else if (a === '--lang' || a.startsWith('--lang=')) {
      const v = a === '--lang' ? args[++i] : a.slice('--lang='.length);
      const r = LangOption.safeParse(v);
      if (!r.success) return `--lang must be id, en or auto (got ${JSON.stringify(v ?? '')})`;
      out.lang = r.data;
    } else if (a === '-h' || a === '--help') return '';
    else if (a === '-') out.file = undefined;
    else if (a.startsWith('-')) return `unknown option ${a}`;
    else if (out.file !== undefined) return 'only one FILE';
    else out.file = a;
  }
  if (out.jsonl && out.file !== undefined) return '--jsonl reads stdin; no FILE';
  return out;
}

export async function main(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    if (parsed !== '') io.stderr(`extract: ${parsed}\n`);
    io.stderr(`${USAGE}\n`);
    return parsed === '' ? 0 : 2;
  }
  if (!parsed.jsonl) {
    let text: string;
    try {
      text = parsed.file !== undefined ? readFileSync(parsed.file, 'utf8') : await io.stdin();
    } catch (e) {
      io.stderr(`extract: cannot read ${parsed.file}: ${(e as Error).message}\n`);
      return 1;
    }
    io.stdout(`${JSON.stringify(detectFigures(text, { lang: parsed.lang }), null, 2)}\n`);
    return 0;
  }

  const input = await io.stdin();
  let failed = false;
  const lines = input.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.replace(/\r$/, '');
    if (raw.trim() === '') continue;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (e) {
      io.stderr(`extract: line ${i + 1}: not JSON (${(e as Error).message})\n`);
      failed = true;
      continue;
    }
    const r = JsonlLineSchema.safeParse(json);
    if (!r.success) {
      io.stderr(`extract: line ${i + 1}: ${r.error.issues.map((x) => `${x.path.join('.') || 'line'}: ${x.message}`).join('; ')}\n`);
      failed = true;
      continue;
    }
    const figures = detectFigures(r.data.text, { lang: r.data.lang ?? parsed.lang });
    io.stdout(`${JSON.stringify({ id: r.data.id, figures })}\n`);
  }
  return failed ? 1 : 0;
}
