/**
 * `npm run bench:browser [-- --json] [--pages N] [--memory N]` (issue 7): real Chromium with
 * the built extension, 30 served real pages. For each: the popup opened for the tab (what a
 * click does), timed by the popup's own performance mark `lede:outline-ready` (from the
 * popup's navigation start, so page load, extraction in the tab and the pipeline in the
 * worker are all in it); the same again from the worker's cache; and extraction in the page,
 * read from the content script's `lede:extract` measure. Then memory: outlining N pages one
 * after another in one session, heap of the service worker and of the side panel before and
 * after (after a forced GC each time), read over the DevTools protocol.
 * Prints figures; asserts nothing (timing never lives in tests).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, openExtensionPage, ROOT, serve, SHARED, tabIdOf } from '../tests/e2e/harness';

const args = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const asJson = args.includes('--json');
const PAGES = flag('--pages', 30);
const MEMORY_RUNS = flag('--memory', 200);

const JA = join(SHARED, 'data/ja-news/pages');
const BENCH = join(SHARED, 'data/extraction-benchmark/html');
const files = [
  join(ROOT, 'tests/fixtures/seed/source.html'),
  ...readdirSync(JA).map((f) => join(JA, f)),
  ...readdirSync(BENCH)
    .sort()
    .map((f) => join(BENCH, f)),
].slice(0, PAGES);

const routes = Object.fromEntries(files.map((f, i) => [`/p${i}.html`, f]));
const server = await serve(routes);
const browser = await launch();
const log = (s: string) => !asJson && console.log(s);

/** Milliseconds from the popup's navigation start to its outline (or reason) on screen. */
async function popupTime(tabId: number): Promise<number> {
  const popup = await openExtensionPage(browser, 'popup.html', tabId);
  // A string, not a function: tsx keeps function names with a `__name` helper that the
  // page does not have, so named inner functions break inside evaluate().
  const ms = await popup.evaluate<number>(`new Promise((done) => {
    const read = () => performance.getEntriesByName('lede:outline-ready')[0]?.startTime;
    const now = read();
    if (now !== undefined) return done(now);
    new PerformanceObserver((_, obs) => {
      const t = read();
      if (t !== undefined) {
        obs.disconnect();
        done(t);
      }
    }).observe({ type: 'mark', buffered: true });
  })`);
  await popup.close();
  return ms;
}

async function extractTime(page: Page): Promise<number | null> {
  return page.evaluate(() => {
    const m = performance.getEntriesByName('lede:extract');
    return m.length ? m[m.length - 1].duration : null;
  });
}

const first: number[] = [];
const cached: number[] = [];
const extract: number[] = [];
for (const [i] of files.entries()) {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/p${i}.html`, { waitUntil: 'load' });
  const tabId = await tabIdOf(browser, page);
  first.push(await popupTime(tabId));
  const ex = await extractTime(page);
  if (ex !== null) extract.push(ex);
  cached.push(await popupTime(tabId));
  await page.close();
  log(
    `  ${String(i).padStart(2)} first ${first.at(-1)!.toFixed(0).padStart(4)} ms  cached ${cached.at(-1)!.toFixed(0).padStart(4)} ms  extract ${ex?.toFixed(1) ?? '-'} ms  ${files[i].split('/').pop()!.slice(0, 40)}`,
  );
}

/** Heap of a DevTools target after a forced GC, over a raw CDP websocket. */
async function heapOf(match: (t: { type: string; url: string }) => boolean): Promise<number> {
  const port = readFileSync(join(browser.profileDir, 'DevToolsActivePort'), 'utf8').split('\n')[0];
  const targets = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as {
    type: string;
    url: string;
    webSocketDebuggerUrl: string;
  }[];
  const target = targets.find(match);
  if (!target) throw new Error('target not found');
  const ws = new WebSocket(target.webSocketDebuggerUrl);
  await new Promise((ok, fail) => ((ws.onopen = ok), (ws.onerror = fail)));
  let id = 0;
  const send = (method: string) =>
    new Promise<{ usedSize?: number }>((ok) => {
      const my = ++id;
      ws.addEventListener('message', function on(ev) {
        const msg = JSON.parse(String(ev.data));
        if (msg.id === my) {
          ws.removeEventListener('message', on);
          ok(msg.result ?? {});
        }
      });
      ws.send(JSON.stringify({ id: my, method }));
    });
  await send('HeapProfiler.enable');
  await send('HeapProfiler.collectGarbage');
  const { usedSize = NaN } = await send('Runtime.getHeapUsage');
  ws.close();
  return usedSize;
}

const isWorker = (t: { type: string; url: string }) =>
  t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${browser.extensionId}/`);
const isPanel = (t: { type: string; url: string }) => t.type === 'page' && t.url.includes('/sidepanel.html');

// Memory: one article tab walks through the pages; the side panel (as a tab bound to the
// article tab) reloads its outline after each navigation.
const article = await browser.context.newPage();
await article.goto(`${server.origin}/p0.html`);
const articleTab = await tabIdOf(browser, article);
const panel = await openExtensionPage(browser, 'sidepanel.html', articleTab);
await panel.locator('main, [role=alert]').first().waitFor();
const outlineOnce = async () => {
  await panel.getByRole('button', { name: /reload|再読み込み/i }).click();
  await panel.locator('main, [role=alert]').first().waitFor();
};
// Warm up so that one-off allocations (model, caches filling) are not counted as growth.
for (let i = 0; i < Math.min(20, MEMORY_RUNS); i++) {
  await article.goto(`${server.origin}/p${i % files.length}.html?warm=${i}`);
  await outlineOnce();
}
const before = { worker: await heapOf(isWorker), panel: await heapOf(isPanel) };
for (let i = 0; i < MEMORY_RUNS; i++) {
  await article.goto(`${server.origin}/p${i % files.length}.html?run=${i}`);
  await outlineOnce();
  if ((i + 1) % 50 === 0) log(`  memory: ${i + 1}/${MEMORY_RUNS} outlines`);
}
const after = { worker: await heapOf(isWorker), panel: await heapOf(isPanel) };

await browser.close();
await server.close();

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] : NaN;
};
const kb = (b: number) => `${(b / 1024).toFixed(0)} kB`;
const figures = {
  pages: files.length,
  firstOpen: { median: pct(first, 50), p95: pct(first, 95) },
  cachedOpen: { median: pct(cached, 50), p95: pct(cached, 95) },
  extractInPage: { median: pct(extract, 50), p95: pct(extract, 95), pages: extract.length },
  memory: {
    runs: MEMORY_RUNS,
    workerBefore: before.worker,
    workerAfter: after.worker,
    panelBefore: before.panel,
    panelAfter: after.panel,
    workerGrowthPerPage: (after.worker - before.worker) / MEMORY_RUNS,
    panelGrowthPerPage: (after.panel - before.panel) / MEMORY_RUNS,
  },
};
if (asJson) console.log(JSON.stringify(figures));
else {
  console.log(`\npages: ${figures.pages}`);
  console.log(
    `click → outline (first open):  median ${figures.firstOpen.median.toFixed(0)} ms, p95 ${figures.firstOpen.p95.toFixed(0)} ms   (floors 100 / 250)`,
  );
  console.log(
    `click → outline (cached):      median ${figures.cachedOpen.median.toFixed(0)} ms, p95 ${figures.cachedOpen.p95.toFixed(0)} ms   (floor 30)`,
  );
  console.log(
    `extraction in the page:        median ${figures.extractInPage.median.toFixed(1)} ms, p95 ${figures.extractInPage.p95.toFixed(1)} ms   (floor 50)`,
  );
  console.log(
    `memory over ${MEMORY_RUNS} outlines: worker ${kb(before.worker)} → ${kb(after.worker)} (${figures.memory.workerGrowthPerPage.toFixed(0)} B/page), side panel ${kb(before.panel)} → ${kb(after.panel)} (${figures.memory.panelGrowthPerPage.toFixed(0)} B/page)`,
  );
}
