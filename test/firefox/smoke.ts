/**
 * Firefox smoke test (puppeteer-core over WebDriver BiDi, Debian's firefox-esr): installs dist-firefox/, opens the
 * seed article under its real Tribunnews URL (served by request interception), and checks the marks, one popover
 * and the popup. Prints `N passed, N failed` and exits non-zero on any failure.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { seedPageHtml, SEED_URL } from '../../scripts/lib/seed-page';
import { GECKO_ID } from '../../src/manifest-ids';

const DIST = join(import.meta.dirname, '..', '..', 'dist-firefox');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const UUID = randomUUID();

let passed = 0;
let failed = 0;
async function check(name: string, fn: () => Promise<void>): Promise<void> {
  try {
    await fn();
    passed++;
    console.log(`  ✓ firefox: ${name}`);
  } catch (e) {
    failed++;
    console.log(`  ✗ firefox: ${name}\n    ${String(e).split('\n').join('\n    ')}`);
  }
}

/** Waits until `fn` is true in the page, evaluating it every 100 ms. */
async function poll(page: Page, fn: () => boolean, timeout: number): Promise<void> {
  const until = Date.now() + timeout;
  while (!(await page.evaluate(fn).catch(() => false))) {
    if (Date.now() > until) throw new Error(`timed out after ${timeout} ms waiting for ${String(fn)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function serve(page: Page, pages: Record<string, string>): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (req) => {
    const url = req.url();
    if (!/^https?:/.test(url)) return void req.continue();
    const body = pages[url];
    if (body !== undefined) return void req.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
    return void req.respond({ status: 404, body: '' });
  });
}

async function main(): Promise<void> {
  let browser: Browser | undefined;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
        // Host permissions of an MV3 add-on are granted at install in a test profile.
        'extensions.originControls.grantByDefault': true,
      },
    });
    await browser.installExtension(DIST);
    const page = await browser.newPage();
    await serve(page, { [SEED_URL]: seedPageHtml() });
    await page.goto(SEED_URL, { waitUntil: 'load' });

    await check('marks the seed figures', async () => {
      await page.waitForSelector('cek-angka[data-value="6700"]', { timeout: 20_000 });
      const texts = await page.$$eval('cek-angka', (els) => els.map((e) => e.textContent));
      for (const t of ['6.700', '3 juta', '500.000', '10.000', '9.000']) if (!texts.includes(t)) throw new Error(`${t} not marked: ${texts.join(', ')}`);
    });

    await check('each mark is as wide as its text, its glyph drawn above it', async () => {
      const bad = await page.$$eval('cek-angka', (els) =>
        els.flatMap((m) => {
          const r = document.createRange();
          r.selectNodeContents(m);
          const text = r.getBoundingClientRect();
          const box = m.getBoundingClientRect();
          const g = m.shadowRoot?.querySelector('.g')?.firstChild;
          const gr = document.createRange();
          if (g) gr.selectNodeContents(g);
          const gb = g ? gr.getBoundingClientRect() : null;
          const ok = Math.abs(box.width - text.width) < 0.1 && (!gb || (gb.left >= box.left - 1 && gb.right <= box.right + 1 && gb.top < box.top + box.height / 2));
          return ok ? [] : [m.textContent];
        }),
      );
      if (bad.length) throw new Error(`marks wider than their text or with a misplaced glyph: ${bad.join(', ')}`);
    });

    await check('popover of 6.700 shows the claim with sources', async () => {
      await page.focus('cek-angka[data-value="6700"]');
      await page.waitForFunction(
        () => {
          const host = document.querySelector('cek-angka-popover');
          const text = host?.shadowRoot?.textContent ?? '';
          return text.includes('Shin Won-sik') && !!host?.shadowRoot?.querySelector('a[href^="https://"]');
        },
        { timeout: 10_000 },
      );
    });

    await check('popover sits next to its mark inside the viewport, Escape closes it', async () => {
      await page.waitForFunction(
        () => {
          const card = document.querySelector('cek-angka-popover')?.shadowRoot?.querySelector('[role="dialog"]');
          const m = document.querySelector('cek-angka[data-value="6700"]');
          if (!card || !m) return false;
          const c = card.getBoundingClientRect();
          const r = m.getBoundingClientRect();
          const beside = c.top >= r.bottom - 1 || c.bottom <= r.top + 1;
          return beside && c.left >= 0 && c.right <= innerWidth && Math.abs(c.left - r.left) < 400;
        },
        { timeout: 10_000 },
      );
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !document.querySelector('cek-angka-popover')?.shadowRoot?.querySelector('[role="dialog"]'), { timeout: 5_000 });
    });

    await check('popup page renders the extension UI and finds "6,7 ribu"', async () => {
      const popup = await browser!.newPage();
      void popup.goto(`moz-extension://${UUID}/src/ui/popup/index.html`).catch(() => undefined);
      // (Polled with evaluate: waitForFunction builds its poller with Function(), which the extension page's CSP blocks.)
      await poll(popup, () => !!document.querySelector('h1') && !!document.querySelector('#q'), 15_000);
      await popup.type('#q', '6,7 ribu');
      await poll(popup, () => document.querySelector('.results .claim')?.getAttribute('data-claim-id') === 'seed-01-containers-6700', 10_000);
    });
  } catch (e) {
    failed++;
    console.log(`  ✗ firefox: setup failed: ${String(e)}`);
  } finally {
    await browser?.close().catch(() => undefined);
  }
  console.log(`firefox: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

void main();
