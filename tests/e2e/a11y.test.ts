/**
 * An accessibility audit of every extension page in real Chromium with the built extension:
 * axe-core's WCAG 2.1 A and AA rules, and the keyboard (every control reached by Tab, each with
 * a focus indicator in sight), in the English and the Japanese interface, in the light and the
 * dark colour scheme. The pages: the popup (opened as a tab bound to a served page's tab, as
 * popup.test.ts does) on the Japanese seed article, on an English article, on a page that is not
 * an article and on a browser page; the side panel's outline and its history view; the options
 * page. A failure lists each violation: the rule, the element and what axe says is wrong.
 *
 * axe's source cannot go in as a <script> (`page.addScriptTag`): the extension pages' CSP
 * allows scripts from the extension only, and the inline tag is refused. It is evaluated in the
 * page instead (`page.evaluate`, over CDP, which the page's CSP does not govern); the audit then
 * runs under the page's own CSP, unchanged.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  launch,
  openExtensionPage,
  openTabById,
  EN_ARTICLE,
  ROOT,
  serve,
  tabIdOf,
  type Launched,
  type Served,
} from './harness';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const SEED = join(ROOT, 'tests/fixtures/seed/source.html');
const EN = EN_ARTICLE;
/** A docs index (Node.js API): Lede's reason, with "Outline anyway" (tests/fixtures/non-articles). */
const NON_ARTICLE = join(ROOT, 'tests/fixtures/non-articles/docs-nodejs-api-index.html');

type Scheme = 'light' | 'dark';
const SCHEMES: Scheme[] = ['light', 'dark'];

let l: Launched;
let server: Served;

beforeAll(async () => {
  server = await serve({ '/seed.html': SEED, '/en.html': EN, '/docs.html': NON_ARTICLE });
  l = await launch();
  // Saved pages name hosts this closed network never answers: only the served pages load.
  await l.context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
});

afterAll(async () => {
  await l?.close();
  await server?.close();
});

async function setUiLang(lang: 'auto' | 'en' | 'ja'): Promise<void> {
  await l.worker.evaluate((v) => chrome.storage.local.set({ 'lede:setting:uiLang': v }), lang);
}

let opened = 0;
async function openServed(path: string): Promise<number> {
  const page = await l.context.newPage();
  await page.goto(`${server.origin}${path}?tab=${++opened}`, { waitUntil: 'domcontentloaded' });
  return tabIdOf(l, page);
}

/** The popup (about popup-sized) once React shows the outline or the reason. */
async function popupFor(tabId: number): Promise<Page> {
  const popup = await openExtensionPage(l, 'popup.html', tabId);
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.waitForFunction(() => performance.getEntriesByName('lede:app-ready').length > 0, null, {
    timeout: 30_000,
  });
  await popup.locator('main, [role=alert]').first().waitFor();
  return popup;
}

/** axe's WCAG 2.1 A/AA violations on the page as it is, one line (and its nodes) each. */
async function axeViolations(page: Page, where: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  // From the top: text under the sticky toolbar (the keyboard walk scrolls) is left unchecked.
  await page.evaluate(() => window.scrollTo(0, 0));
  const results = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<AxeResults> } }).axe.run(
        document,
        { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] },
      ),
    WCAG21_AA,
  );
  return results.violations.flatMap((v) =>
    v.nodes.map(
      (n) =>
        `${where}: ${v.id} (${v.impact ?? '?'}) ${v.help}\n    at ${n.target.join(' ')}\n    ${(n.failureSummary ?? '').replace(/\n/g, '\n    ')}`,
    ),
  );
}

/**
 * Tabs through the page from its start until focus comes back round. Each stop must show a
 * focus indicator (an outline or a box shadow) on an element in sight, and every control that
 * takes focus must be reached (a radio group by one of its radios, as the browser tabs to it).
 */
async function keyboardProblems(page: Page, where: string): Promise<string[]> {
  const problems: string[] = [];
  await page.evaluate(() => {
    const w = window as unknown as { ledeReached: Set<Element> };
    w.ledeReached = new Set();
    document.addEventListener('focusin', (e) => w.ledeReached.add(e.target as Element));
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  const controls = await page.evaluate(
    () =>
      document.querySelectorAll(
        'a[href], button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled), [tabindex]:not([tabindex="-1"])',
      ).length,
  );
  let first: string | null = null;
  for (let step = 0; step < controls * 2 + 10; step++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const all = [...document.querySelectorAll('*')];
      const name = `${el.tagName.toLowerCase()}${el.className ? '.' + String(el.className).split(' ').join('.') : ''} #${all.indexOf(el)} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`;
      const s = getComputedStyle(el);
      const outlined =
        s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 1 && s.outlineColor !== 'rgba(0, 0, 0, 0)';
      const shadowed = s.boxShadow !== 'none';
      let opacity = 1;
      for (let e: Element | null = el; e; e = e.parentElement) opacity *= Number(getComputedStyle(e).opacity);
      const r = el.getBoundingClientRect();
      const seen = opacity > 0.5 && s.visibility === 'visible' && r.width > 0 && r.height > 0;
      return { name, indicator: outlined || shadowed, seen };
    });
    // Past the last control focus leaves the page, and the next Tab comes back to its start:
    // go round until the first stop comes again (a click may have left the start mid-page).
    if (!stop) continue;
    if (stop.name === first) break;
    first ??= stop.name;
    if (!stop.indicator) problems.push(`${where}: no focus indicator on ${stop.name}`);
    if (!stop.seen) problems.push(`${where}: focused but not in sight: ${stop.name}`);
  }
  const missed = await page.evaluate(() => {
    const reached = (window as unknown as { ledeReached: Set<Element> }).ledeReached;
    const radioGroups = new Set(
      [...reached]
        .filter((e) => e instanceof HTMLInputElement && e.type === 'radio')
        .map((e) => (e as HTMLInputElement).name),
    );
    return [
      ...document.querySelectorAll<HTMLElement>(
        'a[href], button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled), [tabindex]:not([tabindex="-1"])',
      ),
    ]
      .filter((e) => e.getClientRects().length > 0 && !reached.has(e))
      .filter((e) => !(e instanceof HTMLInputElement && e.type === 'radio' && radioGroups.has(e.name)))
      .map(
        (e) =>
          `${e.tagName.toLowerCase()} "${(e.getAttribute('aria-label') ?? e.textContent ?? '').trim().slice(0, 40)}"`,
      );
  });
  for (const m of missed) problems.push(`${where}: not reached by Tab: ${m}`);
  // Leave nothing focused: a note shown on focus (the side panel's reason) covers controls.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  return problems;
}

/** axe in both schemes, then the keyboard in both (the indicator's colour follows the scheme). */
async function audit(page: Page, where: string): Promise<string[]> {
  const found: string[] = [];
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme });
    found.push(...(await axeViolations(page, `${where}, ${colorScheme}`)));
    found.push(...(await keyboardProblems(page, `${where}, ${colorScheme}`)));
  }
  await page.emulateMedia({ colorScheme: null });
  return found;
}

for (const lang of ['en', 'ja'] as const) {
  describe(`the ${lang === 'en' ? 'English' : 'Japanese'} interface`, () => {
    beforeAll(() => setUiLang(lang));
    afterAll(() => setUiLang('auto'));
    const ui = `${lang} interface`;

    test('popup on the Japanese seed article', async () => {
      const popup = await popupFor(await openServed('/seed.html'));
      expect(await popup.locator('html').getAttribute('lang')).toBe(lang);
      expect(await audit(popup, `popup (seed article, ${ui})`)).toEqual([]);
    });

    test('popup on an English article', async () => {
      const popup = await popupFor(await openServed('/en.html'));
      expect(await audit(popup, `popup (English article, ${ui})`)).toEqual([]);
    });

    test('popup on a page that is not an article', async () => {
      const popup = await popupFor(await openServed('/docs.html'));
      expect(await popup.getByRole('alert').getAttribute('data-code')).toBe('not-article');
      expect(await audit(popup, `popup (not an article, ${ui})`)).toEqual([]);
    });

    test('popup on a browser page', async () => {
      const popup = await popupFor(await openTabById(l, 'chrome://version'));
      expect(await popup.getByRole('alert').getAttribute('data-code')).toBe('restricted');
      expect(await audit(popup, `popup (browser page, ${ui})`)).toEqual([]);
    });

    test('side panel: the outline, then the history', async () => {
      const panel = await openExtensionPage(l, 'sidepanel.html', await openServed('/seed.html'));
      await panel.setViewportSize({ width: 400, height: 900 });
      await panel.locator('main').waitFor({ timeout: 30_000 });
      const found = await audit(panel, `side panel outline (${ui})`);
      // The reason shown over the outline on focus of "Follow" goes with Escape (WCAG 1.4.13).
      const follow = panel.locator('label.follow input');
      const reason = panel.locator('.companion .reason');
      await expect.poll(() => follow.isEnabled()).toBe(true);
      expect(await follow.isChecked()).toBe(false); // the tests grant no <all_urls>: the reason shows
      await follow.focus();
      await reason.waitFor({ state: 'visible' });
      await panel.keyboard.press('Escape');
      await reason.waitFor({ state: 'hidden' });
      expect(await follow.evaluate((e) => e === document.activeElement)).toBe(true);
      await follow.blur();
      // The view switch's second button: History (履歴). The popups above saved outlines.
      await panel.locator('.tabs .button').nth(1).click();
      await panel.locator('.lede-history li').first().waitFor({ timeout: 10_000 });
      found.push(...(await audit(panel, `side panel history (${ui})`)));
      expect(found).toEqual([]);
    });

    test('options page', async () => {
      const options = await openExtensionPage(l, 'options.html');
      await options.setViewportSize({ width: 800, height: 1000 });
      await options.locator('main.options').waitFor();
      expect(await options.locator('html').getAttribute('lang')).toBe(lang);
      expect(await audit(options, `options (${ui})`)).toEqual([]);
    });
  });
}
