/**
 * lib/glue.ts injectContentScript: a page the URL rules out is never tried, and any refusal
 * of the injection itself reads as `restricted` to the reader (issue 2: a one-line reason).
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { injectContentScript } from '@/lib/glue';

const executeScript = vi.fn();

beforeEach(() => {
  fakeBrowser.reset();
  executeScript.mockReset();
  Object.assign(fakeBrowser.scripting, { executeScript });
  Object.assign(fakeBrowser.extension, { isAllowedFileSchemeAccess: async () => false });
});

describe('injectContentScript', () => {
  test('injects the runtime content script into an ordinary page', async () => {
    executeScript.mockResolvedValue([{ result: undefined }]);
    const r = await injectContentScript({ id: 7, windowId: 1, url: 'https://example.org/news/1' });
    expect(r).toEqual({ ok: true, value: null });
    expect(executeScript).toHaveBeenCalledWith({
      target: { tabId: 7 },
      files: ['/content-scripts/content.js'],
    });
  });

  test.each([
    ['chrome://version', 'restricted'],
    ['https://example.org/report.pdf', 'pdf'],
    ['file:///home/me/a.html', 'restricted'],
    ['about:blank', 'no-tab'],
  ])('%s is refused before trying (%s)', async (url, code) => {
    const r = await injectContentScript({ id: 7, windowId: 1, url });
    expect(r).toMatchObject({ ok: false, error: { code } });
    expect(executeScript).not.toHaveBeenCalled();
  });

  test('a refused injection on a URL we could not see is the restricted reason', async () => {
    executeScript.mockRejectedValue(new Error('Cannot access a chrome:// URL'));
    const r = await injectContentScript({ id: 7, windowId: 1 });
    expect(r).toMatchObject({ ok: false, error: { code: 'restricted', canForce: false } });
  });

  // Firefox ESR 153 (tests/e2e/firefox.test.ts, about:robots): an injection into a browser
  // page whose address the add-on may not see resolves with [null] instead of throwing, so the
  // reader waited for a script that never ran and was told the page did not answer.
  test('a page whose URL we cannot see is probed first: a probe that did not run is the restricted reason', async () => {
    executeScript.mockResolvedValue([null]);
    const r = await injectContentScript({ id: 7, windowId: 1 });
    expect(r).toMatchObject({ ok: false, error: { code: 'restricted', canForce: false } });
    expect(executeScript).toHaveBeenCalledTimes(1);
    expect(executeScript.mock.calls[0][0]).not.toHaveProperty('files');
  });

  test('a page whose URL we cannot see but whose probe ran gets the content script', async () => {
    executeScript.mockImplementation(async (o: { func?: () => unknown }) => [
      { result: o.func ? o.func() : undefined },
    ]);
    const r = await injectContentScript({ id: 7, windowId: 1 });
    expect(r).toEqual({ ok: true, value: null });
    expect(executeScript).toHaveBeenLastCalledWith({
      target: { tabId: 7 },
      files: ['/content-scripts/content.js'],
    });
  });

  test('a page whose URL we can see is not probed (one call on the first open, issue 7)', async () => {
    executeScript.mockResolvedValue([null]);
    await injectContentScript({ id: 7, windowId: 1, url: 'https://example.org/news/1' });
    expect(executeScript).toHaveBeenCalledTimes(1);
  });
});
