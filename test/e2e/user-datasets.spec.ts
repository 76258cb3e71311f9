import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, ROOT, setSettings } from './extension';

const FIXTURES = join(ROOT, 'test', 'fixtures', 'claimreview');

test.describe('user ClaimReview datasets (options page)', () => {
  test('import, search, survive a bad file, remove', async ({ ext }) => {
    await setSettings(ext, {});
    await ext.worker.evaluate(() => chrome.storage.local.remove('userDatasets'));
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/src/ui/options/index.html`);
    const file = options.locator('input[type="file"]');
    await file.setInputFiles({ name: 'graph-en.json', mimeType: 'application/json', buffer: readFileSync(join(FIXTURES, 'graph-en.json')) });
    const item = options.locator('[data-dataset]');
    await expect(item).toHaveCount(1);
    await expect(item).toContainText('graph-en.json');
    await expect(item).toContainText('2');

    // The imported claims are searchable from the popup, next to the bundled ones.
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/src/ui/popup/index.html`);
    await popup.locator('#q').fill('350 billion');
    await expect(popup.locator('.results .claim').filter({ hasText: 'Example Fact Check' }).first()).toBeVisible();

    // A file that is not JSON is refused with a message, and what was imported before stays.
    await file.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"@type": "ClaimReview", ') });
    await expect(options.getByRole('status')).toContainText('broken.json');
    await expect(item).toHaveCount(1);

    // Malformed items are skipped, the good ones kept.
    await file.setInputFiles({ name: 'mixed.json', mimeType: 'application/json', buffer: readFileSync(join(FIXTURES, 'array-with-bad-items.json')) });
    await expect(item).toHaveCount(2);

    await item.first().getByRole('button').click();
    await expect(item).toHaveCount(1);
    await popup.reload();
    await popup.locator('#q').fill('350 billion');
    await expect(popup.locator('.results')).toBeVisible();
    await expect(popup.locator('.results .claim').filter({ hasText: 'Example Fact Check' })).toHaveCount(0);
    await popup.close();
    await options.close();
  });
});
