/**
 * The service worker (Firefox: background script). Owns the dataset, answers typed messages, keeps the toolbar
 * badge and the user's extra sites. MV3 may stop it at any moment: everything here is rebuilt on demand.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { fromThisExtension } from '../messages';
import { BackgroundRequest } from '../messages/pages';
import type { RecordsResponse } from '../messages/records';
import { scanBlocks } from './scan';
import { datasetState, invalidateDataset } from './dataset';
import { syncUserSiteScripts } from './sites';
import { importDataset, listDatasets, removeDataset } from './user-datasets';
import { loadSettings, SETTINGS_KEY, USER_DATASETS_KEY } from '../storage';
import { resolveLang } from '../ui/i18n';
import { openClaimPanel } from '../ui/open-claim';

async function handle(raw: unknown, sender: Runtime.MessageSender): Promise<unknown> {
  if (!fromThisExtension(sender, browser.runtime.id)) return undefined;
  const parsed = BackgroundRequest.safeParse(raw);
  if (!parsed.success) return undefined;
  const msg = parsed.data;
  switch (msg.type) {
    case 'scan': {
      const ds = await datasetState();
      const chosen = (await loadSettings()).uiLang;
      return scanBlocks(ds, msg, (lang) => resolveLang(chosen, lang, browser.i18n.getUILanguage()));
    }
    case 'page-summary': {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return undefined;
      await browser.action.setBadgeText({ tabId, text: msg.matched ? String(msg.matched) : '' });
      await browser.action.setBadgeBackgroundColor({ tabId, color: msg.contradicted ? '#b91c1c' : '#0f766e' });
      return { ok: true };
    }
    case 'search': {
      const ds = await datasetState();
      const records = ds.search.search(msg.query, msg.limit);
      const response: RecordsResponse = { records, units: ds.unitLabels(records) };
      return response;
    }
    case 'open-claim':
      return { ok: true, shown: await openClaimPanel(browser as never, msg.claimId) };
    case 'import-dataset':
      return importDataset(msg.name, msg.content);
    case 'list-datasets':
      return listDatasets();
    case 'remove-dataset':
      return removeDataset(msg.id);
    case 'get-records': {
      const ds = await datasetState();
      const records = msg.ids.map((id) => ds.index.get(id)).filter((r) => r !== undefined);
      const response: RecordsResponse = { records, units: ds.unitLabels(records) };
      return response;
    }
  }
}

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
  const reply = handle(raw, sender);
  // Returning undefined (not a promise) lets other listeners answer messages that are not ours.
  return reply.then((r) => r, (e: unknown) => ({ error: String(e) }));
});

browser.commands?.onCommand.addListener(async (command: string) => {
  const direction = command === 'next-figure' ? 'next' : command === 'previous-figure' ? 'previous' : null;
  if (!direction) return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id !== undefined) await browser.tabs.sendMessage(tab.id, { type: 'step-figure', direction }).catch(() => undefined);
});

browser.storage.onChanged.addListener((changes, area) => {
  if (area !== 'local') return;
  if (USER_DATASETS_KEY in changes) invalidateDataset();
  if (SETTINGS_KEY in changes) void syncUserSiteScripts();
});

browser.runtime.onInstalled.addListener(() => void syncUserSiteScripts());
browser.runtime.onStartup?.addListener(() => void syncUserSiteScripts());
