/**
 * Copying the outline in real Firefox (popup.test.ts's Copy tests and richcopy.test.ts, there):
 * a real click (a user gesture, firefox/launch.ts `click`) on the popup's Copy, a point's own
 * button and the sidebar's Copy, read back from the browser's clipboard as the browser window
 * reads it (`clipboard`). Markdown by default; with the options' rich text, the clipboard holds
 * HTML beside the plain text, and Ctrl+V into an editable page keeps headings, list items and
 * links; page text that looks like markup pastes as text.
 */
import { parseHTML } from 'linkedom';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT, serve, type Served } from './harness';
import { ADDON_UUID, launchFirefox, type Context, type LaunchedFirefox } from './firefox/launch';

const SEED = join(ROOT, 'tests/fixtures/seed/source.html');
const ROLE_NAMES_JA = ['背景', '結果', '戦略', '展望'];
const EDITOR =
  '<!doctype html><meta charset="utf-8"><title>editor</title>' +
  '<textarea id="ta"></textarea><div id="ed" contenteditable="true" style="min-height:200px"></div>';
/** A page whose title and paragraphs carry markup as text (hardening.test.ts's XSS page, shorter). */
const XSS = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>&lt;img src=x onerror="window.__pwned=1"&gt; Council approves budget</title></head>
<body><article><h1>&lt;img src=x onerror="window.__pwned=1"&gt; Council approves budget</h1>
${Array.from(
  { length: 8 },
  (_, i) =>
    `<p>The council approved the budget on Tuesday after a long debate, officials said &lt;b&gt;bold&lt;/b&gt; and &lt;a href="javascript:alert(${i})"&gt;this link&lt;/a&gt; were quoted in the minutes of meeting ${i}. Critics said the plan would raise taxes next year.</p>`,
).join('\n')}
</article></body></html>`;

let ff: LaunchedFirefox;
let server: Served;
let settings: Context;

beforeAll(async () => {
  server = await serve({
    '/seed.html': SEED,
    '/editor.html': () => ({ body: EDITOR, type: 'text/html; charset=utf-8' }),
    '/xss.html': () => ({ body: XSS, type: 'text/html; charset=utf-8' }),
  });
  ff = await launchFirefox();
  settings = await ff.openPrivileged(`moz-extension://${ADDON_UUID}/options.html`, false);
});

afterAll(async () => {
  await ff?.close();
  await server?.close();
});

const setCopyFormat = (format: 'markdown' | 'rich') =>
  ff.evaluate(settings, `browser.storage.local.set({ 'lede:setting:copyFormat': '${format}' })`);

/** Empties the clipboard, so a copy that writes nothing cannot pass on an earlier one. */
const clearClipboard = () => ff.evaluateInBrowserWindow(`navigator.clipboard.writeText('')`);

const openArticle = (path: string) => ff.openPage(`${server.origin}${path}`);
const popupFor = (tabId: number, page = 'popup.html') => ff.uiFor(tabId, page);

/** Clicks the button for real and waits for its "Copied" (or fails on "Could not copy"). */
async function copyWith(ui: Context, selector: string): Promise<void> {
  await clearClipboard();
  await ff.click(ui, selector);
  const said = await ff.waitFor<string>(
    ui,
    `(() => { const t = document.querySelector(${JSON.stringify(selector)}).textContent; return /Copied|Could not copy/.test(t) && t; })()`,
  );
  expect(said).toContain('Copied');
}

const TOOLBAR_COPY = 'button.button[data-format]';

describe('copying in Firefox', () => {
  test("the popup's Copy puts the outline on the clipboard as Markdown", async () => {
    await setCopyFormat('markdown');
    const { page, url, tabId } = await openArticle('/seed.html');
    const popup = await popupFor(tabId);
    expect(await ff.evaluate(popup, `document.querySelector('${TOOLBAR_COPY}').textContent`)).toBe(
      'Copy (Markdown)',
    );
    await copyWith(popup, TOOLBAR_COPY);
    const markdown = await ff.clipboard();
    const title = await ff.evaluate<string>(page, 'document.title');
    expect(markdown.startsWith(`# ${title}\n`)).toBe(true);
    expect(markdown).toContain(`<${url}>`);
    expect(markdown.split('\n').filter((l) => l.startsWith('## '))).toEqual(
      ROLE_NAMES_JA.map((n) => `## ${n}`),
    );
    const bullets = markdown.split('\n').filter((l) => l.startsWith('- ')).length;
    expect(bullets).toBe(
      await ff.evaluate(popup, `document.querySelectorAll('section.section .point').length`),
    );
    // Nothing but Markdown: no HTML beside it.
    expect(await ff.clipboard('text/html')).toBe('');
  });

  test("a point's own button copies that point alone, with its link and the source", async () => {
    await setCopyFormat('markdown');
    const { url, tabId } = await openArticle('/seed.html');
    const popup = await popupFor(tabId);
    const link = await ff.evaluate<{ text: string; href: string }>(
      popup,
      `(() => { const a = document.querySelector('section.section .point a'); return { text: a.textContent, href: a.getAttribute('href') }; })()`,
    );
    await copyWith(popup, `section.section .point button.copy-point`);
    const markdown = await ff.clipboard();
    // The source's name is in the article's language (Japanese here).
    expect(markdown.startsWith(`${link.text} ([出典](${link.href}))`)).toBe(true);
    expect(markdown).toContain(`(${url})`);
    expect(markdown.split('\n').filter((l) => l.startsWith('- '))).toEqual([]);
  });

  test("the sidebar's Copy copies the outline it shows", async () => {
    await setCopyFormat('markdown');
    const { page, tabId } = await openArticle('/seed.html');
    const panel = await popupFor(tabId, 'sidepanel.html');
    await copyWith(panel, TOOLBAR_COPY);
    const markdown = await ff.clipboard();
    expect(markdown.startsWith(`# ${await ff.evaluate<string>(page, 'document.title')}\n`)).toBe(true);
    expect(markdown.split('\n').filter((l) => l.startsWith('## '))).toEqual(
      ROLE_NAMES_JA.map((n) => `## ${n}`),
    );
  });

  describe("as rich text (the options page's choice)", () => {
    beforeAll(() => setCopyFormat('rich'));
    afterAll(() => setCopyFormat('markdown'));

    test('the clipboard holds HTML with the title, four sections, one item and link per point, and the plain text beside it', async () => {
      const { page, url, tabId } = await openArticle('/seed.html');
      const popup = await popupFor(tabId);
      // Clicked at once, as a reader does: on the first paint, made before the settings are
      // read in Firefox, then made again on React's button (components/firstPaint.ts).
      await copyWith(popup, TOOLBAR_COPY);
      expect(await ff.evaluate(popup, `document.querySelector('${TOOLBAR_COPY}').dataset.format`)).toBe(
        'rich',
      );
      const { document } = parseHTML(await ff.clipboard('text/html'));
      const texts = (sel: string) => [...document.querySelectorAll(sel)].map((e) => e.textContent!.trim());
      expect(texts('h1')).toEqual([await ff.evaluate(page, 'document.title')]);
      expect(texts('h2')).toEqual(ROLE_NAMES_JA);
      const points = await ff.evaluate<{ text: string; href: string }[]>(
        popup,
        `[...document.querySelectorAll('section.section .point a')].map((a) => ({ text: a.textContent, href: a.href }))`,
      );
      expect(texts('li').length).toBe(points.length);
      const hrefs = [...document.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(hrefs).toContain(url);
      for (const p of points) expect(hrefs).toContain(p.href);
      const plain = await ff.clipboard();
      expect(plain.split('\n')[0]).toBe(await ff.evaluate(page, 'document.title'));
      for (const p of points) expect(plain).toContain(p.text);
    });

    test('pasted with Ctrl+V into an editable page it keeps headings, list items and links; a text field gets the plain text', async () => {
      const { tabId } = await openArticle('/seed.html');
      const popup = await popupFor(tabId);
      await copyWith(popup, TOOLBAR_COPY);
      const plain = await ff.clipboard();
      const { page: editor } = await openArticle('/editor.html');
      await ff.activate(editor);
      await paste(editor, '#ed');
      const pasted = await ff.waitFor<{ h2: string[]; items: number; links: number }>(
        editor,
        `(() => {
          const ed = document.getElementById('ed');
          if (!ed.textContent) return null;
          return { h2: [...ed.querySelectorAll('h2')].map((h) => h.textContent.trim()), items: ed.querySelectorAll('li').length, links: ed.querySelectorAll('a[href^="http"]').length };
        })()`,
      );
      const points = await ff.evaluate<number>(
        popup,
        `document.querySelectorAll('section.section .point').length`,
      );
      expect(pasted.h2).toEqual(ROLE_NAMES_JA);
      expect(pasted.items).toBe(points);
      expect(pasted.links).toBeGreaterThan(points);
      await paste(editor, '#ta');
      const value = await ff.waitFor<string>(editor, `document.getElementById('ta').value`);
      expect(value).toBe(plain.replace(/\r\n/g, '\n'));
    });

    test('page text that looks like HTML is copied as text, never as markup', async () => {
      const { tabId } = await openArticle('/xss.html');
      const popup = await popupFor(tabId);
      await copyWith(popup, TOOLBAR_COPY);
      const { document } = parseHTML(await ff.clipboard('text/html'));
      expect(document.querySelector('h1')!.textContent).toContain('<img src=x onerror=');
      expect(document.querySelectorAll('img, b, script').length).toBe(0);
      const hrefs = [...document.querySelectorAll('a')].map((a) => a.getAttribute('href')!);
      expect(hrefs.length).toBeGreaterThan(0);
      for (const h of hrefs) expect(h.toLowerCase()).not.toMatch(/^\s*javascript:/);
      expect(await ff.evaluate(popup, `window.__pwned ?? 0`)).toBe(0);
    });
  });
});

/** Clicks into `selector` and presses Ctrl+V, as a reader pastes. */
async function paste(page: Context, selector: string): Promise<void> {
  await ff.click(page, selector);
  await ff.bidi.send('input.performActions', {
    context: page,
    actions: [
      {
        type: 'key',
        id: 'keyboard',
        actions: [
          { type: 'keyDown', value: '\uE009' },
          { type: 'keyDown', value: 'v' },
          { type: 'keyUp', value: 'v' },
          { type: 'keyUp', value: '\uE009' },
        ],
      },
    ],
  });
}
