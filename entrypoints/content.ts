/**
 * The content script, injected on the toolbar click (registration 'runtime': no host
 * permissions, no script on pages the reader never asks about). Thin wiring: what it does is
 * lib/page/start.ts, given the browser's side here.
 */
import { connectExtension, onPort, self } from '@/lib/glue';
import { onMessage, removeAllListeners, sendMessage } from '@/lib/protocol';
import { startPage } from '@/lib/page/start';

export default defineContentScript({
  registration: 'runtime',
  // WXT tells older instances of the script that a new one started with a CustomEvent, and also
  // with a `window.postMessage` kept for old versions, which every `message` listener of the
  // reader's page (ads, analytics) then runs for: not here. This script replaces older instances
  // itself (lib/page/start.ts INSTANCE).
  noScriptStartedPostMessage: true,
  main() {
    startPage({ connectExtension, onPort, self, onMessage, sendMessage, removeAllListeners });
  },
});
