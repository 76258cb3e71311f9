import { test, expect, servePage, tabIdOf, openPopup, setSettings } from './extension';
import { seedPageHtml, SEED_URL } from '../../scripts/lib/seed-page';

const PLAIN_URL = 'https://example.org/seed-without-extension';

test.describe('seed article on tribunnews.com', () => {
  test.beforeEach(async ({ ext }) => {
    await setSettings(ext, {});
    const html = seedPageHtml();
    await ext.context.unroute('**/*');
    await servePage(ext.context, { [SEED_URL]: html, [PLAIN_URL]: html });
  });

  test('marks the seed figures and keeps the page text', async ({ ext }) => {
    const page = await ext.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(SEED_URL);
    await expect(page.locator('cek-angka[data-value="6700"]')).toBeVisible();
    // The page's own text inside each mark: the seed figures, each marked once.
    const marked = await page.evaluate(() => Array.from(document.querySelectorAll('cek-angka')).map((e) => e.textContent));
    for (const text of ['6.700', '3 juta', '500.000', '10.000', '9.000']) {
      expect(marked.filter((t) => t === text), text).toHaveLength(1);
    }
    const m = page.locator('cek-angka[data-value="6700"]');
    await expect(m).toHaveAttribute('data-value', '6700');
    await expect(m).toHaveAttribute('data-kind', 'count');
    await expect(m).toHaveAttribute('data-status', 'outdated');
    await expect(m).toHaveAttribute('tabindex', '0');
    // Nothing outside the article body is marked (navigation, byline time, recommendations, comments, footer).
    const outside = await page.evaluate(() => Array.from(document.querySelectorAll('cek-angka')).filter((el) => !el.closest('.txt-article')).length);
    expect(outside).toBe(0);
    // The page's text is exactly what it is without the extension.
    const plain = await ext.context.newPage();
    await plain.goto(PLAIN_URL);
    const expected = await plain.locator('main').evaluate((el) => el.textContent);
    expect(await page.locator('main').evaluate((el) => el.textContent)).toBe(expected);
    await plain.close();
    expect(errors).toEqual([]);
    await page.close();
  });

  test('popover of 6.700 shows the claim, its source and caveats', async ({ ext }) => {
    const page = await ext.context.newPage();
    await page.goto(SEED_URL);
    const mark = page.locator('cek-angka[data-value="6700"]');
    await mark.hover();
    const pop = page.locator('cek-angka-popover [role="dialog"]');
    await expect(pop).toBeVisible();
    await expect(pop).toContainText('6.700 kontainer');
    await expect(pop).toContainText('6,700');
    await expect(pop).toContainText('Shin Won-sik');
    await expect(pop).toContainText(/usang/i);
    await expect(pop.locator('a[href^="https://"]').first()).toBeVisible();
    await expect(pop.locator('.caveats li').first()).toBeVisible();
    // Escape closes it and focus goes back to the mark.
    await mark.focus();
    await page.keyboard.press('Escape');
    await expect(pop).toHaveCount(0);
    await page.close();
  });

  test('the popup lists the page figures, matches first, and searches the dataset', async ({ ext }) => {
    const page = await ext.context.newPage();
    await page.goto(SEED_URL);
    await expect(page.locator('cek-angka').first()).toBeVisible();
    const popup = await openPopup(ext, await tabIdOf(ext, SEED_URL));
    const figs = popup.locator('button.fig');
    await expect(figs.first()).toBeVisible();
    const texts = await figs.allTextContents();
    for (const t of ['6.700', '3 juta', '500.000', '10.000', '9.000']) expect(texts.some((x) => x.includes(t)), t).toBe(true);
    // Matched figures come before the unmatched group.
    const groups = await popup.locator('.group').evaluateAll((els) => els.map((e) => e.className));
    expect(groups.at(-1)).toMatch(/unmatched|consistent|unverified|outdated|contradicted/);
    await popup.locator('#q').fill('6.700 kontainer');
    await expect(popup.locator('.results .claim').first()).toHaveAttribute('data-claim-id', 'seed-01-containers-6700');
    await popup.close();
    await page.close();
  });
});
