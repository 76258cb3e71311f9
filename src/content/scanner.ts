/**
 * Scans the article for figures, asks the background to match them (one round trip per batch), and marks them.
 * Visible blocks first, the rest in idle time in small slices; re-scanning is idempotent.
 */
import { ext } from '../ext-api';
import type { Lang } from '../core/figures/figure';
import type { Bilingual } from '../core/claims/schema';
import type { Figure } from '../core/figures/figure';
import type { MatchSummary } from '../core/match/types';
import type { ArticleScope, PageInfo } from './article';
import { markStatus } from '../core/verdict';
import type { Mode } from '../core/settings';
import { ScanResponse, type ScanFigure, type ScanRequest, type PageFigure } from '../messages';
import { fillLabel, labelKey } from '../ui/mark-label';
import { bareText, blockText, wrapFigure, unwrap, MARK_TAG, type BlockText } from './marks';
import { styleMark } from './mark-style';
import type { LazyMarks } from './lazy-marks';

/** Longest slice of reading before yielding to the page. */
const SLICE_MS = 8;
/** Blocks read between looks at the clock (a block takes a few µs to read). */
const CLOCK_EVERY = 16;
/**
 * Longest slice of DOM writes (marks) before the page renders. Every frame after a write lays out the whole page
 * again, which on a 10,000-paragraph live blog costs tens of ms however few marks changed: so the marks go in
 * few, full slices rather than many small ones.
 */
const WRITE_MS = 30;
/**
 * Most marks written in one slice on a huge page. Each mark adds to the relayout the page costs anyway (about 35 ms
 * on the live blog): 120 marks in one frame made a 55–62 ms task, 40 per frame keep each at about 42–50 ms, for
 * some 60 ms more main-thread time in all (still a fifth of mark.js's).
 */
const LAZY_SLICE_MARKS = 40;
/** Characters of article text per message to the worker (the first screenful goes out alone, at once). */
const BATCH_CHARS = 30_000;
/**
 * Per message when only counts come back (reader mode, a huge page away from the viewport): the answer is a few
 * numbers, so a batch is limited only by sending its text. Kept under 64 K characters (128 KB as a two-byte string):
 * a message's JSON string of 128 KB or more goes to V8's large-object space, and each such string brought the page's
 * whole heap a step nearer a full collection (a live blog's sends cost 70–105 ms in all at 150,000 characters a
 * batch, 35–55 ms at 50,000).
 */
const COUNT_BATCH_CHARS = 50_000;
/**
 * Past this many blocks the page is huge (a live blog): every figure is still read and matched, but a block's
 * marks are written only when it comes within a few screens of the viewport, so that the page does not lay out
 * tens of thousands of marks nobody is looking at.
 */
const LAZY_BLOCKS = 400;
/** How near the viewport, in screen heights, a huge page's marks are written. */
const LAZY_SCREENS = 3;
/** How tall, in screens, a run of blocks that lazy marking releases together can be (16 paragraphs: about two). */
const RUN_SCREENS = 2;

type Write = { entry: Entry; bt: BlockText; block: Element };
/** Waiting for the viewport on a huge page: a mark to write, or a counted block whose figures are then fetched. */
type Work = Write | { block: Element; entry?: undefined };

interface Pending {
  block: Element;
  /** Without segments when read for counts only (they are read again when the block's marks are written). */
  bt: BlockText;
}

const NO_SEGMENTS: BlockText['segments'] = [];
/** A block without figures (one shared list: a live blog has thousands). */
const NO_KEYS: readonly string[] = [];

/** A block read in reader mode on a huge page, far from the viewport: how many of its figures matched, and contradict. */
type Counts = { matched: number; contradicted: number };

export interface Entry {
  key: string;
  figure: Figure;
  sentence: string;
  block: Element;
  mark: HTMLElement | null;
  matches: MatchSummary[];
  /** Why the top match was chosen, in the interface language. */
  why?: string;
}

interface BlockState {
  text: string;
  keys: readonly string[];
}

export interface ScanEnv {
  mode: Mode;
  page: PageInfo;
  onChange: () => void;
  /** Runs the scanner's own DOM changes so that the page observer does not see them as the page's. */
  quiet?: (fn: () => void) => void;
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

/**
 * Progress of the scans on this page. Kept on the content script's own global (its isolated world: the page cannot
 * see it) so that the benchmark and end-to-end tests can tell when a scan is done.
 */
export interface ScanStats {
  /** performance.now() when the latest scan started, when its first mark appeared, when the queue emptied. */
  startedAt: number;
  firstMarkAt: number;
  doneAt: number;
  busy: boolean;
  /** Scans run (including re-scans after mutations) and marks added in all. */
  scans: number;
  marked: number;
}

export const scanStats: ScanStats = { startedAt: 0, firstMarkAt: 0, doneAt: 0, busy: false, scans: 0, marked: 0 };
(globalThis as { __cekAngkaScan?: ScanStats }).__cekAngkaScan = scanStats;

export class Scanner {
  readonly entries = new Map<string, Entry>();
  readonly units: Record<string, Bilingual> = {};
  private blocks = new WeakMap<Element, BlockState>();
  private counter = 0;
  private running: Promise<void> = Promise.resolve();
  /** Set while the scanner itself changes the DOM, so the observer can ignore those mutations. */
  mutating = false;
  stopped = false;
  /** Huge pages only: writes waiting for their block to come near the viewport. */
  private lazy: LazyMarks<Work> | null = null;
  /**
   * Reader mode on a huge page: blocks away from the viewport come back as counts only (a live blog's thousands of
   * matches, with their claims and explanations, would cost more to receive and check than the whole text walk).
   * Their figures are fetched when they come near the viewport, or when the popup lists the page.
   */
  private readonly counted = new Map<Element, Counts>();
  /** The latest scan's scope, to read again when the mode needs figures a huge page's scan left out. */
  private scope: ArticleScope = { blocks: [], keep: () => false, skip: () => false };
  private pageLang: Lang | undefined;
  private uiLang: Lang | undefined;
  /** Label templates by labelKey, worded by the worker in the interface language. */
  private labels: Record<string, string> = {};

  constructor(private env: ScanEnv) {}

  setMode(mode: Mode): void {
    const refetch = this.lazy && this.env.mode === 'reader' && mode !== 'reader';
    this.env = { ...this.env, mode };
    if (refetch) {
      // The reader-mode scan of a huge page kept only matched figures: read every block again.
      this.blocks = new WeakMap();
      this.counted.clear();
      void this.scan(this.scope);
    }
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

  /**
   * Queues a scan of these blocks after any scan already running. With `touched` (nodes the page changed), blocks
   * scanned before are read again only when a touched node is in them or their marks were lost.
   */
  scan(scope: ArticleScope, touched?: Iterable<Node>): Promise<void> {
    this.scope = scope;
    this.queued++;
    scanStats.busy = true;
    const done = () => {
      if (--this.queued === 0) {
        scanStats.busy = false;
        scanStats.doneAt = performance.now();
      }
    };
    this.running = this.running.then(() => {
      scanStats.scans++;
      if (!scanStats.startedAt) scanStats.startedAt = performance.now();
      return this.run(scope, touched ? touchedBlocks(scope.blocks, touched) : null);
    }).catch(() => undefined).then(done);
    return this.running;
  }
  private queued = 0;

  private async run(scope: ArticleScope, touched: Set<Element> | null): Promise<void> {
    const { blocks } = scope;
    if (!this.lazy && blocks.length > LAZY_BLOCKS) {
      // Finding a huge page's blocks took tens of ms already: the scan starts in a task of its own.
      await idle();
      const { LazyMarks } = await import('./lazy-marks');
      this.lazy = new LazyMarks<Work>(blocks, LAZY_SCREENS, (ready) => void this.release(ready));
    }
    const ordered = visibleFirst(blocks);
    let pending: Pending[] = [];
    let chars = 0;
    let firstBatch = true;
    this.sliceStart = performance.now();
    // (By index: an iterator's result objects outlive each await, one per block.)
    for (let i = 0; i < ordered.length; i++) {
      const block = ordered[i]!;
      if (this.stopped) return;
      if (!block.isConnected) continue;
      // The first screenful goes out at once (on a huge page, every block whose marks are written now, including
      // the rest of a run of blocks released with one near the viewport: each frame that follows a write lays out
      // the whole page again); the rest in batches of text.
      const want = this.want(!firstBatch);
      const read = this.readBlock(block, scope, touched, want === 'counts');
      if (read) {
        pending.push(read);
        chars += read.bt.text.length;
      }
      const limit = want === 'counts' ? COUNT_BATCH_CHARS : BATCH_CHARS;
      if (pending.length && (chars >= limit || (firstBatch && !nearViewport(block, this.lazy ? LAZY_SCREENS + RUN_SCREENS : 0)))) {
        await this.flush(pending, want);
        pending = [];
        chars = 0;
        firstBatch = false;
      }
      // (Asked without an await: awaiting even a finished check costs a promise and a microtask per block.)
      if (this.due()) await this.pause();
    }
    if (pending.length) await this.flush(pending, this.want(!firstBatch));
  }

  /** What to ask the worker for a batch; `far`: the batch is away from the viewport. */
  private want(far = false): ScanRequest['want'] {
    if (!this.lazy || this.env.mode !== 'reader') return 'all';
    return far ? 'counts' : 'matched';
  }

  /** Blocks near the viewport now: their waiting marks are written, their counted figures fetched and marked. */
  private async release(ready: Work[]): Promise<void> {
    const writes = ready.filter((w): w is Write => w.entry !== undefined);
    if (writes.length) await this.write(writes);
    const counted = ready.filter((w) => w.entry === undefined).map((w) => w.block);
    if (counted.length) await this.fetchCounted(counted);
  }

  /** Fetches the figures of counted blocks (in batches of text), so that they can be marked and listed. */
  private async fetchCounted(blocks: Iterable<Element>): Promise<void> {
    let pending: Pending[] = [];
    let chars = 0;
    const send = async () => {
      const batch = pending;
      pending = [];
      chars = 0;
      const counts = batch.map((p) => this.counted.get(p.block)!);
      batch.forEach((p) => this.counted.delete(p.block));
      // The worker is unavailable: the blocks stay counted, to be fetched again later.
      if (!(await this.flush(batch, this.want()))) batch.forEach((p, i) => this.counted.set(p.block, counts[i]!));
    };
    for (const block of new Set(blocks)) {
      if (this.stopped) return;
      if (!this.counted.has(block) || !block.isConnected) continue;
      const bt = blockText(block, this.scope.skip);
      pending.push({ block, bt });
      chars += bt.text.length;
      if (chars >= BATCH_CHARS) await send();
    }
    if (pending.length) await send();
  }

  private sliceStart = 0;
  private sinceClock = 0;

  /** Whether this slice of work has run long enough to give the page its main thread back. */
  private due(): boolean {
    // performance.now() costs about 1 µs in a page: on a live blog, once per block would add up to ~10 ms.
    if (++this.sinceClock < CLOCK_EVERY) return false;
    this.sinceClock = 0;
    return performance.now() - this.sliceStart >= SLICE_MS;
  }

  /** Gives the page its main thread back; waits while the tab is hidden. */
  private async pause(): Promise<void> {
    await visible();
    await idle();
    this.sliceStart = performance.now();
  }

  /** The block's text when it changed (or its marks were lost) since the last scan; null when nothing is to do. */
  private readBlock(block: Element, scope: ArticleScope, touched: Set<Element> | null, textOnly = false): Pending | null {
    const prev = this.blocks.get(block);
    // Unchanged since it was read: no need to walk its text again.
    if (prev && touched && !touched.has(block) && prev.keys.every((k) => this.markIntact(k))) return null;
    // A block of bare text (most of a live blog's) is read once, for the "Baca juga" test and for its text.
    const bare = bareText(block);
    if (!scope.keep(block, bare)) return null;
    const bt = textOnly ? { text: bare ?? blockText(block, scope.skip).text, segments: NO_SEGMENTS } : blockText(block, scope.skip);
    if (prev && prev.text === bt.text && prev.keys.every((k) => this.markIntact(k))) return null;
    if (!NOT_BLANK.test(bt.text)) {
      this.setBlock(block, bt.text, NO_KEYS);
      return null;
    }
    return { block, bt };
  }

  private setBlock(block: Element, text: string, keys: readonly string[]): void {
    this.counted.delete(block);
    const prev = this.blocks.get(block);
    if (prev?.keys.length) {
      const keep = new Set(keys);
      for (const k of prev.keys) {
        if (keep.has(k)) continue;
        const e = this.entries.get(k);
        if (e?.mark?.isConnected) this.withMutation(() => unwrap(e.mark!));
        this.entries.delete(k);
      }
    }
    this.blocks.set(block, { text, keys });
  }

  private markIntact(key: string): boolean {
    const e = this.entries.get(key);
    if (!e) return false;
    return !this.shouldMark(e) || !!e.mark?.isConnected || !!this.lazy?.isWaiting(e.block);
  }

  /**
   * One round trip: the worker detects and matches the blocks' figures; then they are marked, in slices. False when
   * the worker did not answer.
   */
  private async flush(batch: Pending[], want: ScanRequest['want']): Promise<boolean> {
    const req: ScanRequest = {
      type: 'scan',
      page: { ...this.env.page, ...(this.pageLang ? { lang: this.pageLang } : {}) },
      blocks: batch.map((p) => p.bt.text),
      ...(want !== 'all' ? { want } : {}),
    };
    let res: ScanResponse;
    try {
      res = ScanResponse.parse(await ext.send(req));
    } catch {
      return false; // the worker is unavailable (extension updated or restarting): try again on the next change
    }
    if (this.stopped) return true;
    if (res.counts) {
      this.takeCounts(batch, res.counts);
      return true;
    }
    Object.assign(this.units, res.units);
    this.pageLang ??= res.lang;
    this.uiLang = res.uiLang;
    Object.assign(this.labels, res.labels);
    const byBlock: ScanFigure[][] = batch.map(() => []);
    for (const f of res.figures) byBlock[f.block]?.push(f);
    const writes: Write[] = [];
    batch.forEach((p, i) => {
      // The page may have changed the block while the worker read it: its text is read again on the next scan.
      if (this.stopped || !p.block.isConnected) return;
      const text = p.bt.text;
      const prevKeys = this.blocks.get(p.block)?.keys ?? [];
      const old = new Map<string, Entry>();
      for (const k of prevKeys) {
        const e = this.entries.get(k);
        if (e) old.set(sig(e.figure.start, e.figure.surface), e);
      }
      const keys: string[] = [];
      for (const f of byBlock[i]!) {
        const { start, end } = f.figure;
        if (end > text.length || start >= end || f.sentence[1] > text.length) continue; // not this block's text
        const figure: Figure = { ...f.figure, surface: text.slice(start, end) };
        const reuse = old.get(sig(start, figure.surface));
        const key = reuse?.key ?? `k${++this.counter}`;
        const entry: Entry = {
          key, figure, sentence: text.slice(f.sentence[0], f.sentence[1]), block: p.block,
          mark: reuse?.mark?.isConnected ? reuse.mark : null, matches: f.matches ?? [], ...(f.why ? { why: f.why } : {}),
        };
        this.entries.set(key, entry);
        keys.push(key);
        if (!entry.mark && !this.shouldMark(entry)) continue;
        const bt = this.withSegments(p);
        if (bt) writes.push({ entry, bt, block: p.block });
      }
      this.setBlock(p.block, text, keys);
    });
    if (this.stopped) return true;
    await this.write(this.lazy ? this.lazy.defer(writes) : writes);
    this.env.onChange();
    return true;
  }

  /**
   * The block's text with its text nodes. A block read for counts only (the mode changed while the worker read it)
   * is read again; null when its text changed meanwhile (it is read again on the next scan).
   */
  private withSegments(p: Pending): BlockText | null {
    if (p.bt.segments !== NO_SEGMENTS) return p.bt;
    const bt = blockText(p.block, this.scope.skip);
    return bt.text === p.bt.text ? (p.bt = bt) : null;
  }

  /**
   * Records a counts-only answer ([block, matched, contradicted] triples for the blocks with a match); blocks already
   * near the viewport have their figures fetched at once.
   */
  private takeCounts(batch: Pending[], counts: number[]): void {
    const work: Work[] = [];
    for (const p of batch) if (p.block.isConnected) this.setBlock(p.block, p.bt.text, NO_KEYS);
    for (let i = 0; i < counts.length; i += 3) {
      const p = batch[counts[i]!];
      if (!p?.block.isConnected) continue;
      this.counted.set(p.block, { matched: counts[i + 1]!, contradicted: counts[i + 2]! });
      work.push({ block: p.block });
    }
    const now = this.lazy ? this.lazy.defer(work) : work;
    if (now.length) void this.release(now);
    this.env.onChange();
  }

  /**
   * Applies the marks in slices of WRITE_MS (and of LAZY_SLICE_MARKS on a huge page); the page renders (one frame)
   * between slices.
   */
  private async write(writes: Write[]): Promise<void> {
    let i = 0;
    while (i < writes.length) {
      if (this.stopped) return;
      const t0 = performance.now();
      const end = this.lazy ? Math.min(writes.length, i + LAZY_SLICE_MARKS) : writes.length;
      this.withMutation(() => {
        while (i < end) {
          const w = writes[i++]!;
          if (this.entries.get(w.entry.key) === w.entry) this.applyMark(w.entry, w.bt);
          if ((i & 31) === 0 && performance.now() - t0 > WRITE_MS) break;
        }
      });
      if (i < writes.length) {
        await visible();
        await idle();
      }
    }
    this.sliceStart = performance.now();
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
        const text = bt ?? blockText(e.block, this.scope.skip);
        e.mark = wrapFigure(text, e.figure, { key: e.key, status, label: this.labelOf(e) });
        if (e.mark) {
          scanStats.marked++;
          if (!scanStats.firstMarkAt) scanStats.firstMarkAt = performance.now();
        }
      }
      if (e.mark) {
        e.mark.dataset['status'] = status;
        e.mark.setAttribute('aria-label', this.labelOf(e));
        styleMark(e.mark, status);
      }
    });
  }

  private labelOf(e: Entry): string {
    return fillLabel(this.labels[labelKey(e.matches)] ?? '$1', e.figure);
  }

  private withMutation(fn: () => void): void {
    if (this.mutating) return fn();
    this.mutating = true;
    try {
      if (this.env.quiet) this.env.quiet(fn);
      else fn();
    } finally {
      this.mutating = false;
    }
  }

  /** Marks in document order (for next/previous). */
  orderedMarks(): HTMLElement[] {
    return Array.from(document.querySelectorAll<HTMLElement>(MARK_TAG)).filter((m) => m.dataset['key'] && this.entries.has(m.dataset['key']));
  }

  /** The page's figures for the popup: matched first, then document order. Counted blocks are fetched first. */
  async list(): Promise<PageFigure[]> {
    if (this.counted.size) await this.fetchCounted(this.counted.keys());
    const out: PageFigure[] = [];
    for (const e of this.entries.values()) {
      out.push({
        key: e.key,
        figure: e.figure,
        sentence: e.sentence,
        status: markStatus(e.matches),
        marked: !!e.mark?.isConnected,
        matches: e.matches,
        ...(e.why ? { why: e.why } : {}),
      });
    }
    return out;
  }

  summary(): { matched: number; contradicted: number } {
    let matched = 0;
    let contradicted = 0;
    for (const c of this.counted.values()) {
      matched += c.matched;
      contradicted += c.contradicted;
    }
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
    this.lazy?.disconnect();
    this.lazy = null;
    this.withMutation(() => {
      for (const e of this.entries.values()) if (e.mark?.isConnected) unwrap(e.mark);
    });
    this.entries.clear();
    this.counted.clear();
  }
}

const sig = (start: number, surface: string) => `${start}:${surface}`;
const NOT_BLANK = /\S/;

/**
 * The blocks that hold a node the page changed. Blocks the page added are new to the scanner and read anyway, so
 * only the way up is walked: a container that got a new child does not make all its blocks dirty.
 */
function touchedBlocks(blocks: Element[], touched: Iterable<Node>): Set<Element> {
  const set = new Set(blocks);
  const out = new Set<Element>();
  for (const n of touched) {
    for (let e: Element | null = n.nodeType === 1 ? (n as Element) : n.parentElement; e; e = e.parentElement) {
      if (set.has(e)) {
        out.add(e);
        break;
      }
    }
  }
  return out;
}

/** Whether `el` is on screen or within `screens` screen heights of it. */
function nearViewport(el: Element, screens: number): boolean {
  const h = window.innerHeight || 800;
  const r = el.getBoundingClientRect();
  return r.bottom >= -screens * h && r.top <= h * (1 + screens);
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
