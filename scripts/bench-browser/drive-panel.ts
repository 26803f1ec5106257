/**
 * Outlines in the side panel one after another, driven from inside the panel (issue 7,
 * memory): one `evaluate` for a whole run, so no Playwright code runs in the panel per
 * outline. Playwright's locators run in the panel's own heap (a utility world of the same
 * isolate), and their compiled code grew with every outline the bench drove through them:
 * that growth was the harness's, not Lede's.
 *
 * Each outline: the article tab loads the next URL (when there is more than one), then the
 * panel's reload button is clicked and the panel settles (an outline or a reason on screen).
 */
import type { Page } from 'playwright-core';
import { openExtensionPage, serve, tabIdOf, type Launched, type Served } from '../../tests/e2e/harness';
import { step } from './steps';

/** Per outline: a page load in the article tab, the worker's outline, the panel's render. */
const OUTLINE_MS = 30_000;

export interface PanelDrive {
  page: Page;
  /** The article tab the panel is pinned to (`sidepanel.html?tabId=N`). */
  tabId: number;
  /** The article URLs, loaded in turn; one URL: the same page outlined again (no load). */
  urls: string[];
  /**
   * The real side panel following the active tab (issue 5): no reload click; the panel
   * outlines each page the tab loads by itself, and an outline of `?n=i` (a link to it) ends
   * the wait. A page with no outline (a reason instead) ends it after FOLLOW_REASON_MS.
   */
  follow?: boolean;
}

/** Follow mode: how long a reason on screen must stay before the page counts as outlined. */
const FOLLOW_REASON_MS = 2_000;

/** Outlines `from` to `from + n - 1`; outline `i` is of `urls[i % urls.length]`, with `?n=i`. */
export function outlineInPanel(
  { page, tabId, urls, follow = false }: PanelDrive,
  from: number,
  n: number,
): Promise<void> {
  // A string, not a function: tsx keeps function names with a `__name` helper the page does
  // not have (as in popup.ts).
  return step(`side panel outlines ${from}–${from + n - 1}`, OUTLINE_MS * n, () =>
    page.evaluate(`(async () => {
      const tabId = ${tabId}, urls = ${JSON.stringify(urls)}, follow = ${follow};
      const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
      const settled = () => document.querySelector('.lede[aria-busy="false"] :is(main, [role=alert])');
      const load = (url) => new Promise((ok) => {
        const seen = (id, change) => {
          if (id !== tabId || change.status !== 'complete') return;
          chrome.tabs.onUpdated.removeListener(seen);
          ok();
        };
        chrome.tabs.onUpdated.addListener(seen);
        chrome.tabs.update(tabId, { url });
      });
      for (let i = ${from}; i < ${from + n}; i++) {
        // A new query each time: a new URL to the worker's cache and to the history.
        if (urls.length > 1) await load(urls[i % urls.length] + '?n=' + i);
        if (follow) {
          const since = Date.now();
          while (
            !document.querySelector('.lede main a[href*="?n=' + i + '#"]') &&
            !(document.querySelector('.lede [role=alert]') && Date.now() - since > ${FOLLOW_REASON_MS})
          )
            await sleep(5);
          continue;
        }
        const reload = [...document.querySelectorAll('button')].find((b) => /reload|再読み込み/i.test(b.textContent));
        if (!reload) throw new Error('the side panel has no reload button');
        reload.click();
        await sleep(0);
        while (!settled()) await sleep(5);
      }
    })()`),
  );
}

/**
 * The set-up every panel-driven bench script shares: `files` served from 127.0.0.1 (every other
 * host aborted: saved pages name ad and font hosts this closed network never answers), the first
 * one in an article tab, and the side panel pinned to that tab, settled.
 */
export async function panelOnServedPages(
  browser: Launched,
  files: string[],
): Promise<{ drive: PanelDrive; server: Served }> {
  const server = await serve(Object.fromEntries(files.map((f, i) => [`/p${i}.html`, f])));
  await browser.context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
  const urls = files.map((_, i) => `${server.origin}/p${i}.html`);
  const article = await browser.context.newPage();
  await article.goto(urls[0]);
  const tabId = await tabIdOf(browser, article);
  const page = await openExtensionPage(browser, 'sidepanel.html', tabId);
  await page.locator('.lede[aria-busy="false"] :is(main, [role=alert])').first().waitFor();
  return { drive: { page, tabId, urls }, server };
}
