/**
 * lib/glue.ts openShortcutSettings, the side panel's "Change shortcut" button. Chrome has no call
 * for its shortcuts page, so it is opened as a tab; Firefox refuses to open chrome:// addresses
 * from an extension and has `commands.openShortcutSettings()` instead.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { openShortcutSettings } from '@/lib/glue';

const create = vi.fn();

beforeEach(() => {
  fakeBrowser.reset();
  create.mockReset().mockResolvedValue({});
  Object.assign(fakeBrowser.tabs, { create });
  delete (fakeBrowser.commands as { openShortcutSettings?: unknown }).openShortcutSettings;
});

describe('openShortcutSettings', () => {
  test('Chrome: opens chrome://extensions/shortcuts in a tab', () => {
    openShortcutSettings();
    expect(create).toHaveBeenCalledWith({ url: 'chrome://extensions/shortcuts' });
  });

  test('Firefox: asks the browser for its own shortcuts page, no chrome:// tab', async () => {
    const open = vi.fn().mockResolvedValue(undefined);
    Object.assign(fakeBrowser.commands, { openShortcutSettings: open });
    openShortcutSettings();
    expect(open).toHaveBeenCalledOnce();
    expect(create).not.toHaveBeenCalled();
  });

  test('a refusal is not left unhandled', async () => {
    // A plain function, not vi.fn(): a mock handles the promise it returns itself (to record
    // how it settled), so a refusal it returns is never unhandled, caught or not.
    let asked = 0;
    const open = () => (asked++, Promise.reject(new Error('no')));
    Object.assign(fakeBrowser.commands, { openShortcutSettings: open });
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    openShortcutSettings();
    await new Promise((r) => setTimeout(r, 10));
    process.off('unhandledRejection', unhandled);
    expect(asked).toBe(1);
    expect(unhandled).not.toHaveBeenCalled();
  });
});
