/**
 * Scans the article for figures, asks the background to match them (one round trip per batch), and marks them.
 * Visible blocks first, the rest in idle time in small slices; re-scanning is idempotent.
 */
import browser from 'webextension-polyfill';
import type { Lang } from '../core/figures/figure';
import type { Bilingual, DatasetRecord } from '../core/claims/schema';
import type { FigureInContext, Match, PageContext } from '../core/match/types';
import { figuresInBlocks } from '../core/match/context';
import { markStatus, type MarkStatus } from '../core/verdict';
import type { Mode } from '../core/settings';
import { MatchResponse, type MatchRequest, type PageFigure } from '../messages';
import { blockText, wrapFigure, unwrap, MARK_TAG, type BlockText } from './marks';
import { styleMark } from './mark-style';
import { translator } from '../ui/i18n';
import { figureReading } from '../ui/figure-text';

/** Longest slice of work before yielding to the page. */
const SLICE_MS = 8;
/** Figures per message to the background. */
const BATCH = 400;

export interface Entry {
  key: string;
  item: FigureInContext;
  block: Element;
  mark: HTMLElement | null;
  matches: Match[] | null;
}

interface BlockState {
  text: string;
  keys: string[];
}

export interface ScanEnv {
  mode: Mode;
  lang: Lang;
  page: PageContext;
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
  readonly records = new Map<string, DatasetRecord>();
  readonly units: Record<string, Bilingual> = {};
  private readonly blocks = new WeakMap<Element, BlockState>();
  private counter = 0;
  private running: Promise<void> = Promise.resolve();
  /** Set while the scanner itself changes the DOM, so the observer can ignore those mutations. */
  mutating = false;
  stopped = false;
  private skip = '';

  constructor(private env: ScanEnv) {}

  setMode(mode: Mode): void {
    this.env = { ...this.env, mode };
    for (const e of this.entries.values()) this.applyMark(e);
    this.env.onChange();
  }

  get mode(): Mode {
    return this.env.mode;
  }

  get lang(): Lang {
    return this.env.lang;
  }

  /** Queues a scan of these blocks after any scan already running. */
  scan(blocks: Element[], skip: string): Promise<void> {
    this.skip = skip;
    this.running = this.running.then(() => this.run(blocks, skip)).catch(() => undefined);
    return this.running;
  }

  private async run(blocks: Element[], skip: string): Promise<void> {
    const ordered = visibleFirst(blocks);
    let pending: { entry: Entry; bt: BlockText }[] = [];
    let sliceStart = performance.now();
    let firstBatch = true;
    for (const block of ordered) {
      if (this.stopped) return;
      if (!block.isConnected) continue;
      pending.push(...this.readBlock(block, skip));
      // The first visible screenful goes out at once; the rest in batches.
      if (pending.length >= BATCH || (firstBatch && pending.length > 0 && !inViewport(block))) {
        await this.flush(pending);
        pending = [];
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

  /** Detects the block's figures when its text changed or its marks were lost. */
  private readBlock(block: Element, skip: string): { entry: Entry; bt: BlockText }[] {
    const bt = blockText(block, skip);
    const prev = this.blocks.get(block);
    if (prev && prev.text === bt.text && prev.keys.every((k) => this.markIntact(k))) return [];
    const old = new Map<string, Entry>();
    for (const k of prev?.keys ?? []) {
      const e = this.entries.get(k);
      if (e) old.set(sig(e.item.figure.start, e.item.figure.surface), e);
      this.entries.delete(k);
    }
    const keys: string[] = [];
    const out: { entry: Entry; bt: BlockText }[] = [];
    for (const { item } of figuresInBlocks([bt.text], this.env.lang)) {
      const reuse = old.get(sig(item.figure.start, item.figure.surface));
      const key = reuse?.key ?? `k${++this.counter}`;
      const entry: Entry = { key, item: { ...item, key }, block, mark: reuse?.mark?.isConnected ? reuse.mark : null, matches: reuse?.matches ?? null };
      this.entries.set(key, entry);
      keys.push(key);
      out.push({ entry, bt });
    }
    for (const e of old.values()) if (!keys.includes(e.key) && e.mark?.isConnected) this.withMutation(() => unwrap(e.mark!));
    this.blocks.set(block, { text: bt.text, keys });
    return out;
  }

  private markIntact(key: string): boolean {
    const e = this.entries.get(key);
    if (!e) return false;
    if (!e.matches) return true;
    return !this.shouldMark(e) || !!e.mark?.isConnected;
  }

  private async flush(batch: { entry: Entry; bt: BlockText }[]): Promise<void> {
    const need = batch.filter((b) => !b.entry.matches);
    if (need.length) {
      const req: MatchRequest = { type: 'match', page: this.env.page, items: need.map((b) => b.entry.item) };
      try {
        const res = MatchResponse.parse(await browser.runtime.sendMessage(req));
        for (const r of res.records) this.records.set(r.id, r);
        Object.assign(this.units, res.units);
        const byKey = new Map(res.results.map((r) => [r.key, r.matches]));
        for (const b of need) b.entry.matches = byKey.get(b.entry.key) ?? [];
      } catch {
        for (const b of need) b.entry.matches = [];
      }
    }
    for (const { entry, bt } of batch) this.applyMark(entry, bt);
    this.env.onChange();
  }

  private shouldMark(e: Entry): boolean {
    return this.env.mode === 'factchecker' || (e.matches?.length ?? 0) > 0;
  }

  /** Adds, restyles or removes the entry's mark to fit its matches and the mode. */
  private applyMark(e: Entry, bt?: BlockText): void {
    const status = markStatus(e.matches ?? undefined);
    if (!this.shouldMark(e)) {
      if (e.mark?.isConnected) this.withMutation(() => unwrap(e.mark!));
      e.mark = null;
      return;
    }
    this.withMutation(() => {
      if (!e.mark?.isConnected) {
        const text = bt ?? blockText(e.block, this.skip);
        e.mark = wrapFigure(text, e.item.figure, { key: e.key, status, label: this.label(e, status) });
      }
      if (e.mark) {
        e.mark.dataset['status'] = status;
        e.mark.setAttribute('aria-label', this.label(e, status));
        styleMark(e.mark, status);
      }
    });
  }

  private label(e: Entry, status: MarkStatus): string {
    const t = translator(this.env.lang);
    const f = e.item.figure;
    return t('markLabel', f.unit && f.kind === 'count' ? `${f.surface} ${f.unit}` : f.surface, t(`markStatus_${status}`), status === 'unmatched' ? '-' : this.claimStatus(e, t));
  }

  private claimStatus(e: Entry, t: ReturnType<typeof translator>): string {
    const m = e.matches?.[0];
    return m ? t(`claimStatus_${m.status}`) : '-';
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
        status: markStatus(e.matches ?? undefined),
        marked: !!e.mark?.isConnected,
        matches: e.matches ?? [],
      });
    }
    return out;
  }

  summary(): { matched: number; contradicted: number } {
    let matched = 0;
    let contradicted = 0;
    for (const e of this.entries.values()) {
      if (!e.matches?.length) continue;
      matched++;
      if (markStatus(e.matches) === 'contradicted') contradicted++;
    }
    return { matched, contradicted };
  }

  reading(key: string): string {
    const e = this.entries.get(key);
    return e ? figureReading(e.item.figure, this.env.lang) : '';
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
