import { readFileSync } from 'node:fs';
import { test, expect, openPopup, tabIdOf } from './extension';
import { mark, openSeed, popover, serveArticles, SEED_URL } from './ui-helpers';

test.describe('toolbar popup', () => {
  test.beforeEach(async ({ ext }) => serveArticles(ext));

  test("groups the page's figures by status, attention first, each with its sentence", async ({ ext }) => {
    const page = await openSeed(ext);
    const popup = await openPopup(ext, await tabIdOf(ext, SEED_URL));
    await expect(popup.locator('button.fig').first()).toBeVisible();
    const groups = await popup.locator('.group').evaluateAll((els) => els.map((e) => e.className.replace('group group-', '')));
    const order = ['contradicted', 'outdated', 'unverified', 'consistent', 'unmatched'];
    expect(groups.length).toBeGreaterThan(1);
    expect([...groups].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(groups);
    const fig = popup.locator('.group-outdated button.fig', { hasText: '6.700' }).first();
    await expect(fig.locator('.hit')).toHaveText('6.700');
    await expect(fig.locator('.sentence')).toContainText('kontainer');
    await expect(fig.locator('.claim-ref')).toContainText('Korea Utara');
    await expect(popup.locator('.group-outdated h3')).toContainText(/sudah usang \(\d+\)/);
    await expect(popup.locator('.count')).toHaveText(/^\d+ dari \d+ angka cocok dengan klaim$/);
    await popup.close();
    await page.close();
  });

  test('clicking a figure scrolls the page to it and opens its popover', async ({ ext }) => {
    const page = await openSeed(ext);
    const target = mark(page, 10000);
    const popup = await openPopup(ext, await tabIdOf(ext, SEED_URL));
    await popup.locator('button.fig', { hasText: '10.000' }).first().click();
    await page.bringToFront();
    await expect(target).toHaveAttribute('aria-expanded', 'true');
    await expect(popover(page)).toContainText('10.000');
    await expect(target).toBeInViewport();
    await popup.close();
    await page.close();
  });

  test('search is number-aware in both languages and shows full claim cards', async ({ ext }) => {
    const page = await openSeed(ext);
    const popup = await openPopup(ext, await tabIdOf(ext, SEED_URL));
    const q = popup.locator('#q');
    for (const query of ['6700', '6.700', '6,700', '6,7 ribu', '6,700 containers']) {
      await q.fill(query);
      await expect(popup.locator('.results .claim').first(), query).toHaveAttribute('data-claim-id', 'seed-01-containers-6700');
    }
    const card = popup.locator('.results .full-claim').first();
    await expect(card.locator('.summary')).toBeVisible();
    await expect(card.locator('.figures')).toContainText('6.700');
    await expect(card.locator('.sources a').first()).toHaveAttribute('href', /^https:\/\//);
    await expect(card.getByRole('button', { name: 'Salin kutipan' })).toBeVisible();
    await expect(popup.locator('.results .count')).toHaveText(/\d+ klaim ditemukan/);
    await q.fill('zzzz qqqq');
    await expect(popup.locator('.results .count')).toHaveText('Tidak ada klaim yang cocok.');
    // Clearing the search brings the page's figures back.
    await q.fill('');
    await expect(popup.locator('button.fig').first()).toBeVisible();
    await popup.close();
    await page.close();
  });

  test('exports the figures as CSV, JSON and Markdown downloads', async ({ ext }) => {
    const page = await openSeed(ext);
    const popup = await openPopup(ext, await tabIdOf(ext, SEED_URL));
    await expect(popup.locator('button.fig').first()).toBeVisible();
    const figures = await popup.locator('button.fig').count();
    const get = async (name: string) => {
      const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name, exact: true }).click()]);
      return { file: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
    };
    const csv = await get('CSV');
    expect(csv.file).toMatch(/^cek-angka-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = csv.text.trim().split('\r\n');
    expect(lines[0]).toBe('figure,value,valueMax,kind,unit,sentence,status,claimId,claimStatus,agreement,claim,sources');
    expect(lines.length).toBeGreaterThanOrEqual(figures + 1);
    expect(csv.text).toContain('seed-01-containers-6700');

    const json = await get('JSON');
    const parsed = JSON.parse(json.text) as { title: string; url: string; figures: { figure: string; claimId: string; status: string }[] };
    expect(parsed.url).toBe(SEED_URL);
    expect(parsed.title).toContain('6.700');
    expect(parsed.figures).toHaveLength(figures);
    expect(parsed.figures.find((f) => f.figure === '6.700')).toMatchObject({ claimId: 'seed-01-containers-6700', status: 'outdated' });

    const md = await get('Markdown');
    expect(md.file).toMatch(/\.md$/);
    expect(md.text).toMatch(/^# Kim Jong Un/);
    expect(md.text).toContain('| figure | sentence | status | claimId | claim | agreement | sources |');
    await popup.close();
    await page.close();
  });

  test('fact-checker mode marks every figure; reader mode only matched ones', async ({ ext }) => {
    const page = await openSeed(ext);
    const popup = await openPopup(ext, await tabIdOf(ext, SEED_URL));
    const reader = await page.locator('cek-angka').count();
    await expect(page.locator('cek-angka[data-status="unmatched"]')).toHaveCount(0);
    await popup.getByText('Pemeriksa fakta').click();
    await expect(popup.getByRole('radio', { name: 'Pemeriksa fakta' })).toBeChecked();
    await expect.poll(() => page.locator('cek-angka').count()).toBeGreaterThan(reader);
    await expect(page.locator('cek-angka[data-status="unmatched"]').first()).toBeAttached();
    await popup.getByText('Pembaca').click();
    await expect.poll(() => page.locator('cek-angka').count()).toBe(reader);
    await popup.close();
    await page.close();
  });

  test('the badge counts matched figures and turns red when one is contradicted', async ({ ext }) => {
    const page = await openSeed(ext);
    const tabId = await tabIdOf(ext, SEED_URL);
    const popup = await openPopup(ext, tabId);
    const matchedText = (await popup.locator('.count').first().textContent()) ?? '';
    const matched = matchedText.match(/^(\d+)/)?.[1];
    const badge = () => ext.worker.evaluate(async (id) => ({
      text: await chrome.action.getBadgeText({ tabId: id }),
      color: await chrome.action.getBadgeBackgroundColor({ tabId: id }),
    }), tabId);
    await expect.poll(async () => (await badge()).text).toBe(matched);
    expect(await popup.locator('.group-contradicted').count()).toBeGreaterThan(0);
    expect((await badge()).color).toEqual([185, 28, 28, 255]);
    await popup.close();
    await page.close();
  });

  test('disable and enable Cek Angka on this site', async ({ ext }) => {
    const page = await openSeed(ext);
    const popup = await openPopup(ext, await tabIdOf(ext, SEED_URL));
    await expect(popup.locator('.host')).toHaveText('www.tribunnews.com');
    await popup.getByRole('button', { name: 'Nonaktifkan di situs ini' }).click();
    await expect(page.locator('cek-angka')).toHaveCount(0);
    // Without marks the popup no longer knows the page's language: it speaks the browser's.
    await expect(popup.getByText(/Cek Angka (tidak aktif di situs ini|is not active on this site)\./)).toBeVisible();
    await popup.getByRole('button', { name: /Aktifkan di situs ini|Enable on this site/ }).click();
    await expect(page.locator('cek-angka').first()).toBeVisible();
    await expect(popup.getByRole('button', { name: 'Nonaktifkan di situs ini' })).toBeVisible();
    await popup.close();
    await page.close();
  });

  test('shows a claim opened from a popover (?claim=ID) with its citation button', async ({ ext }) => {
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/src/ui/popup/index.html?claim=seed-01-containers-6700`);
    const opened = popup.locator('.opened');
    await expect(opened.locator('.claim')).toHaveAttribute('data-claim-id', 'seed-01-containers-6700');
    await expect(opened.getByRole('button', { name: /Salin kutipan|Copy citation/ })).toBeVisible();
    await opened.getByRole('button', { name: /Tutup klaim ini|Close this claim/ }).click();
    await expect(popup.locator('.opened')).toHaveCount(0);
    await popup.close();
  });
});
