/**
 * The content script: decides whether Cek Angka runs on this page, scans the article, keeps the marks up to date
 * as the page changes, and opens the popover from hover, focus, tap and keyboard commands.
 */
import { ext } from '../ext-api';
import { isActiveOn, type Settings } from '../core/settings';
import { ContentRequest, fromThisExtension, type ListFiguresResponse } from '../messages';
import { loadSettings, onSettingsChanged } from '../storage';
import { articleBlocks, articleScope, pageContext } from './article';
import { MARK_TAG, POPOVER_TAG } from './marks';
import { Scanner } from './scanner';
import type { PopoverHost } from './popover-host';

const HOVER_INTENT_MS = 250;
const HOVER_LEAVE_MS = 300;
const RESCAN_DEBOUNCE_MS = 400;

const flag = '__cekAngkaLoaded';
const g = globalThis as unknown as Record<string, boolean>;

let settings: Settings;
let scanner: Scanner | null = null;
let popover: PopoverHost | null = null;
let popoverLoading: Promise<PopoverHost> | null = null;
let observer: MutationObserver | null = null;
let lastUrl = location.href;

function active(): boolean {
  return isActiveOn(settings, location.hostname);
}

async function start(): Promise<void> {
  stop();
  if (!active() || !document.body) return;
  lastUrl = location.href;
  const scope = articleScope(document);
  const page = pageContext(document, articleBlocks(scope, 8));
  const own = new Scanner({ mode: settings.mode, page, onChange: reportSummary, quiet });
  scanner = own;
  observe();
  await own.scan(scope);
}

function stop(): void {
  observer?.disconnect();
  observer = null;
  clearTimeout(rescanTimer);
  rescanTimer = 0;
  touched = [];
  popover?.close(false);
  scanner?.clear();
  scanner = null;
}

/** The badge's count waits for a pause in the scan: counting a live blog's figures after each batch adds up. */
const SUMMARY_DEBOUNCE_MS = 400;
let summaryTimer = 0;
function reportSummary(): void {
  clearTimeout(summaryTimer);
  summaryTimer = window.setTimeout(() => {
    if (!scanner) return;
    void ext.send({ type: 'page-summary', ...scanner.summary() }).catch(() => undefined);
  }, SUMMARY_DEBOUNCE_MS);
}

/** Nodes the page changed since the last re-scan; past this many, the next re-scan reads every block. */
const MAX_TOUCHED = 2000;
let touched: Node[] | null = [];
let rescanTimer = 0;

/**
 * Re-scans after the page adds or changes text (infinite scroll, lazy comments, SPA navigation, re-renders).
 * At most one re-scan per RESCAN_DEBOUNCE_MS however fast the page mutates, and only of the blocks it touched.
 */
function observe(): void {
  observer = new MutationObserver(onRecords);
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
}

function onRecords(records: MutationRecord[]): void {
  if (!scanner) return;
  let relevant = false;
  for (const r of records) {
    if (isOurs(r.target)) continue;
    relevant = true;
    if (touched) {
      touched.push(r.target);
      if (touched.length > MAX_TOUCHED) touched = null;
    }
  }
  if (relevant && !rescanTimer) rescanTimer = window.setTimeout(rescan, RESCAN_DEBOUNCE_MS);
}

function rescan(): void {
  rescanTimer = 0;
  if (location.href !== lastUrl) return void start();
  if (!scanner) return;
  const changed = touched;
  touched = [];
  const scope = articleScope(document);
  void scanner.scan(scope, changed ?? undefined);
}

/** Runs the scanner's DOM changes unseen: the page's pending records are handled first, the scanner's dropped. */
function quiet(fn: () => void): void {
  const pending = observer?.takeRecords();
  if (pending?.length) onRecords(pending);
  try {
    fn();
  } finally {
    observer?.takeRecords();
  }
}

function isOurs(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!el?.closest(`${POPOVER_TAG}`) || (el?.localName === MARK_TAG && node.nodeType === 1);
}

/** Same-document navigations (History API): the article is a new one. */
function watchNavigation(): void {
  const check = () => {
    if (location.href !== lastUrl) void start();
  };
  window.addEventListener('popstate', check);
  // The page's history.pushState runs in its own world, out of reach of a wrapper here; the Navigation API (where
  // the browser has it) reports it, and otherwise the mutations that replace the article do (see rescan).
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  nav?.addEventListener('navigatesuccess', () => setTimeout(check, RESCAN_DEBOUNCE_MS));
}

async function popoverHost(): Promise<PopoverHost> {
  if (popover) return popover;
  popoverLoading ??= import('./popover-host').then(({ PopoverHost }) => {
    popover = new PopoverHost();
    return popover;
  });
  return popoverLoading;
}

async function openFor(mark: HTMLElement, focusInside = false): Promise<void> {
  const key = mark.dataset['key'];
  const entry = key ? scanner?.entries.get(key) : undefined;
  if (!scanner || !entry) return;
  const host = await popoverHost();
  await host.open(mark, { key: entry.key, figure: entry.figure, sentence: entry.sentence, matches: entry.matches, ...(entry.why ? { why: entry.why } : {}), units: scanner.units, lang: scanner.lang });
  if (focusInside) host.focusInside();
}

function markOf(target: EventTarget | null): HTMLElement | null {
  const el = target instanceof Element ? target : null;
  return (el?.closest(MARK_TAG) as HTMLElement | null) ?? null;
}

function wireEvents(): void {
  let hoverTimer = 0;
  let leaveTimer = 0;
  document.addEventListener('mouseover', (ev) => {
    const mark = markOf(ev.target);
    if (mark) {
      clearTimeout(leaveTimer);
      clearTimeout(hoverTimer);
      if (popover?.mark !== mark) hoverTimer = window.setTimeout(() => void openFor(mark), HOVER_INTENT_MS);
    } else {
      clearTimeout(hoverTimer); // the pointer only passed over a mark: no intent
      clearTimeout(leaveTimer);
      if (popover?.mark && !popover.contains(ev.target as Node)) {
        leaveTimer = window.setTimeout(() => {
          if (popover && !popover.hasFocus() && document.activeElement !== popover.mark) popover.close(false);
        }, HOVER_LEAVE_MS);
      }
    }
  }, true);
  document.addEventListener('focusin', (ev) => {
    const mark = markOf(ev.target);
    if (mark && popover?.mark !== mark) void openFor(mark);
    // Focus went elsewhere in the page: the popover goes too (hover-opened ones close on mouse-out).
    else if (!mark && popover?.mark && !popover.contains(ev.target as Node)) popover.close(false);
  }, true);
  document.addEventListener('click', (ev) => {
    const mark = markOf(ev.target);
    if (mark) {
      clearTimeout(hoverTimer);
      if (popover?.mark !== mark) void openFor(mark);
      return;
    }
    if (popover?.mark && !popover.contains(ev.target as Node)) popover.close(false);
  }, true);
  document.addEventListener('keydown', (ev) => {
    if (!popover?.mark) {
      const mark = markOf(ev.target);
      if (mark && (ev.key === 'Enter' || ev.key === ' ')) {
        ev.preventDefault();
        void openFor(mark, true);
      }
      return;
    }
    if (ev.key === 'Escape') {
      ev.stopPropagation();
      popover.close(true);
    } else if ((ev.key === 'Enter' || ev.key === ' ') && markOf(ev.target) === popover.mark) {
      ev.preventDefault();
      popover.focusInside();
    }
  }, true);
  let scrollTimer = 0;
  window.addEventListener('scroll', () => {
    clearTimeout(scrollTimer);
    scrollTimer = window.setTimeout(() => {
      const mark = popover?.mark;
      if (!mark) return;
      const r = mark.getBoundingClientRect();
      if (r.bottom < 0 || r.top > window.innerHeight) popover!.close(false);
    }, 150);
  }, { passive: true });
}

function step(direction: 'next' | 'previous'): void {
  if (!scanner) return;
  const marks = scanner.orderedMarks();
  if (!marks.length) return;
  const current = popover?.mark ?? markOf(document.activeElement);
  const i = current ? marks.indexOf(current) : -1;
  const next = direction === 'next' ? marks[(i + 1) % marks.length] : marks[(i - 1 + marks.length) % marks.length];
  next?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  next?.focus({ preventScroll: true });
}

async function listFigures(): Promise<ListFiguresResponse> {
  const figures = (await scanner?.list()) ?? [];
  return {
    active: !!scanner,
    title: document.title.slice(0, 500),
    lang: scanner?.lang ?? 'id',
    figures,
    units: scanner?.units ?? {},
  };
}

function onMessage(raw: unknown, sender: { id?: string }): Promise<unknown> | undefined {
  if (!fromThisExtension(sender, ext.id())) return undefined;
  const parsed = ContentRequest.safeParse(raw);
  if (!parsed.success) return undefined;
  const msg = parsed.data;
  switch (msg.type) {
    case 'list-figures':
      return listFigures();
    case 'focus-figure': {
      const entry = scanner?.entries.get(msg.key);
      if (!entry?.mark?.isConnected) return Promise.resolve({ ok: false });
      entry.mark.scrollIntoView({ block: 'center' });
      entry.mark.focus({ preventScroll: true });
      return openFor(entry.mark).then(() => ({ ok: true }));
    }
    case 'step-figure':
      step(msg.direction);
      return Promise.resolve({ ok: true });
    case 'rescan':
      return start().then(() => ({ ok: true }));
  }
}

async function boot(): Promise<void> {
  if (g[flag]) return;
  g[flag] = true;
  // Listen before reading the settings: a change made while they load (the user switching Cek Angka on as the
  // page opens) would otherwise be lost, and the page never scanned. The change is newer than what the read returns.
  let loaded = false;
  let changedEarly: Settings | undefined;
  onSettingsChanged((next) => {
    if (!loaded) return void (changedEarly = next);
    const prev = settings;
    settings = next;
    if (!active()) return stop();
    if (!scanner || prev.uiLang !== next.uiLang || !isActiveOn(prev, location.hostname)) return void start();
    if (prev.mode !== next.mode) scanner.setMode(next.mode);
  });
  const stored = await loadSettings();
  settings = changedEarly ?? stored;
  loaded = true;
  ext.onMessage(onMessage);
  wireEvents();
  watchNavigation();
  await start();
}

void boot();
