/** What the extension keeps in storage.local, read and written through these helpers only. */
import { ext } from './ext-api';
import { parseSettings, type Settings } from './core/settings';

export const SETTINGS_KEY = 'settings';
export const USER_DATASETS_KEY = 'userDatasets';

export async function loadSettings(): Promise<Settings> {
  const got = await ext.storage.local.get(SETTINGS_KEY);
  return parseSettings(got[SETTINGS_KEY]);
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = parseSettings({ ...(await loadSettings()), ...patch });
  await ext.storage.local.set({ [SETTINGS_KEY]: next });
  return next;
}

export function onSettingsChanged(fn: (s: Settings) => void): void {
  ext.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && SETTINGS_KEY in changes) fn(parseSettings(changes[SETTINGS_KEY]?.newValue));
  });
}
