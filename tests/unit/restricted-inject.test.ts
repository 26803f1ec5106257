/**
 * lib/glue.ts injectScript: a page the URL rules out is never tried, and any refusal
 * of the injection itself reads as `restricted` to the reader (issue 2: a one-line reason).
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { injectScript, SCRIPTS } from '@/lib/glue';

const executeScript = vi.fn();

beforeEach(() => {
  fakeBrowser.reset();
  executeScript.mockReset();
  Object.assign(fakeBrowser.scripting, { executeScript });
  Object.assign(fakeBrowser.extension, { isAllowedFileSchemeAccess: async () => false });
});

describe('injectScript', () => {
  test.each([
    [SCRIPTS.capture, '/capture.js'],
    [SCRIPTS.page, '/content-scripts/content.js'],
  ])('injects %s into an ordinary page', async (script, file) => {
    executeScript.mockResolvedValue([{ result: undefined }]);
    const r = await injectScript({ id: 7, windowId: 1, url: 'https://example.org/news/1' }, script);
    expect(r).toEqual({ ok: true, value: null });
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7 }, files: [file] });
  });

  test.each([
    ['chrome://version', 'restricted'],
    ['https://example.org/report.pdf', 'pdf'],
    ['file:///home/me/a.html', 'restricted'],
    ['about:blank', 'no-tab'],
  ])('%s is refused before trying (%s)', async (url, code) => {
    const r = await injectScript({ id: 7, windowId: 1, url }, SCRIPTS.capture);
    expect(r).toMatchObject({ ok: false, error: { code } });
    expect(executeScript).not.toHaveBeenCalled();
  });

  test('a refused injection on a URL we could not see is the restricted reason', async () => {
    executeScript.mockRejectedValue(new Error('Cannot access a chrome:// URL'));
    const r = await injectScript({ id: 7, windowId: 1 }, SCRIPTS.page);
    expect(r).toMatchObject({ ok: false, error: { code: 'restricted', canForce: false } });
  });
});
