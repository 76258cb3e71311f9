/**
 * Huge pages (a 10,000-entry live blog): every figure is read and matched, but a block's marks are written only
 * when it comes within a few screens of the viewport, so that the page does not lay out tens of thousands of marks
 * nobody is looking at. Loaded on demand: ordinary articles never need it.
 */

/** Blocks per run; each run is watched through its first and last block only (an intersection observer on every
 * block of a live blog costs tens of ms a frame). Runs of 16 paragraphs are about two screens tall. */
const GROUP = 16;

interface Group {
  blocks: Element[];
  released: boolean;
}

export class LazyMarks<W extends { block: Element }> {
  private readonly groupOf = new Map<Element, Group>();
  private readonly waiting = new Map<Element, W[]>();
  private readonly io: IntersectionObserver;

  /** `release` gets the waiting writes of blocks that came within `screens` screen heights of the viewport. */
  constructor(blocks: Element[], screens: number, release: (writes: W[]) => void) {
    const bySentinel = new Map<Element, Group>();
    const io = (this.io = new IntersectionObserver((seen) => {
      const ready: W[] = [];
      for (const s of seen) {
        const g = bySentinel.get(s.target);
        if (!s.isIntersecting || !g || g.released) continue;
        g.released = true;
        for (const b of g.blocks) {
          io.unobserve(b);
          ready.push(...(this.waiting.get(b) ?? []));
          this.waiting.delete(b);
        }
      }
      if (ready.length) release(ready);
    }, { rootMargin: `${screens * 100}% 0px` }));
    for (let i = 0; i < blocks.length; i += GROUP) {
      const g: Group = { blocks: blocks.slice(i, i + GROUP), released: false };
      for (const b of g.blocks) this.groupOf.set(b, g);
      for (const b of [g.blocks[0]!, g.blocks[g.blocks.length - 1]!]) {
        bySentinel.set(b, g);
        io.observe(b);
      }
    }
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
    this.io.disconnect();
  }
}
