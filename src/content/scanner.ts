/**
 * Scans the article for figures, asks the background to match them (one round trip per batch), and marks them.
 * Visible blocks first, the rest in idle time in small slices; re-scanning is idempotent.
 */
import { ext } from '../ext-api';
import type { Lang } from '../core/figures/figure';
import type { Bilingual } from '../core/claims/schema';
import type { FigureInContext, Match } from '../core/match/types';
import type { PageInfo } from './article';
import { markStatus } from '../core/verdict';
import type { Mode } from '../core/settings';
import { ScanResponse, type ScanRequest, type PageFigure } from '../messages';
import { blockText, wrapFigure, unwrap, MARK_TAG, type BlockText } from './marks';
import { styleMark } from './mark-style';

/** Longest slice of work before yielding to the page. */
const SLICE_MS = 8;
/** Characters of article text per message to the worker. */
const BATCH_CHARS = 100_000;

interface Pending {
  block: Element;
  bt: BlockText;
  key: string;
}

export interface Entry {
  key: string;
  item: FigureInContext;
  block: Element;
  mark: HTMLElement | null;
  matches: Match[];
  /** The mark's accessible name, worded by the worker in the interface language. */
  label: string;
}

interface BlockState {
  text: string;
  keys: string[];
}

export interface ScanEnv {
  mode: Mode;
  page: PageInfo;
  onChange: () => void;
}

const idle = (): Promise<void> =>
  new Promise((resolve) => {
    const ric = (globalThis as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number }).requestIdleCallback;
    if (ric) ric(() => resolve(), { timeout: 200 });
    else setTimeout(resolve, 0);
  });

const visible = (): Promise<void> =>
  document.hidden
    ? new Promise((resolve) => {
        const on = () => {
          if (document.hidden) return;
          document.removeEventListener('visibilitychange', on);
          resolve();
        };
        document.addEventListener('visibilitychange', on);
      })
    : Promise.resolve();

export class Scanner {
  readonly entries = new Map<string, Entry>();
  readonly units: Record<string, Bilingual> = {};
  private readonly blocks = new WeakMap<Element, BlockState>();
  private counter = 0;
  private blockCounter = 0;
  private running: Promise<void> = Promise.resolve();
  /** Set while the scanner itself changes the DOM, so the observer can ignore those mutations. */
  mutating = false;
  stopped = false;
  private skip = '';
  private pageLang: Lang | undefined;
  private uiLang: Lang | undefined;

  constructor(private env: ScanEnv) {}

  setMode(mode: Mode): void {
    this.env = { ...this.env, mode };
    for (const e of this.entries.values()) this.applyMark(e);
    this.env.onChange();
  }

  get mode(): Mode {
    return this.env.mode;
  }

  /** The interface language, as the worker resolved it (the user's choice, else the page's language). */
  get lang(): Lang {
    return this.uiLang ?? this.env.page.lang ?? 'id';
  }

  /** Queues a scan of these blocks after any scan already running. */
  scan(blocks: Element[], skip: string): Promise<void> {
    this.skip = skip;
    this.running = this.running.then(() => this.run(blocks, skip)).catch(() => undefined);
    return this.running;
  }

  private async run(blocks: Element[], skip: string): Promise<void> {
    const ordered = visibleFirst(blocks);
    let pending: Pending[] = [];
    let chars = 0;
    let sliceStart = performance.now();
    let firstBatch = true;
    for (const block of ordered) {
      if (this.stopped) return;
      if (!block.isConnected) continue;
      const read = this.readBlock(block, skip);
      if (read) {
        pending.push(read);
        chars += read.bt.text.length;
      }
      // The first screenful goes out at once; the rest in batches of text.
      if (pending.length && (chars >= BATCH_CHARS || (firstBatch && !inViewport(block)))) {
        await this.flush(pending);
        pending = [];
        chars = 0;
        firstBatch = false;
      }
      if (performance.now() - sliceStart > SLICE_MS) {
        await visible();
        await idle();
        sliceStart = performance.now();
      }
    }
    if (pending.length) await this.flush(pending);
  }

  /** The block's text when it changed (or its marks were lost) since the last scan; null when nothing is to do. */
  private readBlock(block: Element, skip: string): Pending | null {
    const bt = blockText(block, skip);
    const prev = this.blocks.get(block);
    if (prev && prev.text === bt.text && prev.keys.every((k) => this.markIntact(k))) return null;
    if (!bt.text.trim()) {
      this.setBlock(block, bt.text, []);
      return null;
    }
    return { block, bt, key: `b${++this.blockCounter}` };
  }

  private setBlock(block: Element, text: string, keys: string[]): void {
    const prev = this.blocks.get(block);
    for (const k of prev?.keys ?? []) {
      if (keys.includes(k)) continue;
      const e = this.entries.get(k);
      if (e?.mark?.isConnected) this.withMutation(() => unwrap(e.mark!));
      this.entries.delete(k);
    }
    this.blocks.set(block, { text, keys });
  }

  private markIntact(key: string): boolean {
    const e = this.entries.get(key);
    if (!e) return false;
    return !this.shouldMark(e) || !!e.mark?.isConnected;
  }

  /** One round trip: the worker detects and matches the blocks' figures; then they are marked. */
  private async flush(batch: Pending[]): Promise<void> {
    const req: ScanRequest = { type: 'scan', page: { ...this.env.page, ...(this.pageLang ? { lang: this.pageLang } : {}) }, blocks: batch.map((p) => ({ key: p.key, text: p.bt.text })) };
    let res: ScanResponse;
    try {
      res = ScanResponse.parse(await ext.send(req));
    } catch {
      return; // the worker is unavailable (extension updated or restarting): try again on the next change
    }
    Object.assign(this.units, res.units);
    this.pageLang ??= res.lang;
    this.uiLang = res.uiLang;
    const byBlock = new Map<string, ScanResponse['figures']>();
    for (const f of res.figures) byBlock.set(f.block, [...(byBlock.get(f.block) ?? []), f]);
    for (const p of batch) {
      if (!p.block.isConnected) continue;
      const prevKeys = this.blocks.get(p.block)?.keys ?? [];
      const old = new Map(prevKeys.flatMap((k) => {
        const e = this.entries.get(k);
        return e ? [[sig(e.item.figure.start, e.item.figure.surface), e] as const] : [];
      }));
      const keys: string[] = [];
      for (const f of byBlock.get(p.key) ?? []) {
        const reuse = old.get(sig(f.item.figure.start, f.item.figure.surface));
        const key = reuse?.key ?? `k${++this.counter}`;
        const entry: Entry = { key, item: { ...f.item, key }, block: p.block, mark: reuse?.mark?.isConnected ? reuse.mark : null, matches: f.matches, label: f.label };
        this.entries.set(key, entry);
        keys.push(key);
        this.applyMark(entry, p.bt);
      }
      this.setBlock(p.block, p.bt.text, keys);
    }
    this.env.onChange();
  }

  private shouldMark(e: Entry): boolean {
    return this.env.mode === 'factchecker' || e.matches.length > 0;
  }

  /** Adds, restyles or removes the entry's mark to fit its matches and the mode. */
  private applyMark(e: Entry, bt?: BlockText): void {
    const status = markStatus(e.matches);
    if (!this.shouldMark(e)) {
      if (e.mark?.isConnected) this.withMutation(() => unwrap(e.mark!));
      e.mark = null;
      return;
    }
    this.withMutation(() => {
      if (!e.mark?.isConnected) {
        const text = bt ?? blockText(e.block, this.skip);
        e.mark = wrapFigure(text, e.item.figure, { key: e.key, status, label: e.label });
      }
      if (e.mark) {
        e.mark.dataset['status'] = status;
        e.mark.setAttribute('aria-label', e.label);
        styleMark(e.mark, status);
      }
    });
  }

  private withMutation(fn: () => void): void {
    this.mutating = true;
    try {
      fn();
    } finally {
      this.mutating = false;
    }
  }

  /** Marks in document order (for next/previous). */
  orderedMarks(): HTMLElement[] {
    return Array.from(document.querySelectorAll<HTMLElement>(MARK_TAG)).filter((m) => m.dataset['key'] && this.entries.has(m.dataset['key']));
  }

  /** The page's figures for the popup: matched first, then document order. */
  list(): PageFigure[] {
    const out: PageFigure[] = [];
    for (const e of this.entries.values()) {
      out.push({
        key: e.key,
        figure: e.item.figure,
        sentence: e.item.sentence,
        status: markStatus(e.matches),
        marked: !!e.mark?.isConnected,
        matches: e.matches,
      });
    }
    return out;
  }

  summary(): { matched: number; contradicted: number } {
    let matched = 0;
    let contradicted = 0;
    for (const e of this.entries.values()) {
      if (!e.matches.length) continue;
      matched++;
      if (markStatus(e.matches) === 'contradicted') contradicted++;
    }
    return { matched, contradicted };
  }

  /** Removes every mark: the page is as it was. */
  clear(): void {
    this.stopped = true;
    this.withMutation(() => {
      for (const e of this.entries.values()) if (e.mark?.isConnected) unwrap(e.mark);
    });
    this.entries.clear();
  }
}

const sig = (start: number, surface: string) => `${start}:${surface}`;

function inViewport(el: Element): boolean {
  const r = el.getBoundingClientRect();
  return r.bottom >= 0 && r.top <= (window.innerHeight || 800);
}

/** Blocks on screen first, then the rest in document order. */
function visibleFirst(blocks: Element[]): Element[] {
  if (blocks.length < 40) return blocks;
  const h = window.innerHeight || 800;
  // Blocks are in document order, so their tops ascend: binary search for the first on or below the screen.
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid]!.getBoundingClientRect().bottom < 0) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < blocks.length && blocks[end]!.getBoundingClientRect().top <= h) end++;
  return [...blocks.slice(lo, end), ...blocks.slice(0, lo), ...blocks.slice(end)];
}
