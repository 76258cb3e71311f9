import { test, expect, tabIdOf } from './extension';
import { mark, openSeed, popover, serveArticles, SEED_URL } from './ui-helpers';

test.describe('keyboard and assistive technology', () => {
  test.beforeEach(async ({ ext }) => serveArticles(ext));

  test('keyboard only: from page load to reading a source', async ({ ext }) => {
    const page = await openSeed(ext);
    // Tab through the page until the first figure: marks are in the tab order.
    let focused = '';
    for (let i = 0; i < 60 && focused !== 'cek-angka'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.localName ?? '');
    }
    expect(focused).toBe('cek-angka');
    const m = page.locator('cek-angka:focus');
    await expect(m).toHaveAttribute('role', 'button');
    await expect(m).toHaveAttribute('aria-label', /, status: /);
    // Focus opens the popover; Enter moves into it.
    const pop = popover(page);
    await expect(pop).toBeVisible();
    await expect(m).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Enter');
    const active = () => page.evaluate(() => {
      const host = document.querySelector('cek-angka-popover');
      const el = host?.shadowRoot?.activeElement as HTMLElement | null | undefined;
      return el ? `${el.localName}:${el.textContent?.trim()}` : '';
    });
    await expect.poll(active).not.toBe('');
    // Tab to the first source link and follow it with Enter.
    let current = await active();
    for (let i = 0; i < 20 && !current.startsWith('a:'); i++) {
      await page.keyboard.press('Tab');
      current = await active();
    }
    expect(current.startsWith('a:')).toBe(true);
    const href = await page.evaluate(() => (document.querySelector('cek-angka-popover')!.shadowRoot!.activeElement as HTMLAnchorElement).href);
    expect(href).toMatch(/^https:\/\//);
    await ext.context.route(href, (r) => r.fulfill({ body: '<!doctype html><title>Source</title><p>The source.</p>', contentType: 'text/html' }));
    const opened = ext.context.waitForEvent('page');
    await page.keyboard.press('Enter');
    const source = await opened;
    await expect.poll(() => source.url()).toBe(href);
    await expect(source.locator('p')).toHaveText('The source.');
    await source.close();
    // Back on the article: Escape closes the popover and focus returns to the mark.
    await page.bringToFront();
    await page.keyboard.press('Escape');
    await expect(pop).toHaveCount(0);
    await expect(page.locator('cek-angka:focus')).toHaveCount(1);
    await page.close();
  });

  test('no keyboard trap: Shift+Tab leaves the popover to its mark, Tab leaves it to what follows', async ({ ext }) => {
    const page = await openSeed(ext);
    const m = mark(page, 6700);
    await m.focus();
    await expect(popover(page)).toBeVisible();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Shift+Tab');
    await expect(m).toBeFocused();
    await expect(popover(page)).toBeVisible();
    // Into the popover again, then Tab past its last control.
    await page.keyboard.press('Enter');
    const count = await popover(page).locator('a[href], button').count();
    for (let i = 0; i < count; i++) await page.keyboard.press('Tab');
    const after = await page.evaluate(() => {
      const a = document.activeElement;
      const mk = document.querySelector('cek-angka[data-value="6700"]')!;
      return { tag: a?.localName, follows: !!a && !!(mk.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING) };
    });
    expect(after.tag).not.toBe('cek-angka-popover');
    expect(after.follows).toBe(true);
    await page.close();
  });

  test('next / previous figure commands move to a figure and open it', async ({ ext }) => {
    const page = await openSeed(ext);
    const tabId = await tabIdOf(ext, SEED_URL);
    const step = (direction: 'next' | 'previous') =>
      ext.worker.evaluate(([id, d]) => chrome.tabs.sendMessage(id as number, { type: 'step-figure', direction: d }), [tabId, direction] as const);
    const keys = await page.locator('cek-angka').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['key']));
    await step('next');
    await expect(page.locator(`cek-angka[data-key="${keys[0]}"]`)).toBeFocused();
    await expect(popover(page)).toBeVisible();
    await step('next');
    await expect(page.locator(`cek-angka[data-key="${keys[1]}"]`)).toBeFocused();
    await expect(page.locator(`cek-angka[data-key="${keys[1]}"]`)).toHaveAttribute('aria-expanded', 'true');
    await step('previous');
    await expect(page.locator(`cek-angka[data-key="${keys[0]}"]`)).toBeFocused();
    await step('previous');
    await expect(page.locator(`cek-angka[data-key="${keys.at(-1)}"]`)).toBeFocused();
    await expect(page.locator('cek-angka[aria-expanded="true"]')).toHaveCount(1);
    await page.close();
  });

  test('accessible names: marks say figure, fit and status; the popover is a labelled dialog', async ({ ext }) => {
    const page = await openSeed(ext);
    await expect(mark(page, 6700)).toHaveAttribute('aria-label', '6.700 kontainer, cocok dengan klaim, status: usang');
    await expect(page.getByRole('button', { name: '6.700 kontainer, cocok dengan klaim, status: usang' })).toHaveCount(1);
    await mark(page, 6700).focus();
    const dialog = page.getByRole('dialog', { name: /6\.700 kontainer/ });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Tutup' })).toBeVisible();
    await page.close();
  });
});
