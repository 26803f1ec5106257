/**
 * The service worker: thin wiring from messages to lib/. Outline = look up the tab, inject
 * the content script, extract, run the pure pipeline (lib/pipeline.ts) at the reader's length,
 * cache the result per URL and content hash, and keep it in the history (lib/storage).
 * Every path answers with a Result; nothing is left to reject.
 */
import { Lru, outlineKey } from '@/lib/cache';
import { ledeError } from '@/lib/errors';
import {
  addPageMenuItem,
  addSelectionMenuItem,
  injectContentScript,
  localArea,
  onShortcut,
  openSidePanel,
  self,
  sessionArea,
  tabById,
} from '@/lib/glue';
import { outlineArticle } from '@/lib/pipeline';
import {
  answered,
  fromOwnPage,
  guarded,
  onMessage,
  schemas,
  SELECTION_KEY,
  sendMessage,
} from '@/lib/protocol';
import { openStorage, type LedeStorage } from '@/lib/storage';
import { articleFromText } from '@/lib/text/article';
import type { Length, Outline, Result } from '@/lib/types';
import { stringsFor } from '@/lib/ui-strings';

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
  // Opened (and migrated) once per worker start; every window's storage view opens its own.
  const storage: Promise<LedeStorage | null> = openStorage(localArea()).catch(() => null);

  // The reader's length, read once per worker start and then followed through changes, so an
  // outline (a cached re-open above all, issue 7) waits on no storage read.
  let length: Promise<Length | undefined> = storage
    .then((s) => s?.settings.load())
    .then((l) => l?.settings.length)
    .catch(() => undefined);
  void storage.then((s) =>
    s?.settings.subscribe((patch) => {
      if (patch.length !== undefined) length = Promise.resolve(patch.length);
    }),
  );

  /** Outline at the reader's length and keep it in the history (a failed save loses no outline). */
  async function outlineAndKeep(article: Parameters<typeof outlineArticle>[0], force: boolean) {
    const at = await length;
    const key = `${at} ${outlineKey(article, force)}`;
    const cached = cache.get(key);
    if (cached) return cached;
    const start = performance.now();
    const result = outlineArticle(article, { force, length: at });
    // The last pipeline's time, for `npm run bench:browser`; one entry, so none pile up.
    performance.clearMeasures('lede:pipeline');
    performance.measure('lede:pipeline', { start, end: performance.now() });
    cache.set(key, result);
    if (result.ok) void (await storage)?.history.add(result.value).catch(() => undefined);
    return result;
  }

  /**
   * Asks the tab's content script, injecting it first when the tab has none yet (a fresh
   * page, or one loaded before the extension was updated). Bounded by TAB_ANSWER_MS. The tab
   * is looked up only when the content script does not answer: a re-opened popup (issue 7)
   * then costs one message to the tab and no other call.
   */
  function reachTab<T>(tabId: number, ask: () => Promise<Result<T>>): Promise<Result<T>> {
    const work = async (): Promise<Result<T>> => {
      const first = await ask().catch(() => null); // null: no content script there (yet), or no tab
      if (first) return first;
      const tab = await tabById(tabId);
      if (!tab) return { ok: false, error: ledeError('no-tab') };
      const injected = await injectContentScript(tab);
      return injected.ok ? ask() : injected;
    };
    return answered(work(), TAB_ANSWER_MS, 'timeout', 'the page did not answer');
  }

  onMessage(
    'outline',
    guarded(schemas.outline, fromUi, async ({ tabId, force = false }) => {
      const extracted = await reachTab(tabId, () => sendMessage('extract', { force }, tabId));
      return extracted.ok ? outlineAndKeep(extracted.value, force) : extracted;
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

  onMessage(
    'roleMarkers',
    guarded(schemas.roleMarkers, fromUi, ({ tabId, items }) =>
      reachTab(tabId, () => sendMessage('drawMarkers', { items }, tabId)),
    ),
  );

  // Alt+Shift+L and the page's context menu: the side panel for the current tab (both are
  // user gestures that also grant activeTab).
  const toSidePanel = (tab: { id: number; windowId: number }) =>
    void openSidePanel(tab).catch(() => undefined);
  onShortcut('open-side-panel', toSidePanel);
  // Context menus are created once, at install, in the browser's language (menus cannot
  // follow a later change of the interface setting without being rebuilt).
  const t = stringsFor('auto', navigator.language);
  addPageMenuItem('outline-in-side-panel', t.menuOutlinePage, toSidePanel);
  // The selection's text, outlined as an article of its own and handed to the side panel
  // through session storage (the panel may still be opening when the outline is ready).
  addSelectionMenuItem('outline-selection', t.menuOutlineSelection, (tab, text) => {
    toSidePanel(tab); // first, within the click's gesture
    void (async () => {
      const article = articleFromText(text, tab.url ?? '', tab.title || t.selectedText);
      const result = await outlineAndKeep(article, true);
      await sessionArea().set({ [SELECTION_KEY]: { tabId: tab.id, at: Date.now(), result } });
    })().catch(() => undefined);
  });
});
