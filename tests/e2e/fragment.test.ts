/**
 * Issue 4, in real Chromium: each point's text-fragment link, opened on the served page, lands
 * on and highlights that point's sentence.
 *
 * What works in this Chromium (Debian 156, headless), tried one by one on the seed page: the
 * directive was applied (page scrolled to and highlighted the sentence) after `page.goto` (a
 * browser-initiated navigation, like the address bar or `chrome.tabs.create`), a click on an
 * `<a href>` (same origin, cross origin, `target=_blank`), `window.open` and `location.href =`
 * from a script without user activation (same and cross origin), and a same-document
 * `location.hash =` change. The spec lets a browser require user activation for
 * script-initiated navigations; the extension opens links with a click or a new tab, which
 * qualifies either way. Each check here still starts from about:blank, so every link is a
 * fresh document load.
 * "Highlights" is checked on pixels: the test styles `::target-text` in magenta, takes a
 * screenshot, and finds magenta inside the box of the element holding the sentence; "lands on"
 * is that box being in the viewport. A link whose text is not on the page must show neither,
 * so the check can fail.
 *
 * Run: npx vitest run --project e2e tests/e2e/fragment.test.ts
 */
import { readdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pointLink } from '../../lib/format/scope';
import { extractFromHtml, readHtmlFile } from '../../lib/node/load';
import { outlineArticle } from '../../lib/pipeline';
import type { Outline } from '../../lib/types';
import { launch, ROOT, serve, SHARED, type Launched, type Served } from './harness';

const BENCH = `${SHARED}/data/extraction-benchmark/html/`;
const PAGES = {
  '/seed.html': `${ROOT}/tests/fixtures/seed/source.html`,
  // A real Japanese news page (NHK): long sentences, so start,end terms cut at ICU word boundaries.
  '/ja.html': `${SHARED}/data/ja-news/pages/01-nhk-kodomo-katei-cho.html`,
  // A long English news page (46 paragraphs): most sentences are far below the first screen.
  '/en.html': BENCH + readdirSync(BENCH).find((f) => f.startsWith('16c30add7e96'))!,
};

const HTML: Record<string, string> = Object.fromEntries(
  Object.entries(PAGES).map(([path, file]) => [path, readHtmlFile(file)]),
);
/**
 * Japanese quotes ICU splits after a 。 inside 「」, shown as one point each: the text of ja-news
 * 09-sankei-kibichuo-pr-video as a plain page (the saved page itself, scripts and styles of
 * its site blocked here, lands no link, its one-sentence points' neither).
 */
const sankei = extractFromHtml(
  readHtmlFile(`${SHARED}/data/ja-news/pages/09-sankei-kibichuo-pr-video.html`),
  'https://example.org/a',
);
const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
HTML['/ja-quotes.html'] =
  `<!doctype html><html lang="ja"><meta charset="utf-8"><title>${esc(sankei.title)}</title><body><article><h1>${esc(sankei.title)}</h1>` +
  sankei.paragraphs.map((p) => `<p>${esc(p.text)}</p>`).join('') +
  '</article></body></html>';

/**
 * Saved pages as their server sent them: the benchmark pages declare no charset in their HTML
 * (the original server said UTF-8 in its header), so the header says it here too.
 */
const routes = Object.fromEntries(
  Object.entries(HTML).map(([path, body]) => [path, () => ({ body, type: 'text/html; charset=utf-8' })]),
);

/** A page that only holds a link, to click. */
routes['/links.html'] = () => ({
  body: '<!doctype html><meta charset="utf-8"><title>links</title><body></body>',
  type: 'text/html; charset=utf-8',
});

let server: Served;
let browser: Launched;
const outlines = new Map<string, Outline>();

beforeAll(async () => {
  server = await serve(routes);
  browser = await launch({ withExtension: false });
  // Saved pages reference their original hosts: only the local server answers.
  await browser.context.route('**/*', (r) =>
    r.request().url().startsWith(server.origin) ? r.continue() : r.abort(),
  );
  await browser.context.addInitScript(() => {
    const style = () => {
      const s = document.createElement('style');
      s.textContent =
        '::target-text { background-color: rgb(255, 0, 255) !important; color: rgb(255, 0, 255) !important; }';
      document.documentElement.append(s);
    };
    if (document.documentElement) style();
    else document.addEventListener('DOMContentLoaded', style);
  });
  for (const [path, html] of Object.entries(HTML)) {
    const r = outlineArticle(extractFromHtml(html, server.origin + path), {
      length: 'detailed',
      force: true,
    });
    if (!r.ok) throw new Error(r.error.message);
    outlines.set(path, r.value);
  }
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Landing {
  inView: boolean;
  /** Magenta pixels inside the box of the element holding the sentence, and anywhere. */
  highlightedInside: number;
  highlightedAnywhere: number;
  scrollY: number;
}

/** Where the page stands once its scroll has settled, and what is painted as target text. */
async function landing(page: Page, sentence: string): Promise<Landing> {
  let last = -1;
  await expect
    .poll(
      async () => {
        const y = await page.evaluate(() => scrollY);
        const settled = y === last;
        last = y;
        return settled;
      },
      { timeout: 10_000, interval: 250 },
    )
    .toBe(true);
  const box = await page.evaluate((s) => {
    const norm = (t: string | null) => (t ?? '').replace(/\s+/g, ' ');
    const squeeze = (t: string | null) => (t ?? '').replace(/\s+/g, '');
    // The innermost element whose rendered text holds the whole sentence (innerText, as a
    // <br> inside the sentence renders as a space that textContent lacks).
    let el: Element | null = null;
    const head = squeeze(s).slice(0, 20);
    for (const e of document.body.querySelectorAll('*'))
      if (squeeze(e.textContent).includes(head) && norm((e as HTMLElement).innerText).includes(s)) el = e;
    const b = el?.getBoundingClientRect();
    return b ? { top: b.top, bottom: b.bottom, left: b.left, right: b.right } : null;
  }, sentence);
  const shot = (await page.screenshot()).toString('base64');
  const counts = await page.evaluate(
    async ({ shot, box }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${shot}`;
      await img.decode();
      const c = document.createElement('canvas');
      [c.width, c.height] = [img.width, img.height];
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const px = ctx.getImageData(0, 0, c.width, c.height).data;
      const scale = img.width / innerWidth;
      let inside = 0;
      let anywhere = 0;
      for (let i = 0; i < px.length; i += 4) {
        if (!(px[i] > 230 && px[i + 1] < 40 && px[i + 2] > 230)) continue;
        anywhere++;
        const x = ((i / 4) % c.width) / scale;
        const y = Math.floor(i / 4 / c.width) / scale;
        if (box && y >= box.top && y <= box.bottom && x >= box.left && x <= box.right) inside++;
      }
      return { inside, anywhere };
    },
    { shot, box },
  );
  const viewport = page.viewportSize()!;
  return {
    inView: !!box && box.bottom > 0 && box.top < viewport.height,
    highlightedInside: counts.inside,
    highlightedAnywhere: counts.anywhere,
    scrollY: last,
  };
}

it('the Japanese quotes page shows a quote over sentences as one point (what its checks below cover)', () => {
  const points = (path: string) => outlines.get(path)!.sections.flatMap((s) => s.points);
  expect(
    points('/ja-quotes.html').filter((p) => /「[^」]*。[^」]*」/.test(p.sentence)).length,
  ).toBeGreaterThan(1);
});

describe.each(Object.keys(HTML))('%s', (path) => {
  it('every point’s link lands on its sentence and highlights it (address-bar navigation)', async () => {
    const o = outlines.get(path)!;
    const points = [o.gist, ...o.sections.flatMap((s) => s.points)].filter((p) => p !== null);
    expect(points.length).toBeGreaterThan(4);
    const page = await browser.context.newPage();
    let scrolled = 0;
    for (const p of points) {
      await page.goto('about:blank');
      await page.goto(pointLink(o, p));
      const l = await landing(page, p.sentence.replace(/\s+/g, ' ').trim());
      expect(l.inView, p.sentence).toBe(true);
      expect(l.highlightedInside, p.sentence).toBeGreaterThan(50);
      if (l.scrollY > 0) scrolled++;
    }
    // The check is not trivially met by sentences on the first screen.
    expect(scrolled).toBeGreaterThan(points.length / 3);
    await page.close();
  });

  it('a link clicked in another page (user activation) also lands and highlights', async () => {
    const o = outlines.get(path)!;
    const p = o.sections.flatMap((s) => s.points).at(-1)!;
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/links.html`);
    await page.evaluate(
      (href) => {
        const a = document.createElement('a');
        a.href = href;
        a.textContent = 'source';
        a.id = 'lede-test-link';
        document.body.append(a);
      },
      pointLink(o, p),
    );
    await Promise.all([page.waitForEvent('load'), page.click('#lede-test-link')]);
    const l = await landing(page, p.sentence.replace(/\s+/g, ' ').trim());
    expect(l.inView).toBe(true);
    expect(l.highlightedInside).toBeGreaterThan(50);
    await page.close();
  });

  it('a link to text that is not on the page neither scrolls nor highlights', async () => {
    const o = outlines.get(path)!;
    const page = await browser.context.newPage();
    await page.goto(`${o.url}#:~:text=${encodeURIComponent('zyxw vutsr qponm lkjih')}`);
    await page.waitForLoadState('load');
    const l = await landing(page, 'zyxw vutsr qponm lkjih');
    expect(l.highlightedAnywhere).toBe(0);
    expect(l.scrollY).toBe(0);
    await page.close();
  });
});
