/**
 * Text of a block as the detector sees it, and wrapping a figure's span in a <cek-angka> mark.
 * The mark holds the page's own text node unchanged: removing the mark and normalising restores the page.
 */
import type { Figure } from '../core/figures/figure';
import type { SkipTest } from './skip';

export const MARK_TAG = 'cek-angka';
export const POPOVER_TAG = 'cek-angka-popover';

export interface Segment {
  node: Text;
  /** Offset of the node's first character in the block text. */
  start: number;
  /** Inside an existing mark: its figure is already marked. */
  marked: boolean;
}

export interface BlockText {
  text: string;
  segments: Segment[];
}

/** Concatenates the block's visible text nodes, skipping what is not article text. */
export function blockText(block: Element, skip: SkipTest): BlockText {
  const segments: Segment[] = [];
  let text = '';
  // A plain walk (no recursion: a hostile page may nest elements deeply). A TreeWalker with a filter calls back
  // into script for every node, several times slower.
  let n: Node | null = block.firstChild;
  let markDepth: Node | null = null; // the mark we are inside, if any
  while (n) {
    let descend = false;
    if (n.nodeType === 3) {
      const data = (n as Text).data;
      if (data) {
        segments.push({ node: n as Text, start: text.length, marked: markDepth !== null });
        text += data;
      }
    } else if (n.nodeType === 1) {
      const el = n as Element;
      if (el.localName === MARK_TAG) {
        markDepth ??= el;
        descend = true;
      } else {
        descend = !skip(el);
      }
    }
    if (descend && n.firstChild) {
      n = n.firstChild;
      continue;
    }
    // Leave n (and what is below it): on to the next node in document order, never out of the block.
    let next: Node | null = null;
    for (let up: Node | null = n; up && up !== block; up = up.parentNode) {
      if (up === markDepth) markDepth = null;
      if (up.nextSibling) {
        next = up.nextSibling;
        break;
      }
    }
    n = next;
  }
  return { text, segments };
}

/**
 * The text of a block without child elements (most paragraphs of a live blog), read by the browser in one call, without
 * a wrapper object per text node: the same as blockText's. Undefined for a block with elements in it.
 */
export function bareText(block: Element): string | undefined {
  return block.childElementCount === 0 ? (block.textContent ?? '') : undefined;
}

export interface MarkAttrs {
  key: string;
  status: string;
  label: string;
}

/**
 * Wraps [figure.start, figure.end) of the block text in a mark, when the span lies inside one unmarked text node.
 * Returns the mark, or null when the span crosses elements or is already marked.
 */
export function wrapFigure(bt: BlockText, figure: Figure, attrs: MarkAttrs): HTMLElement | null {
  const seg = findSegment(bt.segments, figure.start);
  if (!seg || seg.marked) return null;
  // The page may have moved or removed the node since the block was read.
  if (!seg.node.parentNode) return null;
  const local = figure.start - seg.start;
  const len = figure.end - figure.start;
  if (local + len > seg.node.data.length) return null;
  if (seg.node.data.slice(local, local + len) !== figure.surface) return null;
  const doc = seg.node.ownerDocument;
  let target = seg.node;
  if (local > 0) target = target.splitText(local);
  let rest: Text | null = null;
  if (target.data.length > len) rest = target.splitText(len);
  const mark = doc.createElement(MARK_TAG);
  target.parentNode!.insertBefore(mark, target);
  mark.appendChild(target);
  mark.dataset['value'] = String(figure.value);
  mark.dataset['kind'] = figure.kind;
  mark.dataset['status'] = attrs.status;
  mark.dataset['key'] = attrs.key;
  mark.tabIndex = 0;
  mark.setAttribute('role', 'button');
  mark.setAttribute('aria-haspopup', 'dialog');
  mark.setAttribute('aria-expanded', 'false');
  mark.setAttribute('aria-label', attrs.label);
  // Keep later figures of this block addressable: the split node's tail becomes its own segment.
  const idx = bt.segments.indexOf(seg);
  const extra: Segment[] = [];
  if (local > 0) extra.push({ node: seg.node, start: seg.start, marked: false });
  extra.push({ node: target, start: figure.start, marked: true });
  if (rest) extra.push({ node: rest, start: figure.end, marked: false });
  bt.segments.splice(idx, 1, ...extra);
  return mark;
}

function findSegment(segments: Segment[], offset: number): Segment | undefined {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.start + s.node.data.length) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** Removes a mark and puts its text back where it was. */
export function unwrap(mark: Element): void {
  const parent = mark.parentNode;
  if (!parent) return;
  while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
  parent.removeChild(mark);
  parent.normalize?.();
}
