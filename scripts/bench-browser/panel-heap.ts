/**
 * `NODE_OPTIONS=--experimental-websocket npx tsx scripts/bench-browser/panel-heap.ts [rounds]
 *  [--pages N] [--round N] [--warm N] [--follow]` (issue 7, memory): the side panel's heap over many
 * outlines, long enough to tell a leak (growth that goes on) from the JIT warming up (growth
 * that stops). Every `--round` outlines (200) it reads, after a forced GC, the used heap and
 * a heap snapshot's census (snapshot.ts) split in three: compiled code, the browser's capped
 * performance-entry buffers, and the rest (JS objects, strings, DOM), where a leak of ours
 * would show; and the DOM's node and listener counts.
 *
 * The outlines are driven from inside the panel (drive-panel.ts), so no Playwright code runs
 * in the panel per outline (its locators would add their own compiled code). With
 * `--pages N` the panel navigates the article tab through the first N benchmark pages
 * (pages.ts; a new query each time, so each is a new outline for the worker and the history);
 * without it, it outlines the seed page again and again (the worker answers from its cache).
 * `--follow` (with `--pages`): the real side panel, opened from the toolbar popup, follows the
 * article tab through the pages by itself, as a reader's would (useFollowedTab).
 */
import { join } from 'node:path';
import {
  attachExtensionPage,
  launch,
  openExtensionPage,
  openToolbarPopup,
  ROOT,
  serve,
  tabIdOf,
} from '../../tests/e2e/harness';
import { outlineInPanel } from './drive-panel';
import { domCounters, pageHeap } from './heap';
import { benchPages } from './pages';
import { census, grown, split, type Census, type Split } from './snapshot';

const args = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const ROUNDS = Number(args[0]?.startsWith('--') ? 6 : (args[0] ?? 6));
const PAGES = flag('--pages', 0);
const ROUND = flag('--round', 200);
const WARM = flag('--warm', 60);
/** `--follow`: the real side panel, following the article tab (drive-panel.ts). */
const FOLLOW = args.includes('--follow');

const files = PAGES > 0 ? benchPages(PAGES) : [join(ROOT, 'tests/fixtures/seed/source.html')];
const server = await serve(Object.fromEntries(files.map((f, i) => [`/p${i}.html`, f])));
const browser = await launch();
// Only the served pages load (the saved pages name hosts this closed network never answers).
await browser.context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
const article = await browser.context.newPage();
await article.goto(`${server.origin}/p0.html`);
await article.bringToFront();
const tabId = await tabIdOf(browser, article);
const { panel, detach } = FOLLOW
  ? await openRealSidePanel()
  : { panel: await openExtensionPage(browser, 'sidepanel.html', tabId), detach: async () => {} };
await panel.locator('.lede[aria-busy="false"] :is(main, [role=alert])').first().waitFor();

/** The real side panel, opened by the toolbar popup's Side panel button (as in tests/e2e/sidepanel.test.ts). */
async function openRealSidePanel() {
  const { popup, detach: detachPopup } = await openToolbarPopup(browser);
  await popup.locator('main').waitFor();
  await popup
    .getByRole('button', { name: /^(Side panel|サイドパネル)$/ })
    .click()
    .catch((e: unknown) => {
      if (!/closed/.test(String(e))) throw e; // the popup closes itself once the panel is open
    });
  const { page, detach } = await attachExtensionPage(browser, 'SIDE_PANEL');
  return {
    panel: page,
    detach: async () => {
      await detach();
      await detachPopup().catch(() => undefined);
    },
  };
}

const drive = {
  page: panel,
  tabId,
  urls: files.map((_, i) => `${server.origin}/p${i}.html`),
  follow: FOLLOW,
};
let done = 0;
const outlines = async (n: number) => {
  await outlineInPanel(drive, done, n);
  done += n;
};

const kB = (b: number) => `${(b / 1024).toFixed(0)} kB`;
const perOutline = (now: number, then: number, n: number) => `${((now - then) / n).toFixed(0)}`.padStart(5);
interface Reading extends Split {
  heap: number;
  census: Census;
}
const read = async (): Promise<Reading> => {
  const heap = await pageHeap(panel);
  const c = await census(panel);
  return { heap, census: c, ...split(c) };
};

console.log(
  `side panel, ${files.length} page(s), heap after a forced GC every ${ROUND} outlines; B/outline since the last reading:`,
);
console.log('outlines   heap      B/outline: heap  code  perf-entries  rest   DOM nodes  listeners');
await outlines(WARM);
let last = await read();
const first = last;
const firstDone = done;
const line = (
  r: Reading,
  prev: Reading | null,
  n: number,
  dom: { nodes: number; jsEventListeners: number },
) =>
  `${String(done).padStart(8)}   ${kB(r.heap).padStart(7)}   ${
    prev
      ? `${perOutline(r.heap, prev.heap, n)} ${perOutline(r.code, prev.code, n)} ${perOutline(r.perfEntries, prev.perfEntries, n).padStart(13)} ${perOutline(r.rest, prev.rest, n)}`
      : '    (warm-up)                '
  }   ${String(dom.nodes).padStart(9)}  ${String(dom.jsEventListeners).padStart(9)}`;
console.log(line(last, null, 1, await domCounters(panel)));
for (let k = 1; k <= ROUNDS; k++) {
  await outlines(ROUND);
  const now = await read();
  console.log(line(now, last, ROUND, await domCounters(panel)));
  last = now;
}
const n = done - firstDone;
console.log(
  `from ${firstDone} to ${done} outlines: heap ${kB(first.heap)} → ${kB(last.heap)}, ${perOutline(last.heap, first.heap, n).trim()} B/outline ` +
    `(code ${perOutline(last.code, first.code, n).trim()}, perf-entries ${perOutline(last.perfEntries, first.perfEntries, n).trim()}, rest ${perOutline(last.rest, first.rest, n).trim()})`,
);
console.log(`what changed most from ${firstDone} to ${done} outlines (bytes, count, kind):`);
for (const l of grown(first.census, last.census, 15)) console.log(`  ${l}`);
console.log(
  'A leak of ours shows in "rest" and in the DOM counts, round after round; code growth that falls to ~0 is the JIT optimising more functions (snapshot.ts).',
);
await detach();
await browser.close();
await server.close();
