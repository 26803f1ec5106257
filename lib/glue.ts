/**
 * The one module in lib/ that touches the extension APIs (DEVELOPERS.md): tab look-ups,
 * content-script injection, the side panel. Everything it returns is plain data or a
 * Result, so the callers (entrypoints, components/useOutline) stay thin.
 */
import { browser, type Browser } from 'wxt/browser';
import { ledeError } from './errors';
import { PORTS, type ExtractPortReply, type ExtractPortRequest, type PortLike, type Self } from './protocol';
import { pageBlocker } from './restricted';
import type { StorageArea } from './storage/area';
import { forwardCopy, type ExtractChannel, type ForwardedCopy } from './copy-forwarder';
import type { Article, Result } from './types';

/** The runtime-registered content script (entrypoints/content.ts), as WXT emits it. */
const CONTENT_SCRIPT = '/content-scripts/content.js';

export function self(): Self {
  return { id: browser.runtime.id, origin: new URL(browser.runtime.getURL('/')).origin + '/' };
}

export interface TabInfo {
  id: number;
  windowId: number;
  /** Undefined when the extension may not see it (no activeTab grant, browser pages). */
  url?: string;
}

export async function tabById(tabId: number): Promise<TabInfo | null> {
  try {
    const t = await browser.tabs.get(tabId);
    return t.id === undefined ? null : { id: t.id, windowId: t.windowId, url: t.url ?? t.pendingUrl };
  } catch {
    return null; // closed since
  }
}

/** Calls `listener` with the id of every tab that closes. */
export function onTabRemoved(listener: (tabId: number) => void): void {
  browser.tabs.onRemoved.addListener(listener);
}

/** The active tab of the window the calling page belongs to (the popup's or side panel's). */
export async function activeTabId(): Promise<number | null> {
  const [t] = await browser.tabs.query({ active: true, currentWindow: true });
  return t?.id ?? null;
}

/**
 * Runs the content script in the tab's top frame, after ruling out pages the URL already
 * tells us we may not read. Any injection failure (browser pages, policy-blocked hosts, no
 * activeTab grant) is the `restricted` reason, because that is what it means to the reader.
 */
export async function injectContentScript(tab: TabInfo): Promise<Result<null>> {
  // Asked only for a file:// page: on every other page the answer changes nothing, and the
  // question is one more call to the browser before the injection (issue 7: first open).
  const fileAccess = tab.url?.startsWith('file:') ? await fileSchemeAccess() : false;
  const blocked = pageBlocker(tab.url, { fileAccess });
  if (blocked) return { ok: false, error: blocked };
  try {
    // A tab whose address we may not see: Firefox (ESR 153, about:robots in
    // tests/e2e/firefox.test.ts) resolves an injection into a browser page with [null] instead
    // of refusing it, and the reader then waited for a script that never ran. A probe that
    // answers tells a page we can read; pages we can see the address of skip it (issue 7).
    if (tab.url === undefined && !(await scriptRuns(tab.id)))
      return { ok: false, error: ledeError('restricted') };
    await browser.scripting.executeScript({ target: { tabId: tab.id }, files: [CONTENT_SCRIPT] });
    return { ok: true, value: null };
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { ok: false, error: /pdf/i.test(why) ? ledeError('pdf') : ledeError('restricted') };
  }
}

/**
 * Whether a script injected into the tab's top frame runs there, on a page (it answers true).
 * Not on a tab's first about:blank: Firefox (ESR 153) hides that address too, and lets a script
 * run in it; the content script went into the blank document a new tab holds for a moment,
 * died with it when the page replaced it, and every request for the tab (the sidebar following
 * it, the page's own load, the outline made ahead) waited 10 s on that one and was told the
 * page did not answer (tests/e2e/firefox-sidebar.test.ts, following a new tab; tests/unit/
 * firefox-blank-tab.test.ts). The tab's load then asks again, with its address.
 */
async function scriptRuns(tabId: number): Promise<boolean> {
  const [first] = await browser.scripting.executeScript({
    target: { tabId },
    func: () => globalThis.location?.protocol !== 'about:',
  });
  return first?.result === true;
}

/**
 * Extraction off the reader's page (issues 6 and 7): Chrome's worker has no DOM, so the page's
 * HTML goes to the offscreen document (entrypoints/offscreen), opened on first use and kept for
 * the session; Firefox's background page has a DOM and parses it where it is. `copy`: the
 * forwarder the capture's parts went through (`copyForwarder`): when all of them reached the
 * document now open, it extracts what it parsed meanwhile, and the HTML is not sent again.
 */
export async function extractOffThePage(
  html: string,
  url: string,
  copy?: ForwardedCopy | null,
): Promise<Result<Article>> {
  // A build-time constant: Chrome's worker bundle leaves Readability out altogether.
  if (import.meta.env.FIREFOX) {
    const { extractCapturedHtml } = await import('./guard/extract');
    const parser = new DOMParser();
    return extractCapturedHtml(html, { url }, (h) => parser.parseFromString(h, 'text/html'));
  }
  const send = async () => {
    const port = await extractChannel();
    const sent = copy ? await copy.take(port, html.length) : null;
    const streamed = sent === null ? null : await port.ask({ copy: sent, url });
    return streamed ?? (await port.ask({ html, url }))!;
  };
  // The document went away (closed or crashed) since it was opened: open it again, once.
  const result = await send().catch(() => ((offscreen = null), (extractPort = null), send()));
  void recycleOffscreenWhenDue().catch(() => undefined);
  return result;
}

/** The offscreen document, open, and the worker's port to it. */
async function extractChannel(): Promise<ExtractChannel> {
  await openOffscreen();
  return (extractPort ??= openExtractPort());
}

/**
 * Sends each part of a capture on to the offscreen document as the worker receives it
 * (lib/copy-forwarder.ts; issue 7: the first open). Chrome only: null in Firefox, whose
 * background page extracts the joined HTML where it is.
 */
export function copyForwarder(): ForwardedCopy | null {
  return import.meta.env.FIREFOX ? null : forwardCopy(extractChannel);
}

/**
 * The worker's port to the offscreen document (lib/protocol.ts PORTS.extract): the HTML is
 * posted to that document alone, where `runtime.sendMessage` gave it to every extension page
 * (issue 7). One port per document: when it closes, every extraction still waiting on it fails
 * (and `extractOffThePage` opens the document again).
 */
let extractPort: ExtractChannel | null = null;

function openExtractPort(): ExtractChannel {
  const port = wrapPort<ExtractPortReply, ExtractPortRequest>(
    browser.runtime.connect({ name: PORTS.extract }),
  );
  const waiting = new Map<number, { resolve(r: Result<Article> | null): void; reject(e: Error): void }>();
  let next = 0;
  let closed = false;
  const self: ExtractChannel = {
    ask(request) {
      if (closed) return Promise.reject(new Error('the offscreen document went away'));
      const id = next++;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        port.postMessage({ id, ...request });
      });
    },
    post(message) {
      if (!closed) port.postMessage(message);
    },
    open: () => !closed,
  };
  port.onMessage((reply) => {
    waiting.get(reply.id)?.resolve('resend' in reply ? null : reply.result);
    waiting.delete(reply.id);
  });
  port.onDisconnect(() => {
    closed = true;
    if (extractPort === self) extractPort = null;
    for (const w of waiting.values()) w.reject(new Error('the offscreen document went away'));
    waiting.clear();
  });
  return self;
}

/** A browser port as lib/ code sees it (lib/protocol.ts PortLike). */
export function wrapPort<In, Out>(port: Browser.runtime.Port): PortLike<In, Out> {
  return {
    sender: port.sender,
    postMessage: (message) => port.postMessage(message),
    onMessage: (listener) => port.onMessage.addListener((m: unknown) => listener(m as In)),
    onDisconnect: (listener) =>
      port.onDisconnect.addListener(() => {
        void browser.runtime.lastError; // "no receiving end" is an answer here, not an error to log
        listener();
      }),
    disconnect: () => port.disconnect(),
  };
}

/** Opens port `name` to the content script in the tab's top frame. */
export function connectTab<In, Out>(tabId: number, name: string): PortLike<In, Out> {
  return wrapPort(browser.tabs.connect(tabId, { name, frameId: 0 }));
}

/**
 * Opens port `name` from a content script to the extension: it reaches every extension context
 * that listens for ports (the worker, and the offscreen document, which ignores other names).
 */
export function connectExtension<In, Out>(name: string): PortLike<In, Out> {
  return wrapPort(browser.runtime.connect({ name }));
}

/**
 * Calls `listener` with every port named `name` opened to this context; returns the unsubscribe.
 * A port of another name is left alone, not closed: a port that reaches several contexts closes
 * for its opener as soon as any one of them closes its end (Chromium 156: the content script's
 * capture port, closed by the offscreen document, never reached the worker's flow).
 */
export function onPort<In, Out>(name: string, listener: (port: PortLike<In, Out>) => void): () => void {
  const accept = (port: Browser.runtime.Port) => {
    if (port.name === name) listener(wrapPort(port));
  };
  browser.runtime.onConnect.addListener(accept);
  return () => browser.runtime.onConnect.removeListener(accept);
}

/**
 * Extractions after which the offscreen document is closed (the next one opens a fresh one).
 * Chromium keeps some parsed pages alive there for good: every one holding a `<source media>`,
 * `<video>` or `<audio>`. Those are taken out of the copy before parsing (lib/extract/reparse.ts
 * withoutParseHazards), and no page of the corpus leaves a document behind now; this bounds what
 * a trigger not yet known would keep, for the price of one cold extraction in 50. Counted in
 * session storage, since the worker stops and starts while the document stays open.
 */
export const OFFSCREEN_RECYCLE_AFTER = 50;
const RECYCLE_KEY = 'lede:offscreen-extractions';

async function recycleOffscreenWhenDue(): Promise<void> {
  const area = browser.storage.session;
  const done = (((await area.get(RECYCLE_KEY))[RECYCLE_KEY] as number | undefined) ?? 0) + 1;
  if (done < OFFSCREEN_RECYCLE_AFTER) return area.set({ [RECYCLE_KEY]: done });
  await area.set({ [RECYCLE_KEY]: 0 });
  offscreen = null;
  extractPort = null;
  await browser.offscreen.closeDocument();
}

let offscreen: Promise<void> | null = null;

/** Opens the offscreen document once per worker life (it may outlive a stopped worker). */
export function openOffscreen(): Promise<void> {
  offscreen ??= (async () => {
    const url = browser.runtime.getURL('/offscreen.html');
    const open = await browser.runtime.getContexts({
      contextTypes: ['OFFSCREEN_DOCUMENT'],
      documentUrls: [url],
    });
    if (open.length) return;
    await browser.offscreen.createDocument({
      url,
      reasons: ['DOM_PARSER'],
      justification: 'Reads the article out of the page the reader asked about, off that page.',
    });
  })().catch((e: unknown) => {
    offscreen = null; // the next outline tries again
    throw e;
  });
  return offscreen;
}

/** Whether the user let Lede read file:// pages (an off switch in the extension's details). */
async function fileSchemeAccess(): Promise<boolean> {
  // Firefox has no such switch and always answers false (MDN): asked there, every saved page was
  // refused untried, naming a Chrome setting. The injection decides instead (tests/unit/firefox-
  // file-pages.test.ts).
  if (import.meta.env.FIREFOX) return true;
  try {
    return await browser.extension.isAllowedFileSchemeAccess();
  } catch {
    return false;
  }
}

/** Firefox's sidebar, which Chrome's side panel becomes there (WXT emits `sidebar_action`). */
interface SidebarAction {
  open(): Promise<void>;
}

function sidebarAction(): SidebarAction | undefined {
  return (browser as unknown as { sidebarAction?: SidebarAction }).sidebarAction;
}

export function canOpenSidePanel(): boolean {
  return typeof browser.sidePanel?.open === 'function' || typeof sidebarAction()?.open === 'function';
}

/**
 * Opens the side panel next to the tab. Both browsers demand a user gesture, so this must
 * be called synchronously from a click handler: nothing may be awaited before it.
 */
export function openSidePanel(tab: { id: number; windowId?: number }): Promise<void> {
  if (typeof browser.sidePanel?.open === 'function') return browser.sidePanel.open({ tabId: tab.id });
  const sidebar = sidebarAction();
  if (sidebar) return sidebar.open();
  return Promise.reject(new Error('this browser has no side panel'));
}

/**
 * The toolbar click, caught by the worker before the popup opens (issue 7, the first open):
 * the page's capture then starts at the click, while the browser makes the popup (~265 ms on
 * the bench machine), instead of when the popup's own script asks (~80 ms after that). Clicks
 * reach `action.onClicked` only while no popup is set, so the worker clears it at its start and
 * opens the popup itself (`openPopupFor`). Chrome's `action.openPopup()` is open to every
 * extension since Chrome 127 (manifest minimum_chrome_version). Firefox keeps its popup as it
 * is: its `openPopup()` must be called within the click's own turn, before anything could be
 * set up. Until the worker has run once in a browser session, the manifest's popup opens as
 * before. Returns whether clicks come here.
 */
const POPUP = '/popup.html';
export function onToolbarClick(listener: (tab: { id: number; windowId: number }) => void): boolean {
  const action = browser.action;
  if (browser.runtime.getManifest().manifest_version !== 3 || typeof action?.openPopup !== 'function')
    return false;
  action.onClicked.addListener((tab) => {
    if (tab.id !== undefined) listener({ id: tab.id, windowId: tab.windowId });
  });
  void action.setPopup({ popup: '' }).catch(() => undefined);
  return true;
}

/**
 * Opens the popup over `tab`, as a click on the toolbar button would (see onToolbarClick). The
 * popup is told its tab in its address (`?tabId=`, components/extensionSource.ts), so its first
 * script sends the outline request at once instead of asking the browser for the active tab
 * first (issue 7: 3-8 ms of every open, the "request" part of `npm run bench:browser`).
 */
export async function openPopupFor(tab: { id: number; windowId: number }): Promise<void> {
  await browser.action.setPopup({ tabId: tab.id, popup: `${POPUP}?tabId=${tab.id}` });
  // Should the browser refuse to open it, the popup stays set on the tab: the reader's next
  // click there opens it as the browser does, with no worker in between.
  await browser.action.openPopup({ windowId: tab.windowId });
  // The next click comes to the worker again.
  await browser.action.setPopup({ tabId: tab.id, popup: '' }).catch(() => undefined);
}

/**
 * Calls `listener` with the active tab when the keyboard shortcut `command` (manifest
 * `commands`) is pressed. The listener runs within the shortcut's user gesture, so it may
 * open the side panel.
 */
export function onShortcut(command: string, listener: (tab: { id: number; windowId: number }) => void): void {
  browser.commands?.onCommand.addListener((name, tab) => {
    if (name === command && tab?.id !== undefined) listener({ id: tab.id, windowId: tab.windowId });
  });
}

/**
 * Chrome keeps context-menu items across worker and browser restarts: made on install or update
 * only (made at every worker start, they fail as "duplicate id"). Firefox never keeps those of a
 * persistent background page (our MV2 build) past a browser restart, where `onInstalled` does
 * not fire (MDN, menus.create): made at every start there, or they are gone after a restart.
 */
function createMenuItem(props: { id: string; title: string; contexts: ['page'] | ['selection'] }): void {
  const create = () => void browser.contextMenus.create(props, () => void browser.runtime.lastError);
  if (import.meta.env.FIREFOX) create();
  else browser.runtime.onInstalled.addListener(create);
}

/**
 * A page context-menu item (README, Permissions: "Outline this page in the side panel"). The
 * click is a user gesture and grants activeTab, so `onClick` may open the side panel.
 */
export function addPageMenuItem(
  id: string,
  title: string,
  onClick: (tab: { id: number; windowId: number }) => void,
): void {
  createMenuItem({ id, title, contexts: ['page'] });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === id && tab?.id !== undefined) onClick({ id: tab.id, windowId: tab.windowId });
  });
}

/** Where settings and history live (lib/storage takes any area of this shape). */
export const localArea = (): StorageArea => browser.storage.local as unknown as StorageArea;
/** Per-session hand-over from the worker to the side panel (cleared when the browser closes). */
export const sessionArea = (): StorageArea => browser.storage.session as unknown as StorageArea;

/**
 * Calls `listener` with the id of the tab that becomes active in `windowId`, or that navigates
 * while active (a new URL, or a finished load). Returns the unsubscribe.
 */
export function onActiveTabChange(windowId: number, listener: (tabId: number) => void): () => void {
  const activated = (info: { tabId: number; windowId: number }) => {
    if (info.windowId === windowId) listener(info.tabId);
  };
  const updated = (
    tabId: number,
    change: { url?: string; status?: string },
    tab: { active?: boolean; windowId?: number },
  ) => {
    if (tab.active && tab.windowId === windowId && (change.url || change.status === 'complete'))
      listener(tabId);
  };
  browser.tabs.onActivated.addListener(activated);
  browser.tabs.onUpdated.addListener(updated);
  return () => {
    browser.tabs.onActivated.removeListener(activated);
    browser.tabs.onUpdated.removeListener(updated);
  };
}

/** The window the calling page (side panel) belongs to. */
export async function currentWindowId(): Promise<number | null> {
  try {
    return (await browser.windows.getCurrent()).id ?? null;
  } catch {
    return null;
  }
}

/**
 * Following the reader from tab to tab needs to read tabs they never clicked Lede on: the
 * optional `<all_urls>` host permission (manifest `optional_host_permissions`, README), asked
 * for only when they turn following on. `request` must run inside the click.
 */
const FOLLOW = { origins: ['<all_urls>'] };
export function hasFollowPermission(): Promise<boolean> {
  return browser.permissions.contains(FOLLOW).catch(() => false);
}
export function requestFollowPermission(): Promise<boolean> {
  return browser.permissions.request(FOLLOW).catch(() => false);
}
export function dropFollowPermission(): Promise<boolean> {
  return browser.permissions.remove(FOLLOW).catch(() => false);
}

/** Calls `listener` whenever the reader grants or takes back an optional permission. */
export function onPermissionsChange(listener: () => void): void {
  browser.permissions.onAdded.addListener(listener);
  browser.permissions.onRemoved.addListener(listener);
}

/**
 * The ahead script (entrypoints/ahead.content.ts; issue 7, outlines ready before the click),
 * registered on web pages exactly while `on`, so with the setting off no script of Lede's runs
 * in any page the reader has not clicked Lede on. Registered scripts persist over browser
 * restarts in Chrome; the worker calls this at every start anyway (Firefox does not keep them).
 */
const AHEAD_SCRIPT = 'lede-ahead';
export async function setAheadScript(on: boolean): Promise<void> {
  const there = await browser.scripting.getRegisteredContentScripts({ ids: [AHEAD_SCRIPT] });
  if (on && !there.length)
    await browser.scripting.registerContentScripts([
      {
        id: AHEAD_SCRIPT,
        js: ['/content-scripts/ahead.js'],
        matches: ['http://*/*', 'https://*/*'],
        runAt: 'document_idle',
      },
    ]);
  else if (!on && there.length) await browser.scripting.unregisterContentScripts({ ids: [AHEAD_SCRIPT] });
}

/** The keys bound to a command, as the browser shows them ('' when the reader removed them). */
export async function commandShortcut(name: string): Promise<string | null> {
  try {
    const all = await browser.commands.getAll();
    return all.find((c) => c.name === name)?.shortcut ?? null;
  } catch {
    return null;
  }
}

/** Opens the browser's page where shortcuts are changed (Chrome; Firefox has its own). */
export function openShortcutSettings(): void {
  // Firefox refuses to open chrome:// addresses from an extension (the button did nothing
  // there); it has its own call for its shortcuts page, which Chrome lacks.
  const commands = browser.commands as { openShortcutSettings?: () => Promise<void> } | undefined;
  const opening =
    typeof commands?.openShortcutSettings === 'function'
      ? commands.openShortcutSettings()
      : browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
  void opening.catch(() => undefined);
}

/**
 * A context-menu item for selected text. The click grants activeTab and is a user gesture, so
 * `onClick` may open the side panel.
 */
export function addSelectionMenuItem(
  id: string,
  title: string,
  onClick: (tab: { id: number; windowId: number; url?: string; title?: string }, text: string) => void,
): void {
  createMenuItem({ id, title, contexts: ['selection'] });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === id && tab?.id !== undefined && info.selectionText)
      onClick({ id: tab.id, windowId: tab.windowId, url: tab.url, title: tab.title }, info.selectionText);
  });
}
