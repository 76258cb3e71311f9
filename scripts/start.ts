/**
 * npm start: after the build, opens Chromium with the extension on a local copy of the seed article (served under
 * its real Tribunnews URL). With no display, it writes a screenshot of the annotated page with a popover open.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchWithExtension, servePage } from '../test/e2e/extension';
import { seedPageHtml, SEED_URL } from './lib/seed-page';

const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const out = join(import.meta.dirname, '..', '.tmp');

async function main(): Promise<void> {
  const ext = await launchWithExtension(undefined, { headless });
  await servePage(ext.context, { [SEED_URL]: seedPageHtml() });
  const page = await ext.context.newPage();
  await page.goto(SEED_URL);
  const mark = page.locator('cek-angka[data-value="6700"]');
  await mark.waitFor({ timeout: 20_000 });
  const count = await page.locator('cek-angka').count();
  console.log(`Cek Angka marked ${count} figures on the seed article (${SEED_URL}).`);
  if (!headless) {
    console.log('Chromium is open with the extension: hover a marked figure, or click the toolbar icon. Close the window to stop.');
    await new Promise<void>((resolve) => ext.context.on('close', () => resolve()));
    return;
  }
  await mark.scrollIntoViewIfNeeded();
  await mark.hover();
  await page.locator('cek-angka-popover [role="dialog"]').waitFor();
  mkdirSync(out, { recursive: true });
  const file = join(out, 'start-screenshot.png');
  await page.screenshot({ path: file });
  console.log(`No display: wrote a screenshot of the annotated page with a popover open to ${file}`);
  await ext.close();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
