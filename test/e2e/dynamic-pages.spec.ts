/**
 * Pages that change under the extension (fixtures in test/fixtures/pages): infinite scroll, a History API single-page
 * app, React-style re-renders, a hostile page (markup-like text, broken DOM prototypes, a mutation flood), and the
 * service worker stopped in the middle of a session. Fact-checker mode: every figure is marked.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, launchWithExtension, servePage, setSettings, tabIdOf, ROOT } from './extension';
import { ContentWorld } from './scan-state';
import { marksExtraWidth } from './ui-helpers';
import { seedPageHtml, SEED_URL } from '../../scripts/lib/seed-page';

const FIXTURES = join(ROOT, 'test', 'fixtures', 'pages');
const fixture = (name: string) => readFileSync(join(FIXTURES, `${name}.html`), 'utf8');
const BASE = 'https://www.kompas.com';

test.beforeAll(async ({ ext }) => {
  await ext.context.unroute('**/*');
  await servePage(ext.context, {
    [`${BASE}/live/banjir`]: fixture('infinite-scroll'),
    [`${BASE}/spa/a`]: fixture('spa'),
    [`${BASE}/spa/b`]: fixture('spa'),
    [`${BASE}/read/rerender`]: fixture('rerender'),
    [`${BASE}/read/hostile`]: fixture('hostile'),
  });
  await setSettings(ext, { mode: 'factchecker' });
});

test.afterAll(async ({ ext }) => {
  await setSettings(ext, {});
});

const markTexts = (page: Page) => page.locator('cek-angka').allTextContents();

test('infinite scroll: appended entries are marked, earlier marks stay single', async ({ ext }) => {
  const page = await ext.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${BASE}/live/banjir`);
  const world = await ContentWorld.of(ext, page);
  const first = await world.idle(1);
  const before = await markTexts(page);
  expect(before).toEqual(expect.arrayContaining(['120', '3.500', '14', '1,5 meter']));
  // Nothing outside the feed: the share counter and the footer's phone number stay plain.
  expect(await page.locator('header cek-angka, footer cek-angka').count()).toBe(0);
  for (let round = 1; round <= 3; round++) {
    await page.evaluate('appendMore()');
    await world.idle(first.scans + round);
    await expect(page.locator('#feed p')).toHaveCount(3 + 3 * round);
  }
  await expect(page.locator('#feed p:last-child cek-angka').first()).toBeVisible();
  const after = await markTexts(page);
  expect(after.slice(0, before.length)).toEqual(before);
  expect(after.filter((t) => t.startsWith('907'))).toHaveLength(1);
  expect(after.filter((t) => t.startsWith('25 persen'))).toHaveLength(9);
  // Every appended entry got its marks.
  const unmarked = await page.locator('#feed p').evaluateAll((ps) => ps.filter((p) => !p.querySelector('cek-angka')).length);
  expect(unmarked).toBe(0);
  expect(await page.locator('cek-angka cek-angka').count()).toBe(0);
  expect(errors).toEqual([]);
  await world.detach();
  await page.close();
});

test('single-page app: History API navigation scans the new article', async ({ ext }) => {
  const page = await ext.context.newPage();
  await page.goto(`${BASE}/spa/a`);
  const world = await ContentWorld.of(ext, page);
  const first = await world.idle(1);
  expect(await markTexts(page)).toEqual(expect.arrayContaining(['12 persen', '1,2 juta ton']));
  await page.click('#to-b');
  await expect(page).toHaveURL(`${BASE}/spa/b`);
  await world.idle(first.scans + 1);
  await expect(page.locator('cek-angka', { hasText: '6.700' })).toHaveCount(1);
  const marks = await markTexts(page);
  expect(marks).toEqual(expect.arrayContaining(['6.700', 'Rp 5,2 triliun', '48']));
  expect(marks).not.toContain('12 persen');
  // Back: article A again, through popstate.
  await page.goBack();
  await expect(page.locator('cek-angka', { hasText: '12 persen' })).toHaveCount(1);
  await expect(page.locator('cek-angka', { hasText: '6.700' })).toHaveCount(0);
  await world.detach();
  await page.close();
});

test('React-style re-renders: marks recover, the page keeps its handlers', async ({ ext }) => {
  const page = await ext.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${BASE}/read/rerender`);
  const world = await ContentWorld.of(ext, page);
  const first = await world.idle(1);
  const expected = ['Rp 2,5 triliun', '40', '1.200'];
  expect(await markTexts(page)).toEqual(expect.arrayContaining(expected));
  const text = await page.locator('#root').textContent();
  let scans = first.scans;
  for (const how of ['replace', 'text', 'replace']) {
    await page.evaluate(`render(${JSON.stringify(how)})`);
    await world.idle(++scans);
    await expect(page.locator('#root cek-angka')).toHaveCount(expected.length);
    expect(await markTexts(page)).toEqual(expect.arrayContaining(expected));
    expect(await page.locator('#root').textContent()).toBe(text);
  }
  // The page's delegated click handler still sees clicks on its paragraphs, marks included.
  await page.locator('#root cek-angka').first().click();
  await page.locator('#root p').nth(1).click({ position: { x: 2, y: 2 } });
  await expect(page.locator('#clicks')).toHaveText('2');
  expect(errors).toEqual([]);
  await world.detach();
  await page.close();
});

test('hostile page: markup-like text stays text, broken prototypes and a mutation flood change nothing', async ({ ext }) => {
  const page = await ext.context.newPage();
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(`${BASE}/read/hostile`);
  const world = await ContentWorld.of(ext, page);
  await world.idle(1);
  await expect(page.locator('#p1 cek-angka', { hasText: '45 persen' })).toHaveCount(1);
  await expect(page.locator('#p2 cek-angka', { hasText: '1.200' })).toHaveCount(1);
  // Text that looks like markup is still text: no element came of it, nothing ran.
  expect(await page.locator('.read__content script, .read__content img, .read__content b').count()).toBe(0);
  expect(await page.locator('#p1').textContent()).toBe('<script>alert("6.700")</script> Pemerintah menyiapkan 45 persen anggaran <img src=x onerror=alert(1)> senilai Rp 3 triliun.');
  // Let the flood run through a few re-scan periods: the scanner keeps up without re-marking anything.
  await page.waitForTimeout(1500);
  const s = await world.state();
  expect(s?.busy === false || (s?.scans ?? 0) > 1).toBe(true);
  expect(await page.locator('cek-angka cek-angka').count()).toBe(0);
  expect(await page.locator('#p1 cek-angka', { hasText: '45 persen' })).toHaveCount(1);
  // The extension never called the page's overrides (it runs in its own world), and nothing was alerted.
  expect(await page.evaluate('window.__hookCalls')).toBe(0);
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
  await page.evaluate('clearInterval(window.__flood)');
  await world.detach();
  await page.close();
});

test('service worker stopped mid-session: the next scan still gets a correct answer', async () => {
  // A browser of its own: a stopped worker's Playwright handle does not come back, and other tests need theirs.
  const own = await launchWithExtension();
  try {
    await own.context.route(SEED_URL, (r) => r.fulfill({ body: seedPageHtml(), contentType: 'text/html; charset=utf-8' }));
    const page = await own.context.newPage();
    await page.goto(SEED_URL);
    const world = await ContentWorld.of(own, page);
    const first = await world.idle(1);
    await expect(page.locator('cek-angka[data-value="6700"]')).toHaveAttribute('data-status', 'outdated');
    // The page's summary (sent once the scan pauses) has set the badge: no message of the first scan is left to wake
    // the worker right after it is stopped.
    const tabId = await tabIdOf(own, SEED_URL);
    await expect.poll(() => own.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).not.toBe('');
    // Stop the extension's service worker, as MV3 does to an idle extension (chrome://serviceworker-internals: the
    // DevTools protocol's ServiceWorker.stopAllWorkers does not reach an extension's worker from a page session).
    const internals = await own.context.newPage();
    await internals.goto('chrome://serviceworker-internals/');
    const status = async () => (await internals.locator('body').innerText()).match(/Running Status:\s*(\w+)/)?.[1];
    await expect.poll(status).toBe('RUNNING');
    await internals.locator('cr-button[data-command="stop"]').first().click();
    await expect.poll(status).toBe('STOPPED');
    // The page adds a paragraph with a dataset figure: the scan message wakes a new worker, which reloads its data.
    await page.evaluate(`(() => {
      const p = document.createElement('p');
      p.textContent = 'Korea Utara disebut telah mengirim 6.700 kontainer amunisi ke Rusia.';
      document.querySelector('.txt-article').appendChild(p);
    })()`);
    await world.idle(first.scans + 1);
    const added = page.locator('.txt-article p:last-child cek-angka');
    await expect(added).toHaveCount(1);
    await expect(added).toHaveAttribute('data-value', '6700');
    await expect(added).toHaveAttribute('data-status', 'outdated');
    await expect.poll(status).toBe('RUNNING');
    await world.detach();
  } finally {
    await own.close();
  }
});

test('huge page in reader mode: far blocks come back as counts, their figures are fetched near the viewport or for the popup', async ({ ext }) => {
  const url = `${BASE}/live/huge-reader`;
  const claim = 'Menteri Pertahanan Korea Selatan Shin Won-sik mengatakan Korea Utara telah mengirim sekitar 6.700 kontainer amunisi ke Rusia.';
  const entries = Array.from({ length: 1200 }, (_, i) => `<p id="e${i}">Pembaruan ${i}: ${i % 10 === 0 ? claim : ''} Sebanyak ${i * 10 + 3} warga mengungsi.</p>`).join('\n');
  const html = `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Live - Kompas.com</title></head><body><div class="read__content">${entries}</div></body></html>`;
  await ext.context.route(url, (r) => r.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
  await setSettings(ext, { mode: 'reader' });
  try {
    const page = await ext.context.newPage();
    await page.goto(url);
    const world = await ContentWorld.of(ext, page);
    await world.idle(1);
    // Near the top: the matched figure is marked, the unmatched one is not.
    await expect(page.locator('#e0 cek-angka')).toHaveText([/^6\.700/]);
    expect(await page.locator('#e1 cek-angka').count()).toBe(0);
    expect(await page.locator('#e600 cek-angka, #e1150 cek-angka').count()).toBe(0);
    // The badge counts every matched figure, the far ones (known only by their counts) too.
    const tabId = await tabIdOf(ext, url);
    await expect.poll(() => ext.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('120');
    // Scrolled to: a counted block's figures are fetched and marked.
    await page.locator('#e600').scrollIntoViewIfNeeded();
    await expect(page.locator('#e600 cek-angka')).toHaveText([/^6\.700/]);
    // The popup's list holds every matched figure, fetched for the blocks that were only counted.
    const listed = await ext.worker.evaluate(async (id) => (await chrome.tabs.sendMessage(id, { type: 'list-figures' })) as { figures: { sentence: string; marked: boolean; matches: unknown[] }[] }, tabId);
    expect(listed.figures).toHaveLength(120);
    expect(listed.figures.every((f) => f.matches.length > 0 && f.sentence.includes('6.700 kontainer'))).toBe(true);
    expect(listed.figures.filter((f) => f.marked).length).toBeLessThan(60);
    await page.locator('#e1150').scrollIntoViewIfNeeded();
    await expect(page.locator('#e1150 cek-angka')).toHaveText([/^6\.700/]);
    expect(await page.locator('cek-angka cek-angka').count()).toBe(0);
    await expect.poll(() => ext.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('120');
    await world.detach();
    await page.close();
  } finally {
    await setSettings(ext, { mode: 'factchecker' });
  }
});

test('huge page: every figure is read, marks are written as their part of the page nears the viewport', async ({ ext }) => {
  const url = `${BASE}/live/huge`;
  const entries = Array.from({ length: 1200 }, (_, i) => `<p id="e${i}">Pembaruan ${i}: sebanyak ${i * 10 + 3} warga mengungsi, naik 4 persen.</p>`).join('\n');
  const html = `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Live - Kompas.com</title></head><body><div class="read__content">${entries}</div></body></html>`;
  await ext.context.route(url, (r) => r.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
  const page = await ext.context.newPage();
  // The page's own observer sees each slice of marks in one callback (a slice is written in one task).
  await page.addInitScript(() => {
    const w = window as unknown as { slices: number[] };
    w.slices = [];
    new MutationObserver((records) => {
      let n = 0;
      for (const r of records) r.addedNodes.forEach((x) => void (x.nodeName === 'CEK-ANGKA' && n++));
      if (n) w.slices.push(n);
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(url);
  const world = await ContentWorld.of(ext, page);
  await world.idle(1);
  await expect(page.locator('#e0 cek-angka').first()).toBeVisible();
  // The first screens hold more marks than one slice: they go in slices of at most 40, so that no frame lays out
  // them all at once.
  const slices = await page.evaluate(() => (window as unknown as { slices: number[] }).slices);
  expect(slices.reduce((a, b) => a + b, 0)).toBeGreaterThan(40);
  expect(Math.max(...slices)).toBeLessThanOrEqual(40);
  // A figure with no match has no glyph, and its mark is exactly as wide as its text: the lines do not move.
  const widths = await marksExtraWidth(page.locator('#e0 cek-angka[data-status=unmatched]'));
  expect(widths.length).toBeGreaterThan(0);
  for (const w of widths) expect(Math.abs(w)).toBeLessThan(0.1);
  // Far below the viewport: read and listed, not yet marked.
  expect(await page.locator('#e1150 cek-angka').count()).toBe(0);
  const tabId = await tabIdOf(ext, url);
  const listed = await ext.worker.evaluate(async (id) => (await chrome.tabs.sendMessage(id, { type: 'list-figures' })) as { figures: { sentence: string; marked: boolean }[] }, tabId);
  expect(listed.figures.some((f) => f.sentence.includes('11503 warga') && !f.marked)).toBe(true);
  await page.locator('#e1150').scrollIntoViewIfNeeded();
  await expect(page.locator('#e1150 cek-angka').first()).toBeVisible();
  expect(await page.locator('#e1150 cek-angka').allTextContents()).toEqual(expect.arrayContaining(['11503', '4 persen']));
  expect(await page.locator('cek-angka cek-angka').count()).toBe(0);
  await world.detach();
  await page.close();
});

test('huge page scrolled inside its own box, or shown in a taller window: the marks that come near are written', async ({ ext }) => {
  const url = `${BASE}/live/huge-box`;
  const entries = Array.from({ length: 1200 }, (_, i) => `<p id="e${i}">Pembaruan ${i}: sebanyak ${i * 10 + 3} warga mengungsi.</p>`).join('\n');
  // The article scrolls in a box of its own: the window itself never scrolls.
  const html = `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Live - Kompas.com</title>
<style>html,body{height:100%;margin:0;overflow:hidden}.read__content{height:100%;overflow-y:auto}</style></head>
<body><div class="read__content">${entries}</div></body></html>`;
  await ext.context.route(url, (r) => r.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 800, height: 300 });
  await page.goto(url);
  const world = await ContentWorld.of(ext, page);
  await world.idle(1);
  await expect(page.locator('#e0 cek-angka').first()).toBeVisible();
  expect(await page.locator('#e700 cek-angka').count()).toBe(0);
  await page.locator('.read__content').evaluate((box) => {
    box.scrollTop = (box.querySelector('#e700') as HTMLElement).offsetTop;
  });
  await expect(page.locator('#e700 cek-angka').first()).toBeVisible();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  // Back at the top, a much taller window brings blocks further down within reach.
  await page.locator('.read__content').evaluate((box) => (box.scrollTop = 0));
  const below = await page.evaluate(() => {
    const r = document.querySelector('#e0')!.getBoundingClientRect();
    // The first block that is more than the current reach (3 screens of 300 px below the screen) away.
    return Array.from(document.querySelectorAll('p')).findIndex((p) => p.getBoundingClientRect().top - r.top > 300 * 4 + 200);
  });
  expect(await page.locator(`#e${below + 20} cek-angka`).count()).toBe(0);
  await page.setViewportSize({ width: 800, height: 2000 });
  await expect(page.locator(`#e${below + 20} cek-angka`).first()).toBeAttached();
  await world.detach();
  await page.close();
});
