/**
 * The Firefox build in real Firefox (Debian's firefox-esr, WebDriver BiDi: firefox/launch.ts).
 * Firefox runs Lede differently from Chrome: a background page with a DOM instead of a worker
 * and an offscreen document, Manifest V2, `browser_action` and `sidebar_action`. These tests
 * check that what a Firefox reader does works there: the popup outlines a Japanese and an
 * English article in the four sections, a point's link scrolls the page to its paragraph, the
 * live page is left unchanged, the sidebar outlines the tab, and pages without an outline get
 * their one-line reason, never a blank popup.
 */

import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { EN_ARTICLE, ROOT, serve, type Served } from './harness';
import { launchFirefox, onScreen, type Context, type LaunchedFirefox } from './firefox/launch';

const SEED = join(ROOT, 'tests/fixtures/seed/source.html');
const EN = EN_ARTICLE;
const LISTING = join(ROOT, 'tests/fixtures/non-articles/shell-news-sky.html');

const ROLE_NAMES_JA = ['背景', '結果', '戦略', '展望'];
const ROLE_NAMES_EN = ['Background', 'Result', 'Strategy', 'Outlook'];

let ff: LaunchedFirefox;
let server: Served;

beforeAll(async () => {
  server = await serve({ '/seed.html': SEED, '/en.html': EN, '/listing.html': LISTING });
  ff = await launchFirefox();
});

afterAll(async () => {
  await ff?.close();
  await server?.close();
});

const openArticle = (path: string) => ff.openPage(`${server.origin}${path}`);
const popupFor = (tabId: number) => ff.uiFor(tabId);

const sectionHeadings = (ui: Context) =>
  ff.evaluate<string[]>(ui, `[...document.querySelectorAll('section.section h2')].map((h) => h.textContent)`);

const pointTexts = (ui: Context) =>
  ff.evaluate<string[]>(
    ui,
    `[...document.querySelectorAll('section.section .point a')].map((a) => a.textContent)`,
  );

/** Every point is a sentence of the article: its text is in the page's own text. */
async function expectPointsFromPage(ui: Context, page: Context): Promise<void> {
  const points = await pointTexts(ui);
  expect(points.length).toBeGreaterThan(3);
  const pageText = await ff.evaluate<string>(page, `document.body.textContent.replace(/\\s+/g, ' ')`);
  for (const p of points) expect(pageText).toContain(p.replace(/\s+/g, ' ').trim().slice(0, 30));
}

describe('the popup in Firefox', () => {
  test('outlines a Japanese article: the four sections in order, in Japanese, points from the page, the page unchanged', async () => {
    const { page, tabId } = await openArticle('/seed.html');
    const before = await ff.evaluate<string>(page, `document.documentElement.outerHTML`);
    const popup = await popupFor(tabId);
    expect(await ff.evaluate(popup, `document.querySelector('h1').textContent`)).toBe(
      await ff.evaluate(page, `document.title`),
    );
    expect(await ff.evaluate(popup, `document.querySelector('.meta').textContent`)).toMatch(
      /Japanese|日本語/,
    );
    // Section names are in the article's language; the rest of the interface in the browser's.
    expect(await sectionHeadings(popup)).toEqual(ROLE_NAMES_JA);
    await expectPointsFromPage(popup, page);
    expect(await ff.evaluate(page, `document.documentElement.outerHTML`)).toBe(before);
  });

  test("outlines an English article, and a point's link scrolls the page to its paragraph", async () => {
    const { page, tabId } = await openArticle('/en.html');
    const popup = await popupFor(tabId);
    expect(await sectionHeadings(popup)).toEqual(ROLE_NAMES_EN);
    expect(await ff.evaluate(popup, `document.querySelector('.meta').textContent`)).toContain('English');
    await expectPointsFromPage(popup, page);

    const last = (await pointTexts(popup)).at(-1)!;
    const needle = last.trim().slice(0, 25);
    await ff.evaluate(page, `window.scrollTo(0, 0)`);
    // The reader's page is the shown tab under the popup: Firefox does not run a smooth
    // scroll in a tab nobody sees.
    await ff.activate(page);
    expect(await ff.inViewport(page, needle)).toBe(false);
    await ff.evaluate(popup, `[...document.querySelectorAll('section.section .point a')].at(-1).click()`);
    await ff.waitFor(page, onScreen(needle));
  });

  test('a listing page gets its one-line reason and "Outline anyway", which then outlines it', async () => {
    const { tabId } = await openArticle('/listing.html');
    const popup = await popupFor(tabId);
    expect(await ff.evaluate(popup, `document.querySelector('[role=alert]').dataset.code`)).toBe(
      'not-article',
    );
    expect(await ff.evaluate<string>(popup, `document.querySelector('[role=alert] p').textContent`)).not.toBe(
      '',
    );
    await ff.evaluate(
      popup,
      `[...document.querySelectorAll('button')].find((b) => b.textContent === 'Outline anyway').click()`,
    );
    await ff.waitFor(popup, `document.querySelector('main') !== null`);
    expect(await sectionHeadings(popup)).toEqual(ROLE_NAMES_EN);
  });

  test('a browser page (about:robots) gets the reason, with no "Outline anyway"', async () => {
    await ff.openPrivileged('about:robots');
    // The add-on is not shown a browser page's address: the page is found as the active tab.
    const tabId = await ff.activeTabId();
    const popup = await popupFor(tabId);
    expect(await ff.evaluate(popup, `document.querySelector('[role=alert]').dataset.code`)).toBe(
      'restricted',
    );
    expect(
      await ff.evaluate(
        popup,
        `[...document.querySelectorAll('button')].some((b) => b.textContent === 'Outline anyway')`,
      ),
    ).toBe(false);
  });
});

describe('the sidebar in Firefox', () => {
  test('outlines the tab it is given', async () => {
    const { page, tabId } = await openArticle('/en.html');
    const panel = await ff.openAddonPage(`sidepanel.html?tabId=${tabId}`);
    await ff.waitFor(panel, `document.querySelectorAll('section.section h2').length === 4`);
    expect(await sectionHeadings(panel)).toEqual(ROLE_NAMES_EN);
    await expectPointsFromPage(panel, page);
  });
});

describe('the build as shipped (no host permission) in Firefox', () => {
  let shipped: LaunchedFirefox;
  beforeAll(async () => {
    shipped = await launchFirefox({ hosts: [] });
  });
  afterAll(() => shipped?.close());

  test('a click on its toolbar button outlines the page through the activeTab grant alone', async () => {
    const url = `${server.origin}/seed.html`;
    const page = await shipped.openTab(url);
    const helper = await shipped.openAddonPage('options.html');
    await shipped.activate(page);
    const tabId = await shipped.activeTabId();
    // Without the click the add-on may not read the page: its popup gets the reason.
    const before = await shipped.uiFor(tabId);
    expect(await shipped.evaluate(before, `document.querySelector('[role=alert]')?.dataset.code`)).toBe(
      'restricted',
    );
    await shipped.activate(page);
    await shipped.clickToolbarButton();
    // The popup the click opens is the browser's, out of BiDi's reach: what it showed is the
    // tab's last outline, which the background page keeps (lib/lastOutline.ts).
    const kept = await shipped.waitFor<{ url: string; result: { ok: boolean; value?: { title: string } } }>(
      helper,
      `browser.storage.session.get('lede:last:${tabId}').then((o) => o['lede:last:${tabId}'])`,
    );
    expect(kept.url).toBe(url);
    expect(kept.result.ok).toBe(true);
    expect(kept.result.value!.title).toBe(await shipped.evaluate(page, 'document.title'));
  });
});
