/**
 * Heap of an extension context after a forced garbage collection, over the DevTools protocol.
 *
 * Pages (the side panel) go through Playwright's own CDP session for the page. A service
 * worker has none (`newCDPSession` takes a Page or Frame only), so the worker is reached
 * from the browser's endpoint: `Target.attachToTarget` in flat mode, commands sent with the
 * session's id. The earlier bench opened the worker target's own websocket from
 * /json/list and waited for replies without a bound; it stalled (issue 7). Every command
 * here has a bound (steps.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { step } from './steps';

const COMMAND_MS = 15_000;

/** `performance`-free: the used JS heap of a page, after a GC. */
export async function pageHeap(page: Page): Promise<number> {
  const cdp = await step('open CDP session on the page', COMMAND_MS, () =>
    page.context().newCDPSession(page),
  );
  try {
    await step('HeapProfiler.collectGarbage (page)', COMMAND_MS, () =>
      cdp.send('HeapProfiler.collectGarbage'),
    );
    const { usedSize } = await step('Runtime.getHeapUsage (page)', COMMAND_MS, () =>
      cdp.send('Runtime.getHeapUsage'),
    );
    return usedSize;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

export interface DomCounters {
  documents: number;
  nodes: number;
  jsEventListeners: number;
}

/** The page's live documents, DOM nodes and JS event listeners (after `pageHeap`'s GC). */
export async function domCounters(page: Page): Promise<DomCounters> {
  const cdp = await step('open CDP session on the page', COMMAND_MS, () =>
    page.context().newCDPSession(page),
  );
  try {
    return await step('Memory.getDOMCounters', COMMAND_MS, () => cdp.send('Memory.getDOMCounters'));
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

interface Message {
  id?: number;
  sessionId?: string;
  result?: Record<string, unknown>;
  error?: { message: string };
}

/** One connection to the browser endpoint (flat protocol), with bounded commands. */
class BrowserCdp {
  private next = 0;
  private readonly waiting = new Map<number, (m: Message) => void>();
  private constructor(private readonly ws: WebSocket) {
    ws.addEventListener('message', (ev) => {
      const msg = JSON.parse(String(ev.data)) as Message;
      if (msg.id !== undefined) this.waiting.get(msg.id)?.(msg);
    });
  }

  static async open(profileDir: string): Promise<BrowserCdp> {
    // DevToolsActivePort: the port, then the browser target's path.
    const [port, path] = readFileSync(join(profileDir, 'DevToolsActivePort'), 'utf8').split('\n');
    const ws = new WebSocket(`ws://127.0.0.1:${port}${path}`);
    await step(
      'connect to the browser endpoint',
      COMMAND_MS,
      () =>
        new Promise((ok, fail) => {
          ws.onopen = ok;
          ws.onerror = () => fail(new Error('websocket error'));
        }),
    );
    return new BrowserCdp(ws);
  }

  send<T = Record<string, unknown>>(method: string, params: object = {}, sessionId?: string): Promise<T> {
    return step(
      method,
      COMMAND_MS,
      () =>
        new Promise<T>((ok, fail) => {
          const id = ++this.next;
          this.waiting.set(id, (m) => {
            this.waiting.delete(id);
            if (m.error) fail(new Error(m.error.message));
            else ok((m.result ?? {}) as T);
          });
          this.ws.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }));
        }),
    );
  }

  close() {
    this.ws.close();
  }
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

/** The used JS heap of the extension's service worker, after a GC. */
export function workerHeap(profileDir: string, extensionId: string): Promise<number> {
  return targetHeap(
    profileDir,
    'service worker',
    (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`),
  );
}

/** The used JS heap of the extension's offscreen document (where extraction runs), after a GC. */
export function offscreenHeap(profileDir: string, extensionId: string): Promise<number> {
  return targetHeap(
    profileDir,
    'offscreen document',
    (t) => t.url === `chrome-extension://${extensionId}/offscreen.html`,
  );
}

/** A target no Playwright page stands for, reached from the browser's endpoint. */
async function targetHeap(
  profileDir: string,
  name: string,
  match: (t: TargetInfo) => boolean,
): Promise<number> {
  const cdp = await BrowserCdp.open(profileDir);
  try {
    const { targetInfos } = await cdp.send<{ targetInfos: TargetInfo[] }>('Target.getTargets');
    const target = targetInfos.find(match);
    if (!target) throw new Error(`the extension has no ${name} open`);
    const { sessionId } = await cdp.send<{ sessionId: string }>('Target.attachToTarget', {
      targetId: target.targetId,
      flatten: true,
    });
    try {
      await cdp.send('HeapProfiler.collectGarbage', {}, sessionId);
      const { usedSize } = await cdp.send<{ usedSize: number }>('Runtime.getHeapUsage', {}, sessionId);
      return usedSize;
    } finally {
      await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
    }
  } finally {
    cdp.close();
  }
}
