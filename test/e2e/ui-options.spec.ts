import { join } from 'node:path';
import { test, expect, openPopup, ROOT, tabIdOf, type Ext } from './extension';
import { openSeed, serveArticles, SEED_URL } from './ui-helpers';

const optionsUrl = (ext: Ext) => `chrome-extension://${ext.extensionId}/src/ui/options/index.html`;
const stored = (ext: Ext) => ext.worker.evaluate(async () => (await chrome.storage.local.get('settings'))['settings'] as Record<string, unknown>);

test.describe('options page', () => {
  test.beforeEach(async ({ ext }) => serveArticles(ext, { uiLang: 'id' }));

  test('settings persist across reloads and reach the other pages', async ({ ext }) => {
    const page = await ext.context.newPage();
    await page.goto(optionsUrl(ext));
    await expect(page.locator('h1')).toHaveText('Pengaturan Cek Angka');
    await page.getByRole('radio', { name: /Pemeriksa fakta/ }).check();
    await expect(page.getByRole('status')).toHaveText('Tersimpan');
    await page.locator('input[data-domain="kompas.com"]').uncheck();
    await page.locator('#ui-lang').selectOption('en');
    // The page switches language at once.
    await expect(page.locator('h1')).toHaveText('Cek Angka settings');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.reload();
    await expect(page.getByRole('radio', { name: /Fact-checker/ })).toBeChecked();
    await expect(page.locator('input[data-domain="kompas.com"]')).not.toBeChecked();
    await expect(page.locator('input[data-domain="tribunnews.com"]')).toBeChecked();
    await expect(page.locator('#ui-lang')).toHaveValue('en');
    expect(await stored(ext)).toMatchObject({ mode: 'factchecker', uiLang: 'en', disabledDomains: ['kompas.com'] });

    // The article and the popup follow: every figure marked, English interface, English numbers.
    const article = await openSeed(ext);
    await expect(article.locator('cek-angka[data-status="unmatched"]').first()).toBeAttached();
    await expect(article.locator('cek-angka[data-value="6700"]')).toHaveAttribute('aria-label', /^6\.700 kontainer, matches a claim, status: outdated$/);
    const popup = await openPopup(ext, await tabIdOf(ext, SEED_URL));
    await expect(popup.locator('#figs-h')).toHaveText('Figures on this page');
    await expect(popup.getByRole('radio', { name: 'Fact-checker' })).toBeChecked();
    await popup.close();
    await article.close();
    await page.close();
  });

  test('an invalid site address is refused with a message', async ({ ext }) => {
    const page = await ext.context.newPage();
    await page.goto(optionsUrl(ext));
    await page.locator('#add-site').fill('not a host');
    await page.getByRole('button', { name: 'Tambah situs' }).click();
    await expect(page.getByRole('status')).toHaveText('Alamat situs tidak valid.');
    expect((await stored(ext))['userSites'] ?? []).toEqual([]);
    await page.close();
  });

  test('reset puts every setting back to its default', async ({ ext }) => {
    await serveArticles(ext, { uiLang: 'id', mode: 'factchecker', disabledDomains: ['detik.com'], enabled: false });
    const page = await ext.context.newPage();
    await page.goto(optionsUrl(ext));
    await expect(page.getByRole('checkbox', { name: 'Cek Angka aktif' })).not.toBeChecked();
    await page.getByRole('button', { name: 'Kembalikan pengaturan awal' }).click();
    await expect(page.getByRole('checkbox', { name: /Cek Angka (aktif|is on)/ })).toBeChecked();
    await expect(page.getByRole('radio', { name: /Pembaca|Reader/ })).toBeChecked();
    await expect(page.locator('input[data-domain="detik.com"]')).toBeChecked();
    await expect(page.getByRole('status')).toHaveText(/Pengaturan dikembalikan\.|Settings reset\./);
    expect(await stored(ext)).toEqual({ enabled: true, mode: 'reader', uiLang: 'auto', disabledDomains: [], userSites: [] });
    await page.reload();
    await expect(page.locator('#ui-lang')).toHaveValue('auto');
    await page.close();
  });

  test('imports a ClaimReview dataset and removes it', async ({ ext }) => {
    const page = await ext.context.newPage();
    await page.goto(optionsUrl(ext));
    await expect(page.getByText(/Data bawaan: \d+ klaim/)).toBeVisible();
    await page.locator('input[type="file"]').setInputFiles(join(ROOT, 'test', 'fixtures', 'claimreview', 'graph-en.json'));
    const row = page.locator('li[data-dataset]');
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('graph-en.json');
    await expect(page.getByRole('status')).toContainText('graph-en.json');
    await page.reload();
    await expect(row).toHaveCount(1);
    await row.getByRole('button', { name: /Hapus data graph-en\.json/ }).click();
    await expect(row).toHaveCount(0);
    await page.close();
  });
});
