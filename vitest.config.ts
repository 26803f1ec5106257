import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        // Real Chromium and Firefox with the built extension; `npm test` builds first (scripts/test-all.sh).
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // Node 20's WebSocket, for the Firefox tests' WebDriver BiDi (tests/e2e/firefox/bidi.ts).
          execArgv: ['--experimental-websocket'],
        },
      },
    ],
  },
});
