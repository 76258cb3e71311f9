/**
 * Screenshots for the README: the popover on the seed article (light and dark, desktop and 360 px), the toolbar
 * popup (page figures in light and dark, a number search) and the options page, as PNGs in docs/.
 * Needs a build in dist/ (`npm run build`) and the system Chromium.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchWithExtension, ROOT, servePage } from '../test/e2e/extension';
import { seedPageHtml, SEED_URL } from './lib/seed-page';

const OUT = join(ROOT, 'docs');

async function shoot(scheme: 'light' | 'dark', viewport: { width: number; height: number }, suffix: string, extra: boolean): Promise<string[]> {
  const ext = await launchWithExtension(undefined, { colorScheme: scheme, viewport });
  const written: string[] = [];
  try {
    await servePage(ext.context, { [SEED_URL]: seedPageHtml() });
    const page = await ext.context.newPage();
    await page.goto(SEED_URL);
    const mark = page.locator('cek-angka[data-value="6700"]');
    await mark.scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, -120));
    await mark.hover();
    const card = page.locator('cek-angka-popover [role="dialog"]');
    await card.waitFor();
    await page.waitForTimeout(300);
    const file = join(OUT, `popover-${scheme}${suffix}.png`);
    await page.screenshot({ path: file });
    written.push(file);
    if (extra) {
      const tabId = await ext.worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, SEED_URL);
      const popup = await ext.context.newPage();
      await popup.setViewportSize({ width: 400, height: 760 });
      await popup.goto(`chrome-extension://${ext.extensionId}/src/ui/popup/index.html?tab=${tabId}`);
      await popup.locator('button.fig').first().waitFor();
      const pf = join(OUT, `popup-${scheme}.png`);
      await popup.screenshot({ path: pf });
      written.push(pf);
      await popup.locator('#q').fill('6,7 ribu');
      await popup.locator('.results .claim').first().waitFor();
      if (scheme === 'light') {
        const sf = join(OUT, 'popup-search-light.png');
        await popup.screenshot({ path: sf });
        written.push(sf);
      }
      const options = await ext.context.newPage();
      await options.setViewportSize({ width: 900, height: 900 });
      await options.goto(`chrome-extension://${ext.extensionId}/src/ui/options/index.html`);
      await options.locator('h1').waitFor();
      const of = join(OUT, `options-${scheme}.png`);
      await options.screenshot({ path: of, fullPage: true });
      written.push(of);
    }
  } finally {
    await ext.close();
  }
  return written;
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const files = [
    ...(await shoot('light', { width: 1100, height: 860 }, '', true)),
    ...(await shoot('dark', { width: 1100, height: 860 }, '', true)),
    ...(await shoot('light', { width: 360, height: 740 }, '-360', false)),
  ];
  for (const f of files) console.log(`wrote ${f}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
