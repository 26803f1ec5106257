import { defineConfig } from 'wxt';

// Manifest permissions are the least that works (issue 8); tests/e2e/manifest.test.ts
// fails on anything outside the allow-list explained in the README. No host permissions and
// no declared content script: the content script is injected on the toolbar click through
// `activeTab` + `scripting` (entrypoints/content.ts, registration 'runtime').
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // The Firefox sources zip is for add-on review: what builds the extension, not the tests.
  zip: { excludeSources: ['tests/**'] },
  manifest: ({ browser }) => ({
    name: 'Lede',
    description:
      'Outline any news article in four parts: background, result, strategy, outlook. On the device.',
    // Firefox's sidebar (WXT emits `sidebar_action` there) needs no permission; Firefox
    // warns about an unknown `sidePanel` one.
    permissions: [
      'activeTab',
      'scripting',
      'storage',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
      'contextMenus',
    ],
    action: { default_title: 'Outline this article' },
    commands: {
      'open-side-panel': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: 'Open the Lede outline in the side panel',
      },
    },
    browser_specific_settings: {
      gecko: {
        id: 'lede@example.org',
        data_collection_permissions: { required: ['none'] },
      },
    },
  }),
});
