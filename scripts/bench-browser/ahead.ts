/**
 * The first open with outlines ready before the click (issue 7; lib/ahead.ts): a browser of its
 * own whose build has `<all_urls>` (standing for the reader granting the optional permission the
 * options page asks for) and the `readyAhead` setting on. For each page: load it in front, wait
 * until the worker has its outline ready (its `lede:ahead` measure), then open the real toolbar
 * popup as the timing phase does. Also how long after the page's `load` the outline was ready:
 * the pause (AHEAD_DELAY_MS), the script's turn at document_idle, capture, extraction, pipeline.
 * A page the ahead script's Reader View test turns down (lib/page/shown.ts mayBeArticle, run
 * here on the saved file: ja-news 22-nikkei-beicho-trump, a paywall teaser of one paragraph) is
 * not prepared by design and is not waited for; the bench names it.
 */
import { readHtmlFile } from '../../lib/node/load';
import { parseDocument } from '../../lib/node/parse';
import { mayBeArticle } from '../../lib/page/shown';
import { launch, tabIdOf, type Served } from '../../tests/e2e/harness';
import { settingKey } from '../../lib/storage';
import { step } from './steps';
import { painted, toolbarDriver, type ToolbarTiming } from './toolbar-popup';

const STEP_MS = 30_000;

export interface AheadRun {
  /** The toolbar popup opened on a page whose outline was ready. */
  open: ToolbarTiming;
  /** The page's `load` event end → the worker's outline ready (ms). */
  readyAfterLoad: number;
}

/** Whether the ahead script would say the saved page is on screen (its Reader View test). */
const preparedAhead = (file: string) => mayBeArticle(parseDocument(readHtmlFile(file)));

export async function aheadPhase(opts: {
  server: Served;
  /** Served path and saved file of each page. */
  pages: { path: string; file: string }[];
  log: (line: string) => void;
}): Promise<AheadRun[]> {
  const browser = await launch({ hosts: ['<all_urls>'] });
  await browser.context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
  const runs: AheadRun[] = [];
  const toolbar = await toolbarDriver(browser);
  try {
    await browser.worker.evaluate(
      (key) => chrome.storage.local.set({ [key]: true }),
      settingKey('readyAhead'),
    );
    await step('register the ahead script', STEP_MS, async () => {
      for (;;) {
        const ids = await browser.worker.evaluate(async () =>
          (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id),
        );
        if (ids.includes('lede-ahead')) return;
        await new Promise((ok) => setTimeout(ok, 50));
      }
    });
    for (const [i, { path, file }] of opts.pages.entries()) {
      if (!preparedAhead(file)) {
        opts.log(
          `  ${String(i).padStart(2)} ready ahead: not prepared, by design: the Reader View test turns the page down (lib/page/shown.ts); the click outlines it`,
        );
        continue;
      }
      const page = await browser.context.newPage();
      try {
        await browser.worker.evaluate(() => performance.clearMeasures('lede:ahead'));
        await step(`load page ${i}`, STEP_MS, () =>
          page.goto(`${opts.server.origin}${path}`, { waitUntil: 'load' }),
        );
        await page.bringToFront();
        const loaded = await page.evaluate(() => {
          const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
          return performance.timeOrigin + nav.loadEventEnd;
        });
        const ready = await step(`wait for page ${i}'s outline ready ahead`, STEP_MS, async () => {
          for (;;) {
            const end = await browser.worker.evaluate(() => {
              const m = performance.getEntriesByName('lede:ahead').at(-1);
              return m ? performance.timeOrigin + m.startTime + m.duration : null;
            });
            if (end !== null) return end;
            await new Promise((ok) => setTimeout(ok, 20));
          }
        });
        const tabId = await tabIdOf(browser, page);
        const open = await toolbar.open(tabId, painted(page));
        runs.push({ open, readyAfterLoad: ready - loaded });
        opts.log(
          `  ${String(i).padStart(2)} ready ahead: first open ${open.total.toFixed(0)} ms (answer ${open.answer.toFixed(0)}, from the click ${open.fromClick.toFixed(0)})  ready ${(ready - loaded).toFixed(0)} ms after load`,
        );
      } catch (e) {
        opts.log(`  ${String(i).padStart(2)} ready ahead: ${e instanceof Error ? e.message : String(e)}`);
      } finally {
        await page.close().catch(() => undefined);
      }
    }
  } finally {
    await toolbar.close();
    await browser.close();
  }
  return runs;
}
