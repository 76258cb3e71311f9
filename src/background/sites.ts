/** Registers the content script on the sites the user enabled through optional host permissions. */
import browser from 'webextension-polyfill';
import { loadSettings } from '../storage';
import { userSitePattern } from '../core/sites';

const SCRIPT_ID = 'cek-angka-user-sites';

/** The built content script's file, as the manifest names it (the bundler renames it). */
export function contentScriptFiles(): string[] {
  return browser.runtime.getManifest().content_scripts?.[0]?.js ?? [];
}

export async function syncUserSiteScripts(): Promise<void> {
  const settings = await loadSettings();
  const matches: string[] = [];
  for (const host of settings.userSites) {
    const pattern = userSitePattern(host);
    if (await browser.permissions.contains({ origins: [pattern] })) matches.push(pattern);
  }
  try {
    await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  } catch {
    /* nothing registered yet */
  }
  if (!matches.length || !settings.enabled) return;
  await browser.scripting.registerContentScripts([
    { id: SCRIPT_ID, matches, js: contentScriptFiles(), runAt: 'document_idle', persistAcrossSessions: true },
  ]);
}
