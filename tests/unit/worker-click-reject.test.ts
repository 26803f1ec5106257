/**
 * lib/worker/start.ts against a fake browser (as worker-start.test.ts): a toolbar
 * click whose extraction fails must leave no unhandled rejection in the service worker, and the
 * popup's request that takes the click's reading still gets an answer.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type CapturePortMessage, type PortLike, type Sender } from '../../lib/protocol';
import { createMemoryArea } from '../../lib/storage';
import type { Result } from '../../lib/types';
import { startWorker, type WorkerPlatform } from '../../lib/worker/start';

const ME = { id: 'lede', origin: 'chrome-extension://lede/' };
const POPUP: Sender = { id: 'lede', url: 'chrome-extension://lede/popup.html' };
const HTML = '<!DOCTYPE html><html><head><title>A</title></head><body><p>Text.</p></body></html>';

type Handler = (msg: { data: unknown; sender: Sender }) => unknown;

/** The port a freshly injected content script opens, offering its copy unasked. */
function offerPort(tabId: number): PortLike<unknown, unknown> {
  const listeners: ((m: unknown) => void)[] = [];
  const messages: CapturePortMessage[] = [
    { part: HTML },
    { done: { ok: true, value: { url: 'https://example.com/a', revision: 'r1', chars: HTML.length } } },
  ];
  let open = true;
  setTimeout(() => messages.forEach((m) => open && listeners.forEach((l) => l(m))), 0);
  return {
    sender: { id: 'lede', url: 'https://example.com/a', tab: { id: tabId }, frameId: 0 },
    postMessage: () => {},
    onMessage: (l) => void listeners.push(l),
    onDisconnect: () => {},
    disconnect: () => void (open = false),
  };
}

function fakeBrowser() {
  const handlers = new Map<string, Handler>();
  let accept: ((port: PortLike<unknown, unknown>) => void) | null = null;
  let toolbar: ((tab: { id: number; windowId: number }) => void) | null = null;
  const platform = {
    self: () => ME,
    localArea: () => createMemoryArea(),
    sessionArea: () => createMemoryArea(),
    onMessage: (name: string, handler: Handler) => void handlers.set(name, handler),
    sendMessage: async () => ({ ok: true, value: null }),
    onPort: (_name: string, l: (port: PortLike<unknown, unknown>) => void) => ((accept = l), () => {}),
    connectTab: () => {
      throw new Error('no content script');
    },
    tabById: async (tabId: number) => ({ id: tabId, windowId: 1, url: 'https://example.com/a' }),
    injectContentScript: async (tab: { id: number }) => {
      accept!(offerPort(tab.id));
      return { ok: true, value: null };
    },
    copyForwarder: () => null,
    // The offscreen document went away twice (lib/glue.ts extractOffThePage gives up then).
    extractOffThePage: () => Promise.reject(new Error('the offscreen document went away')),
    openOffscreen: async () => undefined,
    onTabRemoved: () => undefined,
    onToolbarClick: (l: typeof toolbar) => ((toolbar = l), true),
    openPopupFor: async () => undefined,
    openSidePanel: async () => undefined,
    onShortcut: () => undefined,
    addPageMenuItem: () => undefined,
    addSelectionMenuItem: () => undefined,
    hasFollowPermission: async () => false,
    onPermissionsChange: () => undefined,
    setAheadScript: async () => undefined,
    language: 'en',
  };
  startWorker(platform as unknown as WorkerPlatform);
  const send = (name: string, data: unknown, sender: Sender) =>
    handlers.get(name)!({ data, sender }) as Promise<Result<unknown>>;
  return { send, click: (tabId: number) => toolbar!({ id: tabId, windowId: 1 }) };
}

describe('startWorker, a toolbar click whose extraction fails', () => {
  const unhandled: unknown[] = [];
  const record = (e: unknown) => void unhandled.push(e);
  beforeEach(() => {
    unhandled.length = 0;
    process.on('unhandledRejection', record);
  });
  afterEach(() => void process.off('unhandledRejection', record));

  it('leaves no unhandled rejection, and the popup’s request still gets a clear answer', async () => {
    const b = fakeBrowser();
    b.click(7);
    const r = await b.send('outline', { tabId: 7 }, POPUP);
    expect(r).toMatchObject({ ok: false, error: { message: expect.stringContaining('offscreen') } });
    await new Promise((done) => setTimeout(done, 20));
    expect(unhandled).toEqual([]);
  });
});
