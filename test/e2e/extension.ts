/** Playwright fixtures: the built extension in the system Chromium, and pages served under real news URLs. */
import { test as base, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const DIST = join(ROOT, 'dist');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];

export async function launchWithExtension(dist = DIST, opts: { colorScheme?: 'light' | 'dark'; viewport?: { width: number; height: number }; headless?: boolean } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'cek-angka-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: opts.headless ?? true,
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${dist}`, `--load-extension=${dist}`],
    colorScheme: opts.colorScheme ?? 'light',
    viewport: opts.viewport ?? { width: 1280, height: 900 },
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  const extensionId = new URL(worker.url()).host;
  return { context, worker, extensionId, close: async () => (await context.close(), rmSync(dir, { recursive: true, force: true })) };
}

/** Serves `html` at `url` and blocks every other web request (extension URLs pass: the content-script loader needs them). */
export async function servePage(context: BrowserContext, pages: Record<string, string>): Promise<void> {
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (!/^https?:/.test(url)) return route.continue();
    const body = pages[url];
    if (body !== undefined) return route.fulfill({ body, contentType: 'text/html; charset=utf-8' });
    return route.fulfill({ status: 404, body: '' });
  });
}

export interface Ext {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
}

export const test = base.extend<{ errors: string[] }, { ext: Ext }>({
  ext: [
    async ({}, use) => {
      const launched = await launchWithExtension();
      await use(launched);
      await launched.close();
    },
    { scope: 'worker' },
  ],
  errors: async ({}, use) => {
    await use([]);
  },
});

export { expect } from '@playwright/test';

/** The browser's tab id of a page, read through the extension's service worker. */
export async function tabIdOf(ext: Ext, url: string): Promise<number> {
  return ext.worker.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
    const t = tabs.find((x) => x.url === u);
    if (t?.id === undefined) throw new Error(`no tab for ${u}`);
    return t.id;
  }, url);
}

export async function openPopup(ext: Ext, tabId: number): Promise<Page> {
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/src/ui/popup/index.html?tab=${tabId}`);
  return popup;
}

export async function setSettings(ext: Ext, settings: Record<string, unknown>): Promise<void> {
  await ext.worker.evaluate(async (s) => chrome.storage.local.set({ settings: s }), settings);
}
