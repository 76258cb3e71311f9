import { defineManifest } from '@crxjs/vite-plugin';
import pkg from '../package.json' with { type: 'json' };
import { DEFAULT_DOMAINS, matchPatterns } from './core/sites';
import { GECKO_ID } from './manifest-ids';


const NEWS_MATCHES = DEFAULT_DOMAINS.flatMap(matchPatterns);

/** One manifest for both browsers; Firefox gets background scripts and a gecko id instead of a service worker. */
export function manifestFor(browser: 'chrome' | 'firefox') {
  return defineManifest({
    manifest_version: 3,
    name: '__MSG_extName__',
    short_name: 'Cek Angka',
    description: '__MSG_extDescription__',
    version: pkg.version,
    default_locale: 'id',
    icons: { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png', 48: 'icons/icon-48.png', 128: 'icons/icon-128.png' },
    action: {
      default_popup: 'src/ui/popup/index.html',
      default_title: '__MSG_actionTitle__',
      default_icon: { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png' },
    },
    options_ui: { page: 'src/ui/options/index.html', open_in_tab: true },
    background:
      browser === 'firefox'
        ? { scripts: ['src/background/main.ts'], type: 'module' }
        : { service_worker: 'src/background/main.ts', type: 'module' },
    // storage: settings; activeTab: the popup's "enable on this site" reads the current tab's origin;
    // scripting: registers the content script on sites the user adds.
    permissions: ['storage', 'activeTab', 'scripting'],
    host_permissions: NEWS_MATCHES,
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    content_scripts: [{ matches: NEWS_MATCHES, js: ['src/content/main.ts'], run_at: 'document_idle' }],
    commands: {
      'next-figure': { suggested_key: { default: 'Alt+Shift+N' }, description: '__MSG_cmdNext__' },
      'previous-figure': { suggested_key: { default: 'Alt+Shift+P' }, description: '__MSG_cmdPrevious__' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          } as { gecko: { id: string } },
        }
      : // Chrome 148+: messages are structured clones, as in Firefox, not JSON. A live blog's text goes to the worker
        // in 11–14 ms of the page's main thread instead of 18–20. Older Chrome ignores the key.
        { message_serialization: 'structured_clone' }),
  });
}
