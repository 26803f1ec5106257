import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { manifestLocaleFiles } from './lib/ui-strings';

// Manifest permissions are the least that works (issue 8); tests/e2e/manifest.test.ts
// fails on anything outside the allow-list explained in the README. No host permissions and
// no declared content script: the content script is injected on the toolbar click through
// `activeTab` + `scripting` (entrypoints/content.ts, registration 'runtime'). The one optional
// permission, `<all_urls>`, is asked for only when the reader turns on "Follow the tab I am
// reading" in the side panel (issue 5; lib/glue.ts requestFollowPermission).
/**
 * The popup's React module at low fetch priority (entrypoints/popup/index.html): it is needed
 * only after the first paint (components/popupStart.ts), and Vite writes the entry's script
 * tag anew, dropping attributes written on it in the source.
 */
function popupModuleLast(): Plugin {
  return {
    name: 'lede-popup-module-last',
    transformIndexHtml: {
      order: 'post',
      handler: (html, { path }) =>
        path.endsWith('/popup/index.html')
          ? html.replace('<script type="module"', '<script type="module" fetchpriority="low"')
          : html,
    },
  };
}

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // The Firefox sources zip is for add-on review: what builds the extension, not the tests.
  zip: { excludeSources: ['tests/**'] },
  // No <link rel="modulepreload"> in the pages' HTML (dynamic imports keep theirs): the
  // browser fetched every one beside the popup's first, classic script and held its start
  // back (issue 7: navigation start → first script 71 → 59 ms median, docs/performance.md,
  // twelfth session).
  vite: () => ({
    plugins: [popupModuleLast()],
    build: {
      modulePreload: {
        resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? [] : deps),
      },
    },
  }),
  // The manifest's words in English and Japanese, from lib/ui-strings.ts (written at build
  // time: Chrome refuses `_locales` without `default_locale`, so both arrive together).
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push(...manifestLocaleFiles());
    },
  },
  manifest: ({ browser }) => ({
    default_locale: 'en',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    // Firefox's sidebar (WXT emits `sidebar_action` there) needs no permission; Firefox
    // warns about an unknown `sidePanel` one.
    permissions: [
      'activeTab',
      'scripting',
      'storage',
      // Chrome's worker has no DOM: Readability runs in an offscreen document, off the reader's
      // page (issues 6 and 7; entrypoints/offscreen). Firefox's background page has a DOM.
      ...(browser === 'firefox' ? [] : ['sidePanel', 'offscreen']),
      'contextMenus',
    ],
    // Following the reader from tab to tab (side panel) and outlines ready before the click
    // (options), asked for with its reason when turned on. Manifest V2 (Firefox) has no
    // `optional_host_permissions`: origins are optional permissions there (WXT drops the key).
    ...(browser === 'firefox'
      ? { optional_permissions: ['<all_urls>'] }
      : { optional_host_permissions: ['<all_urls>'] }),
    // action.openPopup() for every extension (the worker opens the popup on the click, issue 7:
    // lib/glue.ts onToolbarClick) arrived in Chrome 127; runtime.getContexts in 116.
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: '127' }),
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      'open-side-panel': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_commandOpenSidePanel__',
      },
    },
    browser_specific_settings: {
      gecko: {
        id: 'lede@example.org',
        // The lowest Firefox with all Lede uses (tests/unit/firefox-manifest.test.ts): without it,
        // AMO offers Lede to any Firefox, and those before 128 refuse `data_collection_permissions`
        // (an "unexpected property": no install), before 125 lack Intl.Segmenter (no outline),
        // before 126 onCommand's tab (no shortcut), before 137 commands.openShortcutSettings;
        // 140 is where Firefox shows the data consent, and what AMO's linter asks with the key.
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  }),
});
