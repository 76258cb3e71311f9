/** The options page: on/off, mode, interface language, sites, user datasets, reset. */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { DEFAULT_SETTINGS, type Settings, UI_LANGS } from '../../core/settings';
import { SITE_RULES, userSitePattern } from '../../core/sites';
import { loadSettings, saveSettings, SETTINGS_KEY } from '../../storage';
import { resolveLang, translator } from '../i18n';
import { UserDatasets } from './UserDatasets';

export function Options() {
  const [s, setS] = useState<Settings | null>(null);
  const [note, setNote] = useState('');
  useEffect(() => {
    void loadSettings().then(setS);
  }, []);
  if (!s) return null;
  const lang = resolveLang(s.uiLang, undefined, browser.i18n.getUILanguage());
  const t = translator(lang);
  document.documentElement.lang = lang;
  document.title = t('optionsTitle');

  const update = async (patch: Partial<Settings>) => {
    setS(await saveSettings(patch));
    setNote(t('saved'));
  };

  const toggleDomain = (domain: string, on: boolean) =>
    update({ disabledDomains: on ? s.disabledDomains.filter((d) => d !== domain) : [...new Set([...s.disabledDomains, domain])] });

  const removeUserSite = async (host: string) => {
    await browser.permissions.remove({ origins: [userSitePattern(host)] }).catch(() => false);
    await update({ userSites: s.userSites.filter((h) => h !== host) });
  };

  const reset = async () => {
    await browser.storage.local.set({ [SETTINGS_KEY]: DEFAULT_SETTINGS });
    setS(DEFAULT_SETTINGS);
    setNote(t('resetDone'));
  };

  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      <p class="status" role="status" aria-live="polite">
        {note}
      </p>
      <label class="row">
        <input type="checkbox" checked={s.enabled} onChange={(e) => void update({ enabled: (e.target as HTMLInputElement).checked })} />
        {t('enabledLabel')}
      </label>

      <h2>{t('modeLabel')}</h2>
      <fieldset>
        <legend class="sr-only">{t('modeLabel')}</legend>
        {(['reader', 'factchecker'] as const).map((m) => (
          <label class="row">
            <input type="radio" name="mode" checked={s.mode === m} onChange={() => void update({ mode: m })} />
            {t(m === 'reader' ? 'modeReader' : 'modeFactchecker')} <span class="help">— {t(m === 'reader' ? 'modeReaderHelp' : 'modeFactcheckerHelp')}</span>
          </label>
        ))}
      </fieldset>

      <h2>{t('languageHeading')}</h2>
      <label class="row">
        <span class="sr-only">{t('languageHeading')}</span>
        <select aria-label={t('languageHeading')} value={s.uiLang} onChange={(e) => void update({ uiLang: (e.target as HTMLSelectElement).value as Settings['uiLang'] })}>
          {UI_LANGS.map((l) => (
            <option value={l}>{t(l === 'auto' ? 'langAuto' : l === 'id' ? 'langId' : 'langEn')}</option>
          ))}
        </select>
      </label>

      <h2>{t('sitesHeading')}</h2>
      <fieldset>
        <legend>{t('defaultSites')}</legend>
        <ul class="sites">
          {SITE_RULES.map((r) => (
            <li>
              <label class="row">
                <input type="checkbox" checked={!s.disabledDomains.includes(r.domain)} onChange={(e) => void toggleDomain(r.domain, (e.target as HTMLInputElement).checked)} />
                {r.name} <span class="help">{r.domain}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <h3>{t('userSites')}</h3>
      {s.userSites.length === 0 ? (
        <p class="help">{t('noUserSites')}</p>
      ) : (
        <ul>
          {s.userSites.map((h) => (
            <li class="row">
              {h}
              <button type="button" onClick={() => void removeUserSite(h)} aria-label={t('removeSite', h)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}

      <h2>{t('datasetsHeading')}</h2>
      <UserDatasets t={t} onNote={setNote} />

      <h2>{t('resetSettings')}</h2>
      <button type="button" class="danger" onClick={() => void reset()}>
        {t('resetSettings')}
      </button>
    </main>
  );
}
