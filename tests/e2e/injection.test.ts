/**
 * The first open's injection in real Chromium (issue 7): the injected content script opens its
 * own capture port and starts its copy at once (lib/page/capture-port.ts startCapture), and the
 * worker takes that port only for a tab it is injecting into (lib/worker/capture-port.ts capturePorts). A
 * second instance replaces the first; an injection nobody waits for leaves the next outline
 * working; the page-wide `message` listeners of the reader's page hear nothing from Lede.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchOnPages, outlineFrom, ROOT, tabIdOf, type Launched } from './harness';
import type { Page } from 'playwright-core';

let l: Launched;
let ui: Page;
let origin: string;
let close: () => Promise<void>;

beforeAll(async () => {
  const launched = await launchOnPages({ '/seed.html': join(ROOT, 'tests/fixtures/seed/source.html') });
  ({ l, ui, close } = launched);
  origin = launched.server.origin;
});

afterAll(async () => close?.());

/** Runs the content script in the tab again, as an older copy of the worker or a race would. */
const injectAgain = (tabId: number) =>
  l.worker.evaluate(
    (id: number) =>
      chrome.scripting
        .executeScript({ target: { tabId: id }, files: ['/content-scripts/content.js'] })
        .then(() => true),
    tabId,
  );

test('a fresh page is outlined from the copy its injected script offers, and again after a second instance', async () => {
  const page = await l.context.newPage();
  await page.goto(`${origin}/seed.html`, { waitUntil: 'load' });
  await page.evaluate(() => {
    (window as unknown as { heard: unknown[] }).heard = [];
    addEventListener('message', (e) => (window as unknown as { heard: unknown[] }).heard.push(e.data));
  });
  const tabId = await tabIdOf(l, page);
  const first = await outlineFrom(ui, tabId);
  expect(first.ok).toBe(true);
  // Nobody waits for this instance's port: the worker closes it, and the instance replaces the
  // first one (its listeners and its capture port), so the next outline is answered once, fully.
  expect(await injectAgain(tabId)).toBe(true);
  const second = await outlineFrom(ui, tabId);
  expect(second.ok).toBe(true);
  if (first.ok && second.ok) expect(second.value.sections).toEqual(first.value.sections);
  expect(await page.evaluate(() => (window as unknown as { heard: unknown[] }).heard)).toEqual([]);
  await page.close();
});

test('a tab the worker knew, reloaded, gets a new script and its outline', async () => {
  const page = await l.context.newPage();
  await page.goto(`${origin}/seed.html`, { waitUntil: 'load' });
  const tabId = await tabIdOf(l, page);
  expect((await outlineFrom(ui, tabId)).ok).toBe(true);
  await page.reload({ waitUntil: 'load' });
  expect((await outlineFrom(ui, tabId)).ok).toBe(true);
  await page.close();
});
