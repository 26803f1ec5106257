/**
 * A DevTools session on an extension target no Playwright page stands for (the service worker,
 * the offscreen document), reached from the browser's endpoint in flat mode, that can take heap
 * snapshots (issue 7, memory). heap.ts reads used sizes the same way; this one also listens for
 * the snapshot's chunks. Keep one session for a series of snapshots when their object ids must
 * match (survivors.ts): V8 forgets the ids when the heap profiler is disabled, as on detach.
 */
import { connectBrowser } from './cdp-socket';

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
  const cdp = await connectBrowser(profileDir, commandMs);
  const send = cdp.send;
  let chunks: string[] = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', (p) => chunks.push(p.chunk as string));
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
      close: () => cdp.close(),
    };
  } catch (e) {
    cdp.close();
    throw e;
  }
}
