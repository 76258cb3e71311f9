/** The viewport is fixed per browser launch: this flow starts its own. */
import { test, expect, tabIdOf, openPopup } from './extension';
import { launchSeeded, popover } from './ui-helpers';
import { SEED_URL } from '../../scripts/lib/seed-page';

test('a 360 px wide window: every popover fits on screen, the popup does not scroll sideways', async () => {
  const { ext, page } = await launchSeeded({ viewport: { width: 360, height: 740 } });
  try {
    const marks = page.locator('cek-angka');
    const n = await marks.count();
    expect(n).toBeGreaterThan(3);
    for (const i of [0, 1, Math.floor(n / 2), n - 1]) {
      const m = marks.nth(i);
      await m.scrollIntoViewIfNeeded();
      await m.click();
      await expect(m).toHaveAttribute('aria-expanded', 'true');
      const card = popover(page);
      await expect(card).toBeVisible();
      // Positioned next to the mark (floating-ui settles asynchronously).
      await expect.poll(async () => {
        const b = (await card.boundingBox())!;
        return b.x >= 0 && b.x + b.width <= 360 && b.y >= 0 && b.y + b.height <= 740;
      }).toBe(true);
      // Beside its mark, not on top of it.
      const mb = (await m.boundingBox())!;
      const cb = (await card.boundingBox())!;
      expect(cb.y >= mb.y + mb.height - 1 || cb.y + cb.height <= mb.y + 1).toBe(true);
      await page.keyboard.press('Escape');
    }
    const popup = await openPopup(ext, await tabIdOf(ext, SEED_URL));
    await expect(popup.locator('button.fig').first()).toBeVisible();
    expect(await popup.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  } finally {
    await ext.close();
  }
});
