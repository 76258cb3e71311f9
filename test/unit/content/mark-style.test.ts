// @vitest-environment happy-dom
/**
 * A mark's look: its shadow root holds the shared sheet, or, where the browser refuses a content script's adopted sheet
 * (Firefox through its Xray wrappers), a <style> with the same rules; the glyph stays the root's last child.
 */
import { describe, expect, it, vi } from 'vitest';

describe('styleMark', () => {
  it('falls back to a <style> in the shadow root when adoptedStyleSheets cannot be set, and keeps marking', async () => {
    vi.resetModules();
    const { styleMark } = await import('../../../src/content/mark-style');
    const refuse = Object.getOwnPropertyDescriptor(ShadowRoot.prototype, 'adoptedStyleSheets');
    Object.defineProperty(ShadowRoot.prototype, 'adoptedStyleSheets', {
      configurable: true,
      get: () => [],
      set: () => {
        throw new Error('Accessing from Xray wrapper is not supported.');
      },
    });
    try {
      for (const status of ['consistent', 'contradicted'] as const) {
        const mark = document.createElement('cek-angka');
        mark.textContent = '6.700';
        document.body.append(mark);
        expect(() => styleMark(mark, status)).not.toThrow();
        const root = mark.shadowRoot!;
        expect(root.querySelector('style')?.textContent).toContain(':host');
        expect(root.lastChild?.textContent).toBe(status === 'consistent' ? '✓' : '✕');
      }
    } finally {
      if (refuse) Object.defineProperty(ShadowRoot.prototype, 'adoptedStyleSheets', refuse);
      else delete (ShadowRoot.prototype as { adoptedStyleSheets?: unknown }).adoptedStyleSheets;
    }
  });
});
