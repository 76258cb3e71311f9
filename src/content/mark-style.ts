/**
 * How a mark looks: a dotted underline and a light tint in the status colour, plus a small glyph above the figure's
 * end so that the meaning never rests on colour alone. A mark is exactly as wide as its text. The look lives in
 * the mark's own shadow root as `:host` rules with !important, which beat the page's !important rules too.
 */
import type { MarkStatus } from '../core/verdict';

// [line colour, tint, glyph]; a contradicted figure also gets a thicker line.
const LOOK: Record<MarkStatus, [string, string, string]> = {
  consistent: ['#15803d', '34,197,94,.13', '✓'],
  contradicted: ['#c81e1e', '239,68,68,.16', '✕'],
  outdated: ['#b45309', '245,158,11,.18', '↻'],
  unverified: ['#6d28d9', '139,92,246,.13', '?'],
  unmatched: ['#6b7280', '0,0,0,0', ''],
};

const CSS =
  ':host{all:inherit!important;display:inline!important;vertical-align:baseline!important;border:0!important;float:none!important;visibility:visible!important;opacity:1!important;position:static!important;' +
  'text-decoration:underline dotted var(--c) var(--w,1.5px)!important;text-underline-offset:.2em!important;background:var(--t)!important;' +
  'border-radius:2px!important;cursor:pointer!important;padding:0!important;margin:0!important}' +
  Object.entries(LOOK).map(([s, [c, t]]) => `:host([data-status=${s}]){--c:${c}!important;--t:rgba(${t})!important}`).join('') +
  ':host([data-status=contradicted]){--w:2px!important}' +
  // The glyph sits above the figure's end and takes no room: a zero-width box whose right-to-left content overflows
  // to the left, lifted by a transform. A glyph beside the figure widened the line, and a line that wrapped anew
  // moved the rest of the page (14 of the seed page's 24 blocks at 412 px; on a live blog, a 110 ms relayout). Lifted
  // with vertical-align instead, it made lines of a tight line height taller, with the same effect. The transform's
  // paint layer costs a few ms per 120 marks in the frame that draws them.
  '.g{display:inline-block;width:0;direction:rtl;white-space:nowrap;font:700 .6em/0 system-ui,sans-serif;transform:translateY(-1.35em);user-select:none;pointer-events:none;color:var(--c)}' +
  '.g:empty{display:none}' +
  ':host(:focus-visible){outline:2px solid #2563eb!important;outline-offset:2px!important}' +
  ':host([aria-expanded=true]){outline:1px solid currentColor!important;outline-offset:1px!important}';

let sheet: CSSStyleSheet | undefined;
/**
 * Whether marks can share one adopted sheet. Firefox (140.12) refuses a content script's sheet array through its
 * Xray wrappers ("Accessing from Xray wrapper is not supported"): each mark then gets a <style> with the same text,
 * which Firefox parses once and shares.
 */
let adopt = true;

export function styleMark(mark: HTMLElement, status: MarkStatus): void {
  let root = mark.shadowRoot;
  if (!root) {
    try {
      root = mark.attachShadow({ mode: 'open' });
    } catch {
      // The page broke attachShadow: an inline underline still marks the figure.
      mark.style.cssText = `text-decoration:underline dotted ${LOOK[status][0]}!important`;
      return;
    }
    if (adopt) {
      try {
        if (!sheet) (sheet = new CSSStyleSheet()).replaceSync(CSS);
        root.adoptedStyleSheets = [sheet];
      } catch {
        adopt = false;
      }
    }
    if (!adopt) {
      const style = document.createElement('style');
      style.textContent = CSS;
      root.append(style);
    }
    const g = document.createElement('span');
    g.className = 'g';
    g.setAttribute('aria-hidden', 'true');
    root.append(document.createElement('slot'), g);
  }
  root.lastChild!.textContent = LOOK[status][2];
}
