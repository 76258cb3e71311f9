/** The options page: on/off, mode, interface language, sites, user datasets, reset. */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { DEFAULT_SETTINGS, parseSettings, type Settings, UI_LANGS } from '../../core/settings';
import { defaultDomainOf, hostOf, SITE_RULES, userSitePattern } from '../../core/sites';
import { loadSettings, saveSettings, SETTINGS_KEY } from '../../storage';
import { resolveLang, translator } from '../i18n';
import { UserDatasets } from './UserDatasets';

/** "Example.com", "https://example.com/x" → "example.com"; undefined when it is not a host name. */
export function siteHost(input: string): string | undefined {
  const raw = input.trim().toLowerCase();
  if (!raw) return undefined;
  const host = hostOf(/^[a-z]+:\/\//.test(raw) ? raw : `https://${raw}`);
  return host && /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host) && parseSettings({ userSites: [host] }).userSites[0] === host ? host : undefined;
}

export function Options() {
  const [s, setS] = useState<Settings | null>(null);
  const [note, setNote] = useState('');
  const [site, setSite] = useState('');
  useEffect(() => {
    void loadSettings().then(setS);
    // Another page (the popup) may change the settings while this one is open.
    const onChange = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
      if (area === 'local' && SETTINGS_KEY in changes) setS(parseSettings(changes[SETTINGS_KEY]?.newValue));
    };
    browser.storage.onChanged.addListener(onChange);
    return () => browser.storage.onChanged.removeListener(onChange);
  }, []);
  const lang = resolveLang(s?.uiLang ?? 'auto', undefined, browser.i18n.getUILanguage());
  const t = translator(lang);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('optionsTitle');
  }, [lang]);
  if (!s) return null;

  const update = async (patch: Partial<Settings>) => {
    setS(await saveSettings(patch));
    setNote(t('saved'));
  };

  const toggleDomain = (domain: string, on: boolean) =>
    update({ disabledDomains: on ? s.disabledDomains.filter((d) => d !== domain) : [...new Set([...s.disabledDomains, domain])] });

  const addSite = async (ev: Event) => {
    ev.preventDefault();
    const host = siteHost(site);
    if (!host) return setNote(t('invalidHost'));
    const domain = defaultDomainOf(host);
    if (domain) {
      await toggleDomain(domain, true);
    } else {
      // Asked from the click itself: browsers grant optional permissions only in a user gesture.
      const granted = await browser.permissions.request({ origins: [userSitePattern(host)] }).catch(() => false);
      if (!granted) return setNote(t('permissionDenied'));
      await update({ userSites: [...new Set([...s.userSites, host])] });
    }
    setSite('');
  };

  const removeUserSite = async (host: string) => {
    await browser.permissions.remove({ origins: [userSitePattern(host)] }).catch(() => false);
    await update({ userSites: s.userSites.filter((h) => h !== host) });
  };

  const reset = async () => {
    for (const h of s.userSites) await browser.permissions.remove({ origins: [userSitePattern(h)] }).catch(() => false);
    await browser.storage.local.set({ [SETTINGS_KEY]: DEFAULT_SETTINGS });
    setS(DEFAULT_SETTINGS);
    setNote(translator(resolveLang(DEFAULT_SETTINGS.uiLang, undefined, browser.i18n.getUILanguage()))('resetDone'));
  };

  return (
    <main>
      <header class="top">
        <h1>{t('optionsTitle')}</h1>
        <p class="status" role="status" aria-live="polite">
          {note}
        </p>
      </header>

      <section class="panel">
        <label class="row switch">
          <input type="checkbox" checked={s.enabled} onChange={(e) => void update({ enabled: (e.target as HTMLInputElement).checked })} />
          <strong>{t('enabledLabel')}</strong>
        </label>
      </section>

      <section class="panel" aria-labelledby="mode-h">
        <h2 id="mode-h">{t('modeLabel')}</h2>
        <fieldset>
          <legend class="sr-only">{t('modeLabel')}</legend>
          {(['reader', 'factchecker'] as const).map((m) => (
            <label class="row">
              <input type="radio" name="mode" value={m} checked={s.mode === m} onChange={() => void update({ mode: m })} />
              <span>
                {t(m === 'reader' ? 'modeReader' : 'modeFactchecker')} <span class="help">— {t(m === 'reader' ? 'modeReaderHelp' : 'modeFactcheckerHelp')}</span>
              </span>
            </label>
          ))}
        </fieldset>
      </section>

      <section class="panel" aria-labelledby="lang-h">
        <h2 id="lang-h">{t('languageHeading')}</h2>
        <select id="ui-lang" aria-labelledby="lang-h" value={s.uiLang} onChange={(e) => void update({ uiLang: (e.target as HTMLSelectElement).value as Settings['uiLang'] })}>
          {UI_LANGS.map((l) => (
            <option value={l}>{t(l === 'auto' ? 'langAuto' : l === 'id' ? 'langId' : 'langEn')}</option>
          ))}
        </select>
      </section>

      <section class="panel" aria-labelledby="sites-h">
        <h2 id="sites-h">{t('sitesHeading')}</h2>
        <fieldset>
          <legend>{t('defaultSites')}</legend>
          <ul class="sites">
            {SITE_RULES.map((r) => (
              <li>
                <label class="row">
                  <input type="checkbox" data-domain={r.domain} checked={!s.disabledDomains.includes(r.domain)} onChange={(e) => void toggleDomain(r.domain, (e.target as HTMLInputElement).checked)} />
                  {r.name} <span class="help">{r.domain}</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <h3 id="user-sites-h">{t('userSites')}</h3>
        {s.userSites.length === 0 ? (
          <p class="help">{t('noUserSites')}</p>
        ) : (
          <ul class="user-sites" aria-labelledby="user-sites-h">
            {s.userSites.map((h) => (
              <li class="row">
                <span class="site-name">{h}</span>
                <button type="button" class="icon-button" onClick={() => void removeUserSite(h)} aria-label={t('removeSite', h)}>
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        <form class="row add-site" onSubmit={(e) => void addSite(e)}>
          <input id="add-site" type="text" inputMode="url" autocomplete="off" spellcheck={false} placeholder={t('addSiteLabel')} aria-label={t('addSiteLabel')} value={site} onInput={(e) => setSite((e.target as HTMLInputElement).value)} />
          <button type="submit">{t('addSite')}</button>
        </form>
      </section>

      <section class="panel" aria-labelledby="data-h">
        <h2 id="data-h">{t('datasetsHeading')}</h2>
        <UserDatasets t={t} lang={lang} onNote={setNote} />
      </section>

      <section class="panel" aria-labelledby="reset-h">
        <h2 id="reset-h">{t('resetSettings')}</h2>
        <p class="help">{t('resetHelp')}</p>
        <button type="button" class="danger" onClick={() => void reset()}>
          {t('resetSettings')}
        </button>
      </section>
    </main>
  );
}
