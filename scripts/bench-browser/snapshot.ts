/**
 * What grows in a page's heap (issue 7, memory): a heap snapshot over the DevTools protocol,
 * summed by kind, so two snapshots can be compared (`npm run bench:browser -- --snapshots`,
 * scripts/bench-browser/panel-heap.ts). Slow (seconds per snapshot), so off by default.
 *
 * The kinds are chosen to tell a leak from what is not one:
 * - `code <script>`: V8's compiled code and its metadata (machine code, relocation and
 *   deoptimisation data, feedback), named by the script of the function it belongs to. It grows
 *   while the JIT optimises more functions and stops when they all are; the side panel's growth
 *   was only this (27 Nov 2026 snapshots: each function gained one optimised Code object).
 * - `perf-entries`: the browser's performance timeline entries (event timing, long tasks, long
 *   animation frames): kept in buffers Chromium caps (150 event timings, 200 long tasks, 200
 *   long animation frames: blink's performance.cc), never by our code, which sets only
 *   once-per-page marks (components/marks.ts).
 * - everything else by node type and constructor (`object Foo`, `closure bar`, `string`):
 *   a leak of ours (state kept in closures, listeners, arrays, DOM) shows here.
 */
import type { Page } from 'playwright-core';
import { HeapGraph as Graph, type RawSnapshot } from './heap-graph';
import { step } from './steps';

export type Census = Map<string, { count: number; bytes: number }>;

const isFunctionInfo = (g: Graph, i: number) =>
  g.type(i) === 'code' && g.name(i).startsWith('system / SharedFunctionInfo');

/**
 * The script a piece of compiled code belongs to: the nearest function (SharedFunctionInfo)
 * holding it, a few retainers up (Code ← function info, or ← closure, or ← feedback), and
 * that function's script name (the chunk's URL), shortened to its file name.
 */
function scriptOf(g: Graph, node: number, cache: Map<number, string>): string {
  const queue: [number, number][] = [[node, 0]];
  const seen = new Set([node]);
  while (queue.length) {
    const [at, depth] = queue.shift()!;
    let info = isFunctionInfo(g, at) ? at : -1;
    if (g.type(at) === 'closure') for (const [, edge, to] of g.edges(at)) if (edge === 'shared') info = to;
    if (info >= 0) {
      if (!cache.has(info)) {
        let name = '(no script)';
        for (const [, edge, script] of g.edges(info))
          if (edge === 'script')
            for (const [, e2, s] of g.edges(script)) if (e2 === 'name' && g.name(s)) name = g.name(s);
        cache.set(info, name.replace(/^.*\//, '').replace(/-[\w-]{8}\.js$/, '.js') || '(eval)');
      }
      return cache.get(info)!;
    }
    if (depth >= 5) continue;
    for (const r of g.retainers(at, { weak: true })) {
      if (seen.has(r)) continue;
      seen.add(r);
      queue.push([r, depth + 1]);
    }
  }
  return '(unattributed)';
}

/** Code's trusted-space wrappers, which V8 lists as native nodes. */
const CODE_NATIVE =
  /^system \/ (ProtectedFixedArray|SharedFunctionInfoWrapper|TrustedByteArray|TrustedWeakFixedArray)$/;

/**
 * Compiled code or its bookkeeping: code nodes, their native wrappers, and V8's lists of the
 * optimised code that depends on an object shape (`dependent_code` of a Map).
 */
const isCode = (g: Graph, i: number) => {
  const type = g.type(i);
  if (type === 'code') return true;
  if (type !== 'native') return false;
  const name = g.name(i);
  if (CODE_NATIVE.test(name)) return true;
  return (
    name === 'system / WeakArrayList' &&
    g
      .retainers(i, { weak: true })
      .some((r) => [...g.edges(r)].some(([, edge, to]) => to === i && edge === 'dependent_code'))
  );
};
const PERF_ENTRY =
  /^(Performance\w*Timing|Performance\w*Entry|TaskAttributionTiming|LargestContentfulPaint|LayoutShift|blink::ScriptTimingInfo)/;

/** The census of a snapshot's JSON text (a page's, or a saved `.heapsnapshot` file). */
export function censusOfSnapshot(json: string): Census {
  return censusOf(new Graph(JSON.parse(json) as RawSnapshot));
}

function censusOf(g: Graph): Census {
  const out: Census = new Map();
  const scripts = new Map<number, string>();
  for (let i = 0; i < g.count; i++) {
    const type = g.type(i);
    // Names such as `system / Context / scope @4321` carry a node id: grouped without it.
    const name = g.name(i).replace(/ @\d+$/, '');
    const key = isCode(g, i)
      ? `code ${scriptOf(g, i, scripts)}`
      : type === 'native' && PERF_ENTRY.test(name)
        ? 'perf-entries'
        : ['object', 'closure', 'native'].includes(type)
          ? `${type} ${name.slice(0, 70)}`
          : type;
    const entry = out.get(key) ?? { count: 0, bytes: 0 };
    entry.count++;
    entry.bytes += g.size(i);
    out.set(key, entry);
  }
  return out;
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
    return censusOfSnapshot(chunks.join(''));
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** The three parts a census is read in: compiled code, capped browser buffers, the rest. */
export interface Split {
  code: number;
  perfEntries: number;
  rest: number;
}

export function split(c: Census): Split {
  const out: Split = { code: 0, perfEntries: 0, rest: 0 };
  for (const [key, { bytes }] of c) {
    if (key.startsWith('code ')) out.code += bytes;
    else if (key === 'perf-entries') out.perfEntries += bytes;
    else out.rest += bytes;
  }
  return out;
}

/** The `top` kinds of node that changed most in bytes from `a` to `b` (grown or shrunk). */
export function grown(a: Census, b: Census, top = 12): string[] {
  const keys = new Set([...a.keys(), ...b.keys()]);
  return [...keys]
    .map((k) => ({
      k,
      bytes: (b.get(k)?.bytes ?? 0) - (a.get(k)?.bytes ?? 0),
      count: (b.get(k)?.count ?? 0) - (a.get(k)?.count ?? 0),
    }))
    .sort((x, y) => Math.abs(y.bytes) - Math.abs(x.bytes))
    .slice(0, top)
    .map(
      ({ k, bytes, count }) =>
        `${(bytes / 1024).toFixed(1).padStart(8)} kB ${String(count).padStart(6)} × ${k.slice(0, 80)}`,
    );
}
