/**
 * lib/glue.ts injectContentScript on a new tab's first about:blank. Firefox (ESR 153) hides that
 * address from the add-on as it hides a browser page's, and lets the probe run there; the
 * content script then went into the blank document a new tab holds for a moment and died with
 * it, and every request for the tab waited 10 s on it (tests/e2e/firefox-sidebar.test.ts: the
 * sidebar following a tab opened anew). Such a tab is no page yet: refused at the probe, and
 * its load asks again with its address.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { injectContentScript } from '@/lib/glue';

const executeScript = vi.fn();

/** Runs the probe as the tab's document would, at `href`. */
const documentAt = (href: string) => async (o: { func?: () => unknown }) => {
  vi.stubGlobal('location', new URL(href));
  try {
    return [{ result: o.func ? o.func() : undefined }];
  } finally {
    vi.unstubAllGlobals();
  }
};

beforeEach(() => {
  fakeBrowser.reset();
  executeScript.mockReset();
  Object.assign(fakeBrowser.scripting, { executeScript });
});
afterEach(() => vi.unstubAllGlobals());

describe('injectContentScript on a tab whose address is hidden', () => {
  test("a new tab's about:blank is refused at the probe, and no content script goes in", async () => {
    executeScript.mockImplementation(documentAt('about:blank'));
    const r = await injectContentScript({ id: 7, windowId: 1 });
    expect(r).toMatchObject({ ok: false, error: { code: 'restricted' } });
    expect(executeScript).toHaveBeenCalledTimes(1);
    expect(executeScript.mock.calls[0][0]).not.toHaveProperty('files');
  });

  test('a web page the probe runs in gets the content script', async () => {
    executeScript.mockImplementation(documentAt('https://news.example.org/story'));
    const r = await injectContentScript({ id: 7, windowId: 1 });
    expect(r).toEqual({ ok: true, value: null });
    expect(executeScript).toHaveBeenLastCalledWith({
      target: { tabId: 7 },
      files: ['/content-scripts/content.js'],
    });
  });
});
