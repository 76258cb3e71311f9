/** The colour scheme is fixed per browser launch: these flows start their own. */
import { test, expect, tabIdOf, openPopup } from './extension';
import { axeViolations, launchSeeded, mark, popover } from './ui-helpers';
import { SEED_URL } from '../../scripts/lib/seed-page';

test('dark mode: popover, popup and options follow prefers-color-scheme, with no axe violations', async () => {
  const { ext, page } = await launchSeeded({ colorScheme: 'dark' });
  try {
    await mark(page, 6700).click();
    const card = popover(page);
    await expect(card).toBeVisible();
    expect(await card.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(17, 24, 39)');
    expect(await axeViolations(page, 'cek-angka-popover')).toEqual([]);

    const popup = await openPopup(ext, await tabIdOf(ext, SEED_URL));
    await expect(popup.locator('button.fig').first()).toBeVisible();
    expect(await popup.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(17, 24, 39)');
    expect(await axeViolations(popup)).toEqual([]);

    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/src/ui/options/index.html`);
    await expect(options.locator('h1')).toBeVisible();
    expect(await options.evaluate(() => getComputedStyle(document.querySelector('.panel')!).backgroundColor)).toBe('rgb(17, 24, 39)');
    expect(await axeViolations(options)).toEqual([]);
  } finally {
    await ext.close();
  }
});

test('reduced motion: the popover appears without animation', async () => {
  const { ext, page } = await launchSeeded({});
  try {
    await mark(page, 6700).click();
    expect(await popover(page).evaluate((el) => getComputedStyle(el).animationName)).toBe('pop');
    await page.keyboard.press('Escape');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await mark(page, 9000).click();
    expect(await popover(page).evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
  } finally {
    await ext.close();
  }
});

