/**
 * The ahead script (issue 7, outlines ready before the click): registered on every page only
 * while the reader has "Have the outline ready before I click" on (lib/glue.ts setAheadScript,
 * with the optional `<all_urls>` permission); otherwise it runs nowhere. Tells the worker once
 * that a page that may be an article is on screen; the worker does the rest (lib/ahead.ts).
 */
import { mayBeArticle, onceShown } from '@/lib/page/shown';
import { sendMessage } from '@/lib/protocol';

export default defineContentScript({
  registration: 'runtime',
  // No `window.postMessage` that every message listener of the page would run for (content.ts).
  noScriptStartedPostMessage: true,
  main() {
    onceShown(document, () => {
      if (mayBeArticle(document)) void sendMessage('shown', {}).catch(() => undefined);
    });
  },
});
