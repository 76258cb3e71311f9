/**
 * The toolbar popup: the page's figures grouped by status, the dataset search, the mode switch, exports, and
 * enabling Cek Angka on the current site.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { Lang } from '../../core/figures/figure';
import type { DatasetRecord } from '../../core/claims/schema';
import { STATUS_ORDER, type MarkStatus } from '../../core/verdict';
import { exportRows, toCsv, toJson, toMarkdown, type ExportMeta } from '../../core/export';
import { defaultDomainOf, hostOf, userSitePattern } from '../../core/sites';
import { isActiveOn, type Settings } from '../../core/settings';
import { ListFiguresResponse, type PageFigure } from '../../messages';
import { RecordsResponse } from '../../messages/records';
import { loadSettings, saveSettings } from '../../storage';
import { resolveLang, translator, type Translate } from '../i18n';
import { ClaimCard } from '../ClaimCard';
import { CopyCitation } from '../CopyCitation';
import { sentenceAround, type UnitLabel } from '../figure-text';
import { claimParam, OPEN_CLAIM_KEY, pendingClaim } from '../open-claim';
import { STATUS_ICON } from '../popover/Popover';

type PageState =
  | { kind: 'loading' }
  | { kind: 'none' }
  | { kind: 'inactive'; host: string }
  | { kind: 'page'; data: ListFiguresResponse; records: Map<string, DatasetRecord>; host: string };

/** The tab the popup is about: the active tab, or `?tab=ID` when the popup is opened as a page. */
async function targetTab(): Promise<browser.Tabs.Tab | undefined> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param && /^\d+$/.test(param)) return browser.tabs.get(Number(param)).catch(() => undefined);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function Popup() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [tab, setTab] = useState<browser.Tabs.Tab | undefined>();
  const [page, setPage] = useState<PageState>({ kind: 'loading' });
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<DatasetRecord[] | null>(null);
  const [units, setUnits] = useState<RecordsResponse['units']>({});
  const [opened, setOpened] = useState<DatasetRecord | null>(null);
  const [error, setError] = useState('');

  const lang: Lang = resolveLang(settings?.uiLang ?? 'auto', page.kind === 'page' ? (page.data.lang as Lang) : undefined, browser.i18n.getUILanguage());
  const t = translator(lang);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const refresh = async () => {
    const s = await loadSettings();
    setSettings(s);
    const tb = await targetTab();
    setTab(tb);
    const host = tb?.url ? hostOf(tb.url) : undefined;
    if (tb?.id === undefined) return setPage({ kind: 'none' });
    try {
      const data = ListFiguresResponse.parse(await browser.tabs.sendMessage(tb.id, { type: 'list-figures' }));
      if (!data.active) return setPage({ kind: 'inactive', host: host ?? '' });
      const ids = [...new Set(data.figures.flatMap((f) => f.matches.flatMap((m) => [m.claimId, ...(m.latestId ? [m.latestId] : [])])))];
      const got = RecordsResponse.safeParse(await browser.runtime.sendMessage({ type: 'get-records', ids }));
      const records = new Map((got.success ? got.data.records : []).map((r) => [r.id, r]));
      setPage({ kind: 'page', data, records, host: host ?? '' });
    } catch {
      setPage(host ? { kind: 'inactive', host } : { kind: 'none' });
    }
  };
  useEffect(() => {
    void refresh();
    void showOpenedClaim();
  }, []);

  /** The claim a popover's "open in panel" left for us, or `?claim=ID` when the popup is a tab. */
  const showOpenedClaim = async () => {
    const got = await browser.storage.local.get(OPEN_CLAIM_KEY);
    const id = claimParam(location.search) ?? pendingClaim(got[OPEN_CLAIM_KEY]);
    if (got[OPEN_CLAIM_KEY] !== undefined) await browser.storage.local.remove(OPEN_CLAIM_KEY);
    if (!id) return;
    const res = RecordsResponse.safeParse(await browser.runtime.sendMessage({ type: 'get-records', ids: [id] }));
    if (res.success && res.data.records[0]) {
      setOpened(res.data.records[0]);
      setUnits((u) => ({ ...u, ...res.data.units }));
    }
  };

  useEffect(() => {
    const q = query.trim();
    if (!q) return setResults(null);
    const timer = setTimeout(async () => {
      const res = RecordsResponse.safeParse(await browser.runtime.sendMessage({ type: 'search', query: q, limit: 20 }));
      setResults(res.success ? res.data.records : []);
      if (res.success) setUnits((u) => ({ ...u, ...res.data.units }));
    }, 120);
    return () => clearTimeout(timer);
  }, [query]);

  const host = page.kind === 'inactive' || page.kind === 'page' ? page.host : '';
  const allUnits = page.kind === 'page' ? { ...page.data.units, ...units } : units;
  const unitLabel: UnitLabel = (u, l) => allUnits[u]?.[l] ?? u;
  const siteActive = !!settings && !!host && isActiveOn(settings, host);

  const enableSite = async () => {
    if (!settings || !host) return;
    setError('');
    const domain = defaultDomainOf(host);
    if (domain) {
      await saveSettings({ disabledDomains: settings.disabledDomains.filter((d) => d !== domain), enabled: true });
    } else {
      const granted = await browser.permissions.request({ origins: [userSitePattern(host)] });
      if (!granted) return setError(t('permissionDenied'));
      await saveSettings({ userSites: [...new Set([...settings.userSites, host])], enabled: true });
      const files = browser.runtime.getManifest().content_scripts?.[0]?.js ?? [];
      if (tab?.id !== undefined) await browser.scripting.executeScript({ target: { tabId: tab.id }, files }).catch(() => undefined);
    }
    setTimeout(() => void refresh(), 600);
  };

  const disableSite = async () => {
    if (!settings || !host) return;
    const domain = defaultDomainOf(host);
    if (domain) await saveSettings({ disabledDomains: [...new Set([...settings.disabledDomains, domain])] });
    else {
      await saveSettings({ userSites: settings.userSites.filter((h) => h !== host) });
      await browser.permissions.remove({ origins: [userSitePattern(host)] }).catch(() => false);
    }
    setTimeout(() => void refresh(), 300);
  };

  const setMode = async (mode: Settings['mode']) => setSettings(await saveSettings({ mode }));

  return (
    <main class="popup">
      <header class="bar">
        <h1>{t('popupTitle')}</h1>
        {settings && (
          <fieldset class="mode">
            <legend>{t('modeLabel')}</legend>
            {(['reader', 'factchecker'] as const).map((m) => (
              <label title={t(m === 'reader' ? 'modeReaderHelp' : 'modeFactcheckerHelp')}>
                <input type="radio" name="mode" value={m} checked={settings.mode === m} onChange={() => void setMode(m)} />
                {t(m === 'reader' ? 'modeReader' : 'modeFactchecker')}
              </label>
            ))}
          </fieldset>
        )}
      </header>

      <section class="search" role="search">
        <input
          id="q"
          type="search"
          placeholder={t('searchPlaceholder')}
          value={query}
          onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
          aria-label={t('searchLabel')}
          autocomplete="off"
        />
        <div class="results" aria-live="polite">
          {results && <h2 class="count">{results.length === 0 ? t('searchNoResults') : t('searchResults', results.length)}</h2>}
          {results?.map((r) => <FullClaim record={r} lang={lang} t={t} unitLabel={unitLabel} />)}
        </div>
      </section>

      {opened && !results && (
        <section class="opened" aria-labelledby="opened-h">
          <div class="section-head">
            <h2 id="opened-h">{t('openedClaim')}</h2>
            <button type="button" class="close" aria-label={t('closePanelClaim')} onClick={() => setOpened(null)}>
              ×
            </button>
          </div>
          <FullClaim record={opened} lang={lang} t={t} unitLabel={unitLabel} />
        </section>
      )}

      {!results && <PageSection page={page} lang={lang} t={t} tabId={tab?.id} url={tab?.url} />}

      {error && <p class="error" role="alert">{error}</p>}
      {host && settings && (
        <footer class="site">
          <span class="host">{host}</span>
          {siteActive && page.kind === 'page' ? (
            <button type="button" onClick={() => void disableSite()}>
              {t('disableSite')}
            </button>
          ) : (
            <button type="button" class="primary" onClick={() => void enableSite()}>
              {t('enableSite')}
            </button>
          )}
        </footer>
      )}
    </main>
  );
}

/** A claim card with its figures and a copy-citation button. */
function FullClaim({ record, lang, t, unitLabel }: { record: DatasetRecord; lang: Lang; t: Translate; unitLabel: UnitLabel }) {
  return (
    <article class="full-claim">
      <ClaimCard record={record} lang={lang} t={t} unitLabel={unitLabel} showFigures />
      <div class="actions">
        <CopyCitation record={record} lang={lang} t={t} />
      </div>
    </article>
  );
}

function PageSection({ page, lang, t, tabId, url }: { page: PageState; lang: Lang; t: Translate; tabId: number | undefined; url: string | undefined }) {
  const groups = useMemo(() => {
    if (page.kind !== 'page') return [];
    const by = new Map<MarkStatus, PageFigure[]>();
    for (const f of page.data.figures) {
      const s = f.status as MarkStatus;
      by.set(s, [...(by.get(s) ?? []), f]);
    }
    return STATUS_ORDER.filter((s) => by.has(s)).map((s) => ({ status: s, figures: by.get(s)! }));
  }, [page]);

  if (page.kind === 'loading') return <p class="empty">{t('loading')}</p>;
  if (page.kind === 'none') return <p class="empty">{t('noPage')}</p>;
  if (page.kind === 'inactive') return <p class="empty">{t('notActive')}</p>;
  const { data, records } = page;
  const matched = data.figures.filter((f) => f.matches.length > 0).length;

  const exportAs = (format: 'csv' | 'json' | 'md') => {
    const rows = exportRows(data.figures, records, lang);
    const meta: ExportMeta = { title: data.title, exported: new Date().toISOString(), ...(url ? { url } : {}) };
    const base = `cek-angka-${new Date().toISOString().slice(0, 10)}`;
    if (format === 'csv') download(`${base}.csv`, 'text/csv', toCsv(rows));
    else if (format === 'json') download(`${base}.json`, 'application/json', toJson(rows, meta));
    else download(`${base}.md`, 'text/markdown', toMarkdown(rows, meta));
  };

  const focus = async (key: string) => {
    if (tabId === undefined) return;
    const res = (await browser.tabs.sendMessage(tabId, { type: 'focus-figure', key }).catch(() => undefined)) as { ok?: boolean } | undefined;
    // A real toolbar popup covers the page: close it so the reader sees the popover (not when opened as a tab).
    if (res?.ok && !new URLSearchParams(location.search).has('tab')) window.close();
  };

  return (
    <section class="figures" aria-labelledby="figs-h">
      <h2 id="figs-h">{t('figuresOnPage')}</h2>
      <p class="count">{t('matchedCount', matched, data.figures.length)}</p>
      {data.figures.length === 0 && <p class="empty">{t('noFigures')}</p>}
      {groups.map((g) => (
        <div class={`group group-${g.status}`}>
          <h3>
            <span aria-hidden="true">{STATUS_ICON[g.status]}</span> {t(`markStatus_${g.status}`)} ({g.figures.length})
          </h3>
          <ul>
            {g.figures.map((f) => (
              <li>
                <button type="button" class="fig" data-key={f.key} onClick={() => void focus(f.key)}>
                  <Snippet sentence={f.sentence} surface={f.figure.surface} />
                  {f.matches[0] && <span class="claim-ref">{records.get(f.matches[0].claimId)?.summary[lang] ?? f.matches[0].claimId}</span>}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
      {data.figures.length > 0 && (
        <div class="export" role="group" aria-label={t('exportLabel')}>
          <span>{t('exportLabel')}:</span>
          <button type="button" onClick={() => exportAs('csv')}>CSV</button>
          <button type="button" onClick={() => exportAs('json')}>JSON</button>
          <button type="button" onClick={() => exportAs('md')}>Markdown</button>
        </div>
      )}
    </section>
  );
}

function Snippet({ sentence, surface }: { sentence: string; surface: string }) {
  const s = sentenceAround(sentence, surface);
  return (
    <span class="sentence">
      {s.before}
      {s.figure && <strong class="hit">{s.figure}</strong>}
      {s.after}
    </span>
  );
}
