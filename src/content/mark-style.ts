/**
 * How a mark looks: a dotted underline and a light tint in the status colour, plus a small glyph so that the
 * meaning never rests on colour alone. Inline !important styles and a shadow root keep the page's CSS out.
 */
import type { MarkStatus } from '../core/verdict';

const COLORS: Record<MarkStatus, { line: string; tint: string; glyph: string }> = {
  consistent: { line: '#15803d', tint: 'rgba(34,197,94,.12)', glyph: '✓' },
  contradicted: { line: '#b91c1c', tint: 'rgba(239,68,68,.14)', glyph: '✕' },
  outdated: { line: '#b45309', tint: 'rgba(245,158,11,.16)', glyph: '↻' },
  unverified: { line: '#6d28d9', tint: 'rgba(139,92,246,.12)', glyph: '?' },
  unmatched: { line: '#6b7280', tint: 'transparent', glyph: '' },
};

const SHADOW_CSS = `:host{all:inherit!important;display:inline!important}
.g{font:600 .62em/1 system-ui,sans-serif;vertical-align:super;margin-left:1px;user-select:none;pointer-events:none}
:host(:focus-visible){outline:2px solid #2563eb;outline-offset:1px}`;

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
    `display:inline!important;visibility:visible!important;opacity:1!important;position:static!important;` +
    `text-decoration:underline dotted ${c.line} 1.5px!important;text-underline-offset:2px!important;` +
    `background:${c.tint}!important;border-radius:2px!important;cursor:help!important;color:inherit!important;` +
    `font:inherit!important;padding:0!important;margin:0!important;`;
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
    if (!s) g.style.cssText = 'font-size:.62em;vertical-align:super';
  }
  const glyph = root.querySelector<HTMLElement>('.g');
  if (glyph) {
    glyph.textContent = c.glyph;
    glyph.style.color = c.line;
  }
}
