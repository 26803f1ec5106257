/**
 * Issue 7 (memory) in real Chromium with the built extension: outlining a page leaves nothing
 * behind in the offscreen document. Chromium 156 never frees a parsed document that holds a
 * `<source media=…>`, a `<video>` or an `<audio>`; before lib/extract/reparse.ts
 * withoutParseHazards every outline of such a page kept both of its documents (the parsed copy
 * and Readability's clone) alive for the offscreen document's life.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  launchOnPages,
  offscreenDocuments,
  outlineFrom,
  SHARED,
  tabIdOf,
  type Launched,
  type Served,
} from './harness';

/** Real saved pages, each with what Chromium keeps a parsed document for. */
const PAGES: Record<string, string> = {
  // 14 <source media=…> (WIRED Japan)
  '/source-media.html': join(SHARED, 'data/ja-news/pages/04-wired-helvetica-now.html'),
  // a <video> in a breaking-news bar
  '/video.html': join(
    SHARED,
    'data/extraction-benchmark/html/2c46804d9db4a85e8f8d31128ce0e11d02f25c7120c2faa5ec0664c604a47717.html.gz',
  ),
};

let l: Launched;
let server: Served;
let ui: Page;

let close = async () => {};

beforeAll(async () => {
  ({ l, server, ui, close } = await launchOnPages(PAGES));
});

afterAll(() => close());

const outline = (tabId: number) => outlineFrom(ui, tabId);

test.each(Object.keys(PAGES))(
  '%s outlined again and again keeps no document in the offscreen document',
  async (path) => {
    const page = await l.context.newPage();
    await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
    const tabId = await tabIdOf(l, page);
    // The first outline opens the offscreen document and warms it; count from there.
    expect((await outline(tabId)).ok).toBe(true);
    const before = await offscreenDocuments(l);
    for (let i = 0; i < 4; i++) expect((await outline(tabId)).ok).toBe(true);
    // Each outline parses the page afresh (force); with the retention, 8 more documents here.
    expect(await offscreenDocuments(l)).toBeLessThanOrEqual(before);
    await page.close();
  },
);
