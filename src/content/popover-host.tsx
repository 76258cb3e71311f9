/**
 * Mounts the popover in an open shadow root under a <cek-angka-popover> host, next to its mark.
 * Loaded lazily: the page pays for preact and floating-ui only when a reader opens a figure.
 */
import { render } from 'preact';
import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import { Popover, type PopoverData } from '../ui/popover/Popover';
import { POPOVER_CSS } from '../ui/popover/styles';
import { copyToClipboard } from '../ui/CopyCitation';
import { POPOVER_TAG } from './marks';
import { ext } from '../ext-api';
import { RecordsResponse } from '../messages/records';
import { OPEN_CLAIM_KEY, openClaimValue } from '../ui/open-claim';
import type { Bilingual, DatasetRecord } from '../core/claims/schema';

export class PopoverHost {
  private host: HTMLElement | null = null;
  private root: ShadowRoot | null = null;
  private container: HTMLElement | null = null;
  private stopUpdate: (() => void) | null = null;
  mark: HTMLElement | null = null;
  private readonly records = new Map<string, DatasetRecord>();
  private readonly units: Record<string, Bilingual> = {};


  private ensure(): { host: HTMLElement; container: HTMLElement } {
    if (this.host?.isConnected && this.container) return { host: this.host, container: this.container };
    const host = document.createElement(POPOVER_TAG);
    // Fixed, so the position is the viewport's and no page ancestor's offset or transform gets in the way.
    host.setAttribute('style', 'all: initial !important; position: fixed !important; top: 0 !important; left: 0 !important; z-index: 2147483647 !important; display: block !important; visibility: hidden !important;');
    const root = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = POPOVER_CSS;
    const container = document.createElement('div');
    container.addEventListener('keydown', (ev) => this.onKeydown(ev));
    root.append(style, container);
    document.documentElement.appendChild(host);
    this.host = host;
    this.root = root;
    this.container = container;
    return { host, container };
  }

  contains(node: Node | null): boolean {
    return !!node && !!this.host && (node === this.host || this.host.contains(node));
  }

  /** The shadow root's focused element, if focus is inside the popover. */
  hasFocus(): boolean {
    return !!this.root?.activeElement;
  }

  /** The records a popover names, fetched from the background once and kept for the page's life. */
  private async recordsFor(data: Omit<PopoverData, 'records'>): Promise<Record<string, DatasetRecord>> {
    const ids = [...new Set(data.matches.flatMap((m) => [m.claimId, ...(m.latestId ? [m.latestId] : [])]))];
    const missing = ids.filter((id) => !this.records.has(id));
    if (missing.length) {
      try {
        const res = RecordsResponse.parse(await ext.send({ type: 'get-records', ids: missing }));
        for (const r of res.records) this.records.set(r.id, r);
        Object.assign(this.units, res.units);
      } catch {
        /* the worker is restarting: the popover shows what it has */
      }
    }
    return Object.fromEntries(ids.flatMap((id) => (this.records.has(id) ? [[id, this.records.get(id)!]] : [])));
  }

  async open(mark: HTMLElement, partial: Omit<PopoverData, 'records'>): Promise<void> {
    const records = await this.recordsFor(partial);
    const data: PopoverData = { ...partial, records, units: { ...this.units, ...partial.units } };
    const { host, container } = this.ensure();
    if (this.mark && this.mark !== mark) this.mark.setAttribute('aria-expanded', 'false');
    this.mark = mark;
    mark.setAttribute('aria-expanded', 'true');
    render(
      <Popover
        key={data.key}
        data={data}
        onClose={() => this.close(true)}
        onCopy={copyToClipboard}
        onOpenPanel={openPanel}
      />,
      container,
    );
    host.style.setProperty('display', 'block', 'important');
    this.stopUpdate?.();
    this.stopUpdate = autoUpdate(mark, host, () => {
      void computePosition(mark, host, {
        placement: 'bottom-start',
        strategy: 'fixed',
        middleware: [
          offset(6),
          flip({ padding: 8 }),
          shift({ padding: 8 }),
          size({
            padding: 8,
            apply({ availableHeight }) {
              const card = container.firstElementChild as HTMLElement | null;
              card?.style.setProperty('max-height', `${Math.max(160, Math.min(560, availableHeight))}px`);
            },
          }),
        ],
      }).then(({ x, y }) => {
        host.style.setProperty('left', `${x}px`, 'important');
        host.style.setProperty('top', `${y}px`, 'important');
        host.style.setProperty('visibility', 'visible', 'important');
      });
    });
  }

  /** Moves keyboard focus into the popover (Enter on a mark). */
  focusInside(): void {
    this.focusables()[0]?.focus();
  }

  private focusables(): HTMLElement[] {
    return Array.from(this.root?.querySelectorAll<HTMLElement>('a[href], button:not([disabled])') ?? []);
  }

  /**
   * No keyboard trap, and a reading order as if the popover followed its mark: Shift+Tab from its first control
   * goes back to the mark, Tab from its last goes on to whatever follows the mark in the page.
   */
  private onKeydown(ev: KeyboardEvent): void {
    if (ev.key !== 'Tab' || !this.mark || !this.root) return;
    const items = this.focusables();
    const active = this.root.activeElement;
    if (ev.shiftKey && active === items[0]) {
      ev.preventDefault();
      this.mark.focus();
    } else if (!ev.shiftKey && active === items.at(-1)) {
      ev.preventDefault();
      const mark = this.mark;
      const next = nextTabbable(mark);
      this.close(false);
      (next ?? mark).focus();
    }
  }

  close(returnFocus: boolean): void {
    const mark = this.mark;
    this.stopUpdate?.();
    this.stopUpdate = null;
    if (this.container) render(null, this.container);
    this.host?.style.setProperty('display', 'none', 'important');
    this.host?.style.setProperty('visibility', 'hidden', 'important');
    this.mark = null;
    if (!mark) return;
    mark.setAttribute('aria-expanded', 'false');
    if (returnFocus && mark.isConnected) {
      // The content script's focusin opens a popover for a mark that has none: while focus returns, the mark
      // still counts as this popover's, so it stays closed.
      this.mark = mark;
      mark.focus({ preventScroll: true });
      this.mark = null;
    }
  }
}

/** The first element after `el` in document order that Tab would reach (positive tabindex aside). */
function nextTabbable(el: Element): HTMLElement | null {
  const all = document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex], [contenteditable="true"]');
  for (const c of all) {
    if (!(el.compareDocumentPosition(c) & Node.DOCUMENT_POSITION_FOLLOWING) || el.contains(c)) continue;
    if (c.tabIndex < 0 || (c as HTMLButtonElement).disabled || !c.getClientRects().length) continue;
    return c;
  }
  return null;
}

/** Leaves the claim for the toolbar popup and asks the background to open it; false when the reader must click. */
async function openPanel(claimId: string): Promise<boolean> {
  try {
    await ext.storage.local.set({ [OPEN_CLAIM_KEY]: openClaimValue(claimId) });
    const res = (await ext.send({ type: 'open-claim', claimId })) as { ok?: boolean } | undefined;
    return res?.ok === true;
  } catch {
    return false;
  }
}
