/**
 * The service worker, put together (entrypoints/background.ts only calls this with the
 * browser's side). Outline = capture the page in the tab (injecting the content script, which
 * starts its copy at once, when the tab has none), extract it off the page (lib/glue.ts
 * extractOffThePage), run the pure pipeline at the reader's length, cache the result per URL and
 * content hash, and keep it in the history (lib/storage). Every path answers with a Result;
 * nothing is left to reject.
 *
 * The browser comes in as `WorkerPlatform` (lib/glue.ts's functions and the typed messaging),
 * so the wiring itself runs in Node against fakes (tests/unit/worker-start.test.ts): which
 * message reaches which flow, and who may send it.
 */
import type * as Glue from '../glue';
import { aheadScriptSync, AHEAD_DELAY_MS, readyAhead } from '../ahead';
import { Lru } from '../cache';
import { paragraphRefs } from '../locate';
import { measureOnce, timedOnce } from '../measure';
import {
  fromInjectedScript,
  fromOwnPage,
  fromTopFrameScript,
  guarded,
  PORTS,
  schemas,
  SELECTION_KEY,
  type CaptureRequest,
  type onMessage,
  type sendMessage,
} from '../protocol';
import { openStorage, type LedeStorage } from '../storage';
import { articleFromText } from '../text/article';
import type { Article, Outline, Result } from '../types';
import { stringsFor } from '../ui-strings';
import { tabArticles } from './articles';
import { capturePorts, receiveCapture } from './capture-port';
import { tabCaptures } from './captures';
import { lastOutlines } from './last';
import { outliner } from './outliner';
import { reachTab } from './reach';
import { followSetting } from './settings';
import { tabOutliner } from './tab-outliner';

export type WorkerPlatform = Pick<
  typeof Glue,
  | 'addPageMenuItem'
  | 'addSelectionMenuItem'
  | 'connectTab'
  | 'copyForwarder'
  | 'extractOffThePage'
  | 'hasFollowPermission'
  | 'injectContentScript'
  | 'localArea'
  | 'onPermissionsChange'
  | 'onPort'
  | 'onShortcut'
  | 'onTabRemoved'
  | 'onToolbarClick'
  | 'openOffscreen'
  | 'openPopupFor'
  | 'openSidePanel'
  | 'self'
  | 'sessionArea'
  | 'setAheadScript'
  | 'tabById'
> & {
  onMessage: typeof onMessage;
  sendMessage: typeof sendMessage;
  /** The browser's language: the context menus' titles. */
  language: string;
};

/**
 * How long a tab may take to answer. Extraction of a long page takes well under a second
 * (extraction-benchmark README: 38 ms median in Chromium); a tab busy in a script loop or
 * frozen in the background never answers, and the reader must hear so.
 */
export const TAB_ANSWER_MS = 10_000;

export function startWorker(p: WorkerPlatform): void {
  const cache = new Lru<string, Result<Outline>>(50);
  const me = p.self();
  const fromUi = (s: Parameters<typeof fromOwnPage>[0]) => fromOwnPage(s, me);
  // Opened (and migrated) once per worker start; every window's storage view opens its own.
  const storage: Promise<LedeStorage | null> = openStorage(p.localArea()).catch(() => null);

  // The reader's length, followed through changes: no storage read on an outline (issue 7).
  const settingsStore = storage.then((s) => s?.settings);
  const length = followSetting(settingsStore, 'length');

  const outlineAndKeep = outliner({
    cache,
    length,
    keep: async (outline) => (await storage)?.history.add(outline),
    // The last pipeline's time, for `npm run bench:browser`.
    timed: (start, end) => measureOnce('lede:pipeline', start, end),
  });
  // Each tab's last plain outline, which a re-opened popup paints first (issue 7).
  const last = lastOutlines(p.sessionArea());
  const articles = tabArticles();
  // The injection's time, for `npm run bench:browser` (part of `lede:capture-trip`).
  const tabs = {
    tabById: p.tabById,
    inject: (tab: Glue.TabInfo) => timedOnce('lede:inject', p.injectContentScript(tab)),
  };
  const ask = <T>(tabId: number, send: () => Promise<Result<T>>) =>
    reachTab(tabId, send, tabs, TAB_ANSWER_MS);
  // The capture ports a freshly injected content script opens itself (issue 7: first open).
  const offered = capturePorts((sender, tabId) => fromInjectedScript(sender, me, tabId));
  p.onPort<unknown, CaptureRequest>(PORTS.capture, offered.accept);
  const captures = tabCaptures(
    {
      ...tabs,
      ask: (tabId, known, sink) => receiveCapture(p.connectTab(tabId, PORTS.capture), known, sink),
      expect: offered.expect,
    },
    TAB_ANSWER_MS,
  );

  /** The content script follows the reader through the article's paragraphs (side panel). */
  const follow = (tabId: number, article: Article) =>
    p.sendMessage('follow', { refs: paragraphRefs(article) }, tabId).catch(() => undefined);

  /** The tab's article: captured in the page, extracted off it (kept by the page's revision). */
  const extractTab = async (tabId: number, force: boolean): Promise<Result<Article>> => {
    // Opening the offscreen document (Chrome) overlaps reaching the tab.
    void p.openOffscreen().catch(() => undefined);
    // The copy's parts go on to the offscreen document as they come, parsed there meanwhile.
    const copy = p.copyForwarder();
    const extracted = await articles
      .get(tabId, force, {
        capture: (known) =>
          timedOnce(
            'lede:capture-trip',
            captures.capture(tabId, known, copy ?? undefined),
            (r) => r.ok && r.value.html !== null,
          ),
        extract: (html, url) => timedOnce('lede:extract', p.extractOffThePage(html, url, copy)),
      })
      .finally(() => copy?.close());
    if (!extracted.ok) return extracted;
    const { article, fresh } = extracted.value;
    if (fresh) void follow(tabId, article);
    return { ok: true, value: article };
  };
  const tabOutline = tabOutliner({
    extract: extractTab,
    outline: outlineAndKeep,
    keepLast: (tabId, article, result) =>
      void length().then((at) => last.save(tabId, { url: article.url, length: at, result })),
  });

  p.onMessage(
    'outline',
    guarded(schemas.outline, fromUi, ({ tabId, force = false }) => tabOutline.outline(tabId, force, true)),
  );

  // The toolbar click (issue 7, the first open; lib/glue.ts onToolbarClick): the page's
  // capture starts at the click, while the browser makes the popup, whose own request then
  // takes that reading (an outline made here goes into the history when the popup asks for it).
  const clicked = (tab: { id: number; windowId: number }) => {
    const opening = p.openPopupFor(tab);
    // The extraction can reject (the offscreen document went away twice): the popup's own
    // request, which takes this reading, answers that; here it must not go unhandled.
    void tabOutline.clicked(tab.id).catch(() => undefined);
    return opening;
  };
  p.onToolbarClick((tab) => void clicked(tab).catch(() => undefined));
  p.onMessage(
    'toolbarClick',
    guarded(schemas.toolbarClick, fromUi, async ({ tabId, windowId }) => {
      await clicked({ id: tabId, windowId });
      return { ok: true, value: null };
    }),
  );

  // Outlines ready before the click (lib/ahead.ts), while the reader has it on: the ahead
  // script, registered only then, says when a page is on screen.
  const readyAheadSetting = followSetting(settingsStore, 'readyAhead', () => void syncAheadScript());
  const aheadOn = async () => (await readyAheadSetting()) === true && (await p.hasFollowPermission());
  const syncAheadScript = aheadScriptSync(aheadOn, p.setAheadScript);
  void syncAheadScript();
  p.onPermissionsChange(() => void syncAheadScript());
  const ahead = readyAhead({
    enabled: aheadOn,
    // Measured for `npm run bench:browser` (when the outline is ready, against the page's load).
    prepare: (tabId) => timedOnce('lede:ahead', tabOutline.outline(tabId, false, false)),
    delayMs: AHEAD_DELAY_MS,
  });
  // A single-page app moved on to another address (the capture script's `navigated`, in a tab
  // prepared or clicked before): the new article is readied as a newly shown page is.
  p.onMessage('navigated', ({ sender }) => {
    if (fromTopFrameScript(sender, me) && sender.tab?.active) ahead.shown(sender.tab.id!);
  });
  p.onMessage(
    'shown',
    guarded(
      schemas.shown,
      (sender) => fromTopFrameScript(sender, me),
      (_, sender) => {
        ahead.shown(sender.tab!.id!);
        return { ok: true, value: null };
      },
    ),
  );

  p.onTabRemoved((tabId) => {
    void last.forget(tabId);
    articles.forget(tabId);
    captures.forget(tabId);
    ahead.forget(tabId);
  });

  // What the popup and side panel ask of the page: each goes to the tab's content script.
  p.onMessage(
    'show',
    guarded(schemas.show, fromUi, ({ tabId, ref }) =>
      ask(tabId, () => p.sendMessage('scrollTo', ref, tabId)),
    ),
  );
  p.onMessage(
    'highlight',
    guarded(schemas.highlight, fromUi, ({ tabId, refs }) =>
      ask(tabId, () => p.sendMessage('mark', { refs }, tabId)),
    ),
  );
  p.onMessage(
    'roleMarkers',
    guarded(schemas.roleMarkers, fromUi, ({ tabId, items }) =>
      ask(tabId, () => p.sendMessage('drawMarkers', { items }, tabId)),
    ),
  );

  // Alt+Shift+L and the page's context menu: the side panel for the current tab (both are
  // user gestures that also grant activeTab).
  const toSidePanel = (tab: { id: number; windowId: number }) =>
    void p.openSidePanel(tab).catch(() => undefined);
  p.onShortcut('open-side-panel', toSidePanel);
  // Context menus are created at install (Chrome keeps them; Firefox, at every start: glue.ts
  // createMenuItem), in the browser's language (menus cannot follow a later change of the
  // interface setting without being rebuilt).
  const t = stringsFor('auto', p.language);
  p.addPageMenuItem('outline-in-side-panel', t.menuOutlinePage, toSidePanel);
  // The selection's text, outlined as an article of its own and handed to the side panel
  // through session storage (the panel may still be opening when the outline is ready).
  p.addSelectionMenuItem('outline-selection', t.menuOutlineSelection, (tab, text) => {
    toSidePanel(tab); // first, within the click's gesture
    void (async () => {
      const article = articleFromText(text, tab.url ?? '', tab.title || t.selectedText);
      const result = await outlineAndKeep(article, true);
      await p.sessionArea().set({ [SELECTION_KEY]: { tabId: tab.id, at: Date.now(), result } });
    })().catch(() => undefined);
  });
}
