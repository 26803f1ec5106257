/**
 * Real Chromium (Debian's /usr/bin/chromium, driven by playwright-core) with the built
 * extension loaded, and a static server on 127.0.0.1 for saved real pages. The launch flags
 * are the ones measured in ../shared/guides/extension-testing.md.
 */
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, extname } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
export const SHARED = resolve(ROOT, '../shared');

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

/** Launches Chromium with the built extension. Pass `profileDir` to reopen the same profile. */
export async function launch(
  opts: { profileDir?: string; withExtension?: boolean; headless?: boolean } = {},
): Promise<Launched> {
  const withExtension = opts.withExtension ?? true;
  if (withExtension && !existsSync(join(EXTENSION_DIR, 'manifest.json')))
    throw new Error(`No built extension at ${EXTENSION_DIR}: run \`npx wxt build\` first.`);
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
  if (withExtension)
    args.push(`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`);
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
    },
  };
}

/** The id Chromium gave a tab, read through the extension's service worker. */
export async function tabIdOf(l: Launched, page: Page): Promise<number> {
  const url = page.url();
  return l.worker.evaluate(async (u: string) => {
    const tabs = await chrome.tabs.query({});
    const tab = tabs.find((t) => t.url === u);
    if (!tab?.id) throw new Error(`no tab for ${u}`);
    return tab.id;
  }, url);
}

/** Opens an extension page (popup.html, sidepanel.html …) as a tab, bound to `tabId`. */
export async function openExtensionPage(l: Launched, file: string, tabId?: number): Promise<Page> {
  const page = await l.context.newPage();
  const q = tabId === undefined ? '' : `?tabId=${tabId}`;
  await page.goto(`chrome-extension://${l.extensionId}/${file}${q}`);
  return page;
}
