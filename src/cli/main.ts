/**
 * `npm run --silent cli -- <subcommand> ...`: the project's command line. Each subcommand lives in its own module
 * and is loaded only when called.
 */
import type { CliIo, Subcommand } from './io';
import { quietOnClosedPipe } from './pipe';

const SUBCOMMANDS: Record<string, { help: string; load: () => Promise<Subcommand> }> = {
  extract: {
    help: 'extract [--lang id|en|auto] [--jsonl] [FILE]   figures in plain text (FILE or stdin) as JSON',
    load: async () => (await import('./extract')).main,
  },
  annotate: {
    help: 'annotate [--text] [--date YYYY-MM-DD] [--lang id|en] FILE   the extension pipeline on an HTML page or text',
    load: async () => (await import('./annotate')).main,
  },
  'import-claimreview': {
    help: 'import-claimreview FILE   ClaimReview JSON-LD → dataset records (JSON)',
    load: async () => (await import('./claimreview')).importMain,
  },
  'export-claimreview': {
    help: 'export-claimreview   the whole dataset as ClaimReview JSON-LD',
    load: async () => (await import('./claimreview')).exportMain,
  },
};

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const io: CliIo = {
  stdin: readStdin,
  stdout: (s) => void process.stdout.write(s),
  stderr: (s) => void process.stderr.write(s),
};

async function run(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const sub = name ? SUBCOMMANDS[name] : undefined;
  if (!sub) {
    io.stderr(`${name && name !== '--help' ? `unknown subcommand "${name}"\n` : ''}usage: npm run --silent cli -- <subcommand>\n`);
    for (const s of Object.values(SUBCOMMANDS)) io.stderr(`  ${s.help}\n`);
    return name === '--help' ? 0 : 2;
  }
  return (await sub.load())(args, io);
}

quietOnClosedPipe();

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
