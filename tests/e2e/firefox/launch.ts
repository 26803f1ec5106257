/**
 * Real Firefox (Debian's firefox-esr, installed by scripts/setup.sh) with the Firefox build
 * (`.output/firefox-mv2`) installed as a temporary add-on, driven over WebDriver BiDi (bidi.ts).
 *
 * What BiDi does not give, and how these tests get it (measured on Firefox ESR 153):
 * - BiDi refuses to navigate a tab to a `moz-extension://` page ("not allowed in this
 *   context"). With `--remote-allow-system-access` it can run script in the browser window
 *   itself (`'moz:scope': 'chrome'`), which opens the page in a new tab as the browser's UI
 *   would (`gBrowser.addTab`).
 * - The add-on's internal UUID is random per install; the `extensions.webextensions.uuids`
 *   preference fixes it, so its pages have a known address.
 * - Lede's sidebar is no tab BiDi reaches: it is opened from the browser window
 *   (`SidebarController.show`) and read from another add-on page of the same process
 *   (`extension.getViews`). Firefox opens it by itself when the add-on is installed.
 * - The clipboard is read by the browser window, with its privileges, as a paste would; a copy
 *   needs a user gesture, which a BiDi pointer click (`input.performActions`) is.
 * - As in the Chromium harness (harness.ts `testCopy`), no automation gives the `activeTab`
 *   grant of a toolbar click, so the installed copy's manifest also lists the test server's
 *   origin; Lede itself asks for no host permission.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Bidi } from './bidi';
import { ROOT, TEST_HOSTS } from '../harness';

export const FIREFOX = '/usr/bin/firefox-esr';
export const FIREFOX_BUILD = join(ROOT, '.output/firefox-mv2');
const ADDON_ID = 'lede@example.org';
/** The id of Lede's toolbar button in Firefox's window (the add-on id, `@` and `.` as `_`). */
const WIDGET_ID = 'lede_example_org-browser-action';
/** An expression in the browser window: Lede's toolbar button, put on the toolbar first. */
const TOOLBAR_BUTTON = `(() => {
  CustomizableUI.addWidgetToArea(${JSON.stringify(WIDGET_ID)}, CustomizableUI.AREA_NAVBAR);
  return document.getElementById(${JSON.stringify(WIDGET_ID)}).querySelector('toolbarbutton');
})()`;
/** The id Firefox's sidebar switcher knows Lede's sidebar by (`SidebarController.show`). */
const SIDEBAR_ID = 'lede_example_org-sidebar-action';
/** The add-on's internal UUID, fixed by preference (see above). */
export const ADDON_UUID = '6c3f5a0e-4b1d-4e8a-9f2c-7d1e0b9a3c55';

/**
 * Preferences of the test profile: the add-on's UUID, and Firefox's own traffic off (tests
 * never touch the internet: no telemetry, studies, update or default-browser checks).
 */
const PREFS: Record<string, string | number | boolean> = {
  'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
  'remote.prefs.recommended': true,
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'browser.startup.page': 0,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.reportingpolicy.firstRun': false,
  'app.normandy.enabled': false,
  'app.update.disabledForTesting': true,
  'messaging-system.rsexperimentloader.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
};

/**
 * An expression: whether the paragraph (p, li, blockquote) holding `needle` is on screen (for
 * `waitFor`; throws when no paragraph holds it).
 */
export const onScreen = (needle: string) => `(() => {
  const el = [...document.querySelectorAll('p, li, blockquote')].find((e) => e.textContent.includes(${JSON.stringify(needle)}));
  if (!el) throw new Error('no element holds ' + ${JSON.stringify(needle)});
  const r = el.getBoundingClientRect();
  return r.bottom > 0 && r.top < window.innerHeight;
})()`;

/** One BiDi browsing context (a tab), by its id. */
export type Context = string;

interface TreeNode {
  context: Context;
  url: string;
}

export interface LaunchedFirefox {
  bidi: Bidi;
  /** Opens `url` in a new tab and waits for its load; gives the tab's context. */
  openTab(url: string): Promise<Context>;
  /** Opens one of the add-on's pages (popup.html?tabId=…) in a new tab; gives its context. */
  openAddonPage(path: string): Promise<Context>;
  /**
   * Opens `url` the way the browser's UI would (pages BiDi may not open: about:, moz-extension:),
   * in a tab that becomes the active one unless `select` is false.
   */
  openPrivileged(url: string, select?: boolean): Promise<Context>;
  /** Makes the tab the window's active one (as a reader's page is under the popup). */
  activate(context: Context): Promise<void>;
  /** Evaluates `expression` (awaited) in the tab, its value passed through JSON. */
  evaluate<T>(context: Context, expression: string): Promise<T>;
  /** Polls `expression` until it is truthy; gives its value. */
  waitFor<T>(context: Context, expression: string, timeoutMs?: number): Promise<T>;
  /**
   * Opens `url` in a new tab, made unique with a `tab` query (tabs are found by address), and
   * gives the tab, that address and the add-on's id for it.
   */
  openPage(url: string): Promise<{ page: Context; url: string; tabId: number }>;
  /**
   * An add-on page for the tab (popup.html, sidepanel.html) once it shows an outline or a
   * reason; the popup once React has taken over from its plain first paint.
   */
  uiFor(tabId: number, file?: string): Promise<Context>;
  /** Whether the paragraph (p, li, blockquote) holding `needle` is on screen in the tab. */
  inViewport(page: Context, needle: string): Promise<boolean>;
  /** The add-on's id for the tab at `url` (tabs.query from an add-on page). */
  tabIdOf(url: string): Promise<number>;
  /**
   * Clicks Lede's toolbar button, as a reader does: the one automation path that gives the
   * `activeTab` grant (the button is put on the toolbar first; Firefox keeps new add-ons'
   * buttons in its Extensions menu).
   */
  clickToolbarButton(): Promise<void>;
  /** `clickToolbarButton`, and the epoch time (ms, the browser window's clock) of the click. */
  clickToolbarButtonAt(): Promise<number>;
  /** The add-on's id for the window's active tab (one whose address the add-on may not see). */
  activeTabId(): Promise<number>;
  /**
   * Evaluates `expression` (awaited) in the browser window itself, with the browser's
   * privileges (its clipboard, its sidebar); its value passed through JSON.
   */
  evaluateInBrowserWindow<T>(expression: string): Promise<T>;
  /**
   * What is on the clipboard as `flavor` ('text/plain', 'text/html'), read by the browser
   * window as a paste would be ('' when the clipboard holds nothing of that kind).
   */
  clipboard(flavor?: string): Promise<string>;
  /** Clicks the element `selector` finds in the tab with a real pointer (a user gesture). */
  click(context: Context, selector: string): Promise<void>;
  /** Opens Lede's sidebar in the browser window, as its View → Sidebar menu item does. */
  openSidebar(): Promise<void>;
  /**
   * Evaluates `expression` (awaited) in Lede's open sidebar, where `w` is its window (the
   * sidebar is no tab BiDi reaches: an add-on page in the same process reads it).
   */
  inSidebar<T>(expression: string): Promise<T>;
  /** Polls `inSidebar(expression)` until it is truthy; gives its value. */
  waitInSidebar<T>(expression: string, timeoutMs?: number): Promise<T>;
  close(): Promise<void>;
}

/** A copy of the Firefox build whose manifest also lists `hosts` (Manifest V2: in `permissions`). */
function testCopy(hosts: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'lede-ff-ext-'));
  cpSync(FIREFOX_BUILD, dir, { recursive: true });
  const file = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as { permissions: string[] };
  manifest.permissions = [...manifest.permissions, ...hosts];
  writeFileSync(file, JSON.stringify(manifest));
  return dir;
}

function endpointOf(ff: ChildProcess): Promise<string> {
  return new Promise((ok, no) => {
    let log = '';
    const timer = setTimeout(() => no(new Error(`Firefox did not open BiDi:\n${log}`)), 60_000);
    ff.stderr!.on('data', (d: Buffer) => {
      log += d.toString();
      const m = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(log);
      if (m) {
        clearTimeout(timer);
        ok(m[1]);
      }
    });
    ff.on('exit', (code) => no(new Error(`Firefox exited (${code}) before BiDi opened:\n${log}`)));
  });
}

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

/**
 * `hosts`: the pages the add-on may read without a click (default: the test server, see
 * `testCopy`); `prefs`: preferences over the test profile's own (PREFS), such as the bench's
 * (scripts/bench-firefox.ts).
 */
export async function launchFirefox(
  opts: { hosts?: string[]; prefs?: Record<string, string | number | boolean> } = {},
): Promise<LaunchedFirefox> {
  if (!existsSync(FIREFOX)) throw new Error(`No ${FIREFOX}: scripts/setup.sh installs firefox-esr.`);
  if (!existsSync(join(FIREFOX_BUILD, 'manifest.json')))
    throw new Error(`No Firefox build at ${FIREFOX_BUILD}: run \`npx wxt build -b firefox\` first.`);
  const extDir = testCopy(opts.hosts ?? TEST_HOSTS);
  const profile = mkdtempSync(join(tmpdir(), 'lede-ff-profile-'));
  writeFileSync(
    join(profile, 'user.js'),
    Object.entries({ ...PREFS, ...opts.prefs })
      .map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`)
      .join('\n'),
  );
  const ff = spawn(
    FIREFOX,
    [
      '--headless',
      '--no-remote',
      '--remote-debugging-port=0',
      '--remote-allow-system-access',
      '--profile',
      profile,
    ],
    { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' } },
  );
  const bidi = await Bidi.connect(await endpointOf(ff));
  await bidi.send('webExtension.install', { extensionData: { type: 'path', path: extDir } });

  const tree = async (): Promise<TreeNode[]> =>
    (await bidi.send<{ contexts: TreeNode[] }>('browsingContext.getTree', { maxDepth: 0 })).contexts;

  async function evaluate<T>(context: Context, expression: string): Promise<T> {
    const r = await bidi.send<{
      type: 'success' | 'exception';
      result?: { type: string; value?: string };
      exceptionDetails?: { text: string };
    }>('script.evaluate', {
      expression: `(async () => JSON.stringify(await (${expression})))()`,
      target: { context },
      awaitPromise: true,
      resultOwnership: 'none',
    });
    if (r.type === 'exception') throw new Error(`${expression}: ${r.exceptionDetails?.text}`);
    const json = r.result?.value;
    return (json === undefined ? undefined : JSON.parse(json)) as T;
  }

  async function waitFor<T>(context: Context, expression: string, timeoutMs = 20_000): Promise<T> {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const v = await evaluate<T>(context, expression).catch(() => undefined);
      if (v) return v;
      if (Date.now() > end) throw new Error(`timed out waiting for ${expression}`);
      await sleep(100);
    }
  }

  /** Runs `expression` in the browser window itself (its UI), with the browser's privileges. */
  async function inBrowserWindow(expression: string): Promise<void> {
    const chrome = await bidi.send<{ contexts: TreeNode[] }>('browsingContext.getTree', {
      'moz:scope': 'chrome',
      maxDepth: 0,
    });
    const r = await bidi.send<{ type: string; exceptionDetails?: { text: string } }>('script.evaluate', {
      expression,
      target: { context: chrome.contexts[0].context },
      awaitPromise: false,
    });
    if (r.type === 'exception') throw new Error(`${expression}: ${r.exceptionDetails?.text}`);
  }

  async function openPrivileged(url: string, select = true): Promise<Context> {
    const before = new Set((await tree()).map((c) => c.context));
    await inBrowserWindow(
      `{
      const tab = gBrowser.addTab(${JSON.stringify(url)}, {
        triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() });
      if (${select}) gBrowser.selectedTab = tab;
    }`,
    );
    const end = Date.now() + 20_000;
    for (;;) {
      const added = (await tree()).find((c) => !before.has(c.context) && c.url === url);
      if (added) {
        await waitFor(added.context, `document.readyState === 'complete'`);
        return added.context;
      }
      if (Date.now() > end) throw new Error(`no tab opened for ${url}`);
      await sleep(50);
    }
  }

  async function openTab(url: string): Promise<Context> {
    const { context } = await bidi.send<{ context: Context }>('browsingContext.create', { type: 'tab' });
    // Not `wait: 'complete'`: a saved page's own script may try to load its site (the NYT
    // page does), and BiDi then fails the navigation ("Address rejected") though the page loaded.
    await bidi.send('browsingContext.navigate', { context, url, wait: 'none' });
    await waitFor(context, `location.href === ${JSON.stringify(url)} && document.readyState === 'complete'`);
    return context;
  }

  /** An add-on page in a background tab, to ask the add-on's APIs (tab ids). */
  let helperPage: Promise<Context> | undefined;
  const helper = () => (helperPage ??= openPrivileged(`moz-extension://${ADDON_UUID}/options.html`, false));
  const tabIdOf = async (url: string) =>
    waitFor<number>(
      await helper(),
      `browser.tabs.query({}).then((tabs) => tabs.find((t) => t.url === ${JSON.stringify(url)})?.id)`,
    );
  const activeTabId = async () =>
    waitFor<number>(
      await helper(),
      `browser.tabs.query({ active: true, currentWindow: true }).then((tabs) => tabs[0]?.id)`,
    );

  let opened = 0;
  async function openPage(url: string) {
    const unique = `${url}${url.includes('?') ? '&' : '?'}tab=${++opened}`;
    const page = await openTab(unique);
    return { page, url: unique, tabId: await tabIdOf(unique) };
  }

  async function uiFor(tabId: number, file = 'popup.html'): Promise<Context> {
    const ui = await openPrivileged(`moz-extension://${ADDON_UUID}/${file}?tabId=${tabId}`);
    const reactReady =
      file === 'popup.html' ? `performance.getEntriesByName('lede:app-ready').length === 1 && ` : '';
    await waitFor(ui, `${reactReady}document.querySelector('main, [role=alert]') !== null`, 30_000);
    return ui;
  }

  const inViewport = (page: Context, needle: string) => evaluate<boolean>(page, onScreen(needle));

  async function evaluateInBrowserWindow<T>(expression: string): Promise<T> {
    const chrome = await bidi.send<{ contexts: TreeNode[] }>('browsingContext.getTree', {
      'moz:scope': 'chrome',
      maxDepth: 0,
    });
    return evaluate<T>(chrome.contexts[0].context, expression);
  }

  async function click(context: Context, selector: string): Promise<void> {
    // A page may replace the element between the look-up and the click (the popup's plain
    // first paint, replaced by React's): found again, a few times.
    for (let attempt = 0; ; attempt++) {
      try {
        return await clickOnce(context, selector);
      } catch (e) {
        if (attempt >= 3 || !/not displayed|no such|stale|detached/i.test(String(e))) throw e;
      }
    }
  }

  async function clickOnce(context: Context, selector: string): Promise<void> {
    const r = await bidi.send<{ type: string; result?: { sharedId?: string } }>('script.evaluate', {
      // Into view first: a pointer may only move within the viewport.
      expression: `(() => {
        const el = document.querySelector(${JSON.stringify(selector)});
        el?.scrollIntoView({ block: 'center' });
        return el;
      })()`,
      target: { context },
      awaitPromise: false,
      resultOwnership: 'root',
    });
    const sharedId = r.result?.sharedId;
    if (!sharedId) throw new Error(`no element ${selector}`);
    await bidi.send('input.performActions', {
      context,
      actions: [
        {
          type: 'pointer',
          id: 'mouse',
          parameters: { pointerType: 'mouse' },
          actions: [
            { type: 'pointerMove', x: 0, y: 0, origin: { type: 'element', element: { sharedId } } },
            { type: 'pointerDown', button: 0 },
            { type: 'pointerUp', button: 0 },
          ],
        },
      ],
    });
  }

  const inSidebar = async <T>(expression: string) =>
    evaluate<T>(
      await helper(),
      `(async (w) => { if (!w) throw new Error('no sidebar open'); return ${expression}; })(browser.extension.getViews({ type: 'sidebar' })[0])`,
    );

  return {
    bidi,
    openTab,
    openAddonPage: (path) => openPrivileged(`moz-extension://${ADDON_UUID}/${path}`),
    openPrivileged,
    activate: async (context) => void (await bidi.send('browsingContext.activate', { context })),
    evaluate,
    waitFor,
    tabIdOf,
    activeTabId,
    openPage,
    uiFor,
    inViewport,
    evaluateInBrowserWindow,
    clipboard: (flavor = 'text/plain') =>
      evaluateInBrowserWindow<string>(
        `navigator.clipboard.read().then(async (items) => {
          const item = items.find((i) => i.types.includes(${JSON.stringify(flavor)}));
          return item ? (await item.getType(${JSON.stringify(flavor)})).text() : '';
        })`,
      ),
    click,
    openSidebar: async () => {
      await helper();
      await evaluateInBrowserWindow(`SidebarController.show(${JSON.stringify(SIDEBAR_ID)}).then(() => true)`);
      await waitFor(await helper(), `browser.extension.getViews({ type: 'sidebar' }).length === 1`);
    },
    inSidebar,
    waitInSidebar: async <T>(expression: string, timeoutMs = 20_000) => {
      const end = Date.now() + timeoutMs;
      for (;;) {
        const v = await inSidebar<T>(expression).catch(() => undefined);
        if (v) return v;
        if (Date.now() > end) throw new Error(`timed out waiting in the sidebar for ${expression}`);
        await sleep(100);
      }
    },
    clickToolbarButton: () => inBrowserWindow(`${TOOLBAR_BUTTON}.click();`),
    clickToolbarButtonAt: () =>
      evaluateInBrowserWindow<number>(`(() => {
        const button = ${TOOLBAR_BUTTON};
        const at = performance.timeOrigin + performance.now();
        button.click();
        return at;
      })()`),
    async close() {
      await bidi.send('browser.close').catch(() => undefined);
      bidi.close();
      if (ff.exitCode === null) await new Promise((ok) => ff.once('exit', ok));
      rmSync(profile, { recursive: true, force: true });
      rmSync(extDir, { recursive: true, force: true });
    },
  };
}
