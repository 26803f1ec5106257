/**
 * The options page in real Firefox, chosen with real clicks, and the popup and sidebar that
 * follow it: the interface language (the options page itself, a popup opened afterwards, and
 * the open sidebar at once), the outline's length (fewer points brief, more detailed), the
 * sidebar's "Change shortcut" (Firefox's own shortcuts page, not a chrome:// address), and
 * "Ready before you click" (the outline made once the page is shown, before any click: the
 * ahead script registered at run time, which Firefox does not keep across restarts).
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT, serve, TEST_HOSTS, type Served } from './harness';
import { launchFirefox, type Context, type LaunchedFirefox } from './firefox/launch';

const SEED = join(ROOT, 'tests/fixtures/seed/source.html');

let server: Served;
beforeAll(async () => {
  server = await serve({ '/seed.html': SEED });
});
afterAll(async () => {
  await server?.close();
});

const openArticle = (ff: LaunchedFirefox) => ff.openPage(`${server.origin}/seed.html`);
const popupFor = (ff: LaunchedFirefox, tabId: number) => ff.uiFor(tabId);

/** The radio `value` of the options page's `n`th choice group (length 1, copy format 2, language 3, theme 4). */
const choice = (n: number, value: string) =>
  `main.options > fieldset:nth-of-type(${n}) input[value="${value}"]`;

describe('the options page in Firefox', () => {
  let ff: LaunchedFirefox;
  let options: Context;
  const stored = (name: string) =>
    ff.evaluate<unknown>(
      options,
      `browser.storage.local.get('lede:setting:${name}').then((o) => o['lede:setting:${name}'])`,
    );

  beforeAll(async () => {
    ff = await launchFirefox();
    options = await ff.openAddonPage('options.html');
    await ff.waitFor(options, `document.querySelector('main.options h1')?.textContent === 'Lede options'`);
  });
  afterAll(() => ff?.close());

  test('the interface language chosen there: the options page, a new popup and the open sidebar turn Japanese', async () => {
    const { page, tabId } = await openArticle(ff);
    await ff.activate(page);
    await ff.openSidebar();
    const sidebarSays = (name: string) =>
      ff.waitInSidebar(
        `[...w.document.querySelectorAll('button')].some((b) => b.textContent === ${JSON.stringify(name)})`,
      );
    await sidebarSays('History');

    await ff.activate(options);
    await ff.click(options, choice(3, 'ja'));
    await ff.waitFor(options, `document.querySelector('main.options h1').textContent === 'Lede の設定'`);
    expect(await stored('uiLang')).toBe('ja');

    const popup = await popupFor(ff, tabId);
    expect(await ff.evaluate(popup, `document.documentElement.lang`)).toBe('ja');
    expect(await ff.evaluate(popup, `document.querySelector('button.button[data-format]').textContent`)).toBe(
      'コピー（Markdown）',
    );
    // The open sidebar follows the change without being opened again.
    await sidebarSays('履歴');
    await ff.activate(page);
    await ff.waitInSidebar(
      `w.document.querySelector('button.button[data-format]')?.textContent === 'コピー（Markdown）'`,
    );

    await ff.activate(options);
    await ff.click(options, choice(3, 'auto'));
    await ff.waitFor(options, `document.querySelector('main.options h1').textContent === 'Lede options'`);
    await sidebarSays('History');
  });

  test('the outline length chosen there: a popup opened afterwards shows fewer points brief, more detailed', async () => {
    const points = async (length: 'brief' | 'standard' | 'detailed') => {
      await ff.activate(options);
      await ff.click(options, choice(1, length));
      await ff.waitFor(options, `document.querySelector(${JSON.stringify(choice(1, length))}).checked`);
      expect((await stored('length')) ?? 'standard').toBe(length);
      const { tabId } = await openArticle(ff);
      const popup = await popupFor(ff, tabId);
      return ff.evaluate<number>(popup, `document.querySelectorAll('section.section .point').length`);
    };
    const standard = await points('standard');
    const brief = await points('brief');
    const detailed = await points('detailed');
    expect(brief).toBeLessThan(standard);
    expect(detailed).toBeGreaterThan(standard);
    await points('standard');
  });

  test('"Change shortcut" opens Firefox\'s own shortcuts page', async () => {
    const tree = async () =>
      (
        await ff.bidi.send<{ contexts: { url: string }[] }>('browsingContext.getTree', { maxDepth: 0 })
      ).contexts.map((c) => c.url);
    expect((await tree()).some((u) => u.startsWith('about:addons'))).toBe(false);
    const { tabId } = await openArticle(ff);
    const panel = await ff.openAddonPage(`sidepanel.html?tabId=${tabId}`);
    await ff.waitFor(panel, `document.querySelector('.shortcut button') !== null`);
    expect(await ff.evaluate(panel, `document.querySelector('.shortcut').textContent`)).toMatch(
      /Alt\+Shift\+L/,
    );
    await ff.click(panel, '.shortcut button');
    const end = Date.now() + 20_000;
    while (!(await tree()).some((u) => u.startsWith('about:addons'))) {
      if (Date.now() > end) expect(await tree()).toContain('about:addons');
      await new Promise((ok) => setTimeout(ok, 100));
    }
  });
});

describe('"Ready before you click" in Firefox', () => {
  let ff: LaunchedFirefox;
  // `<all_urls>` granted at install: the permission the option asks for, without Firefox's
  // prompt (which no automation answers). Firefox opens an add-on's sidebar when it is
  // installed; it is closed here, or the sidebar, following the tab, would outline every page.
  beforeAll(async () => {
    ff = await launchFirefox({ hosts: [...TEST_HOSTS, '<all_urls>'] });
    await ff.evaluateInBrowserWindow(`(SidebarController.hide(), true)`);
  });
  afterAll(() => ff?.close());

  test('turned on there, a page shown is outlined before any click, outside the history; off, the script is gone', async () => {
    const options = await ff.openAddonPage('options.html');
    const box = `main.options fieldset:nth-of-type(6) input[type=checkbox]`;
    await ff.waitFor(options, `document.querySelector('${box}')?.disabled === false`);
    expect(
      await ff.evaluate(
        options,
        `document.querySelector('main.options fieldset:nth-of-type(6) legend').textContent`,
      ),
    ).toBe('Ready before you click');
    const registered = () =>
      ff.evaluate<string[]>(
        options,
        `browser.scripting.getRegisteredContentScripts().then((s) => s.map((c) => c.id))`,
      );
    // Off by default: no script of Lede's in any page.
    expect(await registered()).toEqual([]);

    await ff.activate(options);
    await ff.click(options, box);
    await ff.waitFor(
      options,
      `browser.storage.local.get('lede:setting:readyAhead').then((o) => o['lede:setting:readyAhead'] === true)`,
    );
    await ff.waitFor(options, `browser.scripting.getRegisteredContentScripts().then((s) => s.length > 0)`);
    expect(await registered()).toEqual(['lede-ahead']);
    const { page, url, tabId } = await openArticle(ff);
    await ff.activate(page);
    const made = await ff.waitFor<{ url: string; result: { ok: boolean } }>(
      options,
      `browser.storage.session.get('lede:last:${tabId}').then((o) => o['lede:last:${tabId}'])`,
    );
    expect(made.url).toBe(url);
    expect(made.result.ok).toBe(true);
    // Made ahead, not asked for: not in the reader's history until they open it.
    expect(
      await ff.evaluate<number>(
        options,
        `browser.storage.local.get(null).then((o) => Object.keys(o).filter((k) => k.startsWith('lede:history:')).length)`,
      ),
    ).toBe(0);

    // Turned off: the script is gone.
    await ff.activate(options);
    await ff.click(options, box);
    await ff.waitFor(options, `browser.scripting.getRegisteredContentScripts().then((s) => s.length === 0)`);
  });
});
