/**
 * `NODE_OPTIONS=--experimental-websocket npx tsx scripts/bench-browser/worker-snapshots.ts
 *  [--warm N] [--round N] [--pages N] [--out DIR] [--target worker|offscreen] [--series K]`
 * (issue 7, memory): what the service worker keeps over many outlines. The side panel outlines
 * the served pages one after another (drive-panel.ts, as the memory phase does); after the
 * warm-up and after each of two rounds a heap snapshot of the worker is saved (A, B, C), then
 * survivors.ts lists what was allocated between A and B and is still alive in C, with its
 * retainers and, for compiled code, the function it belongs to.
 * `--series K`: K rounds instead, each ending with the used heap and its growth split into
 * compiled code and the rest (snapshot.ts), to see whether the code's growth stops.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from '../../tests/e2e/harness';
import { outlineInPanel, panelOnServedPages } from './drive-panel';
import { benchPages } from './pages';
import { censusOfSnapshot, split } from './snapshot';
import { HeapGraph } from './heap-graph';
import { chain, codeOwners, survivors } from './survivors';
import { attachTarget, isOffscreenOf, isWorkerOf, type TargetSession } from './target-session';

const args = process.argv.slice(2);
const flag = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const WARM = Number(flag('--warm', '100'));
const ROUND = Number(flag('--round', '100'));
const PAGES = Number(flag('--pages', '30'));
const OUT = flag('--out', '/tmp/lede-worker-snapshots');
const TARGET = flag('--target', 'worker');
const SERIES = Number(flag('--series', '0'));

const files = benchPages(PAGES);
const browser = await launch();
const { drive, server } = await panelOnServedPages(browser, files);
let done = 0;
const outlines = async (n: number) => {
  for (let k = 0; k < n; k += 50) {
    const m = Math.min(50, n - k);
    await outlineInPanel(drive, done, m);
    done += m;
  }
  console.log(`  ${done} outlines`);
};
const match = (TARGET === 'offscreen' ? isOffscreenOf : isWorkerOf)(browser.extensionId);
if (SERIES > 0) {
  await outlines(WARM);
  let last: ReturnType<typeof split> | null = null;
  let lastHeap = 0;
  for (let k = 0; k <= SERIES; k++) {
    if (k > 0) await outlines(ROUND);
    // A session per snapshot: a profiler kept enabled holds more in the heap (seen: +2 MB).
    const session = await attachTarget(browser.profileDir, match);
    const { json, usedSize } = await session.snapshot();
    session.close();
    const now = split(censusOfSnapshot(json));
    const kB = (b: number) => (b / 1024).toFixed(0);
    const rate = (b: number) => (b / ROUND).toFixed(0).padStart(6);
    console.log(
      `after ${String(done).padStart(5)} outlines: used ${kB(usedSize)} kB, code ${kB(now.code)} kB, rest ${kB(now.rest)} kB` +
        (last
          ? `; B/outline since: heap ${rate(usedSize - lastHeap)}, code ${rate(now.code - last.code)}, rest ${rate(now.rest + now.perfEntries - last.rest - last.perfEntries)}`
          : ''),
    );
    last = now;
    lastHeap = usedSize;
  }
  await browser.close();
  await server.close();
  process.exit(0);
}
mkdirSync(OUT, { recursive: true });
const names: string[] = [];
let session: TargetSession | null = null;
for (const [k, n] of [WARM, ROUND, ROUND].entries()) {
  await outlines(n);
  session ??= await attachTarget(browser.profileDir, match);
  const { json, usedSize } = await session.snapshot();
  const file = join(OUT, `${TARGET}-${'ABC'[k]}.heapsnapshot`);
  writeFileSync(file, json);
  names.push(file);
  console.log(
    `snapshot ${'ABC'[k]} after ${done} outlines: used heap ${(usedSize / 1024).toFixed(0)} kB → ${file}`,
  );
}
session?.close();
await browser.close();
await server.close();

const [a, b, c] = names.map((f) => HeapGraph.read(f));
const kept = survivors(a, b, c);
const groups = new Map<string, { count: number; bytes: number; sample: number[] }>();
for (const i of kept) {
  const g = groups.get(c.label(i)) ?? { count: 0, bytes: 0, sample: [] };
  g.count++;
  g.bytes += c.size(i);
  if (g.sample.length < 2) g.sample.push(i);
  groups.set(c.label(i), g);
}
const total = kept.reduce((s, i) => s + c.size(i), 0);
console.log(
  `allocated in round 1, alive after round 2: ${kept.length} objects, ${total} B (${(total / ROUND).toFixed(0)} B/outline)`,
);
const top = [...groups].sort((x, y) => y[1].bytes - x[1].bytes).slice(0, 25);
for (const [key, g] of top)
  console.log(`${String(g.bytes).padStart(9)} B ${String(g.count).padStart(6)} × ${key}`);
const owners = codeOwners(c, kept);
if (owners.size)
  console.log(
    `compiled code kept, by function (minified names): ${[...owners].map(([f, n]) => `${f} ×${n}`).join(', ')}`,
  );
for (const [key, g] of top.slice(0, 6)) {
  console.log(`\n== ${key}`);
  for (const i of g.sample) for (const line of chain(c, i)) console.log(`    ${line}`);
}
