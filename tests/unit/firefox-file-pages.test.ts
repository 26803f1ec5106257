/**
 * lib/glue.ts injectContentScript on a saved page (file://). Chrome reads file:// pages only when
 * the reader turned on "Allow access to file URLs" for Lede, which `extension
 * .isAllowedFileSchemeAccess()` tells; Firefox has no such switch and that call always answers
 * false there (MDN, extension.isAllowedFileSchemeAccess). Asked in Firefox, it refused every
 * saved page before trying, telling the reader to turn on a setting Firefox does not have: there
 * the injection itself decides (a refusal is still the `restricted` reason).
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { injectContentScript } from '@/lib/glue';

const executeScript = vi.fn();
const FILE = { id: 7, windowId: 1, url: 'file:///home/me/saved-article.html' };

beforeEach(() => {
  fakeBrowser.reset();
  executeScript.mockReset();
  Object.assign(fakeBrowser.scripting, { executeScript });
  // What Firefox always answers (and Chrome while the switch is off).
  Object.assign(fakeBrowser.extension, { isAllowedFileSchemeAccess: async () => false });
});
afterEach(() => vi.unstubAllEnvs());

describe('injectContentScript on a file:// page', () => {
  test('Chrome, file access off: refused before trying, with the switch to turn on', async () => {
    const r = await injectContentScript(FILE);
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'restricted', message: expect.stringContaining('file URLs') },
    });
    expect(executeScript).not.toHaveBeenCalled();
  });

  test('Firefox: the injection is tried, and the page is read', async () => {
    vi.stubEnv('FIREFOX', true as never);
    executeScript.mockResolvedValue([{ result: undefined }]);
    const r = await injectContentScript(FILE);
    expect(r).toEqual({ ok: true, value: null });
    expect(executeScript).toHaveBeenCalledWith({
      target: { tabId: 7 },
      files: ['/content-scripts/content.js'],
    });
  });

  test('Firefox: a refused injection is the plain restricted reason, naming no Chrome switch', async () => {
    vi.stubEnv('FIREFOX', true as never);
    executeScript.mockRejectedValue(new Error('Missing host permission for the tab'));
    const r = await injectContentScript(FILE);
    expect(r).toMatchObject({ ok: false, error: { code: 'restricted' } });
    expect(r.ok || r.error.message).not.toContain('file URLs');
  });

  test('Firefox: a saved PDF is still the PDF reason, without trying', async () => {
    vi.stubEnv('FIREFOX', true as never);
    const r = await injectContentScript({ ...FILE, url: 'file:///home/me/report.pdf' });
    expect(r).toMatchObject({ ok: false, error: { code: 'pdf' } });
    expect(executeScript).not.toHaveBeenCalled();
  });
});
