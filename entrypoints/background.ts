/**
 * The service worker: thin wiring from messages to lib/. Outline = look up the tab, inject
 * the content script, extract, run the pure pipeline (lib/pipeline.ts), cache the result per
 * URL and content hash. Every path answers with a Result; nothing is left to reject.
 */
import { Lru, outlineKey } from '@/lib/cache';
import { ledeError } from '@/lib/errors';
import { addPageMenuItem, injectContentScript, onShortcut, openSidePanel, self, tabById } from '@/lib/glue';
import { outlineArticle } from '@/lib/pipeline';
import { answered, fromOwnPage, guarded, onMessage, schemas, sendMessage } from '@/lib/protocol';
import type { Outline, Result } from '@/lib/types';

/**
 * How long a tab may take to answer. Extraction of a long page takes well under a second
 * (extraction-benchmark README: 38 ms median in Chromium); a tab busy in a script loop or
 * frozen in the background never answers, and the reader must hear so.
 */
const TAB_ANSWER_MS = 10_000;

export default defineBackground(() => {
  const cache = new Lru<string, Result<Outline>>(50);
  const me = self();
  const fromUi = (s: Parameters<typeof fromOwnPage>[0]) => fromOwnPage(s, me);

  /**
   * Asks the tab's content script, injecting it first when the tab has none yet (a fresh
   * page, or one loaded before the extension was updated). Bounded by TAB_ANSWER_MS.
   */
  function reachTab<T>(tabId: number, ask: () => Promise<Result<T>>): Promise<Result<T>> {
    const work = async (): Promise<Result<T>> => {
      const tab = await tabById(tabId);
      if (!tab) return { ok: false, error: ledeError('no-tab') };
      const first = await ask().catch(() => null); // null: no content script there yet
      if (first) return first;
      const injected = await injectContentScript(tab);
      return injected.ok ? ask() : injected;
    };
    return answered(work(), TAB_ANSWER_MS, 'internal', 'the page did not answer');
  }

  onMessage(
    'outline',
    guarded(schemas.outline, fromUi, async ({ tabId, force = false }) => {
      const extracted = await reachTab(tabId, () => sendMessage('extract', { force }, tabId));
      if (!extracted.ok) return extracted;
      const key = outlineKey(extracted.value, force);
      const cached = cache.get(key);
      if (cached) return cached;
      const result = outlineArticle(extracted.value, { force });
      cache.set(key, result);
      return result;
    }),
  );

  onMessage(
    'show',
    guarded(schemas.show, fromUi, ({ tabId, ref }) =>
      reachTab(tabId, () => sendMessage('scrollTo', ref, tabId)),
    ),
  );

  onMessage(
    'highlight',
    guarded(schemas.highlight, fromUi, ({ tabId, refs }) =>
      reachTab(tabId, () => sendMessage('mark', { refs }, tabId)),
    ),
  );

  // Alt+Shift+L and the page's context menu: the side panel for the current tab (both are
  // user gestures that also grant activeTab).
  const toSidePanel = (tab: { id: number; windowId: number }) =>
    void openSidePanel(tab).catch(() => undefined);
  onShortcut('open-side-panel', toSidePanel);
  addPageMenuItem('outline-in-side-panel', 'Outline this page in the side panel', toSidePanel);
});
