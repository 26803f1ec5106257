/**
 * Issue 7, outlines ready before the click (lib/ahead.ts), in real Chromium with the built
 * extension: off by default with no script registered; turned on in the options, a page that may
 * be an article is outlined once it is on screen, before any click, and kept out of the history
 * until the reader opens it; the toolbar popup then shows it with no second extraction; a
 * contents page is left alone; turned off, the script is gone.
 *
 * The build gets `<all_urls>` in its manifest here: it stands for the reader granting the
 * optional permission that the options page asks for (harness.ts testCopy says why a test
 * cannot click the browser's own prompt).
 *
 * Not here: a tab opened in the background waits until it is shown (lib/page/shown.ts, unit
 * tested). Headless Chromium reports every tab, active or not, as visible (measured: an inactive
 * tab's `document.visibilityState` is 'visible' there), so no headless test can tell.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  launch,
  openExtensionPage,
  openToolbarPopup,
  ROOT,
  serve,
  tabIdOf,
  type Launched,
  type Served,
} from './harness';

const SEED = join(ROOT, 'tests/fixtures/seed/source.html');
const CONTENTS = join(ROOT, 'tests/fixtures/non-articles/docs-nodejs-api-index.html');
const OPTION = 'Have the outline ready before I click';

let l: Launched;
let server: Served;
let options: Page;
let opened = 0;

beforeAll(async () => {
  server = await serve({ '/seed.html': SEED, '/contents.html': CONTENTS });
  l = await launch({ hosts: ['<all_urls>'] });
  options = await openExtensionPage(l, 'options.html');
}, 60_000);

afterAll(async () => {
  await l?.close();
  await server?.close();
});

/** The ids of the content scripts the extension has registered (the ahead script's is `lede-ahead`). */
const registered = () =>
  options.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id));

/** The tab's last outline as the worker kept it for the popup (lib/worker/last.ts lastOutlines). */
const kept = (tabId: number) =>
  options.evaluate(
    async (key) =>
      (await chrome.storage.session.get(key))[key] as { url: string; result: { ok: boolean } } | undefined,
    `lede:last:${tabId}`,
  );

const historyCount = () =>
  options.evaluate(
    async () =>
      Object.keys(await chrome.storage.local.get(null)).filter((k) => k.startsWith('lede:history:')).length,
  );

async function poll<T>(
  read: () => Promise<T>,
  done: (v: T) => boolean,
  what: string,
  ms = 20_000,
): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await read();
    if (done(v)) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The service worker now running (the test stops it once: a new one starts on the next event). */
async function liveWorker(): Promise<void> {
  for (const w of l.context.serviceWorkers().reverse())
    if (await w.evaluate(() => true).catch(() => false)) return void (l.worker = w);
  l.worker = await l.context.waitForEvent('serviceworker');
}

async function show(path: string): Promise<{ page: Page; tabId: number }> {
  const page = await l.context.newPage();
  await page.goto(`${server.origin}${path}?tab=${++opened}`, { waitUntil: 'load' });
  await page.bringToFront();
  await liveWorker();
  return { page, tabId: await tabIdOf(l, page) };
}

/** Longer than the worker's pause before it prepares a shown tab (lib/ahead.ts AHEAD_DELAY_MS) plus the work. */
const QUIET_MS = 3_000;

describe('outlines ready before the click', () => {
  test('are off by default: no script registered, no page read before a click', async () => {
    expect(await registered()).not.toContain('lede-ahead');
    const { page, tabId } = await show('/seed.html');
    await page.waitForTimeout(QUIET_MS);
    expect(await kept(tabId)).toBeUndefined();
    await page.close();
  });

  test('turned on, outline a shown article before the click, kept out of the history until opened', async () => {
    // The worker asleep, as it mostly is: the setting's change wakes it (its storage listener
    // from its last life), and at its start it registers the script (aheadScriptSync).
    const cdp = await l.context.newCDPSession(options);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await options.bringToFront();
    await options.getByRole('checkbox', { name: OPTION }).click();
    await poll(registered, (ids) => ids.includes('lede-ahead'), 'the ahead script to be registered');
    expect(await options.getByRole('checkbox', { name: OPTION }).isChecked()).toBe(true);

    const before = await historyCount();
    const { page, tabId } = await show('/seed.html');
    const entry = await poll(
      () => kept(tabId),
      (e) => e !== undefined,
      'the outline made ahead',
    );
    expect(entry!.result.ok).toBe(true);
    expect(entry!.url).toBe(page.url());
    expect(await historyCount()).toBe(before);

    const extracted = () =>
      l.worker.evaluate(() => performance.getEntriesByName('lede:extract').at(-1)?.startTime ?? null);
    const extractedAhead = await extracted();
    expect(extractedAhead).not.toBeNull();
    const { popup, detach } = await openToolbarPopup(l);
    try {
      await popup.locator('main').waitFor();
      expect(await popup.locator('section.section h2').count()).toBe(4);
      await popup.waitForFunction(() => performance.getEntriesByName('lede:answer-shown').length > 0);
      // The click read nothing again: its answer is the outline made ahead (the page unchanged).
      expect(await extracted()).toBe(extractedAhead);
    } finally {
      await detach();
    }
    await poll(historyCount, (n) => n === before + 1, 'the opened outline in the history');

    // A single-page app moves on to another article: that one is readied too.
    const next = `${server.origin}/seed.html?next=${opened}`;
    await page.evaluate((url) => {
      document.querySelector('h1')!.textContent = 'Another article on the same page';
      history.pushState(null, '', url);
    }, next);
    const moved = await poll(
      () => kept(tabId),
      (e) => e?.url === next,
      'the outline of the new address',
    );
    expect(moved!.result.ok).toBe(true);
    await page.close();
  });

  test('leave a page that is no article alone', async () => {
    const { page, tabId } = await show('/contents.html');
    await page.waitForTimeout(QUIET_MS);
    expect(await kept(tabId)).toBeUndefined();
    await page.close();
  });

  test('turned off, the script is unregistered', async () => {
    await options.bringToFront();
    await options.getByRole('checkbox', { name: OPTION }).click();
    await poll(registered, (ids) => !ids.includes('lede-ahead'), 'the ahead script to be unregistered');
  });
});
