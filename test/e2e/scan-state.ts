/**
 * Reads the content script's scan progress (scanStats in src/content/scanner.ts) from its isolated world over CDP:
 * the page's own scripts cannot see it, and neither can page.evaluate.
 */
import type { CDPSession, Page } from '@playwright/test';
import type { Ext } from './extension';

export type { ScanStats as ScanState } from '../../src/content/scanner';
import type { ScanStats as ScanState } from '../../src/content/scanner';

export class ContentWorld {
  private constructor(private readonly cdp: CDPSession, private id: number | null) {}

  static async of(ext: Ext, page: Page): Promise<ContentWorld> {
    const cdp = await ext.context.newCDPSession(page);
    const world = new ContentWorld(cdp, null);
    cdp.on('Runtime.executionContextCreated', (e: { context: { id: number; origin: string; auxData?: { type?: string; isDefault?: boolean } } }) => {
      if (e.context.auxData?.type === 'isolated' && e.context.origin.startsWith('chrome-extension://')) world.id = e.context.id;
    });
    cdp.on('Runtime.executionContextsCleared', () => (world.id = null));
    await cdp.send('Runtime.enable');
    return world;
  }

  async state(): Promise<ScanState | null> {
    if (this.id === null) return null;
    try {
      const r = (await this.cdp.send('Runtime.evaluate', { contextId: this.id, expression: 'JSON.stringify(globalThis.__cekAngkaScan ?? null)', returnByValue: true })) as { result: { value?: string } };
      return r.result.value ? (JSON.parse(r.result.value) as ScanState | null) : null;
    } catch {
      return null; // the context went away (navigation)
    }
  }

  /** Waits until at least `scans` scans ran and none is running; returns the state. */
  async idle(scans = 1, timeoutMs = 30_000): Promise<ScanState> {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const s = await this.state();
      if (s && s.scans >= scans && !s.busy) return s;
      if (Date.now() > end) throw new Error(`scan not idle after ${timeoutMs} ms: ${JSON.stringify(s)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async detach(): Promise<void> {
    await this.cdp.detach().catch(() => undefined);
  }
}
