/**
 * Firefox's sidebar as a live outline while reading (the Chromium side panel's tests,
 * sidepanel.test.ts, in real Firefox): the real sidebar, opened in the browser window as its
 * View → Sidebar menu does, outlines the active tab; scrolling the page lights up the point
 * being read and its section; a point's link brings its paragraph to the reading line; role
 * markers come and go without moving or leaving a trace in the page; the sidebar follows a
 * tab switch, a single-page-app navigation and a browser page it cannot read; the history
 * opens an outline kept. The sidebar is no tab BiDi reaches: firefox/launch.ts `inSidebar`
 * reads it from another add-on page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { EN_ARTICLE, ROOT, SPA_TO_EN_ARTICLE, serve, TEST_HOSTS, type Served } from './harness';
import { launchFirefox, onScreen, type Context, type LaunchedFirefox } from './firefox/launch';

const SEED = join(ROOT, 'tests/fixtures/seed/source.html');
const EN = EN_ARTICLE;

/** The seed article again under another title: a second article that loads at once. */
const SECOND_TITLE = 'アラスカ会談の続報';

let ff: LaunchedFirefox;
let server: Served;
let article: Context;
let articleTitle: string;

let opened = 0;
const urlOf = (path: string) => `${server.origin}${path}?tab=${++opened}`;

/** Polls `read` until it gives `want` (compared as JSON); fails with the last value read. */
async function until<T>(read: () => Promise<T>, want: T, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  let last: T | undefined;
  for (;;) {
    last = await read().catch(() => undefined);
    if (JSON.stringify(last) === JSON.stringify(want)) return;
    if (Date.now() > end) expect(last).toEqual(want);
    await new Promise((ok) => setTimeout(ok, 100));
  }
}

const sidebarTitle = () => ff.inSidebar<string | null>(`w.document.querySelector('h1')?.textContent ?? null`);
const sidebarSections = () =>
  ff.inSidebar<string[]>(`[...w.document.querySelectorAll('section.section h2')].map((h) => h.textContent)`);
/** The point the sidebar lights up as "you are here", or null. */
const herePoint = () =>
  ff.inSidebar<{ text: string; paragraph: string } | null>(
    `(() => {
      const a = w.document.querySelector('a[aria-current="location"]');
      return a && { text: a.textContent.trim(), paragraph: a.dataset.paragraph };
    })()`,
  );

/** Scrolls the page so the paragraph holding `needle` crosses the reading line (lib/page/reading.ts). */
const scrollToReadingLine = (page: Context, needle: string) =>
  ff.evaluate(
    page,
    `(() => {
      const el = [...document.querySelectorAll('p, li, blockquote')].find((e) => e.textContent.includes(${JSON.stringify(needle)}));
      if (!el) throw new Error('no element holds the point');
      window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.3 + 4);
      return true;
    })()`,
  );

beforeAll(async () => {
  server = await serve({
    '/seed.html': SEED,
    '/en.html': EN,
    '/seed-b.html': () => ({
      body: readFileSync(SEED, 'utf8').replace(/(<title>|<h1>)[^<]*/g, `$1${SECOND_TITLE}`),
      type: 'text/html; charset=utf-8',
    }),
  });
  // `<all_urls>`: the reader turned on "Follow the tab I am reading" (its optional permission,
  // granted at install here: no automation answers Firefox's prompt).
  ff = await launchFirefox({ hosts: [...TEST_HOSTS, '<all_urls>'] });
  article = await ff.openTab(urlOf('/seed.html'));
  articleTitle = await ff.evaluate<string>(article, 'document.title');
  await ff.activate(article);
  await ff.openSidebar();
  await ff.waitInSidebar(`w.document.querySelectorAll('section.section h2').length === 4`);
});

afterAll(async () => {
  await ff?.close();
  await server?.close();
});

describe('the sidebar in Firefox as a reading companion', () => {
  test('opens on the article in the active tab', async () => {
    expect(await sidebarTitle()).toBe(articleTitle);
    expect(await sidebarSections()).toEqual(['背景', '結果', '戦略', '展望']);
  });

  test('scrolling the article lights up the point being read, and its section', async () => {
    const links = await ff.inSidebar<{ id: string; text: string }[]>(
      `[...w.document.querySelectorAll('.point a[data-paragraph]')].map((a) => ({ id: a.dataset.paragraph, text: a.textContent.trim() }))`,
    );
    // The first point shown of each paragraph is the one lit there.
    const byParagraph = new Map<string, string>();
    for (const l of links) if (!byParagraph.has(l.id)) byParagraph.set(l.id, l.text);
    const order = [...byParagraph.keys()].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
    expect(order.length).toBeGreaterThan(2);
    for (const id of [order[0], order[2]]) {
      await scrollToReadingLine(article, byParagraph.get(id)!.slice(0, 20));
      await until(herePoint, { text: byParagraph.get(id)!, paragraph: id });
    }
    expect(
      await ff.inSidebar(
        `w.document.querySelectorAll('section.section.here a[aria-current="location"]').length`,
      ),
    ).toBe(1);
  });

  test("a point's link brings its paragraph to the reading line, the page's DOM unchanged", async () => {
    const first = await ff.inSidebar<{ text: string; paragraph: string }>(
      `(() => { const a = w.document.querySelector('section.section .point a'); return { text: a.textContent.trim(), paragraph: a.dataset.paragraph }; })()`,
    );
    const needle = first.text.slice(0, 20);
    await ff.evaluate(article, `window.scrollTo(0, document.body.scrollHeight)`);
    expect(await ff.inViewport(article, needle)).toBe(false);
    const before = await ff.evaluate<string>(article, `document.body.outerHTML`);
    await ff.inSidebar(`(w.document.querySelector('section.section .point a').click(), true)`);
    await ff.waitFor(article, onScreen(needle));
    expect(await ff.evaluate(article, `document.body.outerHTML`)).toBe(before);
    await until(async () => (await herePoint())?.paragraph, first.paragraph);
  });

  test('role markers are drawn beside paragraphs without moving them, and leave no trace when off', async () => {
    const layout = () =>
      ff.evaluate<string[]>(
        article,
        `[...document.querySelectorAll('p')].slice(0, 20).map((p) => {
          const r = p.getBoundingClientRect();
          return [r.left, r.top + window.scrollY, r.width, r.height].join(',');
        })`,
      );
    const barsBesideParagraphs = `[...document.querySelectorAll('p')].filter((p) => {
      const r = p.getBoundingClientRect();
      if (!r.height || r.bottom < 0 || r.top > window.innerHeight) return false;
      const x = Math.max(0, r.left - 10) + 2; // the bar: 4 px wide, 6 px left of the paragraph
      return document.elementFromPoint(x, r.top + r.height / 2)?.localName === 'lede-role-markers';
    }).length`;
    await ff.evaluate(article, `window.scrollTo(0, 0)`);
    const beforeLayout = await layout();
    expect(await ff.evaluate(article, barsBesideParagraphs)).toBe(0);
    const beforeHtml = await ff.evaluate<string>(article, `document.documentElement.outerHTML`);
    const toggle = `[...w.document.querySelectorAll('label')].find((l) => /Role markers|役割マーカー/.test(l.textContent)).querySelector('input')`;
    expect(await ff.inSidebar(`${toggle}.checked`)).toBe(false);
    await ff.inSidebar(`(${toggle}.click(), true)`);
    await ff.waitFor(article, `document.querySelectorAll('lede-role-markers').length === 1`);
    // Drawn: a bar stands just left of the paragraphs in view (lib/page/markers.ts; its shadow
    // root is closed, so the page sees the overlay's host at that point).
    await ff.waitFor(article, `${barsBesideParagraphs} > 3`);
    expect(await layout()).toEqual(beforeLayout);
    await ff.inSidebar(`(${toggle}.click(), true)`);
    await until(() => ff.evaluate<string>(article, `document.documentElement.outerHTML`), beforeHtml);
  });

  test('switching to another tab makes the sidebar follow it, and back', async () => {
    const en = await ff.openTab(urlOf('/en.html'));
    await ff.activate(en);
    await until(sidebarSections, ['Background', 'Result', 'Strategy', 'Outlook']);
    expect(await sidebarTitle()).toMatch(/^Trump’s Made-for-TV Trade War/);
    await ff.activate(article);
    await until(sidebarTitle, articleTitle);
    await ff.bidi.send('browsingContext.close', { context: en });
  });

  test('a blank new tab gets the cannot-read state, not a timeout, and the page it then loads its outline', async () => {
    // A tab opened blank (a link to a new window before it loads, window.open): its address is
    // hidden from the add-on as a browser page's is. The content script went into it, never
    // answered, and the sidebar said "Outlining…" for the 10 s a page is given (lib/worker/
    // start.ts TAB_ANSWER_MS), then that the page did not answer; the page loaded there
    // meanwhile waited on the same request.
    const { context: blank } = await ff.bidi.send<{ context: Context }>('browsingContext.create', {
      type: 'tab',
    });
    await ff.activate(blank);
    // Whichever the sidebar comes to first: the cannot-read state, or a reason (the timeout
    // the bug gave after 10 s; the wait outlasts it).
    const shown = await ff.waitInSidebar<string>(
      `w.document.querySelector('[data-state="cannot-read"]') ? 'cannot-read' : w.document.querySelector('[role=alert]')?.dataset.code`,
    );
    expect(shown).toBe('cannot-read');
    await ff.bidi.send('browsingContext.navigate', {
      context: blank,
      url: urlOf('/seed-b.html'),
      wait: 'none',
    });
    await until(sidebarTitle, SECOND_TITLE);
    expect(await ff.inSidebar(`w.document.querySelectorAll('[data-state="cannot-read"]').length`)).toBe(0);
    await ff.activate(article);
    await until(sidebarTitle, articleTitle);
    await ff.bidi.send('browsingContext.close', { context: blank });
  });

  test('follows a single-page-app navigation (history.pushState) in the same tab', async () => {
    const spa = await ff.openTab(urlOf('/seed.html'));
    await ff.activate(spa);
    await until(sidebarTitle, articleTitle);
    await until(sidebarSections, ['背景', '結果', '戦略', '展望']);
    await ff.evaluate(spa, SPA_TO_EN_ARTICLE);
    await until(sidebarSections, ['Background', 'Result', 'Strategy', 'Outlook']);
    await ff.bidi.send('browsingContext.close', { context: spa });
    await ff.activate(article);
    await until(sidebarTitle, articleTitle);
  });

  test('a browser page it cannot read gets a clear state, gone again back on the article', async () => {
    await ff.openPrivileged('about:robots');
    await ff.waitInSidebar(`w.document.querySelector('[data-state="cannot-read"]') !== null`);
    await ff.activate(article);
    await until(sidebarTitle, articleTitle);
    expect(await ff.inSidebar(`w.document.querySelectorAll('[data-state="cannot-read"]').length`)).toBe(0);
  });

  test('keeps each outline in the history, which opens it again', async () => {
    const button = (name: string) =>
      `[...w.document.querySelectorAll('button')].find((b) => b.textContent === ${JSON.stringify(name)})`;
    await ff.inSidebar(`(${button('History')}.click(), true)`);
    const entries = await ff.waitInSidebar<string[]>(
      `(() => { const b = [...w.document.querySelectorAll('.lede-history button.open')].map((b) => b.textContent); return b.length && b; })()`,
    );
    expect(entries.some((e) => e.includes(articleTitle))).toBe(true);
    expect(entries.some((e) => /Trade War/.test(e))).toBe(true);
    await ff.inSidebar(
      `([...w.document.querySelectorAll('.lede-history button.open')].find((b) => b.textContent.includes('Trade War')).click(), true)`,
    );
    await until(sidebarSections, ['Background', 'Result', 'Strategy', 'Outlook']);
    expect(await sidebarTitle()).toMatch(/Trade War/);
    await ff.inSidebar(`(${button('Back to the current tab')}.click(), true)`);
    await until(sidebarTitle, articleTitle);
  });
});
