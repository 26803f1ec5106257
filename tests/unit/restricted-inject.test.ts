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
});
