/**
 * Huge pages (a 10,000-entry live blog): every figure is read and matched, but a block's marks are written only
 * when it comes within a few screens of the viewport, so that the page does not lay out tens of thousands of marks
 * nobody is looking at. Loaded on demand: ordinary articles never need it.
 *
 * The viewport is found by binary search over the runs' positions, once per scrolled frame. An intersection
 * observer on the runs would cost more: its first notification alone reports every observed block (hundreds of
 * entries, about 10 ms on a live blog), and each frame it checks them all.
 */

/** Blocks per run, released together. Runs of 16 paragraphs are about two screens tall. */
const GROUP = 16;
/** Runs checked before the binary search's answer: it assumes positions ascend, which hidden blocks break. */
const BEHIND = 2;

interface Group {
  first: Element;
  last: Element;
  blocks: Element[];
  released: boolean;
}

export class LazyMarks<W extends { block: Element }> {
  private readonly groups: Group[] = [];
  private readonly groupOf = new Map<Element, Group>();
  private readonly waiting = new Map<Element, W[]>();
  private frame = 0;
  private readonly onMove = (): void => {
    this.frame ||= requestAnimationFrame(() => {
      this.frame = 0;
      this.check();
    });
  };

  /** `release` gets the waiting writes of blocks that came within `screens` screen heights of the viewport. */
  constructor(
    blocks: Element[],
    private readonly screens: number,
    private readonly release: (writes: W[]) => void,
  ) {
    for (let i = 0; i < blocks.length; i += GROUP) {
      const part = blocks.slice(i, i + GROUP);
      const g: Group = { first: part[0]!, last: part[part.length - 1]!, blocks: part, released: false };
      this.groups.push(g);
      for (const b of part) this.groupOf.set(b, g);
    }
    // Capture: a scrolling element's scroll events do not bubble to the window.
    document.addEventListener('scroll', this.onMove, { capture: true, passive: true });
    window.addEventListener('resize', this.onMove, { passive: true });
    this.check();
  }

  /** Releases the runs within `screens` screen heights of the viewport. */
  private check(): void {
    const h = window.innerHeight || 800;
    const above = -this.screens * h;
    const below = h * (1 + this.screens);
    const { groups } = this;
    // The first run that does not end above the band (runs are in document order, so their positions ascend).
    let lo = 0;
    let hi = groups.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (groups[mid]!.last.getBoundingClientRect().bottom < above) lo = mid + 1;
      else hi = mid;
    }
    const ready: W[] = [];
    for (let i = Math.max(0, lo - BEHIND); i < groups.length; i++) {
      const g = groups[i]!;
      const top = g.first.getBoundingClientRect().top;
      if (i >= lo && top > below) break;
      if (g.released || top > below || g.last.getBoundingClientRect().bottom < above) continue;
      g.released = true;
      for (const b of g.blocks) {
        const list = this.waiting.get(b);
        if (!list) continue;
        ready.push(...list);
        this.waiting.delete(b);
      }
    }
    if (ready.length) this.release(ready);
  }

  /** The writes to do now; the rest wait for their block. Blocks the page added later go at once. */
  defer<T extends W>(writes: T[]): T[] {
    const now: T[] = [];
    for (const w of writes) {
      const g = this.groupOf.get(w.block);
      if (!g || g.released) {
        now.push(w);
        continue;
      }
      const list = this.waiting.get(w.block);
      if (list) list.push(w);
      else this.waiting.set(w.block, [w]);
    }
    return now;
  }

  /** Whether the block's marks are still waiting (so they are not lost, only not yet written). */
  isWaiting(block: Element): boolean {
    return this.waiting.has(block);
  }

  disconnect(): void {
    document.removeEventListener('scroll', this.onMove, { capture: true });
    window.removeEventListener('resize', this.onMove);
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
  }
}
