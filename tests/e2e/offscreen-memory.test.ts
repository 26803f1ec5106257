/**
 * Issue 7 (memory) in real Chromium with the built extension: outlining a page leaves nothing
 * behind in the offscreen document. Chromium 156 never frees a parsed document that holds a
 * `<source media=…>`; ja-news 04-wired-helvetica-now has 14 of them, and before
 * lib/extract/reparse.ts withoutParseHazards every outline of it kept both of its documents (the
 * parsed copy and Readability's clone) alive for the offscreen document's life.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Outline, Result } from '../../lib/types';
import {
  launch,
  offscreenDocuments,
  openExtensionPage,
  serve,
  SHARED,
  tabIdOf,
  type Launched,
  type Served,
} from './harness';

let l: Launched;
let server: Served;
let ui: Page;

beforeAll(async () => {
  server = await serve({ '/wired.html': join(SHARED, 'data/ja-news/pages/04-wired-helvetica-now.html') });
  l = await launch();
  // Saved pages name hosts this closed network never answers: only the served page loads.
  await l.context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
  ui = await openExtensionPage(l, 'options.html');
});

afterAll(async () => {
  await l?.close();
  await server?.close();
});

function outline(tabId: number): Promise<Result<Outline>> {
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

test('outlining a page with <source media> again and again keeps no document in the offscreen document', async () => {
  const page = await l.context.newPage();
  await page.goto(`${server.origin}/wired.html`, { waitUntil: 'load' });
  const tabId = await tabIdOf(l, page);
  // The first outline opens the offscreen document and warms it; count from there.
  expect((await outline(tabId)).ok).toBe(true);
  const before = await offscreenDocuments(l);
  for (let i = 0; i < 4; i++) expect((await outline(tabId)).ok).toBe(true);
  // Each outline parses the page afresh (force); with the retention, 8 more documents here.
  expect(await offscreenDocuments(l)).toBeLessThanOrEqual(before);
  await page.close();
});
