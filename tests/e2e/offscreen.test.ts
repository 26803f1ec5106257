/**
 * Issues 6 and 7 in real Chromium with the built extension: the page is captured as HTML in the
 * tab and extracted off it, in the offscreen document. What the reader sees must not change for
 * it: every paragraph still points at its element in the live page (Paragraph.domIndex, used by
 * scroll-to, highlights and role markers), on real pages full of <noscript> (which a parser
 * without scripting reads as markup), Shift_JIS and ruby; the live page is left as it was; and
 * the offscreen document answers only the extension.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Result } from '../../lib/types';
import { launchOnPages, outlineFrom, ROOT, SHARED, tabIdOf, type Launched, type Served } from './harness';

const JA = join(SHARED, 'data/ja-news/pages');
const BENCH = join(SHARED, 'data/extraction-benchmark/html');
/** Real saved pages, chosen for what a re-parsed copy could get wrong. */
const PAGES: Record<string, string> = {
  // the seed article, with its headings
  '/seed.html': join(ROOT, 'tests/fixtures/seed/source.html'),
  // 21 <noscript> blocks before and around the article (Yahoo! News Japan)
  '/ja-noscript.html': join(JA, '19-yahoo-cnet-trendmicro-wifi.html'),
  // Shift_JIS
  '/ja-sjis.html': join(JA, '03-itmedia-apple-event-p1.html'),
  // ruby furigana (NHK News Web Easy)
  '/ja-ruby.html': join(JA, '20-nhk-easy-taibatsu.html'),
  // the benchmark pages with the most <noscript> blocks (27 and 24)
  '/en-noscript-1.html': join(
    BENCH,
    '88c328b68b038a625b4b3f8c322215caa30b0e88af0754bd71056ffc15c7b4b7.html.gz',
  ),
  '/en-noscript-2.html': join(
    BENCH,
    '5fbc7ccb504c755ae23a85499a17518483d7862b74b4a5c34d86ede1a1a4448e.html.gz',
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

describe('extraction off the page', () => {
  test.each(Object.keys(PAGES))(
    '%s: every paragraph points at its element in the live page',
    async (path) => {
      const page = await l.context.newPage();
      await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
      const before = await page.evaluate(() => document.documentElement.outerHTML);
      const r = await outline(await tabIdOf(l, page));
      expect(r.ok, JSON.stringify(!r.ok && r.error)).toBe(true);
      if (!r.ok) return;
      const refs = r.value.paragraphs.filter((p) => p.domIndex >= 0);
      expect(refs.length).toBeGreaterThan(3);
      // The element at each index, read in the live page: its tag, and whether its text holds the
      // paragraph's opening words (ruby readings are in the page's text but not the paragraph's,
      // so the words are looked for with them taken out).
      const found = await page.evaluate(
        (refs) => {
          const all = document.querySelectorAll('*');
          const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
          return refs.map(({ domIndex, tag, text }) => {
            const el = all[domIndex];
            if (!el) return { tag: null, holds: false };
            const copy = el.cloneNode(true) as Element;
            copy.querySelectorAll('rt, rp').forEach((x) => x.remove());
            return {
              tag: el.tagName.toLowerCase(),
              expected: tag,
              holds: collapse(copy.textContent ?? '').includes(collapse(text).slice(0, 12)),
            };
          });
        },
        refs.map(({ domIndex, tag, text }) => ({ domIndex, tag, text })),
      );
      // Readability turns a <div> of text into a <p> (its _setNodeTag), which keeps the div's index.
      for (const f of found) expect(f.tag === 'div' && f.expected === 'p' ? 'p' : f.tag).toBe(f.expected);
      expect(found.filter((f) => !f.holds)).toEqual([]);
      // Capturing reads the page and never changes it.
      expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
      await page.close();
    },
  );

  test('an offscreen document closed since the last outline is opened again', async () => {
    const page = await l.context.newPage();
    await page.goto(`${server.origin}/seed.html`, { waitUntil: 'load' });
    const tabId = await tabIdOf(l, page);
    expect((await outline(tabId)).ok).toBe(true);
    await l.worker.evaluate(() => chrome.offscreen.closeDocument());
    const again = await outline(tabId);
    expect(again.ok, JSON.stringify(!again.ok && again.error)).toBe(true);
    await page.close();
  });

  test('the offscreen document is replaced by a fresh one after 50 extractions (what Chromium keeps there is freed)', async () => {
    const page = await l.context.newPage();
    await page.goto(`${server.origin}/seed.html`, { waitUntil: 'load' });
    const tabId = await tabIdOf(l, page);
    expect((await outline(tabId)).ok).toBe(true);
    const contextId = () =>
      l.worker.evaluate(async () => {
        const [c] = await chrome.runtime.getContexts({
          contextTypes: ['OFFSCREEN_DOCUMENT' as chrome.runtime.ContextType],
        });
        return c?.contextId ?? null;
      });
    const first = await contextId();
    expect(first).not.toBeNull();
    const seen = new Set<string | null>([first]);
    for (let i = 0; i < 50; i++) {
      const r = await outline(tabId);
      expect(r.ok).toBe(true);
      seen.add(await contextId());
    }
    // One document closed on the 50th extraction, and a fresh one answered the next.
    expect([...seen].filter((c) => c !== null).length).toBeGreaterThanOrEqual(2);
    await page.close();
  });

  test('the offscreen document refuses a content script that opens its port', async () => {
    const page = await l.context.newPage();
    await page.goto(`${server.origin}/seed.html`, { waitUntil: 'load' });
    const tabId = await tabIdOf(l, page);
    await outline(tabId); // the offscreen document is open now
    // What a content script could do: runtime.connect reaches every extension page, the
    // offscreen document included, with the tab as the port's sender.
    const answer = await l.worker.evaluate(async (tabId: number) => {
      const [result] = await chrome.scripting.executeScript({
        target: { tabId },
        world: 'ISOLATED',
        func: () =>
          new Promise((ok) => {
            const port = chrome.runtime.connect({ name: 'lede:extract' });
            port.onMessage.addListener((m) => ok({ message: m }));
            port.onDisconnect.addListener(() => setTimeout(() => ok({ closed: true }), 100));
            port.postMessage({ id: 7, html: '<p>x</p>', url: 'https://a.example/' });
          }),
      });
      return result.result as { message?: { id: number; result: Result<unknown> }; closed?: boolean };
    }, tabId);
    expect(answer?.message).toMatchObject({
      id: 7,
      result: { ok: false, error: { code: 'internal', message: expect.stringContaining('unknown sender') } },
    });
    // The worker's own port still answers.
    expect((await outline(tabId)).ok).toBe(true);
    await page.close();
  });

  test('the HTML is no longer broadcast: an open extension page receives no message carrying it', async () => {
    const page = await l.context.newPage();
    await page.goto(`${server.origin}/ja-noscript.html`, { waitUntil: 'load' });
    const tabId = await tabIdOf(l, page);
    await ui.evaluate(() => {
      const seen: number[] = [];
      (window as unknown as { seen: number[] }).seen = seen;
      chrome.runtime.onMessage.addListener((m: unknown) => void seen.push(JSON.stringify(m).length));
    });
    expect((await outline(tabId)).ok).toBe(true);
    const seen = await ui.evaluate(() => (window as unknown as { seen: number[] }).seen);
    expect(seen.filter((n) => n > 10_000)).toEqual([]);
    await page.close();
  });
});

describe('a copy parsed as its parts come (issue 7: the first open)', () => {
  test.each(Object.keys(PAGES))(
    '%s: the Article of the parts, at any cut, is the Article of the whole copy',
    async (path) => {
      const page = await l.context.newPage();
      await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
      expect((await outline(await tabIdOf(l, page))).ok).toBe(true); // the offscreen document is open
      // The page as the content script copies it (the next test holds the copy to this).
      const html = await page.evaluate(() => {
        const root = document.documentElement.cloneNode(true) as Element;
        for (const el of Array.from(root.querySelectorAll('script, style')))
          if (
            el.localName === 'style' ||
            el.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json'
          )
            el.textContent = '';
        return (document.compatMode === 'CSS1Compat' ? '<!DOCTYPE html>' : '') + root.outerHTML;
      });
      const url = page.url();
      // The worker's messages on the offscreen document's port, sent from an extension page:
      // the whole copy once, then its parts cut every 16384 characters (the capture's parts)
      // and every 997 (cuts inside tags, attributes and characters' escapes).
      const answers = await ui.evaluate(
        ({ html, url }) =>
          new Promise<string[]>((ok) => {
            const port = chrome.runtime.connect({ name: 'lede:extract' });
            const got = new Map<number, string>();
            port.onMessage.addListener((m: { id: number }) => {
              got.set(m.id, JSON.stringify(m));
              if (got.size === 3) ok([1, 2, 3].map((id) => got.get(id)!.replace(`"id":${id}`, '')));
            });
            port.postMessage({ id: 1, html, url });
            [16384, 997].forEach((size, k) => {
              for (let at = 0; at < html.length; at += size)
                port.postMessage({ copy: k, part: html.slice(at, at + size) });
              port.postMessage({ id: 2 + k, copy: k, url });
            });
          }),
        { html, url },
      );
      expect(answers[0]).toContain('"ok":true');
      expect(answers[1]).toBe(answers[0]);
      expect(answers[2]).toBe(answers[0]);
      await page.close();
    },
  );
});

describe('the copy of the page (issue 7: taken in slices)', () => {
  test.each(Object.keys(PAGES))(
    "%s: the sliced copy is exactly the page's outerHTML, script and style texts left out",
    async (path) => {
      const page = await l.context.newPage();
      await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
      const tabId = await tabIdOf(l, page);
      expect((await outline(tabId)).ok).toBe(true); // the content script is in the tab now
      // The page's outerHTML with the code emptied (lib/page/capture.ts codeNotContent), on a clone.
      const expected = await page.evaluate(() => {
        const root = document.documentElement.cloneNode(true) as Element;
        for (const el of Array.from(root.querySelectorAll('script, style')))
          if (
            el.namespaceURI === 'http://www.w3.org/1999/xhtml' &&
            (el.localName === 'style' ||
              el.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json')
          )
            el.textContent = '';
        return (document.compatMode === 'CSS1Compat' ? '<!DOCTYPE html>' : '') + root.outerHTML;
      });
      // The worker's side of the capture port, by hand: the parts joined.
      const copy = await l.worker.evaluate(
        (tabId: number) =>
          new Promise<{ html: string; parts: number; done: unknown }>((ok, fail) => {
            const parts: string[] = [];
            const port = chrome.tabs.connect(tabId, { name: 'lede:capture', frameId: 0 });
            port.onMessage.addListener((m: { part?: string; done?: unknown }) => {
              if (typeof m.part === 'string') parts.push(m.part);
              else ok({ html: parts.join(''), parts: parts.length, done: m.done });
            });
            port.onDisconnect.addListener(() => fail(new Error('closed before the end')));
            port.postMessage({ known: null });
          }),
        tabId,
      );
      expect(copy.done).toMatchObject({ ok: true, value: { chars: expected.length } });
      expect(
        copy.html === expected,
        `copy differs from outerHTML at ${firstDifference(copy.html, expected)}`,
      ).toBe(true);
      await page.close();
    },
  );
});

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `${i}: ${JSON.stringify(a.slice(i - 40, i + 40))} vs ${JSON.stringify(b.slice(i - 40, i + 40))}`;
}
