/**
 * What grows in a page's heap (`npm run bench:browser -- --snapshots`): a heap snapshot over
 * the DevTools protocol, summed by constructor (or node type), so two snapshots can be
 * compared. For hunting a leak the memory phase reports; slow, so off by default.
 */
import type { Page } from 'playwright-core';
import { step } from './steps';

export type Census = Map<string, { count: number; bytes: number }>;

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
  nodes: number[];
  strings: string[];
}

export async function census(page: Page): Promise<Census> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const chunks: string[] = [];
    cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
    await step('HeapProfiler.enable', 30_000, () => cdp.send('HeapProfiler.enable'));
    await step('HeapProfiler.collectGarbage', 30_000, () => cdp.send('HeapProfiler.collectGarbage'));
    await step('HeapProfiler.takeHeapSnapshot', 120_000, () =>
      cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false }),
    );
    const snap = JSON.parse(chunks.join('')) as Snapshot;
    const fields = snap.snapshot.meta.node_fields;
    const types = snap.snapshot.meta.node_types[0];
    const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
    const out: Census = new Map();
    for (let i = 0; i < snap.nodes.length; i += fields.length) {
      const type = types[snap.nodes[i + typeAt]];
      // Names such as `system / Context / scope @4321` carry a node id: grouped without it.
      const name = snap.strings[snap.nodes[i + nameAt]].replace(/ @\d+$/, '');
      // Compiled code and native objects by name too: the panel's growth was only these
      // (issue 7), and their names say whose code it is (a script URL, a function name).
      const key = ['object', 'closure', 'code', 'native'].includes(type)
        ? `${type} ${name.slice(0, 70)}`
        : type;
      const entry = out.get(key) ?? { count: 0, bytes: 0 };
      entry.count++;
      entry.bytes += snap.nodes[i + sizeAt];
      out.set(key, entry);
    }
    return out;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** The `top` kinds of node that grew most in bytes from `a` to `b`. */
export function grown(a: Census, b: Census, top = 12): string[] {
  return [...b.entries()]
    .map(([k, v]) => ({
      k,
      bytes: v.bytes - (a.get(k)?.bytes ?? 0),
      count: v.count - (a.get(k)?.count ?? 0),
    }))
    .sort((x, y) => y.bytes - x.bytes)
    .slice(0, top)
    .map(
      ({ k, bytes, count }) =>
        `${(bytes / 1024).toFixed(1).padStart(8)} kB ${String(count).padStart(6)} × ${k.slice(0, 80)}`,
    );
}
