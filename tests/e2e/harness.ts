/**
 * Real Chromium (Debian's /usr/bin/chromium, driven by playwright-core) with the built
 * extension loaded, and a static server on 127.0.0.1 for saved real pages. The launch flags
 * are the ones measured in ../shared/guides/extension-testing.md.
 */
import { createServer, type Server } from 'node:http';
import { cpSync, mkdtempSync, readdirSync, readFileSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, extname } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Outline, Result } from '../../lib/types';
import { chromium, type Browser, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
/** The built extension; `LEDE_EXTENSION_DIR` points the bench at another build (A/B runs). */
export const EXTENSION_DIR = process.env.LEDE_EXTENSION_DIR ?? join(ROOT, '.output/chrome-mv3');
export const SHARED = resolve(ROOT, '../shared');
/**
 * The English news article the browser tests read, from the extraction benchmark (nytimes.com,
 * 2019-11-18, "Trump's Made-for-TV Trade War Keeps World Guessing"): long, with a byline, and
 * every role present.
 */
export const EN_ARTICLE = (() => {
  const dir = join(SHARED, 'data/extraction-benchmark/html');
  return join(
    dir,
    readdirSync(dir).find((f) => f.startsWith('702d1da63b8e'))!,
  );
})();

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.png': 'image/png',
  '.pdf': 'application/pdf',
};

export interface Served {
  /** Base URL such as http://127.0.0.1:PORT */
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves `routes` (URL path → file path, or a function giving the body) on 127.0.0.1.
 * Files ending in .gz are served decompressed; bytes are sent as saved, so a page's own
 * <meta charset> (e.g. Shift_JIS) is what the browser decodes by.
 */
export async function serve(
  routes: Record<
    string,
    string | (() => { body: string | Buffer; type?: string; headers?: Record<string, string> })
  >,
): Promise<Served> {
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const route = routes[path];
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    if (typeof route === 'function') {
      const { body, type = 'text/html', headers = {} } = route();
      res.writeHead(200, { 'content-type': type, ...headers }).end(body);
      return;
    }
    let bytes = readFileSync(route);
    let ext = extname(route);
    if (ext === '.gz') {
      bytes = gunzipSync(bytes);
      ext = extname(route.slice(0, -3));
    }
    res.writeHead(200, { 'content-type': TYPES[ext] ?? 'application/octet-stream' }).end(bytes);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as { port: number };
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

export interface Launched {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  profileDir: string;
  close(opts?: { keepProfile?: boolean }): Promise<void>;
}

/**
 * A single-page app's navigation, as an expression to evaluate in a tab showing a served page:
 * it swaps in the English article (served at /en.html), retitles the page and pushes a new URL
 * (/en-story); no page load happens. Used in Chromium and in Firefox.
 */
export const SPA_TO_EN_ARTICLE = `(async () => {
  const html = await (await fetch('/en.html')).text();
  const next = new DOMParser().parseFromString(html, 'text/html');
  document.title = next.title;
  document.documentElement.lang = 'en';
  document.body.replaceWith(document.adoptNode(next.body));
  history.pushState({}, '', '/en-story');
  return true;
})()`;

/** The test server's pages, which the tests let the extension read (see `testCopy`). */
export const TEST_HOSTS = ['http://127.0.0.1/*'];

/**
 * A copy of the build whose manifest also lists `hosts` as host permissions. Lede itself
 * asks for none: it reads a page through the `activeTab` grant that a click on its toolbar
 * button gives. No automation path gives that grant (measured on Chromium 156: neither
 * `chrome.action.openPopup()` nor the command's shortcut sent through CDP does), so the
 * tests stand in for the click with a host permission for their own server, and nothing
 * else changes. Browser pages (chrome://) stay out of reach, as they are for the real grant.
 */
function testCopy(built: string, hosts: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'lede-ext-'));
  cpSync(built, dir, { recursive: true });
  const file = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as { host_permissions?: string[] };
  manifest.host_permissions = [...(manifest.host_permissions ?? []), ...hosts];
  writeFileSync(file, JSON.stringify(manifest));
  return dir;
}

/**
 * Launches Chromium with the built extension. Pass `profileDir` to reopen the same profile;
 * `hosts` ([] for the build exactly as shipped) are the pages the extension may read without
 * a toolbar click (default: the test server, see `testCopy`).
 */
export async function launch(
  opts: {
    profileDir?: string;
    withExtension?: boolean;
    headless?: boolean;
    hosts?: string[];
    /** Another extension than the build (the bench's blank reference popup). */
    extensionDir?: string;
    /** More Chromium switches (the bench's V8 traces, scripts/bench-browser/jit-trace.ts). */
    args?: string[];
  } = {},
): Promise<Launched> {
  const withExtension = opts.withExtension ?? true;
  const built = opts.extensionDir ?? EXTENSION_DIR;
  if (withExtension && !existsSync(join(built, 'manifest.json')))
    throw new Error(`No built extension at ${built}: run \`npx wxt build\` first.`);
  const hosts = opts.hosts ?? TEST_HOSTS;
  const extDir = withExtension && hosts.length ? testCopy(built, hosts) : built;
  const profileDir = opts.profileDir ?? mkdtempSync(join(tmpdir(), 'lede-profile-'));
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
    '--remote-debugging-port=0',
  ];
  args.push(...(opts.args ?? []));
  if (withExtension) args.push(`--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`);
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: '/usr/bin/chromium',
    headless: opts.headless ?? true,
    args,
    viewport: { width: 1200, height: 900 },
  });
  let worker: Worker | undefined;
  let extensionId = '';
  if (withExtension) {
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    extensionId = new URL(worker.url()).host;
  }
  return {
    context,
    extensionId,
    worker: worker as Worker,
    profileDir,
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile && !opts.profileDir) rmSync(profileDir, { recursive: true, force: true });
      if (extDir !== built) rmSync(extDir, { recursive: true, force: true });
    },
  };
}

/**
 * The id Chromium gave a tab, read through the extension's service worker. Right after a
 * navigation commits, `chrome.tabs` may still show the tab's previous URL (a CI run on a loaded
 * machine did): ask again for a few seconds before giving up.
 */
export async function tabIdOf(l: Launched, page: Page): Promise<number> {
  const url = page.url();
  return l.worker.evaluate(async (u: string) => {
    for (let tries = 0; tries < 100; tries++) {
      const tabs = await chrome.tabs.query({});
      const tab = tabs.find((t) => t.url === u || t.pendingUrl === u);
      if (tab?.id) return tab.id;
      await new Promise((ok) => setTimeout(ok, 50));
    }
    throw new Error(`no tab for ${u}`);
  }, url);
}

/** Opens an extension page (popup.html, sidepanel.html …) as a tab, bound to `tabId`. */
export async function openExtensionPage(l: Launched, file: string, tabId?: number): Promise<Page> {
  const page = await l.context.newPage();
  const q = tabId === undefined ? '' : `?tabId=${tabId}`;
  await page.goto(`chrome-extension://${l.extensionId}/${file}${q}`);
  return page;
}

/** Opens a tab the tests cannot find by URL (chrome://…) through the extension; gives its id. */
export async function openTabById(l: Launched, url: string): Promise<number> {
  return l.worker.evaluate(async (u: string) => {
    const tab = await chrome.tabs.create({ url: u, active: true });
    return tab.id!;
  }, url);
}

/**
 * Reaches an extension page that is not in `context.pages()` (the real toolbar popup, the
 * real side panel; extension-testing.md): waits until the extension reports the context
 * (`runtime.getContexts`), then attaches over CDP. Attach only then: a connection made
 * before the page exists does not surface it (seen on Chromium 156).
 */
export async function attachExtensionPage(
  l: Launched,
  contextType: 'POPUP' | 'SIDE_PANEL',
): Promise<{ page: Page; detach(): Promise<void> }> {
  const url = await l.worker.evaluate(async (type) => {
    for (let tries = 0; tries < 200; tries++) {
      const [found] = await chrome.runtime.getContexts({
        contextTypes: [type as chrome.runtime.ContextType],
      });
      // A panel still loading reports an empty documentUrl.
      if (found?.documentUrl?.startsWith('chrome-extension://')) return found.documentUrl;
      await new Promise((ok) => setTimeout(ok, 50));
    }
    throw new Error(`no ${type} opened`);
  }, contextType);
  const port = readFileSync(join(l.profileDir, 'DevToolsActivePort'), 'utf8').split('\n')[0];
  // A page that appears while a connection is being made may be missed by it: reconnect.
  for (let attempt = 0; attempt < 5; attempt++) {
    const browser: Browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
    const context = browser.contexts()[0];
    const page =
      context.pages().find((p) => p.url() === url) ??
      (await context
        .waitForEvent('page', { predicate: (p) => p.url() === url, timeout: 2_000 })
        .catch(() => null));
    if (page) return { page, detach: () => browser.close() };
    await browser.close();
  }
  throw new Error(`${contextType} ${url} is open but could not be attached`);
}

/**
 * An extension page in a background tab of the browser's window, kept for the launch: it sends
 * the message that stands for a click on the toolbar button (no automation clicks the real
 * one), without taking the place of the tab the click is about.
 */
const clickers = new WeakMap<Launched, Page>();
async function clicker(l: Launched): Promise<Page> {
  const known = clickers.get(l);
  if (known && !known.isClosed()) return known;
  const url = `chrome-extension://${l.extensionId}/options.html?clicker`;
  const opened = l.context.waitForEvent('page', { predicate: (p) => p.url() === url });
  await l.worker.evaluate((u) => chrome.tabs.create({ url: u, active: false }), url);
  const page = await opened;
  clickers.set(l, page);
  return page;
}

/**
 * A click on the toolbar button over the active tab of the last focused window, as the worker
 * receives it (lib/glue.ts onToolbarClick: it starts the page's capture and opens the popup),
 * through the `toolbarClick` message that stands for it. Resolves once the popup is open, with
 * the epoch time (ms) the click was sent at.
 */
export async function clickToolbar(l: Launched): Promise<number> {
  const { tabId, windowId } = await l.worker.evaluate(async () => {
    const [t] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return { tabId: t.id!, windowId: t.windowId };
  });
  const page = await clicker(l);
  const { at, answer } = await page.evaluate(
    (data) =>
      new Promise<{ at: number; answer: Result<null> | undefined }>((ok) => {
        const at = performance.timeOrigin + performance.now();
        chrome.runtime.sendMessage(
          { id: 1, type: 'toolbarClick', timestamp: Date.now(), data },
          (r: { res?: Result<null> } | undefined) => ok({ at, answer: r?.res }),
        );
      }),
    { tabId, windowId },
  );
  if (!answer?.ok) throw new Error(`the click did not open the popup: ${JSON.stringify(answer)}`);
  return at;
}

/** The real toolbar popup, opened by a click on the toolbar button (`clickToolbar`). */
export async function openToolbarPopup(l: Launched): Promise<{ popup: Page; detach(): Promise<void> }> {
  await clickToolbar(l);
  const { page, detach } = await attachExtensionPage(l, 'POPUP');
  return { popup: page, detach };
}

/**
 * Live documents in the offscreen document's renderer, after forced garbage collections. The
 * offscreen document is a `background_page` target that Playwright does not surface as a page:
 * it is reached from the browser's endpoint, through a session attached to it.
 */
export async function offscreenDocuments(l: Launched): Promise<number> {
  const port = readFileSync(join(l.profileDir, 'DevToolsActivePort'), 'utf8').split('\n')[0];
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  try {
    const cdp = await browser.newBrowserCDPSession();
    const { targetInfos } = await cdp.send('Target.getTargets');
    const target = targetInfos.find((t) => t.url === `chrome-extension://${l.extensionId}/offscreen.html`);
    if (!target) throw new Error('no offscreen document open');
    const { sessionId } = await cdp.send('Target.attachToTarget', {
      targetId: target.targetId,
      flatten: false,
    });
    let next = 0;
    const call = (method: string) =>
      new Promise<Record<string, unknown>>((ok) => {
        const id = ++next;
        const listen = (e: { sessionId?: string; message: string }) => {
          const m = JSON.parse(e.message) as { id?: number; result?: Record<string, unknown> };
          if (e.sessionId !== sessionId || m.id !== id) return;
          cdp.off('Target.receivedMessageFromTarget', listen);
          ok(m.result ?? {});
        };
        cdp.on('Target.receivedMessageFromTarget', listen);
        void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
      });
    for (let gc = 0; gc < 2; gc++) await call('HeapProfiler.collectGarbage');
    return (await call('Memory.getDOMCounters')).documents as number;
  } finally {
    await browser.close();
  }
}

/**
 * The outline of a tab, asked for from an extension page as the popup asks (one message to the
 * worker; `force`: past the article check).
 */
export function outlineFrom(ui: Page, tabId: number): Promise<Result<Outline>> {
  return ui.evaluate(
    (tabId) =>
      new Promise<Result<Outline>>((ok) =>
        chrome.runtime.sendMessage(
          { id: 1, type: 'outline', timestamp: Date.now(), data: { tabId, force: true } },
          (r: { res: Result<Outline> }) => ok(r.res),
        ),
      ),
    tabId,
  );
}

/**
 * Saved pages served from 127.0.0.1, Chromium with the built extension, and an extension page
 * (`options.html`) to send messages from, as the popup does. Saved pages name hosts this closed
 * network never answers: only the served pages load.
 */
export async function launchOnPages(
  routes: Record<string, string>,
): Promise<{ l: Launched; server: Served; ui: Page; close(): Promise<void> }> {
  const server = await serve(routes);
  const l = await launch();
  await l.context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
  const ui = await openExtensionPage(l, 'options.html');
  return {
    l,
    server,
    ui,
    async close() {
      await l.close();
      await server.close();
    },
  };
}
