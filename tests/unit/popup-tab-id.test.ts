/**
 * The tab the popup outlines (components/extensionSource.ts resolveTabId, popupEarly.ts): the
 * one its address names (`?tabId=N`, as the worker opens it and the tests do), else the active
 * tab. An address that names a tab by something that is no tab id (`?tabId=abc`) names no tab:
 * the reader gets the clear "no page to outline", not the outline of whichever tab is active.
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { popupEarly } from '@/components/popupEarly';
import { createMemoryArea } from '@/lib/storage';

const h = vi.hoisted(() => ({ active: 7 as number | null, asked: [] as unknown[] }));

vi.mock('@/lib/glue', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/glue')>()),
  activeTabId: async () => h.active,
  tabById: async () => null,
}));
vi.mock('@/lib/protocol', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/protocol')>()),
  sendMessage: async (type: string, data: unknown) => {
    h.asked.push({ type, data });
    return { ok: false, error: { code: 'not-article', message: 'x', canForce: true } };
  },
}));

beforeEach(() => {
  h.active = 7;
  h.asked = [];
});

const early = (search: string) => popupEarly(search, { local: createMemoryArea(), session: null });

describe('the popup’s tab', () => {
  test('?tabId=N is that tab, asked at once', async () => {
    const e = early('?tabId=42');
    expect(await e.tabId).toBe(42);
    await e.first;
    expect(h.asked).toEqual([{ type: 'outline', data: { tabId: 42, force: false } }]);
  });

  test('no tabId in the address: the active tab', async () => {
    const e = early('');
    expect(await e.tabId).toBe(7);
    await e.first;
    expect(h.asked).toEqual([{ type: 'outline', data: { tabId: 7, force: false } }]);
  });

  test('a tabId that is no tab id names no tab: "no page to outline", no other tab outlined', async () => {
    for (const search of ['?tabId=abc', '?tabId=4x', '?tabId=-1', '?tabId=', '?tabId=1e3']) {
      const e = early(search);
      expect(await e.tabId, search).toBeNull();
      const r = await e.first;
      expect(r.ok ? null : r.error.code, search).toBe('no-tab');
    }
    expect(h.asked).toEqual([]);
  });
});
