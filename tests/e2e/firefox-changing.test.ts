/**
 * Pages that change while they are read, and pages that fight back, in real Firefox (the
 * Chromium tests: hardening.test.ts, popup.test.ts "a page that changed after the outline").
 * Firefox runs the content script in a sandbox of its own over the page (Xray vision), not
 * Chrome's isolated world: the page's overridden built-ins, its rewriting itself every 5 ms and
 * its strict CSP must still give an outline and leave the page working; an edit after the
 * outline gives the new outline on the next open, not the one kept; a point whose paragraph
 * went away (removed in place, or the tab moved on) says so instead of scrolling.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT, serve, type Served } from './harness';
import { HOSTILE } from './hostile-pages';
import { launchFirefox, type Context, type LaunchedFirefox } from './firefox/launch';

const SEED = join(ROOT, 'tests/fixtures/seed/source.html');
const LISTING = join(ROOT, 'tests/fixtures/non-articles/shell-news-sky.html');
const NOT_ON_PAGE = 'That paragraph is no longer on the page.';

let ff: LaunchedFirefox;
let server: Served;

beforeAll(async () => {
  const routes: Parameters<typeof serve>[0] = { '/seed.html': SEED, '/listing.html': LISTING };
  for (const [name, page] of Object.entries(HOSTILE))
    routes[`/hostile/${name}`] = () => ({ body: page.body, headers: page.headers });
  server = await serve(routes);
  ff = await launchFirefox();
});

afterAll(async () => {
  await ff?.close();
  await server?.close();
});

const openArticle = (path: string) => ff.openPage(`${server.origin}${path}`);
const popupFor = (tabId: number) => ff.uiFor(tabId);

/**
 * The page's own check (hostile-pages.ts), its boolean read by BiDi itself: the `evaluate`
 * helper passes values through the page's JSON, which one of these pages replaces.
 */
async function pageOk(page: Context): Promise<unknown> {
  const r = await ff.bidi.send<{ result?: { type: string; value?: unknown } }>('script.evaluate', {
    expression: 'window.__pageOk()',
    target: { context: page },
    awaitPromise: false,
  });
  return r.result?.value;
}

const close = (context: Context) => ff.bidi.send('browsingContext.close', { context });

describe('pages that fight back, in Firefox', () => {
  test.each(Object.entries(HOSTILE))('%s: outlined, and the page keeps working', async (name, spec) => {
    const { page, tabId } = await openArticle(`/hostile/${name}`);
    await ff.activate(page);
    const popup = await popupFor(tabId);
    if (spec.outline) {
      expect(
        await ff.evaluate(popup, `document.querySelector('[role=alert]')?.textContent ?? null`),
      ).toBeNull();
      expect(
        await ff.evaluate<number>(popup, `document.querySelectorAll('section.section .point').length`),
      ).toBeGreaterThan(0);
    } else {
      expect(await ff.evaluate<string>(popup, `document.querySelector('[role=alert]').textContent`)).not.toBe(
        '',
      );
    }
    expect(await pageOk(page)).toBe(true);
    await close(popup);
    await close(page);
  });
});

describe('a page that changes while it is read, in Firefox', () => {
  test('an edit after the outline gives the new outline on the next open, not the one kept', async () => {
    const { page, tabId } = await openArticle('/seed.html');
    await ff.activate(page);
    const first = await popupFor(tabId);
    const before = await ff.evaluate<string>(first, `document.querySelector('h1').textContent`);
    expect(before).toBe(await ff.evaluate(page, 'document.title'));
    await close(first);
    // The site's script retitles the story.
    const retitled = 'アラスカ会談、停戦合意に至らず';
    await ff.evaluate(
      page,
      `(() => {
        document.title = ${JSON.stringify(retitled)};
        document.querySelector('h1').textContent = ${JSON.stringify(retitled)};
        return true;
      })()`,
    );
    await ff.activate(page);
    const again = await popupFor(tabId);
    await ff.waitFor(again, `document.querySelector('h1').textContent === ${JSON.stringify(retitled)}`);
    await close(again);
  });

  test('a point whose paragraph the page removed says so instead of scrolling', async () => {
    const { page, tabId } = await openArticle('/seed.html');
    await ff.activate(page);
    const popup = await popupFor(tabId);
    const text = await ff.evaluate<string>(
      popup,
      `document.querySelector('section.section .point a').textContent`,
    );
    const removed = await ff.evaluate<number>(
      page,
      `(() => {
        const gone = [...document.querySelectorAll('p, li, blockquote')].filter((e) => e.textContent.includes(${JSON.stringify(text.slice(0, 20))}));
        gone.forEach((e) => e.remove());
        return gone.length;
      })()`,
    );
    expect(removed).toBeGreaterThan(0);
    await ff.evaluate(page, `window.scrollTo(0, 0)`);
    await ff.evaluate(popup, `(document.querySelector('section.section .point a').click(), true)`);
    expect(await ff.waitFor(popup, `document.querySelector('[role=status]')?.textContent`)).toBe(NOT_ON_PAGE);
    // The page was not scrolled to some other paragraph instead.
    expect(await ff.evaluate(page, `window.scrollY`)).toBe(0);
    await close(popup);
    await close(page);
  });

  test('a point whose tab moved on to another page says so', async () => {
    const { page, tabId } = await openArticle('/seed.html');
    await ff.activate(page);
    const popup = await popupFor(tabId);
    const next = `${server.origin}/listing.html`;
    await ff.bidi.send('browsingContext.navigate', { context: page, url: next, wait: 'none' });
    await ff.waitFor(page, `location.href === ${JSON.stringify(next)} && document.readyState === 'complete'`);
    await ff.evaluate(popup, `(document.querySelector('section.section .point a').click(), true)`);
    expect(await ff.waitFor(popup, `document.querySelector('[role=status]')?.textContent`)).toBe(NOT_ON_PAGE);
    await close(popup);
    await close(page);
  });
});
