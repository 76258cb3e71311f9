/**
 * How a mark looks: a dotted underline and a light tint in the status colour, plus a small glyph so that the
 * meaning never rests on colour alone. The look lives in the mark's own shadow root as `:host` rules with
 * !important, which beat the page's !important rules too; the inline style is the fallback when the page broke
 * attachShadow.
 */
import type { MarkStatus } from '../core/verdict';

const COLORS: Record<MarkStatus, { line: string; tint: string; glyph: string }> = {
  consistent: { line: '#15803d', tint: 'rgba(34,197,94,.13)', glyph: '✓' },
  contradicted: { line: '#c81e1e', tint: 'rgba(239,68,68,.16)', glyph: '✕' },
  outdated: { line: '#b45309', tint: 'rgba(245,158,11,.18)', glyph: '↻' },
  unverified: { line: '#6d28d9', tint: 'rgba(139,92,246,.13)', glyph: '?' },
  unmatched: { line: '#6b7280', tint: 'transparent', glyph: '' },
};

const look = (s: MarkStatus) => {
  const c = COLORS[s];
  // A contradicted figure gets a thicker line: a second cue besides hue and glyph.
  return `:host([data-status=${s}]){text-decoration:underline dotted ${c.line} ${s === 'contradicted' ? 2 : 1.5}px!important;background:${c.tint}!important}
:host([data-status=${s}]) .g{color:${c.line}}`;
};

const SHADOW_CSS = `:host{all:inherit!important;display:inline!important;visibility:visible!important;opacity:1!important;
position:static!important;text-underline-offset:.2em!important;text-decoration-skip-ink:none!important;border-radius:2px!important;
cursor:pointer!important;padding:0 1px!important;margin:0!important;-webkit-box-decoration-break:clone!important;box-decoration-break:clone!important}
${(Object.keys(COLORS) as MarkStatus[]).map(look).join('\n')}
.g{font:700 .68em/1 system-ui,sans-serif;vertical-align:super;margin-left:1px;user-select:none;pointer-events:none}
:host(:focus-visible){outline:2px solid #2563eb!important;outline-offset:2px!important}
:host([aria-expanded=true]){outline:1px solid currentColor!important;outline-offset:1px!important}`;

let sheet: CSSStyleSheet | null | undefined;
function sharedSheet(): CSSStyleSheet | null {
  if (sheet !== undefined) return sheet;
  try {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(SHADOW_CSS);
  } catch {
    sheet = null;
  }
  return sheet;
}

export function styleMark(mark: HTMLElement, status: MarkStatus): void {
  const c = COLORS[status];
  mark.style.cssText =
    `display:inline!important;text-decoration:underline dotted ${c.line} 1.5px!important;` +
    `background:${c.tint}!important;cursor:pointer!important;color:inherit!important;font:inherit!important;`;
  let root = mark.shadowRoot;
  if (!root) {
    try {
      root = mark.attachShadow({ mode: 'open' });
    } catch {
      return; // the page broke attachShadow: the inline style still marks the figure
    }
    const s = sharedSheet();
    if (s) root.adoptedStyleSheets = [s];
    else {
      const el = document.createElement('style');
      el.textContent = SHADOW_CSS;
      root.append(el);
    }
    root.append(document.createElement('slot'));
    const g = document.createElement('span');
    g.className = 'g';
    g.setAttribute('aria-hidden', 'true');
    root.append(g);
  }
  const glyph = root.querySelector<HTMLElement>('.g');
  if (glyph) glyph.textContent = c.glyph;
}
