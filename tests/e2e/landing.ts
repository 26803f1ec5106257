/**
 * Did a text-fragment link land (issue 4)? Shared by tests/e2e/fragment.test.ts and
 * scripts/fragment-landing.ts (the per-page landing rate).
 *
 * "Highlights" is checked on pixels: `styleTargetText` paints `::target-text` magenta, the
 * check takes a screenshot and finds magenta inside the box of the element holding the
 * sentence; "lands on" is that box being in the viewport, once the page is shown.
 *
 * The code run in the page names no inner function: tsx (the script) compiles with keepNames,
 * which would wrap one in a `__name()` call the page does not define.
 */
import type { BrowserContext, Page } from 'playwright-core';

export interface Landing {
  inView: boolean;
  /** Magenta pixels inside the box of the element holding the sentence, and anywhere. */
  highlightedInside: number;
  highlightedAnywhere: number;
  scrollY: number;
}

/** Paints target text magenta in every page of `context`, the mark `landing` looks for. */
export async function styleTargetText(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const s = document.createElement('style');
    s.textContent =
      '::target-text { background-color: rgb(255, 0, 255) !important; color: rgb(255, 0, 255) !important; }';
    if (document.documentElement) document.documentElement.append(s);
    else document.addEventListener('DOMContentLoaded', () => document.documentElement.append(s));
  });
}

/** Polls `probe` every 250 ms until it is true; false after `timeout` ms. */
async function until(probe: () => Promise<boolean>, timeout = 10_000): Promise<boolean> {
  for (const end = Date.now() + timeout; Date.now() < end;) {
    if (await probe()) return true;
    await new Promise((ok) => setTimeout(ok, 250));
  }
  return false;
}

/**
 * Where the page stands once it is shown and its scroll has settled, and what is painted as
 * target text. `sentence` has its whitespace collapsed to single spaces.
 */
export async function landing(page: Page, sentence: string): Promise<Landing> {
  // The element holding the sentence, and whether the reader can see it yet.
  const where = () =>
    page.evaluate((s) => {
      // The innermost rendered element whose rendered text holds the whole sentence (innerText,
      // as a <br> inside the sentence renders as a space that textContent lacks). Rendered: a
      // <script> holding the article's data (ja-news 09-sankei's Arc Fusion JSON) has no box,
      // yet its innerText is its text, and coming after the article it was taken for the
      // sentence's place: every link on that page counted as missed.
      // An element with ruby: its text without the readings (<rt>, <rp>), as Lede shows the
      // sentence (ja-news 20-nhk-easy), compared with whitespace left out.
      let el: Element | null = null;
      const bare = s.replace(/\s+/g, '');
      const head = bare.slice(0, 20);
      for (const e of document.body.querySelectorAll('*')) {
        if (e.getClientRects().length === 0) continue;
        if (e.querySelector('rt')) {
          let text = '';
          const walk = document.createTreeWalker(e, NodeFilter.SHOW_TEXT);
          for (let n = walk.nextNode(); n; n = walk.nextNode())
            if (!n.parentElement?.closest('rt, rp')) text += n.nodeValue ?? '';
          if (text.replace(/\s+/g, '').includes(bare)) el = e;
        } else if (
          (e.textContent ?? '').replace(/\s+/g, '').includes(head) &&
          (e as HTMLElement).innerText.replace(/\s+/g, ' ').includes(s)
        )
          el = e;
      }
      const b = el?.getBoundingClientRect();
      return {
        box: b ? { top: b.top, bottom: b.bottom, left: b.left, right: b.right } : null,
        // A page hidden at load shows nothing yet: ja-news 11-mainichi's anti-flicker snippet
        // (Google Optimize) keeps <html class="async-hide"> at opacity 0 until Google Tag
        // Manager loads or 4 s pass. The link has landed meanwhile; its highlight shows then.
        shown: (el ?? document.body).checkVisibility({ opacityProperty: true, visibilityProperty: true }),
      };
    }, sentence);
  if (!(await until(async () => (await where()).shown))) throw new Error('the page stays hidden');
  let last = -1;
  const settled = await until(async () => {
    const y = await page.evaluate(() => scrollY);
    const same = y === last;
    last = y;
    return same;
  });
  if (!settled) throw new Error('the page keeps scrolling');
  const { box } = await where();
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
