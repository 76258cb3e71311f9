import { test, expect, openPopup, tabIdOf } from './extension';
import { axeViolations, mark, openSeed, popover, serveArticles, SEED_URL } from './ui-helpers';

test.describe('axe-core finds no violations', () => {
  test.beforeEach(async ({ ext }) => serveArticles(ext, { uiLang: 'id' }));

  test('the popover (its shadow host) and the marks', async ({ ext }) => {
    const page = await openSeed(ext);
    await mark(page, 6700).click();
    await expect(popover(page)).toBeVisible();
    // With "why this match" open too, so that every part of the card is checked.
    await popover(page).getByRole('button', { name: 'Mengapa cocok?' }).click();
    await expect(popover(page).locator('.why')).toBeVisible();
    expect(await axeViolations(page, 'cek-angka-popover')).toEqual([]);
    expect(await axeViolations(page, '.txt-article')).toEqual([]);
    await page.close();
  });

  test('the toolbar popup, with the page figures and with search results', async ({ ext }) => {
    const page = await openSeed(ext);
    const popup = await openPopup(ext, await tabIdOf(ext, SEED_URL));
    await expect(popup.locator('button.fig').first()).toBeVisible();
    expect(await axeViolations(popup)).toEqual([]);
    await popup.locator('#q').fill('6.700 kontainer');
    await expect(popup.locator('.results .claim').first()).toBeVisible();
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
    await page.close();
  });

  test('the options page', async ({ ext }) => {
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/src/ui/options/index.html`);
    await expect(page.locator('h1')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
