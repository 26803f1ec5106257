import { defineConfig } from 'wxt';

// Manifest permissions are the least that works (issue 8); tests/unit/manifest.test.ts
// fails on anything outside the allow-list explained in the README.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: {
    name: 'Lede',
    description: 'Outline any news article in four parts: background, result, strategy, outlook. On the device.',
    permissions: ['activeTab', 'scripting', 'storage', 'sidePanel', 'contextMenus'],
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
  },
});
