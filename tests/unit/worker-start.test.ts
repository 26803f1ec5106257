/**
 * The service worker put together (lib/worker/start.ts) against a fake browser: each message
 * reaches its flow only from the sender allowed to send it, the page's actions go to the tab's
 * content script, a selected text is outlined and handed to the side panel, and a closed tab's
 * last outline is dropped. The flows themselves are tested in worker.test.ts; the real browser
 * in tests/e2e.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lastOutlineKey, SELECTION_KEY, type SelectionHandOver, type Sender } from '../../lib/protocol';
import { createMemoryArea } from '../../lib/storage';
import type { Result } from '../../lib/types';
import { startWorker, type WorkerPlatform } from '../../lib/worker/start';

const ME = { id: 'lede', origin: 'chrome-extension://lede/' };
const POPUP: Sender = { id: 'lede', url: 'chrome-extension://lede/popup.html' };
const CONTENT: Sender = { id: 'lede', url: 'https://example.com/a', tab: { id: 7 } as Sender['tab'] };
const STRANGER: Sender = { id: 'other-extension', url: 'chrome-extension://other/popup.html' };
const SEED = readFileSync(new URL('../../../shared/seed/000_ae1158fff16cfffb.txt', import.meta.url), 'utf8');

type Handler = (msg: { data: unknown; sender: Sender }) => unknown;
type MenuClick = (tab: { id: number; windowId: number; url?: string; title?: string }, text: string) => void;

/** A browser whose listeners are kept for the test to call, and whose calls are written down. */
function fakeBrowser() {
  const handlers = new Map<string, Handler>();
  const sent: { name: string; data: unknown; tabId?: number }[] = [];
  const calls: string[] = [];
  const removed: ((tabId: number) => void)[] = [];
  const local = createMemoryArea();
  const session = createMemoryArea();
  let selectionClick: MenuClick | null = null;
  const platform = {
    self: () => ME,
    localArea: () => local,
    sessionArea: () => session,
    onMessage: (name: string, handler: Handler) => void handlers.set(name, handler),
    sendMessage: async (name: string, data: unknown, tabId?: number) => {
      sent.push({ name, data, tabId });
      return { ok: true, value: name === 'scrollTo' ? null : 1 };
    },
    onPort: () => () => undefined,
    connectTab: () => {
      throw new Error('not reached in these tests');
    },
    tabById: async (tabId: number) => ({ id: tabId, windowId: 1, url: 'https://example.com/a' }),
    injectContentScript: async () => ({ ok: true, value: null }),
    copyForwarder: () => null,
    extractOffThePage: async () => {
      throw new Error('not reached in these tests');
    },
    openOffscreen: async () => undefined,
    onTabRemoved: (l: (tabId: number) => void) => void removed.push(l),
    onToolbarClick: () => true,
    openPopupFor: async () => void calls.push('popup'),
    openSidePanel: async (tab: { id: number }) => void calls.push(`sidePanel ${tab.id}`),
    onShortcut: () => undefined,
    addPageMenuItem: () => undefined,
    addSelectionMenuItem: (_id: string, _title: string, onClick: MenuClick) =>
      void (selectionClick = onClick),
    hasFollowPermission: async () => false,
    onPermissionsChange: () => undefined,
    setAheadScript: async () => void calls.push('setAheadScript'),
    language: 'ja',
  };
  startWorker(platform as unknown as WorkerPlatform);
  const send = (name: string, data: unknown, sender: Sender) =>
    handlers.get(name)!({ data, sender }) as Promise<Result<unknown>>;
  return { send, sent, calls, session, removed, selection: () => selectionClick! };
}

const refused = expect.objectContaining({
  ok: false,
  error: expect.objectContaining({ code: 'internal', message: expect.stringContaining('unknown sender') }),
});

describe('startWorker', () => {
  it('listens for every message the protocol sends it', () => {
    const b = fakeBrowser();
    for (const name of ['outline', 'toolbarClick', 'show', 'highlight', 'roleMarkers', 'shown', 'navigated'])
      expect(() => b.send(name, {}, STRANGER)).not.toThrow();
  });

  it("sends the popup's 'show' to the tab's content script and returns its answer", async () => {
    const b = fakeBrowser();
    const ref = { paragraphId: 'p1', domIndex: 3, text: 'A paragraph.' };
    expect(await b.send('show', { tabId: 7, ref }, POPUP)).toEqual({ ok: true, value: null });
    expect(b.sent).toEqual([{ name: 'scrollTo', data: ref, tabId: 7 }]);
  });

  it('refuses the UI messages from a content script or another extension, and sends nothing', async () => {
    const b = fakeBrowser();
    const ref = { paragraphId: 'p1', domIndex: 3, text: 'A paragraph.' };
    for (const sender of [CONTENT, STRANGER]) {
      expect(await b.send('show', { tabId: 7, ref }, sender)).toEqual(refused);
      expect(await b.send('highlight', { tabId: 7, refs: [ref] }, sender)).toEqual(refused);
      expect(await b.send('outline', { tabId: 7 }, sender)).toEqual(refused);
      expect(await b.send('toolbarClick', { tabId: 7, windowId: 1 }, sender)).toEqual(refused);
    }
    expect(b.sent).toEqual([]);
    expect(b.calls).not.toContain('popup');
  });

  it("refuses a page's 'shown' from anything but the top frame of its content script", async () => {
    const b = fakeBrowser();
    expect(await b.send('shown', {}, POPUP)).toEqual(refused);
    expect(await b.send('shown', {}, { ...CONTENT, frameId: 2 })).toEqual(refused);
  });

  it('outlines a selected text and hands it to the side panel, opened first', async () => {
    const b = fakeBrowser();
    b.selection()({ id: 7, windowId: 1, url: 'https://example.com/a', title: 'Seed' }, SEED);
    expect(b.calls).toEqual(expect.arrayContaining(['sidePanel 7']));
    await expect.poll(async () => (await b.session.get(SELECTION_KEY))[SELECTION_KEY]).toBeTruthy();
    const handed = (await b.session.get(SELECTION_KEY))[SELECTION_KEY] as SelectionHandOver;
    expect(handed.tabId).toBe(7);
    expect(handed.result.ok).toBe(true);
    if (handed.result.ok) {
      expect(handed.result.value.title).toBe('Seed');
      expect(handed.result.value.lang).toBe('ja');
    }
  });

  it("drops a closed tab's last outline", async () => {
    const b = fakeBrowser();
    await b.session.set({ [lastOutlineKey(7)]: { url: 'https://example.com/a' } });
    for (const l of b.removed) l(7);
    await expect.poll(async () => Object.keys(await b.session.get(lastOutlineKey(7)))).toEqual([]);
  });
});
