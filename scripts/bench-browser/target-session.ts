/**
 * A DevTools session on an extension target no Playwright page stands for (the service worker,
 * the offscreen document), reached from the browser's endpoint in flat mode, that can take heap
 * snapshots (issue 7, memory). heap.ts reads used sizes the same way; this one also listens for
 * the snapshot's chunks. Keep one session for a series of snapshots when their object ids must
 * match (survivors.ts): V8 forgets the ids when the heap profiler is disabled, as on detach.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { step } from './steps';

interface Message {
  id?: number;
  method?: string;
  params?: Record<string, unknown>;
  result?: Record<string, unknown>;
  error?: { message: string };
}

export interface TargetInfo {
  type: string;
  url: string;
}

export const isWorkerOf = (extensionId: string) => (t: TargetInfo) =>
  t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`);
export const isOffscreenOf = (extensionId: string) => (t: TargetInfo) =>
  t.url === `chrome-extension://${extensionId}/offscreen.html`;

export interface TargetSession {
  /** A forced GC, the used heap, then a snapshot (its JSON text). */
  snapshot(): Promise<{ json: string; usedSize: number }>;
  close(): void;
}

export async function attachTarget(
  profileDir: string,
  match: (t: TargetInfo) => boolean,
  commandMs = 180_000,
): Promise<TargetSession> {
  const [port, path] = readFileSync(join(profileDir, 'DevToolsActivePort'), 'utf8').split('\n');
  const ws = new WebSocket(`ws://127.0.0.1:${port}${path}`);
  await step(
    'connect to the browser endpoint',
    15_000,
    () =>
      new Promise((ok, fail) => {
        ws.onopen = ok;
        ws.onerror = () => fail(new Error('websocket error'));
      }),
  );
  let next = 0;
  const waiting = new Map<number, (m: Message) => void>();
  let chunks: string[] = [];
  ws.addEventListener('message', (ev) => {
    const m = JSON.parse(String(ev.data)) as Message;
    if (m.id !== undefined) waiting.get(m.id)?.(m);
    else if (m.method === 'HeapProfiler.addHeapSnapshotChunk') chunks.push(m.params!.chunk as string);
  });
  const send = <T>(method: string, params: object = {}, sessionId?: string) =>
    step(
      method,
      commandMs,
      () =>
        new Promise<T>((ok, fail) => {
          const id = ++next;
          waiting.set(id, (m) => {
            waiting.delete(id);
            if (m.error) fail(new Error(m.error.message));
            else ok((m.result ?? {}) as T);
          });
          ws.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }));
        }),
    );
  try {
    const { targetInfos } = await send<{ targetInfos: (TargetInfo & { targetId: string })[] }>(
      'Target.getTargets',
    );
    const target = targetInfos.find(match);
    if (!target) throw new Error('no such target open');
    const { sessionId } = await send<{ sessionId: string }>('Target.attachToTarget', {
      targetId: target.targetId,
      flatten: true,
    });
    await send('HeapProfiler.enable', {}, sessionId);
    return {
      async snapshot() {
        chunks = [];
        await send('HeapProfiler.collectGarbage', {}, sessionId);
        const { usedSize } = await send<{ usedSize: number }>('Runtime.getHeapUsage', {}, sessionId);
        await send('HeapProfiler.takeHeapSnapshot', { reportProgress: false }, sessionId);
        return { json: chunks.join(''), usedSize };
      },
      close: () => ws.close(),
    };
  } catch (e) {
    ws.close();
    throw e;
  }
}
