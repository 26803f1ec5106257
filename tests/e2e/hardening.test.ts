/**
 * Issue 8 in real Chromium with the built extension: pages that fight back still give an
 * outline or a clear message and keep working; page text never runs as markup in Lede's
 * pages; forged and malformed messages get a typed error without killing the worker; and
 * nothing leaves the device while outlining and copying.
 */
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { HOSTILE, IFRAME_HOST, PLAIN } from './hostile-pages';
import { launch, openExtensionPage, serve, tabIdOf, type Launched, type Served } from './harness';

let l: Launched;
let server: Served;
const requests: string[] = [];

/** A page whose title, byline and paragraphs carry markup and script URLs as text. */
const XSS = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>&lt;img src=x onerror="window.top.__xss=1;alert(1)"&gt; Council approves budget</title>
<meta name="author" content="&lt;script&gt;alert('byline')&lt;/script&gt;">
</head><body><article><h1>&lt;img src=x onerror=alert(1)&gt; Council approves budget</h1>
${Array.from(
  { length: 8 },
  (_, i) =>
    `<p>The council approved the budget on Tuesday after a long debate, officials said &lt;img src=x onerror=alert(${i})&gt; and &lt;a href="javascript:alert(${i})"&gt;this link&lt;/a&gt; were quoted in the minutes of meeting ${i}. Critics said the plan would raise taxes next year.</p>`,
).join('\n')}
</article></body></html>`;

/** Past lib/guard's element bound: a page of 40,000 short paragraphs. */
const HUGE_PARAGRAPHS = 40_000;
const HUGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Huge</title></head><body><article>${'<p>The council met again today and talked about the budget.</p>'.repeat(HUGE_PARAGRAPHS)}</article></body></html>`;

beforeAll(async () => {
  const routes: Parameters<typeof serve>[0] = {
    '/hostile/plain': () => ({ body: PLAIN }),
    '/hostile/iframe': () => ({ body: IFRAME_HOST }),
    '/xss.html': () => ({ body: XSS }),
    '/huge.html': () => ({ body: HUGE }),
  };
  for (const [name, page] of Object.entries(HOSTILE))
    routes[`/hostile/${name}`] = () => ({ body: page.body, headers: page.headers });
  server = await serve(routes);
  l = await launch();
  await l.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  l.context.on('request', (r: Request) => requests.push(r.url()));
});

afterAll(async () => {
  await l?.close();
  await server?.close();
});

async function openPage(path: string): Promise<{ page: Page; tabId: number }> {
  const page = await l.context.newPage();
  await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
  return { page, tabId: await tabIdOf(l, page) };
}

/** The popup for a tab once it shows an outline or a reason; which one it shows. */
async function popupFor(tabId: number): Promise<{ popup: Page; shows: 'outline' | 'reason' }> {
  const popup = await openExtensionPage(l, 'popup.html', tabId);
  await popup.locator('main, [role=alert]').first().waitFor({ timeout: 30_000 });
  const shows = (await popup.locator('main').count()) ? 'outline' : 'reason';
  return { popup, shows };
}

describe('pages that fight back', () => {
  test.each(Object.entries(HOSTILE))('%s: outline, and the page keeps working', async (name, spec) => {
    const { page, tabId } = await openPage(`/hostile/${name}`);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const { popup, shows } = await popupFor(tabId);
    if (spec.outline) {
      expect(shows).toBe('outline');
      expect(await popup.locator('section.section .point').count()).toBeGreaterThan(0);
    } else {
      expect((await popup.getByRole('alert').textContent())!.length).toBeGreaterThan(0);
    }
    expect(await page.evaluate(() => (window as unknown as { __pageOk(): boolean }).__pageOk())).toBe(true);
    expect(errors.filter((e) => /lede/i.test(e))).toEqual([]);
    await popup.close();
    await page.close();
  });

  test('an enormous page gets the clear "too large" reason and keeps working', async () => {
    const { page, tabId } = await openPage('/huge.html');
    const { popup, shows } = await popupFor(tabId);
    expect(shows).toBe('reason');
    expect(await popup.getByRole('alert').getAttribute('data-code')).toBe('too-large');
    expect(await page.evaluate(() => document.querySelectorAll('p').length)).toBe(HUGE_PARAGRAPHS);
    await popup.close();
    await page.close();
  });

  test('an article shown inside an iframe gets an outline or a clear message', async () => {
    const { page, tabId } = await openPage('/hostile/iframe');
    const { popup, shows } = await popupFor(tabId);
    // The top page holds no text of its own: its reason is that one (any alert passed before,
    // "the page did not answer" and an internal failure too).
    if (shows === 'reason') expect(await popup.getByRole('alert').getAttribute('data-code')).toBe('empty');
    else expect(await popup.locator('section.section').count()).toBe(4);
    await popup.close();
    await page.close();
  });
});

describe('page text is only ever text', () => {
  test('markup and javascript: URLs in title, byline and paragraphs never run or render', async () => {
    const { page, tabId } = await openPage('/xss.html');
    const dialogs: string[] = [];
    l.context.on('page', (p) => p.on('dialog', (d) => dialogs.push(d.message())));
    page.on('dialog', (d) => dialogs.push(d.message()));
    const { popup, shows } = await popupFor(tabId);
    popup.on('dialog', (d) => dialogs.push(d.message()));
    expect(shows).toBe('outline');
    expect(await popup.locator('h1').textContent()).toContain('<img');
    expect(await popup.locator('main img, main script, main iframe').count()).toBe(0);
    const hrefs = await popup
      .locator('a[href]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    for (const href of hrefs) expect(href.toLowerCase()).not.toMatch(/^\s*javascript:/);
    // The rich copy of this outline pastes as structure, never as live markup.
    await popup.getByRole('button', { name: /copy/i }).first().click();
    await popup.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    expect(await popup.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    await popup.close();
    await page.close();
  });
});

describe('messages', () => {
  /** Sends a raw message in @webext-core/messaging's wire format from an extension page. */
  async function raw(from: Page, message: unknown): Promise<unknown> {
    return from.evaluate(
      (m) =>
        new Promise((done) =>
          chrome.runtime.sendMessage(m, (r) => done(r ?? chrome.runtime.lastError?.message ?? null)),
        ),
      message,
    );
  }

  test('forged and malformed messages get a typed error and the worker keeps working', async () => {
    const { page, tabId } = await openPage('/hostile/plain');
    const ui = await openExtensionPage(l, 'options.html');
    const bad: unknown[] = [
      { id: 1, type: 'outline', data: { tabId: 'not a number' }, timestamp: Date.now() },
      { id: 2, type: 'outline', data: { tabId, extra: '<script>' }, timestamp: Date.now() },
      { id: 3, type: 'outline', data: null, timestamp: Date.now() },
      { id: 4, type: 'highlight', data: { tabId, refs: Array(5000).fill({}) }, timestamp: Date.now() },
      {
        id: 5,
        type: 'show',
        data: { tabId, ref: { paragraphId: 1, domIndex: 'x', text: {} } },
        timestamp: Date.now(),
      },
    ];
    for (const m of bad) {
      const reply = (await raw(ui, m)) as { res?: { ok: boolean; error?: { code: string } } };
      expect(reply?.res?.ok).toBe(false);
      expect(reply?.res?.error?.code).toBeTypeOf('string');
    }
    // Junk that is not even a protocol message is ignored, not a crash.
    await raw(ui, 'junk');
    await raw(ui, { type: 42 });
    const ok = (await raw(ui, { id: 9, type: 'outline', data: { tabId }, timestamp: Date.now() })) as {
      res?: { ok: boolean };
    };
    expect(ok?.res?.ok).toBe(true);
    await ui.close();
    await page.close();
  });
});

describe('a stopped service worker', () => {
  test('stopping the worker in the middle of an outline ends in an answer, and the next click works', async () => {
    const { page, tabId } = await openPage('/hostile/plain');
    const popup = await openExtensionPage(l, 'popup.html', tabId);
    // Stop every service worker while the outline is under way (DevTools' "Stop").
    const cdp = await l.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await popup.locator('main, [role=alert]').first().waitFor({ timeout: 40_000 });
    await popup.close();
    // The next click: the worker starts again and outlines the page.
    const again = await popupFor(tabId);
    expect(again.shows).toBe('outline');
    // Nothing half-written: every stored value is readable JSON-compatible data.
    const stored = await again.popup.evaluate(() => chrome.storage.local.get(null));
    for (const value of Object.values(stored)) expect(value).not.toBeUndefined();
    await again.popup.close();
    await page.close();
  });
});

describe('privacy', () => {
  test('outlining and copying make no request beyond the served page and the extension', async () => {
    requests.length = 0;
    const { page, tabId } = await openPage('/hostile/plain');
    const { popup } = await popupFor(tabId);
    await popup
      .getByRole('button', { name: /コピー|copy/i })
      .first()
      .click();
    await popup.locator('section.section .point a').first().click();
    await popup.waitForTimeout(500);
    const outside = requests.filter(
      (u) =>
        !u.startsWith(server.origin) &&
        !u.startsWith(`chrome-extension://${l.extensionId}/`) &&
        !u.startsWith('data:'),
    );
    expect(outside).toEqual([]);
    expect(requests.length).toBeGreaterThan(0); // the recorder works: the page itself was seen
    await popup.close();
    await page.close();
  });
});
