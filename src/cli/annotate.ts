/**
 * `cli annotate FILE`: the extension's pipeline on a saved page, in Node. HTML goes through happy-dom with scripts
 * disabled (a page's scripts never run), then article blocks → figuresInBlocks → matchFigures, exactly as the content
 * script and the background worker do it. `--text` reads plain text instead (blocks = paragraphs).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import * as z from 'zod/mini';
import '../core/zod-locale';
import { compileDataset, DatasetIndex, type CompiledDataset } from '../core/claims/compiled';
import { detectLang } from '../core/figures/detect';
import { LANGS, type Lang } from '../core/figures/figure';
import { figuresInBlocks } from '../core/match/context';
import { matchFigures } from '../core/match/match';
import type { PageContext } from '../core/match/types';
import { articleBlocks, articleScope, pageContext } from '../content/article';
import { blockText } from '../content/marks';
import { formatError, loadDataset } from '../node/dataset-files';
import type { CliIo } from './io';


const USAGE = `usage: cli annotate [--text] [--date YYYY-MM-DD] [--lang id|en] [--title TEXT] [--url URL] FILE|-
  Prints, for each figure on the page, the detector's fields plus its matches in the dataset (JSON).`;

const ArgsSchema = /* @__PURE__ */ z.object({
  file: z.string().check(z.minLength(1)),
  text: z.boolean(),
  date: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, '--date must be YYYY-MM-DD'))),
  lang: z.optional(z.enum(LANGS)),
  title: z.optional(z.string().check(z.maxLength(500))),
  url: z.optional(z.url()),
});
type Args = z.infer<typeof ArgsSchema>;

function parseArgs(args: string[]): Args | string {
  const raw: Record<string, unknown> = { text: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    const value = (): string | undefined => args[++i];
    if (a === '--text') raw['text'] = true;
    else if (a === '--date') raw['date'] = value();
    else if (a === '--lang') raw['lang'] = value();
    else if (a === '--title') raw['title'] = value();
    else if (a === '--url') raw['url'] = value();
    else if (a.startsWith('--')) return `unknown option ${a}`;
    else if (raw['file'] === undefined) raw['file'] = a;
    else return `unexpected argument ${a}`;
  }
  const parsed = ArgsSchema.safeParse(raw);
  if (!parsed.success) return parsed.error.issues.map((i) => `${i.path.join('.') || 'FILE'}: ${i.message}`).join('; ');
  return parsed.data;
}

let cachedIndex: DatasetIndex | undefined;

/**
 * The dataset index the CLI, the evaluation and the benchmark use: `src/generated/dataset.json` when
 * `npm run data:build` has written it, else compiled on the fly from `data/`.
 */
export function loadIndex(root = process.cwd(), warn: (message: string) => void = () => {}): DatasetIndex {
  if (cachedIndex) return cachedIndex;
  const built = join(root, 'src', 'generated', 'dataset.json');
  let compiled: CompiledDataset;
  if (existsSync(built)) {
    compiled = JSON.parse(readFileSync(built, 'utf8')) as CompiledDataset;
  } else {
    const loaded = loadDataset(join(root, 'data'), root);
    // Files that failed validation are already left out; cross-reference problems do not stop annotation.
    if (loaded.errors.length > 0) warn(`dataset has ${loaded.errors.length} errors (npm run data:check):\n${loaded.errors.map(formatError).join('\n')}`);
    if (loaded.records.length === 0) throw new Error('no valid records in data/');
    compiled = compileDataset(loaded);
  }
  cachedIndex = new DatasetIndex(compiled);
  return cachedIndex;
}

interface Page {
  blocks: string[];
  page: PageContext;
}

/** Plain text: one block per paragraph (blank lines), or per line when there are no blank lines. */
export function textPage(text: string, args: Pick<Args, 'date' | 'lang' | 'title'>): Page {
  const normalized = text.replace(/\r\n?/g, '\n');
  const parts = /\n\s*\n/.test(normalized) ? normalized.split(/\n\s*\n/) : normalized.split('\n');
  const blocks = parts.map((p) => p.trim()).filter((p) => p.length > 0);
  const lang: Lang = args.lang ?? detectLang(blocks.slice(0, 8).join(' ').slice(0, 4000));
  return {
    blocks,
    page: { title: args.title ?? '', lang, ...(args.date ? { published: args.date } : {}) },
  };
}

/** Where the saved page came from, so that site rules apply: canonical link or og:url. */
function pageUrl(html: string): string | undefined {
  const m =
    /<link[^>]+rel=["']canonical["'][^>]*href=["']([^"']+)["']/i.exec(html) ??
    /<link[^>]+href=["']([^"']+)["'][^>]*rel=["']canonical["']/i.exec(html) ??
    /<meta[^>]+property=["']og:url["'][^>]*content=["']([^"']+)["']/i.exec(html);
  const url = m?.[1];
  return url && /^https?:\/\//.test(url) ? url : undefined;
}

export function htmlPage(html: string, args: Pick<Args, 'date' | 'lang' | 'title' | 'url'>): Page {
  const url = args.url ?? pageUrl(html) ?? 'https://localhost/';
  const window = new Window({
    url,
    settings: {
      disableJavaScriptFileLoading: true,
      disableComputedStyleRendering: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  try {
    const doc = window.document as unknown as Document;
    doc.open();
    doc.write(html);
    doc.close();
    const scope = articleScope(doc);
    const kept = articleBlocks(scope);
    const blocks = kept.map((b) => blockText(b, scope.skip).text);
    const ctx = pageContext(doc, kept, detectLang);
    const page: PageContext = {
      ...ctx,
      ...(args.title !== undefined ? { title: args.title } : {}),
      ...(args.lang ? { lang: args.lang } : {}),
      ...(args.date ? { published: args.date } : {}),
    };
    return { blocks, page };
  } finally {
    void window.happyDOM.close();
  }
}

export function annotate(index: DatasetIndex, { blocks, page }: Page): Record<string, unknown>[] {
  const found = figuresInBlocks(blocks, page.lang);
  const results = matchFigures(
    index,
    found.map((f) => f.item),
    page,
  );
  return found.map(({ block, item }, i) => {
    const { key, figure } = item;
    return {
      ...figure,
      block,
      key,
      matches: (results[i]?.matches ?? []).map((m) => ({
        claimId: m.claimId,
        score: m.score,
        agreement: m.agreement,
        status: m.status,
        claimValue: m.claimValue,
        ...(m.claimValueMax !== undefined ? { claimValueMax: m.claimValueMax } : {}),
        unit: m.unit,
        explanation: m.explanation,
        ...(m.latestId ? { latestId: m.latestId } : {}),
        ...(m.expected ? { expected: m.expected } : {}),
      })),
    };
  });
}

export async function main(args: string[], io: CliIo): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.stderr(`annotate: ${parsed}\n${USAGE}\n`);
    return 2;
  }
  let input: string;
  try {
    input = parsed.file === '-' ? await io.stdin() : readFileSync(parsed.file, 'utf8');
  } catch (e) {
    io.stderr(`annotate: cannot read ${parsed.file}: ${(e as Error).message}\n`);
    return 1;
  }
  let index: DatasetIndex;
  try {
    index = loadIndex(process.cwd(), (m) => io.stderr(`annotate: ${m}\n`));
  } catch (e) {
    io.stderr(`annotate: ${(e as Error).message}\n`);
    return 1;
  }
  const page = parsed.text ? textPage(input, parsed) : htmlPage(input, parsed);
  io.stdout(`${JSON.stringify(annotate(index, page), null, 2)}\n`);
  return 0;
}
