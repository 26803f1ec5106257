/**
 * The first open's injection in real Chromium (issue 7): the injected capture script opens its
 * own capture port and starts its copy at once (lib/page/capture-port.ts startCapture), and the
 * worker takes that port only for a tab it is injecting into (lib/worker.ts capturePorts). A
 * second instance replaces the first; an injection nobody waits for leaves the next outline
 * working; the page-wide `message` listeners of the reader's page hear nothing from Lede. The
 * page script (scroll-to, highlights, markers, following) goes in once, after the outline.
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

/** Runs a script in the tab again, as an older copy of the worker or a race would. */
const injectAgain = (tabId: number, file = '/capture.js') =>
  l.worker.evaluate(
    ([id, f]) => chrome.scripting.executeScript({ target: { tabId: id }, files: [f] }).then(() => true),
    [tabId, file] as const,
  );

/**
 * The files the worker injects from now on, per tab, in order: its `executeScript` wrapped in
 * the worker (the extension calls it through the same `chrome.scripting` object).
 */
async function recordInjections(): Promise<(tabId: number) => Promise<string[]>> {
  await l.worker.evaluate(() => {
    const g = globalThis as unknown as { injected?: Record<number, string[]> };
    if (g.injected) return;
    g.injected = {};
    const real = chrome.scripting.executeScript.bind(chrome.scripting);
    chrome.scripting.executeScript = ((i: chrome.scripting.ScriptInjection<unknown[], unknown>) => {
      (g.injected![i.target.tabId] ??= []).push(...(i.files ?? ['(func)']));
      return real(i);
    }) as typeof chrome.scripting.executeScript;
  });
  return (tabId) =>
    l.worker.evaluate(
      (id) => (globalThis as unknown as { injected: Record<number, string[]> }).injected[id] ?? [],
      tabId,
    );
}

/** A message from an extension page to the worker, as the popup and side panel send it. */
const ask = (type: string, data: unknown) =>
  ui.evaluate(
    ([type, data]) =>
      new Promise((ok) =>
        chrome.runtime.sendMessage({ id: 1, type, timestamp: Date.now(), data }, (r: { res: unknown }) =>
          ok(r.res),
        ),
      ),
    [type, data] as const,
  );

test('the click injects the capture script alone; the page script follows the outline, once', async () => {
  const injected = await recordInjections();
  const page = await l.context.newPage();
  await page.goto(`${origin}/seed.html`, { waitUntil: 'load' });
  const tabId = await tabIdOf(l, page);
  const first = await outlineFrom(ui, tabId);
  expect(first.ok).toBe(true);
  if (!first.ok) return;
  expect((await injected(tabId))[0]).toBe('/capture.js');
  // The page script is injected after the outline's answer (for following the reader), once.
  await expect.poll(() => injected(tabId)).toEqual(['/capture.js', '/content-scripts/content.js']);
  const text = first.value.sections.flatMap((s) => s.points)[0]!.text;
  const ref = { paragraphId: 'p0', domIndex: -1, text };
  expect(await ask('highlight', { tabId, refs: [ref] })).toEqual({ ok: true, value: 1 });
  expect(await ask('show', { tabId, ref })).toEqual({ ok: true, value: null });
  // A re-open asks the scripts already there: nothing is injected again.
  expect((await outlineFrom(ui, tabId)).ok).toBe(true);
  expect(await injected(tabId)).toEqual(['/capture.js', '/content-scripts/content.js']);
  // A second page script replaces the first: its listeners answer once, and still answer.
  expect(await injectAgain(tabId, '/content-scripts/content.js')).toBe(true);
  expect(await ask('highlight', { tabId, refs: [] })).toEqual({ ok: true, value: 0 });
  await page.close();
});

test('a page the worker has a capture script in, but no page script yet, gets it on the first request', async () => {
  const injected = await recordInjections();
  const page = await l.context.newPage();
  await page.goto(`${origin}/seed.html`, { waitUntil: 'load' });
  const tabId = await tabIdOf(l, page);
  // Only the capture script, as between the click and the outline's answer.
  expect(await injectAgain(tabId)).toBe(true);
  expect(await ask('highlight', { tabId, refs: [] })).toEqual({ ok: true, value: 0 });
  expect(await injected(tabId)).toEqual(['/capture.js', '/content-scripts/content.js']);
  await page.close();
});

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
