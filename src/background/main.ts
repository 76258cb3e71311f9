/**
 * The service worker (Firefox: background script). Owns the dataset, answers typed messages, keeps the toolbar
 * badge and the user's extra sites. MV3 may stop it at any moment: everything here is rebuilt on demand.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { BackgroundRequest, fromThisExtension, type MatchResponse } from '../messages';
import { matchFigures } from '../core/match/match';
import { datasetState, invalidateDataset } from './dataset';
import { syncUserSiteScripts } from './sites';
import { SETTINGS_KEY, USER_DATASETS_KEY } from '../storage';

async function handle(raw: unknown, sender: Runtime.MessageSender): Promise<unknown> {
  if (!fromThisExtension(sender, browser.runtime.id)) return undefined;
  const parsed = BackgroundRequest.safeParse(raw);
  if (!parsed.success) return undefined;
  const msg = parsed.data;
  switch (msg.type) {
    case 'match': {
      const ds = await datasetState();
      const results = matchFigures(ds.index, msg.items, msg.page);
      const ids = new Set<string>();
      for (const r of results)
        for (const m of r.matches) {
          ids.add(m.claimId);
          if (m.latestId) ids.add(m.latestId);
        }
      const records = [...ids].map((id) => ds.index.get(id)).filter((r) => r !== undefined);
      const response: MatchResponse = { results, records, units: ds.unitLabels(records, results) };
      return response;
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
      return { records: ds.search.search(msg.query, msg.limit) };
    }
    case 'get-records': {
      const ds = await datasetState();
      return { records: msg.ids.map((id) => ds.index.get(id)).filter((r) => r !== undefined) };
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
